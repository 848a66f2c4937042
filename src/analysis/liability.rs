//! What each offer can cost the company, in exact decimals: the worst case (every coupon
//! used, every gift and prize given, every flash unit sold), the expected cost at the
//! stated redemption, and the budget line that pays for it. Rules `M…` and `rules.json`
//! read it.

use crate::model::{At, Campaign, Coupon, Metric, Promotion, PromotionKind};
use crate::values::{Discount, MeasureKind, Money};
use rust_decimal::Decimal;

/// Where an offer is written.
#[derive(Clone, Debug)]
pub enum OfferAt {
    Promotion(At<Promotion>),
    Coupon(At<Coupon>),
}

/// How a worst case was reached, for messages that show the computation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// `units` × `each` (coupons, gifts, rewards, flash units).
    PerUnit { units: u64, each: Decimal },
    /// A sum of prizes (draws, mystery boxes).
    Sum,
    /// Price reductions bounded from a sales target: `sales` × depth / (1 − depth).
    Forecast { sales: Decimal, depth: Decimal },
}

/// Why an offer's cost has no upper bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unbounded {
    /// No `quantity`: any number may be issued or given.
    NoQuantity,
    /// A percentage coupon without `cap`.
    NoCap,
    /// A flash sale without `list_price`.
    NoListPrice,
    /// A collect-to-win reward without `reward_cost`.
    NoRewardCost,
    /// A price reduction, and the plan states no sales target for its phases.
    NeedsForecast,
    /// Its cost is stated only in words (points, referral rewards).
    InWords,
}

impl Unbounded {
    /// The reason as written in `rules.json`.
    pub fn as_str(self) -> &'static str {
        match self {
            Unbounded::NoQuantity => "no_quantity",
            Unbounded::NoCap => "no_cap",
            Unbounded::NoListPrice => "no_list_price",
            Unbounded::NoRewardCost => "no_reward_cost",
            Unbounded::NeedsForecast => "needs_forecast",
            Unbounded::InWords => "stated_in_words",
        }
    }

    /// Whether a field of the offer would bound it (the plan can fix it at the offer).
    pub fn fixable(self) -> bool {
        matches!(
            self,
            Unbounded::NoQuantity | Unbounded::NoListPrice | Unbounded::NoRewardCost
        )
    }
}

/// What an offer can cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cost {
    Bounded {
        worst: Decimal,
        basis: Basis,
    },
    Unbounded(Unbounded),
    /// A value it depends on could not be read: no figure.
    Unknown,
}

/// One offer's liability.
#[derive(Clone, Debug)]
pub struct Liability {
    pub id: String,
    pub at: OfferAt,
    /// The `budget.lines` id that pays for it.
    pub funded_by: Option<String>,
    /// The expected share used (the offer's `redemption`, else `budget.redemption`).
    pub redemption: Option<Decimal>,
    pub cost: Cost,
}

impl Cost {
    /// The worst case, when bounded.
    pub fn worst(&self) -> Option<Decimal> {
        match *self {
            Cost::Bounded { worst, .. } => Some(worst),
            _ => None,
        }
    }
}

impl Liability {
    /// The worst case, when bounded.
    pub fn worst(&self) -> Option<Decimal> {
        match self.cost {
            Cost::Bounded { worst, .. } => Some(worst),
            _ => None,
        }
    }

    /// The expected cost: the worst case at the stated redemption, to the cent.
    pub fn expected(&self) -> Option<Decimal> {
        let worst = self.worst()?;
        let r = self.redemption?;
        Some(worst.saturating_mul(r).round_dp(2))
    }

    /// What the plan expects to spend: the expected cost, or the worst case when no
    /// redemption is stated.
    pub fn planned(&self) -> Option<Decimal> {
        self.expected().or_else(|| self.worst())
    }

    /// Whether the cost is money paid out rather than a price reduction.
    pub fn is_payout(&self) -> bool {
        is_payout(matches!(self.at, OfferAt::Coupon(_)), self.cost)
    }

