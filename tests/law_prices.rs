//! The price and subscription rules of issue 17 end to end through `campspec check`: a
//! price stated without a mandatory fee (L025), a price for some customers without its
//! condition or priced by profile (L026), and an auto-renewal without its terms (L027).
//! Each shows the finding a user sees — code, message, the words or key underlined — and
//! the look-alike that stays clean.

mod common;
#[path = "common/marks.rs"]
mod marks;
use marks::{check_plan, findings, marks, underlined};
use serde_json::Value;
use std::path::Path;

/// A fixture's text.
fn fixture(path: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/rules")
            .join(path),
    )
    .expect("fixture")
}

/// `text` with `from` (which must be there) replaced by `to`.
fn with(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "the plan no longer holds {from:?}");
    text.replacen(from, to, 1)
}

/// The findings of one rule.
fn of(report: &Value, code: &str) -> Vec<Value> {
    findings(report)
        .into_iter()
        .filter(|f| f["code"] == code)
        .collect()
}

#[test]
fn a_uk_price_without_the_mandatory_booking_fee_is_reported_at_the_price() {
    let plan = fixture("L025-hidden-fees/fires.campaign.yaml");
    let (report, code) = check_plan(&plan);
    assert_eq!(code, 1);
    let found = of(&report, "L025");
    assert_eq!(found.len(), 2, "{report:#}");
    assert_eq!(underlined(&plan, &found[0]), "£25");
    let message = found[0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("booking fee (£3)"), "{message}");
    assert!(
        found[0]["help"]
            .as_str()
            .is_some_and(|h| h.contains("DMCC Act 2024")),
        "{:#}",
        found[0]
    );
    // Named beside the price, still not the total price.
    assert!(
        found[1]["message"]
            .as_str()
            .is_some_and(|m| m.contains("shown apart")),
        "{:#}",
        found[1]
    );

    // The look-alike: the prices hold the fee.
    let included = with(
        &plan,
        "{ name: booking fee, amount: 3, mandatory: true }",
        "{ name: booking fee, amount: 3, mandatory: true, included: true }",
    );
    let (report, _) = check_plan(&included);
    assert!(of(&report, "L025").is_empty(), "{report:#}");

    // An optional fee is no part of the price.
    let optional = with(
        &plan,
        "amount: 3, mandatory: true",
        "amount: 3, mandatory: false",
    );
    let (report, _) = check_plan(&optional);
    assert!(of(&report, "L025").is_empty(), "{report:#}");
}

#[test]
fn a_cn_price_must_mark_the_fee_it_does_not_include() {
    let plan = fixture("L026-conditional-price/passes.campaign.yaml");
    let plan = with(
        &plan,
        "    condition: 注册30天内的新用户首单可享\n",
        "    condition: 注册30天内的新用户首单可享\n    fees:\n      - { name: 打包费, amount: 2, mandatory: true }\n",
    );
    let hidden = with(&plan, "新人价9折，春季焕新", "新人专享，爆款牛肉饭19.9元");
    let (report, _) = check_plan(&hidden);
    assert_eq!(
        marks(&report, &hidden),
        vec![("L025".to_owned(), "19.9元".to_owned())],
        "{report:#}"
    );
    // Under CN a fee marked beside the price is lawful.
    let marked = with(
        &plan,
        "新人价9折，春季焕新",
        "新人专享，爆款牛肉饭19.9元，另收打包费2元",
    );
    let (report, _) = check_plan(&marked);
    assert!(of(&report, "L025").is_empty(), "{report:#}");
    // A threshold and an amount off are no price.
    let threshold = with(&plan, "新人价9折，春季焕新", "新人满50元减10元");
    let (report, _) = check_plan(&threshold);
    assert!(of(&report, "L025").is_empty(), "{report:#}");
}

