//! `rules.json`: the engine rule config of the example plans is valid against its
//! generated schema, carries the figures a user checks, is stable byte for byte, and
//! places every interval at the offset in force in the plan's time zone.

use campspec::render::rules_json::{
    RULES_SCHEMA_ID, RulesConfig, rules_config, rules_schema, to_json,
};
use campspec::{Settings, check_file, check_text};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::Path;

const CNY: &str = "specs/cny-2027.campaign.yaml";
const DOUBLE11: &str = "specs/double11-2027.campaign.yaml";

fn build(relative: &str) -> (RulesConfig, Vec<u8>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let checked = check_file(&path, &Settings::default());
    assert!(
        checked.findings.is_empty(),
        "{relative} should check clean: {:?}",
        checked.findings
    );
    let campaign = checked.campaign.expect("the plan is modelled");
    let bytes = std::fs::read(&path).expect("read the spec");
    let config = rules_config(&campaign, checked.analysis.as_ref(), &bytes);
    (config, bytes)
}

fn json(config: &RulesConfig) -> Value {
    serde_json::from_str(&to_json(config)).expect("rules.json is JSON")
}

fn validate(document: &Value) {
    let schema = rules_schema();
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the rules schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(document)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "rules.json breaks its schema: {errors:#?}"
    );
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn by_id<'a>(list: &'a Value, id: &str) -> &'a Value {
    list.as_array()
        .expect("a list")
        .iter()
        .find(|item| item["id"] == id)
        .unwrap_or_else(|| panic!("no `{id}`"))
}

#[test]
fn schema_is_valid_draft_2020_12_with_a_stable_id() {
    let schema = rules_schema();
    assert_eq!(schema["$id"], RULES_SCHEMA_ID);
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    jsonschema::draft202012::meta::validate(&schema).expect("valid JSON Schema");
    // Every field carries a description.
    let mut missing = Vec::new();
    undocumented(&schema, "", &mut missing);
    assert!(missing.is_empty(), "undocumented: {missing:#?}");
}

fn undocumented(schema: &Value, at: &str, missing: &mut Vec<String>) {
    let Value::Object(map) = schema else { return };
    if let Some(Value::Object(properties)) = map.get("properties") {
        for (name, property) in properties {
            let documented = property.get("description").is_some();
            if !documented && name != "type" && name != "kind" {
                missing.push(format!("{at}/{name}"));
            }
        }
    }
    for (key, child) in map {
        match child {
            Value::Array(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, item)| undocumented(item, &format!("{at}/{key}/{i}"), missing)),
            _ => undocumented(child, &format!("{at}/{key}"), missing),
        }
    }
}