    /// Whether it is a markdown that only a flash sale's list price would bound.
    pub fn is_flash(&self) -> bool {
        matches!(self.cost, Cost::Unbounded(Unbounded::NoListPrice))
    }
}

/// What the offers funded by one budget line can cost together.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineTotal {
    /// The sum of the bounded offers' worst cases (a floor when `unbounded`).
    pub worst: Decimal,
    /// The sum of their expected costs ([`Liability::planned`]).
    pub expected: Decimal,
    /// Whether an offer of the line has no bound.
    pub unbounded: bool,
    /// The offers the line funds, in plan order.
    pub offers: Vec<String>,
}

/// The offers of `liabilities` added up per funding line (by line id, sorted); offers
/// without a line are left out, and an offer whose cost is unknown counts as funded but
/// adds nothing.
pub fn line_totals(liabilities: &[Liability]) -> std::collections::BTreeMap<String, LineTotal> {
    let mut lines: std::collections::BTreeMap<String, LineTotal> = Default::default();
    for offer in liabilities {
        let Some(line) = &offer.funded_by else {
            continue;
        };
        let total = lines.entry(line.clone()).or_default();
        total.offers.push(offer.id.clone());
        match offer.cost {
            Cost::Bounded { worst, .. } => {
                total.worst = total.worst.saturating_add(worst);
                total.expected = total
                    .expected
                    .saturating_add(offer.planned().unwrap_or(worst));
            }
            Cost::Unbounded(_) => total.unbounded = true,
            Cost::Unknown => {}
        }
    }
    lines
}

/// Whether an offer's cost is money paid out (coupons, gifts, prizes, rewards) rather than
/// a price reduction carried by the margin (flash, member and tier prices, discounts).
pub fn is_payout(coupon: bool, cost: Cost) -> bool {
    match cost {
        _ if coupon => true,
        Cost::Bounded { basis, .. } => !matches!(basis, Basis::Forecast { .. }),
        Cost::Unbounded(u) => matches!(u, Unbounded::NoQuantity | Unbounded::NoRewardCost),
        Cost::Unknown => false,
    }
}

/// The redemption that applies: the offer's own, else the plan default for an offer that
/// pays out (a price reduction has no default redemption).
pub fn redemption(
    campaign: &Campaign,
    own: Option<&crate::values::Percent>,
    coupon: bool,
    cost: Cost,
) -> Option<Decimal> {
    own.or_else(|| {
        campaign
            .budget
            .as_ref()
            .and_then(|b| b.redemption.as_ref())
            .filter(|_| is_payout(coupon, cost))
    })
    .map(|r| r.ratio())
}

/// Every offer's liability, promotions first, then coupons, in the order written.
pub fn liabilities(campaign: &Campaign) -> Vec<Liability> {
    let mut out = Vec::new();
    for (at, p) in campaign.promotions_at() {
        let cost = promotion_cost(campaign, p);
        out.push(Liability {
            id: p.id.to_string(),
            funded_by: p.funded_by.as_ref().map(|i| i.to_string()),
            redemption: redemption(campaign, p.redemption.as_ref(), false, cost),
            cost,
            at: OfferAt::Promotion(at),
        });
    }
    for (at, c) in campaign.coupons_at() {
        let cost = coupon_cost(c);
        out.push(Liability {
            id: c.id.to_string(),
            funded_by: c.funded_by.as_ref().map(|i| i.to_string()),
            redemption: redemption(campaign, c.redemption.as_ref(), true, cost),
            cost,
            at: OfferAt::Coupon(at),
        });
    }
    out
}

/// `units` × `each`.
fn per_unit(units: u64, each: Decimal) -> Cost {
    Cost::Bounded {
        worst: Decimal::from(units).saturating_mul(each),
        basis: Basis::PerUnit { units, each },
    }
}

