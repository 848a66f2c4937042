//! Build step: turns the shipped lexicons (`lexicons/*.yaml`) into compact JSON that
//! campspec embeds, so a check does not parse 150 KB of YAML at every start, and embeds
//! the message catalogue (`locales/`) with an index of its messages.
//!
//! The JSON keeps what a check uses and leaves out what only people and tests read
//! (`description`, a term's `examples`, a context's `why`); the lexicon test compares
//! the embedded form with the YAML as written, term by term.

use saphyr_parser::{Event, Parser};
use std::fmt::Write as _;

/// The lexicon files, in the order campspec loads them.
const LEXICONS: &[&str] = &["lexicons/cn.yaml", "lexicons/en.yaml"];

/// Keys that only people and tests read.
const LEFT_OUT: &[&str] = &["description", "examples", "why"];

/// Keys a check reads only to word a finding's help: embedded apart
/// (`lexicon-notes.json`) and read the first time a wording finding is shown, so a
/// clean check does not parse them at start-up.
const NOTES: &[&str] = &["note", "note_zh", "cite", "cite_zh"];

/// What `lexicon-notes.json` leaves out besides [`LEFT_OUT`]: everything of a term but
/// its id and [`NOTES`].
const NOT_NOTES: &[&str] = &[
    "kind", "rule", "severity", "group", "match", "word", "except",
];

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let mut out = String::from("[");
    let mut notes = String::from("[");
    let without_notes: Vec<&str> = LEFT_OUT.iter().chain(NOTES).copied().collect();
    let notes_only: Vec<&str> = LEFT_OUT.iter().chain(NOT_NOTES).copied().collect();
    for (i, path) in LEXICONS.iter().enumerate() {
        println!("cargo::rerun-if-changed={path}");
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("{path}: cannot read the lexicon: {e}"));
        if i > 0 {
            out.push(',');
            notes.push(',');
        }
        out.push_str(&to_json(path, &text, &without_notes));
        notes.push_str(&to_json(path, &text, &notes_only));
    }
    out.push(']');
    notes.push(']');
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (name, text) in [("lexicons.json", out), ("lexicon-notes.json", notes)] {
        let target = std::path::Path::new(&dir).join(name);
        std::fs::write(&target, text)
            .unwrap_or_else(|e| panic!("{}: cannot write: {e}", target.display()));
    }
    locales(&dir);
}

/// The languages of the message catalogue, each a folder of `locales/`.
const LANGUAGES: [&str; 2] = ["en", "zh-CN"];

/// Embeds the message catalogue: every `locales/<lang>/*.ftl` file, and the index of
/// which file holds each message, so a run parses only the files whose messages it
/// shows (`src/i18n/catalogue.rs`). Both languages must have the same files.
fn locales(out_dir: &str) {
    println!("cargo::rerun-if-changed=locales");
    let mut names: Vec<String> = Vec::new();
    for lang in LANGUAGES {
        let dir = format!("locales/{lang}");
        println!("cargo::rerun-if-changed={dir}");
        let mut here: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{dir}: cannot read: {e}"))
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".ftl"))
            .collect();
        here.sort();
        if names.is_empty() {
            names = here;
        } else if names != here {
            panic!("locales/: every language needs the same .ftl files ({names:?} / {here:?})");
        }
    }
    let mut code = String::new();
    code.push_str("/// The catalogue's files: (stem, [text per language]).\n");
    code.push_str("pub(crate) static FILES: &[(&str, [&str; 2])] = &[\n");
    let mut keys: Vec<(String, usize)> = Vec::new();
    for (index, name) in names.iter().enumerate() {
        let stem = name.trim_end_matches(".ftl");
        code.push_str(&format!("    ({stem:?}, ["));
        for lang in LANGUAGES {
            let path = format!("locales/{lang}/{name}");
            println!("cargo::rerun-if-changed={path}");
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{path}: cannot read: {e}"));
            for id in message_ids(&text) {
                keys.push((id, index));
            }
            let absolute = std::fs::canonicalize(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            code.push_str(&format!(
                "include_str!({:?}), ",
                absolute.display().to_string()
            ));
        }
        code.push_str("]),\n");
    }
    code.push_str("];\n");
    code.push_str(&format!(
        "/// How many files [`FILES`] has.\npub(crate) const FILE_COUNT: usize = {};\n",
        names.len()
    ));
    keys.sort();
    keys.dedup();
    for pair in keys.windows(2) {
        if pair[0].0 == pair[1].0 {
            panic!("locales/: message `{}` is defined in two files", pair[0].0);
        }
    }
    code.push_str("/// Every message id and the index of its file in [`FILES`], sorted.\n");
    code.push_str("pub(crate) static KEYS: &[(&str, usize)] = &[\n");
    for (id, index) in &keys {
        code.push_str(&format!("    ({id:?}, {index}),\n"));
    }
    code.push_str("];\n");
    code.push_str(&rule_docs());
    let target = std::path::Path::new(out_dir).join("locales.rs");
    std::fs::write(&target, code)
        .unwrap_or_else(|e| panic!("{}: cannot write: {e}", target.display()));
}

