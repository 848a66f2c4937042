//! Rule C002 `waiver-unused`: a waiver silences nothing.

use crate::model::{At, Waiver};
use crate::rules::{Draft, Meta, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// A waiver must silence at least one finding of its rule at its place. When the finding is
    /// gone (fixed, or the place moved) the waiver is reported so it can be deleted.
    ///
    /// ## Why it matters
    ///
    /// A stale waiver would silently approve a future, different problem at the same place.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// compliance:
    ///   waivers:
    ///     - { rule: phase-gap, at: phases.burst.start, reason: 临时停顿, approved_by: 王敏 }
    /// # … but phase `burst` now starts the day after the previous phase ends.
    /// ```
    ///
    /// ## Depends on
    ///
    /// The findings the waiver names, and so every value those findings depend on (`*`): a
    /// waiver whose finding is withheld because a value it depends on failed to read is not
    /// judged either.
    ///
    /// ## How to fix
    ///
    /// Delete the waiver.
    pub struct WaiverUnused;
    code = "C002", name = "waiver-unused", family = "waivers",
    severity = Warning, summary = "a waiver silences nothing"
}

/// Evaluated by the check stage's waivers step (`crate::check::waivers`) once every
/// other finding is known.
impl Rule for WaiverUnused {}

impl WaiverUnused {
    /// The finding for `waiver` (at `at`, of the rule `waived`) when it silenced nothing.
    pub fn draft(at: &At<Waiver>, waiver: &Waiver, waived: &Meta) -> Draft {
        Draft::new(
            &Self::META,
            at.rule(),
            msg!("c002-unused", rule = waived.name, place = &waiver.at),
        )
        .help(msg!("c002-help"))
    }
}
