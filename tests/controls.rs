//! Control characters in plans and file names never reach a terminal, a CI log or a
//! document raw: ESC sequences (window title, clipboard, screen clear, hidden text), BEL,
//! CR and line breaks followed by a GitHub workflow command, through the real binary in
//! every output format, plus the located finding for raw control characters in YAML.

mod common;
use assert_cmd::Command;
use common::campspec;
use serde_json::Value;
use std::path::Path;
use std::time::Duration;

/// The plan the cases start from; it checks clean.
const GOOD: &str = "specs/cny-2027.campaign.yaml";

/// Every probe, as YAML double-quoted escapes (valid YAML): window title, clipboard
/// write (OSC 52), screen clear, hidden text, BEL, CR, a line break followed by a
/// workflow command, the line separator, a right-to-left override and C1 controls.
const PROBES: &str =
    r#"\e]0;title\a\e]52;c;cHduZWQ=\a\e[2J\e[8m\a\r\n::warning file=x::owned\u2028\u202e\x85\x9b"#;

/// A hang guard for every run.
const LIMIT: Duration = Duration::from_secs(60);

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn good() -> String {
    std::fs::read_to_string(root().join(GOOD)).expect("good plan")
}

/// Whether `c` must not appear raw in terminal or log output: C0 controls (the line
/// feeds the formats write themselves are allowed by the callers), DEL, C1, the line and
/// paragraph separators and the bidirectional controls.
fn is_raw_control(c: char) -> bool {
    matches!(
        c,
        '\0'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{61c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
    )
}

fn assert_no_raw_controls(what: &str, text: &str, allowed: &[char]) {
    if let Some((at, c)) = text
        .char_indices()
        .find(|(_, c)| is_raw_control(*c) && !allowed.contains(c))
    {
        panic!("{what}: raw U+{:04X} at byte {at}:\n{text}", u32::from(c));
    }
}

/// Lines that GitHub Actions would run as workflow commands (it trims white space first).
fn command_lines(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| l.trim_start().starts_with("::"))
        .collect()
}

/// One run: exit code, stdout, stderr; never a panic, never a hang.
fn run(cmd: &mut Command) -> (i32, String, String) {
    let output = cmd.timeout(LIMIT).output().expect("run campspec");
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    let stderr = String::from_utf8(output.stderr).expect("stderr is UTF-8");
    assert!(!stderr.contains("panicked"), "{stderr}");
    (output.status.code().unwrap_or(-1), stdout, stderr)
}

/// A directory holding the hostile plans, named as [`NAMES`] says.
struct Plans {
    dir: tempfile::TempDir,
}

/// The names of the hostile plan files: an ordinary one, one whose name holds a line
/// break and a workflow command, and one whose name starts with a workflow command.
const NAMES: [&str; 3] = [
    "plain.campaign.yaml",
    "evil\n::error::owned.campaign.yaml",
    "::error::first.campaign.yaml",
];

/// The good plan with two unknown top-level keys (errors whose messages quote them): one
/// written with the probes as escapes, one holding raw control characters, with a raw
/// value beside it.
fn hostile_check_plan() -> String {
    let mut text = good();
    text.push_str(&format!("\"note{PROBES}\": 1\n"));
    text.push_str("memo\u{1b}[8m: a\u{1b}]0;title\u{7}b\u{7f}c\u{9b}31md\u{b}e\n");
    text
}

fn hostile_check_plans() -> Plans {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in NAMES {
        std::fs::write(dir.path().join(name), hostile_check_plan()).expect("write plan");
    }
    Plans { dir }
}

/// `campspec check --format FORMAT` on every hostile plan, run from their directory so
/// that the file names are printed as written.
fn check(plans: &Plans, format: &str) -> (i32, String, String) {
    run(campspec()
        .current_dir(plans.dir.path())
        .args(["check", "--format", format])
        .args(NAMES))
}

