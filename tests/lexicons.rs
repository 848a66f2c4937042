//! The lexicons in `lexicons/` stay sound: terms sorted by id, ids unique and
//! kebab-case, every pattern valid, every term naming a real rule, no two terms of one
//! language with the same word, every term's examples true (each `flag` example is found by that term,
//! no `pass` example is), and every note and citation written in Chinese too.

use campspec::rules::registry;
use campspec::wording::{self, Lexicon, TermKind};
use std::collections::HashMap;

#[test]
fn lexicons_parse_and_compile() {
    let files = wording::lexicon_files().expect("lexicons parse");
    let lexicon = Lexicon::from_files(&files).expect("lexicons compile");
    lexicon
        .verify_exceptions(None)
        .expect("every harmless-context pattern is a valid regex");
}

/// A check reads the lexicons from the form `build.rs` embeds; it must say what the
/// YAML says, with only the descriptions, examples and reasons left out.
#[test]
fn the_embedded_lexicons_are_the_yaml_as_written() {
    let mut written = wording::lexicon_files().expect("lexicons parse");
    for file in &mut written {
        file.description = None;
        for term in &mut file.terms {
            term.examples = Default::default();
            for except in &mut term.except {
                except.why = None;
            }
        }
    }
    // The notes and citations are embedded apart, read when a finding is worded.
    let notes: std::collections::HashMap<String, String> = wording::embedded_lexicon_notes()
        .expect("the notes parse")
        .into_iter()
        .map(|(id, notes)| (id, format!("{notes:?}")))
        .collect();
    let terms: Vec<&wording::TermSpec> = written.iter().flat_map(|f| &f.terms).collect();
    assert_eq!(notes.len(), terms.len(), "one embedded note entry per term");
    for term in terms {
        let expected = format!("{:?}", wording::lexicon::TermNotes::of(term));
        assert_eq!(notes.get(&term.id), Some(&expected), "notes of {}", term.id);
    }
    for file in &mut written {
        for term in &mut file.terms {
            term.note = None;
            term.note_zh = None;
            term.cite.clear();
            term.cite_zh.clear();
        }
    }
    let embedded = wording::embedded_lexicon_files().expect("the embedded lexicons parse");
    same_terms(&written, &embedded);
}

fn same_terms(written: &[wording::LexiconFile], embedded: &[wording::LexiconFile]) {
    assert_eq!(
        embedded.len(),
        written.len(),
        "one embedded file per lexicon"
    );
    for (a, b) in written.iter().zip(embedded) {
        assert_eq!(a.language, b.language);
        assert_eq!(a.terms.len(), b.terms.len(), "{}: terms", a.language);
        for (x, y) in a.terms.iter().zip(&b.terms) {
            assert_eq!(format!("{x:?}"), format!("{y:?}"), "term {}", x.id);
        }
    }
}

#[test]
fn terms_are_sorted_unique_and_name_real_rules() {
    let files = wording::lexicon_files().expect("lexicons parse");
    let mut problems = Vec::new();
    let mut ids: HashMap<String, String> = HashMap::new();
    for ((path, _), file) in wording::LEXICONS.iter().zip(&files) {
        // Each language has its own automaton: a word belongs to one term per language.
        let mut words: HashMap<String, String> = HashMap::new();
        let sorted = file.terms.windows(2).all(|w| w[0].id < w[1].id);
        if !sorted {
            problems.push(format!("{path}: terms are not sorted by id"));
        }
        for term in &file.terms {
            if !term
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                problems.push(format!("{path}: id `{}` is not kebab-case", term.id));
            }
            if let Some(other) = ids.insert(term.id.clone(), path.to_string()) {
                problems.push(format!("{path}: id `{}` also in {other}", term.id));
            }
            match (&term.rule, term.kind) {
                (Some(rule), _) if registry::find(rule).is_none() => {
                    problems.push(format!("{path}: `{}` names unknown rule `{rule}`", term.id))
                }
                (None, TermKind::Flag | TermKind::Trigger) => {
                    problems.push(format!("{path}: `{}` names no rule", term.id))
                }
                _ => {}
            }
            if term.kind == TermKind::Flag && term.examples.flag.is_empty() {
                problems.push(format!("{path}: `{}` has no `flag` example", term.id));
            }
            for word in &term.patterns {
                let key = wording::normalize::normalize(word).text;
                if let Some(other) = words.insert(key.clone(), term.id.clone())
                    && other != term.id
                {
                    problems.push(format!(
                        "{path}: the word `{word}` is in both `{other}` and `{}`",
                        term.id
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn every_example_is_true() {
    let lexicon = wording::default_lexicon();
    let mut problems = Vec::new();
    for (t, term) in lexicon.terms.iter().enumerate() {
        for sentence in &term.examples.flag {
            if !lexicon.scan(sentence).iter().any(|h| h.term == t) {
                problems.push(format!("`{}` should find: {sentence}", term.id));
            }
        }
        for sentence in &term.examples.pass {
            if lexicon.scan(sentence).iter().any(|h| h.term == t) {
                problems.push(format!("`{}` should not find: {sentence}", term.id));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Chinese findings show a term's `note_zh` and `cite_zh`: every shipped term with a
/// note has one in Chinese, and every law it cites has a Chinese form for the same
/// jurisdiction (a user's own terms may leave them out and show their `note`).
#[test]
fn every_note_and_citation_has_its_chinese_form() {
    let files = wording::lexicon_files().expect("lexicons parse");
    let mut problems = Vec::new();
    for ((path, _), file) in wording::LEXICONS.iter().zip(&files) {
        for term in &file.terms {
            match (&term.note, &term.note_zh) {
                (Some(_), None) => problems.push(format!("{path}: `{}` has no `note_zh`", term.id)),
                (None, Some(_)) => problems.push(format!(
                    "{path}: `{}` has a `note_zh` but no `note`",
                    term.id
                )),
                (_, Some(zh)) if !has_chinese(zh) => {
                    problems.push(format!("{path}: `{}`: `note_zh` is not Chinese", term.id))
                }
                _ => {}
            }
            let cited: Vec<_> = term.cite.keys().collect();
            let chinese: Vec<_> = term.cite_zh.keys().collect();
            if cited != chinese {
                problems.push(format!(
                    "{path}: `{}` cites {cited:?} but gives Chinese names for {chinese:?}",
                    term.id
                ));
            }
            for (j, law) in &term.cite_zh {
                if !has_chinese(law) {
                    problems.push(format!(
                        "{path}: `{}`: `cite_zh` {j:?} is not Chinese",
                        term.id
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}
