//! Rule D007 `approval-after-start`: a sign-off is dated after the campaign starts.

use crate::model::{ApprovalStatus, PLAN};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// An approval in `approvals` that was given or refused (`status: approved` or
    /// `rejected`) on a `date` after the first day of the campaign's `window`. The
    /// approval's date and the window's start are both labelled. A pending approval is
    /// not judged: it has no date yet.
    ///
    /// ## Why it matters
    ///
    /// A plan is signed off before it runs. A sign-off dated after the campaign started
    /// means offers went live without the approval the plan asks for — or the date is a
    /// typo. The plan is still accepted (a late sign-off is still one), so this is a
    /// warning, not an error.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// window: { start: 2027-01-01, end: 2027-02-15 }
    /// approvals:
    ///   - { role: 法务负责人, name: 李强, date: 2027-01-05, status: approved }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The approval's `date` and `status` (`approvals[].date`, `approvals[].status`) and
    /// the window's start (`window.start`). Without a window start nothing is judged.
    ///
    /// ## How to fix
    ///
    /// Have the plan signed off before the campaign starts, or correct the date.
    pub struct ApprovalAfterStart;
    code = "D007", name = "approval-after-start", family = "dates",
    severity = Warning, summary = "an approval is dated after the campaign starts"
}

impl Rule for ApprovalAfterStart {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let c = ctx.campaign;
        let Some(start) = c.window.as_ref().and_then(|w| w.start) else {
            return;
        };
        let approvals = c.approvals.iter().flat_map(|l| l.iter_at(PLAN.approvals()));
        for (at, approval) in approvals {
            let Some(date) = approval.date else {
                continue;
            };
            if approval.status == ApprovalStatus::Pending || date <= start {
                continue;
            }
            out.push(
                Draft::new(
                    &Self::META,
                    at.date(),
                    msg!(
                        "d007-late",
                        role = approval.role.trim(),
                        date = date,
                        start = start,
                    ),
                )
                .related(PLAN.window().start(), msg!("dates-window-opens"))
                .help(msg!("d007-help", start = start)),
            );
        }
    }
}
