//! Wording of issue 16 end to end, at the exact characters: endorsement claims (W003 in
//! Chinese, W009 in English), interpretation clauses (W005, W010), English superlatives
//! with a scope and "perfect" results (W006), and limits and quantities written in any
//! words, compared with the plan (L001, L004). Each kind has look-alikes that stay clean.

mod common;
#[path = "common/marks.rs"]
mod marks;
use common::campspec;
use marks::{findings, underlined};
use serde_json::Value;

fn report(args: &[&str]) -> (Value, i32) {
    let output = campspec()
        .args(["check", "--format", "json"])
        .args(args)
        .output()
        .expect("run");
    let report: Value = serde_json::from_slice(&output.stdout).expect("json output");
    (report, output.status.code().unwrap_or(-1))
}

/// Languages of the probe plans: CN law in CNY, or UK, US and EU law in GBP.
#[derive(Clone, Copy)]
enum Law {
    Cn,
    En,
}

/// A plan with one offer (`sale`, written by `offers`, which may add `stacking`) and one
/// copy entry per text, each advertising `sale`.
fn plan(law: Law, offers: &str, texts: &[&str]) -> String {
    let head = match law {
        Law::Cn => {
            "campspec: 1\nid: probe\nname: 年终焕新季\nowner: marketing\ncurrency: CNY\n\
             timezone: Asia/Shanghai\njurisdictions: [CN]\n"
        }
        Law::En => {
            "campspec: 1\nid: probe\nname: Winter Sale\nowner: marketing\nlocale: en\n\
             currency: GBP\ntimezone: Europe/London\njurisdictions: [UK, US, EU]\n"
        }
    };
    let mut text = format!(
        "{head}window: {{ start: 2026-11-01, end: 2026-12-31 }}\n\
         teams:\n  - {{ id: marketing, name: Marketing }}\n\
         goals:\n  - {{ id: gmv, metric: gmv, name: GMV, target: 1000000, owner: marketing }}\n\
         phases:\n  - {{ id: main, name: Main, start: 2026-11-01, end: 2026-12-31 }}\n\
         {offers}copy:\n"
    );
    for (i, t) in texts.iter().enumerate() {
        let quoted = serde_json::to_string(t).expect("json string");
        text.push_str(&format!(
            "  - {{ id: c{i}, channel: web, text: {quoted}, advertises: [sale] }}\n"
        ));
    }
    text
}

/// The (code, underlined characters, severity) of every finding in each copy text, in
/// text order: one list per text.
fn per_text(law: Law, offers: &str, texts: &[&str]) -> Vec<Vec<(String, String, String)>> {
    let text = plan(law, offers, texts);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.campaign.yaml");
    std::fs::write(&path, &text).expect("write");
    let (report, code) = report(&["--today", "2026-10-01", path.to_str().expect("utf-8")]);
    assert!(code == 0 || code == 1, "exit {code}: {report}");
    let mut out = vec![Vec::new(); texts.len()];
    for f in findings(&report) {
        let pointer = f["pointer"].as_str().unwrap_or_default();
        let index = pointer
            .strip_prefix("/copy/")
            .and_then(|rest| rest.split('/').next())
            .and_then(|i| i.parse::<usize>().ok());
        match index {
            Some(i) if i < texts.len() => out[i].push((
                f["code"].as_str().unwrap_or("").to_owned(),
                underlined(&text, &f),
                f["severity"].as_str().unwrap_or("").to_owned(),
            )),
            _ => panic!("a finding outside the copy: {f}"),
        }
    }
    out
}

/// (code, underlined) pairs only, for texts that must give exactly these.
fn marks(law: Law, offers: &str, texts: &[&str]) -> Vec<Vec<(String, String)>> {
    per_text(law, offers, texts)
        .into_iter()
        .map(|v| v.into_iter().map(|(c, u, _)| (c, u)).collect())
        .collect()
}

fn one(code: &str, words: &str) -> Vec<(String, String)> {
    vec![(code.to_owned(), words.to_owned())]
}

const CN_SALE: &str =
    "promotions:\n  - { id: sale, type: discount, name: 全场折扣, discount: 9折 }\n";
const EN_SALE: &str =
    "promotions:\n  - { id: sale, type: discount, name: Winter event, discount: 10% }\n";

