//! `--format github`: GitHub Actions workflow commands, so each finding is an annotation
//! on its exact line and columns in the pull request.

use super::position;
use crate::check::CheckedFile;
use crate::finding::Severity;
use std::fmt::Write;

/// Escapes a command's message (`%`, CR, LF).
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (also `:` and `,`).
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(files: &[CheckedFile]) -> String {
    let mut out = String::new();
    for file in files {
        if let Some(failure) = &file.failure {
            let _ = writeln!(
                out,
                "::error file={},title=campspec::{}",
                property(&file.path),
                data(failure)
            );
        }
        for f in &file.findings {
            let command = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let (line, col) = position(file, f.primary.span.start);
            let (end_line, end_col) = position(file, f.primary.span.end);
            let mut message = f.message.clone();
            if let Some(help) = &f.help {
                message.push_str("\nhelp: ");
                message.push_str(help);
            }
            let _ = writeln!(
                out,
                "::{command} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}",
                property(&file.path),
                property(&format!("{} {}", f.code, f.rule)),
                data(&message)
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped() {
        assert_eq!(data("50% off\nnext"), "50%25 off%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
