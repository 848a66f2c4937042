//! Rule Y005 `alias-expansion-limit`: aliases expand to too many nodes.

use crate::rules::{Rule, Words};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// YAML anchors (`&name`) and aliases (`*name`) are allowed, but everything the aliases
    /// expand to counts against a budget of 100 000 nodes.
    ///
    /// ## Why it matters
    ///
    /// Nested aliases grow exponentially ("billion laughs"): a few hundred bytes can expand to
    /// gigabytes. The budget stops such files before they use the memory.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// a: &a [x, x, x, x, x, x, x, x, x]
    /// b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
    /// c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
    /// # … and so on
    /// ```
    ///
    /// ## How to fix
    ///
    /// Write repeated values out, or use fewer levels of aliases.
    pub struct AliasExpansionLimit;
    code = "Y005", name = "alias-expansion-limit", family = "yaml",
    severity = Error, summary = "aliases expand to too many nodes",
    locked = true
}

impl Rule for AliasExpansionLimit {}

impl AliasExpansionLimit {
    /// The finding for aliases expanding to more than `max` nodes.
    pub fn words(max: usize) -> Words {
        Words {
            message: msg!("y005-message", max = max),
            help: Some(msg!("y005-help")),
        }
    }
}
