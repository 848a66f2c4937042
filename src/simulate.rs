//! `campspec simulate`: prices a cart with a plan's offers the way the plan says, picking
//! the best combination the customer is allowed, as a promotion engine does, and shows
//! every step so a reader can verify it by hand.
//!
//! The price follows the same order as the worst-case analysis (one item-level price,
//! then spend tiers on the item-level subtotal, then coupons on what the tiers leave,
//! never below zero, half-up to the cent), and adds what the analysis deliberately
//! ignores: dates and phases, audiences, scopes, member levels, flash flags and
//! per-customer limits. So a simulated order is never deeper than the analysis reports
//! for order values from the analysis' minimum up.

use crate::analysis::exact::{Cents, Ratio, from_cents, to_cents};
use crate::analysis::offers::{
    CouponSaving, ItemLevelKind, ItemPrice, Offers, TierSaving, TierUse,
};
use crate::analysis::select::{self, Candidate, Groups};
pub use crate::check::{CheckedCart, check_cart};
use crate::model::{Campaign, Cart, PromotionKind};
use crate::values::Date;
use serde::Serialize;
use std::collections::HashSet;

/// One line of the receipt.
#[derive(Clone, Debug, Serialize)]
pub struct ReceiptLine {
    pub name: String,
    pub quantity: u64,
    pub unit_price: String,
    pub list: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    pub flash: bool,
    /// Units priced by the item-level promotion.
    pub covered_units: u64,
}

