//! The rules corrected to read the law as written (issue 17), end to end through
//! `campspec check`: each plan that used to get a wrong finding now gets the right one
//! or none, and the plan the law does catch still gets its finding — L015 free entry
//! (Great Britain: only paid entry needs a free route), L007 prize records (apart from
//! personal-data retention), L010 US former prices (28 days a heuristic; trade-area
//! "compare at" prices), L004 scarcity (a quantity the plan states suffices) and W001
//! (its explanation reads the 2023 SAMR enforcement guide).

mod common;
#[path = "common/marks.rs"]
mod marks;
use common::campspec;
use marks::{check_plan, findings, marks, underlined};
use serde_json::Value;

/// A plan head: `jurisdictions`, currency and locale, with one phase over March 2027.
fn head(jurisdictions: &str, currency: &str) -> String {
    format!(
        "campspec: 1
id: law
name: Spring sale
owner: marketing
currency: {currency}
timezone: Europe/London
jurisdictions: [{jurisdictions}]
window: {{ start: 2027-03-01, end: 2027-03-31 }}
teams:
  - {{ id: marketing, name: Marketing }}
goals:
  - {{ id: gmv, metric: gmv, name: Sales, baseline: 1000000, target: 1200000, growth: 20%, owner: marketing }}
phases:
  - {{ id: main, name: Main sale, start: 2027-03-01, end: 2027-03-31 }}
"
    )
}

/// The findings of `code` in the check of `text`.
fn of(text: &str, code: &str) -> Vec<Value> {
    let (report, _) = check_plan(text);
    findings(&report)
        .into_iter()
        .filter(|f| f["code"] == code)
        .collect()
}

/// A UK prize draw entered by buying, with `extra` lines (indented four spaces) added.
fn uk_draw(extra: &str) -> String {
    format!(
        "{}promotions:
  - id: draw
    type: lottery
    name: Spring prize draw
    entry: every purchase over £50 enters the draw
{extra}    prizes:
      - {{ name: e-bike, value: 2000, quantity: 1 }}
    terms: One entry per order. Winner drawn 5 April 2027 and told by email within 7 days.
",
        head("UK", "GBP")
    )
}

#[test]
fn a_gb_draw_entered_by_buying_at_the_normal_price_needs_no_free_route() {
    // Used to be an error: "purchases enter the draw, but there is no free way to enter".
    let plan = uk_draw("");
    assert!(of(&plan, "L015").is_empty(), "{:?}", of(&plan, "L015"));
    let stated_normal = uk_draw("    entry_fee: 0\n    price_uplift: false\n");
    assert!(of(&stated_normal, "L015").is_empty());
}

#[test]
fn a_gb_draw_with_an_entry_fee_or_a_raised_price_needs_a_free_route() {
    let plan = uk_draw("    entry_fee: £2\n");
    let found = of(&plan, "L015");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["severity"], "error");
    assert_eq!(underlined(&plan, &found[0]), "£2");
    let message = found[0]["message"].as_str().unwrap_or("");
    assert!(
        message.contains("costs a fee of £2") && message.contains("no free way to enter"),
        "{message}"
    );
    let help = found[0]["help"].as_str().unwrap_or("");
    assert!(help.contains("normal price"), "{help}");

    let raised = uk_draw("    price_uplift: 3\n");
    let found = of(&raised, "L015");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(underlined(&raised, &found[0]), "3");
    assert!(of(&uk_draw("    price_uplift: true\n"), "L015").len() == 1);

    // A free route of equal chance makes the paid draw lawful.
    let free = uk_draw(
        "    entry_fee: £2\n    free_entry: post your name and address to Spring Draw, PO Box 1, Leeds LS1 1AA\n",
    );
    assert!(of(&free, "L015").is_empty());
}

#[test]
fn a_us_draw_entered_by_buying_still_needs_a_free_route() {
    let plan = uk_draw("")
        .replace("jurisdictions: [UK]", "jurisdictions: [US]")
        .replace("currency: GBP", "currency: USD")
        .replace('£', "$");
    let found = of(&plan, "L015");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        underlined(&plan, &found[0]),
        "every purchase over $50 enters the draw"
    );
}

/// A CN plan with `promotions` (after the head) and `compliance`.
fn cn_plan(promotions: &str, compliance: &str) -> String {
    format!(
        "{}{promotions}compliance:\n{compliance}",
        head("CN", "CNY").replace("timezone: Europe/London", "timezone: Asia/Shanghai")
    )
}

const CN_DRAW: &str = "promotions:
  - id: draw
    type: lottery
    name: 狂欢抽奖
    entry: 下单即可抽奖
    prizes:
      - { name: 手机, value: 6999, quantity: 11 }
    terms: 奖品为手机11部，中奖后7日内在“我的奖品”中领取。
";

