//! `--format concise`: one line per finding, `file:line:col: severity[CODE]: message`.

use super::position;
use crate::check::CheckedFile;
use std::fmt::Write;

pub fn render(files: &[CheckedFile]) -> String {
    let mut out = String::new();
    for file in files {
        if let Some(failure) = &file.failure {
            let _ = writeln!(out, "{}: error: {failure}", file.path);
        }
        for f in &file.findings {
            let (line, column) = position(file, f.primary.span.start);
            let _ = writeln!(
                out,
                "{}:{line}:{column}: {}[{}]: {}",
                file.path, f.severity, f.code, f.message
            );
        }
    }
    out
}
