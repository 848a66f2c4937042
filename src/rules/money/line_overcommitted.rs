//! Rule M005 `line-overcommitted`: the offers a budget line funds together cost more
//! than the line.

use super::{Funding, budget_total, funded_offers, readable};
use crate::analysis::liability::Liability;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};
use rust_decimal::Decimal;

declare_rule! {
    /// ## What it checks
    ///
    /// The offers that name one budget line (`funded_by`) must all be payable from it: the
    /// sum of what the plan expects them to cost (each one's worst case times its
    /// `redemption`, or the worst case when none is stated) must not exceed the line's
    /// `amount`. The finding is at the line, each offer labelled with its cost; the
    /// message says when the sum exceeds even the whole budget. A line funding one offer
    /// is `M001`'s.
    ///
    /// ## Why it matters
    ///
    /// Each offer may fit alone while together they spend the line twice over: the last
    /// offer to run out finds no money left.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// budget:
    ///   total: 100万
    ///   lines:
    ///     - { id: coupons, name: 优惠券补贴, amount: 60万, owner: marketing }
    ///     - { id: media, name: 媒体投放, amount: 40万, owner: marketing }
    /// coupons:
    ///   - { id: a, name: 新人券, amount: 50, min_spend: 0, quantity: 10000, funded_by: coupons }
    ///   - { id: b, name: 回归券, amount: 30, min_spend: 199, quantity: 10000, funded_by: coupons }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The line's amount (`budget.lines[].amount`) and every offer naming it
    /// (`promotions[]`, `coupons[]`, read whole and bounded, with their `funded_by`): one
    /// that cannot be costed, or whose `funded_by` cannot be read, withholds the sum.
    ///
    /// ## How to fix
    ///
    /// Move an offer to another line, issue fewer, or move money into the line.
    pub struct LineOvercommitted;
    code = "M005", name = "line-overcommitted", family = "money",
    severity = Error, summary = "the offers a budget line funds cost more than the line"
}

impl Rule for LineOvercommitted {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let funding = Funding::of(ctx);
        for (line_id, line_at, amount) in &funding.lines {
            let Some(amount) = amount else { continue };
            let offers: Vec<&Liability> = funding
                .offers
                .iter()
                .filter(|o| o.funded_by.as_deref() == Some(*line_id))
                .collect();
            if offers.len() < 2 {
                continue;
            }
            if offers
                .iter()
                .any(|o| !readable(ctx, o) || o.planned().is_none())
            {
                continue;
            }
            // One offer over the line alone is M001's.
            if offers
                .iter()
                .any(|o| o.planned().is_some_and(|p| p > *amount))
            {
                continue;
            }
            let sum = offers
                .iter()
                .filter_map(|o| o.planned())
                .fold(Decimal::ZERO, Decimal::saturating_add);
            if sum <= *amount {
                continue;
            }
            let over = sum.saturating_sub(*amount);
            let message = match budget_total(ctx).filter(|t| sum > *t) {
                Some(total) => msg!(
                    "m005-over-total",
                    line = *line_id,
                    count = offers.len(),
                    sum = ctx.money(sum),
                    amount = ctx.money(*amount),
                    total = ctx.money(total),
                ),
                None => msg!(
                    "m005-over",
                    line = *line_id,
                    count = offers.len(),
                    sum = ctx.money(sum),
                    amount = ctx.money(*amount),
                    over = ctx.money(over),
                ),
            };
            let mut draft = Draft::new(&Self::META, line_at.amount(), message)
                .help(msg!("m005-help", over = ctx.money(over)));
            for (at, label) in funded_offers(ctx, &offers) {
                draft = draft.related(at, label);
            }
            out.push(draft);
        }
    }
}
