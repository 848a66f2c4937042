//! Stacking and ratio claims end to end (issue 16): exclusivity and stackability wording
//! compared with the plan's `stacking`, ratios computed from the 满X减Y beside them, and
//! the help of every claim mismatch naming the field and the copy to change — each found
//! at the exact characters, with look-alikes (true statements) that stay clean.

mod common;
#[path = "common/marks.rs"]
mod marks;
use marks::{findings, underlined};
use serde_json::Value;
use std::path::Path;

/// A Chinese plan: a 满减 (`tiers`, 满300减40), a sale price (`sale`, 8折) and three coupons.
/// The new-user coupon combines with nothing; the sale and the 满减 exclude each other;
/// two coupons may go on one order.
const ZH_PLAN: &str = "campspec: 1
id: stacking-words
name: 春季焕新节
owner: marketing
currency: CNY
timezone: Asia/Shanghai
jurisdictions: [CN]
window: { start: 2027-03-01, end: 2027-03-31 }
teams:
  - { id: marketing, name: 市场部 }
goals:
  - { id: gmv, metric: gmv, name: 总销售额, target: 1200万, owner: marketing }
phases:
  - { id: main, name: 活动期, start: 2027-03-01, end: 2027-03-31 }
promotions:
  - id: tiers
    type: spend_tiers
    name: 店铺满减
    tiers:
      - { spend: 300, discount: 40 }
  - { id: sale, type: discount, name: 限时折扣, discount: 8折 }
coupons:
  - { id: store, name: 店铺券, amount: 20, min_spend: 100 }
  - { id: platform, name: 平台券, amount: 30, min_spend: 200 }
  - { id: newbie, name: 新人券, amount: 10, min_spend: 0 }
stacking:
  max_coupons_per_order: 2
  standalone: [newbie]
  exclusive:
    - [sale, tiers]
copy:
";

/// The same in English: Black Friday prices (`bf`, 30% off), $20 off $80 (`tiers`), a
/// welcome code, a loyalty voucher and a student discount that combines with nothing;
/// the welcome code and the Black Friday prices exclude each other.
const EN_PLAN: &str = "campspec: 1
id: stacking-words
name: Black Friday
owner: marketing
locale: en
currency: USD
timezone: America/New_York
jurisdictions: [US]
window: { start: 2027-11-20, end: 2027-11-30 }
teams:
  - { id: marketing, name: Marketing }
goals:
  - { id: gmv, metric: gmv, name: Sales, target: 100000, owner: marketing }
phases:
  - { id: main, name: Main, start: 2027-11-20, end: 2027-11-30 }
promotions:
  - { id: bf, type: discount, name: Black Friday prices, discount: 30% }
  - id: tiers
    type: spend_tiers
    name: Spend and save
    tiers:
      - { spend: 80, discount: 20 }
coupons:
  - { id: code, name: Welcome code, amount: 10, min_spend: 50 }
  - { id: loyalty, name: Loyalty voucher, amount: 5, min_spend: 25 }
  - { id: student, name: Student discount, percent: 10%, cap: 20, min_spend: 1 }
stacking:
  max_coupons_per_order: 2
  standalone: [student]
  exclusive:
    - [code, bf]
copy:
";

/// One finding as the user reads it.
#[derive(Debug, PartialEq)]
struct Seen {
    code: String,
    words: String,
    message: String,
    help: String,
}

/// `text` checked as a plan: the JSON report.
fn check_plan(text: &str) -> Value {
    marks::check_plan(text).0
}

fn seen(report: &Value, text: &str) -> Vec<Seen> {
    findings(report)
        .iter()
        .map(|f| Seen {
            code: f["code"].as_str().unwrap_or("").to_owned(),
            words: underlined(text, f),
            message: f["message"].as_str().unwrap_or("").to_owned(),
            help: f["help"].as_str().unwrap_or("").to_owned(),
        })
        .collect()
}

/// `plan` with one copy entry saying `text` for the offer `advertises`: every finding.
fn copy_in(plan: &str, text: &str, advertises: &str) -> Vec<Seen> {
    let full = format!(
        "{plan}  - {{ id: hero, channel: app_home, text: \"{text}\", advertises: [{advertises}] }}\n"
    );
    seen(&check_plan(&full), &full)
}

/// Asserts one L001 finding at `words`, whose message ends with `but` and whose help
/// starts with `help`.
fn found_once(found: &[Seen], words: &str, but: &str, help: &str) {
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = &found[0];
    assert_eq!(
        (f.code.as_str(), f.words.as_str()),
        ("L001", words),
        "{f:#?}"
    );
    assert_eq!(
        f.message,
        format!("the text says `{words}`, but {but}"),
        "{f:#?}"
    );
    assert!(f.help.starts_with(help), "{f:#?}");
}

