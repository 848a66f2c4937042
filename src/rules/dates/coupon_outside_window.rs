//! Rule D006 `coupon-outside-window`: a coupon is valid before or after the campaign window.

use crate::model::PLAN;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// A coupon's `valid` period lies inside the campaign `window`: `from` on or after the
    /// window's first day, `to` on or before its last day. The coupon date and the window
    /// date it crosses are labelled.
    ///
    /// ## Why it matters
    ///
    /// Coupons valid after the campaign keep costing money the budget does not cover, and
    /// the customer-facing terms usually promise a different period.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// window: { start: 2027-01-01, end: 2027-02-15 }
    /// coupons:
    ///   - { id: new-user, name: 新用户专享券, amount: 50, min_spend: 0, valid: { from: 2027-01-01, to: 2027-03-31 } }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The coupon's `valid` dates and the plan's `window` (`window.start`, `window.end`).
    ///
    /// ## How to fix
    ///
    /// Shorten the validity to the window, or widen the window.
    pub struct CouponOutsideWindow;
    code = "D006", name = "coupon-outside-window", family = "dates",
    severity = Error, summary = "a coupon is valid before or after the campaign window"
}

impl Rule for CouponOutsideWindow {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let c = ctx.campaign;
        let Some(window) = &c.window else { return };
        for (at, coupon) in c.coupons_at() {
            let Some(valid) = &coupon.valid else { continue };
            if let Some(start) = &window.start
                && valid.from < *start
            {
                out.push(
                    Draft::new(
                        &Self::META,
                        at.valid().from(),
                        msg!(
                            "d006-from-before",
                            coupon = &coupon.id,
                            from = &valid.from,
                            opens = start,
                        ),
                    )
                    .related(PLAN.window().start(), msg!("dates-window-opens"))
                    .help(msg!("d006-help-from", start = start)),
                );
            }
            if let Some(end) = &window.end
                && valid.to > *end
            {
                out.push(
                    Draft::new(
                        &Self::META,
                        at.valid().to(),
                        msg!(
                            "d006-to-after",
                            coupon = &coupon.id,
                            to = &valid.to,
                            closes = end,
                        ),
                    )
                    .related(PLAN.window().end(), msg!("dates-window-closes"))
                    .help(msg!("d006-help-to", end = end)),
                );
            }
        }
    }
}
