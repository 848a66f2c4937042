//! `--format github`: GitHub Actions workflow commands, so each finding is an annotation
//! on its exact line and columns in the pull request. Plan text and file names go through
//! [`crate::escape::line`] first (the command escapes below only keep a message in its
//! command, they do nothing against ESC sequences), so every finding is one line.

use super::position;
use crate::check::CheckedFile;
use crate::escape;
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

/// The annotations; each finding's `help:` heading is in the finding's language.
pub fn render(files: &[CheckedFile]) -> String {
    let mut out = String::new();
    for file in files {
        let path = property(&escape::line(&file.path));
        if let Some(failure) = &file.failure {
            let _ = writeln!(
                out,
                "::error file={path},title=campspec::{}",
                data(&escape::line(failure))
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
            let mut message = escape::line(&f.message).into_owned();
            if let Some(help) = &f.help {
                // A line break of the annotation, written `%0A` below.
                message.push('\n');
                message.push_str(&super::help_heading(f.lang));
                message.push_str(&escape::line(help));
            }
            let _ = writeln!(
                out,
                "::{command} file={path},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}",
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