#[test]
fn cny_rules_have_the_plans_facts() {
    let (config, bytes) = build(CNY);
    let doc = json(&config);
    validate(&doc);

    assert_eq!(doc["$schema"], RULES_SCHEMA_ID);
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["plan"]["id"], "cny-2027");
    assert_eq!(doc["plan"]["currency"], "CNY");
    assert_eq!(doc["plan"]["timezone"], "Asia/Shanghai");
    assert_eq!(doc["plan"]["locale"], "zh-CN");
    assert_eq!(doc["plan"]["source_sha256"], sha256_hex(&bytes).as_str());
    assert_eq!(doc["plan"]["window"]["start"], "2027-01-01T00:00:00+08:00");
    assert_eq!(doc["plan"]["window"]["end"], "2027-02-16T00:00:00+08:00");

    // Exposure as the analysis reports it.
    let exposure = &doc["exposure"];
    assert_eq!(exposure["depth"], "0.6750");
    assert_eq!(exposure["order_value"], "923.08");
    assert_eq!(
        exposure["combination"],
        serde_json::json!(["member-price", "win-back", "gifting"])
    );
    assert_eq!(exposure["margin_left"], "0.0769");

    // Every promotion and coupon, in spec order.
    let ids = |key: &str| -> Vec<String> {
        doc[key]
            .as_array()
            .expect("a list")
            .iter()
            .map(|x| x["id"].as_str().expect("an id").to_owned())
            .collect()
    };
    assert_eq!(
        ids("promotions"),
        [
            "tiers",
            "flash",
            "member-price",
            "gifts",
            "lucky-bag",
            "collect-fu"
        ]
    );
    assert_eq!(
        ids("coupons"),
        [
            "new-user",
            "first-order",
            "win-back",
            "nianhuo",
            "gifting",
            "referral"
        ]
    );

    // Tiers: exact decimal strings, half-open intervals at +08:00 (burst + peak run
    // together from 01-16 to 02-06).
    let tiers = by_id(&doc["promotions"], "tiers");
    assert_eq!(tiers["type"], "spend_tiers");
    assert_eq!(tiers["effect"]["type"], "spend_tiers");
    let top = &tiers["effect"]["tiers"][2];
    assert_eq!(top["spend"], "999.00");
    assert_eq!(top["discount"]["kind"], "percent");
    assert_eq!(top["discount"]["off_ratio"], "0.22");
    assert_eq!(top["discount"]["pay_ratio"], "0.78");
    assert_eq!(tiers["conditions"]["min_spend"], "299.00");
    assert_eq!(tiers["conditions"]["spend_basis"], "item_level_subtotal");
    let intervals = tiers["validity"]["intervals"].as_array().expect("a list");
    assert_eq!(intervals.len(), 1);
    assert_eq!(intervals[0]["start"], "2027-01-16T00:00:00+08:00");
    assert_eq!(intervals[0]["end"], "2027-02-07T00:00:00+08:00");
    assert_eq!(intervals[0]["first_day"], "2027-01-16");
    assert_eq!(intervals[0]["last_day"], "2027-02-06");

    // Flash: the daily slots' start times as the plan writes them; the plan states no
    // ends, so each `end` is null (never an invented `24:00`).
    let flash = by_id(&doc["promotions"], "flash");
    assert_eq!(flash["effect"]["price"]["pay_ratio"], "0.5");
    assert_eq!(flash["conditions"]["flash_items_only"], true);
    assert_eq!(
        flash["validity"]["daily_slots"],
        serde_json::json!([
            {"start": "10:00", "end": null},
            {"start": "14:00", "end": null},
            {"start": "20:00", "end": null}
        ])
    );
    assert_eq!(flash["limits"]["quantity"], 2000);
    assert_eq!(flash["limits"]["per_user"], 1);
    assert_eq!(flash["limits"]["items_per_slot"], 5);

    // Member price: levels with prices, early access 3 days before 01-16.
    let member = by_id(&doc["promotions"], "member-price");
    assert_eq!(
        member["conditions"]["member_levels"],
        serde_json::json!(["gold", "platinum", "diamond"])
    );
    assert_eq!(member["effect"]["levels"][2]["level"], "diamond");
    assert_eq!(member["effect"]["levels"][2]["price"]["pay_ratio"], "0.65");
    assert_eq!(member["effect"]["levels"][2]["price"]["written"], "6.5折");
    let early = &member["validity"]["early_access"];
    assert_eq!(early["days"], 3);
    assert_eq!(early["interval"]["start"], "2027-01-13T00:00:00+08:00");
    assert_eq!(early["interval"]["end"], "2027-01-16T00:00:00+08:00");
    assert!(by_id(&doc["promotions"], "tiers")["validity"]["early_access"].is_null());

    // Gifts, mystery box, collect-to-win.
    let gifts = by_id(&doc["promotions"], "gifts");
    assert_eq!(gifts["effect"]["tiers"][0]["gift_cost"], "12.00");
    assert_eq!(gifts["conditions"]["spend_basis"], "paid");
    assert_eq!(gifts["limits"]["quantity"], 50000);
    let bag = by_id(&doc["promotions"], "lucky-bag");
    assert_eq!(
        bag["effect"]["prices"],
        serde_json::json!(["88.00", "188.00", "388.00"])
    );
    assert_eq!(bag["effect"]["value_multiple"]["low"], "2");
    assert_eq!(bag["effect"]["grand_prize"]["value"], "5000.00");
    let fu = by_id(&doc["promotions"], "collect-fu");
    assert_eq!(
        fu["validity"]["intervals"][0]["end"],
        "2027-01-29T00:00:00+08:00"
    );

    // Coupons: exact amounts, thresholds, audiences, scopes, the window by default.
    let win_back = by_id(&doc["coupons"], "win-back");
    assert_eq!(win_back["type"], "amount_off");
    assert_eq!(win_back["effect"]["amount"], "150.00");
    assert_eq!(win_back["conditions"]["min_spend"], "500.00");
    assert_eq!(win_back["conditions"]["spend_basis"], "after_spend_tiers");
    assert_eq!(win_back["conditions"]["audience"], "dormant_90d");
    assert_eq!(win_back["limits"]["per_user"], 1);
    assert_eq!(win_back["validity"]["explicit"], false);
    assert_eq!(
        win_back["validity"]["intervals"][0]["end"],
        "2027-02-16T00:00:00+08:00"
    );
    let gifting = by_id(&doc["coupons"], "gifting");
    assert_eq!(gifting["conditions"]["scope"], serde_json::json!(["礼品"]));
    assert_eq!(
        by_id(&doc["coupons"], "new-user")["conditions"]["min_spend"],
        "0.00"
    );

    // Stacking.
    let stacking = &doc["stacking"];
    assert_eq!(stacking["declared"], true);
    assert_eq!(stacking["max_coupons_per_order"], 2);
    assert_eq!(stacking["claims_per_user_per_day"], 3);
    assert_eq!(stacking["standalone"], serde_json::json!(["flash"]));
    assert_eq!(
        stacking["exclusive"][0],
        serde_json::json!(["member-price", "tiers"])
    );
    let steps: Vec<&str> = stacking["application_order"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|s| s["step"].as_str().expect("a step"))
        .collect();
    assert_eq!(steps, ["item_level", "spend_tiers", "coupons", "gifts"]);
    assert_eq!(
        stacking["application_order"][0]["offers"],
        serde_json::json!(["flash", "member-price"])
    );
}

