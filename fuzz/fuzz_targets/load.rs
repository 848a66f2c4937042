//! Fuzz target: arbitrary bytes through the YAML loader alone, then through the whole
//! check of a file's text and every report format that shows its findings.
#![no_main]

use campspec::check::check_text;
use campspec::report::{concise, human, json, sarif};
use campspec::source::{self, Limits};
use campspec::values::Date;
use campspec::{CheckedFile, Settings};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Invalid UTF-8 is rejected before loading (with its byte offset); the loader and the
    // checks only ever see text, so feed them the lossy reading of the bytes.
    let text = String::from_utf8_lossy(data).into_owned();

    let loaded = source::yaml::load(&text, Limits::default());
    for problem in &loaded.problems {
        assert_in_text(&text, problem.span.start, problem.span.end);
    }

    let settings = Settings {
        today: Date::new(2027, 1, 1),
        ..Settings::default()
    };
    let checked = check_text("fuzz.campaign.yaml", text, &settings);
    let source = checked.source.as_ref().expect("check_text keeps the text");
    for finding in &checked.findings {
        let spans = std::iter::once(finding.primary.span)
            .chain(finding.related.iter().map(|label| label.span));
        for span in spans {
            assert_in_text(&source.text, span.start, span.end);
        }
    }
    let files: [CheckedFile; 1] = [checked];
    let _ = human::render(&files, human::Options::default());
    let _ = concise::render(&files);
    let _ = json::render(&files);
    let _ = sarif::render(&files);
});

/// Every span a finding carries must lie inside the text, on character boundaries.
fn assert_in_text(text: &str, start: usize, end: usize) {
    assert!(start <= end, "span {start}..{end} runs backwards");
    assert!(
        end <= text.len(),
        "span {start}..{end} ends past {}",
        text.len()
    );
    assert!(
        text.is_char_boundary(start),
        "span start {start} inside a character"
    );
    assert!(
        text.is_char_boundary(end),
        "span end {end} inside a character"
    );
}
