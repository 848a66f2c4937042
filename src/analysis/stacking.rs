//! The worst-case stacking analysis: the deepest discount any order can get from the
//! plan's promotions and coupons, computed exactly.
//!
//! # What is computed
//!
//! For every list-price order value `V` (whole cents, from the minimum order value up)
//! and every combination the plan allows (at most one item-level price; any spend-tier
//! promotions; up to `max_coupons_per_order` coupons; respecting `standalone` and
//! `exclusive`), the order is priced as FORMAT.md says: item-level subtotal
//! `S = round(V × pay)` (or `V − amount`), then every spend-tier promotion on `S`, then
//! the coupons on `S' = S − tier savings` (each usable when `S' ≥ min_spend`), never
//! below zero, rounding half up to the cent. The result is the largest depth
//! `1 − paid / V`; ties go to the smaller order value, then to fewer offers, then to
//! offers earlier in the spec.
//!
//! # How, and why it is exact
//!
//! 1. **Configurations.** Item-level choice × subset of spend-tier promotions (both few)
//!    are enumerated. Coupons are *not* enumerated: for a given order the best coupons
//!    are chosen directly (`select`): at most `k`, at most one per exclusive group, the
//!    largest total saving — greedy when groups do not overlap (a matroid, so greedy is
//!    optimal), branch and bound when they do.
//! 2. **Search over `S`, not `V`.** Everything after the item-level step depends only on
//!    `S`, so the paid amount is a function of `S`. For a given `S` the depth
//!    `1 − paid/V` is largest at the *largest* `V` whose subtotal is `S` (e.g. ¥923.08,
//!    not ¥923.07, for `S` = ¥600.00 at 6.5折). So each `S` is evaluated once, at that `V`.
//! 3. **Regions.** The subtotals are cut where the structure of the price may change:
//!    a tier's spend, the point where a capped 每满减 reaches its `max`, and around
//!    every point where the subtotal after tiers `S'` may cross a coupon's minimum or
//!    the point where a percentage coupon reaches its cap. Rounding (and, with 每满减,
//!    the dip at each multiple) blurs a crossing over a few cents: that *band* is a
//!    dense region, priced cent by cent; with 每满减 counting, `S'` dips below the
//!    threshold again after each multiple, so inside the band every multiple is a cut
//!    too, with a narrow dense band between each pair. Everywhere else, within a
//!    region, it is fixed which tier applies, which coupons are usable and whether a
//!    cap binds; only the 每满减 multiples keep counting.
//! 4. **Residues.** Within a region the prices repeat with a period `Q`: the least
//!    step after which every rounding in the chain — the list value behind a member
//!    price, each percent tier, each percent coupon on what the tiers leave — and every
//!    每满减 multiple recur exactly. Along the subtotals `s, s + Q, s + 2Q, …` each
//!    coupon choice then pays a linear function of the step, the customer pays the
//!    least of them (floored at zero), and the list value grows linearly, so the depth
//!    is *quasi-convex* along every residue: its maximum lies at the first or the last
//!    occurrence. The region is searched over its first and its last period only —
//!    between two multiples (a *piece*, where the 每满减 count is fixed too) the same
//!    argument with the rounding period alone leaves the first and last rounding
//!    period of each piece. Where a deeper order turns up at the end of a stretch, the
//!    earliest order along its residue that is as deep is found by bisection (ties go
//!    to the smaller order value). Nothing here depends on the size of the amounts:
//!    multiplying every amount by 10^k gives the same regions and periods (a test
//!    checks this up to k = 12).
//! 5. **Bounds cut the search short.** With the structure fixed, the unrounded paid
//!    amount of any coupon choice is a convex function of `S` (linear, minus capped
//!    percentages) that is ≤ 0 at `S = 0`, so the bound `1 − (paid_unrounded − E) /
//!    V_max(S)` — where `E` covers every half-cent of rounding in the customer's
//!    favour — is decreasing in `S`; replacing each 每满减 by its linear rate (never
//!    more than its cap) keeps it valid across multiples. A region or piece is left as
//!    soon as the bound is no better than the best depth found.
//! 6. **Past the last threshold** nothing changes but the order value: its first
//!    period is enough. There, the paid amount is `a·S − b + e(S)` where `e` (the
//!    rounding and 每满减 remainders) repeats with the period. For each residue of the
//!    period, a later occurrence has the same `e` at a larger order value, so it is
//!    shallower when `b > e`, and never deeper than the asymptotic depth `1 − a` when
//!    `b ≤ e`; and the residue where everything divides exactly (`e = 0`) reaches at
//!    least `1 − a` within the first period.
//!
//! Limits, each of which makes the result a lower bound (reported as `truncated` by
//! [`worst_case_with_cost`]): a rounding period longer than [`MAX_PERIOD`] cents, a
//! dense band wider than [`MAX_DENSE`], more than [`MAX_MULTIPLES`] multiples in one
//! band or period, and orders beyond about ¥2.3×10^16 (a quarter of the `i64` cents
//! range), far beyond any amount a plan may state.
//!
//! Cost: configurations × regions × (the rounding period, usually a few cents) × one
//! coupon choice (`O(n log n)`), so 200 coupons with `max_coupons_per_order: 5` take
//! milliseconds, not `C(200, 5)` steps, whatever the amounts.

use super::exact::{Cents, Ratio, gcd, lcm};
use super::offers::{CouponSaving, ItemPrice, Offers, Repeat, TierSaving, TierUse};
use super::select::{self, Candidate, Groups};
use crate::model::Loc;
use std::cmp::Ordering;
use std::collections::BTreeSet;

/// The deepest discount the plan allows, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Worst {
    /// Saving / list price.
    pub depth: Ratio,
    /// The list-price order value, in cents.
    pub order_value: Cents,
    /// What the customer pays, in cents.
    pub paid: Cents,
    /// Index into `Offers::item_levels`.
    pub item_level: Option<usize>,
    /// Indices into `Offers::tiers`, with the tier used.
    pub tiers: Vec<(usize, TierUse)>,
    /// Indices into `Offers::coupons`.
    pub coupons: Vec<usize>,
}

