//! The language of what a run says itself (issue 18): `rules`, `explain`, the summary
//! line, errors and `--help` follow `--lang`, else `CAMPSPEC_LANG`, else `lang` in
//! `campspec.toml`, else the environment's `LANG`.

mod common;
use assert_cmd::Command;
use std::process::Output;

/// The binary with no language chosen: no `CAMPSPEC_LANG`, and `LANG` as given.
fn campspec_in(lang_env: &str) -> Command {
    let mut cmd = common::campspec();
    cmd.env_remove("CAMPSPEC_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang_env);
    cmd
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn rules_follow_a_chinese_environment() {
    let output = campspec_in("zh_CN.UTF-8")
        .arg("rules")
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0));
    let out = stdout(&output);
    assert!(out.starts_with("文件读取\n"), "{out}");
    assert!(out.contains("价格与叠加\n"), "{out}");
    assert!(
        out.contains("用 `campspec explain 规则代码` 查看规则的说明。"),
        "{out}"
    );
    // D003 has its Chinese summary; severities are Chinese.
    let d003 = out.lines().find(|l| l.contains("D003")).expect("D003");
    assert!(d003.contains("错误"), "{d003}");
    assert!(
        has_chinese(d003.split("错误").nth(1).unwrap_or("")),
        "{d003}"
    );
}

#[test]
fn rules_in_an_english_environment_are_english() {
    let output = campspec_in("en_US.UTF-8")
        .arg("rules")
        .output()
        .expect("run");
    let out = stdout(&output);
    assert!(out.starts_with("Reading the file\n"), "{out}");
    assert!(!out.contains("错误") && !out.contains("文件读取"), "{out}");
    assert!(out.ends_with("`campspec explain CODE` shows a rule's documentation.\n"));
}