/// Findings per file in the JSON report.
fn json_findings(plans: &Plans) -> Vec<(String, Vec<Value>)> {
    let (code, stdout, stderr) = check(plans, "json");
    assert_eq!(code, 1, "{stderr}");
    let report: Value = serde_json::from_str(&stdout).expect("JSON report");
    report["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| {
            (
                f["path"].as_str().expect("path").to_owned(),
                f["findings"].as_array().cloned().unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn concise_and_github_give_one_line_per_finding_and_no_foreign_command() {
    let plans = hostile_check_plans();
    let findings = json_findings(&plans);
    let total: usize = findings.iter().map(|(_, f)| f.len()).sum();
    assert!(findings.iter().all(|(_, f)| f.len() >= 3), "{findings:#?}");

    let (code, concise, stderr) = check(&plans, "concise");
    assert_eq!(code, 1, "{stderr}");
    assert_no_raw_controls("concise", &concise, &['\n']);
    assert_no_raw_controls("concise stderr", &stderr, &['\n']);
    assert_eq!(concise.lines().count(), total, "{concise}");
    for line in concise.lines() {
        assert!(
            line.contains(": error[") || line.contains(": warning["),
            "{line}"
        );
    }
    assert_eq!(command_lines(&concise), Vec::<&str>::new(), "{concise}");
    assert!(
        concise.contains("evil\\n::error::owned.campaign.yaml:"),
        "{concise}"
    );
    assert!(
        concise.contains("\\u{3a}:error::first.campaign.yaml:"),
        "{concise}"
    );
    assert!(concise.contains("\\u{1b}]0;title\\u{7}"), "{concise}");
    assert!(
        concise.contains("\\r\\n::warning file=x::owned"),
        "{concise}"
    );

    let (code, github, stderr) = check(&plans, "github");
    assert_eq!(code, 1, "{stderr}");
    assert_no_raw_controls("github", &github, &['\n']);
    assert_eq!(github.lines().count(), total, "{github}");
    // Every line is campspec's own annotation, with the file name as one property.
    for line in github.lines() {
        assert!(
            line.starts_with("::error file=") || line.starts_with("::warning file="),
            "{line}"
        );
    }
    assert_eq!(command_lines(&github).len(), total);
    assert!(github.contains("\\u{1b}]52;c;cHduZWQ=\\u{7}"), "{github}");
    assert!(
        github.contains("file=evil\\n%3A%3Aerror%3A%3Aowned"),
        "{github}"
    );
}

#[test]
fn human_and_junit_show_escapes_and_no_foreign_command() {
    let plans = hostile_check_plans();
    let (code, human, stderr) = check(&plans, "human");
    assert_eq!(code, 1, "{stderr}");
    assert_no_raw_controls("human", &human, &['\n']);
    assert_no_raw_controls("human stderr", &stderr, &['\n']);
    assert_eq!(command_lines(&human), Vec::<&str>::new(), "{human}");
    // The message, the file name and the source line holding raw characters.
    assert!(human.contains("`note\\u{1b}]0;title\\u{7}"), "{human}");
    assert!(
        human.contains("[evil\\n::error::owned.campaign.yaml:"),
        "{human}"
    );
    assert!(
        human.contains("│ memo\\u{1b}[8m: a\\u{1b}]0;title\\u{7}b\\u{7f}c\\u{9b}31md\\u{b}e"),
        "{human}"
    );

    let (code, junit, stderr) = check(&plans, "junit");
    assert_eq!(code, 1, "{stderr}");
    assert_no_raw_controls("junit", &junit, &['\n']);
    assert_eq!(command_lines(&junit), Vec::<&str>::new(), "{junit}");
    assert!(junit.contains("\\u{1b}[2J\\u{1b}[8m"), "{junit}");
    // Still XML: one test case per file, the file name kept readable.
    let mut reader = quick_xml::Reader::from_str(&junit);
    let mut cases = Vec::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e)
                if e.name().as_ref() == b"testcase" =>
            {
                let name = e
                    .try_get_attribute("name")
                    .expect("attribute")
                    .expect("name")
                    .normalized_value(quick_xml::XmlVersion::Explicit1_0)
                    .expect("text")
                    .into_owned();
                cases.push(name);
            }
            _ => {}
        }
    }
    cases.sort();
    assert_eq!(
        cases,
        [
            "::error::first.campaign.yaml",
            "evil\\n::error::owned.campaign.yaml",
            "plain.campaign.yaml",
        ]
    );
}