impl Worst {
    fn none(order_value: Cents) -> Worst {
        Worst {
            depth: Ratio::ZERO,
            order_value,
            paid: order_value,
            item_level: None,
            tiers: Vec::new(),
            coupons: Vec::new(),
        }
    }

    /// The offers' ids in the order they apply.
    pub fn combination(&self, offers: &Offers) -> Vec<String> {
        let mut ids = Vec::new();
        if let Some(i) = self.item_level.and_then(|i| offers.item_levels.get(i)) {
            ids.push(i.id.clone());
        }
        for (t, _) in &self.tiers {
            if let Some(t) = offers.tiers.get(*t) {
                ids.push(t.id.clone());
            }
        }
        for c in &self.coupons {
            if let Some(c) = offers.coupons.get(*c) {
                ids.push(c.id.clone());
            }
        }
        ids
    }

    /// Where the offers involved write their ids, with the ids (for labelling findings).
    pub fn id_places(&self, offers: &Offers) -> Vec<(Loc, String)> {
        let mut out = Vec::new();
        if let Some(i) = self.item_level.and_then(|i| offers.item_levels.get(i)) {
            out.push((i.at.id(), i.id.clone()));
        }
        for (t, _) in &self.tiers {
            if let Some(t) = offers.tiers.get(*t) {
                out.push((t.at.id(), t.id.clone()));
            }
        }
        for c in &self.coupons {
            if let Some(c) = offers.coupons.get(*c) {
                out.push((c.at().id(), c.id.clone()));
            }
        }
        out
    }

    fn offer_orders(&self, offers: &Offers) -> Vec<usize> {
        let mut orders: Vec<usize> = Vec::new();
        if let Some(i) = self.item_level.and_then(|i| offers.item_levels.get(i)) {
            orders.push(i.order);
        }
        orders.extend(
            self.tiers
                .iter()
                .filter_map(|(t, _)| offers.tiers.get(*t).map(|t| t.order)),
        );
        orders.extend(
            self.coupons
                .iter()
                .filter_map(|c| offers.coupons.get(*c).map(|c| c.order)),
        );
        orders
    }

    /// Whether `self` is a worse worst case than `other` (so `other` should replace it).
    fn beaten_by(&self, other: &Worst, offers: &Offers) -> bool {
        match other.depth.cmp(&self.depth) {
            Ordering::Greater => true,
            Ordering::Less => false,
            Ordering::Equal => match other.order_value.cmp(&self.order_value) {
                Ordering::Less => true,
                Ordering::Greater => false,
                Ordering::Equal => {
                    let (a, b) = (other.offer_orders(offers), self.offer_orders(offers));
                    (a.len(), a) < (b.len(), b)
                }
            },
        }
    }
}

/// One way offers can combine: an item-level price, some tier promotions, and the
/// coupons that may join them.
#[derive(Clone, Debug)]
struct Config {
    item: Option<usize>,
    tiers: Vec<usize>,
    /// Coupon indices allowed with this configuration.
    coupons: Vec<usize>,
    groups: Groups,
    k: usize,
}

/// `coupons` without the amount-off coupons that no order can ever use: a coupon is
/// *dominated* when `k` other amount-off coupons outside every exclusive group are
/// usable wherever it is (minimum spend no higher) and each comes first in the choice
/// order (a larger amount, or the same amount and earlier in the spec). Wherever the
/// dominated coupon is usable, the choice takes those `k` first and stops, so the price
/// of every order — and the coupons chosen — are the same without it. The same holds
/// for the search bounds, which choose among the same coupons with the same savings.
/// A plan with thousands of coupons and a small `max_coupons_per_order` keeps only the
/// few that can matter at each threshold.
fn without_dominated(
    offers: &Offers,
    coupons: Vec<usize>,
    groups: &Groups,
    k: usize,
) -> Vec<usize> {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    if k == 0 || k >= coupons.len() {
        return coupons;
    }
    let amount = |c: usize| match offers.coupons[c].saving {
        CouponSaving::Amount(a) => Some(a),
        CouponSaving::Percent { .. } => None,
    };
    let free = |c: usize| groups.of_coupon.get(c).is_none_or(|g| g.is_empty());
    // (min spend ascending, then choice order): everything processed before a coupon
    // is usable wherever it is.
    let mut sweep: Vec<(Cents, Cents, usize)> = coupons
        .iter()
        .filter(|&&c| free(c))
        .filter_map(|&c| amount(c).map(|a| (offers.coupons[c].min_spend, a, c)))
        .collect();
    sweep.sort_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)).then(x.2.cmp(&y.2)));
    // The k best so far in choice order, smallest on top: (amount, earlier first).
    let mut best: BinaryHeap<Reverse<(Cents, Reverse<usize>)>> = BinaryHeap::new();
    let mut dominated = std::collections::HashSet::new();
    for (_, a, c) in sweep {
        let rank = (a, Reverse(c));
        if best.len() == k && best.peek().is_some_and(|Reverse(worst)| *worst > rank) {
            dominated.insert(c);
            continue;
        }
        best.push(Reverse(rank));
        if best.len() > k {
            best.pop();
        }
    }
    if dominated.is_empty() {
        return coupons;
    }
    coupons
        .into_iter()
        .filter(|c| !dominated.contains(c))
        .collect()
}

/// The longest rounding period of a stretch between multiples (cents of subtotal).
pub const MAX_PERIOD: Cents = 10_000_000;

/// The widest band of subtotals searched cent by cent around one crossing.
pub const MAX_DENSE: Cents = 100_000;

/// The most 每满减 multiples cut apart around one crossing, or in one period.
pub const MAX_MULTIPLES: usize = 100_000;

/// More spend-tier promotions than this are not combined in every subset.
pub const MAX_TIER_PROMOTIONS: usize = 12;

