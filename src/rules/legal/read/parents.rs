//! Whether the words urge children to ask their parents to buy: 叫爸爸妈妈买, 让爸妈给你买,
//! 快让家长给你下单, 跟爸爸妈妈说你想要; "ask your parents to buy you one", "tell your mum
//! you want it", "ask your dad for one". Parents named for another reason — 让家长放心购买,
//! 请家长陪同购买, 给妈妈买一份礼物, "ask your parents for permission before you sign up" —
//! are not read as one.

use super::{Text, WordClause, clause_end, compiled, push_disjoint};
use crate::wording::re::Re;
use std::sync::OnceLock;

const ZH_PARENT: &str = "(?:爸爸妈妈|妈妈爸爸|爸妈|爹妈|父母|家长|老爸|老妈|爸爸|妈妈|大人)";
const EN_PARENT: &str = r"(?:mum\s+and\s+dad|mom\s+and\s+dad|mum\s+or\s+dad|mom\s+or\s+dad|parents?|mummy|mommy|mum|mom|daddy|dad|grown-?ups?|folks|guardian)";

fn exhortation() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        [
            // 叫爸爸妈妈买, 让妈妈快下单, 让爸妈给你买, 让妈妈带你来挑
            format!(
                r"(?:叫|让|找|求|喊|催|告诉)\s*(?:你的|你家|自己的)?\s*{ZH_PARENT}\s*(?:(?:赶紧|赶快|快来|快去|快|马上|立刻|立即)?\s*(?:买|下单|购买|入手|抢购|付款|掏钱)|[^,.。!?;:\n]*?(?:给你|帮你|为你|带你)[^,.。!?;:\n]*?(?:买|下单|购买|入手|抢|挑|选|来|去|充值))"
            ),
            // 跟爸爸妈妈说你想要, 和爸妈撒娇
            format!(r"(?:跟|和|对|向)\s*(?:你的|你家)?\s*{ZH_PARENT}\s*(?:撒娇|要|说[^,.。!?;:\n]*?(?:想要|要|买))"),
            // ask your parents to buy you one, tell your mum you want it, get your dad to pick one up
            format!(
                r"(?-u:\b)(?:ask|tell|get|beg|remind|nag|text|show)\s+(?:your\s+)?{EN_PARENT}(?-u:\b)[^,.;:!?\n]*?(?-u:\b)(?:buy|order|grab|pick\s+(?:one|it|this|them)\s+up|get\s+(?:you|it|one|this|them)|treat\s+you|for\s+(?:one|it|this|a|an|the|some|them)|you\s+want)(?-u:\b)"
            ),
        ]
        .join("|")
    })
}

/// A clause that ends with a parent called on (快叫爸爸妈妈, 赶紧喊爸妈), read with the
/// clause after it.
fn call_at_end() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        format!(r"(?:叫|让|找|求|喊|催)\s*(?:你的|你家|自己的)?\s*{ZH_PARENT}\s*(?:来|过来)?\s*$")
    })
}

/// A clause that starts by buying (下单送玩具, 马上给你买): the second half of a call on
/// the parents split by a comma.
fn buy_at_start() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"^\s*(?:赶紧|赶快|快来|快去|快|马上|立刻|立即|一起)?\s*(?:给你|帮你|为你)?\s*(?:买|下单|购买|入手|抢购|付款|掏钱)".to_owned()
    })
}

/// A call on the parents at the end of the clause `start..end` followed by a clause that
/// starts by buying: the range from the call to the buying word.
fn split_call(s: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let call = call_at_end()?.find(s.get(start..end)?)?;
    let next = end.saturating_add(s.get(end..)?.chars().next()?.len_utf8());
    let next_end = clause_end(s, next);
    let buy = buy_at_start()?.find(s.get(next..next_end)?)?;
    Some((
        start.saturating_add(call.start()),
        next.saturating_add(buy.end()),
    ))
}

/// The original ranges of the exhortations to ask parents to buy that hold one of
/// `words` (the lexicon's parent words, original ranges).
pub(crate) fn exhortations(original: &str, words: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let Some(exhortation) = exhortation() else {
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
        let found = exhortation
            .find_iter(clause)
            .map(|m| {
                (
                    start.saturating_add(m.start()),
                    start.saturating_add(m.end()),
                )
            })
            .find(|&(x, y)| x < b && a < y)
            .or_else(|| split_call(s, start, end).filter(|&(x, y)| x < b && a < y));
        if let Some((x, y)) = found {
            push_disjoint(&mut out, text.to_original(x, y));
        }
    }
    out
}

#[cfg(test)]
pub(super) fn compile_all() -> bool {
    exhortation().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, word: &str) -> Vec<String> {
        let words: Vec<(usize, usize)> = text
            .match_indices(word)
            .map(|(i, w)| (i, i.saturating_add(w.len())))
            .collect();
        exhortations(text, &words)
            .into_iter()
            .map(|(a, b)| text[a..b].to_owned())
            .collect()
    }

    #[test]
    fn exhortations_are_read() {
        assert_eq!(
            read("新年礼物，快叫爸爸妈妈买！", "爸爸妈妈"),
            ["叫爸爸妈妈买"]
        );
        assert_eq!(read("让爸妈给你买全套卡牌", "爸妈"), ["让爸妈给你买"]);
        assert_eq!(read("快让家长给你下单吧", "家长"), ["让家长给你下单"]);
        assert_eq!(read("跟妈妈说你想要这款书包", "妈妈"), ["跟妈妈说你想要"]);
        assert_eq!(
            read("Ask your parents to buy you the full set!", "parents"),
            ["Ask your parents to buy"]
        );
        assert_eq!(
            read("Tell your mum you want one", "mum"),
            ["Tell your mum you want"]
        );
        assert_eq!(
            read("Ask your dad for one today", "dad"),
            ["Ask your dad for one"]
        );
        // A call on the parents split from the buying by a comma.
        assert_eq!(
            read("快叫爸爸妈妈，下单送限定卡牌", "爸爸妈妈"),
            ["叫爸爸妈妈，下单"]
        );
        assert_eq!(
            read("赶紧喊爸妈来！马上给你买", "爸妈"),
            ["喊爸妈来！马上给你买"]
        );
    }

    #[test]
    fn look_alikes_are_not() {
        for (text, word) in [
            ("让家长放心购买，全程可追溯", "家长"),
            ("未满8周岁请家长陪同购买", "家长"),
            ("给妈妈买一份新年礼物", "妈妈"),
            ("和爸爸妈妈一起来逛年货节", "爸爸妈妈"),
            ("让妈妈更轻松，满299减30", "妈妈"),
            ("快叫爸爸妈妈，一起来逛年货节", "爸爸妈妈"),
            ("让家长放心，下单无忧", "家长"),
            (
                "Ask your parents for permission before you sign up",
                "parents",
            ),
            ("Treat your mum this Mother's Day: 20% off", "mum"),
            ("Moms love it. Buy now", "Moms"),
        ] {
            assert!(read(text, word).is_empty(), "{text}");
        }
    }
}
