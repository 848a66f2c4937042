//! Rule C003 `waiver-invalid`: a waiver names an unknown rule or place, or a rule that cannot be waived.

use crate::declare_rule;
use crate::rules::Rule;

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

/// Evaluated by [`super::evaluate`] once every other finding is known.
impl Rule for WaiverInvalid {}