#[test]
fn double11_rules_have_the_plans_facts() {
    let (config, bytes) = build(DOUBLE11);
    let doc = json(&config);
    validate(&doc);

    assert_eq!(doc["plan"]["source_sha256"], sha256_hex(&bytes).as_str());
    let exposure = &doc["exposure"];
    assert_eq!(exposure["depth"], "0.4000");
    assert_eq!(exposure["combination"], serde_json::json!(["flash"]));

    // 每满300减50, uncapped.
    let cross = by_id(&doc["promotions"], "cross-store");
    assert_eq!(cross["effect"]["repeat"], true);
    assert!(cross["effect"]["max_repeats"].is_null());
    assert_eq!(cross["effect"]["tiers"][0]["spend"], "300.00");
    assert_eq!(cross["effect"]["tiers"][0]["discount"]["kind"], "amount");
    assert_eq!(
        cross["effect"]["tiers"][0]["discount"]["amount_off"],
        "50.00"
    );
    assert_eq!(
        cross["validity"]["intervals"][0]["start"],
        "2027-11-01T00:00:00+08:00"
    );
    assert_eq!(
        cross["validity"]["intervals"][0]["end"],
        "2027-11-12T00:00:00+08:00"
    );

    let flash = by_id(&doc["promotions"], "flash");
    assert_eq!(flash["validity"]["daily_slots"][0]["start"], "00:00");
    assert!(flash["validity"]["daily_slots"][2]["end"].is_null());
    assert_eq!(flash["effect"]["price"]["written"], "6折");

    // The draw: preheat + main are contiguous.
    let draw = by_id(&doc["promotions"], "draw");
    assert_eq!(draw["effect"]["type"], "lottery");
    assert_eq!(draw["effect"]["prizes"][0]["value"], "6999.00");
    assert_eq!(draw["effect"]["prizes"][0]["quantity"], 11);
    assert!(draw["effect"]["prizes"][0]["odds"].is_null());
    assert_eq!(
        draw["validity"]["intervals"].as_array().map(Vec::len),
        Some(1)
    );

    let points = by_id(&doc["promotions"], "points");
    assert_eq!(points["effect"]["redeem"]["points"], 100);
    assert_eq!(points["effect"]["redeem"]["worth"], "1.00");
    assert!(points["validity"]["phases"].is_null());
    assert_eq!(
        points["validity"]["intervals"][0]["start"],
        "2027-10-08T00:00:00+08:00"
    );

    assert_eq!(by_id(&doc["coupons"], "shop")["effect"]["amount"], "20.00");
    assert_eq!(doc["stacking"]["claims_per_user_per_day"], 5);
    assert_eq!(doc["stacking"]["exclusive"], serde_json::json!([]));
}

