//! The `campspec` binary end to end: exit codes, output formats, and the findings a user
//! sees for each kind of mistake (right rule, right line and column, helpful message).

mod common;
use common::campspec;
use serde_json::Value;
use std::path::Path;

fn json_report(args: &[&str]) -> (Value, i32) {
    let output = campspec()
        .args(["check", "--format", "json"])
        .args(args)
        .output()
        .expect("run");
    let report: Value = serde_json::from_slice(&output.stdout).expect("json output");
    (report, output.status.code().unwrap_or(-1))
}

/// The findings of the first file in a report.
fn findings(report: &Value) -> Vec<Value> {
    report["files"][0]["findings"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn by_code<'a>(findings: &'a [Value], code: &str) -> Vec<&'a Value> {
    findings.iter().filter(|f| f["code"] == code).collect()
}

fn one<'a>(findings: &'a [Value], code: &str) -> &'a Value {
    let found = by_code(findings, code);
    assert_eq!(found.len(), 1, "expected one {code}, got {found:#?}");
    found[0]
}

fn at(f: &Value) -> (u64, u64) {
    (
        f["line"].as_u64().unwrap_or(0),
        f["column"].as_u64().unwrap_or(0),
    )
}

#[test]
fn bundled_specs_check_clean() {
    let output = campspec().args(["check", "specs/"]).output().expect("run");
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(stdout, "3 files checked: no findings\n");
}

#[test]
fn default_path_is_specs() {
    let (report, code) = json_report(&[]);
    assert_eq!(code, 0);
    let paths: Vec<&str> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "specs/cny-2027.campaign.yaml",
            "specs/double11-2027.campaign.yaml",
            "specs/spring-refresh-2026.campaign.yaml"
        ]
    );
}

#[test]
fn json_report_has_the_documented_shape() {
    let (report, code) = json_report(&["tests/cli/planted.campaign.yaml"]);
    assert_eq!(code, 1);
    assert_eq!(report["version"], 1);
    let keys: Vec<&str> = report
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["version", "files", "summary"]);
    let f = &findings(&report)[0];
    let keys: Vec<&str> = f.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "code",
            "rule",
            "severity",
            "message",
            "pointer",
            "line",
            "column",
            "end_line",
            "end_column",
            "help",
            "related",
            "fixes"
        ]
    );
    let summary = &report["summary"];
    assert_eq!(summary["files"], 1);
    assert_eq!(
        summary["errors"].as_u64().unwrap() as usize,
        findings(&report).len()
    );
}

#[test]
fn planted_defects_are_each_found_at_their_place() {
    let (report, _) = json_report(&["tests/cli/planted.campaign.yaml"]);
    let all = findings(&report);

    // Unknown key, with the closest valid key suggested; the key is underlined.
    let f = one(&all, "S001");
    assert_eq!(f["rule"], "unknown-key");
    assert_eq!(at(f), (45, 3));
    assert_eq!(f["end_column"], 15);
    assert!(f["message"].as_str().unwrap().contains("`gross_marjin`"));
    assert_eq!(f["help"], "did you mean `gross_margin`?");

    // Wrong type: the value is underlined.
    let f = one(&all, "S003");
    assert_eq!(f["pointer"], "/coupons/0/per_user");
    assert_eq!(at(f), (41, 15));
    assert!(
        f["message"].as_str().unwrap().contains("found a list"),
        "{f}"
    );

    // A bare number for a percentage says what to write.
    let f = one(&all, "S004");
    assert_eq!(f["pointer"], "/guardrails/max_discount");
    assert_eq!(at(f), (43, 17));
    assert_eq!(f["help"], "write \"70%\"");

    // Phase overlap: the later phase's start, with the earlier phase's end labelled.
    let f = one(&all, "D003");
    assert_eq!(f["pointer"], "/phases/1/start");
    assert_eq!(at(f), (28, 12));
    assert_eq!(f["related"][0]["pointer"], "/phases/0/end");
    assert_eq!(f["related"][0]["line"], 25);
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("3 days belong to both")
    );

    // Unknown team, with a did-you-mean.
    let f = one(&all, "R001");
    assert_eq!(f["pointer"], "/risks/0/owner");
    assert_eq!(f["help"], "did you mean `marketing`?");
    assert_eq!(f["line"], 47);

    // Budget over the total: the amount over is in the message.
    let f = one(&all, "B001");
    assert_eq!(f["line"], 31);
    let message = f["message"].as_str().unwrap();
    assert!(
        message.contains("¥75万 over the total of ¥1,500万"),
        "{message}"
    );

    // Growth that disagrees with baseline and target: all three labelled.
    let f = one(&all, "G002");
    assert_eq!(f["line"], 19);
    assert!(f["message"].as_str().unwrap().contains("which give 20.00%"));
    let related: Vec<u64> = f["related"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["line"].as_u64().unwrap())
        .collect();
    assert_eq!(related, [17, 18]);

    assert_eq!(all.len(), 7, "no other findings (no cascades): {all:#?}");
}