#[test]
fn a_member_price_without_its_condition_and_a_price_by_profile_are_reported() {
    let plan = fixture("L026-conditional-price/fires.campaign.yaml");
    let (report, code) = check_plan(&plan);
    assert_eq!(code, 1);
    let found = marks(&report, &plan);
    assert_eq!(
        found,
        vec![
            ("L026".to_owned(), "true".to_owned()),
            ("L026".to_owned(), "会员价".to_owned()),
            ("L026".to_owned(), "专享价".to_owned()),
        ],
        "{report:#}"
    );
    let profile = &of(&report, "L026")[0];
    assert!(
        profile["help"]
            .as_str()
            .is_some_and(|h| h.contains("《个人信息保护法》 Art. 24(1)")),
        "{profile:#}"
    );
    // The look-alike: the condition is in the text, or on the offer.
    let stated = with(
        &plan,
        "会员价低至7折！",
        "钻石会员价低至7折，开通会员免费！",
    );
    let stated = with(
        &stated,
        "    personalised: true  # expect: L026\n",
        "    condition: 注册即可享受\n",
    );
    let (report, _) = check_plan(&stated);
    assert!(of(&report, "L026").is_empty(), "{report:#}");
}

#[test]
fn an_eu_personalised_price_needs_its_notice() {
    let plan = fixture("L026-conditional-price/fires.campaign.yaml");
    let eu = with(&plan, "jurisdictions: [CN]", "jurisdictions: [EU]");
    let (report, _) = check_plan(&eu);
    let found = of(&report, "L026");
    assert_eq!(found.len(), 1, "{report:#}");
    assert!(
        found[0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("does not tell customers")),
        "{:#}",
        found[0]
    );
    let told = with(
        &eu,
        "    personalised: true  # expect: L026\n",
        "    personalised: true\n    personalised_notice: Recommended for you at a price personalised from your purchase history\n",
    );
    let (report, _) = check_plan(&told);
    assert!(of(&report, "L026").is_empty(), "{report:#}");
}

#[test]
fn an_auto_renewal_states_its_terms_per_jurisdiction() {
    let plan = fixture("L027-auto-renewal-terms/fires.campaign.yaml");
    let (report, code) = check_plan(&plan);
    assert_eq!(code, 1);
    let found = of(&report, "L027");
    let fields: Vec<&str> = found
        .iter()
        .map(|f| {
            let m = f["message"].as_str().unwrap_or_default();
            ["consent", "cancel", "renewal_price"]
                .into_iter()
                .find(|k| m.contains(&format!("(`{k}`)")))
                .unwrap_or("?")
        })
        .collect();
    assert_eq!(fields, ["consent", "cancel", "renewal_price"], "{report:#}");
    assert!(found.iter().all(|f| underlined(&plan, f) == "subscription"));

    // UK: the DMCC subscription rules are not in force yet: warnings.
    let uk = with(&plan, "jurisdictions: [US]", "jurisdictions: [UK]");
    let uk = with(&uk, "currency: USD", "currency: GBP");
    let (report, _) = check_plan(&uk);
    let found = of(&report, "L027");
    assert_eq!(found.len(), 3, "{report:#}");
    assert!(
        found.iter().all(|f| f["severity"] == "warning"),
        "{report:#}"
    );

    // CN: a reminder shorter than 5 days.
    let cn = with(&plan, "jurisdictions: [US]", "jurisdictions: [CN]");
    let cn = with(&cn, "currency: USD", "currency: CNY");
    let cn = with(
        &cn,
        "{ auto_renew: true, trial: 30d, every: 1mo }",
        "{ auto_renew: true, every: 1mo, consent: 单独勾选自动续费协议, cancel: 我的→会员→关闭自动续费, reminder: 3d }",
    );
    let (report, _) = check_plan(&cn);
    let found = of(&report, "L027");
    assert_eq!(found.len(), 1, "{report:#}");
    assert_eq!(underlined(&cn, &found[0]), "3d");

    // The look-alike: every term stated.
    let (report, _) = check_plan(&fixture("L027-auto-renewal-terms/passes.campaign.yaml"));
    assert!(of(&report, "L027").is_empty(), "{report:#}");
}

#[test]
fn the_bundled_plans_stay_clean() {
    let output = common::campspec()
        .args(["check", "--today", "2027-01-01"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("specs"))
        .output()
        .expect("run");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}
