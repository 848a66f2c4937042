//! `campspec build` end to end: every output for every bundled plan, the same bytes on
//! every build, golden Markdown, hostile strings in every user field escaped in every
//! output, a calendar that parses back, and the command's refusals (plans with errors,
//! outputs over inputs, broken templates).

mod common;
use campspec::render::{OutputKind, Templates, outputs};
use campspec::{Settings, check_file};
use common::campspec;
use serde_json::Value;
use std::path::{Path, PathBuf};

const PLANS: [&str; 3] = [
    "cny-2027.campaign.yaml",
    "double11-2027.campaign.yaml",
    "spring-refresh-2026.campaign.yaml",
];

fn spec(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("specs")
        .join(name)
}

/// The outputs of one plan file, by file name.
fn build(path: &Path) -> Vec<(String, Vec<u8>)> {
    let checked = check_file(path, &Settings::default());
    assert!(
        checked.count(campspec::Severity::Error) == 0,
        "{}: {:#?}",
        path.display(),
        checked.findings
    );
    let templates = Templates::embedded().expect("templates");
    outputs(&checked, &templates, &OutputKind::ALL)
        .expect("renders")
        .into_iter()
        .map(|o| (o.file.to_owned(), o.bytes))
        .collect()
}

fn text_of<'a>(outputs: &'a [(String, Vec<u8>)], file: &str) -> &'a str {
    let bytes = &outputs
        .iter()
        .find(|(name, _)| name == file)
        .unwrap_or_else(|| panic!("no {file}"))
        .1;
    std::str::from_utf8(bytes).expect("utf-8")
}

#[test]
fn every_plan_builds_every_output_and_the_same_bytes_twice() {
    for plan in PLANS {
        let first = build(&spec(plan));
        let names: Vec<&str> = first.iter().map(|(n, _)| n.as_str()).collect();
        let mut expected = vec!["plan.md", "plan.html", "rules.json", "calendar.ics"];
        if plan.starts_with("spring") {
            expected.extend(["review.md", "review.html"]);
        }
        assert_eq!(names, expected, "{plan}");
        for (name, bytes) in &first {
            assert!(!bytes.is_empty(), "{plan}: {name} is empty");
        }
        assert_eq!(first, build(&spec(plan)), "{plan}: a rebuild differs");
    }
}

#[test]
fn golden_markdown() {
    for (plan, snapshot) in [
        (PLANS[0], "plan_md_cny"),
        (PLANS[1], "plan_md_double11"),
        (PLANS[2], "plan_md_spring"),
    ] {
        let built = build(&spec(plan));
        insta::assert_snapshot!(snapshot, text_of(&built, "plan.md"));
    }
    let built = build(&spec(PLANS[2]));
    insta::assert_snapshot!("review_md_spring", text_of(&built, "review.md"));
}

#[test]
fn documents_say_what_the_plan_says_in_its_language() {
    let cny = build(&spec(PLANS[0]));
    let md = text_of(&cny, "plan.md");
    for expected in [
        "满299元享9.1折，满599元享8.5折，满999元享7.8折",
        "每日10:00、14:00、20:00开抢，每场5款，秒杀价5折",
        "2027年1月16日至2月6日",
        "¥1,500万",
        "| 最大优惠深度 | **67.50%** |",
        "| 发生时的订单原价 | ¥923.08 |",
        "会员专享价、老客回归券和礼品券",
        "```mermaid\ngantt",
    ] {
        assert!(md.contains(expected), "cny plan.md lacks {expected:?}");
    }
    let spring = build(&spec(PLANS[2]));
    let md = text_of(&spring, "plan.md");
    for expected in [
        "Spend $100, get $15 off; Spend $200, get $40 off",
        "Mar 9 – 22, 2026",
        "$10 off orders of $50 or more",
        "15% off orders of $60 or more, up to $30 off",
        "| At an order value of | $62.50 |",
    ] {
        assert!(md.contains(expected), "spring plan.md lacks {expected:?}");
    }
    let review = text_of(&spring, "review.md");
    assert!(
        review.contains("3 of 5 goals met; Online revenue 104.7% of target"),
        "{review}"
    );
    assert!(review.contains("| Early access | $552,000 | $512,000 | 92.8% | missed |"));
}