fn configurations(offers: &Offers, prune: bool) -> Vec<Config> {
    let standalone = |id: &str| offers.standalone.contains(id);
    let mut configs = Vec::new();
    let coupon_groups = |allowed: &[usize]| {
        let groups: Vec<Vec<usize>> = offers
            .exclusive
            .iter()
            .map(|group| {
                allowed
                    .iter()
                    .copied()
                    .filter(|&c| group.contains(&offers.coupons[c].id))
                    .collect::<Vec<usize>>()
            })
            .filter(|g| g.len() > 1)
            .collect();
        Groups::new(offers.coupons.len(), &groups)
    };
    // Standalone offers, each alone.
    for (i, item) in offers.item_levels.iter().enumerate() {
        if standalone(&item.id) {
            configs.push(Config {
                item: Some(i),
                tiers: Vec::new(),
                coupons: Vec::new(),
                groups: Groups::default(),
                k: 0,
            });
        }
    }
    for (t, tier) in offers.tiers.iter().enumerate() {
        if standalone(&tier.id) {
            configs.push(Config {
                item: None,
                tiers: vec![t],
                coupons: Vec::new(),
                groups: Groups::default(),
                k: 0,
            });
        }
    }
    for (c, coupon) in offers.coupons.iter().enumerate() {
        if standalone(&coupon.id) {
            configs.push(Config {
                item: None,
                tiers: Vec::new(),
                coupons: vec![c],
                groups: coupon_groups(&[c]),
                k: 1.min(offers.max_coupons),
            });
        }
    }
    // Everything else.
    let items: Vec<Option<usize>> = std::iter::once(None)
        .chain(
            offers
                .item_levels
                .iter()
                .enumerate()
                .filter(|(_, i)| !standalone(&i.id))
                .map(|(i, _)| Some(i)),
        )
        .collect();
    let tier_ids: Vec<usize> = offers
        .tiers
        .iter()
        .enumerate()
        .filter(|(_, t)| !standalone(&t.id))
        .map(|(t, _)| t)
        .take(MAX_TIER_PROMOTIONS)
        .collect();
    for item in items {
        for mask in 0u32..(1u32 << tier_ids.len()) {
            let tiers: Vec<usize> = tier_ids
                .iter()
                .enumerate()
                .filter(|(bit, _)| mask & (1 << bit) != 0)
                .map(|(_, &t)| t)
                .collect();
            let mut ids: Vec<&str> = tiers.iter().map(|&t| offers.tiers[t].id.as_str()).collect();
            if let Some(i) = item {
                ids.push(offers.item_levels[i].id.as_str());
            }
            let compatible = ids.iter().enumerate().all(|(a, x)| {
                ids.iter()
                    .skip(a.saturating_add(1))
                    .all(|y| offers.compatible(x, y))
            });
            if !compatible {
                continue;
            }
            let coupons: Vec<usize> = offers
                .coupons
                .iter()
                .enumerate()
                .filter(|(_, c)| {
                    !standalone(&c.id) && ids.iter().all(|id| offers.compatible(id, &c.id))
                })
                .map(|(c, _)| c)
                .collect();
            let groups = coupon_groups(&coupons);
            let coupons = if prune {
                without_dominated(offers, coupons, &groups, offers.max_coupons)
            } else {
                coupons
            };
            configs.push(Config {
                item,
                tiers,
                coupons,
                groups,
                k: offers.max_coupons,
            });
        }
    }
    configs
}

/// Ceiling division for a positive denominator (any sign of numerator); saturates.
fn ceil_div(num: i128, den: i128) -> i128 {
    if den <= 0 {
        return i128::MAX / 4;
    }
    let q = num.div_euclid(den);
    if num.rem_euclid(den) == 0 {
        q
    } else {
        q.saturating_add(1)
    }
}

/// Floor division for a positive denominator (any sign of numerator).
fn floor_div(num: i128, den: i128) -> i128 {
    if den <= 0 {
        return i128::MIN / 4;
    }
    num.div_euclid(den)
}

/// `a − b` for ratios, `None` on overflow.
fn sub(a: Ratio, b: Ratio) -> Option<Ratio> {
    let num = a
        .num
        .checked_mul(b.den)?
        .checked_sub(b.num.checked_mul(a.den)?)?;
    Some(Ratio::new(num, a.den.checked_mul(b.den)?))
}

/// `2·cents + add` in `i128`, where it cannot overflow.
fn twice_plus(cents: Cents, add: i128) -> i128 {
    i128::from(cents).saturating_mul(2).saturating_add(add)
}

fn clamp(v: i128) -> Cents {
    v.clamp(0, i128::from(Cents::MAX / 4)) as Cents
}

/// The price structure on a stretch of subtotals between two hard edges: the tier of
/// each spend-tier promotion in use, and which 每满减 still count multiples.
#[derive(Clone, Debug, Default)]
struct Structure {
    /// The percent tiers in use (each rounds on its own).
    shares: Vec<Ratio>,
    /// Amount tiers in use, and every 每满减 that reached its `max`.
    fixed: i128,
    /// 每满减 still counting multiples here.
    repeats: Vec<Repeat>,
}

impl Structure {
    /// What the tiers leave of a large subtotal, per cent of subtotal: 1 − the percent
    /// shares − (with `rates`) the 每满减 rates. `None` on overflow.
    fn keep(&self, rates: bool) -> Option<Ratio> {
        let mut keep = Ratio::ONE;
        for share in &self.shares {
            keep = sub(keep, *share)?;
        }
        if rates {
            for r in &self.repeats {
                keep = sub(keep, Ratio::new(i128::from(r.amount), i128::from(r.spend)))?;
            }
        }
        Some(keep)
    }

    /// The same structure on a stretch between two multiples, starting at `at`: every
    /// 每满减 counts a fixed number of multiples there.
    fn frozen_at(&self, at: Cents) -> Structure {
        let fixed = self.repeats.iter().fold(self.fixed, |fixed, r| {
            let times = i128::from(at.checked_div(r.spend).unwrap_or(0).max(0));
            let times = r.max.map_or(times, |m| times.min(i128::from(m)));
            fixed.saturating_add(times.saturating_mul(i128::from(r.amount)))
        });
        Structure {
            shares: self.shares.clone(),
            fixed,
            repeats: Vec::new(),
        }
    }

