//! The CI output formats of `campspec check`: SARIF validated against the official
//! SARIF 2.1.0 schema, GitHub annotations on the right file, lines and columns, and JUnit
//! XML that parses with one test case per file and a failure per error.

mod common;
use common::campspec;
use serde_json::Value;
use std::path::Path;

const PLANTED: &str = "tests/cli/planted.campaign.yaml";

fn run(args: &[&str]) -> (String, i32) {
    let output = campspec().arg("check").args(args).output().expect("run");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

/// The findings as the JSON report gives them: (code, line, column, end line, end column).
fn json_findings(path: &str) -> Vec<(String, u64, u64, u64, u64)> {
    let (out, _) = run(&["--format", "json", path]);
    let report: Value = serde_json::from_str(&out).expect("json");
    report["files"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let n = |k: &str| f[k].as_u64().unwrap_or(0);
            (
                f["code"].as_str().unwrap_or("").to_owned(),
                n("line"),
                n("column"),
                n("end_line"),
                n("end_column"),
            )
        })
        .collect()
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let (out, code) = run(&[
        "--format",
        "sarif",
        PLANTED,
        "tests/cli/missing.campaign.yaml",
    ]);
    assert_eq!(code, 2, "an unreadable file still exits 2");
    let log: Value = serde_json::from_str(&out).expect("SARIF is JSON");
    let schema_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/sarif-schema-2.1.0.json");
    match std::fs::read_to_string(&schema_path) {
        Ok(text) => {
            let schema: Value = serde_json::from_str(&text).expect("schema");
            let validator = jsonschema::validator_for(&schema).expect("schema compiles");
            let errors: Vec<String> = validator
                .iter_errors(&log)
                .map(|e| format!("{e} at {}", e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{}", errors.join("\n"));
            // The check can fail: a log with a wrong version or a bad level is refused.
            let mut wrong = log.clone();
            wrong["version"] = Value::from("2.0.0");
            assert!(!validator.is_valid(&wrong));
            let mut wrong = log.clone();
            wrong["runs"][0]["results"][0]["level"] = Value::from("fatal");
            assert!(!validator.is_valid(&wrong));
        }
        Err(_) => eprintln!(
            "skipped the SARIF schema validation: {} is absent (CI has it)",
            schema_path.display()
        ),
    }
    let run = &log["runs"][0];
    let results = run["results"].as_array().expect("results");
    let expected = json_findings(PLANTED);
    assert_eq!(results.len(), expected.len());
    for (result, (code, line, column, end_line, end_column)) in results.iter().zip(&expected) {
        assert_eq!(result["ruleId"], code.as_str());
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region["startLine"], *line);
        assert_eq!(region["startColumn"], *column);
        assert_eq!(region["endLine"], *end_line);
        assert_eq!(region["endColumn"], *end_column);
        assert_eq!(
            result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            PLANTED
        );
        // The rule index points at the rule's own entry, which carries its docs.
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        let rule = &run["tool"]["driver"]["rules"][index];
        assert_eq!(rule["id"], code.as_str());
        assert!(
            rule["help"]["markdown"]
                .as_str()
                .is_some_and(|h| h.contains("## What it checks"))
        );
    }
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
    let notes = run["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .expect("notifications");
    assert!(
        notes[0]["message"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("missing.campaign.yaml"))
    );
}

#[test]
fn github_annotations_carry_file_lines_and_columns() {
    let (out, code) = run(&["--format", "github", PLANTED]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    let expected = json_findings(PLANTED);
    assert_eq!(lines.len(), expected.len(), "{out}");
    for (line, (code, l, c, el, ec)) in lines.iter().zip(&expected) {
        let prefix =
            format!("file={PLANTED},line={l},col={c},endLine={el},endColumn={ec},title={code} ");
        assert!(
            line.starts_with("::error ")
                || line.starts_with("::warning ")
                || line.starts_with("::notice "),
            "{line}"
        );
        assert!(line.contains(&prefix), "{line} lacks {prefix}");
        assert!(!line.contains('\n'));
    }
}

#[test]
fn junit_has_a_case_per_file_and_a_failure_per_error() {
    let (out, code) = run(&["--format", "junit", PLANTED, "specs/"]);
    assert_eq!(code, 1);
    let mut reader = quick_xml::Reader::from_str(&out);
    let mut cases = Vec::new();
    let mut failures = 0;
    let mut current = String::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                match e.name().as_ref() {
                    b"testcase" => {
                        let attribute = e
                            .try_get_attribute("name")
                            .expect("attribute")
                            .expect("name");
                        // Paths here need no unescaping.
                        let name = String::from_utf8_lossy(&attribute.value).into_owned();
                        current = name.clone();
                        cases.push(name);
                    }
                    b"failure" => {
                        assert_eq!(current, PLANTED, "only the planted file fails");
                        failures += 1;
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    assert_eq!(cases.len(), 4, "{cases:?}");
    let errors = json_findings(PLANTED).len();
    assert!(failures > 0 && failures <= errors);
}

/// The errors of `log` against the official SARIF 2.1.0 schema; `None` when the schema
/// is absent (CI has it).
fn sarif_schema_errors(log: &Value) -> Option<Vec<String>> {
    let schema_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/sarif-schema-2.1.0.json");
    let text = std::fs::read_to_string(&schema_path).ok()?;
    let schema: Value = serde_json::from_str(&text).expect("schema");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    Some(
        validator
            .iter_errors(log)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect(),
    )
}

/// Findings with fixes carry them in SARIF `result.fixes`: a replacement of a key's
/// bytes (safe) and a pure insertion (unsafe, an empty deleted region), each with its
/// byte range and its lines and columns; the log still validates.
#[test]
fn sarif_carries_the_fixes() {
    let plan = std::fs::read_to_string(PLANTED)
        .expect("planted plan")
        .replacen("\ntimezone:", "\ntimezon:", 1)
        + "copy:\n  - id: launch-push\n    channel: push\n    text: 今晚开抢\n";
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("fix.campaign.yaml");
    std::fs::write(&path, &plan).expect("write");
    let output = campspec()
        .current_dir(dir.path())
        .args([
            "check",
            "--no-config",
            "--format",
            "sarif",
            "fix.campaign.yaml",
        ])
        .output()
        .expect("run");
    let log: Value = serde_json::from_slice(&output.stdout).expect("SARIF is JSON");
    match sarif_schema_errors(&log) {
        Some(errors) => assert!(errors.is_empty(), "{}", errors.join("\n")),
        None => eprintln!("skipped the SARIF schema validation: the schema is absent"),
    }
    let results = log["runs"][0]["results"].as_array().expect("results");
    let fix_of = |code: &str| {
        results
            .iter()
            .find(|r| r["ruleId"] == code && r["fixes"].is_array())
            .map(|r| r["fixes"][0].clone())
            .unwrap_or_else(|| panic!("a {code} result with a fix"))
    };
    let rename = fix_of("S001");
    assert_eq!(rename["properties"]["applicability"], "safe");
    let change = &rename["artifactChanges"][0];
    assert_eq!(change["artifactLocation"]["uri"], "fix.campaign.yaml");
    let replacement = &change["replacements"][0];
    let start = plan.find("\ntimezon:").expect("key") + 1;
    assert_eq!(replacement["deletedRegion"]["byteOffset"], start);
    assert_eq!(replacement["deletedRegion"]["byteLength"], "timezon".len());
    assert_eq!(replacement["deletedRegion"]["startColumn"], 1);
    assert_eq!(replacement["insertedContent"]["text"], "timezone");

    let insert = fix_of("L011");
    assert_eq!(insert["properties"]["applicability"], "unsafe");
    let replacement = &insert["artifactChanges"][0]["replacements"][0];
    assert_eq!(replacement["deletedRegion"]["byteOffset"], plan.len());
    assert_eq!(replacement["deletedRegion"]["byteLength"], 0);
    let line = plan.matches('\n').count() + 1;
    assert_eq!(replacement["deletedRegion"]["startLine"], line);
    assert_eq!(replacement["deletedRegion"]["endLine"], line);
    assert!(
        replacement["insertedContent"]["text"]
            .as_str()
            .is_some_and(|t| t.starts_with("    opt_out: \"")),
        "{replacement}"
    );
    // Findings without a fix have no `fixes`.
    assert!(results.iter().any(|r| r["fixes"].is_null()));
}
