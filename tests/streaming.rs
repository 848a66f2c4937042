//! `check` prints human, concise and GitHub output a batch of files at a time and
//! releases each file's text, model and analysis once it is reported, keeping only its
//! findings for the summary and the whole-run formats. What a user reads must not
//! change: every format, rendered from the released files (or streamed batch by batch),
//! is byte for byte what it is from files that kept everything — on every rule's
//! fixtures (findings with related locations, snippets, exposures) and the bundled plans.

use campspec::check::{check_paths, check_paths_each};
use campspec::report::{concise, github, human, json, junit, sarif};
use campspec::{CheckedFile, Settings};
use std::path::PathBuf;

fn paths() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    vec![root.join("tests/rules"), root.join("specs")]
}

fn settings() -> Settings {
    Settings {
        today: campspec::values::Date::new(2027, 1, 1),
        ..Settings::default()
    }
}

#[test]
fn released_files_and_streamed_batches_report_the_same_bytes() {
    let settings = settings();
    let kept = check_paths(&paths(), &settings);
    assert!(kept.len() > 150, "{} files", kept.len());
    let options = human::Options {
        color: false,
        width: 100,
    };
    let (mut streamed_human, mut streamed_concise, mut streamed_github) =
        (String::new(), String::new(), String::new());
    let mut batches = 0;
    let released = check_paths_each(&paths(), &settings, None, |batch: &[CheckedFile]| {
        batches += 1;
        streamed_human.push_str(&human::diagnostics(batch, options));
        streamed_concise.push_str(&concise::render(batch));
        streamed_github.push_str(&github::render(batch));
    });
    assert!(batches > 1, "the run came in one batch");
    assert!(
        released
            .iter()
            .all(|f| f.source.is_none() && f.campaign.is_none())
    );
    assert!(released.iter().any(|f| f.exposure().is_some()));

    streamed_human.push_str(&human::summary_line(&released));
    assert_eq!(streamed_human, human::render(&kept, options));
    assert_eq!(streamed_concise, concise::render(&kept));
    assert_eq!(streamed_github, github::render(&kept));
    assert_eq!(json::render(&released), json::render(&kept));
    assert_eq!(sarif::render(&released), sarif::render(&kept));
    for deny in [false, true] {
        assert_eq!(junit::render(&released, deny), junit::render(&kept, deny));
    }
    // The findings point at many different lines, so positions were really kept.
    let lines = concise::render(&released).lines().count();
    assert!(lines > 100, "{lines} findings");
}
