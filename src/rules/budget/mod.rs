//! Budget rules: lines plus reserve make the total, phase budgets add up.

mod lines_over_total;
mod lines_under_total;
mod phase_budget_sum;

pub use lines_over_total::LinesOverTotal;
pub use lines_under_total::LinesUnderTotal;
pub use phase_budget_sum::PhaseBudgetSum;

use crate::i18n::Msg;
use crate::model::{At, BudgetLine, PLAN};
use crate::msg;
use crate::rules::Ctx;
use rust_decimal::Decimal;

/// The budget arithmetic, when every part of it was understood.
pub(crate) struct Allocation {
    pub total: Decimal,
    pub lines: Decimal,
    pub line_count: usize,
    pub reserve_share: Option<Decimal>,
    pub reserve: Decimal,
}

impl Allocation {
    pub fn allocated(&self) -> Decimal {
        self.lines.saturating_add(self.reserve)
    }

    /// `lines (¥1,425万) plus the 5% reserve (¥75万)`.
    pub fn describe(&self, ctx: &Ctx<'_>) -> Msg {
        match self.reserve_share {
            Some(share) => msg!(
                "budget-lines-and-reserve",
                count = self.line_count,
                lines = ctx.money(self.lines),
                share = crate::numfmt::percent_short(share),
                reserve = ctx.money(self.reserve),
            ),
            None => msg!(
                "budget-lines",
                count = self.line_count,
                lines = ctx.money(self.lines),
            ),
        }
    }
}

pub(crate) fn allocation(ctx: &Ctx<'_>) -> Option<Allocation> {
    let budget = ctx.campaign.budget.as_ref()?;
    let total = budget.total.as_ref()?.amount;
    let lines = budget.lines.as_ref()?;
    // Only the amounts matter: a line whose owner or name is unknown still counts. A
    // sum over a line that failed, or whose amount is unknown, is unknown.
    if !ctx.list_known(&PLAN.budget().lines(), &[At::<BudgetLine>::amount])
        || !ctx.clean(&PLAN.budget().reserve())
    {
        return None;
    }
    if !lines.is_complete() {
        return None;
    }
    let amounts: Vec<Decimal> = lines
        .items()
        .map(|l| l.amount.known().map(|m| m.amount))
        .collect::<Option<_>>()?;
    let reserve_share = budget.reserve.as_ref().map(|r| r.ratio());
    Some(Allocation {
        total,
        lines: amounts
            .into_iter()
            .fold(Decimal::ZERO, Decimal::saturating_add),
        line_count: lines.len(),
        reserve_share,
        reserve: reserve_share
            .map(|s| s.saturating_mul(total))
            .unwrap_or_default(),
    })
}
