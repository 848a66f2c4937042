//! Rule P012 `stacking-too-deep`: the deepest combination of offers exceeds `max_discount`.

use super::{describe_worst, label_offers};
use crate::model::PLAN;
use crate::numfmt;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// campspec computes the deepest discount any order can get from the plan's
    /// promotions and coupons — the worst-case stacking analysis of FORMAT.md: at most
    /// one item-level price (member price at its deepest level, flash sale, or discount),
    /// then every spend-tier promotion on the item-level subtotal, then up to
    /// `max_coupons_per_order` coupons whose minimum the subtotal after tiers reaches,
    /// under the `standalone` and `exclusive` limits, for every list-price order value in
    /// cents, rounding half up to the cent. Audiences and scopes are not used to rule
    /// combinations out, so the figure is an upper bound: a plan that passes is safe.
    ///
    /// The depth (1 − paid / list price) must not exceed `guardrails.max_discount`. The
    /// message names the order value and the combination; every offer involved is
    /// labelled with what it contributes.
    ///
    /// ## Why it matters
    ///
    /// Offers are designed one at a time, but customers combine them. A member price plus
    /// two coupons can take two thirds off an order, and the promotion engine only finds
    /// out at checkout.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// promotions:
    ///   - { id: member-price, type: member_price, name: 会员价, levels: [{ level: diamond, name: 钻石, price: 6.5折 }] }
    /// coupons:
    ///   - { id: win-back, name: 老客回归券, amount: 150, min_spend: 500 }
    ///   - { id: gifting, name: 礼品券, amount: 150, min_spend: 600 }
    /// stacking: { max_coupons_per_order: 2 }
    /// guardrails: { max_discount: 60% }     # the worst case is 67.50 % at ¥923.08
    /// ```
    ///
    /// ## Depends on
    ///
    /// The worst case of every offer together: `promotions`, `coupons` and `stacking`,
    /// every field of every offer (`promotions[]`, `coupons[]`: mechanics, thresholds,
    /// levels), and `guardrails`. When some offers failed to read but the limits did
    /// (`stacking`, `guardrails.min_order`), the offers that read give a lower bound of
    /// the depth (an offer left out could only make it deeper): the finding says "at
    /// least", and still proves the limit exceeded. When a limit itself failed, more
    /// offers might stack than the plan allows, and nothing is claimed; so too when an
    /// offer is kept without a field that failed (a coupon's `cap`), which could only
    /// overstate the depth.
    ///
    /// ## How to fix
    ///
    /// Keep the offers apart with `stacking.exclusive` (e.g. `[member-price, gifting]`),
    /// lower `max_coupons_per_order`, raise the coupons' minimums, or — if the depth is
    /// acceptable — raise `max_discount`.
    pub struct StackingTooDeep;
    code = "P012", name = "stacking-too-deep", family = "pricing",
    severity = Error, summary = "the deepest combination of offers exceeds max_discount"
}

impl Rule for StackingTooDeep {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let (Some(analysis), Some(max)) = (
            ctx.analysis,
            ctx.campaign
                .guardrails
                .as_ref()
                .and_then(|g| g.max_discount.as_ref()),
        ) else {
            return;
        };
        let depth = analysis.depth();
        if depth <= max.ratio() {
            return;
        }
        let draft = Draft::new(
            &Self::META,
            PLAN.guardrails().max_discount(),
            if analysis.lower_bound {
                msg!(
                    "p012-too-deep-at-least",
                    depth = numfmt::percent(depth, 2),
                    max = numfmt::percent_short(max.ratio()),
                    worst = describe_worst(ctx, analysis),
                )
            } else {
                msg!(
                    "p012-too-deep",
                    depth = numfmt::percent(depth, 2),
                    max = numfmt::percent_short(max.ratio()),
                    worst = describe_worst(ctx, analysis),
                )
            },
        )
        .help(msg!("p012-help"));
        out.push(label_offers(ctx, analysis, draft));
    }
}
