//! Printers: every output format is a function over the same checked files and findings.

pub mod concise;
pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;
pub mod statistics;

use crate::check::CheckedFile;
use crate::finding::Severity;

/// Totals over a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Findings with a safe fix (`check --fix` fixes them).
    pub fixable: usize,
    /// Findings with only unsafe fixes (`check --fix --unsafe-fixes` fixes them too).
    pub unsafe_fixable: usize,
}

impl Summary {
    pub fn of(files: &[CheckedFile]) -> Summary {
        let mut summary = Summary {
            files: files.len(),
            ..Summary::default()
        };
        for file in files {
            summary.errors += file.count(Severity::Error);
            summary.warnings += file.count(Severity::Warning);
            summary.infos += file.count(Severity::Info);
            for finding in &file.findings {
                if finding.fixes.iter().any(|fix| fix.is_safe()) {
                    summary.fixable += 1;
                } else if !finding.fixes.is_empty() {
                    summary.unsafe_fixable += 1;
                }
            }
        }
        summary
    }
}

/// ` [*]` after the code of a finding that has a safe fix (`check --fix` fixes it), as
/// in the human and concise formats; empty otherwise.
pub(crate) fn fix_mark(finding: &crate::finding::Finding) -> &'static str {
    if finding.fixes.iter().any(|fix| fix.is_safe()) {
        " [*]"
    } else {
        ""
    }
}

/// The heading of a finding's help in the text of a machine format (`help: `), in
/// `lang`.
pub(crate) fn help_heading(lang: crate::i18n::Lang) -> String {
    crate::msg!("report-help-heading").render(lang)
}

/// 1-based line and character column of a byte offset in a checked file.
pub(crate) fn position(file: &CheckedFile, offset: usize) -> (usize, usize) {
    file.position(offset)
}
