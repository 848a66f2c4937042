//! Legal rules per jurisdiction: disclosures, claims against mechanics, prizes, prices,
//! messages and personal data. Each cites its law and article, with the research's
//! confidence (V read in the text, S secondary source, M from memory: verify).

mod ad_not_identifiable;
mod add_on_preselected;
mod auto_renewal;
mod claim_mismatch;
mod cn_gift_disclosure;
mod cn_prize_cap;
mod cn_prize_disclosure;
mod cn_prize_records;
mod cn_reference_price;
mod conditional_price;
mod eu_prior_price;
mod false_urgency;
mod free_claim_conditions;
mod gift_not_named;
mod hidden_fees;
mod marketing_opt_out;
mod message_consent;
mod minors_audience;
mod profiling_consent;
mod quantity_limit_without_number;
mod read;
mod rewarded_reviews;
mod sweepstakes_free_entry;
mod time_limit_without_end;
mod uk_prize_terms;
mod uk_reference_price;
mod us_former_price;
mod weekday_mismatch;

pub use ad_not_identifiable::AdNotIdentifiable;
pub use add_on_preselected::AddOnPreselected;
pub use auto_renewal::AutoRenewalTerms;
pub use claim_mismatch::ClaimMismatch;
pub use cn_gift_disclosure::CnGiftDisclosure;
pub use cn_prize_cap::CnPrizeCap;
pub use cn_prize_disclosure::CnPrizeDisclosure;
pub use cn_prize_records::CnPrizeRecords;
pub use cn_reference_price::CnReferencePrice;
pub use conditional_price::ConditionalPrice;
pub use eu_prior_price::EuPriorPrice;
pub use false_urgency::FalseUrgency;
pub use free_claim_conditions::FreeClaimConditions;
pub use gift_not_named::GiftNotNamed;
pub use hidden_fees::HiddenFees;
pub use marketing_opt_out::MarketingOptOut;
pub use message_consent::MessageConsent;
pub use minors_audience::MinorsAudience;
pub use profiling_consent::ProfilingConsent;
pub use quantity_limit_without_number::QuantityLimitWithoutNumber;
pub use rewarded_reviews::RewardedReviews;
pub use sweepstakes_free_entry::SweepstakesFreeEntry;
pub use time_limit_without_end::TimeLimitWithoutEnd;
pub use uk_prize_terms::UkPrizeTerms;
pub use uk_reference_price::UkReferencePrice;
pub use us_former_price::UsFormerPrice;
pub use weekday_mismatch::WeekdayMismatch;

use crate::model::{At, Loc, PLAN, Phase, Promotion, ReferenceBasis};
use crate::model::{Campaign, Jurisdiction};
use crate::rules::Ctx;
use crate::wording::claims::{ClaimKind, Offer};
use crate::wording::{Owner, TermKind, TextPlace, Wording};

/// The offers a piece of text speaks for: a copy entry's `advertises`, or the promotion
/// or coupon a name or terms belong to. Ids are looked up in the wording's id index
/// (built once per plan), so a plan with thousands of copy entries stays linear.
pub(crate) fn offers_of<'a>(ctx: &Ctx<'a>, owner: Owner) -> Vec<Offer<'a>> {
    let campaign: &'a Campaign = ctx.campaign;
    let resolve = |owner: Owner| -> Option<Offer<'a>> {
        match owner {
            Owner::Promotion(i) => campaign
                .promotions
                .as_ref()
                .and_then(|p| p.get(i))
                .map(|p| Offer::Promotion(i, p)),
            Owner::Coupon(i) => campaign
                .coupons
                .as_ref()
                .and_then(|c| c.get(i))
                .map(|c| Offer::Coupon(i, c)),
            Owner::Copy(_) => None,
        }
    };
    match owner {
        Owner::Copy(i) => {
            let Some(ids) = campaign
                .copy
                .as_ref()
                .and_then(|c| c.get(i))
                .and_then(|c| c.advertises.as_ref())
            else {
                return Vec::new();
            };
            ids.items()
                .filter_map(|id| {
                    let target = match ctx.wording {
                        Some(w) => w.offer_ids.get(id.as_str()).copied()?,
                        None => crate::wording::offer_ids(campaign)
                            .get(id.as_str())
                            .copied()?,
                    };
                    resolve(target)
                })
                .collect()
        }
        other => resolve(other).into_iter().collect(),
    }
}

/// Whether everything an offer's facts are derived from read cleanly: the offer itself,
/// and for its run the phases it names (or the plan's window, for an offer that names
/// neither phases nor validity). A rule that compares against an offer's run or terms
/// asks this first, so that it never compares against a value computed without a part
/// that failed to read.
pub(crate) fn offer_known(ctx: &Ctx<'_>, offer: &Offer<'_>) -> bool {
    if !ctx.clean(&offer.at()) {
        return false;
    }
    match offer {
        Offer::Promotion(_, p) => match &p.phases {
            Some(ids) => ctx.named_items_known(
                &PLAN.phases(),
                ids.items().map(|id| id.as_str()),
                &[At::<Phase>::start, At::<Phase>::end],
            ),
            None => ctx.clean(&PLAN.window()),
        },
        Offer::Coupon(_, c) => c.valid.is_some() || ctx.clean(&PLAN.window()),
    }
}

