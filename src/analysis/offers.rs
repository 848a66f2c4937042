//! The plan's price mechanics in exact, engine-ready form: item-level prices, spend-tier
//! promotions and coupons in cents and integer ratios, plus the stacking limits. The
//! worst-case analysis and the cart simulator both price from this.

use super::exact::{Cents, Ratio, to_cents};
use crate::model::{At, Campaign, Coupon, Loc, PLAN, Promotion, PromotionKind};
use crate::values::Discount;
use rust_decimal::Decimal;
use std::collections::HashSet;

/// What an item-level promotion does to an item's price.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemPrice {
    /// Pay this share of the list price (`6.5折` → 13/20).
    Pay(Ratio),
    /// Take this much off (the order is treated as one item at the order value).
    AmountOff(Cents),
}

/// Which kind of item-level promotion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemLevelKind {
    /// A member price, at its deepest level (the level's id).
    Member(String),
    FlashSale,
    Discount,
}

/// An item-level promotion: at most one applies to an item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemLevelOffer {
    pub id: String,
    /// Where the promotion is written.
    pub at: At<Promotion>,
    /// Position in the spec (promotions first, then coupons): the order of application
    /// within a step and of tie-breaking.
    pub order: usize,
    pub kind: ItemLevelKind,
    pub price: ItemPrice,
}

/// What one spend tier saves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TierSaving {
    /// A share of the item-level subtotal.
    Off(Ratio),
    Amount(Cents),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TierRule {
    pub spend: Cents,
    pub saving: TierSaving,
}

/// 每满减: `amount` off per full `spend`, at most `max` times.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Repeat {
    pub spend: Cents,
    pub amount: Cents,
    pub max: Option<u64>,
}

/// A `spend_tiers` promotion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TierOffer {
    pub id: String,
    /// Where the promotion is written.
    pub at: At<Promotion>,
    pub order: usize,
    /// Tiers as written (the highest tier whose spend is reached applies).
    pub tiers: Vec<TierRule>,
    pub repeat: Option<Repeat>,
}

/// What a coupon saves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CouponSaving {
    Amount(Cents),
    Percent { off: Ratio, cap: Option<Cents> },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CouponOffer {
    pub id: String,
    /// The coupon's index in `coupons` (its pointer is written when a finding needs it).
    pub index: usize,
    pub order: usize,
    pub min_spend: Cents,
    pub saving: CouponSaving,
}

/// The mechanics and limits of a plan, ready to price orders.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Offers {
    pub item_levels: Vec<ItemLevelOffer>,
    pub tiers: Vec<TierOffer>,
    pub coupons: Vec<CouponOffer>,
    /// Ids that combine with nothing.
    pub standalone: HashSet<String>,
    /// Groups of ids of which at most one goes on an order.
    pub exclusive: Vec<Vec<String>>,
    /// Coupons one order may use (`usize::MAX` without a `stacking` section).
    pub max_coupons: usize,
    /// `guardrails.min_order`, if given.
    pub min_order: Option<Cents>,
}

impl ItemLevelOffer {
    /// The item-level subtotal of a list-price amount.
    pub fn subtotal(&self, list: Cents) -> Cents {
        match self.price {
            ItemPrice::Pay(ratio) => ratio.of(list),
            ItemPrice::AmountOff(off) => list.saturating_sub(off).max(0),
        }
    }
}

impl TierOffer {
    /// The saving on an item-level subtotal, and the tier (index) or repeat count used.
    pub fn saving(&self, subtotal: Cents) -> (Cents, Option<TierUse>) {
        if let Some(repeat) = &self.repeat {
            if repeat.spend <= 0 {
                return (0, None);
            }
            let mut times =
                u64::try_from(subtotal.checked_div(repeat.spend).unwrap_or(0)).unwrap_or(0);
            if let Some(max) = repeat.max {
                times = times.min(max);
            }
            let saving = repeat.amount.saturating_mul(times as i64);
            return (saving, (times > 0).then_some(TierUse::Repeat(times)));
        }
        let reached = self
            .tiers
            .iter()
            .enumerate()
            .filter(|(_, t)| subtotal >= t.spend)
            .max_by_key(|(_, t)| t.spend);
        match reached {
            Some((index, tier)) => {
                let saving = match tier.saving {
                    TierSaving::Off(ratio) => ratio.of(subtotal),
                    TierSaving::Amount(amount) => amount,
                };
                (saving, Some(TierUse::Tier(index)))
            }
            None => (0, None),
        }
    }
}

/// Which tier of a spend-tiers promotion applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TierUse {
    Tier(usize),
    Repeat(u64),
}

impl CouponOffer {
    /// Where the coupon is written.
    pub fn at(&self) -> At<Coupon> {
        PLAN.coupons().item(self.index)
    }