#[test]
fn golden_rules_json() {
    for (spec, snapshot) in [(CNY, "rules_json_cny"), (DOUBLE11, "rules_json_double11")] {
        let (config, _) = build(spec);
        insta::assert_snapshot!(snapshot, to_json(&config));
    }
}

#[test]
fn builds_are_deterministic_and_round_trip() {
    for spec in [CNY, DOUBLE11] {
        let (first, _) = build(spec);
        let (second, _) = build(spec);
        let text = to_json(&first);
        assert_eq!(text, to_json(&second));
        assert!(text.ends_with("}\n"));
        let back: RulesConfig = serde_json::from_str(&text).expect("reads back");
        assert_eq!(back, first);
    }
}

const DST_SPEC: &str = r#"campspec: 1
id: spring-us
name: Spring sale
owner: marketing
locale: en
currency: USD
timezone: America/New_York
jurisdictions: [US]
window: { start: 2027-03-01, end: 2027-03-31 }
teams:
  - { id: marketing, name: Marketing }
goals:
  - { id: gmv, metric: gmv, name: Sales, target: 100000 }
phases:
  - { id: early, name: Early, start: 2027-03-01, end: 2027-03-12 }
  - { id: main, name: Main, start: 2027-03-13, end: 2027-03-20 }
  - { id: late, name: Late, start: 2027-03-21, end: 2027-03-31 }
promotions:
  - id: members
    type: member_price
    name: Member prices
    phases: [main]
    early_access_days: 2
    levels:
      - { level: silver, name: Silver, price: 10% }
      - { level: gold, name: Gold, price: 15% }
  - id: weekend
    type: discount
    name: Weekend deal
    phases: [early, late]
    discount: 5%
coupons:
  - id: switch-day
    name: Daylight coupon
    amount: 5
    min_spend: 50
    valid: { from: 2027-03-14, to: 2027-03-14 }
stacking:
  max_coupons_per_order: 1
"#;

#[test]
fn intervals_across_a_dst_switch_carry_the_offset_in_force() {
    // America/New_York springs forward at 02:00 on 2027-03-14: EST (−05:00) before,
    // EDT (−04:00) after.
    let checked = check_text(
        "spring.campaign.yaml",
        DST_SPEC.to_owned(),
        &Settings::default(),
    );
    assert!(checked.findings.is_empty(), "{:?}", checked.findings);
    let campaign = checked.campaign.expect("modelled");
    let config = rules_config(&campaign, checked.analysis.as_ref(), DST_SPEC.as_bytes());
    let doc = json(&config);
    validate(&doc);

    assert_eq!(doc["plan"]["window"]["start"], "2027-03-01T00:00:00-05:00");
    assert_eq!(doc["plan"]["window"]["end"], "2027-04-01T00:00:00-04:00");

    let members = by_id(&doc["promotions"], "members");
    let main = &members["validity"]["intervals"][0];
    assert_eq!(main["start"], "2027-03-13T00:00:00-05:00");
    assert_eq!(main["end"], "2027-03-21T00:00:00-04:00");
    let early = &members["validity"]["early_access"]["interval"];
    assert_eq!(early["start"], "2027-03-11T00:00:00-05:00");
    assert_eq!(early["end"], "2027-03-13T00:00:00-05:00");

    // Two phases with a gap between them: two intervals.
    let weekend = by_id(&doc["promotions"], "weekend");
    let intervals = weekend["validity"]["intervals"].as_array().expect("a list");
    assert_eq!(intervals.len(), 2);
    assert_eq!(intervals[0]["end"], "2027-03-13T00:00:00-05:00");
    assert_eq!(intervals[1]["start"], "2027-03-21T00:00:00-04:00");

    // A coupon valid on the switch day only: a 23-hour day.
    let coupon = &by_id(&doc["coupons"], "switch-day")["validity"];
    assert_eq!(coupon["explicit"], true);
    assert_eq!(coupon["intervals"][0]["start"], "2027-03-14T00:00:00-05:00");
    assert_eq!(coupon["intervals"][0]["end"], "2027-03-15T00:00:00-04:00");
}