/// Appends `hostile` to every user-written string of the plan (keeping what the text
/// must say, so the plan still checks without errors).
fn poison(value: &mut Value, hostile: &str, key: Option<&str>) {
    const TEXT_KEYS: [&str; 24] = [
        "name",
        "summary",
        "duties",
        "focus",
        "terms",
        "gift",
        "entry",
        "free_entry",
        "reward",
        "earn",
        "text",
        "opt_out",
        "risk",
        "prevention",
        "response",
        "item",
        "reason",
        "approved_by",
        "scope",
        "pieces",
        "reward_referrer",
        "reward_invitee",
        "evidence",
        "audience",
    ];
    match value {
        Value::String(s) if key.is_some_and(|k| TEXT_KEYS.contains(&k)) => {
            s.push(' ');
            s.push_str(hostile);
        }
        Value::Array(items) => {
            for item in items {
                poison(item, hostile, key);
            }
        }
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                poison(v, hostile, Some(k.as_str()));
            }
        }
        _ => {}
    }
}

const HOSTILE: &str = r#"<script>alert("x")</script> <img src=x onerror=alert(1)> 'q' "dq" {{ 7*7 }} {% if true %}T{% endif %} | *b* _i_ [l](javascript:alert(1)) `c` & &amp; # -"#;

/// Table rows keep their columns: unescaped pipes per row equal the header's.
fn tables_keep_their_columns(md: &str) {
    let pipes = |line: &str| {
        let mut n = 0;
        let mut escaped = false;
        for c in line.chars() {
            match (c, escaped) {
                ('\\', false) => escaped = true,
                ('|', false) => n += 1,
                _ => escaped = false,
            }
            if c != '\\' {
                escaped = false;
            }
        }
        n
    };
    let mut header = None;
    for line in md.lines() {
        if line.starts_with('|') {
            let n = pipes(line);
            match header {
                None => header = Some(n),
                Some(h) => assert_eq!(n, h, "a table row lost its columns: {line}"),
            }
        } else {
            header = None;
        }
    }
}

#[test]
fn hostile_strings_in_every_user_field_are_escaped_in_every_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    for plan in PLANS {
        let text = std::fs::read_to_string(spec(plan)).expect("spec");
        let loaded = campspec::source::yaml::load(&text, Default::default());
        let mut value = loaded.doc.to_value();
        poison(&mut value, HOSTILE, None);
        // JSON is YAML: the poisoned plan is written as JSON.
        let path = dir.path().join(plan);
        std::fs::write(&path, serde_json::to_string_pretty(&value).expect("json")).expect("write");
        let built = build(&path);

        let md = text_of(&built, "plan.md");
        assert!(!md.contains("<script"), "{plan}: raw <script> in plan.md");
        assert!(!md.contains("<img"), "{plan}: raw <img> in plan.md");
        assert!(
            md.contains("&lt;script&gt;"),
            "{plan}: the text is gone from plan.md"
        );
        assert!(
            md.contains(r"\{\{ 7\*7 \}\}"),
            "{plan}: template syntax not shown as text"
        );
        // Outside the Mermaid block (code, not Markdown), no link survives.
        let prose: String = md
            .split("```")
            .enumerate()
            .filter(|(i, _)| i % 2 == 0)
            .map(|(_, part)| part)
            .collect();
        assert!(
            prose
                .match_indices("](javascript")
                .all(|(i, _)| prose[..i].ends_with('\\')),
            "{plan}: a live link in plan.md"
        );
        let fence = md.split("```").nth(1).unwrap_or_default();
        assert!(
            !fence.contains('<') && !fence.contains('`'),
            "{plan}: {fence}"
        );
        tables_keep_their_columns(md);

        let html = text_of(&built, "plan.html");
        assert!(
            !html.contains("<script"),
            "{plan}: raw <script> in plan.html"
        );
        assert!(!html.contains("<img"), "{plan}: raw <img> in plan.html");
        assert!(
            html.contains("&lt;script&gt;"),
            "{plan}: the text is gone from plan.html"
        );
        assert!(
            html.contains("{{ 7*7 }}"),
            "{plan}: template syntax evaluated in plan.html"
        );
        assert!(
            !html.contains("href=\"javascript"),
            "{plan}: a live link in plan.html"
        );
        assert!(!html.contains("TT"), "{plan}: a template tag ran");

        let json: Value = serde_json::from_slice(
            &built
                .iter()
                .find(|(n, _)| n == "rules.json")
                .expect("rules.json")
                .1,
        )
        .expect("rules.json parses");
        let name = json.pointer("/plan/name").or_else(|| json.pointer("/name"));
        let name = name.and_then(Value::as_str).unwrap_or_default();
        assert!(
            name.ends_with(HOSTILE),
            "{plan}: rules.json name is {name:?}"
        );

        let ics = text_of(&built, "calendar.ics");
        let calendar: icalendar::Calendar = ics.parse().expect("calendar parses");
        let summaries: Vec<String> = calendar
            .components
            .iter()
            .filter_map(|c| c.as_event())
            .filter_map(|e| icalendar::Component::get_summary(e).map(str::to_owned))
            .collect();
        assert!(
            summaries.iter().any(|s| s.contains("<script>alert(")),
            "{plan}: {summaries:?}"
        );

        if plan.starts_with("spring") {
            let review = text_of(&built, "review.md");
            assert!(!review.contains("<script"));
            tables_keep_their_columns(review);
            let review_html = text_of(&built, "review.html");
            assert!(!review_html.contains("<script"));
        }
    }
}

