//! The worst-case stacking analysis is exact: on small random plans it equals a brute
//! force over every list-price order value in cents and every allowed combination of
//! offers, priced by an independent reference implementation of FORMAT.md's rules.

mod common;

use campspec::analysis::exact::Ratio;
use campspec::analysis::offers::{
    CouponOffer, CouponSaving, ItemLevelKind, ItemLevelOffer, ItemPrice, Offers, Repeat, TierOffer,
    TierRule, TierSaving,
};
use campspec::analysis::stacking::worst_case_with_cost;
use campspec::analysis::worst_case;
use campspec::model::PLAN;
use proptest::prelude::*;
use std::collections::HashSet;

/// round_half_up(x · num / den) for x ≥ 0.
fn round(x: i128, num: i128, den: i128) -> i128 {
    if x <= 0 {
        return 0;
    }
    (2 * x * num + den) / (2 * den)
}

/// Price one list value under one explicit combination, from FORMAT.md's text.
fn reference_paid(
    offers: &Offers,
    v: i128,
    item: Option<usize>,
    tiers: &[usize],
    coupons: &[usize],
) -> i128 {
    let s = match item.map(|i| offers.item_levels[i].price) {
        None => v,
        Some(ItemPrice::Pay(r)) => round(v, r.num, r.den),
        Some(ItemPrice::AmountOff(a)) => (v - a as i128).max(0),
    };
    let mut after = s;
    for &t in tiers {
        let offer = &offers.tiers[t];
        if let Some(rep) = offer.repeat {
            let mut n = s / rep.spend as i128;
            if let Some(max) = rep.max {
                n = n.min(max as i128);
            }
            after -= n * rep.amount as i128;
            continue;
        }
        let reached = offer
            .tiers
            .iter()
            .filter(|r| s >= r.spend as i128)
            .max_by_key(|r| r.spend);
        if let Some(rule) = reached {
            after -= match rule.saving {
                TierSaving::Off(r) => round(s, r.num, r.den),
                TierSaving::Amount(a) => a as i128,
            };
        }
    }
    let mut total = 0i128;
    for &c in coupons {
        let coupon = &offers.coupons[c];
        if after < coupon.min_spend as i128 {
            return i128::MAX; // not usable: this combination is not allowed here
        }
        total += match coupon.saving {
            CouponSaving::Amount(a) => a as i128,
            CouponSaving::Percent { off, cap } => {
                let x = round(after.max(0), off.num, off.den);
                cap.map_or(x, |c| x.min(c as i128))
            }
        };
    }
    (after - total).max(0)
}

fn subsets(n: usize) -> Vec<Vec<usize>> {
    (0..(1usize << n))
        .map(|m| (0..n).filter(|i| m & (1 << i) != 0).collect())
        .collect()
}

/// The deepest (depth, order value) by brute force over `lo..=hi`.
fn brute(offers: &Offers, lo: i128, hi: i128) -> (Ratio, i128) {
    let ids = |item: Option<usize>, tiers: &[usize], coupons: &[usize]| {
        let mut ids: Vec<&str> = Vec::new();
        if let Some(i) = item {
            ids.push(&offers.item_levels[i].id);
        }
        ids.extend(tiers.iter().map(|&t| offers.tiers[t].id.as_str()));
        ids.extend(coupons.iter().map(|&c| offers.coupons[c].id.as_str()));
        ids
    };
    let mut combos = Vec::new();
    let items: Vec<Option<usize>> = std::iter::once(None)
        .chain((0..offers.item_levels.len()).map(Some))
        .collect();
    for item in &items {
        for tiers in subsets(offers.tiers.len()) {
            for coupons in subsets(offers.coupons.len()) {
                if coupons.len() > offers.max_coupons {
                    continue;
                }
                let all = ids(*item, &tiers, &coupons);
                if all.len() > 1 && all.iter().any(|id| offers.standalone.contains(*id)) {
                    continue;
                }
                let exclusive_ok = offers
                    .exclusive
                    .iter()
                    .all(|g| all.iter().filter(|id| g.iter().any(|x| x == *id)).count() <= 1);
                if exclusive_ok {
                    combos.push((*item, tiers.clone(), coupons));
                }
            }
        }
    }
    let mut best = (Ratio::ZERO, lo);
    for v in lo..=hi {
        for (item, tiers, coupons) in &combos {
            let paid = reference_paid(offers, v, *item, tiers, coupons);
            if paid == i128::MAX {
                continue;
            }
            let depth = Ratio::new(v - paid, v);
            if depth > best.0 {
                best = (depth, v);
            }
        }
    }
    best
}

