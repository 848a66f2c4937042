//! Rule Y004 `nesting-too-deep`: the document nests deeper than the limit.

use crate::rules::{Rule, Words};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Mappings and lists may nest at most 64 levels deep. A campaign spec needs about six.
    ///
    /// ## Why it matters
    ///
    /// Very deep nesting only comes from generated or hostile files; stopping early keeps
    /// campspec fast and safe on files it did not expect.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// a: [[[[[[[[[[ ... 100 000 levels ... ]]]]]]]]]]
    /// ```
    ///
    /// ## How to fix
    ///
    /// Check that the right file was given; a campaign spec is never this deep.
    pub struct NestingTooDeep;
    code = "Y004", name = "nesting-too-deep", family = "yaml",
    severity = Error, summary = "the document nests deeper than the limit",
    locked = true
}

impl Rule for NestingTooDeep {}

impl NestingTooDeep {
    /// The finding for a document nesting deeper than `max` levels.
    pub fn words(max: usize) -> Words {
        Words {
            message: msg!("y004-message", max = max),
            help: Some(msg!("y004-help")),
        }
    }
}