/// The item-level step.
#[derive(Clone, Debug, Serialize)]
pub struct ItemStep {
    pub id: String,
    pub name: String,
    /// What it does: `pays 65%` or `¥30 off`.
    pub price: String,
    /// The list value it applies to.
    pub applies_to: String,
    /// The item-level price of that value, rounded half up to the cent.
    pub becomes: String,
    pub saving: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct TierStep {
    pub id: String,
    pub name: String,
    /// Which tier: `from ¥599: 15% off` or `¥50 off per ¥300 × 2`.
    pub tier: String,
    pub saving: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct CouponStep {
    pub id: String,
    pub name: String,
    /// The amount the coupon's minimum is tested on (the in-scope share for scoped coupons).
    pub base: String,
    pub min_spend: String,
    pub saving: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct GiftStep {
    pub id: String,
    pub gift: String,
    /// The tier's spend, reached by the amount paid.
    pub spend: String,
}

/// Why an offer did not apply.
#[derive(Clone, Debug, Serialize)]
pub struct Skipped {
    pub id: String,
    pub reason: String,
}

/// The priced order, step by step.
#[derive(Clone, Debug, Serialize)]
pub struct Receipt {
    pub at: String,
    pub lines: Vec<ReceiptLine>,
    pub list_total: String,
    pub item_level: Option<ItemStep>,
    /// The item-level subtotal (list total when no item-level price applies).
    pub subtotal: String,
    pub tiers: Vec<TierStep>,
    pub after_tiers: String,
    pub coupons: Vec<CouponStep>,
    /// Whether the price was floored at zero.
    pub floored: bool,
    pub paid: String,
    pub saving: String,
    /// Saving / list total, to four places.
    pub depth: String,
    pub gifts: Vec<GiftStep>,
    pub not_applied: Vec<Skipped>,
    /// The plan's worst case, for comparison; `None` when it could not be analysed.
    pub worst_case_depth: Option<String>,
    /// Whether the order value is below the smallest order the worst case considers.
    pub below_min_order: bool,
    #[serde(skip)]
    pub depth_ratio: Ratio,
    #[serde(skip)]
    pub list_cents: Cents,
}

/// What an item-level option covers in this cart.
struct ItemOption {
    index: usize,
    covered: Vec<u64>,
    covered_list: Cents,
}

/// Prices a checked cart. `offers` are the plan's offers (from the analysis).
pub fn price(campaign: &Campaign, offers: &Offers, cart: &Cart, worst: Option<Ratio>) -> Receipt {
    let items: Vec<&crate::model::CartItem> = cart.items.iter().flat_map(|i| i.items()).collect();
    let at = cart
        .at
        .unwrap_or(crate::model::OrderTime(jiff::civil::DateTime::default()));
    let day = crate::values::Date::from(at.date());
    let audiences: Vec<&str> = cart
        .customer
        .as_ref()
        .and_then(|c| c.audience.as_ref())
        .map(|a| a.items().map(String::as_str).collect())
        .unwrap_or_default();
    let member_level = cart
        .customer
        .as_ref()
        .and_then(|c| c.member_level.as_ref())
        .map(|l| l.as_str());
    let unit = |i: &crate::model::CartItem| to_cents(i.price.amount).unwrap_or(0);
    let lines_list: Vec<Cents> = items
        .iter()
        .map(|i| unit(i).saturating_mul(i64::try_from(i.quantity()).unwrap_or(i64::MAX)))
        .collect();
    let list: Cents = lines_list.iter().fold(0, |a, b| a.saturating_add(*b));
    let mut skipped: Vec<Skipped> = Vec::new();
    let skip = |skipped: &mut Vec<Skipped>, id: &str, reason: String| {
        skipped.push(Skipped {
            id: id.to_owned(),
            reason,
        })
    };

    // Which promotions run at this time.
    let window = campaign.window.as_ref();
    let in_window = |d: &crate::values::Date| {
        window.is_none_or(|w| {
            w.start.as_ref().is_none_or(|s| d >= s) && w.end.as_ref().is_none_or(|e| d <= e)
        })
    };
    let promotion_active = |id: &str, early_days: u64| -> Result<(), String> {
        let Some(p) = campaign
            .promotions
            .iter()
            .flat_map(|p| p.items())
            .find(|p| p.id.as_str() == id)
        else {
            return Err("not in the plan".into());
        };
        match &p.phases {
            Some(ids) => {
                // Only plans without errors are simulated: every date is known.
                let phases: Vec<(Date, Date)> = campaign
                    .phases
                    .iter()
                    .flat_map(|ph| ph.items())
                    .filter(|ph| ids.items().any(|i| *i == ph.id))
                    .filter_map(|ph| Some((*ph.start.known()?, *ph.end.known()?)))
                    .collect();
                let earliest = phases.iter().map(|ph| ph.0).min();
                let inside = phases.iter().any(|ph| day >= ph.0 && day <= ph.1);
                let early = early_days > 0
                    && earliest.is_some_and(|start| {
                        let opens = start
                            .get()
                            .checked_sub(jiff::Span::new().days(early_days.min(3650) as i64))
                            .unwrap_or(start.get());
                        day.get() >= opens && day < start
                    });
                if inside || early {
                    Ok(())
                } else {
                    let names: Vec<String> = ids.items().map(|i| format!("`{i}`")).collect();
                    Err(format!(
                        "runs in phase {} only, not on {}",
                        names.join(", "),
                        at.date()
                    ))
                }
            }
            None if in_window(&day) => Ok(()),
            None => Err(format!("{} is outside the campaign window", at.date())),
        }
    };

    // Item-level options.
    let mut options: Vec<ItemOption> = Vec::new();
    for (index, offer) in offers.item_levels.iter().enumerate() {
        let Some(promotion) = campaign
            .promotions
            .iter()
            .flat_map(|p| p.items())
            .find(|p| p.id.as_str() == offer.id)
        else {
            continue;
        };
        let early = match &promotion.kind {
            PromotionKind::MemberPrice {
                early_access_days, ..
            } => early_access_days.map_or(0, |d| d.0),
            _ => 0,
        };
        if let Err(reason) = promotion_active(&offer.id, early) {
            skip(&mut skipped, &offer.id, reason);
            continue;
        }
        let covered: Vec<u64> = match (&offer.kind, &promotion.kind) {
            (ItemLevelKind::Member(_), _) => {
                if member_level.is_none() {
                    skip(
                        &mut skipped,
                        &offer.id,
                        "the customer is not a member".into(),
                    );
                    continue;
                }
                items.iter().map(|i| i.quantity()).collect()
            }
            (ItemLevelKind::FlashSale, PromotionKind::FlashSale { slots, .. }) => {
                let first_slot = slots.known().into_iter().flat_map(|l| l.items()).min();
                if first_slot.is_some_and(|s| at.time() < s.to_civil()) {
                    skip(
                        &mut skipped,
                        &offer.id,
                        format!(
                            "the first slot of the day has not started at {}",
                            at.time().strftime("%H:%M")
                        ),
                    );
                    continue;
                }
                let limit = promotion.per_user.map_or(u64::MAX, |p| p.0);
                let covered: Vec<u64> = items
                    .iter()
                    .map(|i| {
                        if i.flash == Some(true) {
                            i.quantity().min(limit)
                        } else {
                            0
                        }
                    })
                    .collect();
                if covered.iter().all(|&c| c == 0) {
                    skip(
                        &mut skipped,
                        &offer.id,
                        "no item in the cart is on the flash sale".into(),
                    );
                    continue;
                }
                covered
            }
            (ItemLevelKind::Discount, PromotionKind::Discount { scope, .. }) => {
                let covered: Vec<u64> = items
                    .iter()
                    .map(|i| match scope {
                        Some(scope) => {
                            if i.scope
                                .as_ref()
                                .is_some_and(|s| scope.items().any(|x| x == s))
                            {
                                i.quantity()
                            } else {
                                0
                            }
                        }
                        None => i.quantity(),
                    })
                    .collect();
                if covered.iter().all(|&c| c == 0) {
                    skip(
                        &mut skipped,
                        &offer.id,
                        "no item in the cart is in its scope".into(),
                    );
                    continue;
                }
                covered
            }
            _ => continue,
        };
        let covered_list: Cents = items
            .iter()
            .zip(&covered)
            .map(|(i, &n)| unit(i).saturating_mul(i64::try_from(n).unwrap_or(i64::MAX)))
            .fold(0, Cents::saturating_add);
        options.push(ItemOption {
            index,
            covered,
            covered_list,
        });
    }
    // The customer's own member level, not the deepest one.
    let level_price = |index: usize| -> ItemPrice {
        let offer = &offers.item_levels[index];
        if let (ItemLevelKind::Member(_), Some(level)) = (&offer.kind, member_level) {
            let promotion = campaign
                .promotions
                .iter()
                .flat_map(|p| p.items())
                .find(|p| p.id.as_str() == offer.id);
            if let Some(PromotionKind::MemberPrice { levels, .. }) = promotion.map(|p| &p.kind) {
                if let Some(l) = levels
                    .known()
                    .into_iter()
                    .flat_map(|l| l.items())
                    .find(|l| l.level.as_str() == level)
                    && let Some(price) = l.price.known()
                {
                    return match price.pay_ratio() {
                        Some(pay) => ItemPrice::Pay(Ratio::from_decimal(pay)),
                        None => ItemPrice::AmountOff(
                            price.amount().and_then(|m| to_cents(m.amount)).unwrap_or(0),
                        ),
                    };
                }
            }
        }
        offer.price
    };

    // Tier promotions that run now.
    let tiers_active: Vec<usize> = offers
        .tiers
        .iter()
        .enumerate()
        .filter(|(_, t)| match promotion_active(&t.id, 0) {
            Ok(()) => true,
            Err(reason) => {
                skip(&mut skipped, &t.id, reason);
                false
            }
        })
        .map(|(t, _)| t)
        .collect();

    // Coupons the customer holds and may use now.
    let held: Option<Vec<&str>> = cart
        .coupons
        .as_ref()
        .map(|c| c.items().map(|id| id.as_str()).collect());
    let mut coupons_ok: Vec<usize> = Vec::new();
    for (c, offer) in offers.coupons.iter().enumerate() {
        let Some(coupon) = campaign
            .coupons
            .iter()
            .flat_map(|c| c.items())
            .find(|x| x.id.as_str() == offer.id)
        else {
            continue;
        };
        if held
            .as_ref()
            .is_some_and(|h| !h.contains(&offer.id.as_str()))
        {
            skip(
                &mut skipped,
                &offer.id,
                "the customer does not hold it".into(),
            );
            continue;
        }
        if let Some(audience) = &coupon.audience {
            if !audiences.contains(&audience.as_str()) {
                skip(
                    &mut skipped,
                    &offer.id,
                    format!("for the audience `{audience}`, which the customer is not in"),
                );
                continue;
            }
        }
        let valid = match &coupon.valid {
            Some(v) => day >= v.from && day <= v.to,
            None => in_window(&day),
        };
        if !valid {
            skip(
                &mut skipped,
                &offer.id,
                format!("not valid on {}", at.date()),
            );
            continue;
        }
        coupons_ok.push(c);
    }
    let coupon_scope = |c: usize| -> Option<Vec<&str>> {
        campaign
            .coupons
            .iter()
            .flat_map(|x| x.items())
            .find(|x| x.id.as_str() == offers.coupons[c].id)
            .and_then(|x| x.scope.as_ref())
            .map(|s| s.items().map(String::as_str).collect())
    };

    // Try every allowed configuration; keep the cheapest for the customer.
    struct Best {
        paid: Cents,
        offers: usize,
        item: Option<(usize, Cents, Cents)>, // (option index, covered list, covered subtotal)
        tiers: Vec<(usize, Cents, TierUse)>,
        after: Cents,
        coupons: Vec<(usize, Cents, Cents)>, // (coupon, base, saving)
        subtotal: Cents,
        covered: Vec<u64>,
    }
    let standalone = |id: &str| offers.standalone.contains(id);
    let mut best: Option<Best> = None;
    // Every configuration: an item-level choice, some tier promotions, and either the
    // ordinary coupons or one standalone coupon alone.
    let item_choices: Vec<Option<usize>> = std::iter::once(None)
        .chain((0..options.len()).map(Some))
        .collect();
    let tier_count = tiers_active.len().min(12);
    let mut configs: Vec<(Option<usize>, Vec<usize>, Option<usize>)> = Vec::new();
    for choice in &item_choices {
        for mask in 0u32..(1u32 << tier_count) {
            let tiers: Vec<usize> = (0..tier_count)
                .filter(|b| mask & (1 << b) != 0)
                .map(|b| tiers_active[b])
                .collect();
            configs.push((*choice, tiers, None));
        }
    }
    for &c in &coupons_ok {
        if standalone(&offers.coupons[c].id) {
            configs.push((None, Vec::new(), Some(c)));
        }
    }
    for (choice, tiers, alone) in configs {
        let mut ids: Vec<&str> = tiers.iter().map(|&t| offers.tiers[t].id.as_str()).collect();
        if let Some(o) = choice {
            ids.push(offers.item_levels[options[o].index].id.as_str());
        }
        let has_standalone = ids.iter().any(|id| standalone(id));
        if has_standalone && ids.len() > 1 {
            continue;
        }
        if !ids.iter().enumerate().all(|(a, x)| {
            ids.iter()
                .skip(a.saturating_add(1))
                .all(|y| offers.compatible(x, y))
        }) {
            continue;
        }
        // Item level.
        let (subtotal, item, covered) = match choice {
            Some(o) => {
                let option = &options[o];
                let covered_subtotal = match level_price(option.index) {
                    ItemPrice::Pay(r) => r.of(option.covered_list),
                    ItemPrice::AmountOff(a) => option.covered_list.saturating_sub(a).max(0),
                };
                (
                    list.saturating_sub(option.covered_list)
                        .saturating_add(covered_subtotal),
                    Some((o, option.covered_list, covered_subtotal)),
                    option.covered.clone(),
                )
            }
            None => (list, None, vec![0; items.len()]),
        };
        // Tiers on the item-level subtotal.
        let mut after = subtotal;
        let mut tier_steps = Vec::new();
        for &t in &tiers {
            let (saving, used) = offers.tiers[t].saving(subtotal);
            after = after.saturating_sub(saving);
            if let Some(used) = used {
                tier_steps.push((t, saving, used));
            }
        }
        // Coupons on what the tiers leave (a scoped coupon on its items' share).
        let coupons_here: Vec<usize> = match alone {
            Some(c) => vec![c],
            None if has_standalone => Vec::new(),
            None => coupons_ok
                .iter()
                .copied()
                .filter(|&c| !standalone(&offers.coupons[c].id))
                .filter(|&c| {
                    ids.iter()
                        .all(|id| offers.compatible(id, &offers.coupons[c].id))
                })
                .collect(),
        };
        let mut candidates: Vec<Candidate> = Vec::new();
        let mut bases: Vec<(usize, Cents, Cents)> = Vec::new();
        for &c in &coupons_here {
            let base = match coupon_scope(c) {
                None => after,
                Some(scope) => {
                    let scoped_subtotal: Cents = items
                        .iter()
                        .enumerate()
                        .filter(|(_, i)| {
                            i.scope
                                .as_ref()
                                .is_some_and(|s| scope.contains(&s.as_str()))
                        })
                        .map(|(n, i)| match item {
                            Some((o, _, _)) if covered[n] > 0 => {
                                let covered_list = unit(i)
                                    .saturating_mul(i64::try_from(covered[n]).unwrap_or(i64::MAX));
                                let priced = match level_price(options[o].index) {
                                    ItemPrice::Pay(r) => r.of(covered_list),
                                    ItemPrice::AmountOff(_) => covered_list,
                                };
                                lines_list[n]
                                    .saturating_sub(covered_list)
                                    .saturating_add(priced)
                            }
                            _ => lines_list[n],
                        })
                        .fold(0, Cents::saturating_add);
                    if subtotal <= 0 {
                        0
                    } else {
                        Ratio::new(scoped_subtotal as i128, subtotal as i128).of(after.max(0))
                    }
                }
            };
            let coupon = &offers.coupons[c];
            if base < coupon.min_spend {
                continue;
            }
            let saving = match coupon.saving {
                CouponSaving::Amount(a) => a.min(base.max(0)),
                CouponSaving::Percent { off, cap } => {
                    let s = off.of(base.max(0));
                    cap.map_or(s, |cap| s.min(cap))
                }
            };
            candidates.push(Candidate { coupon: c, saving });
            bases.push((c, base, saving));
        }
        let groups: Vec<Vec<usize>> = offers
            .exclusive
            .iter()
            .map(|g| {
                coupons_here
                    .iter()
                    .copied()
                    .filter(|&c| g.contains(&offers.coupons[c].id))
                    .collect::<Vec<_>>()
            })
            .filter(|g| g.len() > 1)
            .collect();
        let groups = Groups::new(offers.coupons.len(), &groups);
        let (total, chosen) = select::best(&mut candidates, &groups, offers.max_coupons);
        let paid = after.saturating_sub(total).max(0);
        let count = usize::from(item.is_some())
            .saturating_add(tier_steps.len())
            .saturating_add(chosen.len());
        let better = match &best {
            None => true,
            Some(b) => paid < b.paid || (paid == b.paid && count < b.offers),
        };
        if better {
            best = Some(Best {
                paid,
                offers: count,
                item,
                tiers: tier_steps,
                after,
                coupons: chosen
                    .iter()
                    .filter_map(|&c| bases.iter().find(|(x, _, _)| *x == c).copied())
                    .collect(),
                subtotal,
                covered,
            });
        }
    }
    let best = best.unwrap_or(Best {
        paid: list,
        offers: 0,
        item: None,
        tiers: Vec::new(),
        after: list,
        coupons: Vec::new(),
        subtotal: list,
        covered: vec![0; items.len()],
    });

    // Gifts on what is paid.
    let mut gifts = Vec::new();
    for promotion in campaign.promotions.iter().flat_map(|p| p.items()) {
        let PromotionKind::GiftWithPurchase { tiers } = &promotion.kind else {
            continue;
        };
        if let Err(reason) = promotion_active(promotion.id.as_str(), 0) {
            skip(&mut skipped, promotion.id.as_str(), reason);
            continue;
        }
        let reached = tiers
            .known()
            .into_iter()
            .flat_map(|l| l.items())
            .filter_map(|t| Some((t, to_cents(t.spend.known()?.amount)?)))
            .filter(|(_, spend)| best.paid >= *spend)
            .max_by_key(|(_, spend)| *spend);
        match reached {
            Some((tier, spend)) => gifts.push(GiftStep {
                id: promotion.id.as_str().to_owned(),
                gift: tier.gift.to_string(),
                spend: money(spend, campaign),
            }),
            None => skip(
                &mut skipped,
                promotion.id.as_str(),
                "the amount paid reaches no gift tier".into(),
            ),
        }
    }

    let used: HashSet<String> = best
        .item
        .map(|(o, _, _)| offers.item_levels[options[o].index].id.clone())
        .into_iter()
        .chain(
            best.tiers
                .iter()
                .map(|(t, _, _)| offers.tiers[*t].id.clone()),
        )
        .chain(
            best.coupons
                .iter()
                .map(|(c, _, _)| offers.coupons[*c].id.clone()),
        )
        .collect();
    for (id, reason) in offers
        .item_levels
        .iter()
        .map(|o| o.id.as_str())
        .chain(offers.tiers.iter().map(|t| t.id.as_str()))
        .chain(offers.coupons.iter().map(|c| c.id.as_str()))
        .filter(|id| !used.contains(*id) && !skipped.iter().any(|s| s.id == *id))
        .map(|id| (id, unused_reason(id, offers, &used, campaign)))
        .collect::<Vec<_>>()
    {
        skip(&mut skipped, id, reason);
    }

    let m = |c: Cents| money(c, campaign);
    let depth = if list > 0 {
        Ratio::new(
            i128::from(list).saturating_sub(i128::from(best.paid)),
            i128::from(list),
        )
    } else {
        Ratio::ZERO
    };
    let promotion_name = |id: &str| {
        campaign
            .promotions
            .iter()
            .flat_map(|p| p.items())
            .find(|p| p.id.as_str() == id)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    let item_level = best.item.map(|(o, covered_list, covered_subtotal)| {
        let offer = &offers.item_levels[options[o].index];
        let price = match level_price(options[o].index) {
            ItemPrice::Pay(r) => format!("pays {}", crate::numfmt::percent_short(r.to_decimal())),
            ItemPrice::AmountOff(a) => format!("{} off", m(a)),
        };
        let price = match (&offer.kind, member_level) {
            (ItemLevelKind::Member(_), Some(level)) => format!("member level `{level}`: {price}"),
            _ => price,
        };
        ItemStep {
            id: offer.id.clone(),
            name: promotion_name(&offer.id),
            price,
            applies_to: m(covered_list),
            becomes: m(covered_subtotal),
            saving: m(covered_list.saturating_sub(covered_subtotal)),
        }
    });
    let tiers = best
        .tiers
        .iter()
        .map(|(t, saving, used)| {
            let offer = &offers.tiers[*t];
            let tier = match used {
                TierUse::Repeat(n) => match offer.repeat {
                    Some(r) => format!("{} off per {} × {n}", m(r.amount), m(r.spend)),
                    None => String::new(),
                },
                TierUse::Tier(i) => match offer.tiers.get(*i) {
                    Some(rule) => match rule.saving {
                        TierSaving::Off(r) => format!(
                            "from {}: {} off",
                            m(rule.spend),
                            crate::numfmt::percent_short(r.to_decimal())
                        ),
                        TierSaving::Amount(a) => format!("from {}: {} off", m(rule.spend), m(a)),
                    },
                    None => String::new(),
                },
            };
            TierStep {
                id: offer.id.clone(),
                name: promotion_name(&offer.id),
                tier,
                saving: m(*saving),
            }
        })
        .collect();
    let coupon_name = |id: &str| {
        campaign
            .coupons
            .iter()
            .flat_map(|c| c.items())
            .find(|c| c.id.as_str() == id)
            .map(|c| c.name.clone())
            .unwrap_or_default()
    };
    let coupon_total: Cents = best
        .coupons
        .iter()
        .map(|(_, _, s)| *s)
        .fold(0, Cents::saturating_add);
    Receipt {
        at: at.to_string(),
        lines: items
            .iter()
            .enumerate()
            .map(|(n, i)| ReceiptLine {
                name: i.name.clone(),
                quantity: i.quantity(),
                unit_price: m(unit(i)),
                list: m(lines_list[n]),
                scope: i.scope.clone(),
                flash: i.flash == Some(true),
                covered_units: best.covered.get(n).copied().unwrap_or(0),
            })
            .collect(),
        list_total: m(list),
        item_level,
        subtotal: m(best.subtotal),
        tiers,
        after_tiers: m(best.after),
        coupons: best
            .coupons
            .iter()
            .map(|(c, base, saving)| CouponStep {
                id: offers.coupons[*c].id.clone(),
                name: coupon_name(&offers.coupons[*c].id),
                base: m(*base),
                min_spend: m(offers.coupons[*c].min_spend),
                saving: m(*saving),
            })
            .collect(),
        floored: best.after < coupon_total,
        paid: m(best.paid),
        saving: m(list.saturating_sub(best.paid)),
        depth: format!("{:.4}", depth.rounded(4)),
        gifts,
        not_applied: skipped,
        worst_case_depth: worst.map(|w| format!("{:.4}", w.rounded(4))),
        below_min_order: list < offers.min_order_value(),
        depth_ratio: depth,
        list_cents: list,
    }
}

/// Why a running offer was not chosen.
fn unused_reason(id: &str, offers: &Offers, used: &HashSet<String>, campaign: &Campaign) -> String {
    if offers.standalone.contains(id) && !used.is_empty() {
        return "standalone: it combines with nothing, and the order is cheaper without it".into();
    }
    for group in &offers.exclusive {
        if group.iter().any(|g| g == id) {
            if let Some(other) = group.iter().find(|g| *g != id && used.contains(*g)) {
                return format!("exclusive with `{other}`, which saves more here");
            }
        }
    }
    if let Some(c) = offers.coupons.iter().find(|c| c.id == id) {
        return format!(
            "its minimum {} is not reached, or other coupons save more (at most {} per order)",
            money(c.min_spend, campaign),
            offers.max_coupons
        );
    }
    if let Some(t) = offers.tiers.iter().find(|t| t.id == id) {
        if let Some(low) = t.tiers.iter().map(|r| r.spend).min() {
            return format!(
                "its lowest tier ({}) is not reached, or it saves less",
                from_cents(low)
            );
        }
    }
    "the order is cheaper without it".into()
}

fn money(cents: Cents, campaign: &Campaign) -> String {
    let currency = campaign.currency.as_ref().map_or("CNY", |c| c.as_str());
    crate::numfmt::money_cents(from_cents(cents), currency)
}