#[test]
fn json_and_sarif_keep_values_exact_without_raw_controls() {
    let plans = hostile_check_plans();
    for format in ["json", "sarif"] {
        let (_, stdout, _) = check(&plans, format);
        assert_no_raw_controls(format, &stdout, &['\n']);
        let _: Value = serde_json::from_str(&stdout).expect("JSON");
    }
    // The messages hold the key as written, control characters and all.
    let findings = json_findings(&plans);
    let (_, found) = findings
        .iter()
        .find(|(path, _)| path == "evil\n::error::owned.campaign.yaml")
        .expect("the file name as given");
    assert!(
        found.iter().any(|f| f["message"]
            .as_str()
            .is_some_and(|m| m.contains("\u{1b}]0;title\u{7}\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}[2J\u{1b}[8m\u{7}\r\n::warning file=x::owned\u{2028}\u{202e}\u{85}\u{9b}"))),
        "{found:#?}"
    );
}

#[test]
fn raw_control_characters_are_a_located_finding_and_the_rest_is_checked() {
    let plans = hostile_check_plans();
    let findings = json_findings(&plans);
    let (_, found) = findings
        .iter()
        .find(|(path, _)| path == "plain.campaign.yaml")
        .expect("plain.campaign.yaml");
    let text = hostile_check_plan();
    let line = text.lines().count();
    let y012: Vec<&Value> = found.iter().filter(|f| f["code"] == "Y012").collect();
    assert_eq!(y012.len(), 1, "{found:#?}");
    let f = y012[0];
    // The first raw character of the line is the ESC after `memo`.
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(line as u64), Some(5))
    );
    assert_eq!(f["pointer"], "/memo\u{1b}[8m");
    let message = f["message"].as_str().expect("message");
    assert!(message.contains("U+001B (ESC)"), "{message}");
    assert!(message.contains("5 more"), "{message}");
    // Both unknown keys are still reported: the file was not lost.
    let unknown: Vec<&Value> = found.iter().filter(|f| f["code"] == "S001").collect();
    assert_eq!(unknown.len(), 2, "{found:#?}");
}

/// The good plan with the probes (valid YAML escapes) in the plan's name, a team's name,
/// a copy text and a risk: it still checks clean and builds.
fn hostile_build_plan() -> String {
    let mut out = String::new();
    let mut team = false;
    let mut copy = false;
    let mut risk = false;
    for line in good().lines() {
        let with = |key: &str, value: &str| format!("{key}\"{value}{PROBES}\"");
        let line = if let Some(value) = line.strip_prefix("name: ") {
            with("name: ", value)
        } else if let Some(value) = line.strip_prefix("    name: ").filter(|_| !team) {
            team = true;
            with("    name: ", value)
        } else if let Some(value) = line.strip_prefix("    text: ").filter(|_| !copy) {
            copy = true;
            with("    text: ", value)
        } else if let Some(value) = line.strip_prefix("    risk: ").filter(|_| !risk) {
            risk = true;
            with("    risk: ", value)
        } else {
            line.to_owned()
        };
        out.push_str(&line);
        out.push('\n');
    }
    assert!(team && copy && risk, "the good plan changed shape");
    out
}

