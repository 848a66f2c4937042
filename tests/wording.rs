//! Wording checks end to end: every finding in customer-facing text underlines exactly
//! the offending characters inside its YAML scalar (plain, quoted with escapes, block),
//! internal text is never checked, each rule's law is cited by `campspec explain`, and
//! `[wording]` in `campspec.toml` adds allowed names, terms and harmless contexts.

mod common;
#[path = "common/marks.rs"]
mod marks;
use common::campspec;
use marks::{bundled_with, check_plan, findings, marks};
use serde_json::Value;
use std::path::Path;

const SPEC: &str = "tests/cli/wording.campaign.yaml";

fn report(args: &[&str]) -> (Value, i32) {
    let output = campspec()
        .args(["check", "--format", "json"])
        .args(args)
        .output()
        .expect("run");
    let report: Value = serde_json::from_slice(&output.stdout).expect("json output");
    (report, output.status.code().unwrap_or(-1))
}

fn spec_text() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(SPEC)).expect("spec")
}

#[test]
fn each_wording_mistake_is_found_at_its_characters() {
    let (report, code) = report(&[SPEC]);
    assert_eq!(code, 1, "errors exit 1");
    let text = spec_text();
    let found = marks(&report, &text);
    let expected = [
        // A prize above the cap: the value is underlined.
        ("L005", "¥60000"),
        // Absolute claims in plain copy.
        ("W001", "全网最低价"),
        ("W001", "国家级"),
        // 9折 is 10 % off; the tier takes 9 % off (9.1折).
        ("L001", "满299享9折"),
        // 限量 inside a block scalar, on its second line.
        ("L004", "限量"),
        // 顶级 inside a double-quoted scalar after an escape (\t) and a quote (\").
        ("W001", "顶级"),
        // The SMS: the whole message lacks an opt-out.
        ("L011", "春季焕新节开启，满299享91折。"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(c, t)| (c.to_string(), t.to_string()))
        .collect();
    assert_eq!(found, expected, "findings and their underlines");
}

#[test]
fn the_mismatch_labels_the_spec_field_too() {
    let (report, _) = report(&[SPEC]);
    let all = findings(&report);
    let mismatch = all.iter().find(|f| f["code"] == "L001").expect("L001");
    assert!(
        mismatch["message"]
            .as_str()
            .is_some_and(|m| m.contains("9.1折")),
        "{mismatch}"
    );
    let related = &mismatch["related"][0];
    assert_eq!(related["pointer"], "/promotions/0/tiers/0/discount");
    let text = spec_text();
    let line = text
        .lines()
        .nth(related["line"].as_u64().unwrap_or(1) as usize - 1)
        .unwrap_or("");
    assert!(line.contains("discount: 9%"), "{line}");
}

#[test]
fn internal_text_is_never_wording_checked() {
    // The goal's name says 最佳 and 第一 (line 16): internal, so nothing is reported there.
    let (report, _) = report(&[SPEC]);
    assert!(
        findings(&report).iter().all(|f| f["line"] != 16),
        "{report:#}"
    );
}

#[test]
fn explain_cites_the_law_of_each_finding() {
    for (code, cites) in [
        ("W001", ["广告法", "Art. 9(3)"]),
        ("L001", ["广告法", "Art. 8(1)"]),
        ("L004", ["规范促销行为暂行规定", "Art. 5"]),
        ("L005", ["反不正当竞争法", "Art. 11(4)"]),
        ("L011", ["广告法", "Art. 43"]),
    ] {
        let output = campspec().args(["explain", code]).output().expect("run");
        assert_eq!(output.status.code(), Some(0));
        let text = String::from_utf8_lossy(&output.stdout);
        for cite in cites {
            assert!(text.contains(cite), "{code} should cite {cite}:\n{text}");
        }
    }
}

#[test]
fn the_same_plan_under_us_law_gets_no_chinese_wording_findings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("us.campaign.yaml");
    let text = spec_text().replace("jurisdictions: [CN]", "jurisdictions: [US]");
    std::fs::write(&path, &text).expect("write");
    let (report, _) = report(&[path.to_str().expect("utf-8 path")]);
    let codes: Vec<String> = findings(&report)
        .iter()
        .map(|f| f["code"].as_str().unwrap_or("").to_owned())
        .collect();
    // Claims against mechanics, quantities and opt-outs are not Chinese law only, and a
    // draw that orders enter needs a free entry route in the US; the absolute-claim ban
    // and the prize cap are Chinese law.
    assert_eq!(codes, ["L015", "L001", "L004", "L011"], "{report:#}");
}