#[test]
fn explain_in_chinese() {
    let output = campspec_in("C")
        .args(["explain", "W001", "--lang", "zh-CN"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let out = stdout(&output);
    let mut lines = out.lines();
    let header = lines.next().unwrap_or_default();
    assert!(header.starts_with("W001 "), "{header}");
    assert!(
        lines.next().unwrap_or_default().starts_with("默认级别："),
        "{out}"
    );
    // D003's documentation exists in Chinese.
    let output = campspec_in("C")
        .args(["explain", "phase-overlap", "--lang", "zh-CN"])
        .output()
        .expect("run");
    let out = stdout(&output);
    assert!(out.starts_with("D003 phase-overlap — "), "{out}");
    assert!(out.contains("默认级别：错误\n"), "{out}");
    assert!(out.contains("## 检查内容"), "{out}");
}

#[test]
fn an_unknown_rule_is_an_error_in_the_run_language() {
    let output = campspec_in("zh_CN.UTF-8")
        .args(["explain", "phase-overlaps"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "错误：没有规则 `phase-overlaps`；是否应为 `phase-overlap`？\n"
    );
    let output = campspec_in("zh_CN.UTF-8")
        .args(["explain", "phase-overlaps", "--lang", "en"])
        .output()
        .expect("run");
    assert_eq!(
        stderr(&output),
        "error: no rule `phase-overlaps`; did you mean `phase-overlap`?\n"
    );
}

#[test]
fn the_summary_line_is_chinese() {
    let output = campspec_in("C")
        .args(["check", "specs/", "--lang", "zh-CN"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), "已检查 3 个文件，没有发现问题\n");
    let output = campspec_in("zh_CN.UTF-8")
        .args(["check", "tests/cli/warning.campaign.yaml"])
        .output()
        .expect("run");
    let out = stdout(&output);
    let last = out.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("共 1 个文件，其中 1 个有问题：") && last.contains("个警告"),
        "{out}"
    );
}

#[test]
fn help_headings_of_findings_follow_the_run_language() {
    let output = campspec_in("zh_CN.UTF-8")
        .args(["check", "tests/cli/warning.campaign.yaml"])
        .output()
        .expect("run");
    let out = stdout(&output);
    if out.contains("help") {
        assert!(!out.contains("  help: "), "{out}");
    }
}

#[test]
fn lang_en_is_todays_english() {
    let output = campspec_in("zh_CN.UTF-8")
        .args(["check", "specs/", "--lang", "en"])
        .output()
        .expect("run");
    assert_eq!(stdout(&output), "3 files checked: no findings\n");
}

#[test]
fn campspec_lang_and_the_settings_file_are_honoured_and_lang_wins() {
    let dir = tempfile::tempdir().expect("dir");
    let specs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("specs");
    std::fs::write(dir.path().join("campspec.toml"), "lang = \"zh-CN\"\n").expect("toml");
    let run = |extra: &[&str], env: Option<&str>| {
        let mut cmd = campspec_in("en_US.UTF-8");
        cmd.current_dir(dir.path())
            .arg("check")
            .arg(&specs)
            .args(extra);
        if let Some(value) = env {
            cmd.env("CAMPSPEC_LANG", value);
        }
        stdout(&cmd.output().expect("run"))
    };
    // campspec.toml `lang`.
    assert_eq!(run(&[], None), "已检查 3 个文件，没有发现问题\n");
    // CAMPSPEC_LANG over campspec.toml.
    assert_eq!(run(&[], Some("en")), "3 files checked: no findings\n");
    // --lang over both.
    assert_eq!(
        run(&["--lang", "zh-CN"], Some("en")),
        "已检查 3 个文件，没有发现问题\n"
    );
    assert_eq!(
        run(&["--lang", "en"], None),
        "3 files checked: no findings\n"
    );
    // CAMPSPEC_LANG alone.
    let out = campspec_in("en_US.UTF-8")
        .args(["check", "specs/"])
        .env("CAMPSPEC_LANG", "zh-CN")
        .output()
        .expect("run");
    assert_eq!(stdout(&out), "已检查 3 个文件，没有发现问题\n");
}

#[test]
fn a_bad_lang_is_a_clear_error() {
    let output = campspec_in("C")
        .args(["check", "specs/", "--lang", "fr"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.contains("`fr`: write zh-CN, en or auto"), "{err}");
    let output = campspec_in("zh_CN.UTF-8")
        .args(["check", "specs/", "--lang", "fr"])
        .output()
        .expect("run");
    let err = stderr(&output);
    assert!(err.contains("`fr`：请写 zh-CN、en 或 auto"), "{err}");
}

#[test]
fn file_errors_follow_the_run_language() {
    let output = campspec_in("zh_CN.UTF-8")
        .args(["check", "no-such-dir/"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let out = format!("{}{}", stdout(&output), stderr(&output));
    assert!(
        out.contains("无法读取 no-such-dir/：文件或目录不存在"),
        "{out}"
    );
}

#[test]
fn check_help_is_chinese() {
    let output = campspec_in("C")
        .args(["check", "--help", "--lang", "zh-CN"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0));
    let out = stdout(&output);
    assert!(out.contains("用法："), "{out}");
    assert!(out.contains("参数:") || out.contains("参数："), "{out}");
    assert!(out.contains("选项"), "{out}");
    assert!(
        !out.contains("Usage:") && !out.contains("Options:"),
        "{out}"
    );
    assert!(!out.contains("Print help"), "{out}");
    assert!(
        !out.contains("[default:") && !out.contains("Possible values"),
        "{out}"
    );
    // Short help too, and the root's.
    let out = stdout(&campspec_in("zh_CN.UTF-8").arg("-h").output().expect("run"));
    assert!(out.contains("命令"), "{out}");
    assert!(!out.contains("Commands:"), "{out}");
}

#[test]
fn english_help_is_unchanged() {
    let output = campspec_in("zh_CN.UTF-8")
        .args(["check", "--help", "--lang", "en"])
        .output()
        .expect("run");
    let out = stdout(&output);
    assert!(out.contains("Usage: campspec check"), "{out}");
    assert!(out.contains("Check campaign specs for structure, consistency and wording"));
}

#[test]
fn chinese_sarif_still_validates_and_says_its_language() {
    let output = campspec_in("C")
        .args([
            "check",
            "--format",
            "sarif",
            "--lang",
            "zh-CN",
            "tests/cli/planted.campaign.yaml",
            "tests/cli/missing.campaign.yaml",
        ])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let log: serde_json::Value = serde_json::from_slice(&output.stdout).expect("SARIF is JSON");
    let run = &log["runs"][0];
    assert_eq!(run["language"], "zh-CN");
    let notification = run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
        .as_str()
        .unwrap_or_default();
    assert!(notification.contains("无法读取"), "{notification}");
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    let d003 = rules.iter().find(|r| r["id"] == "D003").expect("D003");
    assert!(has_chinese(
        d003["shortDescription"]["text"]
            .as_str()
            .unwrap_or_default()
    ));
    assert!(has_chinese(
        d003["help"]["text"].as_str().unwrap_or_default()
    ));
    let schema_path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/sarif-schema-2.1.0.json");
    match std::fs::read_to_string(&schema_path) {
        Ok(text) => {
            let schema: serde_json::Value = serde_json::from_str(&text).expect("schema");
            let validator = jsonschema::validator_for(&schema).expect("schema compiles");
            let errors: Vec<String> = validator
                .iter_errors(&log)
                .map(|e| format!("{e} at {}", e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{}", errors.join("\n"));
        }
        Err(_) => eprintln!(
            "skipped the SARIF schema validation: {} is absent",
            schema_path.display()
        ),
    }
}

#[test]
fn machine_formats_head_help_in_the_run_language() {
    for format in ["github", "junit"] {
        let output = campspec_in("C")
            .args([
                "check",
                "--format",
                format,
                "--lang",
                "zh-CN",
                "tests/cli/planted.campaign.yaml",
            ])
            .output()
            .expect("run");
        let out = stdout(&output);
        assert!(!out.contains("help: "), "{format}: {out}");
        assert!(out.contains("修改建议："), "{format}: {out}");
    }
}

#[test]
fn command_line_mistakes_are_told_in_the_run_language() {
    let output = campspec_in("zh_CN.UTF-8")
        .args(["check", "--colr"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.starts_with("错误：无法识别的参数 `--colr`"), "{err}");
    assert!(
        err.contains("`--color`") && err.contains("用法：campspec check"),
        "{err}"
    );
    let output = campspec_in("zh_CN.UTF-8")
        .args(["check", "--colr", "--lang", "en"])
        .output()
        .expect("run");
    assert!(stderr(&output).starts_with("error: unexpected argument '--colr' found"));
}
