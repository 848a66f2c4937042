//! `--format junit`: JUnit XML for CI dashboards: one test case per file, a failure per
//! finding that fails the run (errors; warnings too with `--deny warnings`), an error
//! for a file that could not be read, and the other findings as the case's output.

use super::position;
use crate::check::CheckedFile;
use crate::finding::Severity;
use std::fmt::Write;

/// Escapes text for XML content and attribute values; characters XML 1.0 cannot carry
/// are dropped.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// `deny_warnings`: warnings fail like errors.
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
        let path = xml(&file.path);
        let _ = write!(
            out,
            "    <testcase classname=\"campspec\" name=\"{path}\" file=\"{path}\""
        );
        let mut body = String::new();
        if let Some(failure) = &file.failure {
            let _ = writeln!(
                body,
                "      <error type=\"unreadable\" message=\"{}\"/>",
                xml(failure)
            );
        }
        let mut output = String::new();
        for f in &file.findings {
            let (line, column) = position(file, f.primary.span.start);
            let mut text = format!(
                "{}:{line}:{column}: {}[{}]: {}",
                file.path, f.severity, f.code, f.message
            );
            if let Some(help) = &f.help {
                text.push_str("\nhelp: ");
                text.push_str(help);
            }
            if fails(f.severity) {
                let _ = writeln!(
                    body,
                    "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                    xml(&format!("{} {}", f.code, f.rule)),
                    xml(&f.message),
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
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_is_escaped_and_control_characters_dropped() {
        assert_eq!(xml("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
    }
}
