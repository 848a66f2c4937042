//! Rule P010 `uncapped-percent-coupon`: a percentage coupon has no cap.

use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// A percentage coupon gives the most it saves in `cap`.
    ///
    /// ## Why it matters
    ///
    /// Without a cap, 10 % off a ¥50,000 order is ¥5,000: the cost of a percentage coupon
    /// grows with the order, and bulk buyers and resellers find it first.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// coupons:
    ///   - { id: vip, name: VIP九折券, percent: 10%, min_spend: 300 }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Add `cap: 100` (the most it saves), or waive the finding if the open saving is
    /// intended.
    pub struct UncappedPercentCoupon;
    code = "P010", name = "uncapped-percent-coupon", family = "pricing",
    severity = Warning, summary = "a percentage coupon has no cap"
}

impl Rule for UncappedPercentCoupon {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        for (at, coupon) in ctx.campaign.coupons_at() {
            if coupon.percent.is_some() && coupon.cap.is_none() && !ctx.has(&at.cap()) {
                out.push(
                    Draft::new(
                        &Self::META,
                        at.percent(),
                        msg!("p010-uncapped", coupon = &coupon.id),
                    )
                    .help(msg!("p010-help")),
                );
            }
        }
    }
}