    /// The saving on the subtotal after tiers, or `None` when the coupon cannot be used.
    pub fn saving(&self, after_tiers: Cents) -> Option<Cents> {
        if after_tiers < self.min_spend {
            return None;
        }
        let saving = match self.saving {
            CouponSaving::Amount(amount) => amount,
            CouponSaving::Percent { off, cap } => {
                let saving = off.of(after_tiers.max(0));
                cap.map_or(saving, |cap| saving.min(cap))
            }
        };
        Some(saving.max(0))
    }
}

/// Why the offers of a plan cannot be priced exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unpriceable {
    pub at: Loc,
    pub reason: String,
}

fn cents(amount: Decimal, at: Loc, problems: &mut Vec<Unpriceable>) -> Cents {
    match to_cents(amount) {
        Some(c) => c,
        None => {
            problems.push(Unpriceable {
                at,
                reason: format!("`{amount}` is not a whole number of cents"),
            });
            0
        }
    }
}

fn item_price(discount: &Discount, at: Loc, problems: &mut Vec<Unpriceable>) -> ItemPrice {
    match discount.pay_ratio() {
        Some(pay) => ItemPrice::Pay(Ratio::from_decimal(pay)),
        None => ItemPrice::AmountOff(
            discount
                .amount()
                .map(|m| cents(m.amount, at, problems))
                .unwrap_or(0),
        ),
    }
}

/// A member price's offer: its deepest level (the highest pay ratio saving, or the
/// largest amount off); `None` when a level's price is not known.
fn member_offer(
    promotion: &Promotion,
    at: At<Promotion>,
    order: usize,
    problems: &mut Vec<Unpriceable>,
) -> Option<ItemLevelOffer> {
    let PromotionKind::MemberPrice { levels, .. } = &promotion.kind else {
        return None;
    };
    let levels = levels.known()?;
    let prices = levels
        .iter_at(at.levels())
        .map(|(level_at, l)| Some((level_at, l, l.price.known()?)))
        .collect::<Option<Vec<_>>>()?;
    let deepest = prices
        .into_iter()
        .max_by(|(_, _, a), (_, _, b)| depth_key(a).cmp(&depth_key(b)));
    let (level_at, level, price) = deepest?;
    Some(ItemLevelOffer {
        id: promotion.id.as_str().to_owned(),
        at: at.clone(),
        order,
        kind: ItemLevelKind::Member(level.level.as_str().to_owned()),
        price: item_price(price, level_at.price(), problems),
    })
}

/// Spend tiers' offer; `None` when a tier's spend or discount is not known.
fn tier_offer(
    promotion: &Promotion,
    at: At<Promotion>,
    order: usize,
    problems: &mut Vec<Unpriceable>,
) -> Option<TierOffer> {
    let PromotionKind::SpendTiers {
        tiers,
        repeat,
        max_repeats,
    } = &promotion.kind
    else {
        return None;
    };
    let tiers = tiers.known()?;
    let known = tiers
        .iter_at(at.tiers())
        .map(|(tier_at, t)| Some((tier_at, t.spend.known()?, t.discount.known()?)))
        .collect::<Option<Vec<_>>>()?;
    let rules: Vec<TierRule> = known
        .into_iter()
        .map(|(tier_at, spend, discount)| TierRule {
            spend: cents(spend.amount, tier_at.spend(), problems),
            saving: match discount.off_ratio() {
                Some(off) => TierSaving::Off(Ratio::from_decimal(off)),
                None => TierSaving::Amount(
                    discount
                        .amount()
                        .map(|m| cents(m.amount, tier_at.discount(), problems))
                        .unwrap_or(0),
                ),
            },
        })
        .collect();
    let repeat = match (repeat, rules.as_slice()) {
        (
            Some(true),
            [
                TierRule {
                    spend,
                    saving: TierSaving::Amount(amount),
                },
            ],
        ) => Some(Repeat {
            spend: *spend,
            amount: *amount,
            max: max_repeats.as_ref().map(|c| c.0),
        }),
        (Some(true), _) => {
            // Reported by the tier rules; the analysis cannot guess.
            problems.push(Unpriceable {
                at: at.repeat(),
                reason: "`repeat` needs exactly one amount-off tier".into(),
            });
            None
        }
        _ => None,
    };
    Some(TierOffer {
        id: promotion.id.as_str().to_owned(),
        at,
        order,
        tiers: rules,
        repeat,
    })
}