    /// The subtotals `[from, to)` around which the subtotal after tiers, `S'`, may cross
    /// `threshold` (a coupon minimum or the point where a percentage reaches its cap):
    /// below `from` it is surely below, from `to` on surely at or above.
    ///
    /// `S' = S − Σ round(share·S) − fixed − Σ ⌊S / spend⌋·amount` lies, in half cents,
    /// within `[2S·keep − 2·fixed − n, 2S·keep − 2·fixed + n + 2A)` where `keep` takes
    /// the 每满减 rates off too, `n` counts the roundings and `A` sums the 每满减
    /// amounts. `None` when the tiers keep nothing of large orders (or on overflow).
    fn band(&self, threshold: i128) -> Option<(i128, i128)> {
        let keep = self.keep(true)?;
        if keep.num <= 0 {
            return None;
        }
        let n = self.shares.len() as i128;
        let dips: i128 = self
            .repeats
            .iter()
            .map(|r| i128::from(r.amount))
            .fold(0i128, i128::saturating_add);
        let base = threshold.checked_add(self.fixed)?.checked_mul(2)?;
        let low = base
            .checked_sub(n)?
            .checked_sub(dips.checked_mul(2)?)?
            .checked_mul(keep.den)?;
        let high = base.checked_add(n)?.checked_mul(keep.den)?;
        let twice = keep.num.checked_mul(2)?;
        Some((
            floor_div(low, twice).saturating_sub(1),
            ceil_div(high, twice).saturating_add(1),
        ))
    }
}

/// A stretch of subtotals searched as one: `dense` ones cent by cent, the others by
/// the residues of their period (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Region {
    lo: Cents,
    /// `None`: every subtotal from `lo` on.
    hi: Option<Cents>,
    dense: bool,
}

/// Where the best so far was found, for the search of the earliest equal order.
#[derive(Clone, Copy, Debug)]
enum Tail {
    /// A head: nothing to look back for.
    None,
    /// The last period of a piece between multiples that starts at `from`.
    Piece { from: Cents, step: Cents },
}

struct Search<'a> {
    offers: &'a Offers,
    min_order: Cents,
    best: Worst,
    /// Subtotals priced so far (the cost of the search).
    evaluations: u64,
    /// Whether a limit cut the search short (the result is then a lower bound).
    truncated: bool,
}

impl<'a> Search<'a> {
    /// The item-level subtotal of list value `v`.
    fn subtotal(&self, cfg: &Config, v: Cents) -> Cents {
        match cfg.item.and_then(|i| self.offers.item_levels.get(i)) {
            Some(item) => item.subtotal(v),
            None => v,
        }
    }

    fn item_price(&self, cfg: &Config) -> Option<ItemPrice> {
        cfg.item
            .and_then(|i| self.offers.item_levels.get(i))
            .map(|i| i.price)
    }

    /// The largest list value whose subtotal is `s` (and a proven upper bound of it).
    fn largest_list(&self, cfg: &Config, s: Cents) -> Option<Cents> {
        match self.item_price(cfg) {
            None => Some(s),
            Some(ItemPrice::AmountOff(off)) => Some(s.saturating_add(off)),
            Some(ItemPrice::Pay(r)) => {
                if r.num <= 0 {
                    return None;
                }
                // round(V·r) ≤ s ⟺ 2·V·num < (2s + 1)·den
                let v = ceil_div(
                    twice_plus(s, 1).saturating_mul(r.den),
                    r.num.saturating_mul(2),
                )
                .saturating_sub(1);
                Some(clamp(v))
            }
        }
    }

    /// Prices subtotal `s` exactly: (paid, tier uses, coupons).
    fn price(&self, cfg: &Config, s: Cents) -> (Cents, Vec<(usize, TierUse)>, Vec<usize>) {
        let mut tier_total: Cents = 0;
        let mut uses = Vec::new();
        for &t in &cfg.tiers {
            let (saving, used) = self.offers.tiers[t].saving(s);
            tier_total = tier_total.saturating_add(saving);
            if let Some(used) = used {
                uses.push((t, used));
            }
        }
        let after = s.saturating_sub(tier_total);
        let mut candidates: Vec<Candidate> = cfg
            .coupons
            .iter()
            .filter_map(|&c| {
                self.offers.coupons[c]
                    .saving(after)
                    .map(|saving| Candidate { coupon: c, saving })
            })
            .collect();
        let (coupon_total, chosen) = select::best(&mut candidates, &cfg.groups, cfg.k);
        let paid = after.saturating_sub(coupon_total).max(0);
        (paid, uses, chosen)
    }

    /// An upper bound of the depth at `s` and at every later subtotal of the same piece
    /// (the structure fixed, 每满减 multiples included; see the module docs).
    fn bound(&self, cfg: &Config, s: Cents) -> Ratio {
        self.bound_with(cfg, s, false, false)
    }

    /// Like [`Search::bound`], valid for every later subtotal of the same region, across
    /// 每满减 multiples: each 每满减 is bounded by its linear rate
    /// (`⌈s · amount / spend⌉ ≥ ⌊s / spend⌋ · amount`, and never more than its cap).
    fn bound_region(&self, cfg: &Config, s: Cents) -> Ratio {
        self.bound_with(cfg, s, true, false)
    }

    /// Like [`Search::bound_region`] with every allowed coupon taken as usable: valid for
    /// every later subtotal up to the next tier, whatever the coupons' minimums.
    fn bound_any(&self, cfg: &Config, s: Cents) -> Ratio {
        self.bound_with(cfg, s, true, true)
    }