#[test]
fn chinese_exclusivity_wording_is_compared_with_stacking() {
    found_once(
        &copy_in(ZH_PLAN, "本券不与其他优惠同享，欢迎选购", "store"),
        "本券不与其他优惠同享",
        "`stacking` lets `store` and `tiers` go on one order (neither is `standalone`, no `exclusive` group holds both)",
        "add `[store, tiers]` to `stacking.exclusive` (or `store` to `stacking.standalone`), or take `本券不与其他优惠同享` out of the copy",
    );
    found_once(
        &copy_in(ZH_PLAN, "店铺券不与平台券同时使用", "store"),
        "店铺券不与平台券同时使用",
        "`max_coupons_per_order` is 2 and no `exclusive` group holds `store` and `platform`, so both coupons can go on one order",
        "set `stacking.max_coupons_per_order` to 1 or add `[store, platform]` to `stacking.exclusive`",
    );
    found_once(
        &copy_in(ZH_PLAN, "新人券可叠加使用，下单更划算", "newbie"),
        "新人券可叠加使用",
        "`newbie` cannot go on an order with `tiers`: `newbie` is `standalone` (it combines with nothing)",
        "take `newbie` out of `stacking.standalone`",
    );
    found_once(
        &copy_in(ZH_PLAN, "春季焕新，满减与折扣可同享", "tiers"),
        "满减与折扣可同享",
        "`tiers` cannot go on an order with `sale`: `tiers` and `sale` are in one `exclusive` group",
        "take `tiers` or `sale` out of `stacking.exclusive[0]`",
    );
    found_once(
        &copy_in(ZH_PLAN, "优惠券不可叠加", "store"),
        "优惠券不可叠加",
        "`max_coupons_per_order` is 2",
        "change `stacking.max_coupons_per_order` to `1`",
    );
    found_once(
        &copy_in(ZH_PLAN, "每笔订单限用1张优惠券", "store"),
        "每笔订单限用1张优惠券",
        "`max_coupons_per_order` is 2",
        "change `stacking.max_coupons_per_order` to `1`, or the copy to `每笔订单限用2张优惠券`",
    );
    // True statements, and words that are not about stacking.
    for (text, offer) in [
        ("新人券不与其他优惠共用", "newbie"),
        ("本券不可与其他优惠同时使用", "newbie"),
        ("本券可与平台券叠加使用", "store"),
        ("特价商品不参与满减", "tiers"),
        ("满减与折扣二选一", "sale"),
        ("限时折扣商品不再享受满减", "sale"),
        ("每单最多可叠加2个红包", "store"),
        ("部分商品不参与活动", "tiers"),
        ("全家同享，好友同享", "store"),
        ("多重优惠叠加，惊喜不断", "store"),
    ] {
        assert_eq!(copy_in(ZH_PLAN, text, offer), [], "{text}");
    }
}

#[test]
fn one_coupon_per_order_is_true_although_a_coupon_stacks_with_a_spend_tier() {
    let plan = ZH_PLAN.replace("max_coupons_per_order: 2", "max_coupons_per_order: 1");
    assert_eq!(copy_in(&plan, "优惠券不可叠加", "store"), []);
    assert_eq!(copy_in(&plan, "仅可使用一张优惠券", "store"), []);
    found_once(
        &copy_in(&plan, "本券不与满减同享", "store"),
        "本券不与满减同享",
        "`stacking` lets `store` and `tiers` go on one order (neither is `standalone`, no `exclusive` group holds both)",
        "add `[store, tiers]` to `stacking.exclusive`",
    );
    // A plan without `stacking` has not decided: nothing is said (P018 warns).
    let undecided = ZH_PLAN
        .split("stacking:")
        .next()
        .unwrap_or_default()
        .to_owned()
        + "copy:\n";
    let found = copy_in(&undecided, "本券不与其他优惠同享", "store");
    assert!(found.iter().all(|f| f.code != "L001"), "{found:#?}");
}

#[test]
fn english_exclusivity_wording_is_compared_with_stacking() {
    found_once(
        &copy_in(EN_PLAN, "Cannot be combined with any other offer.", "code"),
        "Cannot be combined with any other offer",
        "`stacking` lets `code` and `tiers` go on one order (neither is `standalone`, no `exclusive` group holds both)",
        "add `[code, tiers]` to `stacking.exclusive`",
    );
    found_once(
        &copy_in(EN_PLAN, "One code per order.", "code"),
        "One code per order",
        "`max_coupons_per_order` is 2",
        "change `stacking.max_coupons_per_order` to `1`",
    );
    found_once(
        &copy_in(
            EN_PLAN,
            "This code stacks with our Black Friday prices",
            "code",
        ),
        "stacks with our Black Friday prices",
        "`code` cannot go on an order with `bf`: `code` and `bf` are in one `exclusive` group",
        "take `code` or `bf` out of `stacking.exclusive[0]`",
    );
    found_once(
        &copy_in(EN_PLAN, "Stack it with your loyalty voucher!", "student"),
        "Stack it with your loyalty voucher",
        "`student` cannot go on an order with `loyalty`: `student` is `standalone` (it combines with nothing)",
        "take `student` out of `stacking.standalone`",
    );
    for (text, offer) in [
        ("Cannot be combined with any other offer.", "student"),
        ("Up to two codes per order.", "code"),
        (
            "Student discount cannot be used alongside this offer.",
            "code",
        ),
        ("Excludes items already reduced for Black Friday.", "code"),
        ("Can be used together with sale prices.", "loyalty"),
        ("Combine with our matching scarf.", "loyalty"),
        ("Valid on selected items.", "loyalty"),
    ] {
        assert_eq!(copy_in(EN_PLAN, text, offer), [], "{text}");
    }
}

