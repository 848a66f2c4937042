//! Pricing rules: every promotion type's mechanics, coupons, stacking limits, and the
//! worst-case stacking exposure against the margin guardrails.

mod box_value_low;
mod coupon_exceeds_threshold;
mod coupon_shape;
mod early_access_outside_window;
mod empty_mechanic;
mod flash_margin_low;
mod gift_cost_high;
mod limit_exceeds_quantity;
mod member_levels_not_deeper;
mod odds_over_total;
mod repeat_shape;
mod stacking_below_cost;
mod stacking_inconsistent;
mod stacking_margin_low;
mod stacking_missing;
mod stacking_too_deep;
mod tier_amount_exceeds_spend;
mod tiers_out_of_order;
mod uncapped_percent_coupon;

pub use box_value_low::BoxValueLow;
pub use coupon_exceeds_threshold::CouponExceedsThreshold;
pub use coupon_shape::CouponShape;
pub use early_access_outside_window::EarlyAccessOutsideWindow;
pub use empty_mechanic::EmptyMechanic;
pub use flash_margin_low::FlashMarginLow;
pub use gift_cost_high::GiftCostHigh;
pub use limit_exceeds_quantity::LimitExceedsQuantity;
pub use member_levels_not_deeper::MemberLevelsNotDeeper;
pub use odds_over_total::OddsOverTotal;
pub use repeat_shape::RepeatShape;
pub use stacking_below_cost::StackingBelowCost;
pub use stacking_inconsistent::StackingInconsistent;
pub use stacking_margin_low::StackingMarginLow;
pub use stacking_missing::StackingMissing;
pub use stacking_too_deep::StackingTooDeep;
pub use tier_amount_exceeds_spend::TierAmountExceedsSpend;
pub use tiers_out_of_order::TiersOutOfOrder;
pub use uncapped_percent_coupon::UncappedPercentCoupon;

use crate::analysis::Analysis;
use crate::analysis::offers::{CouponSaving, ItemLevelKind, ItemPrice, TierSaving, TierUse};
use crate::i18n::Msg;
use crate::msg;
use crate::numfmt;
use crate::rules::{Ctx, Draft};

/// Adds a label on every offer of the worst case, saying what it contributes.
pub(crate) fn label_offers(ctx: &Ctx<'_>, analysis: &Analysis, mut draft: Draft) -> Draft {
    let offers = &analysis.offers;
    let worst = &analysis.worst;
    let money = |cents: i64| ctx.money(crate::analysis::exact::from_cents(cents));
    let ratio = |r: crate::analysis::Ratio| numfmt::percent_short(r.to_decimal());
    if let Some(item) = worst.item_level.and_then(|i| offers.item_levels.get(i)) {
        let price = match item.price {
            ItemPrice::Pay(r) => msg!("pricing-pays", share = ratio(r)),
            ItemPrice::AmountOff(a) => msg!("pricing-amount-off", amount = money(a)),
        };
        let what = match &item.kind {
            ItemLevelKind::Member(level) => {
                msg!("pricing-label-member", level = level, price = price)
            }
            ItemLevelKind::FlashSale => msg!("pricing-label-flash", price = price),
            ItemLevelKind::Discount => msg!("pricing-label-discount", price = price),
        };
        draft = draft.related(item.at.id(), what);
    }
    for (t, used) in &worst.tiers {
        let Some(tier) = offers.tiers.get(*t) else {
            continue;
        };
        let what = match used {
            TierUse::Repeat(n) => match tier.repeat {
                Some(r) => msg!(
                    "pricing-label-repeat",
                    amount = money(r.amount),
                    spend = money(r.spend),
                    times = n,
                ),
                None => msg!("pricing-label-spend-tiers"),
            },
            TierUse::Tier(i) => match tier.tiers.get(*i) {
                Some(rule) => {
                    let off = match rule.saving {
                        TierSaving::Off(r) => ratio(r),
                        TierSaving::Amount(a) => money(a),
                    };
                    msg!("pricing-label-tier", spend = money(rule.spend), off = off)
                }
                None => msg!("pricing-label-spend-tiers"),
            },
        };
        draft = draft.related(tier.at.id(), what);
    }
    for c in &worst.coupons {
        let Some(coupon) = offers.coupons.get(*c) else {
            continue;
        };
        let min = money(coupon.min_spend);
        let what = match coupon.saving {
            CouponSaving::Amount(a) => msg!("pricing-label-coupon", off = money(a), min = min),
            CouponSaving::Percent { off, cap } => match cap {
                Some(cap) => msg!(
                    "pricing-label-coupon-capped",
                    off = ratio(off),
                    cap = money(cap),
                    min = min,
                ),
                None => msg!("pricing-label-coupon", off = ratio(off), min = min),
            },
        };
        draft = draft.related(coupon.at().id(), what);
    }
    draft
}

/// "a list-price order of ¥923.08 with `member-price` + `win-back` + `gifting` pays ¥300.00".
pub(crate) fn describe_worst(ctx: &Ctx<'_>, analysis: &Analysis) -> Msg {
    let worst = &analysis.worst;
    let ids = worst.combination(&analysis.offers);
    // Plan ids joined with a plus sign: no words, the same in every language.
    let combination = ids
        .iter()
        .map(|id| format!("`{id}`"))
        .collect::<Vec<_>>()
        .join(" + ");
    msg!(
        "pricing-worst",
        order = ctx.money(crate::analysis::exact::from_cents(worst.order_value)),
        offers = combination,
        paid = ctx.money(crate::analysis::exact::from_cents(worst.paid)),
    )
}
