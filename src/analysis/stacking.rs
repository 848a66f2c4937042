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
//! 3. **Events.** Between *events* — a tier spend reached, a further 每满减 multiple, a
//!    coupon becoming usable — the structure of the price (which tier, how many
//!    multiples, which coupons are usable) is fixed. A coupon becomes usable where `S'`
//!    crosses its minimum; because of rounding `S'` may cross back and forth there, so
//!    every `S` in a small band around the crossing is an event.
//! 4. **Within a segment the depth only falls**, up to rounding. With the structure
//!    fixed, the unrounded paid amount of any coupon choice is a convex function of `S`
//!    (linear, minus capped percentages) that is ≤ 0 at `S = 0`, so the bound
//!    `1 − (paid_unrounded − E) / V_max(S)` — where `E` covers every half-cent of
//!    rounding in the customer's favour — is decreasing in `S`. The scan of a segment
//!    starts at its event and stops as soon as this bound, evaluated with ceilings for
//!    every saving, is no better than the best depth found. Nothing after that point in
//!    the segment can beat it, so the result is exactly the maximum.
//! 5. **Beyond the last threshold** nothing changes but the order value: fixed amounts
//!    weigh less and the depth falls, except for rounding of at most `E` cents. The last
//!    segment is scanned until the bound stops it, or for one full rounding period (the
//!    least common multiple of the ratios' denominators), after which the rounding
//!    pattern repeats at larger order values. With 每满减, multiples are events until the
//!    subtotal after tiers stays above every coupon minimum; past that point each
//!    multiple's segment is scanned until a bound that replaces the 每满减 by its linear
//!    rate (valid for everything later) stops the search, or for one full period of
//!    multiples and roundings together.
//!
//!    Why one period is enough: past the last threshold, the paid amount is
//!    `a·S − b + e(S)` where `e` (the rounding and 每满减 remainders) repeats with the
//!    period. For each residue of the period, a later occurrence has the same `e` at a
//!    larger order value, so it is shallower when `b > e`, and never deeper than the
//!    asymptotic depth `1 − a` when `b ≤ e`; and the residue where everything divides
//!    exactly (`e = 0`) reaches at least `1 − a` within the first period.
//!
//! Cost: configurations × events × a few steps × one coupon choice (`O(n log n)`), so
//! 200 coupons with `max_coupons_per_order: 5` take milliseconds, not `C(200, 5)` steps.

