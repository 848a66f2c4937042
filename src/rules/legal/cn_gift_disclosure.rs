//! Rule L002 `cn-gift-disclosure`: a gift offer does not state what is given and how many.

use super::{claims_in, offers_of, offers_unknown, triggers, under};
use crate::declare_rule;
use crate::model::PLAN;
use crate::model::{Jurisdiction, PromotionKind};
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::claims::{ClaimKind, Offer};
use crate::wording::{Field, Owner, TermKind};

/// The lexicon group of gift wording that does not say what the gift is.
const VAGUE: &str = "gift-vague";

declare_rule! {
    /// ## What it checks
    ///
    /// Advertising a gift must state its kind and quantity. campspec checks that:
    ///
    /// - the terms of every `gift_with_purchase` promotion state how many gifts there are
    ///   (赠品共10万份), which `claim-mismatch` then compares with `quantity`;
    /// - copy whose text offers a gift (赠, 赠品, 送, 满赠, 加赠 — from `lexicons/cn.yaml`)
    ///   advertises a `gift_with_purchase` promotion, so that the gifts, their quantity, period
    ///   and way of giving are defined (送货, 配送 and 送达 are not gifts);
    /// - customer-facing text (copy and terms) names the gift: 精美礼品, 神秘好礼, 惊喜大礼,
    ///   随机赠品 say that something is given but not what (the `gift-vague` group of
    ///   `lexicons/cn.yaml`), whatever the plan's gift promotion says.
    ///
    /// ## Why it matters
    ///
    /// Gift promotions whose gifts run out unannounced, or are not what the banner showed, are
    /// among the most common promotion complaints.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// promotions:
    ///   - { id: gifts, type: gift_with_purchase, name: 满额赠礼, terms: 单笔满额即赠。,
    ///       tiers: [{ spend: 299, gift: 新年福袋, gift_cost: 12 }] }
    /// ```
    ///
    /// ## How to fix
    ///
    /// State the quantity in the terms (赠品共10万份，送完即止) and set `quantity`; link copy that
    /// offers a gift to the gift promotion with `advertises`.
    ///
    /// ## Source
    ///
    /// 《广告法》 Art. 8(2) (gifts: 品种、规格、数量、期限和方式) (V); 《明码标价和禁止价格欺诈规定》
    /// Art. 18 (V).
    pub struct CnGiftDisclosure;
    code = "L002", name = "cn-gift-disclosure", family = "legal",
    severity = Error, summary = "a gift offer does not state what is given and how many",
    cites = [
        (Cn, "《广告法》 Art. 8(2); 《明码标价和禁止价格欺诈规定》 Art. 18"),
    ]
}

impl Rule for CnGiftDisclosure {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        if !under(ctx, &[Jurisdiction::Cn]) {
            return;
        }
        for (i, promotion) in ctx.campaign.promotions.iter().flat_map(|p| p.iter()) {
            if !matches!(promotion.kind, PromotionKind::GiftWithPurchase { .. }) {
                continue;
            }
            let terms_place = wording.place_of(Owner::Promotion(i), Field::Terms);
            match terms_place {
                None if !ctx.has(&PLAN.promotions().item(i).terms()) => out.push(
                    Draft::new(
                        &Self::META,
                        PLAN.promotions().item(i).id(),
                        format!("gift promotion `{}` has no terms stating the gifts and how many there are", promotion.id),
                    )
                    .help("add `terms:` naming the gifts and their number (赠品共10万份，送完即止)"),
                ),
                Some(p) => {
                    let states_count = claims_in(wording, p)
                        .any(|c| matches!(c, ClaimKind::Total { .. } | ClaimKind::Quantity { .. } | ClaimKind::Count { .. }));
                    if !states_count {
                        out.push(
                            Draft::new(
                                &Self::META,
                                PLAN.promotions().item(i).terms(),
                                format!("the terms of gift promotion `{}` do not say how many gifts there are", promotion.id),
                            )
                            .help("state the number of gifts (赠品共10万份) and set `quantity`"),
                        );
                    }
                }
                None => {}
            }
        }
        let mut vague = Vec::new();
        for (found, term) in wording.hits_of(Self::META.name) {
            if term.kind != TermKind::Trigger || term.group.as_deref() != Some(VAGUE) {
                continue;
            }
            let Some(place) = wording.places.get(found.place) else {
                continue;
            };
            let Some(words) = place.text.get(found.hit.start..found.hit.end) else {
                continue;
            };
            vague.push((found.place, found.hit.start));
            out.push(
                Draft::text(
                    &Self::META,
                    place.at(),
                    found.hit.start,
                    found.hit.end,
                    format!("`{words}` does not say what the gift is"),
                )
                .help("name the gift and how many are given (赠定制帆布袋1个，赠品共5000份，送完即止)"),
            );
        }
        for trigger in triggers(wording, Self::META.name) {
            let Owner::Copy(_) = trigger.place.owner else {
                continue;
            };
            if vague.contains(&(trigger.place_index, trigger.start)) {
                continue;
            }
            if offers_unknown(ctx, trigger.place.owner) {
                continue;
            }
            let gives_gifts = offers_of(ctx, trigger.place.owner).iter().any(|o| {
                matches!(o, Offer::Promotion(_, p) if matches!(p.kind, PromotionKind::GiftWithPurchase { .. }))
            });
            if !gives_gifts {
                out.push(
                    Draft::text(
                        &Self::META,
                        trigger.place.at(),
                        trigger.start,
                        trigger.end,
                        format!("`{}` offers a gift, but this copy advertises no gift promotion: its kind and quantity are not stated", trigger.words),
                    )
                    .help("add the gift promotion to `advertises` (its terms state the gifts and how many)"),
                );
            }
        }
    }
}
