//! One mistake, one finding: a value that failed is set aside and nothing that depends
//! on it is reported again. Each case plants one mistake and asserts the exact findings.

use campspec::{Settings, check_text};

const HEAD: &str = "campspec: 1
id: fixture
name: 春季焕新节
owner: marketing
currency: CNY
timezone: Asia/Shanghai
jurisdictions: [CN]
window: { start: 2027-03-01, end: 2027-03-31 }
teams:
  - { id: marketing, name: 市场部 }
  - { id: ops, name: 运营部 }
goals:
  - { id: gmv, metric: gmv, name: 总销售额, baseline: 1000万, target: 1200万, growth: 20%, owner: ops }
";

const PHASES: &str = "phases:
  - { id: preheat, name: 预热期, start: 2027-03-01, end: 2027-03-10 }
  - { id: burst, name: 爆发期, start: 2027-03-11, end: 2027-03-31 }
";

/// `code@line` of every finding, in order.
fn findings(body: &str) -> Vec<String> {
    let text = format!("{HEAD}{body}");
    let checked = check_text("case.campaign.yaml", text, &Settings::default());
    let source = checked.source.expect("source");
    checked
        .findings
        .iter()
        .map(|f| {
            let line = source
                .lines
                .position(&source.text, f.primary.span.start)
                .line;
            format!("{}@{line}", f.code)
        })
        .collect()
}

#[test]
fn misspelt_promotion_type_key_is_one_finding() {
    let found = findings(&format!(
        "{PHASES}promotions:
  - id: flash
    tpye: flash_sale
    name: 限时秒杀
    slots: [\"10:00\"]
    price: 5折
    quantity: 100
    per_user: 1
"
    ));
    assert_eq!(found, ["S001@19"]);
}

#[test]
fn unknown_promotion_type_is_one_finding() {
    let found = findings(&format!(
        "{PHASES}promotions:
  - {{ id: box, type: mystery_bag, name: 福袋, prices: [88], value_multiple: 2..3 }}
stacking:
  max_coupons_per_order: 1
  standalone: [box]
"
    ));
    assert_eq!(found, ["S004@18"]);
}

#[test]
fn misspelt_section_hides_its_references() {
    let found = findings(&format!(
        "{PHASES}promotoins:
  - {{ id: flash, type: discount, name: 直降, discount: 9折 }}
stacking:
  max_coupons_per_order: 1
  standalone: [flash]
copy:
  - {{ id: hero, channel: app_home, text: 全场9折, advertises: [flash] }}
"
    ));
    assert_eq!(found, ["S001@17"]);
}

#[test]
fn misspelt_required_key_is_one_finding() {
    let found = findings(&format!(
        "{PHASES}coupons:
  - {{ id: gifting, name: 礼品券, amount: 150, minspend: 600 }}
stacking:
  max_coupons_per_order: 1
  standalone: [gifting]
"
    ));
    assert_eq!(found, ["S001@18"]);
}

#[test]
fn item_without_id_is_not_an_unknown_reference() {
    let found = findings(
        "phases:
  - { id: preheat, name: 预热期, start: 2027-03-01, end: 2027-03-10 }
  - { name: 爆发期, start: 2027-03-11, end: 2027-03-31 }
materials:
  - { id: posters, item: 海报, quantity: 10, owner: ops, due: 2027-03-01, needed_by: burst }
",
    );
    assert_eq!(found, ["S002@16"]);
}

#[test]
fn a_broken_phase_causes_no_gap_or_target_findings() {
    let found = findings(
        "phases:
  - { id: preheat, name: 预热期, start: 2027-03-01, end: 2027-03-10, targets: { gmv: 30% } }
  - { id: burst, name: 爆发期, start: 2027-03-11, end: 2027-03-32, targets: { gmv: 70% } }
",
    );
    assert_eq!(found, ["S004@16"]);
}

#[test]
fn a_backwards_phase_causes_no_gap() {
    let found = findings(
        "phases:
  - { id: preheat, name: 预热期, start: 2027-03-01, end: 2027-03-10 }
  - { id: burst, name: 爆发期, start: 2027-03-31, end: 2027-03-11 }
",
    );
    assert_eq!(found, ["D001@16"]);
}

#[test]
fn a_broken_budget_line_causes_no_sum_finding() {
    let found = findings(&format!(
        "{PHASES}budget:
  total: 1000万
  lines:
    - {{ id: media, name: 媒体, amount: 八百万, owner: marketing }}
    - {{ id: kol, name: KOL, amount: 200万, owner: ops }}
"
    ));
    assert_eq!(found, ["S004@20"]);
}

#[test]
fn a_broken_target_is_not_missing_and_has_no_growth() {
    let text = HEAD.replace("target: 1200万, growth: 20%", "target: 1200件, growth: 20%");
    let checked = check_text(
        "case.campaign.yaml",
        format!("{text}{PHASES}"),
        &Settings::default(),
    );
    let codes: Vec<&str> = checked.findings.iter().map(|f| f.code).collect();
    assert_eq!(codes, ["G001"]);
}

#[test]
fn yaml11_word_with_the_wrong_type_is_one_finding() {
    let found = findings(&format!(
        "{PHASES}promotions:
  - id: tiers
    type: spend_tiers
    name: 每满减
    repeat: yes
    tiers:
      - {{ spend: 300, discount: 30 }}
"
    ));
    assert_eq!(found, ["S003@21"]);
}

#[test]
fn teams_section_missing_is_reported_once() {
    let text = HEAD.replace(
        "teams:\n  - { id: marketing, name: 市场部 }\n  - { id: ops, name: 运营部 }\n",
        "",
    );
    let checked = check_text(
        "case.campaign.yaml",
        format!("{text}{PHASES}"),
        &Settings::default(),
    );
    let codes: Vec<&str> = checked.findings.iter().map(|f| f.code).collect();
    assert_eq!(codes, ["R001"]);
    assert!(checked.findings[0].message.contains("no `teams` section"));
}
