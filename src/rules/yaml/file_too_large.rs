//! Rule Y010 `file-too-large`: the file is larger than the size limit.

use crate::rules::{Rule, Words};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Files above the size limit (32 MiB by default) are not read. Set a different limit with
    /// `max_file_size` under `[limits]` in `campspec.toml` or with `--max-file-size`.
    ///
    /// ## Why it matters
    ///
    /// A campaign plan is a few kilobytes; a file hundreds of megabytes large is not a plan,
    /// and reading it would only waste memory and time.
    ///
    /// ## Example
    ///
    /// A 100 MB data export named `export.campaign.yaml`.
    ///
    /// ## How to fix
    ///
    /// Check that the right file was given, or raise the limit if the plan really is that large.
    pub struct FileTooLarge;
    code = "Y010", name = "file-too-large", family = "yaml",
    severity = Error, summary = "the file is larger than the size limit",
    locked = true
}

/// Reported by the check stage's read step, before the file is read.
impl Rule for FileTooLarge {}

impl FileTooLarge {
    /// Whether a file of `size` bytes is over the limit of `limit` bytes.
    pub fn applies(size: u64, limit: u64) -> bool {
        size > limit
    }

    /// The finding for a file of `size` bytes over the limit of `limit` bytes.
    pub fn words(size: u64, limit: u64) -> Words {
        Words {
            message: msg!("y010-message", size = size, limit = limit),
            help: Some(msg!("y010-help")),
        }
    }
}