#[test]
fn without_stacking_coupons_are_unlimited_and_a_partial_plan_does_not_panic() {
    let spec = DST_SPEC.replace("stacking:\n  max_coupons_per_order: 1\n", "");
    let checked = check_text("spring.campaign.yaml", spec.clone(), &Settings::default());
    let campaign = checked.campaign.expect("modelled");
    let doc = json(&rules_config(&campaign, None, spec.as_bytes()));
    validate(&doc);
    assert_eq!(doc["stacking"]["declared"], false);
    assert!(doc["stacking"]["max_coupons_per_order"].is_null());
    assert!(doc["stacking"]["claims_per_user_per_day"].is_null());
    assert_eq!(doc["stacking"]["standalone"], serde_json::json!([]));
    assert!(doc["exposure"].is_null());

    // Broken pieces are set aside by the model; the rest still renders.
    let broken = DST_SPEC
        .replace("timezone: America/New_York", "timezone: Mars/Olympus")
        .replace("price: 15%", "price: cheap")
        .replace("min_spend: 50", "min_spend: lots");
    let checked = check_text("broken.campaign.yaml", broken.clone(), &Settings::default());
    let campaign = checked.campaign.unwrap_or_default();
    let doc = json(&rules_config(&campaign, None, broken.as_bytes()));
    validate(&doc);
    assert!(doc["plan"]["timezone"].is_null());
    assert!(doc["plan"]["window"].is_null());

    let empty = rules_config(&campspec::model::Campaign::default(), None, b"");
    validate(&json(&empty));
}

#[test]
fn every_offer_carries_its_funding_line_and_liability() {
    let (config, _) = build(CNY);
    let doc = json(&config);
    validate(&doc);
    // 20,000 coupons × ¥50 = ¥1,000,000 worst; at the plan's 35%, ¥350,000 expected.
    let new_user = &by_id(&doc["coupons"], "new-user")["funding"];
    assert_eq!(new_user["funded_by"], "coupons");
    assert_eq!(new_user["redemption"], "0.35");
    assert_eq!(new_user["worst"], "1000000.00");
    assert_eq!(new_user["expected"], "350000.00");
    assert_eq!(new_user["basis"], "per_unit");
    assert!(new_user["unbounded"].is_null());
    // 50,000 gifts × ¥45 (the dearest tier) = ¥2,250,000; at 80%, ¥1,800,000.
    let gifts = &by_id(&doc["promotions"], "gifts")["funding"];
    assert_eq!(gifts["funded_by"], "gifts");
    assert_eq!(gifts["worst"], "2250000.00");
    assert_eq!(gifts["expected"], "1800000.00");
    // 1,000 boxes × ¥388 × (3 − 1) + 10 × ¥5,000 = ¥776,000 + ¥50,000.
    let bag = &by_id(&doc["promotions"], "lucky-bag")["funding"];
    assert_eq!(bag["worst"], "826000.00");
    assert_eq!(bag["basis"], "prizes");
    // A flash sale without a list price cannot be bounded, and says why; a price
    // reduction takes no default redemption.
    let flash = &by_id(&doc["promotions"], "flash")["funding"];
    assert!(flash["worst"].is_null());
    assert!(flash["redemption"].is_null());
    assert_eq!(flash["unbounded"], "no_list_price");
    assert!(flash["funded_by"].is_null());
}
