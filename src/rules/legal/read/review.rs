//! Whether the words offer a reward for a positive review (好评返现): a request for a
//! good or five-star review — 五星好评, 给个好评, 晒图好评, 好评返现, 好评截图; "leave us a
//! 5-star review", "rate us five stars", "for every positive review" — with a reward in the
//! same clause (返现, 返2元, 送5元红包, 领券, 积分, 有礼; "get 10% off", "a free gift",
//! "cashback") or in the next one when the request leads to it (五星好评截图发客服，领5元
//! 红包; "leave a 5-star review, get £5 off"). Praise that is not asked for (好评如潮, 好评率
//! 99%, "our 5-star reviews") and a reward for any review, whatever it says (评价有礼,
//! "review your order and earn 50 points"), are not read as one.

use super::{Text, WordClause, clause_end, compiled, push_disjoint};
use crate::wording::re::Re;
use std::sync::OnceLock;

const ZH_STARS: &str = "(?:五星|5星|五颗星|5颗星|全五星|满分|五分|5分)";

fn request() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        [
            // 五星好评, 5星评价, 满分晒图
            format!(r"{ZH_STARS}\s*(?:好评|评价|评分|晒图|点评|好评价)"),
            // 给个好评, 晒图好评, 打五星
            format!(r"(?:给|打|写|留|发|晒|带图|晒图|晒单|追评|追加|点亮|求|收货后)\s*(?:个|一个|一条|我们|本店|店铺|宝贝)?\s*(?:{ZH_STARS}|好评)"),
            // 好评返现, 好评截图, 好评有礼, 好评后
            r"好评\s*(?:\+|加|并|后|即|就|可|截图|晒图|返图|带图|返|送|赠|有礼|得|领|奖|抽)".to_owned(),
            r"(?-u:\b)(?:leave|write|post|give|submit|drop|share|add)\s+(?:us\s+|me\s+)?(?:a\s+|an\s+|your\s+)?(?:(?:5|five)[- ]?stars?|positive|good|great|glowing|favou?rable|nice)\s+(?:review|rating|feedback)s?(?-u:\b)".to_owned(),
            r"(?-u:\b)(?:rate|review)\s+us\s+(?:5|five)[- ]?stars?(?-u:\b)".to_owned(),
            r"(?-u:\b)(?:for|with)\s+(?:a|every|each|your|any)\s+(?:(?:5|five)[- ]?star|positive|good|glowing)\s+(?:review|rating)s?(?-u:\b)".to_owned(),
        ]
        .join("|")
    })
}

fn reward() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        [
            r"返现|返还|返利|返\s*(?:[0-9]|[一二两三四五六七八九十])|红包|现金|送(?:你|您|[0-9一二两三四五六七八九十]|红包|券|礼|积分|小样|运费险|赠品|好礼|个|份|张|现金)|赠送|加赠|赠品|领取|领|可得|即得|获得|得到|奖励|券|积分|免单|立减|抽奖|有礼|小礼物|礼品",
            r"(?-u:\b)(?:get|receive|earn|claim|win|enjoy|unlock)\s+(?:a\s+|an\s+|your\s+|another\s+|extra\s+)?(?:free|[0-9£$€]|bonus|gift|discount|voucher|coupon|credit|points|reward|cash|refund|entry|prize|sample)",
            r"(?-u:\b)(?:cash\s*back|cashback|refund|rebate|voucher|coupon|store\s+credit|reward|free\s+gift|[0-9]+\s*%\s+off|[£$€][0-9]+(?:\.[0-9]{2})?\s+off)(?-u:\b)",
        ]
        .join("|")
    })
}

/// Words at the end of a request's clause, or the start of the next, that lead on to
/// what the request earns (截图发客服, 即可; "then", "and get").
fn leads_on() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"截图|凭|客服|私信|即可|之后|后$|^\s*(?:即|就|可|便|立|再|还|都|返|送|赠|领|得|然后|and|then|to|get|receive|earn|claim|enjoy)".to_owned()
    })
}