#[test]
fn built_documents_hold_no_raw_control_characters() {
    let dir = tempfile::tempdir().expect("tempdir");
    let name = "evil\n::error::plan.campaign.yaml";
    std::fs::write(dir.path().join(name), hostile_build_plan()).expect("write plan");
    let out = dir.path().join("out");
    let (code, stdout, stderr) = run(campspec()
        .current_dir(dir.path())
        .arg("build")
        .arg(name)
        .arg("--out")
        .arg(&out));
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert_no_raw_controls("build output", &stdout, &['\n']);
    assert_eq!(command_lines(&stdout), Vec::<&str>::new(), "{stdout}");
    assert!(
        stdout.contains("built evil\\n::error::plan.campaign.yaml →"),
        "{stdout}"
    );
    let plan = out.join("cny-2027");
    for (file, allowed) in [
        ("plan.md", &['\n'][..]),
        ("plan.html", &['\n']),
        ("calendar.ics", &['\r', '\n']),
        ("rules.json", &['\n']),
    ] {
        let text = std::fs::read_to_string(plan.join(file)).expect(file);
        assert_no_raw_controls(file, &text, allowed);
        let shown = match file {
            // Markdown escapes the escape's backslash and braces; iCalendar its backslash.
            "plan.md" => "\\\\u\\{1b\\}\\]0;title",
            "calendar.ics" => "\\\\u{1b}]0\\;title",
            "plan.html" => "\\u{1b}]0;title",
            _ => "\\u001b]0;title",
        };
        assert!(text.contains(shown), "{file} shows {shown}:\n{text}");
        if file == "calendar.ics" {
            assert!(text.replace("\r\n", "").find('\r').is_none(), "a lone CR");
        }
    }
    // No plan text starts a line of the Markdown (a heading, a list, a command).
    let md = std::fs::read_to_string(plan.join("plan.md")).expect("plan.md");
    assert_eq!(command_lines(&md), Vec::<&str>::new());
    assert!(md.contains("<br>::warning file=x::owned"), "{md}");
    let html = std::fs::read_to_string(plan.join("plan.html")).expect("plan.html");
    assert_eq!(command_lines(&html), Vec::<&str>::new());
    // The engine config keeps the name exactly as the plan wrote it.
    let rules: Value = serde_json::from_str(
        &std::fs::read_to_string(plan.join("rules.json")).expect("rules.json"),
    )
    .expect("JSON");
    let name = rules["plan"]["name"].as_str().expect("name");
    assert!(
        name.ends_with("\u{7}\r\n::warning file=x::owned\u{2028}\u{202e}\u{85}\u{9b}"),
        "{name:?}"
    );
}

#[test]
fn simulate_and_diff_show_escapes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = dir.path().join("hostile.campaign.yaml");
    std::fs::write(&plan, hostile_build_plan()).expect("write plan");
    let cart_name = "cart\n::error::x.cart.yaml";
    let cart = format!(
        "at: 2027-01-17 20:30\ncustomer: {{ member_level: diamond, audience: [dormant_90d] }}\nitems:\n  - {{ name: \"礼盒{PROBES}\", price: 399, quantity: 2, scope: 礼品 }}\n"
    );
    std::fs::write(dir.path().join(cart_name), cart).expect("write cart");
    let (code, stdout, stderr) = run(campspec().current_dir(dir.path()).args([
        "simulate",
        "hostile.campaign.yaml",
        "--cart",
        cart_name,
    ]));
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert_no_raw_controls("simulate", &stdout, &['\n']);
    assert_eq!(command_lines(&stdout), Vec::<&str>::new(), "{stdout}");
    assert!(stdout.contains("礼盒\\u{1b}]0;title\\u{7}"), "{stdout}");
    assert!(
        stdout.starts_with("cart\\n::error::x.cart.yaml priced with"),
        "{stdout}"
    );

    for format in ["md", "human", "json"] {
        let (code, stdout, stderr) = run(campspec()
            .args(["diff", GOOD])
            .arg(&plan)
            .args(["--format", format]));
        assert_eq!(code, 0, "{stderr}");
        assert_no_raw_controls(format, &stdout, &['\n']);
        assert_eq!(command_lines(&stdout), Vec::<&str>::new(), "{stdout}");
        let shown = match format {
            "md" => "\\u\\{1b\\}\\]0;title",
            "human" => "\\u{1b}]0;title",
            _ => "\\u001b]0;title",
        };
        assert!(stdout.contains(shown), "{shown} in {stdout}");
    }
}

#[test]
fn errors_quoting_a_file_name_show_it_escaped() {
    let (code, stdout, stderr) = run(campspec().args([
        "simulate",
        GOOD,
        "--cart",
        "missing\u{1b}]0;title\u{7}\n::error::owned.cart.yaml",
    ]));
    assert_eq!(code, 2, "{stdout}");
    assert_no_raw_controls("stderr", &stderr, &['\n']);
    assert_eq!(command_lines(&stderr), Vec::<&str>::new(), "{stderr}");
    assert!(
        stderr.contains("missing\\u{1b}]0;title\\u{7}\\n::error::owned.cart.yaml"),
        "{stderr}"
    );
}
