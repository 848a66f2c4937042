//! Rule P002 `tier-amount-exceeds-spend`: a tier takes off its whole spend or more.

use crate::model::PromotionKind;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};
use rust_decimal::Decimal;

declare_rule! {
    /// ## What it checks
    ///
    /// A spend tier's amount off is below its spend (满300减50, not 满300减300), and a
    /// percentage tier takes less than 100 %.
    ///
    /// ## Why it matters
    ///
    /// An order that just reaches such a tier is free.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// tiers:
    ///   - { spend: 200, discount: 200 }
    /// ```
    ///
    /// ## Depends on
    ///
    /// Each tier's `spend` and `discount` (`promotions[].tiers[].spend`,
    /// `promotions[].tiers[].discount`).
    ///
    /// ## How to fix
    ///
    /// Lower the amount off or raise the spend (did you mean a percentage, `20%`?).
    pub struct TierAmountExceedsSpend;
    code = "P002", name = "tier-amount-exceeds-spend", family = "pricing",
    severity = Error, summary = "a spend tier takes off its whole spend or more"
}

impl Rule for TierAmountExceedsSpend {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        for (at, promotion) in ctx.campaign.promotions_at() {
            let PromotionKind::SpendTiers { tiers, .. } = &promotion.kind else {
                continue;
            };
            for (tier_at, tier) in tiers
                .known()
                .into_iter()
                .flat_map(|l| l.iter_at(at.tiers()))
            {
                let Some(discount) = tier.discount.known() else {
                    continue;
                };
                let free = match (discount.amount(), discount.off_ratio()) {
                    // An amount is compared with the spend only when the spend is known.
                    (Some(amount), _) => tier
                        .spend
                        .known()
                        .is_some_and(|spend| amount.amount >= spend.amount),
                    (None, Some(off)) => off >= Decimal::ONE,
                    _ => false,
                };
                if free {
                    out.push(
                        Draft::new(
                            &Self::META,
                            tier_at.discount(),
                            msg!(
                                "p002-free",
                                discount = tier.discount.to_string(),
                                spend = tier.spend.to_string(),
                            ),
                        )
                        .related(tier_at.spend(), msg!("p002-the-spend"))
                        .help(msg!("p002-help")),
                    );
                }
            }
        }
    }
}