#[test]
fn state_organs_the_army_and_the_space_programme_as_endorsers_are_found_in_chinese() {
    let texts = [
        "政府机关指定采购品牌",
        "质检总局推荐产品",
        "宇航员同款太空营养餐",
        "军委后勤指定供应",
        "市场监管局推荐的放心品牌",
        "中国航天专用材料",
    ];
    let expected = [
        one("W003", "政府机关指定"),
        one("W003", "质检总局推荐产品"),
        one("W003", "宇航员同款"),
        one("W003", "军委后勤指定"),
        one("W003", "市场监管局推荐"),
        one("W003", "中国航天专用"),
    ];
    assert_eq!(marks(Law::Cn, CN_SALE, &texts), expected);
}

#[test]
fn standards_holidays_public_services_and_real_schemes_are_no_endorsement() {
    let texts = [
        "符合国家标准GB/T 22849-2024",
        "国家法定节假日不计入退货时效",
        "支持国家电网缴费",
        "以旧换新可叠加国家补贴，以政府平台核定为准",
        "政府消费券指定商户可用",
        "军人专用通道优先办理",
        "退伍军人创业品牌，匠心之作",
        "参考卫健委推荐的膳食指南搭配",
        "本品为航天级铝合金材料",
        "不同款式随机发货",
    ];
    let found = marks(Law::Cn, CN_SALE, &texts);
    for (text, marks) in texts.iter().zip(&found) {
        assert!(marks.is_empty(), "{text}: {marks:?}");
    }
}

#[test]
fn english_endorsements_by_public_bodies_the_forces_and_the_royal_family_are_found() {
    let texts = [
        "Endorsed by the NHS",
        "Official supplier to the US Army",
        "Government-approved formula",
        "As served at Buckingham Palace",
        "FDA-approved sleep gummies",
        "Trusted by the British Army since 1950",
    ];
    let found = per_text(Law::En, EN_SALE, &texts);
    let expected = [
        "Endorsed by the NHS",
        "Official supplier to the US Army",
        "Government-approved",
        "As served at Buckingham Palace",
        "FDA-approved",
        "Trusted by the British Army",
    ];
    for ((text, marks), words) in texts.iter().zip(&found).zip(expected) {
        assert_eq!(
            marks,
            &[("W009".to_owned(), words.to_owned(), "warning".to_owned())],
            "{text}"
        );
    }
}

#[test]
fn english_look_alikes_of_endorsements_stay_clean() {
    let texts = [
        "Meets British Standard BS EN 71",
        "Royal Mail delivery on all orders",
        "NHS staff discount available",
        "Government-backed trade-in scheme: trade in your old boiler",
        "Government-approved trade-in scheme for old boilers",
        "Eligible for the government Boiler Upgrade Scheme, subject to approval",
        "The NHS recommends five portions a day",
        "Join an army of happy customers",
        "This code can be used by NHS staff",
        "Military-grade drop protection",
        "The queen of comfort: our new sofa",
    ];
    let found = marks(Law::En, EN_SALE, &texts);
    for (text, marks) in texts.iter().zip(&found) {
        assert!(marks.is_empty(), "{text}: {marks:?}");
    }
}

#[test]
fn an_endorsement_with_its_evidence_is_an_info_that_shows_it() {
    let text = plan(
        Law::En,
        EN_SALE,
        &["By Appointment to His Majesty the King"],
    )
    .replace(
        "advertises: [sale] }",
        "advertises: [sale], evidence: Royal Warrant granted 2019 }",
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.campaign.yaml");
    std::fs::write(&path, &text).expect("write");
    let (report, code) = report(&["--today", "2026-10-01", path.to_str().expect("utf-8")]);
    assert_eq!(code, 0, "{report}");
    let all = findings(&report);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0]["code"], "W009");
    assert_eq!(all[0]["severity"], "info");
    assert_eq!(underlined(&text, &all[0]), "By Appointment to His Majesty");
    let message = all[0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("Royal Warrant granted 2019"), "{message}");
}

#[test]
fn interpretation_clauses_are_found_in_chinese_and_english() {
    let zh = [
        "如有争议，以本公司解释为准",
        "主办方拥有本次活动的最终决定权",
        "本活动由商家负责解释",
    ];
    assert_eq!(
        marks(Law::Cn, CN_SALE, &zh),
        [
            one("W005", "解释为准"),
            one("W005", "最终决定权"),
            one("W005", "负责解释")
        ]
    );
    let en = [
        "The company's decision is final in all matters relating to this promotion",
        "We reserve the right to interpret these terms as we see fit",
        "The organiser has the final say on all disputes",
    ];
    assert_eq!(
        marks(Law::En, EN_SALE, &en),
        [
            one("W010", "decision is final"),
            one("W010", "right to interpret"),
            one("W010", "final say on all")
        ]
    );
}