impl Offers {
    /// Builds the offers of a modelled plan. Problems are amounts that are not whole
    /// cents (the value types already refuse them, so this is a safeguard).
    ///
    /// An offer with a value that is not known (a tier's spend, a coupon's `min_spend`,
    /// reported as failed) is left out whole, like an offer that failed to read: the
    /// offers left give a lower bound of the depth, never a figure computed from part
    /// of an offer.
    pub fn from_campaign(campaign: &Campaign) -> Result<Offers, Vec<Unpriceable>> {
        let mut problems = Vec::new();
        let mut offers = Offers {
            max_coupons: usize::MAX,
            ..Offers::default()
        };
        let mut order = 0usize;
        for (at, promotion) in campaign.promotions_at() {
            order = order.saturating_add(1);
            offers.add_promotion(at, promotion, order, &mut problems);
        }
        offers.add_coupons(campaign, order, &mut problems);
        if let Some(stacking) = &campaign.stacking {
            offers.max_coupons =
                usize::try_from(stacking.max_coupons_per_order.0).unwrap_or(usize::MAX);
            offers.standalone = stacking
                .standalone
                .iter()
                .flat_map(|s| s.items())
                .map(|id| id.as_str().to_owned())
                .collect();
            offers.exclusive = stacking
                .exclusive
                .iter()
                .flat_map(|e| e.items())
                .map(|group| group.items().map(|id| id.as_str().to_owned()).collect())
                .collect();
        }
        offers.min_order = campaign
            .guardrails
            .as_ref()
            .and_then(|g| g.min_order.as_ref())
            .map(|m| cents(m.amount, PLAN.guardrails().min_order(), &mut problems));
        if problems.is_empty() {
            Ok(offers)
        } else {
            Err(problems)
        }
    }

    /// Adds a promotion's offer: an item-level price or spend tiers (other mechanics
    /// do not lower the price).
    fn add_promotion(
        &mut self,
        at: At<Promotion>,
        promotion: &Promotion,
        order: usize,
        problems: &mut Vec<Unpriceable>,
    ) {
        let id = promotion.id.as_str().to_owned();
        match &promotion.kind {
            PromotionKind::MemberPrice { .. } => {
                if let Some(offer) = member_offer(promotion, at, order, problems) {
                    self.item_levels.push(offer);
                }
            }
            PromotionKind::FlashSale { price, .. } => {
                let Some(price) = price.known() else { return };
                self.item_levels.push(ItemLevelOffer {
                    id,
                    at: at.clone(),
                    order,
                    kind: ItemLevelKind::FlashSale,
                    price: item_price(price, at.price(), problems),
                });
            }
            PromotionKind::Discount { discount, .. } => {
                let Some(discount) = discount.known() else {
                    return;
                };
                self.item_levels.push(ItemLevelOffer {
                    id,
                    at: at.clone(),
                    order,
                    kind: ItemLevelKind::Discount,
                    price: item_price(discount, at.discount(), problems),
                });
            }
            PromotionKind::SpendTiers { .. } => {
                if let Some(offer) = tier_offer(promotion, at, order, problems) {
                    self.tiers.push(offer);
                }
            }
            _ => {}
        }
    }

    /// Adds the coupons that save something, numbered on from the promotions' `order`.
    fn add_coupons(
        &mut self,
        campaign: &Campaign,
        mut order: usize,
        problems: &mut Vec<Unpriceable>,
    ) {
        for (i, coupon) in campaign.coupons.iter().flat_map(|c| c.iter()) {
            let at = PLAN.coupons().item(i);
            order = order.saturating_add(1);
            let Some(min_spend) = coupon.min_spend.known() else {
                continue;
            };
            let saving = match (&coupon.amount, &coupon.percent) {
                (Some(amount), _) => {
                    CouponSaving::Amount(cents(amount.amount, at.amount(), problems))
                }
                (None, Some(percent)) => CouponSaving::Percent {
                    off: Ratio::from_decimal(percent.ratio().max(Decimal::ZERO)),
                    cap: coupon
                        .cap
                        .as_ref()
                        .map(|cap| cents(cap.amount, at.cap(), problems)),
                },
                (None, None) => continue,
            };
            self.coupons.push(CouponOffer {
                id: coupon.id.as_str().to_owned(),
                index: i,
                order,
                min_spend: cents(min_spend.amount, at.min_spend(), problems),
                saving,
            });
        }
    }

    /// Whether two ids may go on one order under `exclusive` (standalone is separate).
    pub fn compatible(&self, a: &str, b: &str) -> bool {
        !self
            .exclusive
            .iter()
            .any(|group| group.iter().any(|x| x == a) && group.iter().any(|x| x == b) && a != b)
    }

    /// The lowest positive threshold in the plan (tier spends and coupon minimums).
    pub fn lowest_threshold(&self) -> Option<Cents> {
        let tiers = self.tiers.iter().flat_map(|t| {
            t.tiers
                .iter()
                .map(|r| r.spend)
                .chain(t.repeat.iter().map(|r| r.spend))
        });
        let coupons = self.coupons.iter().map(|c| c.min_spend);
        tiers.chain(coupons).filter(|&s| s > 0).min()
    }

    /// The smallest list-price order value considered: `guardrails.min_order`, else the
    /// lowest positive threshold, else one unit of currency.
    pub fn min_order_value(&self) -> Cents {
        self.min_order
            .or_else(|| self.lowest_threshold())
            .unwrap_or(100)
            .max(1)
    }
}

/// Orders discounts by depth for picking the deepest member level: a larger share off
/// first, then a larger amount off.
fn depth_key(discount: &Discount) -> (Decimal, Decimal) {
    match discount.off_ratio() {
        Some(off) => (off, Decimal::ZERO),
        None => (
            Decimal::ZERO,
            discount.amount().map(|m| m.amount).unwrap_or_default(),
        ),
    }
}
