//! Rule P006 `flash-margin-low`: the flash price leaves less margin than required.

use crate::i18n::Msg;
use crate::model::PLAN;
use crate::model::PromotionKind;
use crate::numfmt;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};
use rust_decimal::Decimal;

declare_rule! {
    /// ## What it checks
    ///
    /// At a flash sale's `price` (pay a share `p` of the list price) the margin left is
    /// 1 − (1 − `guardrails.gross_margin`) / p. It must reach the flash sale's own
    /// `min_margin`, or `guardrails.min_margin` when the flash sale sets none. Flash
    /// prices written as an amount off cannot be checked without item prices.
    ///
    /// A required margin of 100 % means the price must pay for no cost at all: only goods
    /// with a 100 % gross margin keep it, at any price, so with any lower gross margin
    /// every flash price is reported (as at 101 %, which no price and no goods keep), and
    /// the help says that no price meets the requirement instead of naming one. Where the
    /// arithmetic would leave the range of decimal numbers, the flash sale is not judged
    /// rather than judged wrongly.
    ///
    /// ## Why it matters
    ///
    /// Flash sales are priced to draw traffic, not to lose money on every unit; with a
    /// 50 % gross margin, 5折 leaves nothing.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// - { id: flash, type: flash_sale, name: 限时秒杀, slots: ["10:00"], price: 4折,
    ///     quantity: 2000, per_user: 1, min_margin: 15% }
    /// guardrails: { gross_margin: 70% }      # 4折 leaves 25 %… but 3折 would leave 0 %
    /// ```
    ///
    /// ## Depends on
    ///
    /// The flash price, its `min_margin` (or `guardrails.min_margin`) and
    /// `guardrails.gross_margin` (`guardrails`).
    ///
    /// ## How to fix
    ///
    /// Raise the flash price, or choose items with a higher gross margin.
    pub struct FlashMarginLow;
    code = "P006", name = "flash-margin-low", family = "pricing",
    severity = Error, summary = "the flash price leaves less margin than required"
}

impl Rule for FlashMarginLow {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let guardrails = ctx.campaign.guardrails.as_ref();
        let Some(gross) = guardrails.and_then(|g| g.gross_margin.as_ref()) else {
            return;
        };
        for (at, promotion) in ctx.campaign.promotions_at() {
            let PromotionKind::FlashSale {
                price, min_margin, ..
            } = &promotion.kind
            else {
                continue;
            };
            let (required, required_at) =
                match (min_margin, guardrails.and_then(|g| g.min_margin.as_ref())) {
                    (Some(m), _) => (m.ratio(), at.min_margin()),
                    (None, Some(m)) => (m.ratio(), PLAN.guardrails().min_margin()),
                    (None, None) => continue,
                };
            let Some(pay) = price.known().and_then(|p| p.pay_ratio()) else {
                continue;
            };
            if pay <= Decimal::ZERO {
                continue;
            }
            let Some(cost) = Decimal::ONE.checked_sub(gross.ratio()) else {
                continue;
            };
            let Some(left) = cost
                .checked_div(pay)
                .and_then(|c| Decimal::ONE.checked_sub(c))
            else {
                continue;
            };
            if left < required {
                out.push(
                    Draft::new(
                        &Self::META,
                        at.price(),
                        msg!(
                            "p006-margin-low",
                            price = price.to_string(),
                            promotion = &promotion.id,
                            left = numfmt::percent(left, 2),
                            gross = numfmt::percent_short(gross.ratio()),
                            required = numfmt::percent_short(required),
                        ),
                    )
                    .related(required_at, msg!("p006-required-margin"))
                    .related(
                        PLAN.guardrails().gross_margin(),
                        msg!("pricing-gross-margin-at-list-price"),
                    )
                    .help(lowest_price_help(cost, required)),
                );
            }
        }
    }
}

/// The help line: the lowest flash price (in 折) that keeps the `required` margin for
/// goods whose cost is the share `cost` of the list price, or, when no price can (a
/// required margin of 100 % or more), what to change instead.
fn lowest_price_help(cost: Decimal, required: Decimal) -> Msg {
    let lowest = Decimal::ONE
        .checked_sub(required)
        .filter(|keep| *keep > Decimal::ZERO)
        .and_then(|keep| cost.checked_div(keep))
        .and_then(|share| share.checked_mul(Decimal::TEN));
    match lowest {
        Some(zhe) => msg!(
            "p006-help-lowest",
            required = numfmt::percent_short(required),
            zhe = zhe
                .round_dp_with_strategy(1, rust_decimal::RoundingStrategy::ToPositiveInfinity)
                .normalize()
                .to_string(),
        ),
        None if required > Decimal::ONE => msg!(
            "p006-help-over-100",
            required = numfmt::percent_short(required)
        ),
        None if required == Decimal::ONE => {
            msg!("p006-help-100", required = numfmt::percent_short(required))
        }
        None => msg!("p006-help-none"),
    }
}
