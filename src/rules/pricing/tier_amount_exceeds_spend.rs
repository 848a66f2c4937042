//! Rule P002 `tier-amount-exceeds-spend`: a tier takes off its whole spend or more.

use crate::declare_rule;
use crate::model::PromotionKind;
use crate::rules::{Ctx, Draft, Rule};
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
    /// ## How to fix
    ///
    /// Lower the amount off or raise the spend (did you mean a percentage, `20%`?).
    pub struct TierAmountExceedsSpend;
    code = "P002", name = "tier-amount-exceeds-spend", family = "pricing",
    severity = Error, summary = "a spend tier takes off its whole spend or more"
}

impl Rule for TierAmountExceedsSpend {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        for (p, promotion) in ctx.campaign.promotions.iter().flat_map(|p| p.iter()) {
            let PromotionKind::SpendTiers { tiers, .. } = &promotion.kind else {
                continue;
            };
            for (i, tier) in tiers.iter() {
                let free = match (tier.discount.amount(), tier.discount.off_ratio()) {
                    (Some(amount), _) => amount.amount >= tier.spend.amount,
                    (None, Some(off)) => off >= Decimal::ONE,
                    _ => false,
                };
                if free {
                    out.push(
                        Draft::new(
                            &Self::META,
                            format!("/promotions/{p}/tiers/{i}/discount"),
                            format!(
                                "the tier `{}` off at `{}` makes an order that reaches it free",
                                tier.discount, tier.spend
                            ),
                        )
                        .related(format!("/promotions/{p}/tiers/{i}/spend"), "the spend")
                        .help("take off less than the spend (or write a percentage such as `20%`)"),
                    );
                }
            }
        }
    }
}
