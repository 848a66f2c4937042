//! Gates of the claim patterns: for each pattern, literal words a sentence must hold
//! for the pattern to match there (`折` for a discount, `限` and a measure word for a
//! limit), so a sentence is read only with the patterns that can match it.
//!
//! The words are derived from each pattern's syntax by a test
//! (`wording::claims::tests::the_gates_are_derived_from_the_patterns`) and shipped in
//! `gates.json`: a check neither parses nor compiles a set of the patterns to learn
//! which occur (that was most of a small check's start-up). A pattern whose gate is
//! missing or out of date always runs, so a stale file costs time, never a claim.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::sync::OnceLock;

/// The derived gates, one entry per pattern source, sorted by source.
const SHIPPED: &str = include_str!("gates.json");

/// The shipped gates, parsed once (both lists of patterns read them).
fn shipped() -> &'static [Entry] {
    static PARSED: OnceLock<Vec<Entry>> = OnceLock::new();
    PARSED.get_or_init(|| serde_json::from_str(SHIPPED).unwrap_or_default())
}

/// One pattern's gate as shipped: every group must have a word in the sentence.
#[derive(serde::Deserialize, serde::Serialize, Debug, Clone, PartialEq, Eq)]
pub(super) struct Entry {
    pub(super) pattern: String,
    /// Groups of words; a match needs one word of every group.
    pub(super) all: Vec<Vec<String>>,
}

/// The gates of a list of patterns, ready to test sentences.
#[derive(Debug)]
pub(super) struct Gates {
    /// Every word of every gate (none when no pattern has a gate).
    matcher: Option<AhoCorasick>,
    /// Per pattern, its groups as word ids; empty: the pattern always runs.
    groups: Vec<Vec<Vec<usize>>>,
    words: usize,
}

impl Gates {
    /// The gates of `sources`, in their order, from the shipped file.
    pub(super) fn new<'a>(sources: impl Iterator<Item = &'a str>) -> Gates {
        let shipped = shipped();
        let mut ids: crate::source::FastMap<&str, usize> = Default::default();
        let mut words: Vec<&str> = Vec::new();
        let mut groups = Vec::new();
        for source in sources {
            let entry = shipped
                .binary_search_by(|e| e.pattern.as_str().cmp(source))
                .ok()
                .and_then(|i| shipped.get(i));
            let mut own = Vec::new();
            for group in entry.map(|e| e.all.as_slice()).unwrap_or_default() {
                let mut members = Vec::new();
                for word in group {
                    let next = words.len();
                    let id = *ids.entry(word.as_str()).or_insert(next);
                    if id == next {
                        words.push(word.as_str());
                    }
                    members.push(id);
                }
                own.push(members);
            }
            groups.push(own);
        }
        // Overlapping search finds every word present, also inside a longer one. The
        // contiguous automaton builds in a fraction of the time a DFA takes and searches
        // almost as fast.
        let matcher = if words.is_empty() {
            None
        } else {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(&words)
                .ok()
        };
        // Without the automaton no gate can be tested: every pattern runs.
        if matcher.is_none() {
            groups.iter_mut().for_each(Vec::clear);
        }
        Gates {
            matcher,
            words: words.len(),
            groups,
        }
    }

    /// The indices of the patterns that may match `sentence`, in order.
    pub(super) fn open(&self, sentence: &str) -> Vec<usize> {
        let mut present = vec![false; self.words];
        if let Some(matcher) = &self.matcher {
            for found in matcher.find_overlapping_iter(sentence) {
                if let Some(slot) = present.get_mut(found.pattern().as_usize()) {
                    *slot = true;
                }
            }
        }
        self.groups
            .iter()
            .enumerate()
            .filter(|(_, groups)| {
                groups.iter().all(|group| {
                    group
                        .iter()
                        .any(|&w| present.get(w).copied().unwrap_or(true))
                })
            })
            .map(|(i, _)| i)
            .collect()
    }
}

/// The most words a group may hold.
#[cfg(test)]
const MAX_WORDS: usize = 16;

/// Derives a pattern's gate from its syntax: groups of literal words, one of each must
/// occur in any text the pattern matches. Sound by construction: each group is a
/// finite prefix (or suffix) set of a part every match contains (the regex crate's own
/// literal extraction, whose finite sets are exactly "every match starts with one of
/// these"). Parts that may match nothing or whose sets are infinite give no group.
#[cfg(test)]
pub(super) fn derive(source: &str) -> Vec<Vec<String>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    use regex_syntax::hir::{Hir, HirKind};

    /// The finite, non-empty word set of `hir` read from `kind`'s end, if any.
    fn words(hir: &Hir, kind: ExtractKind) -> Option<Vec<String>> {
        let seq = Extractor::new().kind(kind).extract(hir);
        let literals = seq.literals()?;
        if literals.is_empty() {
            return None;
        }
        let mut out = Vec::new();
        for literal in literals {
            let word = std::str::from_utf8(literal.as_bytes()).ok()?;
            if word.is_empty() {
                return None;
            }
            out.push(word.to_owned());
        }
        out.sort();
        out.dedup();
        Some(out)
    }

    /// Every group a match of `hir` must satisfy.
    fn required(hir: &Hir, out: &mut Vec<Vec<String>>) {
        for kind in [ExtractKind::Prefix, ExtractKind::Suffix] {
            if let Some(group) = words(hir, kind) {
                out.push(group);
            }
        }
        match hir.kind() {
            HirKind::Concat(parts) => {
                for part in parts {
                    required(part, out);
                }
            }
            HirKind::Capture(capture) => required(&capture.sub, out),
            HirKind::Repetition(rep) if rep.min >= 1 => required(&rep.sub, out),
            _ => {}
        }
    }

    let Ok(hir) = regex_syntax::parse(source) else {
        return Vec::new();
    };
    let mut groups = Vec::new();
    required(&hir, &mut groups);
    // Small groups only (a long list of spellings costs more to find than it saves),
    // the most selective first: longest shortest word, then fewest words.
    // With none that small, the smallest group there is.
    if groups.iter().all(|g| g.len() > MAX_WORDS) {
        groups.sort_by_key(|g| g.len());
        groups.truncate(1);
        return groups;
    }
    groups.retain(|g| g.len() <= MAX_WORDS);
    groups.sort_by_key(|g| {
        let shortest = g.iter().map(|w| w.len()).min().unwrap_or(0);
        (std::cmp::Reverse(shortest), g.len(), g.clone())
    });
    groups.dedup();
    groups.truncate(3);
    groups
}