#[test]
fn dispute_routes_official_interpretations_and_judges_decisions_stay_clean() {
    let zh = [
        "如有争议，双方可协商解决或依法向人民法院起诉",
        "补贴政策以政府官方解释为准",
        "活动说明以平台公告为准",
        "以上解释说明仅为帮助您理解规则",
    ];
    for (text, marks) in zh.iter().zip(marks(Law::Cn, CN_SALE, &zh)) {
        assert!(marks.is_empty(), "{text}: {marks:?}");
    }
    let en = [
        "The judges' decision is final and no correspondence will be entered into",
        "The judges' decision on the winner is final",
        "Headings do not affect the interpretation of these terms",
        "These terms are governed by the laws of England and Wales",
        "Sign language interpretation is available in store",
    ];
    for (text, marks) in en.iter().zip(marks(Law::En, EN_SALE, &en)) {
        assert!(marks.is_empty(), "{text}: {marks:?}");
    }
}

#[test]
fn english_superlatives_with_a_scope_and_perfect_results_are_warnings() {
    let texts = [
        "Our softest towels ever, now in 12 colours",
        "The most comfortable trainers you will ever own",
        "The comfiest socks on the planet",
        "Perfect skin in seconds",
        "The perfect gift for dad",
    ];
    let found = per_text(Law::En, EN_SALE, &texts);
    let expected = [
        ("softest towels ever", "warning"),
        ("most comfortable trainers you will ever", "warning"),
        ("comfiest socks on the planet", "warning"),
        ("Perfect skin", "warning"),
        // Puffery: an info, as before.
        ("perfect", "info"),
    ];
    for ((text, marks), (words, severity)) in texts.iter().zip(&found).zip(expected) {
        assert_eq!(
            marks,
            &[("W006".to_owned(), words.to_owned(), severity.to_owned())],
            "{text}"
        );
    }
    let clean = [
        "Every order ships free",
        "Interest-free credit, ever popular",
        "Shop the latest arrivals, fresher than ever",
        "For perfect skin, moisturise daily",
        "The perfect body wash for winter",
        "Most orders arrive within 3 working days",
    ];
    let found = marks(Law::En, EN_SALE, &clean);
    for (text, marks) in clean.iter().zip(&found) {
        assert!(marks.is_empty(), "{text}: {marks:?}");
    }
}

/// A 9折 sale limited to 2 per customer and 300 in all, with `extra` plan lines.
fn cn_limited(extra: &str) -> String {
    format!(
        "promotions:\n  - {{ id: sale, type: discount, name: 全场折扣, discount: 9折, per_user: 2, quantity: 300 }}\n{extra}"
    )
}

#[test]
fn chinese_limits_in_any_words_and_numerals_are_compared_with_per_user() {
    let offers = cn_limited("");
    let wrong = [
        "每人限买3瓶",
        "每人限购三件",
        "每个ID限领一张",
        "限购5支，超出部分不享受活动价",
        "每人限下5单",
        "每人可参与5次抽奖",
        "活动商品每人仅可购买1部",
        "一人一份，先到先得",
    ];
    let expected = [
        one("L001", "每人限买3瓶"),
        one("L001", "每人限购三件"),
        one("L001", "每个ID限领一张"),
        one("L001", "限购5支"),
        one("L001", "每人限下5单"),
        one("L001", "每人可参与5次"),
        one("L001", "每人仅可购买1部"),
        one("L001", "一人一份"),
    ];
    assert_eq!(marks(Law::Cn, &offers, &wrong), expected);
    let right = [
        "每人限买2瓶",
        "每人限购两件",
        "限购2支",
        "每人限下2单",
        "活动期间每人最多领取2份",
        // Per order or per slot: the plan cannot say, so nothing is compared.
        "每单限购4盒，多拍不发",
        "每场限购1件",
    ];
    for (text, marks) in right.iter().zip(marks(Law::Cn, &offers, &right)) {
        assert!(marks.is_empty(), "{text}: {marks:?}");
    }
}

#[test]
fn a_limit_per_day_is_compared_only_with_a_limit_per_day() {
    // No per-day limit in the plan: per_user is over the whole campaign; nothing to say.
    let texts = ["每人每天限领一份", "每人每天限领3份"];
    let found = marks(Law::Cn, &cn_limited(""), &texts);
    assert_eq!(found, [vec![], vec![]]);
    // One claim per customer per day.
    let daily = cn_limited("stacking: { max_coupons_per_order: 1, claims_per_user_per_day: 1 }\n");
    let found = per_text(Law::Cn, &daily, &texts);
    assert_eq!(found[0], []);
    assert_eq!(found[1].len(), 1, "{found:?}");
    assert_eq!(found[1][0].0, "L001");
    assert_eq!(found[1][0].1, "每人每天限领3份");
    // The same in English.
    let texts = [
        "One voucher per customer per day",
        "Two vouchers per customer per day",
    ];
    let offers = "promotions:\n  - { id: sale, type: discount, name: Winter event, discount: 10%, per_user: 5 }\n";
    assert_eq!(marks(Law::En, offers, &texts), [vec![], vec![]]);
    let daily =
        format!("{offers}stacking: {{ max_coupons_per_order: 1, claims_per_user_per_day: 1 }}\n");
    assert_eq!(
        marks(Law::En, &daily, &texts),
        [vec![], one("L001", "Two vouchers per customer per day")]
    );
}