/// The Chinese documentation of the rules, `locales/zh-CN/rules/<CODE>.md`, as
/// `RULE_DOCS_ZH: &[(code, text)]` sorted by code (English documentation is each rule's
/// doc comment).
fn rule_docs() -> String {
    let dir = "locales/zh-CN/rules";
    println!("cargo::rerun-if-changed={dir}");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".md"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut code = String::from(
        "/// The Chinese documentation of each rule, by code, sorted.\n\
         pub(crate) static RULE_DOCS_ZH: &[(&str, &str)] = &[\n",
    );
    for name in files {
        let path = format!("{dir}/{name}");
        println!("cargo::rerun-if-changed={path}");
        let absolute = std::fs::canonicalize(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        code.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            name.trim_end_matches(".md"),
            absolute.display().to_string()
        ));
    }
    code.push_str("];\n");
    code
}

/// The ids of the messages a Fluent file defines: lines that start with an identifier
/// and `=` (terms, `-name =`, and attributes are not messages).
fn message_ids(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let first = id.chars().next()?;
            (first.is_ascii_alphabetic()
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .then(|| id.to_owned())
        })
        .collect()
}

/// What the converter is inside.
enum Frame {
    /// A sequence: whether an item was written.
    Seq { written: bool },
    /// A mapping: whether an entry was written, and whether the next scalar is a key.
    Map { written: bool, key_next: bool },
}

/// One lexicon document as JSON, every scalar a string (the lexicon's fields are all
/// text). Anchors, aliases and tags are not used by the lexicons and stop the build.
fn to_json(path: &str, text: &str, left_out: &[&str]) -> String {
    let mut parser = Parser::new_from_str(text);
    let mut out = String::new();
    let mut stack: Vec<Frame> = Vec::new();
    // While > 0, events belong to a left-out value and are dropped.
    let mut skip_depth = 0usize;
    let mut skipping = false;
    while let Some(next) = parser.next_event() {
        let (event, span) = next.unwrap_or_else(|e| panic!("{path}: not valid YAML: {e}"));
        let line = span.start.line();
        if skipping {
            match event {
                Event::SequenceStart(..) | Event::MappingStart(..) => skip_depth += 1,
                Event::SequenceEnd | Event::MappingEnd => skip_depth -= 1,
                _ => {}
            }
            if skip_depth == 0 {
                skipping = false;
            }
            continue;
        }
        match event {
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {}
            Event::DocumentStart(_) => {
                assert!(out.is_empty(), "{path}: one document per lexicon");
            }
            Event::Alias(_) => panic!("{path}:{line}: lexicons do not use aliases"),
            Event::Scalar(value, _, anchor, tag) => {
                assert!(
                    anchor == 0 && tag.is_none(),
                    "{path}:{line}: lexicons do not use anchors or tags"
                );
                if let Some(Frame::Map { written, key_next }) = stack.last_mut()
                    && *key_next
                {
                    if left_out.contains(&value.as_ref()) {
                        // Drop the key and its value (a scalar or a whole collection).
                        skipping = true;
                        skip_depth = 0;
                        match parser.next_event() {
                            Some(Ok((Event::SequenceStart(..) | Event::MappingStart(..), _))) => {
                                skip_depth = 1;
                            }
                            Some(Ok(_)) => skipping = false,
                            Some(Err(e)) => panic!("{path}: not valid YAML: {e}"),
                            None => panic!("{path}:{line}: a key without a value"),
                        }
                        continue;
                    }
                    if *written {
                        out.push(',');
                    }
                    *written = true;
                    *key_next = false;
                    string(&mut out, &value);
                    out.push(':');
                    continue;
                }
                comma_for_item(&mut stack, &mut out);
                string(&mut out, &value);
                if let Some(Frame::Map { key_next, .. }) = stack.last_mut() {
                    *key_next = true;
                }
            }
            Event::SequenceStart(anchor, ref tag) | Event::MappingStart(anchor, ref tag) => {
                assert!(
                    anchor == 0 && tag.is_none(),
                    "{path}:{line}: lexicons do not use anchors or tags"
                );
                comma_for_item(&mut stack, &mut out);
                if matches!(event, Event::SequenceStart(..)) {
                    out.push('[');
                    stack.push(Frame::Seq { written: false });
                } else {
                    out.push('{');
                    stack.push(Frame::Map {
                        written: false,
                        key_next: true,
                    });
                }
            }
            Event::SequenceEnd | Event::MappingEnd => {
                match stack.pop() {
                    Some(Frame::Seq { .. }) => out.push(']'),
                    Some(Frame::Map { .. }) => out.push('}'),
                    None => panic!("{path}:{line}: unbalanced YAML"),
                }
                if let Some(Frame::Map { key_next, .. }) = stack.last_mut() {
                    *key_next = true;
                }
            }
        }
    }
    out
}

/// Before a sequence item: the comma after the previous one.
fn comma_for_item(stack: &mut [Frame], out: &mut String) {
    if let Some(Frame::Seq { written }) = stack.last_mut() {
        if *written {
            out.push(',');
        }
        *written = true;
    }
}

/// `value` as a JSON string.
fn string(out: &mut String, value: &str) {
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
