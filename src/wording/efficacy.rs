//! Efficacy claims: an efficacy verb and an illness or symptom in one clause (缓解关节炎,
//! "relieves arthritis pain"), paired from a rule's lexicon trigger terms.
//!
//! The vocabulary is data, in the lexicons: trigger terms of the rule in three groups —
//! `efficacy-verb` (acts on the illness written after it: 缓解, 预防, "prevents"),
//! `efficacy-result` (said of the illness written before it, or failing that after it:
//! 明显好转, "hay fever relief") and `efficacy-condition` (illnesses, symptoms and body
//! measures: 失眠, 血压, "arthritis"). The lexicon scan has already found these words and
//! applied their harmless contexts (disclaimers, figurative 头痛, "the headache of gift
//! shopping"); this module only pairs them. Neither word alone is a claim (消除异味,
//! 高血压患者慎用, "prevents scratches"), and a plan whose text has no such pair costs
//! nothing beyond the scan.
//!
//! A pair counts when both words are in one clause — nothing between them ends a clause
//! (`。！？；` and, in Chinese, commas) — and close: at most [`MAX_CHARS`] characters
//! between them in Chinese, [`MAX_WORDS`] words in English ("reduces the symptoms of hay
//! fever"). Each word is used once: a verb takes the nearest free illness after it.

use super::{Hit, Lexicon, Term, TermKind, Wording};

/// The group of efficacy verbs (the illness follows).
pub const VERB: &str = "efficacy-verb";
/// The group of results (the illness comes before, or else after).
pub const RESULT: &str = "efficacy-result";
/// The group of illnesses, symptoms and body measures.
pub const CONDITION: &str = "efficacy-condition";

/// The most characters between a Chinese verb and its illness (杀灭螨虫引起的过敏性皮炎).
pub const MAX_CHARS: usize = 8;
/// The most words between an English verb and its illness.
pub const MAX_WORDS: usize = 4;

/// What a word does in a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Verb,
    Result,
    Condition,
}

/// One efficacy claim found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair {
    /// Byte range of the claim (from the first word to the last) in the original text.
    pub start: usize,
    pub end: usize,
    /// Byte range of the illness or symptom.
    pub condition: (usize, usize),
    /// The condition's term (an index into `Lexicon::terms`).
    pub condition_term: usize,
}

/// An efficacy claim in a plan's text.
#[derive(Clone, Debug)]
pub struct Claim<'a> {
    /// Index into `Wording::places`.
    pub place: usize,
    pub start: usize,
    pub end: usize,
    /// The whole claim as written (`缓解关节炎`).
    pub words: &'a str,
    /// The illness or symptom as written (`关节炎`).
    pub condition: &'a str,
    pub condition_term: &'a Term,
}

/// A word of the efficacy vocabulary found in a text.
struct Word {
    start: usize,
    end: usize,
    role: Role,
    term: usize,
    english: bool,
}

fn role(term: &Term, rule: &str) -> Option<Role> {
    if term.kind != TermKind::Trigger || term.rule.as_deref() != Some(rule) {
        return None;
    }
    match term.group.as_deref() {
        Some(VERB) => Some(Role::Verb),
        Some(RESULT) => Some(Role::Result),
        Some(CONDITION) => Some(Role::Condition),
        _ => None,
    }
}

/// Whether `between` (the text separating two words) keeps them in one clause, close
/// enough to be read together.
fn together(between: &str, english: bool) -> bool {
    let mut chars = between.chars().peekable();
    let mut previous = None;
    while let Some(c) = chars.next() {
        let ends = match c {
            '。' | '！' | '？' | '；' | '，' | '!' | '?' | ';' | '\n' | '\r' | '—' | '–' | ':'
            | '：' | '|' | '｜' => true,
            ',' => !english,
            // A full stop ends a sentence; a decimal point (99.9%) does not.
            '.' => {
                !(previous.is_some_and(|p: char| p.is_ascii_digit())
                    && chars.peek().is_some_and(|n| n.is_ascii_digit()))
            }
            _ => false,
        };
        if ends {
            return false;
        }
        previous = Some(c);
    }
    if english {
        between.split_whitespace().count() <= MAX_WORDS
    } else {
        between.chars().filter(|c| !c.is_whitespace()).count() <= MAX_CHARS
    }
}

