//! Rule P014 `stacking-below-cost`: some combination of offers sells an order below cost.

use super::{describe_worst, label_offers};
use crate::model::PLAN;
use crate::numfmt;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// At the worst case of the stacking analysis (see `stacking-too-deep`) the order
    /// must not be free, and with `guardrails.gross_margin` given, the margin left,
    /// 1 − (1 − gross margin) / (1 − depth), must not be negative: the customer must pay
    /// at least what the goods cost.
    ///
    /// ## Why it matters
    ///
    /// A 40 % promotion plus a 70 % voucher, or a voucher larger than its threshold, gives
    /// goods away. Such orders are found by bargain hunters within hours of launch.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// promotions:
    ///   - { id: sale, type: discount, name: 全场6折, discount: 6折 }
    /// coupons:
    ///   - { id: vip, name: 会员券, percent: 70%, cap: 500, min_spend: 100 }
    /// guardrails: { gross_margin: 50% }
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
    /// Make the offers exclusive (`stacking.exclusive: [[sale, vip]]`), cap the coupon,
    /// or raise its minimum.
    pub struct StackingBelowCost;
    code = "P014", name = "stacking-below-cost", family = "pricing",
    severity = Error, summary = "some combination of offers sells an order below cost"
}

fn free_on_its_own(analysis: &crate::analysis::Analysis) -> bool {
    use crate::analysis::offers::{CouponSaving, TierSaving, TierUse};
    let w = &analysis.worst;
    let offers = &analysis.offers;
    let count = usize::from(w.item_level.is_some())
        .saturating_add(w.tiers.len())
        .saturating_add(w.coupons.len());
    if count != 1 || w.paid > 0 {
        return false;
    }
    if let Some(c) = w.coupons.first().and_then(|c| offers.coupons.get(*c)) {
        return match c.saving {
            CouponSaving::Amount(a) => c.min_spend > 0 && a >= c.min_spend,
            CouponSaving::Percent { off, .. } => off >= crate::analysis::Ratio::ONE,
        };
    }
    if let Some((t, TierUse::Tier(i))) = w.tiers.first()
        && let Some(rule) = offers.tiers.get(*t).and_then(|t| t.tiers.get(*i))
    {
        return match rule.saving {
            TierSaving::Amount(a) => a >= rule.spend,
            TierSaving::Off(r) => r >= crate::analysis::Ratio::ONE,
        };
    }
    false
}

impl Rule for StackingBelowCost {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(analysis) = ctx.analysis else { return };
        let worst = &analysis.worst;
        // One offer that is free on its own is already reported by its own rule
        // (`tier-amount-exceeds-spend`, `coupon-exceeds-threshold`, `coupon-shape`).
        if free_on_its_own(analysis) {
            return;
        }
        let (message, primary) = if worst.paid <= 0 {
            (
                msg!("p014-free", worst = describe_worst(ctx, analysis)),
                None,
            )
        } else {
            match analysis.margin_left() {
                Some(Some(left)) if left.num < 0 => (
                    if analysis.lower_bound {
                        msg!(
                            "p014-below-cost-at-most",
                            left = numfmt::percent(left.to_decimal(), 2),
                            worst = describe_worst(ctx, analysis),
                        )
                    } else {
                        msg!(
                            "p014-below-cost",
                            left = numfmt::percent(left.to_decimal(), 2),
                            worst = describe_worst(ctx, analysis),
                        )
                    },
                    Some(PLAN.guardrails().gross_margin()),
                ),
                _ => return,
            }
        };
        let places = worst.id_places(&analysis.offers);
        let primary = match primary {
            Some(p) => p,
            None => match places.first() {
                Some((at, _)) => at.clone(),
                None => return,
            },
        };
        let draft = Draft::new(&Self::META, primary, message).help(msg!("p014-help"));
        let mut draft = label_offers(ctx, analysis, draft);
        // The primary label already points at the first offer when the order is free.
        if worst.paid <= 0 {
            draft
                .related
                .retain(|(place, _)| place.pointer != draft.at.pointer);
        }
        out.push(draft);
    }
}