use super::exact::{Cents, Ratio, gcd, lcm};
use super::offers::{CouponSaving, ItemPrice, Offers, TierSaving, TierUse};
use super::select::{self, Candidate, Groups};
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

    /// Pointers of the offers involved (for labelling findings).
    pub fn pointers(&self, offers: &Offers) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if let Some(i) = self.item_level.and_then(|i| offers.item_levels.get(i)) {
            out.push((i.pointer.clone(), i.id.clone()));
        }
        for (t, _) in &self.tiers {
            if let Some(t) = offers.tiers.get(*t) {
                out.push((t.pointer.clone(), t.id.clone()));
            }
        }
        for c in &self.coupons {
            if let Some(c) = offers.coupons.get(*c) {
                out.push((c.pointer(), c.id.clone()));
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

/// The longest rounding period scanned past the last threshold (cents of subtotal).
pub const MAX_PERIOD: Cents = 10_000_000;

/// The most subtotals evaluated past the last threshold when 每满减 multiples go on.
pub const MAX_FINAL_STEPS: Cents = 2_000_000;

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
            let compatible = ids
                .iter()
                .enumerate()
                .all(|(a, x)| ids.iter().skip(a + 1).all(|y| offers.compatible(x, y)));
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

/// Half-open ceiling division for non-negative numerators and positive denominators.
fn ceil_div(num: i128, den: i128) -> i128 {
    if den <= 0 {
        return i128::MAX / 4;
    }
    if num <= 0 {
        return -((-num) / den);
    }
    (num + den - 1) / den
}

/// `a − b` for ratios.
fn sub(a: Ratio, b: Ratio) -> Ratio {
    Ratio::new(a.num * b.den - b.num * a.den, a.den * b.den)
}

fn clamp(v: i128) -> Cents {
    v.clamp(0, (Cents::MAX / 4) as i128) as Cents
}

struct Search<'a> {
    offers: &'a Offers,
    min_order: Cents,
    best: Worst,
}

impl<'a> Search<'a> {
    /// The item-level subtotal of list value `v`.
    fn subtotal(&self, cfg: &Config, v: Cents) -> Cents {
        match cfg.item.and_then(|i| self.offers.item_levels.get(i)) {
            Some(item) => item.subtotal(v),
            None => v,
        }
    }

    /// The largest list value whose subtotal is `s` (and a proven upper bound of it).
    fn largest_list(&self, cfg: &Config, s: Cents) -> Option<Cents> {
        match cfg
            .item
            .and_then(|i| self.offers.item_levels.get(i))
            .map(|i| i.price)
        {
            None => Some(s),
            Some(ItemPrice::AmountOff(off)) => Some(s.saturating_add(off)),
            Some(ItemPrice::Pay(r)) => {
                if r.num <= 0 {
                    return None;
                }
                // round(V·r) ≤ s ⟺ 2·V·num < (2s + 1)·den
                let v = ceil_div((2 * s as i128 + 1) * r.den, 2 * r.num) - 1;
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
        let after = s - tier_total;
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
        let paid = (after - coupon_total).max(0);
        (paid, uses, chosen)
    }

    /// An upper bound of the depth at `s` and at every later subtotal of the same
    /// segment (see the module docs).
    fn bound(&self, cfg: &Config, s: Cents) -> Ratio {
        self.bound_with(cfg, s, false)
    }

    /// Like [`Search::bound`], but valid for *every* later subtotal past the last
    /// threshold, across further 每满减 multiples: each 每满减 is bounded by its linear
    /// rate (`⌈s · amount / spend⌉ ≥ ⌊s / spend⌋ · amount`) and every allowed coupon is
    /// taken as usable. That bound is still convex-decreasing in `s`.
    fn bound_rate(&self, cfg: &Config, s: Cents) -> Ratio {
        self.bound_with(cfg, s, true)
    }

    fn bound_with(&self, cfg: &Config, s: Cents, rate: bool) -> Ratio {
        let mut percent_tiers = 0i64;
        let mut tier_ub: Cents = 0;
        let mut tier_exact: Cents = 0;
        for &t in &cfg.tiers {
            let offer = &self.offers.tiers[t];
            tier_exact = tier_exact.saturating_add(offer.saving(s).0);
            if let Some(repeat) = &offer.repeat {
                let ub = match repeat.max {
                    None if rate => {
                        Ratio::new(repeat.amount as i128, repeat.spend.max(1) as i128).of_ceil(s)
                    }
                    _ => offer.saving(s).0,
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
                        percent_tiers += 1;
                        r.of_ceil(s)
                    }
                    TierSaving::Amount(a) => a,
                })
                .max()
                .unwrap_or(0);
            tier_ub = tier_ub.saturating_add(best);
        }
        let after_exact = s - tier_exact;
        let after_ub = if rate { s } else { after_exact + percent_tiers };
        let mut percent_coupons = 0i64;
        let mut candidates: Vec<Candidate> = cfg
            .coupons
            .iter()
            .filter_map(|&c| {
                let coupon = &self.offers.coupons[c];
                // The segment's usable set is the exact one at `s` (with `rate`, every
                // coupon: S' keeps dipping below minimums at each multiple).
                if !rate {
                    coupon.saving(after_exact)?;
                }
                let saving = match coupon.saving {
                    CouponSaving::Amount(a) => a,
                    CouponSaving::Percent { off, cap } => {
                        percent_coupons += 1;
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
        let slack = percent_tiers + k * (percent_tiers + 1) + 1;
        let paid_lb = s - tier_ub - coupon_ub - slack;
        if paid_lb <= 0 {
            return Ratio::ONE;
        }
        let v_ub = match cfg
            .item
            .and_then(|i| self.offers.item_levels.get(i))
            .map(|i| i.price)
        {
            None => s,
            Some(ItemPrice::AmountOff(off)) => s.saturating_add(off),
            Some(ItemPrice::Pay(r)) => clamp(ceil_div((2 * s as i128 + 1) * r.den, 2 * r.num)),
        };
        if v_ub <= 0 {
            return Ratio::ONE;
        }
        Ratio::new((v_ub - paid_lb) as i128, v_ub as i128)
    }

    /// The smallest list value whose subtotal is `s`.
    fn smallest_list(&self, cfg: &Config, s: Cents) -> Cents {
        let v = match cfg
            .item
            .and_then(|i| self.offers.item_levels.get(i))
            .map(|i| i.price)
        {
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
                clamp(ceil_div((2 * s as i128 - 1) * r.den, 2 * r.num))
            }
        };
        v.max(self.min_order).max(1)
    }

    fn evaluate(&mut self, cfg: &Config, s: Cents) {
        let Some(largest) = self.largest_list(cfg, s) else {
            return;
        };
        if largest < self.min_order || largest <= 0 || self.subtotal(cfg, largest) != s {
            return;
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
        let candidate = Worst {
            depth: Ratio::new((v - paid) as i128, v as i128),
            order_value: v,
            paid,
            item_level: cfg.item,
            tiers,
            coupons,
        };
        if self.best.beaten_by(&candidate, self.offers) {
            self.best = candidate;
        }
    }

    /// Subtotals where the structure of the price can change.
    fn events(&self, cfg: &Config, start: Cents) -> (Vec<Cents>, Cents, Vec<Cents>) {
        let offers = self.offers;
        let mut tier_edges: BTreeSet<Cents> = BTreeSet::new();
        tier_edges.insert(start);
        let highest_coupon = cfg
            .coupons
            .iter()
            .map(|&c| offers.coupons[c].min_spend)
            .max()
            .unwrap_or(0);
        let highest_tier = cfg
            .tiers
            .iter()
            .flat_map(|&t| offers.tiers[t].tiers.iter().map(|r| r.spend))
            .max()
            .unwrap_or(0);
        // What the tiers leave of a large subtotal: 1 − every top percent share − every
        // 每满减 rate. A coupon minimum is reached in S' = S·keep − fixed, so 每满减
        // multiples are events until three beyond the subtotal where the highest
        // threshold is reached that way.
        let mut keep = Ratio::ONE;
        let mut fixed: i128 = 0;
        for &t in &cfg.tiers {
            let offer = &offers.tiers[t];
            match (&offer.repeat, offer.tiers.iter().max_by_key(|r| r.spend)) {
                (Some(repeat), _) if repeat.spend > 0 => match repeat.max {
                    // A capped 每满减 is at most a fixed amount on large orders.
                    Some(max) => fixed += repeat.amount as i128 * i128::from(max),
                    None => {
                        keep = sub(
                            keep,
                            Ratio::new(repeat.amount as i128, repeat.spend as i128),
                        )
                    }
                },
                (_, Some(rule)) => match rule.saving {
                    TierSaving::Off(r) => keep = sub(keep, r),
                    TierSaving::Amount(a) => fixed += a as i128,
                },
                _ => {}
            }
        }
        // Past `top`, S' stays above every threshold even right after a multiple (it
        // dips by the 每满减 amounts and a cent per rounding at most).
        let dips: i128 = cfg
            .tiers
            .iter()
            .filter_map(|&t| offers.tiers[t].repeat.map(|r| r.amount as i128))
            .sum::<i128>()
            + cfg.tiers.len() as i128
            + cfg.coupons.len() as i128
            + 2;
        let highest = highest_coupon.max(highest_tier) as i128 + fixed + dips;
        let mut continuing = Vec::new();
        for &t in &cfg.tiers {
            let offer = &offers.tiers[t];
            match &offer.repeat {
                Some(repeat) if repeat.spend > 0 => {
                    let top = if keep.num > 0 {
                        ceil_div(highest * keep.den, keep.num)
                    } else {
                        // The tiers alone make large orders free: the first multiples
                        // where that happens are enough.
                        highest
                    };
                    let mut count = (top / repeat.spend as i128).max(0) as u64 + 2;
                    match repeat.max {
                        // A capped 每满减 changes for the last time at its last multiple:
                        // every multiple is an event.
                        Some(max) if max <= 100_000 => count = max,
                        _ => continuing.push(repeat.spend),
                    }
                    for n in 1..=count.min(100_000) {
                        tier_edges.insert(repeat.spend.saturating_mul(n as i64));
                    }
                }
                _ => {
                    for rule in &offer.tiers {
                        tier_edges.insert(rule.spend);
                    }
                }
            }
        }
        let edges: Vec<Cents> = tier_edges.into_iter().filter(|&e| e >= start).collect();
        let mut events: BTreeSet<Cents> = edges.iter().copied().collect();
        // Coupon usability bands, per tier segment.
        for (n, &lo) in edges.iter().enumerate() {
            let hi = edges.get(n + 1).copied().unwrap_or(Cents::MAX);
            // The structure of tiers in this segment: fixed amount and percent share.
            let mut fixed: i128 = 0;
            let mut share = Ratio::ZERO;
            let mut percents = 0i128;
            for &t in &cfg.tiers {
                let offer = &offers.tiers[t];
                match offer.saving(lo) {
                    (_, Some(TierUse::Tier(i))) => match offer.tiers[i].saving {
                        TierSaving::Off(r) => {
                            share = Ratio::new(
                                share.num * r.den + r.num * share.den,
                                share.den * r.den,
                            );
                            percents += 1;
                        }
                        TierSaving::Amount(a) => fixed += a as i128,
                    },
                    (saving, Some(TierUse::Repeat(_))) => fixed += saving as i128,
                    (_, None) => {}
                }
            }
            let keep = share.complement();
            if keep.num <= 0 {
                continue;
            }
            for &c in &cfg.coupons {
                let min = offers.coupons[c].min_spend as i128;
                if min <= 0 {
                    continue;
                }
                // S·keep − fixed ± (percents/2 + 1) crosses `min`: S·keep ≥ X.
                let half = percents + 2; // in half cents
                let low_x2 = 2 * (min + fixed) - half;
                let high_x2 = 2 * (min + fixed) + half;
                let s_lo = ceil_div(low_x2 * keep.den, 2 * keep.num);
                let s_hi = ceil_div(high_x2 * keep.den, 2 * keep.num);
                let from = s_lo.max(lo as i128);
                let to = s_hi.min(hi as i128 - 1);
                let mut s = from;
                while s <= to && s - from < 10_000 {
                    events.insert(clamp(s));
                    s += 1;
                }
            }
        }
        let period = self.period(cfg);
        (
            events.into_iter().filter(|&e| e >= start).collect(),
            period,
            continuing,
        )
    }

    /// The rounding period of the last segment (every threshold passed): the smallest
    /// step of subtotal after which every rounding in the chain — the list value
    /// behind a member price, each percent tier, then each percent coupon on what the
    /// tiers leave — repeats exactly. A percent coupon after a percent tier needs the
    /// tier's *remainder* to step in whole multiples too, which can make the period
    /// far longer than the denominators suggest (31 % then 67 %: 10,000 cents).
    fn period(&self, cfg: &Config) -> Cents {
        let offers = self.offers;
        let mut p: i128 = 1;
        if let Some(ItemPrice::Pay(r)) = cfg
            .item
            .and_then(|i| offers.item_levels.get(i))
            .map(|i| i.price)
        {
            p = lcm(p, r.num.max(1));
        }
        // In the last segment each tier promotion uses its highest tier, and an
        // uncapped 每满减 takes `amount` per `spend`.
        let mut top_shares = Vec::new();
        let mut rates = Vec::new();
        for &t in &cfg.tiers {
            let offer = &offers.tiers[t];
            match &offer.repeat {
                Some(repeat) if repeat.spend > 0 => {
                    if repeat.max.is_none_or(|m| m > 100_000) {
                        p = lcm(p, repeat.spend as i128);
                        rates.push(*repeat);
                    }
                }
                _ => {
                    if let Some(rule) = offer.tiers.iter().max_by_key(|r| r.spend) {
                        if let TierSaving::Off(r) = rule.saving {
                            p = lcm(p, r.den);
                            top_shares.push(r);
                        }
                    }
                }
            }
        }
        // What the tiers leave grows by `d` per step of `p`.
        let d: i128 = p
            - top_shares.iter().map(|r| p / r.den * r.num).sum::<i128>()
            - rates
                .iter()
                .map(|r| p / r.spend as i128 * r.amount as i128)
                .sum::<i128>();
        let mut m: i128 = 1;
        for &c in &cfg.coupons {
            if let CouponSaving::Percent { off, .. } = offers.coupons[c].saving {
                let step = off.den / gcd((d * off.num).rem_euclid(off.den).max(0), off.den);
                m = lcm(m, step.max(1));
            }
        }
        clamp(p.saturating_mul(m).min(MAX_PERIOD as i128))
    }

    /// Scans `[from, end)` (to the end of the last segment when `end` is `None`),
    /// stopping once the segment bound shows nothing later can beat the best; returns
    /// the number of subtotals evaluated.
    fn scan(&mut self, cfg: &Config, from: Cents, end: Option<Cents>, limit: Cents) -> Cents {
        let mut s = from;
        let mut steps: Cents = 0;
        loop {
            self.evaluate(cfg, s);
            s += 1;
            steps += 1;
            match end {
                Some(end) if s >= end => break,
                None if steps > limit => break,
                _ => {}
            }
            if self.bound(cfg, s) <= self.best.depth {
                break;
            }
        }
        steps
    }

    fn run(&mut self, cfg: &Config) {
        let start = self.subtotal(cfg, self.min_order);
        let (events, period, continuing) = self.events(cfg, start);
        for (n, &first) in events.iter().enumerate() {
            if let Some(&end) = events.get(n + 1) {
                self.scan(cfg, first, Some(end), Cents::MAX);
                continue;
            }
            if continuing.is_empty() {
                self.scan(cfg, first, None, period);
                continue;
            }
            // Past the last threshold 每满减 multiples keep coming: scan each of their
            // segments until the rate bound (valid for everything later) gives up, or
            // for one full period of the whole pattern — multiples and roundings — after
            // which every residue recurs only at larger order values (see the module docs).
            let last = (first as i128).saturating_add(period as i128);
            let mut from = first;
            let mut steps: Cents = 0;
            loop {
                let next = continuing
                    .iter()
                    .map(|&spend| (from / spend + 1).saturating_mul(spend))
                    .min()
                    .unwrap_or(Cents::MAX);
                steps += self.scan(cfg, from, Some(next), Cents::MAX);
                from = next;
                if from as i128 >= last
                    || steps > MAX_FINAL_STEPS
                    || self.bound_rate(cfg, from) <= self.best.depth
                {
                    break;
                }
            }
        }
    }
}

/// The worst case of a plan's offers.
pub fn worst_case(offers: &Offers) -> Worst {
    worst_case_of(offers, true)
}

fn worst_case_of(offers: &Offers, prune: bool) -> Worst {
    let min_order = offers.min_order_value();
    let mut search = Search {
        offers,
        min_order,
        best: Worst::none(min_order),
    };
    for cfg in configurations(offers, prune) {
        search.run(&cfg);
    }
    search.best
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
                worst_case_of(&offers, true),
                worst_case_of(&offers, false),
                "{offers:?}"
            );
        }
        assert!(
            pruned_some > 100,
            "only {pruned_some} plans had dominated coupons"
        );
    }
}