#[test]
fn settings_allow_names_add_terms_and_excuse_contexts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("campspec.toml");
    std::fs::write(
        &config,
        r#"
[wording]
# A product line whose registered name contains 顶级.
allow = ["顶级好物"]

# A house term: 王炸 is an absolute claim for this team.
[[wording.terms]]
id = "house-wangzha"
rule = "cn-absolute-claim"
group = "house style"
match = ["王炸"]
examples = { flag = ["今年的王炸单品"] }

# 国家级非遗 is a designation the brand holds a certificate for, for its craft.
[[wording.exceptions]]
term = "cn-grade-national-designation"
after = "^工艺"
why = "国家级非遗 certificate on file"
"#,
    )
    .expect("write config");
    let path = dir.path().join("plan.campaign.yaml");
    let text = spec_text()
        .replace("全网最低价，国家级品质", "今年的王炸单品，国家级非遗工艺")
        .replace("\\\"顶级\\\"好物", "顶级好物");
    std::fs::write(&path, &text).expect("write");
    let config = config.to_str().expect("utf-8 path");
    let (report, code) = report(&["--config", config, path.to_str().expect("utf-8 path")]);
    assert_eq!(code, 1);
    let found: Vec<(String, String)> = marks(&report, &text)
        .into_iter()
        .filter(|(c, _)| c.starts_with('W'))
        .collect();
    assert_eq!(
        found,
        [("W001".to_owned(), "王炸".to_owned())],
        "only the house term is reported: {report:#}"
    );
    let message = findings(&report)
        .iter()
        .find(|f| f["code"] == "W001")
        .and_then(|f| f["message"].as_str().map(str::to_owned))
        .unwrap_or_default();
    assert!(message.contains("house style"), "{message}");
}

#[test]
fn a_bad_wording_setting_exits_2_with_the_reason() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("campspec.toml");
    std::fs::write(
        &config,
        "[[wording.exceptions]]\nterm = \"no-such-term\"\nafter = \"^x\"\n",
    )
    .expect("write");
    let output = campspec()
        .args(["check", "--config", config.to_str().expect("path"), SPEC])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no-such-term"), "{stderr}");

    std::fs::write(
        &config,
        "[[wording.terms]]\nid = \"bad\"\nrule = \"cn-absolute-claim\"\nmatch = [\"x\"]\nexcept = [{ after = \"(\" }]\n",
    )
    .expect("write");
    let output = campspec()
        .args(["check", "--config", config.to_str().expect("path"), SPEC])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("invalid pattern"), "{stderr}");
}