fn ratio() -> impl Strategy<Value = Ratio> {
    prop_oneof![
        (1i128..=95).prop_map(|p| Ratio::new(p, 100)),
        (10i128..=99).prop_map(|p| Ratio::new(p, 100)),
        Just(Ratio::new(13, 20)),
        Just(Ratio::new(1, 3)),
    ]
}

prop_compose! {
    fn plan()(
        items in prop::collection::vec((ratio(), prop::bool::ANY, 0i64..300), 0..=2),
        tier_sets in prop::collection::vec(
            (prop::collection::vec((100i64..1500, prop::bool::ANY, ratio(), 1i64..400), 1..=3),
             prop::bool::ANY, prop::option::of(1u64..4)),
            0..=2),
        coupons in prop::collection::vec(
            (0i64..1500, prop::bool::ANY, 1i64..500, ratio(), prop::option::of(50i64..400)),
            0..=4),
        k in 0usize..=3,
        standalone_mask in 0u32..16,
        exclusive_pairs in prop::collection::vec((0usize..8, 0usize..8), 0..=2),
        min_order in prop::option::of(100i64..800),
    ) -> Offers {
        let mut offers = Offers { max_coupons: k, min_order, ..Offers::default() };
        let mut order = 0;
        for (n, (pay, amount, off)) in items.into_iter().enumerate() {
            order += 1;
            offers.item_levels.push(ItemLevelOffer {
                id: format!("item{n}"),
                at: PLAN.promotions().item(n),
                order,
                kind: ItemLevelKind::Discount,
                price: if amount { ItemPrice::AmountOff(off) } else { ItemPrice::Pay(pay.complement()) },
            });
        }
        for (n, (rules, repeat, max)) in tier_sets.into_iter().enumerate() {
            order += 1;
            let mut spends: Vec<i64> = rules.iter().map(|r| r.0).collect();
            spends.sort_unstable();
            spends.dedup();
            let tiers: Vec<TierRule> = rules
                .iter()
                .zip(spends.iter())
                .map(|((_, amount, r, a), &spend)| TierRule {
                    spend,
                    saving: if *amount { TierSaving::Amount((*a).min(spend - 1)) } else { TierSaving::Off(*r) },
                })
                .collect();
            let repeat = match (repeat, tiers.as_slice()) {
                (true, [TierRule { spend, saving: TierSaving::Amount(a) }]) => {
                    Some(Repeat { spend: *spend, amount: *a, max })
                }
                _ => None,
            };
            offers.tiers.push(TierOffer { id: format!("tiers{n}"), at: PLAN.promotions().item(0), order, tiers, repeat });
        }
        for (n, (min, percent, amount, r, cap)) in coupons.into_iter().enumerate() {
            order += 1;
            offers.coupons.push(CouponOffer {
                id: format!("c{n}"),
                index: n,
                order,
                min_spend: min,
                saving: if percent {
                    CouponSaving::Percent { off: r, cap }
                } else {
                    CouponSaving::Amount(if min > 0 { amount.min(min) } else { amount })
                },
            });
        }
        let ids: Vec<String> = offers.item_levels.iter().map(|i| i.id.clone())
            .chain(offers.tiers.iter().map(|t| t.id.clone()))
            .chain(offers.coupons.iter().map(|c| c.id.clone()))
            .collect();
        offers.standalone = ids.iter().enumerate()
            .filter(|(i, _)| standalone_mask & (1 << (i % 8)) != 0 && i % 3 == 0)
            .map(|(_, id)| id.clone())
            .collect::<HashSet<String>>();
        for (a, b) in exclusive_pairs {
            if let (Some(a), Some(b)) = (ids.get(a), ids.get(b))
                && a != b {
                    offers.exclusive.push(vec![a.clone(), b.clone()]);
                }
        }
        offers
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("STACKING_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(48), .. ProptestConfig::default() })]

    #[test]
    fn analysis_equals_brute_force(offers in plan()) {
        let found = worst_case(&offers);
        let lo = offers.min_order_value() as i128;
        // Every threshold lies below 1,500 + 400 (largest tier saving) cents of
        // subtotal; at the deepest price (pay 0.01) that is far above this range, so
        // the range is widened to 4,000 cents past the lowest value.
        let hi = lo + 4_000;
        let (depth, at) = brute(&offers, lo, hi);
        prop_assert!(found.depth >= depth, "analysis {:?} below brute force {:?} at {}", found.depth, depth, at);
        if (found.order_value as i128) <= hi {
            prop_assert_eq!(found.depth, depth);
            prop_assert_eq!(found.order_value as i128, at);
        }
    }
}

#[test]
fn repeat_tiers_on_a_member_price() {
    // 每满300减50 on a 6.5折 subtotal, no coupons.
    let offers = Offers {
        item_levels: vec![ItemLevelOffer {
            id: "member".into(),
            at: PLAN.promotions().item(0),
            order: 1,
            kind: ItemLevelKind::Member("gold".into()),
            price: ItemPrice::Pay(Ratio::new(13, 20)),
        }],
        tiers: vec![TierOffer {
            id: "cross".into(),
            at: PLAN.promotions().item(0),
            order: 2,
            tiers: vec![TierRule {
                spend: 30000,
                saving: TierSaving::Amount(5000),
            }],
            repeat: Some(Repeat {
                spend: 30000,
                amount: 5000,
                max: None,
            }),
        }],
        max_coupons: 0,
        min_order: Some(10000),
        ..Offers::default()
    };
    let w = worst_case(&offers);
    // The first multiple: subtotal ¥300.00 (or a cent above, where rounding down of
    // the member price favours the customer), ¥50 off.
    assert!((30000..=30002).contains(&offers.item_levels[0].subtotal(w.order_value)));
    assert_eq!(w.combination(&offers), ["member", "cross"]);
    let (depth, at) = brute(&offers, 10000, 200_000);
    assert_eq!((w.depth, w.order_value as i128), (depth, at));
}

#[test]
fn percent_coupon_cap_and_floor_at_zero() {
    let pct = CouponOffer {
        id: "pct".into(),
        index: 0,
        order: 1,
        min_spend: 10000,
        saving: CouponSaving::Percent {
            off: Ratio::new(1, 5),
            cap: Some(3000),
        },
    };
    let big = CouponOffer {
        id: "big".into(),
        index: 1,
        order: 2,
        min_spend: 0,
        saving: CouponSaving::Amount(90000),
    };
    let offers = Offers {
        coupons: vec![pct.clone(), big],
        max_coupons: 1,
        min_order: Some(5000),
        ..Offers::default()
    };
    // The ¥900 coupon without threshold makes every order up to ¥900 free: 100 % at
    // the smallest order value considered.
    let w = worst_case(&offers);
    assert_eq!((w.paid, w.depth, w.order_value), (0, Ratio::ONE, 5000));
    // Alone, the 20 % coupon capped at ¥30: never more than a rounding cent above 20 %,
    // and never beyond the cap.
    let only = Offers {
        coupons: vec![pct],
        ..offers.clone()
    };
    let w = worst_case(&only);
    assert!(w.depth >= Ratio::new(1, 5) && w.depth < Ratio::new(201, 1000));
    assert!(w.order_value - w.paid <= 3000);
    let (depth, at) = brute(&only, 5000, 40_000);
    assert_eq!((w.depth, w.order_value as i128), (depth, at));
}

/// A ratio with a small denominator, so that the rounding period is short and the
/// stretches between thresholds are searched at their ends only.
fn round_ratio() -> impl Strategy<Value = Ratio> {
    prop_oneof![
        (1i128..=19).prop_map(|p| Ratio::new(p, 20)),
        (1i128..=9).prop_map(|p| Ratio::new(p, 10)),
        Just(Ratio::new(13, 20)),
        Just(Ratio::new(1, 3)),
    ]
}

prop_compose! {
    /// Plans whose thresholds lie far apart (up to ¥300), so that most of the search
    /// happens on long stretches with the same price structure.
    fn sparse_plan()(
        item in prop::option::of((round_ratio(), prop::bool::ANY, 0i64..3000)),
        tier in prop::option::of((1_000i64..30_000, prop::bool::ANY, round_ratio(), 100i64..5_000,
                                  prop::bool::ANY, prop::option::of(1u64..6))),
        coupons in prop::collection::vec(
            (0i64..30_000, prop::bool::ANY, 100i64..5_000, round_ratio(), prop::option::of(500i64..6_000)),
            0..=2),
        k in 1usize..=2,
        min_order in prop::option::of(100i64..2_000),
    ) -> Offers {
        let mut offers = Offers { max_coupons: k, min_order, ..Offers::default() };
        if let Some((pay, amount, off)) = item {
            offers.item_levels.push(ItemLevelOffer {
                id: "item".into(),
                at: PLAN.promotions().item(0),
                order: 1,
                kind: ItemLevelKind::Discount,
                price: if amount { ItemPrice::AmountOff(off) } else { ItemPrice::Pay(pay.complement()) },
            });
        }
        if let Some((spend, amount, r, a, repeat, max)) = tier {
            let saving = if amount { TierSaving::Amount(a.min(spend - 1)) } else { TierSaving::Off(r) };
            let repeat = match (repeat, saving) {
                (true, TierSaving::Amount(a)) => Some(Repeat { spend, amount: a, max }),
                _ => None,
            };
            offers.tiers.push(TierOffer {
                id: "tiers".into(),
                at: PLAN.promotions().item(0),
                order: 2,
                tiers: vec![TierRule { spend, saving }],
                repeat,
            });
        }
        for (n, (min, percent, amount, r, cap)) in coupons.into_iter().enumerate() {
            offers.coupons.push(CouponOffer {
                id: format!("c{n}"),
                index: n,
                order: 3 + n,
                min_spend: min,
                saving: if percent {
                    CouponSaving::Percent { off: r, cap }
                } else {
                    CouponSaving::Amount(if min > 0 { amount.min(min) } else { amount })
                },
            });
        }
        offers
    }
}

/// Every amount of a plan multiplied by `factor` (ratios unchanged).
fn scaled(offers: &Offers, factor: i64) -> Offers {
    let mut out = offers.clone();
    for item in &mut out.item_levels {
        if let ItemPrice::AmountOff(a) = &mut item.price {
            *a *= factor;
        }
    }
    for tier in &mut out.tiers {
        for rule in &mut tier.tiers {
            rule.spend *= factor;
            if let TierSaving::Amount(a) = &mut rule.saving {
                *a *= factor;
            }
        }
        if let Some(r) = &mut tier.repeat {
            r.spend *= factor;
            r.amount *= factor;
        }
    }
    for coupon in &mut out.coupons {
        coupon.min_spend *= factor;
        match &mut coupon.saving {
            CouponSaving::Amount(a) => *a *= factor,
            CouponSaving::Percent { cap, .. } => {
                if let Some(cap) = cap {
                    *cap *= factor;
                }
            }
        }
    }
    out.min_order = out.min_order.map(|m| m * factor);
    out
}

/// |a − b| as a ratio.
fn distance(a: Ratio, b: Ratio) -> Ratio {
    Ratio::new((a.num * b.den - b.num * a.den).abs(), a.den * b.den)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("STACKING_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(24), .. ProptestConfig::default() })]

    /// Long stretches between thresholds are searched at their ends, by the residues
    /// of their period: still exactly the brute force's answer.
    #[test]
    fn sparse_plans_equal_brute_force(offers in sparse_plan()) {
        let found = worst_case(&offers);
        let lo = offers.min_order_value() as i128;
        let hi = lo + 70_000;
        let (depth, at) = brute(&offers, lo, hi);
        prop_assert!(found.depth >= depth, "analysis {:?} below brute force {:?} at {}", found.depth, depth, at);
        if (found.order_value as i128) <= hi {
            prop_assert_eq!(found.depth, depth);
            prop_assert_eq!(found.order_value as i128, at);
        }
    }

    /// The search costs the same whatever the size of the amounts: every amount of a
    /// plan multiplied by 10^k (k up to 12) gives the same worst case up to the cents
    /// of rounding, for about the same number of subtotals priced.
    #[test]
    fn the_cost_does_not_grow_with_the_amounts(
        offers in sparse_plan()
            .prop_filter("not empty", |o| !o.coupons.is_empty() || !o.tiers.is_empty())
            // Orders where a 每满减 taking nearly every yuan reaches a ¥10^14 minimum lie
            // beyond the search's ceiling; plans keep at least half of an order.
            .prop_filter("keeps half", |o| o.tiers.iter().all(|t| t.repeat.is_none_or(|r| 2 * r.amount <= r.spend)))
    ) {
        let (base, _, _) = worst_case_with_cost(&offers);
        // At a few cents, rounding decides much of the search; from ¥1 on it no longer
        // does, so the cost at 10^2 is the reference.
        let (_, base_cost, _) = worst_case_with_cost(&scaled(&offers, 100));
        for k in 1..=12u32 {
            let factor = 10i64.pow(k);
            let big = scaled(&offers, factor);
            let (worst, cost, truncated) = worst_case_with_cost(&big);
            // At the deepest item price and tier (pay 5 %, keep 5 %) a threshold is
            // reached at 400 times its amount; beyond about ¥2.3×10^16 orders are not
            // searched, and the search says so.
            let threshold = big.coupons.iter().map(|c| c.min_spend)
                .chain(big.tiers.iter().flat_map(|t| t.tiers.iter().map(|r| r.spend)))
                .max().unwrap_or(0);
            if i128::from(threshold) * 400 >= i128::from(i64::MAX / 4) {
                continue;
            }
            prop_assert!(!truncated, "10^{}: the search was cut short", k);
            // The rounding in the customer's favour is a few cents per offer: its
            // weight shrinks with the order value, nothing else changes.
            let slack = Ratio::new(8, i128::from(base.order_value.max(1)));
            prop_assert!(
                distance(worst.depth, base.depth) <= slack,
                "10^{}: depth {:?} at {} against {:?} at {}",
                k, worst.depth, worst.order_value, base.depth, base.order_value
            );
            // Bisections add a logarithm of the amounts, nothing more.
            let limit = 2 * base_cost + 64 * u64::from(k) + 256;
            prop_assert!(cost <= limit, "10^{}: {} subtotals priced against {} at 10^2", k, cost, base_cost);
        }
    }
}

/// A plan with an item discount and one coupon, its minimum spend `min_spend` yuan, and
/// optionally a 每满减.
fn amount_plan(min_spend: &str, repeat: bool) -> String {
    let tiers = if repeat {
        format!(
            "  - {{ id: cross, type: spend_tiers, name: 每满减, repeat: true, \
             tiers: [{{ spend: {min_spend}, discount: 1 }}] }}\n"
        )
    } else {
        String::new()
    };
    format!(
        "campspec: 1
id: amounts
name: 大额测试
owner: ops
currency: CNY
timezone: Asia/Shanghai
jurisdictions: [CN]
window: {{ start: 2027-03-01, end: 2027-03-31 }}
teams:
  - {{ id: ops, name: 运营部 }}
goals:
  - {{ id: gmv, metric: gmv, name: 总销售额, baseline: 1000万, target: 1200万, growth: 20%, owner: ops }}
phases:
  - {{ id: all, name: 全程, start: 2027-03-01, end: 2027-03-31 }}
promotions:
  - {{ id: d20, type: discount, name: 八折, discount: 20% }}
{tiers}coupons:
  - {{ id: big, name: 大额券, amount: 100, min_spend: {min_spend}, quantity: 100,
      valid: {{ from: 2027-03-01, to: 2027-03-31 }} }}
stacking:
  max_coupons_per_order: 1
"
    )
}

/// The probe that took minutes: an item discount and a coupon whose minimum spend is
/// ¥10^8, up to just below the limit of 10^15 — checked at once, with the same
/// worst case (20 % off, the coupon adding nothing that survives at four places).
#[test]
fn huge_minimum_spends_are_analysed_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (n, min_spend) in ["10000", "100000000", "999999999999999"].iter().enumerate() {
        for repeat in [false, true] {
            let path = dir.path().join(format!("a{n}-{repeat}.campaign.yaml"));
            std::fs::write(&path, amount_plan(min_spend, repeat)).expect("write");
            let output = common::campspec()
                .args(["check", "--format", "json"])
                .arg(&path)
                .timeout(std::time::Duration::from_secs(60))
                .output()
                .expect("run");
            let stdout = String::from_utf8_lossy(&output.stdout);
            let report: serde_json::Value =
                serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
            let file = &report["files"][0];
            assert_eq!(
                file["findings"],
                serde_json::json!([]),
                "{min_spend}: {file:#}"
            );
            let exposure = &file["exposure"];
            let depth = exposure["depth"].as_str().expect("depth");
            if *min_spend == "10000" {
                // ¥100 off a ¥10,000 subtotal after 20 %: 20.80 % at ¥12,500. With
                // 每满10000减1 the subtotal must reach ¥10,001 for the coupon: ¥9,900.02
                // paid on ¥12,501.28 (its largest list value), 20.81 %.
                assert_eq!(
                    depth,
                    if repeat { "0.2081" } else { "0.2080" },
                    "{exposure:#}"
                );
            } else {
                assert_eq!(depth, "0.2000", "{min_spend} {repeat}: {exposure:#}");
            }
        }
    }
}

/// The bundled plans with every amount multiplied by 10^k: the same worst case, found
/// for about the same number of subtotals priced.
#[test]
fn bundled_plans_cost_the_same_at_any_scale() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("specs");
    let mut plans = 0;
    for entry in std::fs::read_dir(&root).expect("specs") {
        let path = entry.expect("entry").path();
        if !path.to_string_lossy().ends_with(".campaign.yaml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read");
        let checked = campspec::check_text(
            &path.display().to_string(),
            text,
            &campspec::Settings::default(),
        );
        let offers = checked.analysis.expect("analysed").offers;
        let (base, base_cost, truncated) = worst_case_with_cost(&offers);
        assert!(!truncated);
        for k in 1..=12u32 {
            let (worst, cost, truncated) = worst_case_with_cost(&scaled(&offers, 10i64.pow(k)));
            assert!(!truncated, "{}: 10^{k}", path.display());
            let slack = Ratio::new(8, i128::from(base.order_value));
            assert!(
                distance(worst.depth, base.depth) <= slack,
                "{}: 10^{k}: {:?} against {:?}",
                path.display(),
                worst.depth.rounded(6),
                base.depth.rounded(6)
            );
            assert_eq!(worst.depth.rounded(4), base.depth.rounded(4));
            assert!(
                cost <= 2 * base_cost + 64 * u64::from(k) + 256,
                "{}: 10^{k}: {cost} subtotals priced against {base_cost}",
                path.display()
            );
        }
        plans += 1;
    }
    assert!(plans >= 3);
}