#[test]
fn ratios_are_computed_from_the_amount_off_beside_them() {
    found_once(
        &copy_in(ZH_PLAN, "满300减40，相当于8.5折", "tiers"),
        "相当于8.5折",
        "满300减40 pays 260/300 = 8.67折 (≈8.7折)",
        "change the copy to `相当于8.7折`",
    );
    // 8.67折 is nearer 9折 than 8折.
    found_once(
        &copy_in(ZH_PLAN, "满300减40，约8折", "tiers"),
        "约8折",
        "满300减40 pays 260/300 = 8.67折 (≈9折)",
        "change the copy to `约9折`",
    );
    // Without an amount off in the sentence, the offers' prices.
    found_once(
        &copy_in(ZH_PLAN, "全场相当于7折", "sale"),
        "相当于7折",
        "the offers give 8折",
        "change `promotions[sale].discount` to `7折`, or the copy to `相当于8折`",
    );
    for text in [
        "满300减40，相当于8.7折",
        "满300减40，约合9折",
        "满300减40，折合87折",
        "全场相当于8折",
    ] {
        let offer = if text.starts_with('满') {
            "tiers"
        } else {
            "sale"
        };
        assert_eq!(copy_in(ZH_PLAN, text, offer), [], "{text}");
    }
    found_once(
        &copy_in(EN_PLAN, "$20 off $80 - that's 30% off", "tiers"),
        "that's 30% off",
        "$20 off $80 pays 60/80 = 25% off",
        "change the copy to `that's 25% off`",
    );
    for text in [
        "$20 off $80 - that's 25% off",
        "Spend $80, save $20: that's 25% off",
        "Spend $80, save $20 - you save 25%",
    ] {
        assert_eq!(copy_in(EN_PLAN, text, "tiers"), [], "{text}");
    }
}

#[test]
fn every_mismatch_names_the_field_and_the_copy_to_change() {
    let path = "tests/rules/L001-claim-mismatch/fires.campaign.yaml";
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect("fixture");
    let found = seen(&check_plan(&text), &text);
    let helps: Vec<(&str, &str)> = found
        .iter()
        .map(|f| (f.words.as_str(), f.help.split(" — ").next().unwrap_or("")))
        .collect();
    assert_eq!(
        helps,
        [
            (
                "满300减50",
                "change `coupons[spring].amount` to `50`, or the copy to `满300减40`"
            ),
            (
                "满299享9折",
                "change `promotions[tiers].tiers[0].discount` to `9折`, or the copy to `满299享9.1折`"
            ),
            ("相当于8.5折", "change the copy to `相当于8.7折`"),
            (
                "春季券不与其他优惠同享",
                "add `[spring, tiers]` to `stacking.exclusive` (or `spring` to `stacking.standalone`), or take `春季券不与其他优惠同享` out of the copy"
            ),
        ]
    );
}

/// The cny-2027 plan, whose tier terms say 不与秒杀商品同享 (the flash sale is standalone).
fn cny(from: &str, to: &str) -> String {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("specs/cny-2027.campaign.yaml"),
    )
    .expect("plan");
    assert!(text.contains(from), "cny-2027 no longer holds {from:?}");
    text.replacen(from, to, 1)
}

#[test]
fn a_bundled_plan_says_what_its_stacking_does() {
    let plan = cny("", "");
    assert_eq!(seen(&check_plan(&plan), &plan), []);
    // Once the flash sale is no longer standalone, the tiers stack with it.
    let plan = cny("  standalone: [flash]\n", "");
    let l001: Vec<Seen> = seen(&check_plan(&plan), &plan)
        .into_iter()
        .filter(|f| f.code == "L001")
        .collect();
    found_once(
        &l001,
        "不与秒杀商品同享",
        "`stacking` lets `tiers` and `flash` go on one order (neither is `standalone`, no `exclusive` group holds both)",
        "add `[tiers, flash]` to `stacking.exclusive` (or `tiers` to `stacking.standalone`), or take `不与秒杀商品同享` out of the copy",
    );
    // The flash copy's limit, read with another measure word: the help says both ways.
    let plan = cny(
        "每款限量2000件，每人限购1件。",
        "每款限量2000件，每个账号限购3盒。",
    );
    let l001: Vec<Seen> = seen(&check_plan(&plan), &plan)
        .into_iter()
        .filter(|f| f.code == "L001")
        .collect();
    found_once(
        &l001,
        "每个账号限购3盒",
        "`flash` allows 1 per customer",
        "change `promotions[flash].per_user` to `3`, or the copy to `每个账号限购1盒`",
    );
}
