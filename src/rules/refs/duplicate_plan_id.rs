//! Rule R006 `duplicate-plan-id`: two plans of one run share a plan id.

use crate::model::PLAN;
use crate::rules::{Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// The plans checked together (the files and directories of one `check` or `build`)
    /// have different top-level `id`s. The plan checked later (in path order) is
    /// reported at its `id`, naming the file of the first plan with that id.
    /// Only plans whose `id` reads are compared.
    ///
    /// ## Why it matters
    ///
    /// `build` writes each plan's documents into a directory named by its id, and
    /// `rules.json` identifies a plan by it: two plans with one id would write over each
    /// other, so `build` refuses the second. Reporting it in `check` means a run that
    /// passes `check` also builds.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// # plans/cny.campaign.yaml
    /// id: cny-2027
    /// # plans/cny-copy.campaign.yaml — a copy started from the first
    /// id: cny-2027   # R006: also the id of `plans/cny.campaign.yaml`
    /// ```
    ///
    /// ## How to fix
    ///
    /// Give the copy its own id (by convention the campaign and its year: `cny-2028`),
    /// or remove the file that is an old copy.
    pub struct DuplicatePlanId;
    code = "R006", name = "duplicate-plan-id", family = "refs",
    severity = Error, summary = "two plans of one run share a plan id"
}

/// Reported by the check stage across the files of a run (`check::run`).
impl Rule for DuplicatePlanId {}

impl DuplicatePlanId {
    /// The finding for plan id `id` already used by the file `first`.
    pub fn draft(id: &str, first: &str) -> Draft {
        Draft::new(
            &Self::META,
            PLAN.id(),
            msg!(
                "r006-duplicate",
                id = id,
                file = crate::escape::line(first).to_string(),
            ),
        )
        .help(msg!("r006-help"))
    }
}