/// A coupon: quantity × amount, or quantity × cap.
pub fn coupon_cost(c: &Coupon) -> Cost {
    let each = match (&c.amount, &c.percent, &c.cap) {
        (Some(amount), _, _) => amount.amount,
        (None, Some(_), Some(cap)) => cap.amount,
        (None, Some(_), None) => return Cost::Unbounded(Unbounded::NoCap),
        (None, None, _) => return Cost::Unknown,
    };
    match &c.quantity {
        Some(q) => per_unit(q.0, each),
        None => Cost::Unbounded(Unbounded::NoQuantity),
    }
}

/// A promotion's cost by its mechanic.
pub fn promotion_cost(campaign: &Campaign, p: &Promotion) -> Cost {
    let quantity = p.quantity.as_ref().map(|q| q.0);
    match &p.kind {
        PromotionKind::GiftWithPurchase { tiers } => {
            let Some(tiers) = tiers.known().filter(|t| t.is_complete()) else {
                return Cost::Unknown;
            };
            let costs: Option<Vec<Decimal>> = tiers
                .items()
                .map(|t| t.gift_cost.known().map(|m| m.amount))
                .collect();
            let Some(most) = costs.and_then(|c| c.into_iter().max()) else {
                return Cost::Unknown;
            };
            match quantity {
                Some(q) => per_unit(q, most),
                None => Cost::Unbounded(Unbounded::NoQuantity),
            }
        }
        PromotionKind::Lottery { prizes, .. } => {
            let Some(prizes) = prizes.known().filter(|t| t.is_complete()) else {
                return Cost::Unknown;
            };
            let mut sum = Decimal::ZERO;
            for prize in prizes.items() {
                let (Some(v), Some(q)) = (prize.value.known(), prize.quantity.known()) else {
                    return Cost::Unknown;
                };
                sum = sum.saturating_add(v.amount.saturating_mul(Decimal::from(q.0)));
            }
            Cost::Bounded {
                worst: sum,
                basis: Basis::Sum,
            }
        }
        PromotionKind::MysteryBox {
            prices,
            value_multiple,
            grand_prize,
        } => mystery_box(quantity, prices, value_multiple, grand_prize.as_ref()),
        PromotionKind::CollectToWin { reward_cost, .. } => match (reward_cost, quantity) {
            (None, _) => Cost::Unbounded(Unbounded::NoRewardCost),
            (Some(_), None) => Cost::Unbounded(Unbounded::NoQuantity),
            (Some(cost), Some(q)) => per_unit(q, cost.amount),
        },
        PromotionKind::FlashSale { .. } => flash_sale(campaign, p),
        PromotionKind::SpendTiers { tiers, .. } => {
            let Some(tiers) = tiers.known().filter(|t| t.is_complete()) else {
                return Cost::Unknown;
            };
            let depths: Option<Vec<Decimal>> = tiers
                .items()
                .map(|t| {
                    let spend = t.spend.known()?.amount;
                    match t.discount.known()? {
                        Discount::Amount(m) => m.amount.checked_div(spend),
                        other => other.off_ratio(),
                    }
                })
                .collect();
            forecast_cost(campaign, p, depths.and_then(|d| d.into_iter().max()))
        }
        PromotionKind::MemberPrice { levels, .. } => {
            let Some(levels) = levels.known().filter(|t| t.is_complete()) else {
                return Cost::Unknown;
            };
            let depths: Option<Vec<Decimal>> = levels
                .items()
                .map(|l| l.price.known().and_then(Discount::off_ratio))
                .collect();
            forecast_cost(campaign, p, depths.and_then(|d| d.into_iter().max()))
        }
        PromotionKind::Discount { discount, .. } => match discount.known() {
            None => Cost::Unknown,
            Some(Discount::Amount(_)) => Cost::Unbounded(Unbounded::NeedsForecast),
            Some(d) => forecast_cost(campaign, p, d.off_ratio()),
        },
        PromotionKind::Points { .. } | PromotionKind::Referral { .. } => {
            Cost::Unbounded(Unbounded::InWords)
        }
    }
}

