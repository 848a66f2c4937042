//! Rule B001 `lines-over-total`: budget lines plus the reserve exceed the total.

use super::allocation;
use crate::model::PLAN;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// The budget lines plus the reserve (a share of the total) must not exceed
    /// `budget.total`. The message gives both sums and the amount over.
    ///
    /// ## Why it matters
    ///
    /// A plan that spends more than it was granted is either not approved or overspends.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// budget:
    ///   total: 1500万
    ///   reserve: 5%
    ///   lines:
    ///     - { id: kol, name: KOL与明星直播, amount: 900万, owner: marketing }
    ///     - { id: media, name: 媒体投放, amount: 600万, owner: marketing }
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
    /// Cut a line, lower the reserve, or raise the total.
    pub struct LinesOverTotal;
    code = "B001", name = "lines-over-total", family = "budget",
    severity = Error, summary = "budget lines plus the reserve exceed the total"
}

impl Rule for LinesOverTotal {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(a) = allocation(ctx) else { return };
        let over = a.allocated().saturating_sub(a.total);
        if over.is_sign_positive() && !over.is_zero() {
            let mut draft = Draft::new(
                &Self::META,
                PLAN.budget().total(),
                msg!(
                    "b001-over",
                    parts = a.describe(ctx),
                    allocated = ctx.money(a.allocated()),
                    over = ctx.money(over),
                    total = ctx.money(a.total),
                ),
            )
            .related_key(
                PLAN.budget().lines(),
                msg!("budget-lines-label", amount = ctx.money(a.lines)),
            )
            .help(msg!("b001-help", over = ctx.money(over)));
            if a.reserve_share.is_some() {
                draft = draft.related(
                    PLAN.budget().reserve(),
                    msg!("budget-reserve-label", amount = ctx.money(a.reserve)),
                );
            }
            out.push(draft);
        }
    }
}
