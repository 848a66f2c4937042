//! `--format concise`: one line per finding, `file:line:col: severity[CODE]: message`,
//! the message after `[*] ` when the finding has a safe fix (so `severity[CODE]: `
//! still parses the same).
//! The file name and the message are written through [`crate::escape::line`], so a
//! finding is always one line.

use super::position;
use crate::check::CheckedFile;
use crate::escape;
use std::fmt::Write;

pub fn render(files: &[CheckedFile]) -> String {
    let mut out = String::new();
    for file in files {
        let path = escape::line(&file.path);
        if let Some(failure) = &file.failure {
            let _ = writeln!(out, "{path}: error: {}", escape::line(failure));
        }
        for f in &file.findings {
            let (line, column) = position(file, f.primary.span.start);
            let _ = writeln!(
                out,
                "{path}:{line}:{column}: {}[{}]:{} {}",
                f.severity,
                f.code,
                super::fix_mark(f),
                escape::line(&f.message)
            );
        }
    }
    // Each line starts with the file name, which could start with `::`.
    escape::no_commands(out)
}