    fn bound_with(&self, cfg: &Config, s: Cents, rate: bool, all_coupons: bool) -> Ratio {
        let mut percent_tiers = 0i64;
        let mut tier_ub: Cents = 0;
        let mut tier_exact: Cents = 0;
        for &t in &cfg.tiers {
            let offer = &self.offers.tiers[t];
            let exact = offer.saving(s).0;
            tier_exact = tier_exact.saturating_add(exact);
            if let Some(repeat) = &offer.repeat {
                let ub = if rate && repeat.spend > 0 {
                    let linear =
                        Ratio::new(i128::from(repeat.amount), i128::from(repeat.spend)).of_ceil(s);
                    match repeat.max {
                        Some(max) => linear.min(
                            repeat
                                .amount
                                .saturating_mul(i64::try_from(max).unwrap_or(i64::MAX)),
                        ),
                        None => linear,
                    }
                } else {
                    exact
                };
                tier_ub = tier_ub.saturating_add(ub);
                continue;
            }
            let best = offer
                .tiers
                .iter()
                .filter(|rule| s >= rule.spend)
                .map(|rule| match rule.saving {
                    TierSaving::Off(r) => {
                        percent_tiers = percent_tiers.saturating_add(1);
                        r.of_ceil(s)
                    }
                    TierSaving::Amount(a) => a,
                })
                .max()
                .unwrap_or(0);
            tier_ub = tier_ub.saturating_add(best);
        }
        let after_exact = s.saturating_sub(tier_exact);
        let after_ub = if rate {
            s
        } else {
            after_exact.saturating_add(percent_tiers)
        };
        let mut percent_coupons = 0i64;
        let mut candidates: Vec<Candidate> = cfg
            .coupons
            .iter()
            .filter_map(|&c| {
                let coupon = &self.offers.coupons[c];
                if !all_coupons {
                    coupon.saving(after_exact)?;
                }
                let saving = match coupon.saving {
                    CouponSaving::Amount(a) => a,
                    CouponSaving::Percent { off, cap } => {
                        percent_coupons = percent_coupons.saturating_add(1);
                        let ub = off.of_ceil(after_ub.max(0));
                        cap.map_or(ub, |cap| ub.min(cap))
                    }
                };
                Some(Candidate { coupon: c, saving })
            })
            .collect();
        let coupon_ub = select::best_total(&mut candidates, &cfg.groups, cfg.k);
        let k = (cfg.k as i64).min(percent_coupons);
        // Every rounding in the customer's favour, in whole cents, plus one.
        let slack = percent_tiers
            .saturating_add(k.saturating_mul(percent_tiers.saturating_add(1)))
            .saturating_add(1);
        let paid_lb = s
            .saturating_sub(tier_ub)
            .saturating_sub(coupon_ub)
            .saturating_sub(slack);
        if paid_lb <= 0 {
            return Ratio::ONE;
        }
        let v_ub = match self.item_price(cfg) {
            None => s,
            Some(ItemPrice::AmountOff(off)) => s.saturating_add(off),
            Some(ItemPrice::Pay(r)) => clamp(ceil_div(
                twice_plus(s, 1).saturating_mul(r.den),
                r.num.saturating_mul(2),
            )),
        };
        if v_ub <= 0 {
            return Ratio::ONE;
        }
        Ratio::new(
            i128::from(v_ub).saturating_sub(i128::from(paid_lb)),
            i128::from(v_ub),
        )
    }

    /// Whether nothing from subtotal `s` on can become the worst case, given an upper
    /// bound of its depth there: the bound is below the best depth, or equal to it and
    /// every order from `s` on is larger than the best one (ties go to the smaller order).
    fn hopeless(&self, cfg: &Config, s: Cents, bound: Ratio) -> bool {
        match bound.cmp(&self.best.depth) {
            Ordering::Less => true,
            Ordering::Equal => self.smallest_list(cfg, s) > self.best.order_value,
            Ordering::Greater => false,
        }
    }

    /// The smallest list value whose subtotal is `s`.
    fn smallest_list(&self, cfg: &Config, s: Cents) -> Cents {
        let v = match self.item_price(cfg) {
            None => s,
            Some(ItemPrice::AmountOff(off)) => {
                if s == 0 {
                    0
                } else {
                    s.saturating_add(off)
                }
            }
            Some(ItemPrice::Pay(r)) => {
                // round(V·r) ≥ s ⟺ 2·V·num ≥ (2s − 1)·den
                clamp(ceil_div(
                    twice_plus(s, -1).saturating_mul(r.den),
                    r.num.saturating_mul(2),
                ))
            }
        };
        v.max(self.min_order).max(1)
    }

    /// The order priced at subtotal `s`, if some list value has that subtotal.
    fn candidate(&mut self, cfg: &Config, s: Cents) -> Option<Worst> {
        self.evaluations = self.evaluations.saturating_add(1);
        let largest = self.largest_list(cfg, s)?;
        // The list value behind this subtotal lies beyond the search's ceiling.
        self.truncated |= largest >= Cents::MAX / 4;
        if largest < self.min_order || largest <= 0 || self.subtotal(cfg, largest) != s {
            return None;
        }
        let (paid, tiers, coupons) = self.price(cfg, s);
        // For a fixed subtotal the paid amount is fixed, so the depth is largest at the
        // largest list value — unless the order is free: then every list value is 100 %
        // deep and the smallest one is reported.
        let v = if paid == 0 {
            self.smallest_list(cfg, s)
        } else {
            largest
        };
        Some(Worst {
            depth: Ratio::new(
                i128::from(v).saturating_sub(i128::from(paid)),
                i128::from(v),
            ),
            order_value: v,
            paid,
            item_level: cfg.item,
            tiers,
            coupons,
        })
    }

    /// Prices subtotal `s` and keeps it if it is the new worst case; returns whether it
    /// is strictly deeper than the worst case before.
    fn evaluate(&mut self, cfg: &Config, s: Cents) -> bool {
        let Some(candidate) = self.candidate(cfg, s) else {
            return false;
        };
        let deeper = candidate.depth > self.best.depth;
        if self.best.beaten_by(&candidate, self.offers) {
            self.best = candidate;
        }
        deeper
    }

