//! Rule L014 `free-claim-conditions`: 'free' without its conditions.

use super::{claims_in, offers_of, offers_unknown, triggers, under};
use crate::declare_rule;
use crate::model::{Jurisdiction, PromotionKind};
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::claims::{ClaimKind, Offer};

declare_rule! {
    /// ## What it checks
    ///
    /// For plans under `EU`, `US` or `UK`, text that calls something free — "free", "free
    /// gift", "gratis", "complimentary", "on us", 免费 (trigger words in the lexicons) — and
    /// belongs to or advertises an offer with a condition (a minimum spend, a spend tier, a
    /// purchase) must state that condition in the same text ("free gift with orders over $50").
    ///
    /// ## Why it matters
    ///
    /// "Free" is only free when nothing beyond unavoidable costs is asked; conditions must be
    /// stated clearly and conspicuously at the outset, next to the word.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [US]
    /// copy:
    ///   - { id: hero, channel: web, text: Get a FREE tote bag!, advertises: [gifts] }
    /// # the tote comes with orders over $75
    /// ```
    ///
    /// ## Depends on
    ///
    /// The gifts the text speaks for: the `promotions` with gift tiers
    /// (`promotions[]`, with `promotions[].tiers`: `spend`, `gift`, `gift_cost`).
    ///
    /// ## How to fix
    ///
    /// State the condition next to the claim: "Free tote bag with orders over $75".
    ///
    /// ## Source
    ///
    /// EU: UCPD 2005/29/EC Annex I point 20 (S — verify). US: 16 CFR 251.1(c) (conditions of a free
    /// offer stated clearly at the outset) (S — verify). UK: CAP Code rules 3.23–3.24 (S — verify).
    pub struct FreeClaimConditions;
    code = "L014", name = "free-claim-conditions", family = "legal",
    severity = Error, summary = "'free' without its conditions",
    cites = [
        (Eu, "UCPD 2005/29/EC Annex I point 20"),
        (Us, "16 CFR 251.1(c)"),
        (Uk, "CAP Code 3.23–3.24"),
    ]
}

/// Words that state a purchase condition next to a free claim.
pub(crate) fn condition_pattern() -> Option<&'static regex::Regex> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"(?i)(with (any |every |your )?(purchase|order)|when you (spend|buy|order)|orders? (of|over|above|from)|spend(ing)? [$€£¥]?\d|purchases? (of|over|above)|满\s*\d|消费满|购买)")
            .ok()
    })
    .as_ref()
}

impl Rule for FreeClaimConditions {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        if !under(ctx, &[Jurisdiction::Eu, Jurisdiction::Us, Jurisdiction::Uk]) {
            return;
        }
        for trigger in triggers(wording, Self::META.name) {
            if offers_unknown(ctx, trigger.place.owner) {
                continue;
            }
            let stated = condition_pattern().is_some_and(|re| re.is_match(trigger.place.text))
                || claims_in(wording, trigger.place_index).any(|c| {
                    matches!(
                        c,
                        ClaimKind::SpendAmount { .. }
                            | ClaimKind::SpendRatio { .. }
                            | ClaimKind::EverySpend { .. }
                    )
                });
            if stated {
                continue;
            }
            let conditional = offers_of(ctx, trigger.place.owner)
                .into_iter()
                .find_map(|o| {
                    let condition = match &o {
                        Offer::Coupon(_, c) => c
                            .min_spend
                            .known()
                            .filter(|m| !m.amount.is_zero())
                            .map(|m| format!("a spend of {m}")),
                        // The lowest spend is unknown when one tier's spend is.
                        Offer::Promotion(_, p) => match &p.kind {
                            PromotionKind::GiftWithPurchase { tiers } => tiers
                                .known()
                                .into_iter()
                                .flat_map(|l| l.items())
                                .map(|t| t.spend.known().map(|s| s.amount))
                                .collect::<Option<Vec<_>>>()
                                .and_then(|s| s.into_iter().min())
                                .map(|s| format!("a spend of {s}")),
                            PromotionKind::SpendTiers { tiers, .. } => tiers
                                .known()
                                .into_iter()
                                .flat_map(|l| l.items())
                                .map(|t| t.spend.known().map(|s| s.amount))
                                .collect::<Option<Vec<_>>>()
                                .and_then(|s| s.into_iter().min())
                                .map(|s| format!("a spend of {s}")),
                            _ => None,
                        },
                    }?;
                    Some((o.id_at(), o.id().to_owned(), condition))
                });
            if let Some((id_at, id, condition)) = conditional {
                out.push(
                    Draft::text(&Self::META, trigger.place.at(), trigger.start, trigger.end,
                        format!("`{}` is offered free, but `{id}` requires {condition}, which the text does not say", trigger.words))
                        .related(id_at, "the condition is here")
                        .help("state the condition next to the claim (\"free gift with orders over $75\")"),
                );
            }
        }
    }
}
