//! Rule P007 `gift-cost-high`: a gift costs more of its spend than `max_gift_cost`.

use crate::model::PLAN;
use crate::model::PromotionKind;
use crate::numfmt;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// For every tier of a `gift_with_purchase` promotion, `gift_cost / spend` must not
    /// exceed `guardrails.max_gift_cost`.
    ///
    /// ## Why it matters
    ///
    /// A gift is a discount paid in goods; at ¥45 on a ¥299 order it is 15 % off that no
    /// price guardrail sees.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// tiers:
    ///   - { spend: 299, gift: 吉祥物定制台历, gift_cost: 45 }
    /// guardrails: { max_gift_cost: 8% }
    /// ```
    ///
    /// ## Depends on
    ///
    /// Each tier's `spend` and `gift_cost`, and `guardrails.max_gift_cost` (`guardrails`).
    ///
    /// ## How to fix
    ///
    /// Give the expensive gift at a higher spend, choose a cheaper gift, or raise the
    /// guardrail.
    pub struct GiftCostHigh;
    code = "P007", name = "gift-cost-high", family = "pricing",
    severity = Error, summary = "a gift costs more of its spend than max_gift_cost"
}

impl Rule for GiftCostHigh {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(max) = ctx
            .campaign
            .guardrails
            .as_ref()
            .and_then(|g| g.max_gift_cost.as_ref())
        else {
            return;
        };
        for (at, promotion) in ctx.campaign.promotions_at() {
            let PromotionKind::GiftWithPurchase { tiers } = &promotion.kind else {
                continue;
            };
            for (tier_at, tier) in tiers
                .known()
                .into_iter()
                .flat_map(|l| l.iter_at(at.gift_tiers()))
            {
                let (Some(gift_cost), Some(spend)) = (tier.gift_cost.known(), tier.spend.known())
                else {
                    continue;
                };
                let Some(share) = gift_cost.amount.checked_div(spend.amount) else {
                    continue;
                };
                if share > max.ratio() {
                    out.push(
                        Draft::new(
                            &Self::META,
                            tier_at.gift_cost(),
                            msg!(
                                "p007-gift-cost",
                                gift = tier.gift.known().map_or_else(
                                    || msg!("p007-the-gift"),
                                    |g| msg!("p007-the-gift-named", gift = g.to_string()),
                                ),
                                share = numfmt::percent(share, 2),
                                spend = spend.to_string(),
                                max = numfmt::percent_short(max.ratio()),
                            ),
                        )
                        .related(PLAN.guardrails().max_gift_cost(), msg!("p007-the-limit"))
                        .help(
                            match gift_cost.amount.checked_div(max.ratio()) {
                                Some(spend) => {
                                    msg!("p007-help", spend = ctx.money(spend.round_dp(2)))
                                }
                                // max_gift_cost 0 %: no spend makes a paid-for gift acceptable.
                                None => msg!("p007-help-zero"),
                            },
                        ),
                    );
                }
            }
        }
    }
}