#[test]
fn cjk_columns_count_characters() {
    let (report, _) = json_report(&["tests/cli/planted.campaign.yaml"]);
    let all = findings(&report);
    let f = one(&all, "R001");
    // `  - { id: pr-crisis, risk: 舆情危机, prevention: 监测预警, response: 及时回应, owner: ` is
    // 74 characters (but 98 bytes) before `marketting`.
    assert_eq!(at(f), (47, 75));
    assert_eq!(f["end_column"], 85);
}

#[test]
fn cjk_underline_snapshot() {
    let output = campspec()
        .args(["check", "tests/cli/planted.campaign.yaml"])
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let start = stdout.find("R001(unknown-team)").expect("R001 rendered");
    let end = stdout[start..]
        .find("\n\n")
        .map(|e| start + e)
        .unwrap_or(stdout.len());
    let rest = &stdout[end + 2..];
    let block_end = rest
        .find("\n\n")
        .map(|e| end + 2 + e)
        .unwrap_or(stdout.len());
    insta::assert_snapshot!("cjk_underline", &stdout[start..block_end]);
}

#[test]
fn yaml_syntax_error_is_located_and_nothing_else_is_reported() {
    let (report, code) = json_report(&["tests/cli/syntax.campaign.yaml"]);
    assert_eq!(code, 1);
    let all = findings(&report);
    assert_eq!(all.len(), 1);
    let f = &all[0];
    assert_eq!(f["code"], "Y001");
    assert_eq!(f["line"], 7);
    assert!(f["help"].as_str().unwrap().contains("indentation"), "{f}");
}

#[test]
fn duplicate_key_labels_both_keys() {
    let (report, _) = json_report(&["tests/cli/duplicate.campaign.yaml"]);
    let all = findings(&report);
    let f = one(&all, "Y002");
    assert_eq!(at(f), (18, 3));
    assert_eq!(f["related"][0]["line"], 16);
    assert_eq!(f["related"][0]["message"], "first written here");
}

#[test]
fn concise_format() {
    let output = campspec()
        .args([
            "check",
            "--format",
            "concise",
            "tests/cli/duplicate.campaign.yaml",
        ])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "tests/cli/duplicate.campaign.yaml:18:3: error[Y002]: the key `max_discount` appears twice in this mapping\n"
    );
}

#[test]
fn warnings_pass_unless_denied() {
    campspec()
        .args(["check", "tests/cli/warning.campaign.yaml"])
        .assert()
        .code(0);
    campspec()
        .args([
            "check",
            "--deny",
            "warnings",
            "tests/cli/warning.campaign.yaml",
        ])
        .assert()
        .code(1);
}

#[test]
fn unreadable_file_exits_2_and_others_are_still_checked() {
    let (report, code) = json_report(&["tests/cli/missing.campaign.yaml", "specs/"]);
    assert_eq!(code, 2);
    let files = report["files"].as_array().unwrap();
    assert_eq!(files.len(), 4);
    let missing = files
        .iter()
        .find(|f| f["path"] == "tests/cli/missing.campaign.yaml")
        .unwrap();
    assert!(
        missing["failure"]
            .as_str()
            .unwrap()
            .contains("no such file")
    );
    assert!(
        files
            .iter()
            .filter(|f| f["path"] != "tests/cli/missing.campaign.yaml")
            .all(|f| f["failure"].is_null() && f["findings"].as_array().unwrap().is_empty())
    );
}

