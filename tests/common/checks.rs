//! The whole check of a text, every report rendered and every span checked: shared by
//! the property tests that feed campspec mutated plans (`never_panics.rs`,
//! `boundaries.rs`).

use campspec::check::check_text;
use campspec::report::{concise, human, json};
use campspec::values::Date;
use campspec::{CheckedFile, Settings, Span};
use std::path::{Path, PathBuf};

/// The example plans and every rule fixture, in path order.
pub fn plan_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    let mut dirs = vec![root.join("specs"), root.join("tests/rules")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("list").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.to_string_lossy().ends_with(".campaign.yaml") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    paths
}

/// A fixed "today", so that the checks do not depend on the day they run.
pub fn settings() -> Settings {
    Settings {
        today: Date::new(2027, 1, 1),
        ..Settings::default()
    }
}

fn assert_in_text(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} outside the text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} splits a character"
    );
}

/// Checks `text` and renders the human, concise and JSON reports; every finding's
/// spans must lie inside the text, on character boundaries. A panic names `name`.
pub fn check_everything(name: &str, text: String) {
    let outcome = std::panic::catch_unwind(|| {
        let checked = check_text("mutant.campaign.yaml", text, &settings());
        let source = checked.source.clone().expect("text kept");
        for finding in &checked.findings {
            assert_in_text(&source.text, finding.primary.span, finding.code);
            for related in &finding.related {
                assert_in_text(&source.text, related.span, finding.code);
            }
        }
        let files: [CheckedFile; 1] = [checked];
        let _ = concise::render(&files);
        let _ = json::render(&files);
        let _ = human::render(&files, human::Options::default());
    });
    assert!(outcome.is_ok(), "campspec panicked on {name}");
}
