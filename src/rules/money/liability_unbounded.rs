//! Rule M004 `liability-unbounded`: an offer's cost has no upper bound (no quantity, no
//! list price, no reward cost), so no budget line can be checked against it.

use super::{Funding, offer_id_loc, offer_loc, offer_name};
use crate::analysis::liability::{Cost, Liability, OfferAt, Unbounded};
use crate::model::Loc;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// An offer that names a funding line (`funded_by`), or that pays out money in a plan
    /// that funds its offers, must have a bounded cost: a `quantity` for coupons, gifts,
    /// mystery boxes and collect-to-win rewards, a `list_price` for a flash sale (what its
    /// markdown is cut from), a `reward_cost` for a collect-to-win reward. A percentage
    /// coupon without `cap` is `P010`'s; price reductions bounded only by a sales forecast
    /// are shown in `rules.json`, not reported.
    ///
    /// ## Why it matters
    ///
    /// "If every one is used, what does it cost?" has no answer for an offer without a
    /// quantity: its line can be overspent without limit.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// coupons:
    ///   - { id: new-user, name: 新人券, amount: 50, min_spend: 0, funded_by: coupons }   # how many?
    /// ```
    ///
    /// ## Depends on
    ///
    /// The offer's fields: a `quantity` written but unreadable is reported where it is
    /// (`S004`), not here.
    ///
    /// ## How to fix
    ///
    /// State how many are issued (`quantity:`), the flash sale's `list_price`, or the
    /// reward's `reward_cost`.
    pub struct LiabilityUnbounded;
    code = "M004", name = "liability-unbounded", family = "money",
    severity = Warning, summary = "an offer's cost has no upper bound"
}

impl Rule for LiabilityUnbounded {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let funding = Funding::of(ctx);
        if !funding.declared() {
            return;
        }
        for offer in &funding.offers {
            let Cost::Unbounded(reason) = offer.cost else {
                continue;
            };
            if !reason.fixable() || (offer.funded_by.is_none() && !offer.is_payout()) {
                continue;
            }
            let Some(field) = missing_field(offer, reason) else {
                continue;
            };
            // A field written but unreadable is reported where it is.
            if ctx.has(&field) || ctx.failed_at(&offer_loc(offer)) {
                continue;
            }
            let message = match reason {
                Unbounded::NoListPrice => msg!("m004-no-list-price", offer = offer_name(offer)),
                Unbounded::NoRewardCost => msg!("m004-no-reward-cost", offer = offer_name(offer)),
                _ => msg!("m004-no-quantity", offer = offer_name(offer)),
            };
            out.push(
                Draft::new(&Self::META, offer_id_loc(offer), message).help(match reason {
                    Unbounded::NoListPrice => msg!("m004-help-list-price"),
                    Unbounded::NoRewardCost => msg!("m004-help-reward-cost"),
                    _ => msg!("m004-help-quantity"),
                }),
            );
        }
    }
}

/// The field whose absence leaves the cost unbounded.
fn missing_field(offer: &Liability, reason: Unbounded) -> Option<Loc> {
    match (&offer.at, reason) {
        (OfferAt::Coupon(at), Unbounded::NoQuantity) => Some(at.quantity()),
        (OfferAt::Promotion(at), Unbounded::NoQuantity) => Some(at.quantity()),
        (OfferAt::Promotion(at), Unbounded::NoListPrice) => Some(at.list_price()),
        (OfferAt::Promotion(at), Unbounded::NoRewardCost) => Some(at.reward_cost()),
        _ => None,
    }
}