#[test]
fn human_output_has_no_colour_without_a_terminal_and_with_no_color() {
    let output = campspec()
        .args(["check", "tests/cli/planted.campaign.yaml"])
        .output()
        .expect("run");
    assert!(!output.stdout.contains(&0x1b), "no ANSI escapes");
    let output = campspec()
        .args([
            "check",
            "--color",
            "always",
            "tests/cli/planted.campaign.yaml",
        ])
        .output()
        .expect("run");
    assert!(
        output.stdout.contains(&0x1b),
        "--color always forces colour"
    );
}

#[test]
fn settings_turn_rules_off_and_bad_settings_exit_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("campspec.toml");
    std::fs::write(&config, "[rules]\nphase-gap = \"error\"\n").unwrap();
    campspec()
        .args(["check", "--config"])
        .arg(&config)
        .arg("tests/cli/warning.campaign.yaml")
        .assert()
        .code(1);
    std::fs::write(&config, "[rules]\nphase-gap = \"off\"\n").unwrap();
    let output = campspec()
        .args(["check", "--config"])
        .arg(&config)
        .arg("tests/cli/warning.campaign.yaml")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "1 file checked: no findings\n"
    );
    std::fs::write(&config, "[rules]\nphase-gaps = \"off\"\n").unwrap();
    let output = campspec()
        .args(["check", "--config"])
        .arg(&config)
        .arg("specs/")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("did you mean `phase-gap`"));
}

#[test]
fn rules_explain_and_schema() {
    let output = campspec().arg("rules").output().unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("D003  phase-overlap"), "{text}");
    assert!(text.contains("Y001  yaml-syntax"));

    for key in ["D003", "phase-overlap"] {
        let output = campspec().args(["explain", key]).output().unwrap();
        assert_eq!(output.status.code(), Some(0));
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(text.starts_with("D003 phase-overlap — two phases share days"));
        assert!(text.contains("## How to fix"));
    }
    let output = campspec()
        .args(["explain", "phase-overlpa"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("did you mean `phase-overlap`"));

    let output = campspec().arg("schema").output().unwrap();
    let committed =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/campaign.schema.json"))
            .unwrap();
    assert_eq!(output.stdout, committed);
}

#[test]
fn every_subcommand_has_help_with_examples() {
    for sub in [
        "init",
        "check",
        "build",
        "rules",
        "explain",
        "schema",
        "simulate",
        "completions",
        "man",
    ] {
        let output = campspec().args([sub, "--help"]).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{sub}");
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(text.contains("Examples:"), "{sub} --help has no examples");
        assert!(text.contains(&format!("campspec {sub}")), "{sub}");
    }
    let output = campspec().arg("--help").output().unwrap();
    assert!(String::from_utf8_lossy(&output.stdout).contains("Exit codes"));
}

#[test]
fn bad_arguments_exit_2() {
    campspec()
        .args(["check", "--format", "xml"])
        .assert()
        .code(2);
    campspec()
        .args(["check", "--today", "2027-02-30"])
        .assert()
        .code(2);
    campspec().arg("nonsense").assert().code(2);
}

#[test]
fn exposure_of_the_examples() {
    let (report, code) = json_report(&["specs/"]);
    assert_eq!(code, 0);
    let files = report["files"].as_array().unwrap();
    let cny = &files[0]["exposure"];
    assert_eq!(
        cny,
        &serde_json::json!({"depth": "0.6750", "order_value": "923.08",
            "combination": ["member-price", "win-back", "gifting"], "margin_left": "0.0769"})
    );
    let d11 = &files[1]["exposure"];
    assert_eq!(d11["depth"], "0.4000");
    assert_eq!(d11["combination"], serde_json::json!(["flash"]));
}

