//! Rule P018 `stacking-missing`: coupons exist but no stacking limits are given.

use crate::model::PLAN;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// A plan with coupons needs a `stacking` section with `max_coupons_per_order`.
    /// Without it, the stacking analysis assumes every coupon can go on one order.
    ///
    /// ## Why it matters
    ///
    /// Promotion engines differ in their default (one coupon, or unlimited). The plan
    /// must say which, or the worst case is a guess.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// coupons:
    ///   - { id: welcome, name: 新人券, amount: 20, min_spend: 100 }
    ///   - { id: weekend, name: 周末券, amount: 30, min_spend: 200 }
    /// # no `stacking:` section
    /// ```
    ///
    /// ## How to fix
    ///
    /// Add `stacking: { max_coupons_per_order: 1 }` (or the number the engine allows).
    pub struct StackingMissing;
    code = "P018", name = "stacking-missing", family = "pricing",
    severity = Warning, summary = "coupons exist but no stacking limits are given"
}

impl Rule for StackingMissing {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if ctx.has(&PLAN.stacking()) {
            return;
        }
        let coupons = ctx.campaign.coupons.as_ref().map_or(0, |c| c.len());
        if coupons == 0 {
            return;
        }
        out.push(
            Draft::new(
                &Self::META,
                PLAN.coupons(),
                msg!("p018-missing", coupons = coupons),
            )
            .on_key()
            .help(msg!("p018-help")),
        );
    }
}