    /// After a new worst case at `s`, found at the end of a stretch whose subtotals
    /// `s − j·step` (down to `from`) all have the price structure of `s`: along such a
    /// residue the depth is quasi-convex and was lower at its start, so the subtotals as
    /// deep as `s` form a suffix; the earliest of them is found by bisection and kept if
    /// it is a smaller order (ties go to the smaller order value).
    fn earliest(&mut self, cfg: &Config, s: Cents, from: Cents, step: Cents) {
        if step <= 0 || s.saturating_sub(from) < step {
            return;
        }
        let depth = self.best.depth;
        // Largest j with depth(s − j·step) ≥ depth: true at 0, false at `far`.
        let mut near: Cents = 0;
        let mut far: Cents = s
            .saturating_sub(from)
            .checked_div(step)
            .unwrap_or(0)
            .saturating_add(1);
        while far.saturating_sub(near) > 1 {
            let mid = near.saturating_add(far.saturating_sub(near).div_euclid(2));
            let deep = self
                .candidate(cfg, s.saturating_sub(mid.saturating_mul(step)))
                .is_some_and(|c| c.depth >= depth);
            if deep {
                near = mid;
            } else {
                far = mid;
            }
        }
        if near > 0 {
            self.evaluate(cfg, s.saturating_sub(near.saturating_mul(step)));
        }
    }

    /// The structure of the price at subtotal `at`.
    fn structure(&self, cfg: &Config, at: Cents) -> Structure {
        let mut st = Structure::default();
        for &t in &cfg.tiers {
            let offer = &self.offers.tiers[t];
            match (&offer.repeat, offer.saving(at)) {
                (Some(repeat), (saving, _)) => {
                    let maxed = repeat.max.is_some_and(|m| {
                        u64::try_from(at.checked_div(repeat.spend.max(1)).unwrap_or(0)).unwrap_or(0)
                            >= m
                    });
                    if repeat.spend <= 0 || maxed {
                        st.fixed = st.fixed.saturating_add(i128::from(saving));
                    } else {
                        st.repeats.push(*repeat);
                    }
                }
                (None, (_, Some(TierUse::Tier(i)))) => match offer.tiers[i].saving {
                    TierSaving::Off(r) => st.shares.push(r),
                    TierSaving::Amount(a) => st.fixed = st.fixed.saturating_add(i128::from(a)),
                },
                _ => {}
            }
        }
        st
    }

    /// The step of subtotal after which every rounding of a structure repeats exactly
    /// — the list value behind a member price, each percent tier, then each percent
    /// coupon on what the tiers leave — and, with `multiples`, the 每满减 multiples too.
    /// A percent coupon after a percent tier needs the tier's *remainder* to step in
    /// whole multiples as well, which can make the period far longer than the
    /// denominators suggest (31 % then 67 %: 10,000 cents). Capped at [`MAX_PERIOD`].
    fn period(&mut self, cfg: &Config, st: &Structure, multiples: bool) -> Cents {
        let offers = self.offers;
        let mut p: i128 = 1;
        if let Some(ItemPrice::Pay(r)) = self.item_price(cfg) {
            p = lcm(p, r.num.max(1));
        }
        for share in &st.shares {
            p = lcm(p, share.den);
        }
        if multiples {
            for r in &st.repeats {
                p = lcm(p, i128::from(r.spend));
            }
        }
        // Between multiples the period is what the search walks, so it is limited;
        // with multiples it only sets where the last period of a region starts.
        let limit = if multiples {
            i128::from(Cents::MAX / 4)
        } else {
            i128::from(MAX_PERIOD)
        };
        if p > limit {
            self.truncated = true;
            return limit as Cents;
        }
        // What the tiers leave grows by `d` per step of `p`.
        let mut d: i128 = p;
        for share in &st.shares {
            d = d.saturating_sub(
                p.checked_div(share.den)
                    .unwrap_or(0)
                    .saturating_mul(share.num),
            );
        }
        if multiples {
            for r in &st.repeats {
                d = d.saturating_sub(
                    p.checked_div(i128::from(r.spend))
                        .unwrap_or(0)
                        .saturating_mul(i128::from(r.amount)),
                );
            }
        }
        let mut m: i128 = 1;
        for &c in &cfg.coupons {
            if let CouponSaving::Percent { off, .. } = offers.coupons[c].saving {
                let rest = d
                    .rem_euclid(off.den)
                    .saturating_mul(off.num)
                    .rem_euclid(off.den);
                m = lcm(m, off.den.checked_div(gcd(rest, off.den)).unwrap_or(1));
            }
        }
        let period = p.saturating_mul(m);
        if period > limit {
            self.truncated = true;
            return limit as Cents;
        }
        period as Cents
    }

