//! Rule M002 `worst-case-over-line`: an offer fits its budget line at the expected
//! redemption, but not if every one is used.

use super::{Funding, computation, line_label, offer_id_loc, offer_name, readable};
use crate::numfmt;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// An offer with a stated `redemption` whose expected cost fits the line that funds it
    /// (`funded_by`), while its worst case (every coupon used, every gift given) does not.
    /// The message gives both figures.
    ///
    /// ## Why it matters
    ///
    /// Redemption is a forecast. When more customers use the offer than planned, the line
    /// runs out before the offer does: someone must decide beforehand whether to stop the
    /// offer or to draw on the reserve.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// budget:
    ///   total: 100万
    ///   lines:
    ///     - { id: coupons, name: 优惠券补贴, amount: 50万, owner: marketing }
    ///     - { id: media, name: 媒体投放, amount: 50万, owner: marketing }
    /// coupons:
    ///   - { id: new-user, name: 新人券, amount: 50, min_spend: 0, quantity: 20000, redemption: 40%, funded_by: coupons }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The offer read whole (`promotions[]`, `coupons[]`), its `redemption` (or
    /// `budget.redemption`), and the line's amount (`budget.lines[].amount`). An offer
    /// expected to cost more than its line is `M001`'s.
    ///
    /// ## How to fix
    ///
    /// Cap the quantity at what the line pays for, plan to stop the offer when the line is
    /// spent, or waive the finding naming who accepts the risk.
    pub struct WorstCaseOverLine;
    code = "M002", name = "worst-case-over-line", family = "money",
    severity = Warning, summary = "an offer's worst case exceeds its budget line"
}

impl Rule for WorstCaseOverLine {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let funding = Funding::of(ctx);
        for (offer, line_id, line_at, amount) in funding.funded() {
            let (Some(worst), Some(expected), Some(redemption)) =
                (offer.worst(), offer.expected(), offer.redemption)
            else {
                continue;
            };
            if expected > amount || worst <= amount || !readable(ctx, offer) {
                continue;
            }
            let over = worst.saturating_sub(amount);
            out.push(
                Draft::new(
                    &Self::META,
                    offer_id_loc(offer),
                    msg!(
                        "m002-worst",
                        offer = offer_name(offer),
                        computation = computation(ctx, offer),
                        line = line_id,
                        amount = ctx.money(amount),
                        over = ctx.money(over),
                        expected = ctx.money(expected),
                        redemption = numfmt::percent_short(redemption),
                    ),
                )
                .related(line_at.amount(), line_label(ctx, line_id, amount))
                .help(msg!("m002-help")),
            );
        }
    }
}