#[test]
fn below_cost_stacking_names_the_combination_and_labels_the_offers() {
    let (report, code) = json_report(&["tests/rules/P014-stacking-below-cost/fires.campaign.yaml"]);
    assert_eq!(code, 1);
    let all = findings(&report);
    let f = one(&all, "P014");
    let message = f["message"].as_str().unwrap();
    assert!(
        message.contains("a list-price order of ¥")
            && message.contains("with `sale` + `vip` pays ¥"),
        "{message}"
    );
    let related: Vec<(&str, &str)> = f["related"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["pointer"].as_str().unwrap(),
                r["message"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        related,
        [
            ("/promotions/0/id", "discount: pays 60%"),
            ("/coupons/0/id", "30% off (at most ¥500) from ¥100")
        ]
    );
    // 6折 then 30 % off pays 42 %: margin 1 − 0.5 / 0.42 ≈ −19 %.
    assert_eq!(report["files"][0]["exposure"]["margin_left"], "-0.1906");
}

#[test]
fn completions_and_man_page_are_generated_from_the_commands() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let output = campspec().args(["completions", shell]).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{shell}");
        let text = String::from_utf8_lossy(&output.stdout);
        for word in ["campspec", "check", "build", "format"] {
            assert!(text.contains(word), "{shell} completions lack {word}");
        }
    }
    // The bash script is valid bash.
    let output = campspec().args(["completions", "bash"]).output().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("campspec.bash");
    std::fs::write(&script, &output.stdout).unwrap();
    if let Ok(status) = std::process::Command::new("bash")
        .arg("-n")
        .arg(&script)
        .status()
    {
        assert!(status.success(), "bash -n rejects the completion script");
    }

    let output = campspec().arg("man").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let page = String::from_utf8_lossy(&output.stdout);
    assert!(page.contains(".TH campspec 1"), "{page}");
    assert!(page.contains("build"));
    let output = campspec().args(["man", "check"]).output().unwrap();
    assert!(String::from_utf8_lossy(&output.stdout).contains(".TH campspec-check 1"));
    let output = campspec().args(["man", "nope"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_progress_bar_only_on_a_terminal_and_only_for_human_output() {
    let dir = tempfile::tempdir().unwrap();
    let spec =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("specs/cny-2027.campaign.yaml"))
            .unwrap();
    let spec = String::from_utf8(spec).unwrap();
    for i in 0..300 {
        // Each copy under its own plan id: one run may not hold two plans of one id.
        let copy = spec.replacen("\nid: cny-2027\n", &format!("\nid: cny-2027-{i}\n"), 1);
        std::fs::write(dir.path().join(format!("p{i}.campaign.yaml")), copy).unwrap();
    }
    let dir_arg = dir.path().to_str().unwrap().to_owned();
    // Not a terminal: nothing on stderr.
    let output = campspec().args(["check", &dir_arg]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // On a terminal (through `script`, where it exists): a bar, erased at the end.
    let bin = assert_cmd::cargo::cargo_bin("campspec");
    let on_terminal = |args: &str| {
        std::process::Command::new("script")
            .args([
                "-qec",
                &format!("{} check {args} {dir_arg}", bin.display()),
                "/dev/null",
            ])
            .env("NO_COLOR", "1")
            .env("CAMPSPEC_LANG", "en")
            .output()
    };
    let Ok(output) = on_terminal("") else {
        eprintln!("skipped the terminal half: `script` is not installed");
        return;
    };
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("checking ["), "{text}");
    assert!(text.contains("\r\x1b[2K"), "the bar is erased");
    assert!(text.contains("300 files checked: no findings"));
    let output = on_terminal("--format json").unwrap();
    assert!(!String::from_utf8_lossy(&output.stdout).contains("checking ["));
}

/// A repeated id points back at its first use, across sections that share ids
/// (a coupon named like a promotion) and within one section.
#[test]
fn duplicate_ids_point_at_their_first_use() {
    let (report, _) = json_report(&["tests/rules/R005-duplicate-id/fires.campaign.yaml"]);
    let all = findings(&report);
    let dups = by_code(&all, "R005");
    assert_eq!(dups.len(), 2, "{dups:?}");
    // In file order: the coupon `flash` (line 20), then the risk `stock` (line 23).
    assert_eq!(at(dups[0]), (20, 11));
    assert_eq!(dups[0]["related"][0]["pointer"], "/promotions/0/id");
    assert_eq!(dups[0]["related"][0]["line"], 18);
    assert_eq!(dups[0]["related"][0]["message"], "first used here");
    assert_eq!(at(dups[1]), (23, 11));
    assert_eq!(dups[1]["related"][0]["pointer"], "/risks/0/id");
    assert_eq!(dups[1]["related"][0]["line"], 22);
}
