//! Rule P003 `repeat-shape`: 每满减 needs exactly one amount-off tier; `max_repeats` needs `repeat`.

use crate::model::PromotionKind;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// `repeat: true` (每满减) applies one amount-off tier once per full multiple of its
    /// spend, so the promotion has exactly one tier and it takes an amount off (满300减50).
    /// `max_repeats` only makes sense with `repeat: true`.
    ///
    /// ## Why it matters
    ///
    /// "Every full ¥300, 15 % off" or two repeating tiers have no agreed meaning;
    /// engines would each guess differently.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// - { id: cross-store, type: spend_tiers, name: 每满减, repeat: true,
    ///     tiers: [{ spend: 300, discount: 50 }, { spend: 600, discount: 120 }] }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The promotion's `repeat` and its tiers (`promotions[].tiers`,
    /// `promotions[].tiers[].discount`).
    ///
    /// ## How to fix
    ///
    /// Keep one amount-off tier, or drop `repeat` to make ordinary tiers.
    pub struct RepeatShape;
    code = "P003", name = "repeat-shape", family = "pricing",
    severity = Error, summary = "每满减 needs exactly one amount-off tier; max_repeats needs repeat"
}

impl Rule for RepeatShape {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        for (at, promotion) in ctx.campaign.promotions_at() {
            let PromotionKind::SpendTiers {
                tiers,
                repeat,
                max_repeats,
            } = &promotion.kind
            else {
                continue;
            };
            // Tiers that are unknown cannot be counted.
            let Some(tiers) = tiers.known() else {
                continue;
            };
            if *repeat == Some(true) {
                let list: Vec<_> = tiers.iter_at(at.tiers()).collect();
                if list.len() != 1 {
                    out.push(
                        Draft::new(
                            &Self::META,
                            at.repeat(),
                            msg!(
                                "p003-one-tier",
                                promotion = &promotion.id,
                                count = list.len()
                            ),
                        )
                        .related_key(at.tiers(), msg!("p003-the-tiers"))
                        .help(msg!("p003-one-tier-help")),
                    );
                } else if let Some((tier_at, tier)) = list.first()
                    && tier.discount.known().is_some_and(|d| d.amount().is_none())
                {
                    out.push(
                        Draft::new(
                            &Self::META,
                            tier_at.discount(),
                            msg!("p003-amount-off", discount = tier.discount.to_string()),
                        )
                        .related(at.repeat(), msg!("p003-repeats"))
                        .help(msg!("p003-amount-off-help")),
                    );
                }
            } else if max_repeats.is_some() {
                out.push(
                    Draft::new(&Self::META, at.max_repeats(), msg!("p003-max-repeats"))
                        .on_key()
                        .help(msg!("p003-max-repeats-help")),
                );
            }
        }
    }
}