#[test]
fn chinese_stock_left_and_stated_is_compared_with_the_quantity() {
    let offers = cn_limited("");
    let wrong = [
        "现货仅剩500袋",
        "全网仅500份",
        "本场只有100单名额",
        "限量款共发售888双",
        "限量五百份",
    ];
    let expected = [
        one("L001", "仅剩500袋"),
        one("L001", "全网仅500份"),
        one("L001", "本场只有100单"),
        one("L001", "共发售888双"),
        one("L001", "限量五百份"),
    ];
    assert_eq!(marks(Law::Cn, &offers, &wrong), expected);
    let right = [
        // Fewer left than the quantity may be true later on.
        "仅剩100袋，手慢无",
        "全网仅300份",
        "本场只有300单名额",
        "共发售300双",
        "限量三百份",
        // A quantity per day: the plan has none to compare with.
        "每日限量200杯，当日售罄为止",
        "仅1次机会",
        "第二件仅1元",
    ];
    for (text, marks) in right.iter().zip(marks(Law::Cn, &offers, &right)) {
        assert!(marks.is_empty(), "{text}: {marks:?}");
    }
}

#[test]
fn a_stated_stock_satisfies_limited_quantity_wording() {
    // The base sale has no quantity: the number in the words is what L004 asks for.
    let texts = ["限量款共发售888双，售完即止", "每日限量200杯，售完即止"];
    let found = marks(Law::Cn, CN_SALE, &texts);
    assert!(found[0].iter().all(|(c, _)| c != "L004"), "{found:?}");
    assert!(found[1].iter().all(|(c, _)| c != "L004"), "{found:?}");
    let found = marks(
        Law::En,
        EN_SALE,
        &["While stocks last (1,000 units at launch)"],
    );
    assert!(found[0].iter().all(|(c, _)| c != "L004"), "{found:?}");
}

#[test]
fn the_most_saved_is_read_from_zuiduo_jian() {
    let offers = "promotions:\n  - { id: sale, type: spend_tiers, name: 每满减, repeat: true, max_repeats: 5, tiers: [{ spend: 200, discount: 20 }] }\n";
    let found = marks(
        Law::Cn,
        offers,
        &["每满200减20，最多减100元", "每满200减20，最多减150元"],
    );
    assert_eq!(found[0], []);
    assert_eq!(found[1], one("L001", "最多减150元"));
}

#[test]
fn english_limits_with_number_words_vouchers_units_and_caps_are_compared() {
    let offers = "promotions:\n  - { id: sale, type: discount, name: Winter event, discount: 10%, per_user: 2, quantity: 800 }\n";
    let wrong = [
        "Limit five boxes per customer",
        "One code per household",
        "1,000 vouchers up for grabs",
        "While stocks last (1,000 units at launch)",
        "Only 900 left",
    ];
    let expected = [
        one("L001", "Limit five boxes per customer"),
        one("L001", "One code per household"),
        one("L001", "1,000 vouchers up for grabs"),
        one("L001", "1,000 units"),
        one("L001", "Only 900 left"),
    ];
    assert_eq!(marks(Law::En, offers, &wrong), expected);
    let right = [
        "Limit two boxes per customer",
        "800 vouchers up for grabs",
        "While stocks last (800 units at launch)",
        "Just 50 left",
        "Dinner for two, £30 per person",
        "Mix and match any 3 items per customer",
        "Buy 2 units and save",
        "Limit one per order",
    ];
    for (text, marks) in right.iter().zip(marks(Law::En, offers, &right)) {
        assert!(marks.is_empty(), "{text}: {marks:?}");
    }
    let capped = "coupons:\n  - { id: sale, name: Discount code, percent: 20%, cap: 30, min_spend: 0 }\nstacking: { max_coupons_per_order: 1 }\n";
    let found = marks(
        Law::En,
        capped,
        &["Discount capped at £20", "20% off, maximum discount £30"],
    );
    assert_eq!(found[0], one("L001", "capped at £20"));
    assert_eq!(found[1], []);
}
