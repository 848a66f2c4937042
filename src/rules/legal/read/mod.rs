//! What customer-facing words state for themselves — an end or a period, a quantity, a
//! charge or condition beside a free claim, a gift named by its kind — read for the
//! disclosure rules, which ask the words and not only the plan: the customer reading a
//! banner sees its words, not the plan behind it.
//!
//! Every reader works on the normalised text (half-width, lower case, the simplified
//! characters the lexicons use; `crate::wording::normalize`) and gives ranges of the
//! original text, so that a finding underlines the characters the customer reads.

pub(crate) mod charge;
pub(crate) mod end;
pub(crate) mod gift;
pub(crate) mod parents;
pub(crate) mod quantity;
pub(crate) mod review;

use crate::wording::normalize::{Normalized, normalize};
use crate::wording::re::Re;
use std::sync::OnceLock;

/// A text normalised for reading, with the way between its offsets and the original's.
pub(crate) struct Text {
    normalized: Normalized,
    /// For every character of the normalised text: its start and end there, and the
    /// original range of the character it came from.
    chars: Vec<(usize, usize, usize, usize)>,
}

impl Text {
    pub(crate) fn new(original: &str) -> Text {
        let normalized = normalize(original);
        let chars = normalized
            .text
            .char_indices()
            .map(|(at, c)| {
                let end = at.saturating_add(c.len_utf8());
                let (from, to) = normalized.original(at, end);
                (at, end, from, to)
            })
            .collect();
        Text { normalized, chars }
    }

    /// The normalised text.
    pub(crate) fn as_str(&self) -> &str {
        &self.normalized.text
    }

    /// The normalised range of an original range that starts and ends on characters
    /// the normalised text kept (a lexicon hit does).
    pub(crate) fn to_normalized(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let first = self.chars.iter().find(|c| c.2 == start)?;
        let last = self.chars.iter().rev().find(|c| c.3 == end)?;
        (first.0 < last.1).then_some((first.0, last.1))
    }

    /// The original range of a normalised range.
    pub(crate) fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        self.normalized.original(start, end)
    }

    /// For each of `words` (original ranges, as lexicon hits give them): its normalised
    /// range and the clause holding it (`start..end` of the normalised text); words the
    /// normalised text did not keep are skipped.
    pub(crate) fn word_clauses<'t>(
        &'t self,
        words: &'t [(usize, usize)],
    ) -> impl Iterator<Item = WordClause<'t>> + 't {
        let s = self.as_str();
        words.iter().filter_map(move |&(a, b)| {
            let (a, b) = self.to_normalized(a, b)?;
            let (start, end) = (clause_start(s, a), clause_end(s, a));
            Some(WordClause {
                word: (a, b),
                start,
                end,
                clause: s.get(start..end)?,
            })
        })
    }
}

/// A word found in a text and the clause that holds it (normalised ranges).
pub(crate) struct WordClause<'t> {
    pub(crate) word: (usize, usize),
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) clause: &'t str,
}

/// Adds `range` to `out` unless it overlaps a range already there.
pub(crate) fn push_disjoint(out: &mut Vec<(usize, usize)>, range: (usize, usize)) {
    if !out.iter().any(|r| r.0 < range.1 && range.0 < r.1) {
        out.push(range);
    }
}

/// A pattern compiled on first use; `None` only if it does not compile (the unit tests
/// compile every pattern of this module).
pub(crate) fn compiled(
    cell: &'static OnceLock<Option<Re>>,
    pattern: impl FnOnce() -> String,
) -> Option<&'static Re> {
    cell.get_or_init(|| Re::new(&pattern()).ok()).as_ref()
}

/// Characters that end a clause in normalised text (full-width punctuation has become
/// ASCII; 。 and the brackets stay).
pub(crate) fn ends_clause(c: char) -> bool {
    matches!(
        c,
        ',' | '.'
            | '。'
            | '!'
            | '?'
            | ';'
            | ':'
            | '\n'
            | '('
            | ')'
            | '【'
            | '】'
            | '「'
            | '」'
            | '《'
            | '》'
            | '"'
    )
}

/// The start of the clause holding byte `at` of `text`.
pub(crate) fn clause_start(text: &str, at: usize) -> usize {
    text.get(..at)
        .and_then(|head| {
            head.char_indices()
                .rev()
                .find(|&(_, c)| ends_clause(c))
                .map(|(i, c)| i.saturating_add(c.len_utf8()))
        })
        .unwrap_or(0)
}

/// The end of the clause holding byte `at` of `text`.
pub(crate) fn clause_end(text: &str, at: usize) -> usize {
    text.get(at..)
        .and_then(|tail| {
            tail.char_indices()
                .find(|&(_, c)| ends_clause(c))
                .map(|(i, _)| at.saturating_add(i))
        })
        .unwrap_or(text.len())
}

/// The measure words (量词) a Chinese count is written with.
pub(crate) const CLASSIFIER: &str = "(?:件|台|个|张|份|套|盒|瓶|支|箱|袋|双|部|只|单|次|罐|包|桶|块|条|把|枚|颗|片|本|册|杯|听|提|组|束|对|副|辆|名|位|款|斤|克|剂|粒|贴)";

/// A number as written in promotion copy: digits with thousands separators and
/// decimals, or Chinese numerals.
pub(crate) const NUMBER: &str =
    r"(?:[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?\s*(?:万|千|k)?|[一二两三四五六七八九十百千万]+)";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_go_both_ways() {
        let original = "下单即送 精致好礼 一份";
        let text = Text::new(original);
        let at = text.as_str().find("精致").expect("found");
        let (a, b) = text.to_original(at, at.saturating_add("精致好礼".len()));
        assert_eq!(&original[a..b], "精致好礼");
        let start = original.find("好礼").expect("found");
        let (n0, n1) = text
            .to_normalized(start, start.saturating_add("好礼".len()))
            .expect("kept");
        assert_eq!(&text.as_str()[n0..n1], "好礼");
        assert_eq!(
            clause_start("买就送,礼品随机发放", "买就送,礼".len()),
            "买就送,".len()
        );
        assert_eq!(clause_end("买就送,礼品", 0), "买就送".len());
    }

    #[test]
    fn every_reader_pattern_compiles() {
        assert!(end::compile_all());
        assert!(quantity::compile_all());
        assert!(charge::compile_all());
        assert!(gift::compile_all());
        assert!(review::compile_all());
        assert!(parents::compile_all());
    }
}
