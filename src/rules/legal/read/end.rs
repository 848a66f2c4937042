//! An end or a period written in the words, so that a customer reading only them knows
//! when a time-limited offer ends: a date with an end (截至12月18日, 12月20日前, "until
//! 30 November", "ends 23:59 GMT on Sunday 6 December"), a range of dates, a date with a
//! range of times (11月11日0:00—23:59, "2pm-4pm, Friday 4 December"), a date with a
//! duration (12月1日20:00开始，持续2小时), or one day marked as the only one ("Fri 4 Dec
//! only", 仅限12月12日). Relative ends (今晚, 明天, "at midnight", "today") are no end: a
//! banner shown tomorrow still says them.

use super::{Text, compiled};
use crate::wording::re::Re;
use std::sync::OnceLock;

const ZH_DATE: &str = r"(?:[0-9]{4}\s*年\s*)?[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*[日号]";
const ZH_WEEKDAY: &str = r"(?:\s*\(?\s*(?:周|星期|礼拜)[一二三四五六日天]\s*\)?\s*)?";
const ZH_TIME: &str = r"(?:(?:上午|下午|中午|晚上|早上|凌晨|晚|早)\s*)?[0-9]{1,2}\s*(?::\s*[0-9]{2}|[点时](?:\s*半|\s*[0-9]{1,2}\s*分?)?)";
const RANGE: &str = r"\s*(?:至|到|-|—|–|~|〜|until|to|till)\s*";
const EN_MONTH: &str = r"(?-u:\b)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
const EN_WEEKDAY: &str = r"(?:(?-u:\b)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri|sat|sun)\.?,?\s+)?";
const EN_DAY: &str = r"[0-9]{1,2}(?:st|nd|rd|th)?";
const EN_TIME: &str = r"(?:[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|[0-9]{1,2}:[0-9]{2}|midnight|noon|midday)";

fn en_date() -> String {
    format!(
        r"(?:{EN_WEEKDAY}(?:{EN_DAY}\s+(?:of\s+)?{EN_MONTH}|{EN_MONTH}\s+{EN_DAY})(?-u:\b)(?:,?\s+[0-9]{{4}})?|[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}|[0-9]{{1,2}}/[0-9]{{1,2}}/[0-9]{{2,4}})"
    )
}

/// The patterns that state an end by themselves.
fn ends() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        let en_date = en_date();
        [
            // 截至12月18日, 至12月31日, 仅限12月12日
            format!(r"(?:截至|截止到|截止至|截止|止于|直至|直到|至|到|仅限|只限|限)\s*{ZH_WEEKDAY}{ZH_DATE}"),
            // 12月20日前, 12月20日（周六）24点结束, 12月6日24:00
            format!(r"{ZH_DATE}{ZH_WEEKDAY}(?:{ZH_TIME})?\s*(?:前|之前|以前|截止|结束|止|为止|截单|收官|当天|当日|一天)"),
            format!(r"{ZH_DATE}{ZH_WEEKDAY}(?:24\s*:\s*00|24\s*[点时]|23\s*:\s*59|23\s*点\s*59\s*分?)"),
            // 11月11日0:00—23:59, 12月12日0点至2点
            format!(r"{ZH_DATE}{ZH_WEEKDAY}{ZH_TIME}{RANGE}{ZH_TIME}"),
            // 12月5日10:00、14:00、20:00 (the slots of one day)
            format!(r"{ZH_DATE}{ZH_WEEKDAY}{ZH_TIME}(?:\s*[、,和及]\s*{ZH_TIME})+"),
            // 1月10日—1月25日 (and the shapes the claim reader leaves: 12月3日（星期五）至12月6日)
            format!(r"{ZH_DATE}{ZH_WEEKDAY}{RANGE}(?:[0-9]{{1,2}}\s*月\s*)?[0-9]{{1,2}}\s*[日号]"),
            // 11月1日20:00开始，持续2小时
            format!(r"{ZH_DATE}[^。!?;\n]{{0,24}}?持续\s*[0-9一二两三四五六七八九十半]+\s*个?\s*(?:小时|分钟|天|日)"),
            // ends 23:59 GMT on Sunday 6 December 2026, valid until 11:59 pm ET, November 30
            format!(r"(?-u:\b)(?:ends?|ending|until|till|til|through|thru|by|before|closes?|closing|expires?|expiring|finishes|last\s+day|runs?\s+(?:until|to|through))(?-u:\b)[^.!?;\n]{{0,32}}?{en_date}"),
            // Thursday 26 to Sunday 29 November, Nov 26 to Nov 29, Mar 9-29
            format!(r"(?:{en_date}|{EN_WEEKDAY}{EN_DAY}){RANGE}{en_date}"),
            format!(r"{EN_MONTH}\s+{EN_DAY}{RANGE}{EN_DAY}(?-u:\b)"),
            // Fri 4th Dec only, only on 12 December
            format!(r"{en_date}\s+only|only\s+(?:on\s+)?{en_date}"),
            // 1 December, 8pm, for 2 hours
            format!(r"{en_date}[^.!?;\n]{{0,24}}?(?:for|lasting)\s+[0-9]+\s+(?:hours?|minutes?|days?)"),
        ]
        .join("|")
    })
}

/// A date, and a range of times, anywhere in the text: together a period
/// (今晚20:00-22:00（2026年12月4日）, "2pm-4pm today, Friday 4 December").
fn dates() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || format!("{ZH_DATE}|{}", en_date()))
}

