//! The benchmark corpus generator (`bench/corpus.rs`) makes what BENCHMARKS.md claims:
//! the same bytes every time, typical plans of about 10 KB and large plans of the size
//! asked for, all checking clean (so the benchmarks time checks, not error paths).

#[path = "../bench/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use campspec::{Settings, check_text};

#[test]
fn typical_plans_are_about_10_kb_deterministic_and_clean() {
    let settings = Settings::default();
    for index in 0..6 {
        let text = corpus::typical(index);
        assert_eq!(
            text,
            corpus::typical(index),
            "plan {index} is not deterministic"
        );
        assert!(
            (9_000..=11_500).contains(&text.len()),
            "plan {index} is {} bytes",
            text.len()
        );
        let checked = check_text(&format!("t{index}.campaign.yaml"), text, &settings);
        assert!(
            checked.findings.is_empty(),
            "plan {index}: {:?}",
            checked.findings
        );
    }
    assert_ne!(
        corpus::typical(0),
        corpus::typical(3),
        "plans are not varied"
    );
}

#[test]
fn large_plans_have_the_size_asked_for_and_are_clean() {
    let settings = Settings::default();
    let bytes = 300 * 1024;
    let text = corpus::large("large-test", bytes);
    assert_eq!(text, corpus::large("large-test", bytes));
    assert!(
        (bytes..bytes + 2_048).contains(&text.len()),
        "{} bytes",
        text.len()
    );
    let coupons = text.matches("\n  - id: c").count();
    assert!(coupons > 500, "only {coupons} coupons");
    let checked = check_text("large-test.campaign.yaml", text, &settings);
    assert!(
        checked.findings.is_empty(),
        "{:?}",
        checked.findings.first()
    );
    assert!(checked.analysis.is_some(), "the stacking analysis ran");
}

/// The hostile plans are what BENCHMARKS.md times: 80,000 unknown keys (the first 100
/// reported one by one, the rest counted in one finding); an item discount with a
/// coupon whose minimum spend is just below 10^15, analysed.
#[test]
fn hostile_plans_have_the_shape_described() {
    let settings = Settings::default();
    let text = corpus::unknown_keys();
    assert_eq!(text, corpus::unknown_keys());
    let checked = check_text("unknown-keys.campaign.yaml", text, &settings);
    let unknown: Vec<_> = checked
        .findings
        .iter()
        .filter(|f| f.code == "S001")
        .collect();
    assert_eq!(unknown.len(), 101);
    let counted = format!(
        "{} more unknown keys in the top level",
        corpus::UNKNOWN_KEYS - 100
    );
    assert!(
        unknown.iter().any(|f| f.message.starts_with(&counted)),
        "{:?}",
        unknown.last()
    );

    let text = corpus::huge_min_spend();
    assert!(text.contains("min_spend: 999999999999999\n"));
    let checked = check_text("huge-min-spend.campaign.yaml", text, &settings);
    assert!(checked.analysis.is_some(), "the stacking analysis ran");
}
