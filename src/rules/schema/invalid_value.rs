//! Rule S004 `invalid-value`: a value is not valid for its field.

use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it checks
    ///
    /// Values must be valid for their type, checked exactly and explained in the message:
    ///
    /// - money: `299`, `"¥299"`, `"299元"`, `"300万"`, `"1.5亿"` (never negative, whole cents);
    /// - percentages need their sign: `15` is rejected, write `"15%"`;
    /// - discounts: `"9%"`, `"8.5折"` / `"85折"`, or an amount off;
    /// - counts are whole numbers (`"1.2万"`); dates are real days (`2027-02-30` is not);
    /// - times `"10:00"`, durations `"2y"`, ranges `"2..3"` with low ≤ high;
    /// - ids are lowercase ASCII with `-`; names from a fixed list (channels, metrics,
    ///   promotion types, jurisdictions) must be one of them (with a did-you-mean);
    /// - currency codes are ISO 4217, time zones are IANA names.
    ///
    /// ## Why it matters
    ///
    /// Ambiguous values are the costliest mistakes in a plan: is `0.15` a 15 % discount or 15
    /// cents? campspec refuses to guess and says what to write.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// guardrails:
    ///   max_discount: 70       # bare number: write "70%"
    /// ```
    ///
    /// ## How to fix
    ///
    /// Write the value in the form the help shows.
    pub struct InvalidValue;
    code = "S004", name = "invalid-value", family = "schema",
    severity = Error, summary = "a value is not valid for its field",
    locked = true
}

impl Rule for InvalidValue {}