fn time_ranges() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        format!("{ZH_TIME}{RANGE}{ZH_TIME}|{EN_TIME}{RANGE}{EN_TIME}")
    })
}

/// A range of dates written with dots, as Chinese banners do (11.11-11.13, 12.1—12.7):
/// month 1–12 and day 1–31, not followed by more digits, a unit or a price sign (so that
/// 9.9-19.9元 is no period).
fn dotted_ranges() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        format!(
            r"(?:^|[^0-9.])(?:1[0-2]|0?[1-9])\.(?:[12][0-9]|3[01]|0?[1-9]){RANGE}(?:(?:1[0-2]|0?[1-9])\.)?(?:[12][0-9]|3[01]|0?[1-9])(?P<after>[^0-9]|$)"
        )
    })
}

fn dotted_range(s: &str) -> bool {
    let Some(re) = dotted_ranges() else {
        return false;
    };
    re.captures_iter(s).any(|c| {
        let whole = c.get(0).map_or(0..0, |m| m.range());
        let digits = s
            .get(whole.clone())
            .and_then(|m| m.find(|ch: char| ch.is_ascii_digit()))
            .map_or(whole.start, |i| whole.start.saturating_add(i));
        let head = s.get(..digits).unwrap_or_default();
        let near: String = head
            .chars()
            .rev()
            .take(4)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if ["价", "¥", "￥", "区间", "元"]
            .iter()
            .any(|w| near.contains(w))
        {
            return false;
        }
        let after = c.name("after").map_or("", |m| m.as_str());
        let rest = c
            .name("after")
            .and_then(|m| s.get(m.start()..))
            .unwrap_or_default();
        !matches!(after, "." | "元" | "块" | "折" | "%" | "万" | "k" | "倍")
            && !rest.starts_with(".0")
    })
}

/// Whether the words state when the offer ends (see the module documentation).
/// What follows a date that makes it a delivery cut-off, not the offer's end: "order by
/// 18 December for Christmas delivery", 12月20日截止发货.
fn delivery_after() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"^[\s,]*(?:(?:for|to get|to receive|to guarantee|to ensure|in time for)\s+)?(?:(?:guaranteed|christmas|xmas|next[- ]day|standard|express|free|uk|us)\s+)*(?:delivery|dispatch|shipping|arrival|to arrive)(?-u:\b)|^\s*(?:前)?\s*(?:发货|配送|送达|签收|揽收|预约发货|停止发货)".to_owned()
    })
}

pub(crate) fn states_end(original: &str) -> bool {
    let text = Text::new(original);
    let s = text.as_str();
    let offer_end = |m: crate::wording::re::Group<'_>| {
        let after = s.get(m.end()..).unwrap_or_default();
        !delivery_after().is_some_and(|re| re.is_match(after))
    };
    if ends().is_some_and(|re| re.find_iter(s).any(offer_end)) || dotted_range(s) {
        return true;
    }
    dates().is_some_and(|re| re.is_match(s)) && time_ranges().is_some_and(|re| re.is_match(s))
}

#[cfg(test)]
pub(super) fn compile_all() -> bool {
    ends().is_some()
        && dates().is_some()
        && time_ranges().is_some()
        && dotted_ranges().is_some()
        && delivery_after().is_some()
}

#[cfg(test)]
mod tests {
    use super::states_end;

    #[test]
    fn ends_and_periods_are_read() {
        for text in [
            "限时特惠：11月11日0:00—23:59",
            "活动截至12月18日24时",
            "限时秒杀，11月1日20:00开始，持续2小时",
            "本周日晚12点结束，即12月6日24:00",
            "预售尾款支付时间：11月11日0点至11月11日23点59分",
            "年货节活动时间：1月10日—1月25日",
            "直播专享价仅限今晚20:00-22:00（2026年12月4日）",
            "早鸟价截至11月20日，之后恢复日常价",
            "限时抢购：12月12日0点至2点",
            "12月20日（周六）24点结束",
            "Sale ends 23:59 GMT on Sunday 6 December 2026",
            "Offer valid until 11:59 pm ET, November 30, 2026",
            "Flash sale: 2pm-4pm today, Friday 4 December 2026",
            "Early-bird price ends 20 November 2026",
            "Runs Thursday 26 to Sunday 29 November",
            "Linen event - 20% off bedding and bath, Mar 9-22.",
            "Fri 4th Dec only: double points",
            "限时特惠 11.11-11.13",
            "年货节1.10—1.25限时抢",
            "秒杀场次：12月5日10:00、14:00、20:00",
        ] {
            assert!(states_end(text), "{text}");
        }
    }

    #[test]
    fn relative_ends_and_starts_are_no_end() {
        for text in [
            "Limited time: order by 18 December for Christmas delivery",
            "限时特惠，12月20日截止发货",
        ] {
            assert!(!states_end(text), "a delivery cut-off: {text}");
        }
        for text in [
            "限时特惠，速抢",
            "今晚过后恢复原价",
            "限时秒杀，11月1日起",
            "错过今天再等一年",
            "活动马上结束，抓紧时间",
            "Prices go up at midnight!",
            "Hurry, sale ends soon!",
            "Limited time offer from 1 December",
            "Today only - don't miss out",
            "限时抢购中，结束时间另行通知",
            "限时秒杀，每人限购2件",
            "限时特惠9.9-19.9元",
            "限时抢购，价格区间3.5-12.8",
        ] {
            assert!(!states_end(text), "{text}");
        }
    }
}
