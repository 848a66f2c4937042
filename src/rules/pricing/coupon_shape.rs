//! Rule P009 `coupon-shape`: a coupon needs an amount or a percentage, and `cap` goes with a percentage.

use crate::model::Loc;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};
use rust_decimal::Decimal;

declare_rule! {
    /// ## What it checks
    ///
    /// A coupon saves either an `amount` or a `percent` (with an optional `cap`), never
    /// both and never neither; `cap` only goes with `percent`; a percentage is above 0 %
    /// and at most 100 %.
    ///
    /// ## Why it matters
    ///
    /// A coupon with both values has no agreed meaning, and one with neither saves nothing.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// coupons:
    ///   - { id: vip, name: VIP券, amount: 50, percent: 10%, min_spend: 300 }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Keep one of `amount` or `percent`; put the most a percentage saves in `cap`.
    pub struct CouponShape;
    code = "P009", name = "coupon-shape", family = "pricing",
    severity = Error, summary = "a coupon needs an amount or a percentage, and cap goes with a percentage"
}

impl Rule for CouponShape {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        for (at, coupon) in ctx.campaign.coupons_at() {
            // A value that failed its own check is not "missing".
            let has = |field: Loc| ctx.has(&field);
            match (has(at.amount()), has(at.percent())) {
                (true, true) => out.push(
                    Draft::new(
                        &Self::META,
                        at.percent(),
                        msg!("p009-both", coupon = &coupon.id),
                    )
                    .on_key()
                    .related_key(at.amount(), msg!("p009-amount"))
                    .help(msg!("p009-both-help")),
                ),
                (false, false) => out.push(
                    Draft::new(
                        &Self::META,
                        at.id(),
                        msg!("p009-neither", coupon = &coupon.id),
                    )
                    .help(msg!("p009-neither-help")),
                ),
                _ => {}
            }
            if coupon.cap.is_some() && !has(at.percent()) {
                out.push(
                    Draft::new(&Self::META, at.cap(), msg!("p009-cap", coupon = &coupon.id))
                        .on_key()
                        .help(msg!("p009-cap-help")),
                );
            }
            if let Some(percent) = &coupon.percent {
                let r = percent.ratio();
                if r <= Decimal::ZERO || r > Decimal::ONE {
                    out.push(
                        Draft::new(
                            &Self::META,
                            at.percent(),
                            msg!(
                                "p009-percent-range",
                                coupon = &coupon.id,
                                percent = percent.to_string(),
                            ),
                        )
                        .help(msg!("p009-percent-help")),
                    );
                }
            }
        }
    }
}
