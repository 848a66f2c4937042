//! Rule B002 `lines-under-total`: part of the budget is allocated to nothing.

use super::allocation;
use crate::model::PLAN;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// The budget lines plus the reserve should use the whole `budget.total`. When they
    /// come to less, the message says how much is unallocated.
    ///
    /// ## Why it matters
    ///
    /// Unallocated money is either a forgotten line or a total that is larger than the
    /// plan needs; both should be settled before approval.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// budget:
    ///   total: 1200万
    ///   lines:
    ///     - { id: media, name: 媒体投放, amount: 1000万, owner: marketing }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The budget `total`, the `reserve` and every line's amount (`budget.lines[].amount`):
    /// a sum over lines one of which failed to read, or whose amount is unknown, is not
    /// compared. A line whose `owner` or `name` is unknown still counts.
    ///
    /// ## How to fix
    ///
    /// Add the missing line, put the rest in the reserve, or lower the total.
    pub struct LinesUnderTotal;
    code = "B002", name = "lines-under-total", family = "budget",
    severity = Warning, summary = "part of the budget is allocated to nothing"
}

impl Rule for LinesUnderTotal {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(a) = allocation(ctx) else { return };
        let under = a.total.saturating_sub(a.allocated());
        if under.is_sign_positive() && !under.is_zero() {
            out.push(
                Draft::new(
                    &Self::META,
                    PLAN.budget().total(),
                    msg!(
                        "b002-under",
                        parts = a.describe(ctx),
                        allocated = ctx.money(a.allocated()),
                        under = ctx.money(under),
                        total = ctx.money(a.total),
                    ),
                )
                .related_key(
                    PLAN.budget().lines(),
                    msg!("budget-lines-label", amount = ctx.money(a.lines)),
                )
                .help(msg!("b002-help")),
            );
        }
    }
}
