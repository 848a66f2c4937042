//! Money at risk end to end: a plan whose coupons can cost more than the budget line that
//! funds them gets the finding at the coupon, the line labelled, and figures that equal
//! a computation written out by hand here.

mod common;
use common::campspec;
use serde_json::Value;

/// A plan in `currency` with a budget line `coupons` of `line` and one amount coupon of
/// `amount`, `quantity` issued, funded by that line; `redemption` adds to the coupon.
fn plan(currency: &str, line: u64, amount: u64, quantity: u64, redemption: &str) -> String {
    let total = line.saturating_add(200_000);
    format!(
        "campspec: 1
id: liability
name: 春季焕新节
owner: marketing
currency: {currency}
timezone: Asia/Shanghai
jurisdictions: [CN]
window: {{ start: 2027-03-01, end: 2027-03-31 }}
teams:
  - {{ id: marketing, name: 市场部 }}
goals:
  - {{ id: gmv, metric: gmv, name: 总销售额, target: 1200万, owner: marketing }}
phases:
  - {{ id: main, name: 主会场, start: 2027-03-01, end: 2027-03-31 }}
budget:
  total: {total}
  lines:
    - {{ id: coupons, name: 优惠券补贴, amount: {line}, owner: marketing }}
    - {{ id: media, name: 媒体投放, amount: 200000, owner: marketing }}
coupons:
  - {{ id: new-user, name: 新人券, amount: {amount}, min_spend: 299, quantity: {quantity}, funded_by: coupons{redemption} }}
stacking: {{ max_coupons_per_order: 1 }}
"
    )
}

/// The findings of checking `text` (written to a temporary file), with the exit code.
fn check(text: &str) -> (Vec<Value>, i32) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.campaign.yaml");
    std::fs::write(&path, text).expect("write the plan");
    let output = campspec()
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .expect("run");
    let report: Value = serde_json::from_slice(&output.stdout).expect("json output");
    let findings = report["files"][0]["findings"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    (findings, output.status.code().unwrap_or(-1))
}

#[test]
fn coupons_that_can_cost_more_than_their_line_are_found_at_the_coupon() {
    // By hand: 20,000 coupons × ¥50 = ¥1,000,000 if every one is used, against a line of
    // ¥800,000: ¥200,000 over. In a Chinese-currency message ¥1,000,000 is ¥100万 and
    // ¥200,000 is ¥20万.
    let (quantity, amount, line) = (20_000u64, 50u64, 800_000u64);
    let worst = quantity * amount;
    assert_eq!(worst, 1_000_000);
    let over = worst - line;
    assert_eq!(over, 200_000);

    let (findings, code) = check(&plan("CNY", line, amount, quantity, ""));
    assert_eq!(code, 1, "an error fails the check: {findings:#?}");
    assert_eq!(findings.len(), 1, "{findings:#?}");
    let f = &findings[0];
    assert_eq!(f["code"], "M001");
    assert_eq!(f["severity"], "error");
    // At the coupon…
    assert_eq!(f["pointer"], "/coupons/0/id");
    assert_eq!(f["line"], 21);
    // …with the line labelled, its amount shown.
    let related = f["related"].as_array().expect("related labels");
    assert_eq!(related.len(), 1);
    assert_eq!(related[0]["pointer"], "/budget/lines/0/amount");
    assert_eq!(related[0]["message"], "budget line `coupons`: ¥80万");
    // The figures are the hand computation.
    let message = f["message"].as_str().expect("message");
    assert!(
        message.contains("20,000 × ¥50 = ¥100万"),
        "the worst case as computed by hand: {message}"
    );
    assert!(
        message.contains("the ¥80万 of budget line `coupons`"),
        "{message}"
    );
    assert!(message.contains("over by ¥20万"), "{message}");
}

#[test]
fn the_figures_are_exact_in_a_currency_without_large_units() {
    // By hand: 12,345 coupons × $7 = $86,415 against a line of $80,000: $6,415 over.
    let (quantity, amount, line) = (12_345u64, 7u64, 80_000u64);
    assert_eq!(quantity * amount, 86_415);
    let (findings, _) = check(&plan("USD", line, amount, quantity, ""));
    let f = findings.iter().find(|f| f["code"] == "M001").expect("M001");
    let message = f["message"].as_str().expect("message");
    assert!(message.contains("12,345 × $7 = $86,415"), "{message}");
    assert!(message.contains("over by $6,415"), "{message}");
}

#[test]
fn the_expected_cost_at_the_stated_redemption_is_compared_and_the_worst_case_warned() {
    // By hand: 20,000 × ¥50 = ¥1,000,000 worst; at 35% redemption ¥350,000 expected,
    // within the ¥800,000 line: no error, a warning that the worst case is ¥200,000 over.
    let (findings, code) = check(&plan("CNY", 800_000, 50, 20_000, ", redemption: 35%"));
    assert_eq!(code, 0, "a warning does not fail the check: {findings:#?}");
    assert_eq!(findings.len(), 1, "{findings:#?}");
    let f = &findings[0];
    assert_eq!(f["code"], "M002");
    let message = f["message"].as_str().expect("message");
    assert!(message.contains("at 35% redemption (¥35万)"), "{message}");
    assert!(message.contains("20,000 × ¥50 = ¥100万"), "{message}");
    assert!(message.contains("over by ¥20万"), "{message}");

    // At 90%: ¥900,000 expected, over the line by ¥100,000: the error.
    let (findings, _) = check(&plan("CNY", 800_000, 50, 20_000, ", redemption: 90%"));
    let f = findings.iter().find(|f| f["code"] == "M001").expect("M001");
    let message = f["message"].as_str().expect("message");
    assert!(message.contains("expected to cost ¥90万"), "{message}");
    assert!(message.contains("over by ¥10万"), "{message}");
}

#[test]
fn the_bundled_plans_declare_funding_and_check_clean() {
    for plan in [
        "specs/cny-2027.campaign.yaml",
        "specs/double11-2027.campaign.yaml",
        "specs/spring-refresh-2026.campaign.yaml",
    ] {
        let text =
            std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(plan))
                .expect("read");
        assert!(text.contains("funded_by:"), "{plan} declares funding");
        let (findings, code) = check(&text);
        assert_eq!(code, 0, "{plan}: {findings:#?}");
        assert!(findings.is_empty(), "{plan}: {findings:#?}");
    }
}
