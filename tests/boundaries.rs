//! Semantic mutations: every field of the example plans and rule fixtures set, one at a
//! time, to the boundary values of its own type (0, 100 %, 10^15 − 1, the limits in the
//! README, negative amounts and percentages, the first and last dates), and whole
//! sections repeated many times. None of them may make campspec panic, and every
//! finding must point inside the text.
//!
//! `cargo test` runs a fixed sample that takes seconds in a debug build; the whole walk
//! (every field × every boundary, sections × 50) is an ignored test:
//! `cargo test --release --test boundaries -- --ignored` (runs are recorded in
//! `fuzz/README.md`).

#[path = "common/checks.rs"]
mod checks;
mod common;

use checks::check_everything;
use std::sync::OnceLock;

/// The example plans and every rule fixture, with their paths.
fn plans() -> &'static [(String, String)] {
    static PLANS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    PLANS.get_or_init(|| {
        checks::plan_files()
            .iter()
            .map(|p| {
                let bytes = std::fs::read(p).expect("read plan");
                let text = String::from_utf8_lossy(&bytes).into_owned();
                (p.display().to_string(), text)
            })
            .collect()
    })
}

/// What kind of value a field holds, judged from the value the plan wrote.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Percent,
    Zhe,
    Date,
    Time,
    /// Money, counts and other numbers: the first run of digits is replaced.
    Number,
}

/// Boundary values of each kind.
fn boundaries(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Percent => &[
            "0%",
            "100%",
            "99.999999%",
            "100.000001%",
            "999999%",
            "-999999%",
            "-100%",
            "0.000001%",
        ],
        Kind::Zhe => &["1折", "9.9折", "99折", "11折", "0.1折"],
        Kind::Date => &["0001-01-01", "9999-12-31", "2028-02-29", "1970-01-01"],
        Kind::Time => &["00:00", "23:59", "24:00"],
        Kind::Number => &[
            "0",
            "0.01",
            "1",
            "999999999999999",
            "999999999999999.99",
            "-1",
            "-999999999999999",
            "99999999999万",
            "9999999亿",
        ],
    }
}

/// Whether the first `n` bytes of a text are ASCII.
trait AsciiPrefix {
    fn is_ascii_prefix(&self, n: usize) -> bool;
}

impl AsciiPrefix for str {
    fn is_ascii_prefix(&self, n: usize) -> bool {
        self.as_bytes().iter().take(n).all(u8::is_ascii)
    }
}

fn kind_of(value: &str) -> Option<Kind> {
    let v = value.trim();
    // A list of times (flash-sale slots) is judged by its first element.
    let v = v
        .strip_prefix('[')
        .and_then(|l| l.split([',', ']']).next())
        .unwrap_or(v)
        .trim()
        .trim_matches(|c| c == '"' || c == '\'');
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if v.ends_with('%') {
        Some(Kind::Percent)
    } else if v.ends_with('折') {
        Some(Kind::Zhe)
    } else if v.len() >= 10 && v.is_ascii_prefix(10) && {
        let d = &v.as_bytes()[..10];
        d[..4].iter().all(u8::is_ascii_digit)
            && d[4] == b'-'
            && d[5..7].iter().all(u8::is_ascii_digit)
            && d[7] == b'-'
    } {
        Some(Kind::Date)
    } else if v
        .split_once(':')
        .is_some_and(|(h, m)| digits(h) && digits(m))
    {
        Some(Kind::Time)
    } else if v.bytes().any(|b| b.is_ascii_digit()) && v.chars().count() <= 24 {
        Some(Kind::Number)
    } else {
        None
    }
}

/// One field value replaced: plan, line, new line.
struct Case {
    plan: usize,
    line: usize,
    text: String,
}

/// Every field of every plan with every boundary of its kind.
fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    for (p, (_, text)) in plans().iter().enumerate() {
        for (l, line) in text.lines().enumerate() {
            let body = line.trim_start().trim_start_matches("- ");
            if body.starts_with('#') {
                continue;
            }
            let Some(at) = line.find(": ") else { continue };
            let value = line[at + 2..].split(" #").next().unwrap_or_default();
            let Some(kind) = kind_of(value) else { continue };
            for b in boundaries(kind) {
                let new_value = match kind {
                    Kind::Number => {
                        // Keep a currency sign or unit around the number: ¥299 → ¥0.
                        let start = value.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
                        let end = value[start..]
                            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                            .map_or(value.len(), |e| start + e);
                        let mut v = value.to_owned();
                        v.replace_range(start..end, b);
                        v
                    }
                    Kind::Date => {
                        let v = value.trim().trim_matches('"');
                        format!("{b}{}", &v[10..])
                    }
                    Kind::Time if value.trim_start().starts_with('[') => format!("[\"{b}\"]"),
                    _ => (*b).to_owned(),
                };
                out.push(Case {
                    plan: p,
                    line: l,
                    text: format!("{}{new_value}", &line[..at + 2]),
                });
            }
        }
    }
    out
}

fn with_line(text: &str, line: usize, new: &str) -> String {
    let mut out = String::with_capacity(text.len() + new.len());
    for (i, l) in text.lines().enumerate() {
        out.push_str(if i == line { new } else { l });
        out.push('\n');
    }
    out
}

