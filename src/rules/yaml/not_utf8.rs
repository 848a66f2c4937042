//! Rule Y011 `not-utf8`: the file is not UTF-8 text.

use crate::rules::{Rule, Words};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Spec files are UTF-8 (a byte-order mark is accepted and ignored). The first byte that is
    /// not valid UTF-8 is reported with its line, column and byte offset.
    ///
    /// ## Why it matters
    ///
    /// Chinese text saved as GBK or GB18030 would otherwise be read as garbage, and wording
    /// rules would run on the wrong text.
    ///
    /// ## Example
    ///
    /// A file saved from an editor in GBK encoding.
    ///
    /// ## How to fix
    ///
    /// Re-save the file as UTF-8 (most editors: "Save with encoding" → UTF-8).
    pub struct NotUtf8;
    code = "Y011", name = "not-utf8", family = "yaml",
    severity = Error, summary = "the file is not UTF-8 text",
    locked = true
}

/// Reported by the check stage's read step, when the bytes read are not UTF-8.
impl Rule for NotUtf8 {}

impl NotUtf8 {
    /// The finding for the first invalid byte `bad`, at byte offset `at` (line and
    /// column 1-based).
    pub fn words(bad: u8, at: usize, line: usize, column: usize) -> Words {
        Words {
            message: msg!(
                "y011-message",
                byte = format!("{bad:02X}"),
                offset = at,
                line = line,
                column = column,
            ),
            help: Some(msg!("y011-help")),
        }
    }
}
