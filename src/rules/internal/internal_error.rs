//! Rule I001 `internal-error`: campspec failed while checking this file.

use crate::rules::{Rule, Words};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Nothing in the plan: this finding means campspec itself failed (panicked) while
    /// checking the file — a bug in campspec. The failure is contained to that file: the
    /// other files are still checked and reported, `build` still writes their documents,
    /// and the run exits with code 2 (campspec could not do its job).
    ///
    /// ## Why it matters
    ///
    /// The file was not checked, so it may hold any problem. Its other findings are not
    /// shown, and `build` writes nothing for it.
    ///
    /// ## Example
    ///
    /// `campspec failed on this file (internal error: attempt to divide by zero); please report it`
    ///
    /// ## How to fix
    ///
    /// Report it to the campspec maintainers with the file (or the smallest part of it
    /// that still fails) and the message. Until it is fixed, changing the part of the
    /// plan that triggers it may let the rest be checked.
    pub struct InternalError;
    code = "I001", name = "internal-error", family = "internal",
    severity = Error, summary = "campspec failed while checking this file (a bug in campspec)",
    locked = true
}

/// Reported by the check stage when checking a file panicked (`crate::contain`).
impl Rule for InternalError {}

impl InternalError {
    /// The finding for a panic with the message `panic`.
    pub fn words(panic: &str) -> Words {
        Words {
            message: msg!("i001-failed", panic = panic),
            help: Some(msg!("i001-help")),
        }
    }
}
