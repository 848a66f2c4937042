//! Arithmetic at the edges of a plan's values, through the real binary: a required
//! margin of 100 % or more gives a finding (or none, when the goods cost nothing)
//! instead of a crash that loses the whole report.

mod common;
use common::campspec;
use serde_json::Value;
use std::time::Duration;

/// The P006 fixture plan with the flash sale's `min_margin` and the guardrails'
/// `gross_margin` replaced.
fn flash_plan(min_margin: &str, gross_margin: &str) -> String {
    let fixture = include_str!("rules/P006-flash-margin-low/fires.campaign.yaml");
    fixture
        .replace("min_margin: 15%", &format!("min_margin: {min_margin}"))
        .replace(
            "gross_margin: 70%",
            &format!("gross_margin: {gross_margin}"),
        )
        .replace("  # expect: P006", "")
}

/// Checks `plan` as JSON: the exit code and the P006 findings' help lines.
fn check(plan: &str) -> (i32, Vec<String>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("flash.campaign.yaml");
    std::fs::write(&path, plan).expect("write plan");
    let output = campspec()
        .args(["check", "--format", "json"])
        .arg(&path)
        .timeout(Duration::from_secs(60))
        .output()
        .expect("run campspec");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "campspec panicked:\n{stderr}");
    let report: Value = serde_json::from_slice(&output.stdout).expect("a JSON report");
    let helps = report["files"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == "P006")
        .map(|f| f["help"].as_str().unwrap_or_default().to_owned())
        .collect();
    (output.status.code().unwrap_or(-1), helps)
}

#[test]
fn a_required_margin_of_100_percent_is_reported_not_a_crash() {
    let (code, helps) = check(&flash_plan("100%", "70%"));
    assert_eq!(code, 1, "an error finding exits 1");
    assert_eq!(
        helps,
        [
            "only goods that cost nothing keep 100% margin, at any price; lower `min_margin` to below 100%"
        ]
    );
}

#[test]
fn a_required_margin_above_100_percent_suggests_no_price() {
    let (code, helps) = check(&flash_plan("101%", "70%"));
    assert_eq!(code, 1);
    assert_eq!(helps.len(), 1);
    assert!(
        helps[0].starts_with("no price keeps more than 100% margin, so none keeps 101%"),
        "{helps:?}"
    );
}

#[test]
fn goods_that_cost_nothing_keep_a_100_percent_margin() {
    let (code, helps) = check(&flash_plan("100%", "100%"));
    assert_eq!(code, 0);
    assert!(helps.is_empty(), "{helps:?}");
}

#[test]
fn a_reachable_margin_still_names_the_lowest_price() {
    let (code, helps) = check(&flash_plan("15%", "70%"));
    assert_eq!(code, 1);
    assert_eq!(helps, ["the lowest price that keeps 15% is 3.6折"]);
}
