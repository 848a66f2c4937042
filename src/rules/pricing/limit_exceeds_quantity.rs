//! Rule P015 `limit-exceeds-quantity`: the per-customer limit is above the total quantity.

use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Where a promotion or coupon gives both `quantity` and `per_user`, one customer may
    /// not take more than there is: `per_user` ≤ `quantity`.
    ///
    /// ## Why it matters
    ///
    /// "每人限购5件" on "限量3件" contradicts itself in the customer-facing terms, and is
    /// usually two numbers swapped.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// coupons:
    ///   - { id: vip, name: VIP券, amount: 20, min_spend: 200, quantity: 3, per_user: 5 }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Correct the limit or the quantity.
    pub struct LimitExceedsQuantity;
    code = "P015", name = "limit-exceeds-quantity", family = "pricing",
    severity = Error, summary = "the per-customer limit is above the total quantity"
}

impl Rule for LimitExceedsQuantity {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let c = ctx.campaign;
        let promotions = c.promotions_at().map(|(at, p)| {
            (
                (at.per_user(), at.quantity()),
                p.id.as_str(),
                p.quantity,
                p.per_user,
            )
        });
        let coupons = c.coupons_at().map(|(at, p)| {
            (
                (at.per_user(), at.quantity()),
                p.id.as_str(),
                p.quantity,
                p.per_user,
            )
        });
        for ((per_user_at, quantity_at), id, quantity, per_user) in promotions.chain(coupons) {
            let (Some(quantity), Some(per_user)) = (quantity, per_user) else {
                continue;
            };
            if per_user.0 > quantity.0 {
                out.push(
                    Draft::new(
                        &Self::META,
                        per_user_at,
                        msg!(
                            "p015-over-quantity",
                            id = id,
                            per_user = per_user.0,
                            quantity = quantity.0,
                        ),
                    )
                    .related(quantity_at, msg!("p015-the-total"))
                    .help(msg!("p015-help")),
                );
            }
        }
    }
}