#[test]
fn the_calendar_parses_back_with_stable_uids() {
    use icalendar::Component;
    let built = build(&spec(PLANS[0]));
    let ics = text_of(&built, "calendar.ics");
    assert!(
        ics.lines().all(|l| l.len() <= 76),
        "lines fold at 75 octets"
    );
    assert!(ics.contains("\r\n"), "CRLF line ends");
    let calendar: icalendar::Calendar = ics.parse().expect("RFC 5545");
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .collect();
    // Four phases and five material deadlines.
    assert_eq!(events.len(), 9);
    let uids: Vec<&str> = events.iter().filter_map(|e| e.get_uid()).collect();
    assert_eq!(uids.len(), 9);
    assert!(uids.contains(&"cny-2027.phase.burst@campspec"));
    assert!(uids.contains(&"cny-2027.material.posters@campspec"));
    let burst = events
        .iter()
        .find(|e| e.get_uid() == Some("cny-2027.phase.burst@campspec"))
        .expect("burst");
    assert_eq!(
        burst.get_summary(),
        Some("欢乐中国年·品质心生活 新年促销 · 爆发期")
    );
    // All-day, end exclusive: Jan 16 to Jan 28 ends on Jan 29.
    assert!(ics.contains("DTSTART;VALUE=DATE:20270116\r\nDTEND;VALUE=DATE:20270129\r\n"));
}

#[test]
fn build_writes_every_plan_and_rebuilds_identically() {
    let out = tempfile::tempdir().expect("tempdir");
    let run = || {
        campspec()
            .args(["build", "specs/", "--out"])
            .arg(out.path())
            .output()
            .expect("run")
    };
    let first = run();
    assert_eq!(first.status.code(), Some(0), "{first:?}");
    let read_all = || {
        let mut files = Vec::new();
        for plan in ["cny-2027", "double11-2027", "spring-refresh-2026"] {
            for entry in std::fs::read_dir(out.path().join(plan)).expect("plan dir") {
                let path = entry.expect("entry").path();
                files.push((path.clone(), std::fs::read(&path).expect("read")));
            }
        }
        files.sort();
        files
    };
    let before = read_all();
    assert_eq!(before.len(), 4 + 4 + 6);
    let second = run();
    assert_eq!(second.status.code(), Some(0));
    assert_eq!(before, read_all(), "a rebuild changed bytes");
    let stdout = String::from_utf8_lossy(&first.stdout);
    assert!(
        stdout.contains("built specs/cny-2027.campaign.yaml"),
        "{stdout}"
    );
}