/// Whether a copy entry's `advertises` could not be fully read (then the offers it
/// speaks for are unknown and nothing is reported about them).
pub(crate) fn offers_unknown(ctx: &Ctx<'_>, owner: Owner) -> bool {
    match owner {
        Owner::Copy(i) => !ctx.clean(&Loc::from(PLAN.copy().item(i).advertises())),
        _ => false,
    }
}

/// A trigger word found for `rule`: the text it is in and where.
pub(crate) struct Trigger<'a> {
    pub place: &'a TextPlace<'a>,
    pub place_index: usize,
    pub start: usize,
    pub end: usize,
    pub words: &'a str,
}

/// Every trigger word of `rule` in the plan's customer-facing text, in text order.
pub(crate) fn triggers<'a>(
    wording: &'a Wording<'a>,
    rule: &'a str,
) -> impl Iterator<Item = Trigger<'a>> + 'a {
    wording
        .hits_of(rule)
        .filter(|(_, term)| term.kind == TermKind::Trigger)
        .filter_map(|(found, _)| {
            let place = wording.places.get(found.place)?;
            Some(Trigger {
                place,
                place_index: found.place,
                start: found.hit.start,
                end: found.hit.end,
                words: place.text.get(found.hit.start..found.hit.end)?,
            })
        })
}

/// The ranges of `rule`'s trigger words, grouped by the place (index) they were found
/// in, places in order: what the readers of `read/` take, one place at a time.
pub(crate) fn trigger_ranges_by_place(
    wording: &Wording<'_>,
    rule: &str,
) -> std::collections::BTreeMap<usize, Vec<(usize, usize)>> {
    let mut by_place: std::collections::BTreeMap<usize, Vec<(usize, usize)>> = Default::default();
    for trigger in triggers(wording, rule) {
        by_place
            .entry(trigger.place_index)
            .or_default()
            .push((trigger.start, trigger.end));
    }
    by_place
}

/// The English words of a former or reference price in customer-facing text — "was",
/// "previously", "RRP", "compare at", "usual price", "worth £75" … — found by the trigger
/// terms `lexicons/en.yaml` files under `us-former-price`, and read by every rule about
/// such prices (L010 for the US, L018 for the UK). A word followed in its sentence by the
/// basis of the price (the dates it was charged, what it refers to) is excused there.
pub(crate) fn former_price_words<'a>(
    wording: &'a Wording<'a>,
) -> impl Iterator<Item = Trigger<'a>> + 'a {
    triggers(wording, UsFormerPrice::META.name)
}

/// A promotion's `reference_price` as the former-price rules read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FormerBasis {
    /// The trader's own earlier price (`former_price`, `last_price`, `lowest_7d`,
    /// `lowest_30d`), with the days it was charged when known: `days`, or the 7 or 30
    /// days the basis names.
    Own { days: Option<u64> },
    /// A price set by others — a manufacturer's recommended price (`msrp`), a counter or
    /// tag price, other sellers' prices in the trade area (`trade_area_price`) — which needs `evidence` that it is a real selling price.
    Others { evidenced: bool },
}

/// What a promotion's reference price is, if it states one.
pub(crate) fn former_basis(promotion: &Promotion) -> Option<FormerBasis> {
    let reference = promotion.reference_price.as_ref()?;
    let days = reference.days.map(|d| d.0);
    Some(match reference.basis {
        ReferenceBasis::FormerPrice | ReferenceBasis::LastPrice => FormerBasis::Own { days },
        ReferenceBasis::Lowest7d => FormerBasis::Own {
            days: days.or(Some(7)),
        },
        ReferenceBasis::Lowest30d => FormerBasis::Own {
            days: days.or(Some(30)),
        },
        ReferenceBasis::Msrp
        | ReferenceBasis::CounterPrice
        | ReferenceBasis::TagPrice
        | ReferenceBasis::TradeAreaPrice => FormerBasis::Others {
            evidenced: reference.evidence.is_some(),
        },
    })
}

/// The claims read in one place.
pub(crate) fn claims_in<'a>(
    wording: &'a Wording<'_>,
    place: usize,
) -> impl Iterator<Item = &'a ClaimKind> {
    wording.claims.at(place).iter().map(|c| &c.kind)
}

/// Whether any of `jurisdictions` applies to the plan.
pub(crate) fn under(ctx: &Ctx<'_>, jurisdictions: &[Jurisdiction]) -> bool {
    ctx.wording
        .is_some_and(|w| jurisdictions.iter().any(|j| w.applies(*j)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn static_patterns_compile() {
        assert!(super::marketing_opt_out::opt_out_pattern().is_some());
        assert!(super::free_claim_conditions::condition_pattern().is_some());
        assert!(super::sweepstakes_free_entry::purchase_pattern().is_some());
    }
}