#[test]
fn hostile_copy_text_is_read_without_trouble() {
    // Long runs of spaces and separators inside Chinese words, a number with thousands of
    // digits, stray combining marks and lone full-width forms: read, never a panic.
    let mut text = String::new();
    text.push('全');
    text.push_str(&" *".repeat(50_000));
    text.push_str("网最低价 满");
    text.push_str(&"9".repeat(5_000));
    text.push('减');
    text.push_str(&"1".repeat(5_000));
    text.push_str(" 限量");
    text.push_str(&"8".repeat(400));
    text.push_str("件 \u{0301}\u{FF01}\u{3000}折折折 ");
    let spec = spec_text().replace(
        "text: 全网最低价，国家级品质，满299享9折！",
        &format!("text: \"{text}\""),
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("hostile.campaign.yaml");
    std::fs::write(&path, &spec).expect("write");
    let (report, code) = report(&[path.to_str().expect("utf-8 path")]);
    assert_eq!(code, 1);
    let found = marks(&report, &spec);
    // The evasion is still seen through: 全, 100,000 spaces and stars, then 网最低价.
    assert!(
        found
            .iter()
            .any(|(c, t)| c == "W001" && t.starts_with("全 *") && t.ends_with("网最低价")),
        "{found:?}"
    );
}

/// The cny-2027 plan with its flash-sale copy rewritten to `text`: the (code, underlined
/// characters) of every finding.
fn flash_copy(text: &str) -> Vec<(String, String)> {
    let plan = bundled_with(
        "specs/cny-2027.campaign.yaml",
        "    text: 每日10点、14点、20点限时秒杀，爆品5折起，每款限量2000件，每人限购1件。",
        &format!("    text: {text}"),
    );
    marks(&check_plan(&plan).0, &plan)
}

#[test]
fn limits_written_with_any_measure_word_are_compared_with_the_plan() {
    // The flash sale allows 1 per customer and 2000 of each item.
    let found =
        flash_copy("每日10点、14点、20点限时秒杀，爆品5折起，每款限量2000盒，每个账号限购3盒。");
    assert_eq!(found, [("L001".to_owned(), "每个账号限购3盒".to_owned())]);
    for harmless in [
        "每日10点、14点、20点限时秒杀，爆品5折起，每款限量2000盒，每个账号限购1盒。",
        "每日10点、14点、20点限时秒杀，爆品5折起，每款限量2000套，每户限购1套。",
    ] {
        assert_eq!(flash_copy(harmless), [], "{harmless}");
    }
}

#[test]
fn a_gift_named_only_as_a_nice_surprise_is_found() {
    let found =
        flash_copy("每日10点、14点、20点限时秒杀，爆品5折起，每人限购1件，下单再送神秘好礼。");
    // The flash copy advertises no gift promotion (再送), and the gift has no name.
    assert_eq!(
        found,
        [
            ("L002".to_owned(), "再送".to_owned()),
            ("L002".to_owned(), "神秘好礼".to_owned())
        ]
    );
}

/// The double11-2027 plan, whose 每满300减50 tier repeats without a limit, with the
/// tier limited to 3 repeats (the most saved is then 150) and 上不封顶 in its terms and
/// copy rewritten to `ceiling`.
fn double11_three_repeats(ceiling: &str) -> String {
    bundled_with(
        "specs/double11-2027.campaign.yaml",
        "    repeat: true\n    tiers:\n",
        "    repeat: true\n    max_repeats: 3\n    tiers:\n",
    )
    .replace("上不封顶", ceiling)
}

#[test]
fn no_cap_wording_is_compared_with_the_repeat_limit() {
    // Unlimited repeats: 上不封顶 is true (the bundled plan checks clean).
    let plan = bundled_with("specs/double11-2027.campaign.yaml", "", "");
    assert_eq!(marks(&check_plan(&plan).0, &plan), []);
    // Three repeats at most: the terms and the copy both say 上不封顶 wrongly.
    let capped = double11_three_repeats("上不封顶");
    let (report, code) = check_plan(&capped);
    assert_eq!(code, 1);
    let l001 = ("L001".to_owned(), "上不封顶".to_owned());
    assert_eq!(marks(&report, &capped), [l001.clone(), l001]);
    for finding in findings(&report) {
        let message = finding["message"].as_str().unwrap_or_default();
        assert!(
            message.ends_with("but `cross-store` repeats at most 3 times (`max_repeats`)"),
            "{message}"
        );
    }
}

#[test]
fn a_stated_ceiling_is_compared_with_the_repeat_limit() {
    let marks_of = |ceiling: &str| {
        let text = double11_three_repeats(ceiling);
        marks(&check_plan(&text).0, &text)
    };
    assert_eq!(marks_of("最高减150元"), []);
    assert_eq!(marks_of("封顶150元"), []);
    let l001 = ("L001".to_owned(), "封顶200".to_owned());
    assert_eq!(marks_of("封顶200元"), [l001.clone(), l001]);
}

/// In Chinese, a finding's help shows the term's `note_zh` and `cite_zh`; a user's own
/// term without them shows its `note` and `cite` as written.
#[test]
fn chinese_findings_show_chinese_notes_and_a_users_own_note_as_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("campspec.toml");
    std::fs::write(
        &config,
        r#"
[[wording.terms]]
id = "house-wangzha"
rule = "cn-absolute-claim"
match = ["王炸"]
note = "house style: no 王炸"
cite = { CN = "house rule 7" }
examples = { flag = ["今年的王炸单品"] }

[[wording.terms]]
id = "house-shenpin"
rule = "cn-absolute-claim"
match = ["神品"]
note = "house style: no 神品"
note_zh = "本公司文案规范禁用「神品」"
cite = { CN = "house rule 8" }
cite_zh = { CN = "文案规范第8条" }
examples = { flag = ["神品好物"] }
"#,
    )
    .expect("write config");
    let path = dir.path().join("plan.campaign.yaml");
    let text = spec_text().replace(
        "全网最低价，国家级品质",
        "今年的王炸单品，神品好物，国家级品质",
    );
    std::fs::write(&path, &text).expect("write");
    let config = config.to_str().expect("utf-8 path");
    let path = path.to_str().expect("utf-8 path");
    let help_of = |report: &Value, words: &str| -> String {
        findings(report)
            .iter()
            .filter(|f| f["code"] == "W001")
            .find(|f| f["message"].as_str().is_some_and(|m| m.contains(words)))
            .and_then(|f| f["help"].as_str().map(str::to_owned))
            .unwrap_or_else(|| panic!("no W001 on {words}: {report:#}"))
    };
    let (zh, _) = report(&["--config", config, "--lang", "zh-CN", path]);
    let own = help_of(&zh, "王炸");
    assert!(
        own.contains("（house style: no 王炸：house rule 7）"),
        "{own}"
    );
    let translated = help_of(&zh, "神品");
    assert!(
        translated.contains("（本公司文案规范禁用「神品」：文案规范第8条）"),
        "{translated}"
    );
    let shipped = help_of(&zh, "国家级");
    assert!(
        shipped.contains("《中华人民共和国广告法》第九条第（三）项"),
        "{shipped}"
    );
    assert!(
        help_of(&zh, "国家级").starts_with("改为可核实的事实表述"),
        "{shipped}"
    );
    let (en, _) = report(&["--config", config, "--lang", "en", path]);
    let english = help_of(&en, "神品");
    assert!(
        english.contains("(house style: no 神品: house rule 8)"),
        "{english}"
    );
}