/// A mystery box: the grand prizes, plus the value promised above the price of every box
/// (the dearest box at the highest multiple).
fn mystery_box(
    quantity: Option<u64>,
    prices: &crate::model::Known<crate::model::List<Money>>,
    multiple: &crate::model::Known<crate::values::NumberRange>,
    grand: Option<&crate::model::Prize>,
) -> Cost {
    let grand_cost = match grand {
        None => Decimal::ZERO,
        Some(prize) => match (prize.value.known(), prize.quantity.known()) {
            (Some(v), Some(q)) => v.amount.saturating_mul(Decimal::from(q.0)),
            _ => return Cost::Unknown,
        },
    };
    let (Some(prices), Some(multiple)) =
        (prices.known().filter(|l| l.is_complete()), multiple.known())
    else {
        return Cost::Unknown;
    };
    let Some(dearest) = prices.items().map(|m| m.amount).max() else {
        return Cost::Unknown;
    };
    let above = multiple
        .high
        .saturating_sub(Decimal::ONE)
        .max(Decimal::ZERO);
    let per_box = dearest.saturating_mul(above);
    let boxes = if per_box.is_zero() {
        Decimal::ZERO
    } else {
        match quantity {
            Some(q) => Decimal::from(q).saturating_mul(per_box),
            None => return Cost::Unbounded(Unbounded::NoQuantity),
        }
    };
    Cost::Bounded {
        worst: boxes.saturating_add(grand_cost),
        basis: Basis::Sum,
    }
}

/// A flash sale: (list price − flash price) × every unit of every slot of every day.
fn flash_sale(campaign: &Campaign, p: &Promotion) -> Cost {
    let PromotionKind::FlashSale {
        slots,
        items_per_slot,
        price,
        list_price,
        ..
    } = &p.kind
    else {
        return Cost::Unknown;
    };
    let (Some(slots), Some(price)) = (slots.known().filter(|s| s.is_complete()), price.known())
    else {
        return Cost::Unknown;
    };
    let markdown = match (price, list_price) {
        (Discount::Amount(m), _) => m.amount,
        (_, None) => return Cost::Unbounded(Unbounded::NoListPrice),
        (d, Some(list)) => match d.off_ratio() {
            Some(off) => list.amount.saturating_mul(off),
            None => return Cost::Unknown,
        },
    };
    let Some(quantity) = p.quantity.as_ref().map(|q| q.0) else {
        return Cost::Unbounded(Unbounded::NoQuantity);
    };
    let Some(days) = run_days(campaign, p) else {
        return Cost::Unknown;
    };
    let units = quantity
        .saturating_mul(items_per_slot.as_ref().map_or(1, |c| c.0))
        .saturating_mul(u64::try_from(slots.len()).unwrap_or(u64::MAX))
        .saturating_mul(days);
    per_unit(units, markdown)
}

/// The days a promotion runs: its phases', or the campaign window's.
fn run_days(campaign: &Campaign, p: &Promotion) -> Option<u64> {
    let span = |a: crate::values::Date, b: crate::values::Date| -> Option<u64> {
        let days = a.get().until(b.get()).ok()?.get_days();
        u64::try_from(days).ok()?.checked_add(1)
    };
    match &p.phases {
        None => {
            let w = campaign.window.as_ref()?;
            span(w.start?, w.end?)
        }
        Some(ids) => {
            let phases = campaign.phases.as_ref()?;
            let mut total: u64 = 0;
            for id in ids.items() {
                let phase = phases.items().find(|ph| ph.id == *id)?;
                let days = span(*phase.start.known()?, *phase.end.known()?)?;
                total = total.saturating_add(days);
            }
            Some(total)
        }
    }
}