/// Whether the text between two illnesses lists them together (nothing, 、, 和, "and", ",").
fn listed(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to).is_some_and(|between| {
        matches!(
            between.trim(),
            "" | "、"
                | "和"
                | "与"
                | "及"
                | "或"
                | "/"
                | ","
                | "&"
                | "and"
                | "or"
                | ", and"
                | ", or"
        )
    })
}

/// The run of free illnesses listed together with the one at `j` (失眠多梦, 关节炎疼痛,
/// "colds, flu"), growing away from its verb: forward when the verb comes first.
fn run(text: &str, words: &[Word], used: &[bool], j: usize, forward: bool) -> (usize, usize) {
    // Whether the word at `k` is a free illness listed with the one at `next_to`.
    let joins = |k: usize, next_to: usize| {
        let (Some(w), Some(n)) = (words.get(k), words.get(next_to)) else {
            return false;
        };
        let (from, to) = if k < next_to {
            (w.end, n.start)
        } else {
            (n.end, w.start)
        };
        w.role == Role::Condition && !used.get(k).copied().unwrap_or(true) && listed(text, from, to)
    };
    let (mut first, mut last) = (j, j);
    if forward {
        while joins(last.saturating_add(1), last) {
            last = last.saturating_add(1);
        }
    } else {
        while let Some(k) = first.checked_sub(1).filter(|&k| joins(k, first)) {
            first = k;
        }
    }
    (first, last)
}

/// Pairs the efficacy words of `rule` among `hits` (lexicon hits in `text`, in position
/// order, as [`Lexicon::scan`] gives them).
pub fn pairs<'h>(
    lexicon: &Lexicon,
    text: &str,
    hits: impl IntoIterator<Item = &'h Hit>,
    rule: &str,
) -> Vec<Pair> {
    let words: Vec<Word> = hits
        .into_iter()
        .filter_map(|h| {
            let term = lexicon.terms.get(h.term)?;
            Some(Word {
                start: h.start,
                end: h.end,
                role: role(term, rule)?,
                term: h.term,
                english: term.language != "zh",
            })
        })
        .collect();
    if !words.iter().any(|w| w.role == Role::Condition) {
        return Vec::new();
    }
    let mut used = vec![false; words.len()];
    let mut out = Vec::new();
    let reach = |a: &Word, b: &Word, english: bool| -> bool {
        b.start >= a.end
            && text
                .get(a.end..b.start)
                .is_some_and(|t| together(t, english))
    };
    for (i, verb) in words.iter().enumerate() {
        if verb.role == Role::Condition {
            continue;
        }
        // The nearest free illness after the verb, within reach.
        let after = || {
            words
                .iter()
                .enumerate()
                .skip(i.saturating_add(1))
                .take_while(|(_, w)| reach(verb, w, verb.english))
                .find(|(j, w)| w.role == Role::Condition && !used.get(*j).copied().unwrap_or(true))
                .map(|(j, _)| j)
        };
        // The nearest free illness before a result, within reach.
        let before = || {
            words
                .iter()
                .enumerate()
                .take(i)
                .rev()
                .take_while(|(_, w)| reach(w, verb, verb.english))
                .find(|(j, w)| w.role == Role::Condition && !used.get(*j).copied().unwrap_or(true))
                .map(|(j, _)| j)
        };
        let found = match verb.role {
            Role::Result => before().or_else(after),
            _ => after(),
        };
        let Some(j) = found else { continue };
        let (first, last) = run(text, &words, &used, j, j > i);
        for u in used.iter_mut().take(last.saturating_add(1)).skip(first) {
            *u = true;
        }
        let (Some(head), Some(tail), Some(nearest)) =
            (words.get(first), words.get(last), words.get(j))
        else {
            continue;
        };
        out.push(Pair {
            start: verb.start.min(head.start),
            end: verb.end.max(tail.end),
            condition: (head.start, tail.end),
            condition_term: nearest.term,
        });
    }
    out.sort_by_key(|p| (p.start, p.end));
    out
}

