//! Efficacy claims and UK reference prices end to end (issue 16): a verb of effect with an
//! illness in one clause is found at exactly its characters in Chinese (W004) and English
//! (W008), while the same verbs about rooms, odours, weeds, scratches and queues, statutory
//! disclaimers and figurative uses stay clean; a was/RRP price without its basis is found
//! for a UK-only plan (L018), with one finding per law when several jurisdictions apply.

mod common;
#[path = "common/marks.rs"]
mod marks;
use marks::{findings, underlined};
use serde_json::Value;

/// (code, underlined characters) of every finding of a plan.
/// `text` checked as a plan: its findings.
fn check_plan(text: &str) -> Vec<Value> {
    findings(&marks::check_plan(text).0)
}

fn marks(text: &str) -> Vec<(String, String)> {
    check_plan(text)
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap_or("").to_owned(),
                underlined(text, f),
            )
        })
        .collect()
}

fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(c, t)| (c.to_string(), t.to_string()))
        .collect()
}

/// A plan under `jurisdictions`, with `promotions` (YAML list items, may be empty) and one
/// web copy entry per text (each advertising `advertises`, when given).
fn plan(jurisdictions: &str, promotions: &str, texts: &[&str], advertises: Option<&str>) -> String {
    let (currency, timezone, locale) = if jurisdictions.contains("CN") {
        ("CNY", "Asia/Shanghai", "zh-CN")
    } else {
        ("GBP", "Europe/London", "en")
    };
    let mut yaml = format!(
        "campspec: 1
id: efficacy
name: Spring
owner: marketing
locale: {locale}
currency: {currency}
timezone: {timezone}
jurisdictions: [{jurisdictions}]
window: {{ start: 2027-03-01, end: 2027-03-31 }}
teams:
  - {{ id: marketing, name: Marketing }}
goals:
  - {{ id: gmv, metric: gmv, name: Sales, target: 1200000, owner: marketing }}
phases:
  - {{ id: main, name: Main, start: 2027-03-01, end: 2027-03-31 }}
"
    );
    if !promotions.is_empty() {
        yaml.push_str("promotions:\n");
        yaml.push_str(promotions);
    }
    yaml.push_str("copy:\n");
    for (i, text) in texts.iter().enumerate() {
        yaml.push_str(&format!(
            "  - id: c{i}\n    channel: web\n    text: \"{text}\"\n"
        ));
        if let Some(ids) = advertises {
            yaml.push_str(&format!("    advertises: [{ids}]\n"));
        }
    }
    yaml
}

#[test]
fn chinese_efficacy_claims_are_found_from_the_verb_to_the_illness() {
    let text = plan(
        "CN",
        "",
        &[
            "养生茶礼盒，调理肠胃，改善便秘",
            "缓解关节炎疼痛，老人家都说好",
            "有效杀灭99.9%新冠病毒的空气清新剂",
            "坚持一周，鼻炎明显好转",
            "抑制幽门螺杆菌的酸奶",
            "喝出好气色，告别贫血",
        ],
        None,
    );
    assert_eq!(
        marks(&text),
        owned(&[
            ("W004", "改善便秘"),
            ("W004", "缓解关节炎疼痛"),
            ("W004", "杀灭99.9%新冠病毒"),
            // A percentage without its source is a data claim of its own.
            ("W002", "99.9%"),
            ("W004", "鼻炎明显好转"),
            ("W004", "抑制幽门螺杆菌"),
            ("W004", "告别贫血"),
        ])
    );
    let found = check_plan(&text);
    assert!(
        found[0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("`改善便秘`") && m.contains("`便秘`")),
        "{}",
        found[0]["message"]
    );
    assert!(
        found[0]["help"]
            .as_str()
            .is_some_and(|h| h.contains("《广告法》") && h.contains("《食品安全法》 Art. 73")),
        "{}",
        found[0]["help"]
    );
}

#[test]
fn chinese_efficacy_verbs_about_things_stay_clean() {
    let text = plan(
        "CN",
        "",
        &[
            "改善卧室睡眠环境的遮光窗帘",
            "一天奔波后，来一场缓解疲劳的泡脚时光",
            "消除异味的冰箱除味盒，消除静电的烘干机柔顺片",
            "抑制杂草生长的园艺地布，杀灭杂草的除草剂请远离儿童存放",
            "预防快递丢失，支持拍照签收；预防走失的儿童手表",
            "缓解库存压力，清仓特卖；修复划痕的汽车蜡",
            "本品不能代替药物，不具有疾病预防、治疗功能",
            "解决让人头痛的收纳难题，对促销不感冒？先领券",
            "高血压、糖尿病患者请遵医嘱食用",
            "电子血压计直降200元",
        ],
        None,
    );
    assert_eq!(marks(&text), owned(&[]));
}

#[test]
fn english_efficacy_claims_are_found_from_the_verb_to_the_illness() {
    let text = plan(
        "UK",
        "",
        &[
            "Our pillow relieves migraines while you sleep",
            "Reduces the symptoms of hay fever",
            "Fast-acting hay fever relief",
            "Clinically proven to lower cholesterol",
            "Our gummies boost immunity and help fight infection",
            "Cures eczema naturally",
        ],
        None,
    );
    assert_eq!(
        marks(&text),
        owned(&[
            ("W008", "relieves migraines"),
            ("W008", "Reduces the symptoms of hay fever"),
            ("W008", "hay fever relief"),
            // The study claim needs evidence (W007); the illness makes it medicinal (W008).
            ("W007", "Clinically proven"),
            ("W008", "lower cholesterol"),
            ("W008", "boost immunity"),
            ("W008", "fight infection"),
            ("W008", "Cures"),
        ])
    );
    let found = check_plan(&text);
    assert!(
        found[0]["help"]
            .as_str()
            .is_some_and(|h| h.contains("CAP Code 12.1")),
        "{}",
        found[0]["help"]
    );
}

