//! `campspec simulate`: carts priced step by step, carts checked like specs, and the
//! promise that no cart is ever priced deeper than the worst-case analysis reports.

mod common;
use campspec::analysis::Analysis;
use campspec::{Settings, check_text};
use common::campspec;
use proptest::prelude::*;

#[test]
fn example_carts_are_priced_step_by_step() {
    for (spec, cart, snapshot) in [
        (
            "specs/cny-2027.campaign.yaml",
            "specs/carts/cny-2027-diamond.cart.yaml",
            "simulate_cny",
        ),
        (
            "specs/double11-2027.campaign.yaml",
            "specs/carts/double11-2027-flash.cart.yaml",
            "simulate_double11",
        ),
    ] {
        let output = campspec()
            .args(["simulate", spec, "--cart", cart])
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        insta::assert_snapshot!(snapshot, String::from_utf8_lossy(&output.stdout));
    }
}

#[test]
fn json_receipt_has_the_numbers() {
    let output = campspec()
        .args([
            "simulate",
            "specs/cny-2027.campaign.yaml",
            "--cart",
            "specs/carts/cny-2027-diamond.cart.yaml",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let receipt: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(receipt["currency"], "CNY");
    assert_eq!(receipt["list_total"], "1045.70");
    assert_eq!(receipt["tiers"][0]["saving"], "230.05");
    assert_eq!(receipt["coupons"][1]["id"], "gifting");
    assert_eq!(receipt["coupons"][1]["base"], "622.44");
    assert_eq!(receipt["paid"], "515.65");
    assert_eq!(receipt["depth"], "0.5069");
    assert_eq!(receipt["worst_case_depth"], "0.6750");
}

#[test]
fn member_price_on_a_flash_cart() {
    // A diamond member, flash item: the flash price is standalone, so the engine
    // compares the flash-only order with the member price + coupons and takes the cheaper.
    let dir = tempfile::tempdir().unwrap();
    let cart = dir.path().join("cart.yaml");
    std::fs::write(
        &cart,
        "at: 2027-01-20 10:30\ncustomer: { member_level: diamond }\nitems:\n  - { name: 保温杯, price: 100, flash: true }\n",
    )
    .unwrap();
    let output = campspec()
        .args(["simulate", "specs/cny-2027.campaign.yaml", "--cart"])
        .arg(&cart)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let receipt: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    // 5折 (¥50.00) beats 6.5折 (¥65.00); the new-user coupon is not for this customer.
    assert_eq!(receipt["item_level"]["id"], "flash");
    assert_eq!(receipt["paid"], "50.00");
}

#[test]
fn carts_are_checked_like_specs() {
    let dir = tempfile::tempdir().unwrap();
    let cart = dir.path().join("cart.yaml");
    std::fs::write(
        &cart,
        "at: 2027-01-20 10:30\ncustomer: { member_level: dimond }\nitems:\n  - { name: 礼盒, price: 三百, quantity: 2 }\n  - { name: 坚果, prise: 158 }\ncoupons: [win-bak]\n",
    )
    .unwrap();
    let output = campspec()
        .args(["simulate", "specs/cny-2027.campaign.yaml", "--cart"])
        .arg(&cart)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("did you mean `diamond`?"), "{text}");
    assert!(text.contains("did you mean `win-back`?"), "{text}");
    assert!(text.contains("did you mean `price`?"), "{text}");
    assert!(
        text.contains("cart.yaml:4:"),
        "the price is located: {text}"
    );
}

// ---- soundness -----------------------------------------------------------------------

prop_compose! {
    fn plan_yaml()(
        member in prop::option::of((60u32..95, 40u32..90)),
        discount in prop::option::of((50u32..95, prop::bool::ANY)),
        flash in prop::option::of(30u32..90),
        tiers in prop::option::of(prop::collection::vec((50u32..900, 1u32..25), 1..=3)),
        repeat in prop::option::of((100u32..500, 10u32..90)),
        coupons in prop::collection::vec((0u32..900, 1u32..200, prop::bool::ANY, 0u8..3, 0u8..3), 0..=4),
        k in 0u32..=3,
        standalone_flash in prop::bool::ANY,
        exclusive in prop::option::of((0u8..4, 0u8..4)),
        min_order in 50u32..400,
    ) -> String {
        let mut y = String::from("campspec: 1\nid: p\nname: p\nowner: ops\ncurrency: CNY\ntimezone: Asia/Shanghai\njurisdictions: [CN]\nwindow: {start: 2027-03-01, end: 2027-03-31}\nteams: [{id: ops, name: o}]\ngoals: [{id: g, metric: gmv, name: g, target: 1}]\nphases: [{id: all, name: a, start: 2027-03-01, end: 2027-03-31}]\npromotions:\n");
        let mut ids: Vec<String> = Vec::new();
        if let Some((low, high)) = member {
            let (a, b) = (low.max(high), low.min(high).min(low.max(high) - 1));
            y.push_str(&format!("  - {{id: member, type: member_price, name: m, levels: [{{level: gold, name: g, price: {}%}}, {{level: diamond, name: d, price: {}%}}]}}\n", 100 - a, 100 - b));
            ids.push("member".into());
        }
        if let Some((pay, scoped)) = discount {
            let scope = if scoped { ", scope: [A]" } else { "" };
            y.push_str(&format!("  - {{id: sale, type: discount, name: s, discount: {}%{scope}}}\n", 100 - pay));
            ids.push("sale".into());
        }
        if let Some(pay) = flash {
            y.push_str(&format!("  - {{id: flash, type: flash_sale, name: f, slots: [\"00:00\"], price: {}%, quantity: 100, per_user: 1}}\n", 100 - pay));
            ids.push("flash".into());
        }
        if let Some(mut rules) = tiers {
            rules.sort();
            rules.dedup_by_key(|r| r.0);
            let mut last = 0;
            let list: Vec<String> = rules.iter().map(|(spend, off)| {
                let off = (*off).max(last + 1).min(90);
                last = off;
                format!("{{spend: {spend}, discount: {off}%}}")
            }).collect();
            y.push_str(&format!("  - {{id: tiers, type: spend_tiers, name: t, tiers: [{}]}}\n", list.join(", ")));
            ids.push("tiers".into());
        }
        if let Some((spend, amount)) = repeat {
            y.push_str(&format!("  - {{id: rep, type: spend_tiers, name: r, repeat: true, tiers: [{{spend: {spend}, discount: {}}}]}}\n", amount.min(spend - 1)));
            ids.push("rep".into());
        }
        if ids.is_empty() {
            y.push_str("  - {id: pts, type: points, name: p, earn: e, redeem: {points: 100, worth: 1}}\n");
        }
        if !coupons.is_empty() {
            y.push_str("coupons:\n");
        }
        for (n, (min, amount, percent, audience, scope)) in coupons.iter().enumerate() {
            let value = if *percent {
                format!("percent: {}%, cap: {}", (amount % 60) + 1, amount + 10)
            } else if *min > 0 {
                format!("amount: {}", (*amount).min(min - 1).max(1))
            } else {
                format!("amount: {}", amount % 40 + 1)
            };
            let audience = match audience { 1 => ", audience: vip", 2 => ", audience: new_users", _ => "" };
            let scope = match scope { 1 => ", scope: [A]", 2 => ", scope: [B]", _ => "" };
            y.push_str(&format!("  - {{id: c{n}, name: c, {value}, min_spend: {min}{audience}{scope}}}\n"));
            ids.push(format!("c{n}"));
        }
        y.push_str(&format!("stacking:\n  max_coupons_per_order: {k}\n"));
        if standalone_flash && ids.iter().any(|i| i == "flash") {
            y.push_str("  standalone: [flash]\n");
        }
        if let Some((a, b)) = exclusive
            && let (Some(a), Some(b)) = (ids.get(a as usize), ids.get(b as usize))
                && a != b {
                    y.push_str(&format!("  exclusive: [[{a}, {b}]]\n"));
                }
        y.push_str(&format!("guardrails: {{min_order: {min_order}}}\n"));
        y
    }
}

prop_compose! {
    fn cart_yaml()(
        items in prop::collection::vec((100u32..60000, 1u32..4, 0u8..3, prop::bool::ANY), 1..=4),
        level in 0u8..3,
        audiences in prop::collection::vec(prop::sample::select(vec!["vip", "new_users", "other"]), 0..=2),
        hour in 0u8..24,
    ) -> String {
        let mut y = format!("at: 2027-03-15 {hour:02}:30\n");
        let level = match level { 1 => "gold", 2 => "diamond", _ => "" };
        y.push_str("customer: {");
        if !level.is_empty() {
            y.push_str(&format!("member_level: {level}, "));
        }
        y.push_str(&format!("audience: [{}]}}\nitems:\n", audiences.join(", ")));
        for (n, (cents, qty, scope, flash)) in items.iter().enumerate() {
            let scope = match scope { 1 => ", scope: A", 2 => ", scope: B", _ => "" };
            y.push_str(&format!(
                "  - {{name: i{n}, price: {}.{:02}, quantity: {qty}{scope}, flash: {flash}}}\n",
                cents / 100, cents % 100
            ));
        }
        y
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    #[test]
    fn no_cart_is_deeper_than_the_worst_case(spec in plan_yaml(), cart in cart_yaml()) {
        let settings = Settings::default();
        let checked = check_text("p.campaign.yaml", spec.clone(), &settings);
        let campaign = checked.campaign.expect("plan models");
        let analysis = Analysis::of(&campaign).expect("plan prices");
        let cart_checked = campspec::simulate::check_cart("c.yaml", cart.clone(), &campaign, &settings);
        // Member levels missing from this plan are reported; such carts are not priced.
        let Some(cart_model) = cart_checked.cart else { return Ok(()) };
        let receipt = campspec::simulate::price(&campaign, &analysis.offers, &cart_model, None);
        if receipt.list_cents >= analysis.offers.min_order_value() {
            prop_assert!(
                receipt.depth_ratio <= analysis.worst.depth,
                "cart {:?} deeper than worst case {:?}\n{spec}\n{cart}", receipt.depth_ratio, analysis.worst.depth
            );
        }
    }
}
