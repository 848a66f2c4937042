//! Rule M001 `liability-over-line`: an offer is expected to cost more than the budget line
//! that funds it.

use super::{Funding, computation, line_label, offer_id_loc, offer_name, readable};
use crate::numfmt;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// An offer that names the budget line paying for it (`funded_by`) must fit in that
    /// line. The cost compared is what the plan expects: the worst case (every coupon
    /// used, every gift, prize and reward given, every flash unit sold) times the stated
    /// `redemption` (the offer's, else `budget.redemption`), or the worst case itself when
    /// no redemption is stated. The message shows the computation and the amount over.
    ///
    /// ## Why it matters
    ///
    /// Promotion engines stop an offer only at checkout, once the money is committed. A
    /// coupon run that its line cannot pay for is an overspend decided at planning time.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// budget:
    ///   total: 100万
    ///   lines:
    ///     - { id: coupons, name: 优惠券补贴, amount: 80万, owner: marketing }
    ///     - { id: media, name: 媒体投放, amount: 20万, owner: marketing }
    /// coupons:
    ///   - { id: new-user, name: 新人券, amount: 50, min_spend: 0, quantity: 20000, funded_by: coupons }
    /// ```
    ///
    /// 20,000 × ¥50 = ¥100万 against a line of ¥80万.
    ///
    /// ## Depends on
    ///
    /// The offer read whole (`promotions[]`, `coupons[]`: its amounts, quantity and
    /// `redemption`), `budget.redemption` and the line's amount (`budget.lines[].amount`);
    /// an offer whose cost cannot be bounded is `M004`'s.
    ///
    /// ## How to fix
    ///
    /// Issue fewer, lower the amount, state the redemption you expect, or move money into
    /// the line.
    pub struct LiabilityOverLine;
    code = "M001", name = "liability-over-line", family = "money",
    severity = Error, summary = "an offer is expected to cost more than its budget line"
}

impl Rule for LiabilityOverLine {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let funding = Funding::of(ctx);
        for (offer, line_id, line_at, amount) in funding.funded() {
            let Some(planned) = offer.planned() else {
                continue;
            };
            if planned <= amount || !readable(ctx, offer) {
                continue;
            }
            let over = planned.saturating_sub(amount);
            let message = match (offer.expected(), offer.redemption) {
                (Some(expected), Some(redemption)) => msg!(
                    "m001-over-expected",
                    offer = offer_name(offer),
                    expected = ctx.money(expected),
                    redemption = numfmt::percent_short(redemption),
                    computation = computation(ctx, offer),
                    line = line_id,
                    amount = ctx.money(amount),
                    over = ctx.money(over),
                ),
                _ => msg!(
                    "m001-over-worst",
                    offer = offer_name(offer),
                    computation = computation(ctx, offer),
                    line = line_id,
                    amount = ctx.money(amount),
                    over = ctx.money(over),
                ),
            };
            out.push(
                Draft::new(&Self::META, offer_id_loc(offer), message)
                    .related(line_at.amount(), line_label(ctx, line_id, amount))
                    .help(msg!("m001-help", over = ctx.money(over))),
            );
        }
    }
}
