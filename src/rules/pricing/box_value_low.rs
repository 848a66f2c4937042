//! Rule P017 `box-value-low`: a mystery box may hold less than its price.

use crate::model::PromotionKind;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};
use rust_decimal::Decimal;

declare_rule! {
    /// ## What it checks
    ///
    /// A `mystery_box` (福袋/盲盒) states what its contents are worth as a multiple of its
    /// price (`value_multiple: 2..3`). The low end must be at least 1: no box may hold
    /// less than the customer paid.
    ///
    /// ## Why it matters
    ///
    /// Blind boxes are sold on the promise of value; contents worth less than the price
    /// are a complaint and a regulatory risk (SAMR guidance on blind-box sales, 2023 —
    /// verify the article for your case).
    ///
    /// ## Example
    ///
    /// ```yaml
    /// - { id: lucky-bag, type: mystery_box, name: 福袋, prices: [88], value_multiple: 0.5..3 }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The box's `value_multiple` (`promotions[].value_multiple`).
    ///
    /// ## How to fix
    ///
    /// Fill the boxes so each is worth at least its price, and say so in the terms.
    pub struct BoxValueLow;
    code = "P017", name = "box-value-low", family = "pricing",
    severity = Warning, summary = "a mystery box may hold less than its price"
}

impl Rule for BoxValueLow {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        for (at, promotion) in ctx.campaign.promotions_at() {
            let PromotionKind::MysteryBox { value_multiple, .. } = &promotion.kind else {
                continue;
            };
            let Some(value_multiple) = value_multiple.known() else {
                continue;
            };
            if value_multiple.low < Decimal::ONE {
                out.push(
                    Draft::new(
                        &Self::META,
                        at.value_multiple(),
                        msg!(
                            "p017-value-low",
                            promotion = &promotion.id,
                            multiple = value_multiple.low.normalize().to_string(),
                        ),
                    )
                    .help(msg!("p017-help")),
                );
            }
        }
    }
}
