//! Rule C001 `waiver-expired`: a waiver is past its expiry date.

use crate::model::{At, Waiver};
use crate::rules::{Draft, Meta, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// A waiver in `compliance.waivers` with `expires:` holds until that day (inclusive). After
    /// it, the waiver is an error and no longer silences anything: the finding it covered is
    /// reported again.
    ///
    /// ## Why it matters
    ///
    /// Waivers are approved for a reason that holds for a while (a contract, a legal opinion, a
    /// pause in the calendar). An expired waiver must be renewed by its approver or removed.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// compliance:
    ///   waivers:
    ///     - rule: phase-gap
    ///       at: phases.peak.start
    ///       reason: 除夕休整一天
    ///       approved_by: 王敏
    ///       expires: 2026-12-31
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
    /// Ask the approver to renew it with a new `expires`, or fix the finding and delete the waiver.
    pub struct WaiverExpired;
    code = "C001", name = "waiver-expired", family = "waivers",
    severity = Error, summary = "a waiver is past its expiry date"
}

/// Evaluated by the check stage's waivers step (`crate::check::waivers`) once every
/// other finding is known.
impl Rule for WaiverExpired {}

impl WaiverExpired {
    /// The finding for `waiver` (at `at`, of the rule `waived`) when it expired before
    /// `today`; an expired waiver silences nothing.
    pub fn check(
        at: &At<Waiver>,
        waiver: &Waiver,
        waived: &Meta,
        today: crate::values::Date,
    ) -> Option<Draft> {
        let expires = waiver
            .expires
            .as_ref()
            .filter(|expires| **expires < today)?;
        Some(
            Draft::new(
                &Self::META,
                at.expires(),
                msg!(
                    "c001-expired",
                    rule = waived.name,
                    place = &waiver.at,
                    expires = expires,
                ),
            )
            .help(msg!("c001-help", approver = &waiver.approved_by)),
        )
    }
}
