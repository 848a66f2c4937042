//! campspec speaks the plan's language: a Chinese plan with mistakes is reported in
//! Chinese (messages, help, labels, the summary) in every format, `--lang en` gives the
//! English, and the reference (`rules`, `explain`) follows the reader's language.
//! Snapshots of the Chinese human report, `explain` and `rules` show the register.

mod common;

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

/// The bundled New Year plan (`locale: zh-CN`) with four planted mistakes: two phases
/// that overlap, a misspelt key, an amount that does not read and an absolute claim.
fn planted_plan() -> String {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("specs/cny-2027.campaign.yaml"),
    )
    .expect("bundled plan");
    let plants = [
        (
            "  - id: burst\n    name: 爆发期\n    start: 2027-01-16",
            "  - id: burst\n    name: 爆发期\n    start: 2027-01-14",
        ),
        ("    focus: [活动预告发布", "    fcous: [活动预告发布"),
        ("    amount: 50\n", "    amount: 50元x\n"),
        (
            "    text: 欢乐中国年，满299享91折",
            "    text: 全网最低价！欢乐中国年，满299享91折",
        ),
    ];
    let mut text = text;
    for (from, to) in plants {
        assert!(text.contains(from), "the plan no longer has {from:?}");
        text = text.replacen(from, to, 1);
    }
    text
}

/// `campspec` in a folder holding the planted plan, with the language left to the plan
/// (no `CAMPSPEC_LANG`) and an English environment.
fn in_plan_folder() -> (tempfile::TempDir, Command) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("cny.campaign.yaml"), planted_plan()).expect("write");
    let mut cmd = common::campspec();
    cmd.current_dir(dir.path())
        .env_remove("CAMPSPEC_LANG")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    (dir, cmd)
}

fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// The text with backticked plan values taken out.
fn outside_backticks(text: &str) -> String {
    text.split('`').step_by(2).collect()
}

fn json_findings(args: &[&str]) -> (Vec<Value>, i32) {
    let (_dir, mut cmd) = in_plan_folder();
    let out = cmd
        .args(["check", "--format", "json", "cny.campaign.yaml"])
        .args(args)
        .output()
        .expect("runs");
    let value: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let findings = value["files"][0]["findings"]
        .as_array()
        .cloned()
        .or_else(|| value["findings"].as_array().cloned())
        .expect("findings");
    (findings, out.status.code().unwrap_or(-1))
}

#[test]
fn a_chinese_plan_with_mistakes_is_reported_in_chinese() {
    let (findings, code) = json_findings(&[]);
    assert_eq!(code, 1);
    let codes: Vec<&str> = findings.iter().filter_map(|f| f["code"].as_str()).collect();
    for expected in ["D003", "S001", "S004", "W001"] {
        assert!(
            codes.contains(&expected),
            "{expected} missing from {codes:?}"
        );
    }
    for finding in &findings {
        let message = finding["message"].as_str().expect("message");
        assert!(
            has_chinese(&outside_backticks(message)),
            "{}: {message}",
            finding["code"]
        );
        if let Some(help) = finding["help"].as_str() {
            assert!(
                has_chinese(&outside_backticks(help)),
                "{} help: {help}",
                finding["code"]
            );
        }
    }
}

#[test]
fn lang_en_gives_the_english() {
    let (findings, _) = json_findings(&["--lang", "en"]);
    let overlap = findings.iter().find(|f| f["code"] == "D003").expect("D003");
    assert!(
        overlap["message"]
            .as_str()
            .is_some_and(|m| m
                .starts_with("phase `burst` starts on 2027-01-14, before phase `preheat` ends")),
        "{overlap}"
    );
    for finding in &findings {
        let message = finding["message"].as_str().expect("message");
        assert!(
            !has_chinese(&outside_backticks(message)),
            "{}: {message}",
            finding["code"]
        );
    }
}

#[test]
fn the_human_report_of_a_chinese_plan_is_chinese() {
    let (_dir, mut cmd) = in_plan_folder();
    let out = cmd
        .args(["check", "cny.campaign.yaml"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    insta::assert_snapshot!("human_report_zh", text);
}

#[test]
fn sarif_in_chinese_validates_against_the_official_schema() {
    let (_dir, mut cmd) = in_plan_folder();
    let out = cmd
        .args([
            "check",
            "--format",
            "sarif",
            "--lang",
            "zh-CN",
            "cny.campaign.yaml",
        ])
        .output()
        .expect("runs");
    let log: Value = serde_json::from_slice(&out.stdout).expect("SARIF is JSON");
    let results = log["runs"][0]["results"].as_array().expect("results");
    assert!(!results.is_empty());
    for result in results {
        let text = result["message"]["text"].as_str().expect("message text");
        assert!(has_chinese(&outside_backticks(text)), "{text}");
    }
    let schema_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/sarif-schema-2.1.0.json");
    let Ok(schema) = std::fs::read_to_string(&schema_path) else {
        eprintln!(
            "skipped the SARIF schema validation: {} is absent (CI has it)",
            schema_path.display()
        );
        return;
    };
    let schema: Value = serde_json::from_str(&schema).expect("schema");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn explain_and_rules_follow_the_reader() {
    let explain = common::campspec()
        .args(["explain", "W001", "--lang", "zh-CN"])
        .output()
        .expect("runs");
    assert!(explain.status.success());
    let explain = String::from_utf8(explain.stdout).expect("UTF-8");
    assert!(explain.contains("《中华人民共和国广告法》"), "{explain}");
    insta::assert_snapshot!("explain_w001_zh", explain);

    let rules = common::campspec()
        .env_remove("CAMPSPEC_LANG")
        .env("LANG", "zh_CN.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .arg("rules")
        .output()
        .expect("runs");
    assert!(rules.status.success());
    let rules = String::from_utf8(rules.stdout).expect("UTF-8");
    insta::assert_snapshot!("rules_zh", rules);
}