#[test]
fn only_picks_outputs_and_a_bad_name_exits_2() {
    let out = tempfile::tempdir().expect("tempdir");
    let output = campspec()
        .args([
            "build",
            "specs/cny-2027.campaign.yaml",
            "--only",
            "md,rules",
            "--out",
        ])
        .arg(out.path())
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0));
    let mut names: Vec<String> = std::fs::read_dir(out.path().join("cny-2027"))
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["plan.md", "rules.json"]);

    let output = campspec()
        .args(["build", "specs/", "--only", "pdf", "--out"])
        .arg(out.path())
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("`pdf` is not an output"));
}

#[test]
fn a_plan_with_errors_is_not_built_and_its_findings_are_shown() {
    let out = tempfile::tempdir().expect("tempdir");
    let output = campspec()
        .args([
            "build",
            "tests/cli/wording.campaign.yaml",
            "specs/double11-2027.campaign.yaml",
            "--out",
        ])
        .arg(out.path())
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("L005"), "findings shown: {stdout}");
    assert!(
        stdout.contains("not built: tests/cli/wording.campaign.yaml"),
        "{stdout}"
    );
    assert!(!out.path().join("wording-acceptance").exists());
    // The other plan is still built.
    assert!(out.path().join("double11-2027/plan.md").is_file());
}

#[test]
fn an_output_over_an_input_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan_dir = dir.path().join("cny-2027");
    std::fs::create_dir_all(&plan_dir).expect("mkdir");
    // The spec itself sits where its plan.md would be written.
    let input = plan_dir.join("plan.md");
    let original = std::fs::read(spec(PLANS[0])).expect("spec");
    std::fs::write(&input, &original).expect("write");
    let output = campspec()
        .args(["build"])
        .arg(&input)
        .args(["--out"])
        .arg(dir.path())
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("it is an input file"), "{stderr}");
    assert_eq!(
        std::fs::read(&input).expect("read"),
        original,
        "the input was overwritten"
    );
    // A plan's documents are replaced all together or not at all: none was written.
    let names: Vec<_> = std::fs::read_dir(&plan_dir)
        .expect("plan dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, ["plan.md"]);
}

#[test]
fn templates_can_be_overridden_and_their_errors_point_into_them() {
    let templates = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        templates.path().join("plan.md.j2"),
        "# {{ name }}\n\nOur house format. {{ stacking.exposure.depth }}\n",
    )
    .expect("write");
    let output = campspec()
        .args([
            "build",
            "specs/cny-2027.campaign.yaml",
            "--only",
            "md",
            "--templates",
        ])
        .arg(templates.path())
        .arg("--out")
        .arg(out.path())
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let md = std::fs::read_to_string(out.path().join("cny-2027/plan.md")).expect("plan.md");
    assert_eq!(
        md,
        "# 欢乐中国年·品质心生活 新年促销\n\nOur house format. 67.50%\n"
    );

    // A misspelt value is a diagnostic naming the template, line and value.
    std::fs::write(
        templates.path().join("plan.md.j2"),
        "# {{ name }}\n\n{{ stacking.exposure.dept }}\n",
    )
    .expect("write");
    let output = campspec()
        .args([
            "build",
            "specs/cny-2027.campaign.yaml",
            "--only",
            "md",
            "--templates",
        ])
        .arg(templates.path())
        .arg("--out")
        .arg(out.path())
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("plan.md.j2"), "{stdout}");
    assert!(stdout.contains("undefined"), "{stdout}");
    assert!(
        stdout.contains("3 │ {{ stacking.exposure.dept }}"),
        "{stdout}"
    );

    // A syntax error is found before anything is built.
    std::fs::write(templates.path().join("plan.md.j2"), "{% for x in %}\n").expect("write");
    let output = campspec()
        .args(["build", "specs/", "--templates"])
        .arg(templates.path())
        .arg("--out")
        .arg(out.path())
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stdout).contains("syntax error"));
}

#[test]
fn warnings_do_not_block_and_are_listed_in_the_plan() {
    let out = tempfile::tempdir().expect("tempdir");
    let output = campspec()
        .args([
            "build",
            "tests/cli/warning.campaign.yaml",
            "--only",
            "md",
            "--out",
        ])
        .arg(out.path())
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("warning"),
        "the warnings are shown: {stdout}"
    );
    let md = std::fs::read_to_string(out.path().join("spring-2027/plan.md")).expect("plan.md");
    assert!(md.contains("| 警告 | D004 phase-gap |"), "{md}");
}
