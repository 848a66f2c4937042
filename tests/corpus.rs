//! A labelled corpus of customer-facing sentences (`tests/corpus/*.yaml`): each one is
//! marked `flag: true` when a legal reviewer would want it flagged and `false` when it
//! is harmless. The shipped lexicons must reach a precision and a recall of at least
//! 0.95 per language. A sentence counts as flagged when a `flag` term of the corpus's
//! language at error or warning severity is found in it (trigger words and infos do not
//! count): what a plan under that language's jurisdictions is told.

use campspec::finding::Severity;
use campspec::wording::{self, TermKind};
use serde::Deserialize;

#[derive(Deserialize)]
struct Corpus {
    language: String,
    sentences: Vec<Sentence>,
}

#[derive(Deserialize)]
struct Sentence {
    text: String,
    flag: bool,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

fn load(name: &str) -> Corpus {
    let path = format!("{}/tests/corpus/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("corpus file");
    let loaded = campspec::source::yaml::load(&text, Default::default());
    assert!(!loaded.fatal, "{path}: {:?}", loaded.problems);
    serde_json::from_value(loaded.doc.to_value()).expect("corpus format")
}

fn measure(name: &str, minimum_sentences: usize) {
    let corpus = load(name);
    let lexicon = wording::default_lexicon();
    let flagged = |text: &str| {
        lexicon.scan(text).iter().any(|h| {
            let term = &lexicon.terms[h.term];
            term.kind == TermKind::Flag
                && term.language == corpus.language
                && term.severity.unwrap_or(Severity::Error) != Severity::Info
        })
    };
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut wrong = Vec::new();
    for s in &corpus.sentences {
        match (s.flag, flagged(&s.text)) {
            (true, true) => tp += 1,
            (false, true) => {
                fp += 1;
                wrong.push(format!("  false alarm: {}", s.text));
            }
            (true, false) => {
                fn_ += 1;
                wrong.push(format!("  missed:      {}", s.text));
            }
            (false, false) => {}
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    println!(
        "{} ({}): {} sentences, precision {precision:.3}, recall {recall:.3}",
        name,
        corpus.language,
        corpus.sentences.len()
    );
    for w in &wrong {
        println!("{w}");
    }
    assert!(
        corpus.sentences.len() >= minimum_sentences,
        "{name} needs at least {minimum_sentences} sentences"
    );
    let positives = corpus.sentences.iter().filter(|s| s.flag).count();
    let negatives = corpus.sentences.len() - positives;
    assert!(
        positives * 3 >= corpus.sentences.len() && negatives * 3 >= corpus.sentences.len(),
        "{name}: keep at least a third of each label"
    );
    assert!(
        precision >= 0.95 && recall >= 0.95,
        "{name}: precision {precision:.3}, recall {recall:.3}\n{}",
        wrong.join("\n")
    );
}

#[test]
fn chinese_corpus_precision_and_recall() {
    measure("cn.yaml", 200);
}

#[test]
fn english_corpus_precision_and_recall() {
    measure("en.yaml", 80);
}