/// The plan with the items of each top-level list section repeated `times` times:
/// ids get a suffix (`-2`, `-3`, …) when `rename`, so that the copies are distinct
/// offers; otherwise they stay, and the copies are duplicates.
fn repeated(text: &str, times: usize, rename: bool) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        out.push_str(line);
        out.push('\n');
        i += 1;
        let is_section = !line.starts_with([' ', '#', '-'])
            && line.ends_with(':')
            && lines
                .get(i)
                .is_some_and(|n| n.trim_start().starts_with("- "));
        if !is_section {
            continue;
        }
        let start = i;
        while i < lines.len() && (lines[i].starts_with([' ', '-']) || lines[i].is_empty()) {
            i += 1;
        }
        let block = &lines[start..i];
        for k in 1..=times {
            for l in block {
                let id_at = l.find("id: ");
                match id_at {
                    Some(at)
                        if rename && k > 1 && l[..at].trim_start_matches([' ', '-']).is_empty() =>
                    {
                        out.push_str(&format!("{l}-{k}"));
                    }
                    _ => out.push_str(l),
                }
                out.push('\n');
            }
        }
    }
    out
}

fn run_case(case: &Case) {
    let (path, text) = &plans()[case.plan];
    let name = format!(
        "{path} line {} set to `{}`",
        case.line + 1,
        case.text.trim()
    );
    check_everything(&name, with_line(text, case.line, &case.text));
}

#[test]
fn the_walk_finds_fields_of_every_kind() {
    let cases = cases();
    for kind in [
        Kind::Percent,
        Kind::Zhe,
        Kind::Date,
        Kind::Time,
        Kind::Number,
    ] {
        let first = boundaries(kind)[0];
        assert!(
            cases.iter().any(|c| c.text.contains(first)),
            "no field of kind {kind:?} found in the plans"
        );
    }
    assert!(cases.len() > 1000, "only {} cases", cases.len());
}

#[test]
fn a_sample_of_boundary_values_never_panics() {
    // Every 37th case: a fixed spread over plans, fields and boundaries.
    for case in cases().iter().step_by(37) {
        run_case(case);
    }
}

#[test]
fn the_100_percent_and_largest_amount_boundaries_never_panic_in_the_examples() {
    for case in cases().iter().filter(|c| {
        plans()[c.plan].0.contains("specs")
            && (c.text.ends_with("100%") || c.text.contains("999999999999999"))
    }) {
        run_case(case);
    }
}

#[test]
fn sections_repeated_five_times_never_panic() {
    for (path, text) in plans().iter().filter(|(p, _)| p.contains("specs")) {
        for rename in [true, false] {
            check_everything(
                &format!("{path} with every section ×5 (renamed ids: {rename})"),
                repeated(text, 5, rename),
            );
        }
    }
}

/// Ten copies of every promotion of the Double 11 plan: ten 每满300减50 promotions
/// that together take more than the order is worth (the price floors at zero), beside
/// ten flash sales. The analysis once walked every 每满减 multiple of every combination
/// and ran for minutes; the bounds now stop it where no deeper order can remain.
#[test]
fn savings_that_outgrow_the_order_do_not_stall_the_analysis() {
    let (_, text) = plans()
        .iter()
        .find(|(p, _)| p.ends_with("double11-2027.campaign.yaml"))
        .expect("the Double 11 plan");
    let mut only_promotions = String::new();
    let mut in_promotions = false;
    let mut block: Vec<String> = Vec::new();
    for line in text.lines() {
        if !line.starts_with([' ', '-']) && !line.is_empty() {
            if in_promotions {
                for k in 2..=10 {
                    for l in &block {
                        only_promotions.push_str(&renamed(l, k));
                        only_promotions.push('\n');
                    }
                }
            }
            in_promotions = line == "promotions:";
            block.clear();
        } else if in_promotions {
            block.push(line.to_owned());
        }
        only_promotions.push_str(line);
        only_promotions.push('\n');
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("tiers.campaign.yaml");
    std::fs::write(&path, only_promotions).expect("write plan");
    let output = common::campspec()
        .args(["check", "--format", "json"])
        .arg(&path)
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .expect("run campspec");
    let report: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("a JSON report within the time limit");
    let exposure = &report["files"][0]["exposure"];
    assert_eq!(exposure["depth"], "1.0000", "{exposure}");
    assert_eq!(exposure["order_value"], "300.00", "{exposure}");
}

/// An item of a repeated list with its id suffixed (`- id: x` → `- id: x-3`).
fn renamed(line: &str, k: usize) -> String {
    match line.find("id: ") {
        Some(at) if line[..at].trim_start_matches([' ', '-']).is_empty() => format!("{line}-{k}"),
        _ => line.to_owned(),
    }
}

#[test]
#[ignore = "the whole walk: every field × every boundary, sections × 50 (minutes in release)"]
fn every_boundary_value_of_every_field_never_panics() {
    let cases = cases();
    for case in &cases {
        run_case(case);
    }
    for (path, text) in plans() {
        for rename in [true, false] {
            check_everything(
                &format!("{path} with every section ×50 (renamed ids: {rename})"),
                repeated(text, 50, rename),
            );
        }
    }
    eprintln!(
        "{} field cases and {} repeated plans checked",
        cases.len(),
        plans().len() * 2
    );
}
