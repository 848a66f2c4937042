//! Reference-price bases stated in the words: 划线价为本店前7日内最低成交价, "Was £120
//! (our price 1 Oct – 28 Oct 2026)". A customer who reads what a reference price is
//! has been told its basis, so the reference-price rules accept the words as the plan's
//! `reference_price` would be accepted.
//!
//! A sentence states a basis when it defines a reference word as a kind of price
//! (划线价为商品的专柜价或吊牌价, 未划线价格指实时标价 — a figure after 为 is no definition),
//! or when, besides the reference word itself, it names the kind of price the reference
//! is (成交价, 吊牌价, "our price", "sold at", "recommended price") and either introduces
//! it (作为划线价, 原价参考：, "is", "refers to") or gives the period the price was charged
//! in (前7日内, 10月1日至10月31日, "in October 2026", "for 28 consecutive days"). A bare
//! 原价299, 吊牌价为1280元 or "Was £120, now £59" states none.

use regex::Regex;
use std::sync::OnceLock;

/// The patterns, compiled once.
struct Patterns {
    zh_kind: Regex,
    zh_period: Regex,
    zh_defines: Regex,
    /// A reference word defined as a kind of price anywhere in the sentence (划线价为商品的
    /// 专柜价或吊牌价): every reference word of that sentence is explained by it.
    zh_defines_kind: Regex,
    en_kind: Regex,
    en_period: Regex,
    en_defines: Regex,
    /// "was $89 from …": the reference word itself says when the price was charged.
    en_was_from: Regex,
}

const ZH_NUMBER: &str = "[0-9一二两三四五六七八九十百]+";
const EN_MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

fn patterns() -> Option<&'static Patterns> {
    static PATTERNS: OnceLock<Option<Patterns>> = OnceLock::new();
    PATTERNS
        .get_or_init(|| {
            const KIND: &str = r"(?:最低|实际|平均)?\s*(?:成交|销售|交易)\s*(?:均价|价格?)|成交均价|吊牌价|专柜价|(?:厂商|品牌方?|制造商)?\s*建议\s*零售价|品牌方?标注的?价格?|实时标价|标价";
            let zh_kind = Regex::new(KIND).ok()?;
            let zh_defines_kind = Regex::new(&format!(
                r"价格?\s*(?:为|指|是|系|即|是指)[^，,。；;！!？?0-9]{{0,16}}?(?:{KIND})"
            ))
            .ok()?;
            let zh_period = Regex::new(&format!(
                r"(?:前|近|过去|此前|之前)\s*{ZH_NUMBER}\s*(?:天|日|周|个月)|[0-9]{{1,2}}\s*月\s*[0-9]{{1,2}}\s*日?\s*(?:至|到|-|—|–|~|～)\s*(?:[0-9]{{1,2}}\s*月\s*)?[0-9]{{1,2}}\s*日|(?:[0-9]{{4}}\s*年\s*)?[0-9]{{1,2}}\s*月份?"
            ))
            .ok()?;
            let zh_defines = Regex::new(r"^\s*格?\s*(?:参考|说明)\s*[:：]|作为\s*$")
                .ok()?;
            let en_kind = Regex::new(
                r"(?i)\b(?:our (?:regular |usual |normal )?price|(?:sold|offered|charged|selling) at|price (?:at|in|charged|offered)|refers? to|(?:manufacturer'?s?|supplier'?s?) (?:recommended|suggested)|recommended (?:retail )?price|average (?:selling )?price|the price (?:this|the|it)\b)",
            )
            .ok()?;
            let en_period = Regex::new(&format!(
                r"(?i)\b(?:{EN_MONTH}\s+[0-9]{{4}}|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{EN_MONTH}\s*(?:-|–|—|to|until|through)\s*[0-9]{{1,2}}|{EN_MONTH}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|—|to|until|through)|[0-9]+\s+(?:consecutive\s+)?days|(?:from|between)\s+[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{EN_MONTH}|(?:from|between)\s+{EN_MONTH}\s+[0-9]{{1,2}}|in\s+{EN_MONTH}\b)"
            ))
            .ok()?;
            let en_defines = Regex::new(r"(?i)^\s*(?:price\s+)?(?:is|means|refers to)\b").ok()?;
            let en_was_from = Regex::new(
                r"(?i)^\s*[£$€]?\s*[0-9][0-9.,]*\s+(?:from|between|during|throughout)\b",
            )
            .ok()?;
            Some(Patterns {
                en_was_from,
                zh_defines_kind,
                zh_kind,
                zh_period,
                zh_defines,
                en_kind,
                en_period,
                en_defines,
            })
        })
        .as_ref()
}

