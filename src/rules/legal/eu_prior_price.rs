//! Rule L009 `eu-prior-price`: an EU price reduction without the 30-day prior price.

use super::{offers_of, offers_unknown, triggers, under};
use crate::model::PLAN;
use crate::model::{Jurisdiction, PromotionKind, ReferenceBasis};
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::claims::{ClaimKind, Offer};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// For plans under `EU`, text announcing a price reduction — "x% off", "sale", "reduced",
    /// "was", "now only" (trigger words in `lexicons/en.yaml`) or a percentage or 折 claim — that
    /// belongs to or advertises a `discount` or `flash_sale` promotion needs that promotion to
    /// state `reference_price: { basis: lowest_30d }`: the prior price shown must be the lowest
    /// price applied in the 30 days before the reduction. Member prices, coupons and spend tiers
    /// (conditional or loyalty reductions) are not checked.
    ///
    /// ## Why it matters
    ///
    /// Since 28 May 2022 every announced price reduction in the EU must show the prior price,
    /// and percentages must be computed from it (CJEU, Aldi Süd, 2024).
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [EU]
    /// copy:
    ///   - { id: hero, channel: web, text: Winter sale — 30% off all coats, advertises: [sale] }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The price reductions among the `promotions` (`promotions[].discount`).
    ///
    /// ## How to fix
    ///
    /// Add `reference_price: { basis: lowest_30d, days: 30 }` to the promotion and show that
    /// prior price next to the reduction.
    ///
    /// ## Source
    ///
    /// Price Indication Directive 98/6/EC Art. 6a, inserted by the Omnibus Directive (EU)
    /// 2019/2161; Commission Notice 2021/C 526/02; CJEU C-330/23 Aldi Süd (26 September 2024)
    /// (S — verify national transpositions).
    pub struct EuPriorPrice;
    code = "L009", name = "eu-prior-price", family = "legal",
    severity = Error, summary = "an EU price reduction without the 30-day prior price",
    cites = [
        (Eu, "Directive 98/6/EC Art. 6a", V),
    ]
}

impl Rule for EuPriorPrice {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        if !under(ctx, &[Jurisdiction::Eu]) {
            return;
        }
        // Reduction wording: trigger words, and percentages or 折 read as claims.
        let mut spots: Vec<(usize, usize, usize)> = triggers(wording, Self::META.name)
            .map(|t| (t.place_index, t.start, t.end))
            .collect();
        for claim in &wording.claims {
            if matches!(
                claim.kind,
                ClaimKind::Ratio { .. } | ClaimKind::Deepest { .. }
            ) {
                spots.push((claim.place, claim.start, claim.end));
            }
        }
        spots.sort_unstable();
        let mut reported = std::collections::HashSet::new();
        for (place_index, start, end) in spots {
            let Some(place) = wording.places.get(place_index) else {
                continue;
            };
            if offers_unknown(ctx, place.owner) {
                continue;
            }
            for offer in offers_of(ctx, place.owner) {
                let Offer::Promotion(i, p) = offer else {
                    continue;
                };
                if !matches!(
                    p.kind,
                    PromotionKind::Discount { .. } | PromotionKind::FlashSale { .. }
                ) {
                    continue;
                }
                let ok = p
                    .reference_price
                    .as_ref()
                    .is_some_and(|r| r.basis == ReferenceBasis::Lowest30d);
                if ok || !reported.insert((place_index, i)) {
                    continue;
                }
                let words = place.text.get(start..end).unwrap_or("");
                out.push(
                    Draft::text(
                        &Self::META,
                        place.at(),
                        start,
                        end,
                        msg!("l009-no-prior", words = words, promotion = &p.id),
                    )
                    .related(PLAN.promotions().item(i).id(), msg!("l009-reduced-offer"))
                    .help(msg!("l009-help")),
                );
            }
        }
    }
}
