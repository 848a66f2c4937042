//! Rule P008 `coupon-exceeds-threshold`: an amount coupon saves as much as its minimum spend.

use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// An amount coupon saves less than its `min_spend` (满500减150, not 满100减100). A
    /// coupon with `min_spend: 0` (无门槛) is exempt: its worst case is covered by the
    /// stacking analysis.
    ///
    /// ## Why it matters
    ///
    /// An order that just reaches the minimum is free.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// coupons:
    ///   - { id: gifting, name: 礼品券, amount: 150, min_spend: 150 }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The coupon's `amount` and `min_spend` (`coupons[].amount`, `coupons[].min_spend`).
    ///
    /// ## How to fix
    ///
    /// Raise the minimum above the amount, or lower the amount.
    pub struct CouponExceedsThreshold;
    code = "P008", name = "coupon-exceeds-threshold", family = "pricing",
    severity = Error, summary = "an amount coupon saves as much as its minimum spend"
}

impl Rule for CouponExceedsThreshold {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        for (at, coupon) in ctx.campaign.coupons_at() {
            let (Some(amount), Some(min_spend)) = (&coupon.amount, coupon.min_spend.known()) else {
                continue;
            };
            if min_spend.amount.is_zero() || amount.amount < min_spend.amount {
                continue;
            }
            out.push(
                Draft::new(
                    &Self::META,
                    at.amount(),
                    msg!(
                        "p008-free",
                        coupon = &coupon.id,
                        amount = amount.to_string(),
                        min = coupon.min_spend.to_string(),
                    ),
                )
                .related(at.min_spend(), msg!("p008-the-minimum"))
                .help(msg!("p008-help")),
            );
        }
    }
}