/// The sentence of `text` around `start..end` (bytes): from the previous 。！？!?. or
/// line break to the next.
fn sentence(text: &str, start: usize, end: usize) -> (usize, usize) {
    let stop = |c: char| matches!(c, '。' | '！' | '？' | '!' | '?' | '\n') || c == '.';
    let from = text[..start]
        .char_indices()
        .rev()
        // A full stop between digits is a decimal point (£249.99), not a sentence end.
        .find(|&(at, c)| stop(c) && !(c == '.' && digit_around(text, at)))
        .map_or(0, |(at, c)| at.saturating_add(c.len_utf8()));
    let to = text[end..]
        .char_indices()
        .find(|&(at, c)| {
            let at = end.saturating_add(at);
            stop(c) && !(c == '.' && digit_around(text, at))
        })
        .map_or(text.len(), |(at, _)| end.saturating_add(at));
    (from, to)
}

fn digit_around(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text
        .get(at.saturating_add(1)..)
        .and_then(|t| t.chars().next());
    before.is_some_and(|c| c.is_ascii_digit()) && after.is_some_and(|c| c.is_ascii_digit())
}

/// Whether the sentence around the reference word at `start..end` of `text` states the
/// basis of that reference price.
pub fn stated(text: &str, start: usize, end: usize) -> bool {
    let Some(p) = patterns() else {
        return false;
    };
    let (from, to) = sentence(text, start, end);
    let sentence = &text[from..to];
    let (at, until) = (start.saturating_sub(from), end.saturating_sub(from));
    // The kind of price, found anywhere in the sentence but the reference word itself.
    let outside = |r: &Regex| {
        r.find_iter(sentence)
            .any(|m| m.end() <= at || m.start() >= until)
    };
    let before = &sentence[..at];
    let after = &sentence[until..];
    let chinese = sentence[at..until].chars().any(|c| c as u32 >= 0x2E80);
    if chinese {
        p.zh_defines_kind.is_match(sentence)
            || outside(&p.zh_kind)
                && (p.zh_period.is_match(sentence)
                    || p.zh_defines.is_match(after)
                    || p.zh_defines.is_match(before))
    } else {
        let kind = outside(&p.en_kind) || p.en_was_from.is_match(after);
        kind && (p.en_period.is_match(sentence) || p.en_defines.is_match(after))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the basis of `word` (its first occurrence) is stated.
    fn of(text: &str, word: &str) -> bool {
        let start = text.find(word).expect("the word");
        stated(text, start, start.saturating_add(word.len()))
    }

    #[test]
    fn chinese_bases_in_the_words() {
        for (text, word) in [
            ("划线价为本店前7日内最低成交价1299元，活动价899元", "划线价"),
            ("原价指本店该商品前30日内最低成交价，为399元", "原价"),
            (
                "日常价为10月1日至10月31日本店实际成交价，共成交326单",
                "日常价",
            ),
            (
                "划线价格说明：划线价为商品的专柜价或吊牌价，并非原价，仅供参考",
                "划线价",
            ),
            ("价格说明：未划线价格指商品的实时标价", "划线价格"),
            ("以活动开始前7日内该商品最低成交价作为划线价", "划线价"),
            ("原价参考：2026年10月本店成交均价329元", "原价"),
            (
                "划线价格说明：划线价为商品的专柜价或吊牌价，并非原价，仅供参考",
                "专柜价",
            ),
            (
                "划线价格说明：划线价为商品的专柜价或吊牌价，并非原价，仅供参考",
                "原价",
            ),
        ] {
            assert!(of(text, word), "{text}");
        }
        for (text, word) in [
            ("原价299，现价199", "原价"),
            ("专柜价899元，到手价499", "专柜价"),
            ("日常价159，今日特价99元", "日常价"),
            ("吊牌价1280，直播间只要399", "吊牌价"),
            ("吊牌价为1280元，专柜价为999元，到手价499", "专柜价"),
            ("原价为299元，现价199", "原价"),
        ] {
            assert!(!of(text, word), "{text}");
        }
    }

    #[test]
    fn english_bases_in_the_words() {
        for (text, word) in [
            (
                "Was £120 (our price 1 Oct - 28 Oct 2026 in all stores), now £59",
                "Was",
            ),
            (
                "RRP £249.99 is the manufacturer's recommended price; it was sold at that price by Currys and Argos in October 2026",
                "RRP",
            ),
            (
                "Was $89 from Sep 1 to Oct 15, 2026 on our website; now $59",
                "Was",
            ),
            (
                "Compare at $199 refers to the average price at Macy's and Kohl's in October 2026",
                "Compare at",
            ),
        ] {
            assert!(of(text, word), "{text}");
        }
        for (text, word) in [
            ("Was £120, now £59", "Was"),
            ("RRP £99, our price £49", "RRP"),
            (
                "Compare at $199. Today $99. Sold at our stores in October 2026.",
                "Compare at",
            ),
        ] {
            assert!(!of(text, word), "{text}");
        }
    }
}
