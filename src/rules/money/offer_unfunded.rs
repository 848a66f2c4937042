//! Rule M003 `offer-unfunded`: in a plan that funds its offers, one that pays out money
//! names no budget line.

use super::{Funding, computation, offer_id_loc, offer_name, readable};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Once a plan names the budget line of one offer (`funded_by`), every offer that pays
    /// out a bounded amount must name one too: coupons, gifts, prize draws, mystery boxes
    /// and collect-to-win rewards. Price reductions (flash sales, member prices, spend
    /// tiers, discounts) are carried by the margin and may name a line or not. Plans that
    /// name no funding line at all are not checked.
    ///
    /// ## Why it matters
    ///
    /// An offer no line pays for is money nobody has approved: its cost surfaces after
    /// the campaign, in someone else's budget.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// coupons:
    ///   - { id: new-user, name: 新人券, amount: 50, min_spend: 0, quantity: 20000, funded_by: coupons }
    ///   - { id: win-back, name: 回归券, amount: 30, min_spend: 199, quantity: 5000 }   # no line
    /// ```
    ///
    /// ## Depends on
    ///
    /// The offer read whole, with a bounded cost (an unbounded one is `M004`'s).
    ///
    /// ## How to fix
    ///
    /// Add `funded_by:` naming the line that pays for it, adding the line if needed.
    pub struct OfferUnfunded;
    code = "M003", name = "offer-unfunded", family = "money",
    severity = Warning, summary = "an offer that pays out names no budget line"
}

impl Rule for OfferUnfunded {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let funding = Funding::of(ctx);
        if !funding.declared() {
            return;
        }
        for offer in &funding.offers {
            if offer.funded_by.is_some()
                || offer.worst().is_none()
                || !offer.is_payout()
                || !readable(ctx, offer)
            {
                continue;
            }
            out.push(
                Draft::new(
                    &Self::META,
                    offer_id_loc(offer),
                    msg!(
                        "m003-unfunded",
                        offer = offer_name(offer),
                        computation = computation(ctx, offer),
                    ),
                )
                .help(msg!("m003-help")),
            );
        }
    }
}