/// The original ranges of the offers of a reward for a positive review that hold one of
/// `words` (the lexicon's review words, original ranges).
pub(crate) fn rewarded(original: &str, words: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let (Some(request), Some(reward), Some(leads_on)) = (request(), reward(), leads_on()) else {
        return Vec::new();
    };
    let text = Text::new(original);
    let s = text.as_str();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for WordClause {
        word: (a, b),
        start,
        end,
        clause,
    } in text.word_clauses(words)
    {
        let Some(asked) = request
            .find_iter(clause)
            .map(|m| {
                (
                    start.saturating_add(m.start()),
                    start.saturating_add(m.end()),
                )
            })
            .find(|&(x, y)| x < b && a < y)
        else {
            continue;
        };
        let found = reward
            .find(clause)
            .map(|m| {
                (
                    start.saturating_add(m.start()),
                    start.saturating_add(m.end()),
                )
            })
            .or_else(|| next_clause_reward(s, asked.1, end, reward, leads_on));
        if let Some((x, y)) = found {
            push_disjoint(&mut out, text.to_original(asked.0.min(x), asked.1.max(y)));
        }
    }
    out
}

/// A reward in the clause after the request's (which ends at `end`), when the words
/// between lead on to it.
fn next_clause_reward(
    s: &str,
    asked_end: usize,
    end: usize,
    reward: &Re,
    leads_on: &Re,
) -> Option<(usize, usize)> {
    let sep = s.get(end..)?.chars().next()?;
    // A sentence ends: what follows is another offer.
    if matches!(sep, '。' | '!' | '?' | '\n' | '.' | ';') {
        return None;
    }
    let next_start = end.saturating_add(sep.len_utf8());
    let next_end = clause_end(s, next_start);
    let rest = s.get(asked_end..end)?;
    let next = s.get(next_start..next_end)?;
    if !leads_on.is_match(rest) && !leads_on.is_match(next) {
        return None;
    }
    reward.find(next).map(|m| {
        (
            next_start.saturating_add(m.start()),
            next_start.saturating_add(m.end()),
        )
    })
}

#[cfg(test)]
pub(super) fn compile_all() -> bool {
    request().is_some() && reward().is_some() && leads_on().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, word: &str) -> Vec<String> {
        let words: Vec<(usize, usize)> = text
            .match_indices(word)
            .map(|(i, w)| (i, i.saturating_add(w.len())))
            .collect();
        rewarded(text, &words)
            .into_iter()
            .map(|(a, b)| text[a..b].to_owned())
            .collect()
    }

    #[test]
    fn rewards_for_positive_reviews_are_read() {
        assert_eq!(read("晒图好评返现2元", "好评"), ["晒图好评返现"]);
        assert_eq!(read("五星好评送5元红包", "五星"), ["五星好评送5"]);
        assert_eq!(
            read("五星好评截图发客服，领5元红包", "五星"),
            ["五星好评截图发客服，领"]
        );
        assert_eq!(
            read("收到宝贝给个好评，即送无门槛券", "好评"),
            ["给个好评，即送无门槛券"]
        );
        assert_eq!(
            read(
                "Leave us a 5-star review and get 10% off your next order",
                "review"
            ),
            ["Leave us a 5-star review and get 1"]
        );
        assert_eq!(
            read("Rate us five stars, get a free gift", "stars"),
            ["Rate us five stars, get a free"]
        );
    }

    #[test]
    fn look_alikes_are_not() {
        for (text, word) in [
            ("好评如潮，买二送一", "好评"),
            ("好评率99%，下单即送小样", "好评"),
            ("满意请给五星好评，下单即送小样", "五星"),
            ("欢迎评价，评价有礼", "评价"),
            ("记得给五星好评哦", "五星"),
            (
                "Our 5-star reviews speak for themselves. Get 10% off today",
                "review",
            ),
            ("Review your order and earn 50 points", "review"),
            ("Leave an honest review and get 50 points", "review"),
            (
                "Please review our terms before you claim the voucher",
                "review",
            ),
        ] {
            assert!(read(text, word).is_empty(), "{text}");
        }
    }
}
