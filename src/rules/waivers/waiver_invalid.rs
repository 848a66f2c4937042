//! Rule C003 `waiver-invalid`: a waiver names an unknown rule or place, or a rule that cannot be waived.

use crate::i18n::Msg;
use crate::model::{At, Waiver};
use crate::rules::{Draft, Meta, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// A waiver names a rule by code (`D004`) or name (`phase-gap`) and a place, either a JSON
    /// pointer (`/copy/2/text`) or an id path (`copy.hero`, `phases.burst.start`,
    /// `budget.lines.kol.amount`). The rule must exist, the place must exist in the spec, and
    /// the rule must be one that can be waived: findings that mean part of the file could not
    /// be read (YAML and schema errors) and the waiver rules themselves cannot.
    ///
    /// ## Why it matters
    ///
    /// A waiver that names nothing silences nothing, and the reviewer who approved it believes
    /// a finding is handled when it is not.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// compliance:
    ///   waivers:
    ///     - { rule: phase-gaps, at: phases.peak.start, reason: 休整, approved_by: 王敏 }   # did you mean `phase-gap`?
    /// ```
    ///
    /// ## How to fix
    ///
    /// Correct the rule or the place.
    pub struct WaiverInvalid;
    code = "C003", name = "waiver-invalid", family = "waivers",
    severity = Error, summary = "a waiver names an unknown rule or place, or a rule that cannot be waived"
}

/// Evaluated by the check stage's waivers step (`crate::check::waivers`) once every
/// other finding is known.
impl Rule for WaiverInvalid {}

impl WaiverInvalid {
    /// The finding for a waiver whose rule is no campspec rule; `did_you_mean` is the
    /// closest rule code or name, worded as a suggestion.
    pub fn unknown_rule(at: &At<Waiver>, waiver: &Waiver, did_you_mean: Option<Msg>) -> Draft {
        Draft::new(
            &Self::META,
            at.rule(),
            msg!("c003-unknown-rule", rule = &waiver.rule),
        )
        .help(did_you_mean.unwrap_or_else(|| msg!("c003-help-rules")))
    }

    /// Whether findings of `rule` may be waived: not those of a locked rule (part of the
    /// file could not be read) nor the waiver rules' own.
    pub fn can_be_waived(rule: &Meta) -> bool {
        !(rule.is_locked() || rule.family == "waivers")
    }

    /// The finding for a waiver of a rule that [cannot be waived](Self::can_be_waived).
    pub fn cannot_be_waived(at: &At<Waiver>, rule: &Meta) -> Draft {
        Draft::new(
            &Self::META,
            at.rule(),
            msg!("c003-locked", code = rule.code, name = rule.name),
        )
        .help(msg!("c003-help-locked"))
    }

    /// The finding for a waiver whose place is not in the spec.
    pub fn unknown_place(at: &At<Waiver>, waiver: &Waiver) -> Draft {
        Draft::new(
            &Self::META,
            at.at(),
            msg!("c003-unknown-place", place = &waiver.at),
        )
        .help(msg!("c003-help-place"))
    }
}