#[test]
fn english_efficacy_verbs_about_things_stay_clean() {
    let text = plan(
        "UK, EU, US",
        "",
        &[
            "Prevents scratches on your new phone",
            "Relieve the stress of gift shopping with click and collect",
            "Treat yourself: soothing bath salts for a relaxing evening",
            "Kills weeds to the root. Keep away from children and pets",
            "Take the headache out of gift shopping",
            "Cures boredom: 20 board games to choose from",
            "Join us to fight cancer: 10 pounds of every order go to Cancer Research UK",
            "This product is not intended to diagnose, treat, cure or prevent any disease",
            "Vitamin C contributes to the normal function of the immune system",
            "An ergonomic chair for lower back comfort",
        ],
        None,
    );
    assert_eq!(marks(&text), owned(&[]));
}

const SOFAS: &str = "  - { id: sofas, type: discount, name: Sofa event, discount: 50% }\n";

#[test]
fn a_uk_was_price_without_its_basis_is_found_for_a_uk_only_plan() {
    let text = plan(
        "UK",
        SOFAS,
        &[
            "Was £120, now £60 on every sofa",
            "RRP £120, our price £60",
            "Half the usual price!",
            "Worth £120, yours for £60",
        ],
        Some("sofas"),
    );
    assert_eq!(
        marks(&text),
        owned(&[
            ("L018", "Was"),
            ("L018", "RRP"),
            ("L018", "usual price"),
            ("L018", "Worth"),
        ])
    );
    let found = check_plan(&text);
    assert!(
        found[0]["help"]
            .as_str()
            .is_some_and(|h| h.contains("CAP Code 3.39–3.40")),
        "{}",
        found[0]["help"]
    );
}

#[test]
fn a_uk_reference_price_with_its_basis_stays_clean() {
    // The basis in the plan: a former price charged for longer than the sale runs.
    let based = "  - id: sofas
    type: discount
    name: Sofa event
    discount: 50%
    reference_price: { basis: former_price, days: 60, evidence: price history Jan-Feb 2027 }
";
    let text = plan(
        "UK",
        based,
        &["Was £120, now £60 on every sofa"],
        Some("sofas"),
    );
    assert_eq!(marks(&text), owned(&[]));
    // The basis in the copy, and words that are no reference price.
    let text = plan(
        "UK",
        SOFAS,
        &[
            "Was £120 (our price 1 Oct - 28 Oct 2026 in all stores), now £60",
            "RRP £120 is the manufacturer's recommended price, as sold by Argos and Currys",
            "Free cushion set worth £20 with every sofa. It was great to see you in store",
            "Great value £60, usually ships in 2 days",
        ],
        None,
    );
    assert_eq!(marks(&text), owned(&[]));
}

#[test]
fn a_former_price_charged_for_less_time_than_the_sale_runs_is_found() {
    let short = "  - id: sofas
    type: discount
    name: Sofa event
    discount: 50%
    reference_price: { basis: former_price, days: 14, evidence: price history Feb 2027 }
";
    let text = plan("UK", short, &["Previously £120, now £60"], Some("sofas"));
    let found = check_plan(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["code"], "L018");
    assert_eq!(underlined(&text, &found[0]), "Previously");
    let message = found[0]["message"].as_str().unwrap_or("");
    assert!(
        message.contains("14 days") && message.contains("31 days"),
        "{message}"
    );
    // The related label points at the days.
    assert_eq!(
        found[0]["related"][0]["message"],
        "the days the higher price was charged"
    );
}

#[test]
fn each_law_reports_a_reference_price_once() {
    // UK and EU: the EU rule reads reductions ("sale", "50% off"), the UK rule the was price;
    // no word is reported twice.
    let text = plan(
        "UK, EU",
        SOFAS,
        &["Sofa sale: was £120, now £60"],
        Some("sofas"),
    );
    assert_eq!(marks(&text), owned(&[("L009", "sale"), ("L018", "was")]));
    // UK and US: both laws judge the was price, each by its own test and citation.
    let text = plan("UK, US", SOFAS, &["Was £120, now £60"], Some("sofas"));
    let found = check_plan(&text);
    let mut seen: Vec<(String, String, bool)> = found
        .iter()
        .map(|f| {
            let code = f["code"].as_str().unwrap_or("").to_owned();
            let help = f["help"].as_str().unwrap_or("");
            let cites_own = match code.as_str() {
                "L010" => help.contains("16 CFR") && !help.contains("CAP Code"),
                "L018" => help.contains("CAP Code") && !help.contains("16 CFR"),
                _ => false,
            };
            (code, underlined(&text, f), cites_own)
        })
        .collect();
    seen.sort();
    assert_eq!(
        seen,
        [
            ("L010".to_owned(), "Was".to_owned(), true),
            ("L018".to_owned(), "Was".to_owned(), true),
        ]
    );
}
