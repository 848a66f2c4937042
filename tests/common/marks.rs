//! The command-line check of a plan text, and what each finding underlines: shared by
//! the wording test files (`#[path = "common/marks.rs"] mod marks;`).

#![allow(dead_code)]

use crate::common::campspec;
use serde_json::Value;
use std::path::Path;

/// `text` checked as a plan (`check --format json --today 2027-01-01`): the report and
/// the exit code.
pub fn check_plan(text: &str) -> (Value, i32) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.campaign.yaml");
    std::fs::write(&path, text).expect("write");
    let output = campspec()
        .args(["check", "--format", "json", "--today", "2027-01-01"])
        .arg(&path)
        .output()
        .expect("run");
    let report: Value = serde_json::from_slice(&output.stdout).expect("json output");
    (report, output.status.code().unwrap_or(-1))
}

/// The findings of the first file of a JSON report.
pub fn findings(report: &Value) -> Vec<Value> {
    report["files"][0]["findings"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The characters a finding underlines, read from the file with its 1-based,
/// character-counted, end-exclusive line and column range.
pub fn underlined(text: &str, f: &Value) -> String {
    let n = |k: &str| f[k].as_u64().unwrap_or(0) as usize;
    let lines: Vec<&str> = text.split('\n').collect();
    let (line, column, end_line, end_column) =
        (n("line"), n("column"), n("end_line"), n("end_column"));
    let mut out = String::new();
    for l in line..=end_line {
        let chars: Vec<char> = lines[l - 1].chars().collect();
        let from = if l == line { column - 1 } else { 0 };
        let to = if l == end_line {
            end_column - 1
        } else {
            chars.len()
        };
        out.extend(&chars[from.min(chars.len())..to.min(chars.len())]);
        if l != end_line {
            out.push('\n');
        }
    }
    out
}

/// (code, underlined text) for every finding.
pub fn marks(report: &Value, text: &str) -> Vec<(String, String)> {
    findings(report)
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap_or("").to_owned(),
                underlined(text, f),
            )
        })
        .collect()
}

/// `text` checked as a plan: the findings of `code`, each as (message, underlined text).
pub fn messages_of(text: &str, code: &str) -> Vec<(String, String)> {
    let (report, _) = check_plan(text);
    findings(&report)
        .iter()
        .filter(|f| f["code"] == code)
        .map(|f| {
            (
                f["message"].as_str().unwrap_or("").to_owned(),
                underlined(text, f),
            )
        })
        .collect()
}

/// A bundled plan's text, with `from` (which must be there) replaced by `to` once.
pub fn bundled_with(plan: &str, from: &str, to: &str) -> String {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(plan)).expect("plan");
    assert!(text.contains(from), "{plan} no longer holds {from:?}");
    text.replacen(from, to, 1)
}
