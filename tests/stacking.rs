//! The worst-case stacking analysis is exact: on small random plans it equals a brute
//! force over every list-price order value in cents and every allowed combination of
//! offers, priced by an independent reference implementation of FORMAT.md's rules.

use campspec::analysis::exact::Ratio;
use campspec::analysis::offers::{
    CouponOffer, CouponSaving, ItemLevelKind, ItemLevelOffer, ItemPrice, Offers, Repeat, TierOffer,
    TierRule, TierSaving,
};
use campspec::analysis::worst_case;
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
                pointer: format!("/promotions/{n}"),
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
            offers.tiers.push(TierOffer { id: format!("tiers{n}"), pointer: String::new(), order, tiers, repeat });
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
            if let (Some(a), Some(b)) = (ids.get(a), ids.get(b)) {
                if a != b {
                    offers.exclusive.push(vec![a.clone(), b.clone()]);
                }
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
            pointer: String::new(),
            order: 1,
            kind: ItemLevelKind::Member("gold".into()),
            price: ItemPrice::Pay(Ratio::new(13, 20)),
        }],
        tiers: vec![TierOffer {
            id: "cross".into(),
            pointer: String::new(),
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
