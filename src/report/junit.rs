//! `--format junit`: JUnit XML for CI dashboards: one test case per file, a failure per
//! finding that fails the run (errors; warnings too with `--deny warnings`), an error
//! for a file that could not be read, and the other findings as the case's output. Plan
//! text and file names go through [`crate::escape::line`] first: XML 1.0 cannot even hold
//! most control characters.

use super::position;
use crate::check::CheckedFile;
use crate::escape;
use crate::finding::Severity;
use std::fmt::Write;

/// Escapes text for XML content and attribute values; other characters XML 1.0 cannot
/// carry, or a terminal would obey, are written as visible escapes (`\u{1b}`).
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' => out.push(c),
            c if escape::is_escaped(c) => escape::push_escape(&mut out, c),
            c => out.push(c),
        }
    }
    out
}

/// `deny_warnings`: warnings fail like errors.
/// Each finding's `help:` heading is in the finding's language.
pub fn render(files: &[CheckedFile], deny_warnings: bool) -> String {
    let fails = |s: Severity| s == Severity::Error || (deny_warnings && s == Severity::Warning);
    let failures: usize = files
        .iter()
        .filter(|f| f.failure.is_none() && f.findings.iter().any(|x| fails(x.severity)))
        .count();
    let errors = files.iter().filter(|f| f.failure.is_some()).count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"campspec\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\">",
        files.len()
    );
    let _ = writeln!(
        out,
        "  <testsuite name=\"campspec check\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"0\">",
        files.len()
    );
    for file in files {
        let shown_path = escape::line(&file.path);
        let path = xml(&shown_path);
        let _ = write!(
            out,
            "    <testcase classname=\"campspec\" name=\"{path}\" file=\"{path}\""
        );
        let mut body = String::new();
        if let Some(failure) = &file.failure {
            let _ = writeln!(
                body,
                "      <error type=\"unreadable\" message=\"{}\"/>",
                xml(&escape::line(failure))
            );
        }
        let mut output = String::new();
        for f in &file.findings {
            let (line, column) = position(file, f.primary.span.start);
            let message = escape::line(&f.message);
            let mut text = format!(
                "{shown_path}:{line}:{column}: {}[{}]: {message}",
                f.severity, f.code
            );
            if let Some(help) = &f.help {
                text.push('\n');
                text.push_str(&super::help_heading(f.lang));
                text.push_str(&escape::line(help));
            }
            if fails(f.severity) {
                let _ = writeln!(
                    body,
                    "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                    xml(&format!("{} {}", f.code, f.rule)),
                    xml(&message),
                    xml(&text)
                );
            } else {
                output.push_str(&text);
                output.push('\n');
            }
        }
        if !output.is_empty() {
            let _ = writeln!(body, "      <system-out>{}</system-out>", xml(&output));
        }
        if body.is_empty() {
            out.push_str("/>\n");
        } else {
            out.push_str(">\n");
            out.push_str(&body);
            out.push_str("    </testcase>\n");
        }
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    // Lines of the cases' text start with the file name, which could start with `::`.
    escape::no_commands(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_is_escaped_and_control_characters_shown() {
        assert_eq!(
            xml("a<b & \"c\"\u{1}\u{1b}\u{ffff}\r"),
            "a&lt;b &amp; &quot;c&quot;\\u{1}\\u{1b}\\u{ffff}\\r"
        );
    }
}