/// The sales a promotion's phases are expected to make: the plan's first money sales goal
/// (`gmv`, else `revenue`), the top of its target, times the phases' shares of it.
fn forecast(campaign: &Campaign, p: &Promotion) -> Option<Decimal> {
    let goals = campaign.goals.as_ref()?;
    let goal = [Metric::Gmv, Metric::Revenue].iter().find_map(|metric| {
        goals
            .items()
            .find(|g| g.metric.known() == Some(metric) && g.target.is_some())
    })?;
    let target = goal
        .target
        .as_ref()?
        .interpret(MeasureKind::Money)
        .ok()?
        .high();
    let share = match &p.phases {
        None => Decimal::ONE,
        Some(ids) => {
            let phases = campaign.phases.as_ref()?;
            let mut share = Decimal::ZERO;
            for id in ids.items() {
                let phase = phases.items().find(|ph| ph.id == *id)?;
                let s = phase.targets.as_ref()?.get(goal.id.as_str())?;
                share = share.saturating_add(s.ratio());
            }
            share
        }
    };
    Some(target.saturating_mul(share))
}

/// A price reduction of `depth` (share of the list price saved) on the forecast sales:
/// sales × depth / (1 − depth), the markdown from list price to what was paid.
fn forecast_cost(campaign: &Campaign, p: &Promotion, depth: Option<Decimal>) -> Cost {
    let Some(depth) = depth else {
        return Cost::Unknown;
    };
    let Some(sales) = forecast(campaign, p) else {
        return Cost::Unbounded(Unbounded::NeedsForecast);
    };
    let paid = Decimal::ONE.saturating_sub(depth);
    if paid <= Decimal::ZERO {
        return Cost::Unbounded(Unbounded::NeedsForecast);
    }
    match sales.saturating_mul(depth).checked_div(paid) {
        Some(worst) => Cost::Bounded {
            worst: worst.round_dp(2),
            basis: Basis::Forecast { sales, depth },
        },
        None => Cost::Unbounded(Unbounded::NeedsForecast),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Campaign;

    fn plan(body: &str) -> Campaign {
        let text = format!(
            "campspec: 1\nid: t\nname: t\ncurrency: CNY\nwindow: {{ start: 2027-01-01, end: 2027-01-10 }}\n{body}"
        );
        let loaded = crate::source::yaml::load(&text, Default::default());
        let modelled = crate::model::model(&loaded.doc, &[]);
        assert!(modelled.dropped.is_empty(), "{:?}", modelled.dropped);
        modelled.campaign
    }

    fn costs(body: &str) -> Vec<(String, Cost, Option<Decimal>)> {
        liabilities(&plan(body))
            .into_iter()
            .map(|l| (l.id.clone(), l.cost, l.expected()))
            .collect()
    }

    fn d(s: &str) -> Decimal {
        s.parse().expect("decimal")
    }

    #[test]
    fn amount_coupon_is_quantity_times_amount() {
        let c = costs(
            "coupons:\n  - { id: a, name: A, amount: 50, min_spend: 0, quantity: 20000, redemption: 35% }\n",
        );
        assert_eq!(
            c[0].1,
            Cost::Bounded {
                worst: d("1000000"),
                basis: Basis::PerUnit {
                    units: 20000,
                    each: d("50")
                }
            }
        );
        // 1,000,000 × 35% = 350,000.
        assert_eq!(c[0].2, Some(d("350000")));
    }

    #[test]
    fn percent_coupon_is_quantity_times_cap_and_unbounded_without() {
        let c = costs(
            "budget:\n  total: 100\n  redemption: 10%\n  lines: []\ncoupons:\n  - { id: a, name: A, percent: 10%, cap: 30, min_spend: 0, quantity: 1000 }\n  - { id: b, name: B, percent: 10%, min_spend: 0, quantity: 1000 }\n  - { id: c, name: C, amount: 5, min_spend: 0 }\n",
        );
        assert_eq!(c[0].1.worst(), Some(d("30000")));
        // The plan default applies: 30,000 × 10%.
        assert_eq!(c[0].2, Some(d("3000")));
        assert_eq!(c[1].1, Cost::Unbounded(Unbounded::NoCap));
        assert_eq!(c[2].1, Cost::Unbounded(Unbounded::NoQuantity));
    }

    #[test]
    fn gifts_take_the_dearest_tier_and_draws_sum_their_prizes() {
        let c = costs(concat!(
            "promotions:\n",
            "  - { id: g, name: G, type: gift_with_purchase, quantity: 100, tiers: [{ spend: 99, gift: a, gift_cost: 12 }, { spend: 199, gift: b, gift_cost: 25.5 }] }\n",
            "  - { id: l, name: L, type: lottery, entry: x, prizes: [{ name: a, value: 6999, quantity: 11 }, { name: b, value: 5, quantity: 200000 }] }\n",
        ));
        assert_eq!(c[0].1.worst(), Some(d("2550")));
        // 6,999 × 11 + 5 × 200,000 = 76,989 + 1,000,000.
        assert_eq!(c[1].1.worst(), Some(d("1076989")));
    }

    #[test]
    fn mystery_boxes_count_the_grand_prize_and_the_value_above_the_price() {
        let c = costs(concat!(
            "promotions:\n",
            "  - { id: m, name: M, type: mystery_box, quantity: 1000, prices: [88, 188], value_multiple: 2..3, grand_prize: { name: card, value: 5000, quantity: 10 } }\n",
            "  - { id: n, name: N, type: mystery_box, prices: [88], value_multiple: 2..3 }\n",
        ));
        // 1,000 × 188 × (3 − 1) + 5,000 × 10 = 376,000 + 50,000.
        assert_eq!(c[0].1.worst(), Some(d("426000")));
        assert_eq!(c[1].1, Cost::Unbounded(Unbounded::NoQuantity));
    }

    #[test]
    fn collect_to_win_and_flash_sales() {
        let c = costs(concat!(
            "promotions:\n",
            "  - { id: c, name: C, type: collect_to_win, pieces: [a, b], reward: box, reward_cost: 68, quantity: 2000 }\n",
            "  - { id: k, name: K, type: collect_to_win, pieces: [a, b], reward: box, quantity: 2000 }\n",
            "  - { id: f, name: F, type: flash_sale, slots: ['10:00', '20:00'], items_per_slot: 5, price: 5折, list_price: 199, quantity: 100, per_user: 1 }\n",
            "  - { id: h, name: H, type: flash_sale, slots: ['10:00'], price: 5折, quantity: 100, per_user: 1 }\n",
        ));
        assert_eq!(c[0].1.worst(), Some(d("136000")));
        assert_eq!(c[1].1, Cost::Unbounded(Unbounded::NoRewardCost));
        // 100 per item × 5 items × 2 slots × 10 days = 10,000 units at 199 × 50% off.
        assert_eq!(c[2].1.worst(), Some(d("995000.0")));
        assert_eq!(c[3].1, Cost::Unbounded(Unbounded::NoListPrice));
    }

    #[test]
    fn price_reductions_are_bounded_from_the_sales_target_of_their_phases() {
        let c = costs(concat!(
            "goals:\n  - { id: gmv, metric: gmv, name: G, target: 1000万 }\n",
            "phases:\n",
            "  - { id: a, name: A, start: 2027-01-01, end: 2027-01-05, targets: { gmv: 40% } }\n",
            "  - { id: b, name: B, start: 2027-01-06, end: 2027-01-10, targets: { gmv: 60% } }\n",
            "promotions:\n",
            "  - { id: m, name: M, type: member_price, phases: [a], levels: [{ level: g, name: G, price: 8折 }] }\n",
            "  - { id: t, name: T, type: spend_tiers, tiers: [{ spend: 200, discount: 50 }] }\n",
            "  - { id: p, name: P, type: points, earn: x, redeem: { points: 100, worth: 1 } }\n",
        ));
        // 4,000,000 of sales at 20% off the list price: 4,000,000 × 0.2 / 0.8.
        assert_eq!(c[0].1.worst(), Some(d("1000000")));
        // 10,000,000 at 25% off: 10,000,000 × 0.25 / 0.75.
        assert_eq!(c[1].1.worst(), Some(d("3333333.33")));
        assert_eq!(c[2].1, Cost::Unbounded(Unbounded::InWords));
        let none = costs("promotions:\n  - { id: m, name: M, type: discount, discount: 9折 }\n");
        assert_eq!(none[0].1, Cost::Unbounded(Unbounded::NeedsForecast));
    }
}
