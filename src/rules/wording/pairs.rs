//! Claims made of two words near each other in one clause: who endorses and how they
//! endorse (质检总局 … 推荐, "endorsed by" … "the NHS"). Each word is a lexicon trigger
//! of the rule, in a `group`; the pair is the claim, and the underline covers both words
//! and what lies between them.

use crate::wording::{TermKind, TextPlace, Wording};

/// Two trigger words of one rule that make a claim together.
pub(crate) struct Pair<'a> {
    pub place: &'a TextPlace<'a>,
    /// Byte range in the place's text, from the first word's start to the second's end.
    pub start: usize,
    pub end: usize,
    /// The words underlined.
    pub words: &'a str,
}

/// What two groups of trigger words must look like to make a claim.
pub(crate) struct PairShape<'a> {
    /// The group of the words that come first (the endorser, 质检总局).
    pub first: &'a str,
    /// The group of the words that come second (the endorsement, 推荐).
    pub second: &'a str,
    /// At most this many characters between them.
    pub gap: usize,
    /// Whether the second may also come first ("endorsed by the NHS", "NHS-endorsed").
    pub either_order: bool,
}

/// Characters that end a clause: a pair never spans one. A full stop ends a clause only
/// before a space or at the end (`U.S.`, `No.10` stay whole).
fn ends_clause(gap: &str) -> bool {
    gap.contains([
        '，', '。', '！', '？', '；', '：', '、', ',', '!', '?', ';', ':', '\n', '(', ')', '（',
        '）',
    ]) || gap.contains(". ")
        || gap.ends_with('.')
}

/// Every pair of `rule`'s trigger words of `shape` in the plan's customer-facing text,
/// in text order; a pair overlapping a flag term of the same rule is left to that term.
pub(crate) fn pairs<'a>(
    wording: &'a Wording<'a>,
    rule: &str,
    shape: &PairShape<'_>,
) -> Vec<Pair<'a>> {
    // (place, start, end, is first group) of each trigger; flag hits of the rule.
    let mut words: Vec<(usize, usize, usize, bool)> = Vec::new();
    let mut flagged: Vec<(usize, usize, usize)> = Vec::new();
    for (found, term) in wording.hits_of(rule) {
        let (place, start, end) = (found.place, found.hit.start, found.hit.end);
        match (term.kind, term.group.as_deref()) {
            (TermKind::Flag, _) => flagged.push((place, start, end)),
            (TermKind::Trigger, Some(g)) if g == shape.first => {
                words.push((place, start, end, true))
            }
            (TermKind::Trigger, Some(g)) if g == shape.second => {
                words.push((place, start, end, false))
            }
            _ => {}
        }
    }
    let mut out: Vec<Pair<'a>> = Vec::new();
    for (i, &(place, start, end, first)) in words.iter().enumerate() {
        if !first && !shape.either_order {
            continue;
        }
        // The nearest word of the other group after this one, in the same text.
        let Some(&(_, other_start, other_end, _)) = words[i.saturating_add(1)..]
            .iter()
            .take_while(|w| w.0 == place)
            .find(|w| w.3 != first && w.1 >= end)
        else {
            continue;
        };
        let Some(text) = wording.places.get(place) else {
            continue;
        };
        let Some(gap) = text.text.get(end..other_start) else {
            continue;
        };
        if gap.chars().count() > shape.gap || ends_clause(gap) {
            continue;
        }
        let overlaps = |a: usize, b: usize| {
            flagged
                .iter()
                .any(|&(p, s, e)| p == place && s < b && a < e)
        };
        let taken = out
            .last()
            .is_some_and(|p| std::ptr::eq(p.place, text) && p.end > start);
        if overlaps(start, other_end) || taken {
            continue;
        }
        let Some(words) = text.text.get(start..other_end) else {
            continue;
        };
        out.push(Pair {
            place: text,
            start,
            end: other_end,
            words,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::ends_clause;

    #[test]
    fn clauses_end_at_punctuation_but_not_inside_abbreviations() {
        assert!(ends_clause("，"));
        assert!(ends_clause(" and. The "));
        assert!(!ends_clause(" the U.S"));
        assert!(!ends_clause("后勤"));
        assert!(!ends_clause("-"));
    }
}