    /// Cuts the subtotals from `start` into regions (see the module docs): hard edges
    /// where a tier is reached or a 每满减 reaches its cap; around every point where the
    /// subtotal after tiers may cross a coupon minimum or a percentage cap, a dense
    /// band (cut at 每满减 multiples when they move the crossing).
    fn regions(&mut self, cfg: &Config, start: Cents) -> Vec<Region> {
        let offers = self.offers;
        let mut edges: BTreeSet<Cents> = BTreeSet::new();
        edges.insert(start);
        for &t in &cfg.tiers {
            let offer = &offers.tiers[t];
            match &offer.repeat {
                Some(repeat) => {
                    if let Some(max) = repeat.max {
                        let end = i64::try_from(max)
                            .ok()
                            .and_then(|m| repeat.spend.checked_mul(m));
                        if let Some(end) = end {
                            edges.insert(end);
                        }
                    }
                }
                None => edges.extend(offer.tiers.iter().map(|r| r.spend)),
            }
        }
        // Thresholds on the subtotal after tiers.
        let mut thresholds: Vec<i128> = Vec::new();
        for &c in &cfg.coupons {
            let coupon = &offers.coupons[c];
            if coupon.min_spend > 0 {
                thresholds.push(i128::from(coupon.min_spend));
            }
            if let CouponSaving::Percent {
                off,
                cap: Some(cap),
            } = coupon.saving
            {
                // round(off·x) ≥ cap ⟺ x ≥ (2·cap − 1)·den / (2·num)
                if off.num > 0 && cap > 0 {
                    thresholds.push(ceil_div(
                        twice_plus(cap, -1).saturating_mul(off.den),
                        off.num.saturating_mul(2),
                    ));
                }
            }
        }
        thresholds.sort_unstable();
        thresholds.dedup();

        let edges: Vec<Cents> = edges.into_iter().filter(|&e| e >= start).collect();
        let mut cuts: BTreeSet<Cents> = edges.iter().copied().collect();
        let mut dense: Vec<(Cents, Cents)> = Vec::new();
        for (n, &lo) in edges.iter().enumerate() {
            let hi = edges
                .get(n.saturating_add(1))
                .copied()
                .unwrap_or(Cents::MAX / 4);
            let st = self.structure(cfg, lo);
            for &threshold in &thresholds {
                self.crossing(cfg, &st, threshold, lo, hi, &mut cuts, &mut dense);
            }
        }
        dense.sort_unstable();
        let mut merged: Vec<(Cents, Cents)> = Vec::new();
        for (a, b) in dense {
            match merged.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        for &(a, b) in &merged {
            cuts.insert(a);
            cuts.insert(b);
        }
        let cuts: Vec<Cents> = cuts.into_iter().filter(|&c| c >= start).collect();
        let mut regions = Vec::with_capacity(cuts.len());
        let mut m = 0;
        for (n, &lo) in cuts.iter().enumerate() {
            while m < merged.len() && merged[m].1 <= lo {
                m = m.saturating_add(1);
            }
            let dense = merged.get(m).is_some_and(|&(a, b)| a <= lo && lo < b);
            regions.push(Region {
                lo,
                hi: cuts.get(n.saturating_add(1)).copied(),
                dense,
            });
        }
        regions
    }

    /// Adds the cuts and dense bands for one threshold on the subtotal after tiers, in
    /// the tier segment `[lo, hi)` of structure `st`.
    #[allow(clippy::too_many_arguments)]
    fn crossing(
        &mut self,
        cfg: &Config,
        st: &Structure,
        threshold: i128,
        lo: Cents,
        hi: Cents,
        cuts: &mut BTreeSet<Cents>,
        dense: &mut Vec<(Cents, Cents)>,
    ) {
        // Orders beyond the search's ceiling (about ¥2.3×10^16, far beyond any amount a
        // plan may state) are not searched.
        let ceiling = i128::from(Cents::MAX / 4);
        if let Some((_, b)) = st.band(threshold) {
            self.truncated |= b > ceiling;
        }
        let within = |a: i128, b: i128| -> Option<(Cents, Cents)> {
            let a = clamp(a).max(lo);
            let b = clamp(b).min(hi);
            (a < b).then_some((a, b))
        };
        if st.repeats.is_empty() {
            match st.band(threshold) {
                Some((a, b)) => {
                    if let Some((a, b)) = within(a, b) {
                        dense.push((a, b.min(a.saturating_add(MAX_DENSE))));
                        self.truncated |= b.saturating_sub(a) > MAX_DENSE;
                    }
                }
                None => {
                    // The tiers keep nothing of large orders: S' does not grow, so the
                    // threshold is never crossed on the way up (or on overflow: a lower
                    // bound).
                    self.truncated |= st.keep(false).is_none();
                }
            }
            return;
        }
        // With 每满减 counting, S' dips at every multiple: between two multiples the
        // crossing is a narrow band again; the multiples are cuts wherever S' may be on
        // either side of the threshold.
        let (from, to) = match st.band(threshold) {
            Some((a, b)) => match within(a, b) {
                Some(range) => range,
                None => return,
            },
            // The 每满减 take as much as orders grow: S' stays low and may cross at
            // every multiple; the first multiples are searched.
            None => (lo, hi),
        };
        let mut multiples: BTreeSet<Cents> = BTreeSet::new();
        multiples.insert(from);
        for r in &st.repeats {
            let mut m = from
                .checked_div(r.spend)
                .unwrap_or(0)
                .saturating_add(1)
                .saturating_mul(r.spend);
            let mut count: usize = 0;
            while m < to {
                // Nothing from a hopeless multiple on, up to the tier's end, can be the
                // worst case (the bound holds there whatever the coupons' minimums): the
                // later multiples need no cuts. Savings that keep pace with the order
                // (paid floored at zero) end here instead of at the multiples' limit.
                if count.is_multiple_of(64) && self.hopeless(cfg, m, self.bound_any(cfg, m)) {
                    break;
                }
                if count == MAX_MULTIPLES {
                    self.truncated = true;
                    break;
                }
                multiples.insert(m);
                m = m.saturating_add(r.spend);
                count = count.saturating_add(1);
            }
        }
        let multiples: Vec<Cents> = multiples.into_iter().collect();
        for (n, &u) in multiples.iter().enumerate() {
            let w = multiples.get(n.saturating_add(1)).copied().unwrap_or(to);
            cuts.insert(u);
            cuts.insert(w);
            if let Some((a, b)) = st.frozen_at(u).band(threshold) {
                let a = clamp(a).max(u);
                let b = clamp(b).min(w);
                if a < b {
                    dense.push((a, b.min(a.saturating_add(MAX_DENSE))));
                    self.truncated |= b.saturating_sub(a) > MAX_DENSE;
                }
            }
        }
    }

    /// Searches one region exactly (see the module docs).
    fn search(&mut self, cfg: &Config, region: Region) {
        if region.dense {
            let hi = region.hi.unwrap_or(region.lo.saturating_add(1));
            let mut s = region.lo;
            while s < hi {
                if s.saturating_sub(region.lo) % 64 == 0
                    && self.hopeless(cfg, s, self.bound_any(cfg, s))
                {
                    return;
                }
                self.evaluate(cfg, s);
                s = s.saturating_add(1);
            }
            return;
        }
        let st = self.structure(cfg, region.lo);
        let piece = self.period(cfg, &st, false);
        let whole = self.period(cfg, &st, true);
        let lo = region.lo;
        // Past the last region only the first period is needed (the module docs say
        // why); a bounded region is searched at its first and last period.
        let windows: Vec<(Cents, Cents, bool)> = match region.hi {
            None => vec![(lo, lo.saturating_add(whole), false)],
            Some(hi) if hi.saturating_sub(lo) <= whole.saturating_mul(2) => vec![(lo, hi, false)],
            Some(hi) => vec![
                (lo, lo.saturating_add(whole), false),
                (hi.saturating_sub(whole), hi, true),
            ],
        };
        for (a, b, tail) in windows {
            if self.hopeless(cfg, a, self.bound_region(cfg, a)) {
                return;
            }
            let mut u = a;
            let mut pieces: usize = 0;
            while u < b {
                pieces = pieces.saturating_add(1);
                if pieces > MAX_MULTIPLES {
                    self.truncated = true;
                    return;
                }
                if self.hopeless(cfg, u, self.bound_region(cfg, u)) {
                    return;
                }
                let next = st
                    .repeats
                    .iter()
                    .map(|r| {
                        u.checked_div(r.spend)
                            .unwrap_or(0)
                            .saturating_add(1)
                            .saturating_mul(r.spend)
                    })
                    .min()
                    .unwrap_or(Cents::MAX)
                    .min(b);
                let before = self.best.depth;
                let found = self.search_piece(cfg, u, next, piece);
                if tail
                    && self.best.depth > before
                    && let Some(s) = found
                {
                    // Along the residues of the whole period the structure is the
                    // region's: look back to the region's start.
                    self.earliest(cfg, s, lo, whole);
                }
                u = next;
            }
        }
    }

    /// Searches `[u, w)`, where the structure (multiples included) is fixed, at its first
    /// and last period; returns the subtotal of a new, deeper worst case if one was
    /// found.
    fn search_piece(&mut self, cfg: &Config, u: Cents, w: Cents, period: Cents) -> Option<Cents> {
        let mut found = None;
        let mut tail = Tail::None;
        let mut s = u;
        let head_end = if w.saturating_sub(u) <= period.saturating_mul(2) {
            w
        } else {
            u.saturating_add(period)
        };
        loop {
            if s == head_end && head_end < w {
                s = w.saturating_sub(period);
                tail = Tail::Piece {
                    from: u,
                    step: period,
                };
            }
            if s >= w {
                break;
            }
            if self.hopeless(cfg, s, self.bound(cfg, s)) {
                break;
            }
            if self.evaluate(cfg, s) {
                found = Some(s);
                if let Tail::Piece { from, step } = tail {
                    self.earliest(cfg, s, from, step);
                    if self.best.order_value != 0 {
                        found = Some(self.subtotal(cfg, self.best.order_value));
                    }
                }
            }
            s = s.saturating_add(1);
        }
        found
    }

    fn run(&mut self, cfg: &Config) {
        let start = self.subtotal(cfg, self.min_order);
        for region in self.regions(cfg, start) {
            self.search(cfg, region);
        }
    }
}

/// The worst case of a plan's offers.
pub fn worst_case(offers: &Offers) -> Worst {
    worst_case_of(offers, true).0
}

/// The worst case, with the number of subtotals priced to find it (the search's cost,
/// which depends on the offers and their thresholds, not on the size of the amounts)
/// and whether a limit cut the search short.
pub fn worst_case_with_cost(offers: &Offers) -> (Worst, u64, bool) {
    worst_case_of(offers, true)
}

fn worst_case_of(offers: &Offers, prune: bool) -> (Worst, u64, bool) {
    let min_order = offers.min_order_value();
    let mut search = Search {
        offers,
        min_order,
        best: Worst::none(min_order),
        evaluations: 0,
        truncated: false,
    };
    let mut configs = configurations(offers, prune);
    // The richest combinations first: they are usually the deepest, and a deep worst
    // case found early lets the bounds cut the other combinations short. The result
    // does not depend on the order (ties are broken by order value, then combination).
    configs.sort_by_key(|c| {
        std::cmp::Reverse(
            c.tiers
                .len()
                .saturating_add(usize::from(c.item.is_some()))
                .saturating_add(c.coupons.len().min(c.k)),
        )
    });
    for cfg in &configs {
        search.run(cfg);
    }
    (search.best, search.evaluations, search.truncated)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::offers::CouponOffer;

    /// Removing dominated coupons changes nothing: not the depth, not the order value,
    /// not the coupons chosen — on plans full of ties, thresholds shared by several
    /// coupons, percentages and exclusive groups.
    #[test]
    fn dominated_coupons_change_nothing() {
        let mut seed = 0x5EED_u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = seed;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            (z ^ (z >> 31)) % n
        };
        let mut pruned_some = 0;
        for _ in 0..400 {
            let count = 2 + next(8) as usize;
            let mut offers = Offers {
                max_coupons: 1 + next(3) as usize,
                ..Offers::default()
            };
            for c in 0..count {
                let min_spend = [0, 10_000, 10_000, 20_000, 30_000][next(5) as usize];
                let saving = if next(4) == 0 {
                    CouponSaving::Percent {
                        off: Ratio::new(i128::from(1 + next(3) as u8) * 5, 100),
                        cap: [None, Some(1_500)][next(2) as usize],
                    }
                } else {
                    CouponSaving::Amount([500, 1_000, 1_000, 2_000][next(4) as usize])
                };
                offers.coupons.push(CouponOffer {
                    id: format!("c{c}"),
                    index: c,
                    order: c + 1,
                    min_spend,
                    saving,
                });
            }
            if next(3) == 0 {
                let a = next(count as u64) as usize;
                let b = next(count as u64) as usize;
                if a != b {
                    offers
                        .exclusive
                        .push(vec![format!("c{a}"), format!("c{b}")]);
                }
            }
            let kept: usize = configurations(&offers, true)
                .iter()
                .map(|c| c.coupons.len())
                .sum();
            let all: usize = configurations(&offers, false)
                .iter()
                .map(|c| c.coupons.len())
                .sum();
            if kept < all {
                pruned_some += 1;
            }
            assert_eq!(
                worst_case_of(&offers, true).0,
                worst_case_of(&offers, false).0,
                "{offers:?}"
            );
        }
        assert!(
            pruned_some > 100,
            "only {pruned_some} plans had dominated coupons"
        );
    }
}
