//! Rule Y002 `duplicate-key`: a mapping has the same key twice.

use crate::i18n::Msg;
use crate::rules::{Rule, Words};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// A key may appear once in a mapping. Both places are labelled; campspec keeps the first
    /// value and ignores the second.
    ///
    /// ## Why it matters
    ///
    /// YAML libraries disagree about duplicates: some keep the first, some the last, some fail.
    /// A plan that means different things to different tools cannot be reviewed.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// guardrails:
    ///   max_discount: 70%
    ///   min_margin: 5%
    ///   max_discount: 60%   # second `max_discount`
    /// ```
    ///
    /// ## How to fix
    ///
    /// Delete one of the two keys, keeping the value you mean.
    pub struct DuplicateKey;
    code = "Y002", name = "duplicate-key", family = "yaml",
    severity = Error, summary = "a mapping has the same key twice",
    locked = true
}

impl Rule for DuplicateKey {}

impl DuplicateKey {
    /// The label of the first of the two keys.
    pub fn first_written() -> Msg {
        msg!("y002-first-written")
    }

    /// The finding for the key `key` written a second time in one mapping.
    pub fn words(key: &str) -> Words {
        Words {
            message: msg!("y002-message", key = key),
            help: Some(msg!("y002-help")),
        }
    }
}