#[test]
fn prize_records_are_kept_apart_from_personal_data_retention() {
    // Used to be flagged at `data_retention: 90d`, asking personal data be kept two years.
    let plan = cn_plan(CN_DRAW, "  data_retention: 90d\n  prize_records: 2y\n");
    assert!(of(&plan, "L007").is_empty(), "{:?}", of(&plan, "L007"));

    let short = cn_plan(CN_DRAW, "  data_retention: 90d\n  prize_records: 1y\n");
    let found = of(&short, "L007");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["severity"], "warning");
    assert_eq!(underlined(&short, &found[0]), "1y");
    assert!(
        found[0]["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("prize records are kept 1y")),
        "{found:?}"
    );

    // Two years of personal data does not stand in for the prize records.
    let unset = cn_plan(CN_DRAW, "  data_retention: 2y\n");
    let found = of(&unset, "L007");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("`compliance.prize_records` is not set")),
        "{found:?}"
    );
}

#[test]
fn a_short_personal_data_retention_without_prizes_is_clean() {
    let plan = cn_plan(
        "promotions:\n  - { id: sale, type: discount, name: 春季直降, discount: 9折 }\n",
        "  data_retention: 30d\n",
    );
    assert!(of(&plan, "L007").is_empty(), "{:?}", of(&plan, "L007"));
}

#[test]
fn explain_marks_the_prize_record_article_unverified() {
    let output = campspec().args(["explain", "L007"]).output().expect("run");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("prize_records"), "{text}");
    assert!(text.contains("unverified"), "{text}");
}

/// A US plan whose `coats` promotion has `reference` and copy `text` advertising it.
fn us_price(reference: &str, text: &str) -> String {
    format!(
        "{}promotions:
  - id: coats
    type: discount
    name: Coat event
    discount: 25%
{reference}copy:
  - id: hero
    channel: web
    text: {text}
    advertises: [coats]
",
        head("US", "USD").replace("timezone: Europe/London", "timezone: America/New_York")
    )
}

#[test]
fn a_trade_area_compare_at_price_is_a_basis() {
    // Used to be an error: the plan had no way to state a 16 CFR 233.2 basis.
    let plan = us_price(
        "    reference_price: { basis: trade_area_price, evidence: prices at three Portland department stores (Feb 2027) }\n",
        "Compare at $80, ours $60.",
    );
    assert!(of(&plan, "L010").is_empty(), "{:?}", of(&plan, "L010"));
    // Without evidence the comparison is still questioned.
    let bare = us_price(
        "    reference_price: { basis: trade_area_price }\n",
        "Compare at $80, ours $60.",
    );
    let found = of(&bare, "L010");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(underlined(&bare, &found[0]), "Compare at");
}

#[test]
fn a_short_former_price_period_is_a_warning_labelled_a_heuristic() {
    let plan = us_price(
        "    reference_price: { basis: former_price, days: 14, evidence: price history Feb 2027 }\n",
        "Regular price $80, now $60.",
    );
    let found = of(&plan, "L010");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["severity"], "warning");
    let message = found[0]["message"].as_str().unwrap_or("");
    assert!(
        message.contains("14 days")
            && message.contains("heuristic")
            && message.contains("reasonably substantial period"),
        "{message}"
    );
    let long = us_price(
        "    reference_price: { basis: former_price, days: 60, evidence: price history Jan-Feb 2027 }\n",
        "Regular price $80, now $60.",
    );
    assert!(of(&long, "L010").is_empty());
}

/// A CN plan with a gift box promotion (`fields` added) and copy `text` advertising it.
fn cn_scarcity(fields: &str, text: &str) -> String {
    format!(
        "{}promotions:
  - id: box
    type: discount
    name: 新年礼盒
    discount: 8折
{fields}copy:
  - id: fu
    channel: weibo
    text: {text}
    advertises: [box]
",
        head("CN", "CNY").replace("timezone: Europe/London", "timezone: Asia/Shanghai")
    )
}

#[test]
fn scarcity_words_rest_on_a_quantity_the_plan_states() {
    // Used to be an error: the copy had no number and the promotion no `quantity` field,
    // though its terms state the stock.
    let terms = cn_scarcity(
        "    terms: 活动期间新年礼盒共发售1000份，售完即止。\n",
        "新年礼盒数量有限，先到先得",
    );
    assert!(of(&terms, "L004").is_empty(), "{:?}", of(&terms, "L004"));
    let field = cn_scarcity("    quantity: 1000\n", "新年礼盒数量有限，先到先得");
    assert!(of(&field, "L004").is_empty());

    // No quantity anywhere: a warning, at the words.
    let none = cn_scarcity("", "新年礼盒数量有限，先到先得");
    let (report, _) = check_plan(&none);
    let found: Vec<Value> = findings(&report)
        .into_iter()
        .filter(|f| f["code"] == "L004")
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["severity"], "warning");
    assert!(
        marks(&report, &none).contains(&("L004".to_owned(), "数量有限".to_owned())),
        "{report:#}"
    );
}

#[test]
fn absolute_claims_are_still_flagged_and_explained_in_context() {
    let plan = cn_scarcity("", "全网最低价，新年礼盒").replace("    advertises: [box]\n", "");
    let found = of(&plan, "W001");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["severity"], "error");
    assert_eq!(underlined(&plan, &found[0]), "全网最低价");

    let output = campspec().args(["explain", "W001"]).output().expect("run");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(!text.contains("whatever the evidence"), "{text}");
    assert!(
        text.contains("公告2023年第6号") && text.contains("context"),
        "{text}"
    );
}
