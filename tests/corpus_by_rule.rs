//! Issue 16's measuring stick: the labelled corpus in `tests/corpus/by_rule/` (one file per
//! language, each sentence with a label and the rule family it exercises or resembles).
//! `by_rule_corpus_is_well_formed` keeps the data valid (fields, known families, counts,
//! balance of labels); `by_rule_corpus_precision_and_recall` (ignored) prints precision and
//! recall per language and per family for the current lexicon scan, with the misses and
//! false alarms, without asserting on them. "Flagged" is defined as in `tests/corpus.rs`:
//! a `flag` term of the corpus's language at error or warning severity is found.

use campspec::finding::Severity;
use campspec::wording::{self, TermKind};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The families a sentence may name (README.md explains each).
const FAMILIES: &[&str] = &[
    "absolute",
    "ranking",
    "endorsement",
    "efficacy",
    "gift",
    "free",
    "scarcity",
    "urgency",
    "limit",
    "cap",
    "exclusivity",
    "ratio",
    "dates",
    "weekday",
    "reference-price",
    "interpretation",
];

/// (file, expected language, minimum number of sentences)
const FILES: &[(&str, &str, usize)] = &[("zh.yaml", "zh", 500), ("en.yaml", "en", 200)];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Corpus {
    language: String,
    sentences: Vec<Sentence>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Sentence {
    text: String,
    flag: bool,
    family: String,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    year: Option<i32>,
    #[serde(default)]
    mechanics: Option<String>,
}

fn load(name: &str) -> Corpus {
    let path = format!("{}/tests/corpus/by_rule/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("corpus file");
    let loaded = campspec::source::yaml::load(&text, Default::default());
    assert!(!loaded.fatal, "{path}: {:?}", loaded.problems);
    serde_json::from_value(loaded.doc.to_value())
        .unwrap_or_else(|e| panic!("{path}: corpus format: {e}"))
}

/// Checks one file's format and counts; returns it for measuring.
fn check_format(name: &str, language: &str, minimum: usize) -> Corpus {
    let corpus = load(name);
    assert_eq!(corpus.language, language, "{name}: language");
    for s in &corpus.sentences {
        assert!(!s.text.trim().is_empty(), "{name}: empty text");
        assert!(
            FAMILIES.contains(&s.family.as_str()),
            "{name}: unknown family {:?} for {:?}",
            s.family,
            s.text
        );
        if s.family == "weekday" {
            assert!(
                s.year.is_some(),
                "{name}: weekday sentence without year: {:?}",
                s.text
            );
        }
    }
    let total = corpus.sentences.len();
    assert!(
        total >= minimum,
        "{name}: {total} sentences, need at least {minimum}"
    );
    let flagged = corpus.sentences.iter().filter(|s| s.flag).count();
    assert!(
        flagged * 100 >= total * 40 && flagged * 100 <= total * 60,
        "{name}: {flagged} of {total} flagged; keep between 40% and 60%"
    );
    corpus
}

#[test]
fn by_rule_corpus_is_well_formed() {
    for (name, language, minimum) in FILES {
        check_format(name, language, *minimum);
    }
}

#[derive(Default)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
    tn: usize,
}

impl Tally {
    fn add(&mut self, expected: bool, found: bool) {
        match (expected, found) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }

    /// Precision and recall; `None` when undefined (nothing flagged / nothing to flag).
    fn figures(&self) -> (Option<f64>, Option<f64>) {
        let ratio = |num: usize, den: usize| (den > 0).then(|| num as f64 / den as f64);
        (
            ratio(self.tp, self.tp + self.fp),
            ratio(self.tp, self.tp + self.fn_),
        )
    }

    fn line(&self, label: &str) -> String {
        let show = |v: Option<f64>| v.map_or_else(|| "  -  ".to_string(), |v| format!("{v:.3}"));
        let (precision, recall) = self.figures();
        format!(
            "  {label:<16} n={:<4} precision {} recall {}  (tp {} fp {} fn {} tn {})",
            self.tp + self.fp + self.fn_ + self.tn,
            show(precision),
            show(recall),
            self.tp,
            self.fp,
            self.fn_,
            self.tn
        )
    }
}

#[test]
#[ignore = "measures issue 16's target; run with --ignored"]
fn by_rule_corpus_precision_and_recall() {
    let lexicon = wording::default_lexicon();
    for (name, language, minimum) in FILES {
        let corpus = check_format(name, language, *minimum);
        let flagged = |text: &str| {
            lexicon.scan(text).iter().any(|h| {
                let term = &lexicon.terms[h.term];
                term.kind == TermKind::Flag
                    && term.language == corpus.language
                    && term.severity.unwrap_or(Severity::Error) != Severity::Info
            })
        };
        let mut all = Tally::default();
        let mut by_family: BTreeMap<&str, Tally> = BTreeMap::new();
        let mut wrong = Vec::new();
        for s in &corpus.sentences {
            let found = flagged(&s.text);
            all.add(s.flag, found);
            by_family
                .entry(s.family.as_str())
                .or_default()
                .add(s.flag, found);
            match (s.flag, found) {
                (false, true) => wrong.push(format!("  false alarm [{}]: {}", s.family, s.text)),
                (true, false) => wrong.push(format!("  missed      [{}]: {}", s.family, s.text)),
                _ => {}
            }
        }
        println!("{name} ({}):", corpus.language);
        println!("{}", all.line("all"));
        for family in FAMILIES {
            if let Some(tally) = by_family.get(family) {
                println!("{}", tally.line(family));
            }
        }
        for w in &wrong {
            println!("{w}");
        }
        println!();
    }
}