/// Every efficacy claim of `rule` in the plan's customer-facing text, in place order.
pub fn claims<'w>(wording: &'w Wording<'_>, rule: &str) -> Vec<Claim<'w>> {
    let lexicon = &wording.lexicon;
    let mut out = Vec::new();
    // Hits come grouped by place, in position order within a place.
    for run in wording.found.chunk_by(|a, b| a.place == b.place) {
        let Some(first) = run.first() else { continue };
        let Some(place) = wording.places.get(first.place) else {
            continue;
        };
        let found = pairs(lexicon, place.text, run.iter().map(|f| &f.hit), rule);
        for pair in found {
            let (Some(words), Some(condition), Some(condition_term)) = (
                place.text.get(pair.start..pair.end),
                place.text.get(pair.condition.0..pair.condition.1),
                lexicon.terms.get(pair.condition_term),
            ) else {
                continue;
            };
            out.push(Claim {
                place: first.place,
                start: pair.start,
                end: pair.end,
                words,
                condition,
                condition_term,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The claims (as written) the shipped lexicons find for `rule` in `text`.
    fn claims_in(text: &str, rule: &str) -> Vec<String> {
        let lexicon = crate::wording::default_lexicon();
        let hits = lexicon.scan(text);
        pairs(&lexicon, text, &hits, rule)
            .into_iter()
            .map(|p| text[p.start..p.end].to_owned())
            .collect()
    }

    fn zh(text: &str) -> Vec<String> {
        claims_in(text, "cn-medical-claim")
    }

    fn en(text: &str) -> Vec<String> {
        claims_in(text, "en-health-claim")
    }

    #[test]
    fn chinese_verbs_pair_with_an_illness_in_their_clause() {
        assert_eq!(zh("缓解关节炎疼痛，老人家都说好"), ["缓解关节炎疼痛"]);
        assert_eq!(zh("调理肠胃，改善便秘"), ["改善便秘"]);
        assert_eq!(zh("杀灭螨虫引起的过敏性皮炎"), ["杀灭螨虫引起的过敏性皮炎"]);
        assert_eq!(zh("临床验证：7天改善胃溃疡"), ["改善胃溃疡"]);
        assert_eq!(
            zh("有效杀灭99.9%新冠病毒的空气清新剂"),
            ["杀灭99.9%新冠病毒"]
        );
        // A result said after the illness, or before it.
        assert_eq!(zh("坚持一周，鼻炎明显好转"), ["鼻炎明显好转"]);
        assert_eq!(zh("一觉到天亮，失眠多梦一扫而光"), ["失眠多梦一扫而光"]);
        assert_eq!(zh("明显改善失眠"), ["明显改善失眠"]);
        // Two claims in two clauses.
        assert_eq!(zh("缓解头痛，预防骨质疏松"), ["缓解头痛", "预防骨质疏松"]);
    }

    #[test]
    fn chinese_look_alikes_stay_clean() {
        for text in [
            "改善卧室睡眠环境的遮光窗帘",
            "一天奔波后，来一场缓解疲劳的泡脚时光",
            "消除异味的冰箱除味盒",
            "抑制杂草生长的园艺地布",
            "消除静电的烘干机柔顺片",
            "预防快递丢失，支持拍照签收",
            "本品不能代替药物，不具有疾病预防、治疗功能",
            "高血压患者慎用，孕妇请遵医嘱",
            "解决让人头痛的收纳难题",
            "对促销不感冒？先领券再说",
            "电子血压计直降200元",
            // The verb and the illness in different clauses.
            "糖尿病人可用，改善口感的代糖",
            // Too far apart to be read together.
            "改善家里每一个角落的通风条件的高血压",
        ] {
            assert_eq!(zh(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn english_verbs_pair_with_an_illness_in_their_sentence() {
        assert_eq!(
            en("Relieves arthritis pain in minutes"),
            ["Relieves arthritis pain"]
        );
        assert_eq!(
            en("Protects against colds, flu and coughs"),
            ["Protects against colds, flu and coughs"]
        );
        assert_eq!(
            en("Reduces the symptoms of hay fever"),
            ["Reduces the symptoms of hay fever"]
        );
        assert_eq!(
            en("Kills 99.9% of viruses, including flu"),
            ["Kills 99.9% of viruses, including flu"]
        );
        assert_eq!(en("Fast hay fever relief"), ["hay fever relief"]);
        assert_eq!(en("Helps prevent diabetes"), ["prevent diabetes"]);
    }

    #[test]
    fn english_look_alikes_stay_clean() {
        for text in [
            "Prevents scratches on your new phone",
            "Relieve the pressure of last-minute shopping with click & collect",
            "Treat yourself to 20% off",
            "Take the headache out of gift shopping",
            "Say goodbye to gift-buying headaches",
            "This product is not intended to diagnose, treat, cure or prevent any disease",
            "Join us to fight cancer: 10% of sales go to Cancer Research UK",
            "Ergonomic chair for lower back pain",
            "Prevents frozen pipes. Flu jabs available in store",
        ] {
            assert_eq!(en(text), Vec::<String>::new(), "{text}");
        }
    }
}
