//! Rule R007 `unknown-budget-line`: an offer's `funded_by` names a budget line that is not
//! declared.

use super::{Kind, Ref, report_unknown};
use crate::model::PLAN;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// The `funded_by` of every promotion and coupon must name a line declared under
    /// `budget.lines`. The closest declared id is suggested.
    ///
    /// ## Why it matters
    ///
    /// `funded_by` says which budget pays for the offer; a misspelt line leaves the offer
    /// unpaid for, and its cost is checked against nothing.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// budget:
    ///   total: 100万
    ///   lines:
    ///     - { id: coupons, name: 优惠券补贴, amount: 100万, owner: marketing }
    /// coupons:
    ///   - { id: new-user, name: 新人券, amount: 50, min_spend: 0, quantity: 1000, funded_by: coupon }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The ids declared under `budget.lines`: when the section failed to read, or a line's
    /// id is missing, no reference to a line is judged.
    ///
    /// ## How to fix
    ///
    /// Correct the id (here `coupons`), or add the line under `budget.lines`.
    pub struct UnknownBudgetLine;
    code = "R007", name = "unknown-budget-line", family = "refs",
    severity = Error, summary = "an offer is funded by a budget line that is not declared"
}

impl Rule for UnknownBudgetLine {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let lines = PLAN.budget().lines();
        if ctx.failed_at(&lines) || !ctx.ids_complete(&lines) {
            return;
        }
        let c = ctx.campaign;
        let mut refs: Vec<Ref<'_>> = Vec::new();
        for (at, p) in c.promotions_at() {
            if let Some(id) = &p.funded_by {
                refs.push(Ref::at(at.funded_by(), id.as_str()));
            }
        }
        for (at, coupon) in c.coupons_at() {
            if let Some(id) = &coupon.funded_by {
                refs.push(Ref::at(at.funded_by(), id.as_str()));
            }
        }
        if refs.is_empty() {
            return;
        }
        if !ctx.has(&lines) {
            let (at, id) = (refs[0].loc().clone(), refs[0].id());
            out.push(
                Draft::new(&Self::META, at, msg!("r007-no-lines", id = id))
                    .help(msg!("r007-help-no-lines")),
            );
            return;
        }
        let known: Vec<&str> = ctx
            .declared_ids(&lines)
            .into_iter()
            .map(|(_, id)| id)
            .collect();
        report_unknown(ctx, &Self::META, refs, &known, Kind::BudgetLine, out);
    }
}
