//! Hostile input through the real binary: empty, binary, badly encoded, deeply nested,
//! huge and self-referencing files, unreadable paths and unwritable outputs. Each case
//! must end without a panic, with a located message, the documented exit code, and the
//! other files of the same run still checked (or, for `build`, nothing half-written).

mod common;
use assert_cmd::Command;
use common::campspec;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The plan every case is checked together with; it checks clean.
const GOOD: &str = "specs/cny-2027.campaign.yaml";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// What one run of the binary gave.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let output = cmd.output().expect("run campspec");
    let run = Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "campspec panicked:\n{}",
        run.stderr
    );
    run
}

/// `campspec check --format json PATHS... GOOD`: the report and the exit code, after
/// checking that the human format shows the same run without a panic.
fn check_with_good(paths: &[&Path], extra: &[&str]) -> (Value, i32) {
    // A hostile file must not hang the run: each run is stopped (and the test fails)
    // after a minute.
    let limit = std::time::Duration::from_secs(60);
    let human = run(campspec()
        .arg("check")
        .args(paths)
        .arg(GOOD)
        .args(extra)
        .timeout(limit));
    let json = run(campspec()
        .args(["check", "--format", "json"])
        .args(paths)
        .arg(GOOD)
        .args(extra)
        .timeout(limit));
    assert_eq!(human.code, json.code, "human and json exit codes differ");
    let report: Value = serde_json::from_str(&json.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", json.stdout, json.stderr));
    let good = file(&report, GOOD);
    assert_eq!(good["findings"], Value::Array(Vec::new()), "{good:#}");
    assert!(good.get("failure").is_none(), "{good:#}");
    (report, json.code)
}

/// The report of the file whose path ends with `path`.
fn file<'a>(report: &'a Value, path: &str) -> &'a Value {
    report["files"]
        .as_array()
        .expect("files")
        .iter()
        .find(|f| f["path"].as_str().is_some_and(|p| p.ends_with(path)))
        .unwrap_or_else(|| panic!("no report for {path}: {report:#}"))
}

fn findings(report: &Value, path: &str) -> Vec<Value> {
    file(report, path)["findings"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The one finding of `code`.
fn one(findings: &[Value], code: &str) -> Value {
    let found: Vec<&Value> = findings.iter().filter(|f| f["code"] == code).collect();
    assert_eq!(found.len(), 1, "expected one {code}: {findings:#?}");
    found[0].clone()
}

fn codes(findings: &[Value]) -> Vec<&str> {
    findings.iter().filter_map(|f| f["code"].as_str()).collect()
}

fn number(value: &Value, key: &str) -> usize {
    value[key]
        .as_u64()
        .unwrap_or_else(|| panic!("no {key} in {value:#}")) as usize
}

/// The byte offset of a 1-based line and character column.
fn offset(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .sum();
    let start = if line == 1 && text.starts_with('\u{feff}') {
        start + 3
    } else {
        start
    };
    start
        + text[start..]
            .char_indices()
            .nth(column - 1)
            .map_or(text.len() - start, |(i, _)| i)
}

/// The characters a finding underlines.
fn underlined<'a>(text: &'a str, finding: &Value) -> &'a str {
    let start = offset(text, number(finding, "line"), number(finding, "column"));
    let end = offset(
        text,
        number(finding, "end_line"),
        number(finding, "end_column"),
    );
    &text[start..end]
}

/// The good plan's text under its own plan id (`cny-2027-variant`): hostile variants
/// are checked beside the good plan, and one run may not hold two plans of one id (R006).
fn good_text() -> String {
    std::fs::read_to_string(root().join(GOOD))
        .expect("read the good plan")
        .replacen("\nid: cny-2027\n", "\nid: cny-2027-variant\n", 1)
}

/// The good plan with `from` replaced by `to` (which must be there).
fn variant(from: &str, to: &str) -> String {
    let text = good_text();
    assert!(text.contains(from), "the good plan no longer has {from:?}");
    text.replacen(from, to, 1)
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

/// Writes `text` as `name` in a fresh directory, checks it beside the good plan, and
/// returns its findings and the exit code.
fn check_one(name: &str, text: &str) -> (Vec<Value>, i32) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), name, text);
    let (report, code) = check_with_good(&[&path], &[]);
    (findings(&report, name), code)
}

fn fixture(name: &str) -> PathBuf {
    root().join("tests/hostile").join(name)
}

#[test]
fn an_empty_file_holds_no_campaign() {
    let path = fixture("empty.campaign.yaml");
    let (report, code) = check_with_good(&[&path], &[]);
    assert_eq!(code, 1);
    let found = findings(&report, "empty.campaign.yaml");
    let f = one(&found, "Y009");
    assert_eq!((number(&f, "line"), number(&f, "column")), (1, 1));
    assert!(f["message"].as_str().unwrap().contains("empty"), "{f:#}");
    assert_eq!(codes(&found), ["Y009"]);
}

#[test]
fn a_file_of_only_comments_holds_no_campaign() {
    let path = fixture("comments.campaign.yaml");
    let (report, code) = check_with_good(&[&path], &[]);
    assert_eq!(code, 1);
    let found = findings(&report, "comments.campaign.yaml");
    assert_eq!(codes(&found), ["Y009"]);
    assert!(
        found[0]["message"]
            .as_str()
            .unwrap()
            .contains("only comments")
    );
}

#[test]
fn binary_junk_is_refused_at_its_first_bad_byte() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A PNG-like header: valid ASCII, then a byte that is never UTF-8.
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend((0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    let path = write(dir.path(), "junk.campaign.yaml", &bytes);
    let (report, code) = check_with_good(&[&path], &[]);
    assert_eq!(code, 1);
    let found = findings(&report, "junk.campaign.yaml");
    let f = one(&found, "Y011");
    let message = f["message"].as_str().unwrap();
    assert!(
        message.contains("byte 0x89 at offset 0 (line 1, column 1)"),
        "{message}"
    );

    // Control characters that are valid UTF-8 are a YAML error, located.
    let path = write(
        dir.path(),
        "controls.campaign.yaml",
        b"campspec: 1\nid: x\x00\x01\n",
    );
    let (report, code) = check_with_good(&[&path], &[]);
    assert_eq!(code, 1);
    let f = one(&findings(&report, "controls.campaign.yaml"), "Y001");
    assert_eq!((number(&f, "line"), number(&f, "column")), (2, 6));
    assert!(f["message"].as_str().unwrap().contains("unprintable"));
}

#[test]
fn invalid_utf8_gives_its_byte_offset_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    // `名` is three bytes: the bad byte 0xB5 (GBK) is at byte 29, column 8 of line 3.
    let mut bytes = b"campspec: 1\nid: gbk\nname: \xe5\x90\x8d".to_vec();
    bytes.extend(b"\xb5\xea\n");
    let path = write(dir.path(), "gbk.campaign.yaml", &bytes);
    let (report, code) = check_with_good(&[&path], &[]);
    assert_eq!(code, 1);
    let f = one(&findings(&report, "gbk.campaign.yaml"), "Y011");
    let message = f["message"].as_str().unwrap();
    assert!(
        message.contains("byte 0xB5 at offset 29 (line 3, column 8)"),
        "{message}"
    );
    assert_eq!((number(&f, "line"), number(&f, "column")), (3, 8));
    assert!(f["help"].as_str().unwrap().contains("UTF-8"));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(
        dir.path(),
        "bom.campaign.yaml",
        format!("\u{feff}{}", good_text()),
    );
    let (report, code) = check_with_good(&[&path], &[]);
    assert_eq!(code, 0);
    assert_eq!(findings(&report, "bom.campaign.yaml"), Vec::<Value>::new());

    // A finding on the first line does not count the mark as a column.
    let path = write(dir.path(), "bom-id.campaign.yaml", "\u{feff}id: Bad Id\n");
    let (report, _) = check_with_good(&[&path], &[]);
    let f = one(&findings(&report, "bom-id.campaign.yaml"), "S004");
    assert_eq!((number(&f, "line"), number(&f, "column")), (1, 5));
}

#[test]
fn crlf_line_endings_give_the_same_places_as_lf() {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in ["planted", "wording"] {
        let lf = std::fs::read_to_string(root().join(format!("tests/cli/{name}.campaign.yaml")))
            .expect("read");
        // Under its own plan id: one run may not hold two plans of one id (R006).
        let crlf = lf
            .replacen("\nid: ", "\nid: crlf-", 1)
            .replace('\n', "\r\n");
        let lf_path = write(dir.path(), &format!("{name}-lf.campaign.yaml"), &lf);
        let crlf_path = write(dir.path(), &format!("{name}-crlf.campaign.yaml"), &crlf);
        let (report, code) = check_with_good(&[&lf_path, &crlf_path], &[]);
        assert_eq!(code, 1);
        let places = |path: &str| -> Vec<(String, usize, usize, usize, usize)> {
            findings(&report, path)
                .iter()
                .map(|f| {
                    (
                        f["code"].as_str().unwrap().to_owned(),
                        number(f, "line"),
                        number(f, "column"),
                        number(f, "end_line"),
                        number(f, "end_column"),
                    )
                })
                .collect()
        };
        let lf_places = places(&format!("{name}-lf.campaign.yaml"));
        assert!(!lf_places.is_empty());
        assert_eq!(lf_places, places(&format!("{name}-crlf.campaign.yaml")));
        // And they underline the same characters.
        for (a, b) in findings(&report, &format!("{name}-lf.campaign.yaml"))
            .iter()
            .zip(findings(&report, &format!("{name}-crlf.campaign.yaml")).iter())
        {
            assert_eq!(
                underlined(&lf, a).replace('\n', ""),
                underlined(&crlf, b).replace("\r\n", "")
            );
        }
    }
}

#[test]
fn tabs_for_indentation_are_a_yaml_error_at_the_tab() {
    for (name, line) in [
        ("tab-indent.campaign.yaml", 5),
        ("tab-after-line.campaign.yaml", 6),
    ] {
        let path = fixture(name);
        let (report, code) = check_with_good(&[&path], &[]);
        assert_eq!(code, 1, "{name}");
        let f = one(&findings(&report, name), "Y001");
        assert_eq!(
            (number(&f, "line"), number(&f, "column")),
            (line, 1),
            "{name}: {f:#}"
        );
        let help = f["help"].as_str().unwrap();
        assert!(help.contains("tabs for indentation"), "{name}: {help}");
    }
    let human = run(campspec().args(["check", "tests/hostile/tab-indent.campaign.yaml"]));
    assert!(
        human
            .stdout
            .contains("tests/hostile/tab-indent.campaign.yaml:5:1]"),
        "{}",
        human.stdout
    );
}

#[test]
fn deep_nesting_is_refused_without_overflow() {
    let dir = tempfile::tempdir().expect("tempdir");
    let flow = format!(
        "campspec: 1\nid: deep\nname: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let flow_maps = format!("campspec: 1\nid: deep\nname: {}x\n", "{a: ".repeat(100_000));
    let block = format!("campspec: 1\nid: deep\nname:\n{}x\n", "- ".repeat(100_000));
    let cases = [
        ("flow.campaign.yaml", flow, 3),
        ("flow-maps.campaign.yaml", flow_maps, 3),
        ("block.campaign.yaml", block, 4),
    ];
    for (name, text, line) in &cases {
        let path = write(dir.path(), name, text);
        let (report, code) = check_with_good(&[&path], &[]);
        assert_eq!(code, 1, "{name}");
        let found = findings(&report, name);
        let f = one(&found, "Y004");
        assert_eq!(codes(&found), ["Y004"], "{name}");
        assert_eq!(number(&f, "line"), *line, "{name}");
        assert!(
            f["message"]
                .as_str()
                .unwrap()
                .contains("nests deeper than 64 levels"),
            "{name}: {f:#}"
        );
    }
}

#[test]
fn an_alias_bomb_is_stopped_at_the_alias_that_breaks_the_budget() {
    let path = fixture("alias-bomb.campaign.yaml");
    let text = std::fs::read_to_string(&path).expect("read");
    let (report, code) = check_with_good(&[&path], &[]);
    assert_eq!(code, 1);
    let found = findings(&report, "alias-bomb.campaign.yaml");
    assert_eq!(codes(&found), ["Y005"]);
    let f = &found[0];
    assert!(underlined(&text, f).starts_with("*a"), "{f:#}");
    assert!(f["message"].as_str().unwrap().contains("alias bomb"));
}

#[test]
fn a_100_mb_file_is_refused_above_the_size_limit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.campaign.yaml");
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(100 * 1024 * 1024).expect("sparse 100 MB");
    drop(file);
    let (report, code) = check_with_good(&[&path], &[]);
    assert_eq!(code, 1);
    let found = findings(&report, "huge.campaign.yaml");
    assert_eq!(codes(&found), ["Y010"]);
    let f = &found[0];
    assert_eq!((number(f, "line"), number(f, "column")), (1, 1));
    assert_eq!(
        f["message"],
        "the file is 104857600 bytes, larger than the limit of 33554432 bytes"
    );
    let help = f["help"].as_str().unwrap();
    assert!(
        help.contains("max_file_size") && help.contains("--max-file-size"),
        "{help}"
    );
}

#[test]
fn the_size_limit_is_raised_by_the_flag_and_by_campspec_toml() {
    let dir = tempfile::tempdir().expect("tempdir");
    // One byte over the default limit of 32 MiB; sparse, so only its start is text.
    let path = dir.path().join("big.campaign.yaml");
    std::fs::write(&path, "campspec: 1\n").expect("write");
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .expect("open");
    file.set_len(32 * 1024 * 1024 + 1).expect("grow");
    drop(file);
    let good = root().join(GOOD);
    let codes_of = |cwd: &Path, extra: &[&str]| -> Vec<String> {
        let out = run(campspec()
            .current_dir(cwd)
            .args(["check", "--format", "json"])
            .arg(&path)
            .arg(&good)
            .args(extra));
        let report: Value = serde_json::from_str(&out.stdout).expect("json");
        assert_eq!(findings(&report, GOOD), Vec::<Value>::new());
        codes(&findings(&report, "big.campaign.yaml"))
            .into_iter()
            .map(str::to_owned)
            .collect()
    };

    assert_eq!(codes_of(root(), &["--no-config"]), ["Y010"]);
    // Read once the limit is raised: the NUL bytes after the first line are the problem.
    assert_eq!(codes_of(root(), &["--max-file-size", "64MiB"]), ["Y001"]);
    std::fs::write(
        dir.path().join("campspec.toml"),
        "[limits]\nmax_file_size = \"64MiB\"\n",
    )
    .expect("write settings");
    assert_eq!(codes_of(dir.path(), &[]), ["Y001"]);
    // A lower limit in campspec.toml refuses the good plan too; the flag overrides it.
    std::fs::write(
        dir.path().join("campspec.toml"),
        "[limits]\nmax_file_size = \"1KiB\"\n",
    )
    .expect("write settings");
    let out = run(campspec()
        .current_dir(dir.path())
        .args(["check", "--format", "concise"])
        .arg(&good));
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("larger than the limit of 1024 bytes"),
        "{}",
        out.stdout
    );
    let out = run(campspec()
        .current_dir(dir.path())
        .arg("check")
        .arg(&good)
        .args(["--max-file-size", "1MiB"]));
    assert_eq!(out.code, 0, "{}", out.stdout);
}

#[test]
fn a_100k_character_line_is_underlined_exactly_and_quickly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let hero = "text: 欢乐中国年，满299享91折，满999享78折！活动时间2027年1月16日至2月6日。";
    let long = format!("{hero}{}全网最低价", "新年快乐".repeat(25_000));
    let text = variant(hero, &long);
    let path = write(dir.path(), "long.campaign.yaml", &text);
    let (report, code) = check_with_good(&[&path], &[]);
    assert_eq!(code, 1);
    let found = findings(&report, "long.campaign.yaml");
    let f = one(&found, "W001");
    assert_eq!(underlined(&text, &f), "全网最低价");
    assert_eq!(number(&f, "line"), number(&f, "end_line"));
    assert!(number(&f, "column") > 100_000);

    // The human report shows a window of the line with the underline under the claim.
    let human = run(campspec().arg("check").arg(&path));
    let lines: Vec<&str> = human.stdout.lines().collect();
    let shown = lines
        .iter()
        .position(|l| l.ends_with("全网最低价"))
        .unwrap_or_else(|| panic!("{}", human.stdout));
    assert!(lines[shown].chars().count() < 200, "{}", lines[shown]);
    assert!(lines[shown + 1].trim_end().ends_with("──────────"));
    assert!(human.stdout.contains(&format!(
        "long.campaign.yaml:{}:{}]",
        number(&f, "line"),
        number(&f, "column")
    )));
    for format in ["concise", "sarif", "github", "junit"] {
        run(campspec().args(["check", "--format", format]).arg(&path));
    }
}

#[test]
fn long_lines_with_far_apart_labels_render_without_a_panic() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A duplicate key 200,000 characters after the first one, on the same line, and a
    // 100,000-character id (one label as wide as the line).
    let window = "window:\n  start: 2027-01-01\n  end: 2027-02-15\n";
    let far = format!(
        "window: {{start: 2027-01-01,{} start: 2027-01-02, end: 2027-02-15}}\n",
        " ".repeat(200_000)
    );
    let cases = [
        ("far.campaign.yaml", variant(window, &far)),
        (
            "wide.campaign.yaml",
            variant(
                "id: cny-2027-variant\n",
                &format!("id: {}\n", "Ab".repeat(50_000)),
            ),
        ),
    ];
    let mut reports = Vec::new();
    for (name, text) in &cases {
        let path = write(dir.path(), name, text);
        let (report, code) = check_with_good(&[&path], &[]);
        assert_eq!(code, 1, "{name}");
        reports.push(report);
    }
    let f = one(&findings(&reports[0], "far.campaign.yaml"), "Y002");
    assert_eq!(underlined(&cases[0].1, &f), "start");
    assert!(number(&f, "column") > 200_000);
    let human = run(campspec()
        .arg("check")
        .arg(dir.path().join("far.campaign.yaml")));
    assert!(
        human.stdout.contains("first written here"),
        "{}",
        human.stdout
    );
    assert!(
        human.stdout.contains(&format!(
            "far.campaign.yaml:{}:{}]",
            number(&f, "line"),
            number(&f, "column")
        )),
        "{}",
        human.stdout
    );
    assert!(human.stdout.lines().all(|l| l.chars().count() < 300));
    // The id's message quotes its start, not 100,000 characters.
    let f = one(&findings(&reports[1], "wide.campaign.yaml"), "S004");
    assert!(f["message"].as_str().unwrap().len() < 300, "{f:#}");
}

#[test]
fn duplicate_keys_point_at_both_and_keep_the_first() {
    let text = variant(
        "owner: marketing\nlocale",
        "owner: marketing\nowner: ops\nlocale",
    );
    let (found, code) = check_one("dup.campaign.yaml", &text);
    assert_eq!(code, 1);
    assert_eq!(codes(&found), ["Y002"]);
    let f = &found[0];
    assert_eq!((number(f, "line"), number(f, "column")), (12, 1));
    assert_eq!(underlined(&text, f), "owner");
    assert_eq!(
        (
            number(&f["related"][0], "line"),
            number(&f["related"][0], "column")
        ),
        (11, 1)
    );
}

#[test]
fn yaml_1_1_boolean_keys_are_linted_where_they_are_ids() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = good_text()
        .replacen("  - id: gmv\n", "  - id: yes\n", 1)
        .replace("{ gmv: ", "{ yes: ");
    assert_ne!(text, good_text());
    let path = write(dir.path(), "yes.campaign.yaml", &text);
    let (report, code) = check_with_good(&[&path], &[]);
    assert_eq!(code, 0, "only warnings");
    let found = findings(&report, "yes.campaign.yaml");
    assert!(found.len() >= 2);
    for f in &found {
        assert_eq!(f["code"], "Y008");
        assert_eq!(f["severity"], "warning");
        assert_eq!(underlined(&text, f), "yes");
        assert!(f["help"].as_str().unwrap().contains("\"yes\""));
    }
    // `on:` where the format has no such key is an unknown key, shown once.
    let text = variant("owner: marketing\n", "owner: marketing\non: true\n");
    let path = write(dir.path(), "on.campaign.yaml", &text);
    let (report, code) = check_with_good(&[&path], &[]);
    assert_eq!(code, 1);
    let found = findings(&report, "on.campaign.yaml");
    assert_eq!(codes(&found), ["S001"]);
    assert_eq!(underlined(&text, &found[0]), "on");
}

#[test]
fn numbers_beyond_every_range_are_refused_exactly() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, total, code) in [
        ("plain", "99999999999999999999999999999999", "Y007"),
        ("quoted", "\"99999999999999999999999999999999\"", "S004"),
        ("wan", "99999999999999999999999999999999万", "S004"),
        ("fraction", "9999999999999999999999999999.99", "Y007"),
        ("exponent", "1e400", "Y007"),
        ("u64", "18446744073709551616", "Y007"),
    ] {
        let text = variant("  total: 1500万", &format!("  total: {total}"));
        let file_name = format!("{name}.campaign.yaml");
        let path = write(dir.path(), &file_name, &text);
        let (report, exit) = check_with_good(&[&path], &[]);
        assert_eq!(exit, 1, "{name}");
        let found = findings(&report, &file_name);
        assert_eq!(codes(&found), [code], "{name}: {found:#?}");
        assert_eq!(underlined(&text, &found[0]), total, "{name}");
        assert_eq!(found[0]["pointer"], "/budget/total");
    }
}

#[test]
fn amounts_too_large_to_add_up_are_refused_instead_of_overflowing() {
    let max = "79228162514264337593543950335";
    let text = variant("  total: 1500万", &format!("  total: \"{max}\""));
    // Two budget lines at the largest amount too (the lines as the bundled plan has them).
    for line in ["amount: 350万", "amount: 320万"] {
        assert!(text.contains(line), "the good plan no longer has {line:?}");
    }
    let text = text
        .replacen("amount: 350万", &format!("amount: \"{max}\""), 1)
        .replacen("amount: 320万", &format!("amount: \"{max}\""), 1);
    let (found, code) = check_one("max.campaign.yaml", &text);
    assert_eq!(code, 1);
    assert_eq!(codes(&found), ["S004", "S004", "S004"], "{found:#?}");
    for f in &found {
        assert_eq!(underlined(&text, f), format!("\"{max}\""));
        assert!(
            f["message"].as_str().unwrap().contains("too large"),
            "{f:#}"
        );
    }
}

#[test]
fn percentages_too_large_to_multiply_are_refused_instead_of_overflowing() {
    let huge = "148033544346579490347335897%";
    let text = variant("  reserve: 5%", &format!("  reserve: {huge}"));
    let (found, code) = check_one("reserve.campaign.yaml", &text);
    assert_eq!(code, 1);
    assert_eq!(codes(&found), ["S004"], "{found:#?}");
    assert_eq!(underlined(&text, &found[0]), huge);
    assert_eq!(
        found[0]["message"],
        format!("`budget.reserve`: `{huge}` is too large for a percentage")
    );
}

/// Panics found by `tests/never_panics.rs` in the rules, kept as regressions.
#[test]
fn a_zero_max_gift_cost_does_not_panic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = variant("  max_gift_cost: 8%", "  max_gift_cost: 0%");
    let path = write(dir.path(), "gift.campaign.yaml", &text);
    let (report, code) = check_with_good(&[&path], &[]);
    assert_eq!(code, 1);
    assert!(codes(&findings(&report, "gift.campaign.yaml")).contains(&"P007"));
}

#[test]
fn a_huge_early_access_period_does_not_panic() {
    let text = good_text();
    let at = text.find("early_access_days: ").expect("early_access_days");
    let end = at + text[at..].find('\n').expect("line end");
    let text = format!(
        "{}early_access_days: 999999999999999{}",
        &text[..at],
        &text[end..]
    );
    let (found, code) = check_one("early.campaign.yaml", &text);
    assert_eq!(code, 1);
    let early = one(&found, "P005");
    assert_eq!(
        early["pointer"], "/promotions/2/early_access_days",
        "{early:#}"
    );
}

#[test]
fn impossible_dates_are_refused_with_the_reason() {
    let text = variant(
        "window:\n  start: 2027-01-01\n  end: 2027-02-15",
        "window:\n  start: 2027-02-30\n  end: 2027-13-01",
    );
    let (found, code) = check_one("dates.campaign.yaml", &text);
    assert_eq!(code, 1);
    let invalid: Vec<&Value> = found.iter().filter(|f| f["code"] == "S004").collect();
    assert_eq!(invalid.len(), 2, "{found:#?}");
    assert_eq!(underlined(&text, invalid[0]), "2027-02-30");
    assert!(
        invalid[0]["message"]
            .as_str()
            .unwrap()
            .contains("February 2027 has 28 days")
    );
    assert_eq!(
        (number(invalid[0], "line"), number(invalid[0], "column")),
        (17, 10)
    );
    assert_eq!(underlined(&text, invalid[1]), "2027-13-01");
    assert!(
        invalid[1]["message"]
            .as_str()
            .unwrap()
            .contains("no month 13")
    );
}

#[test]
fn a_directory_with_symlink_loops_is_searched_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plans = dir.path().join("plans");
    std::fs::create_dir_all(plans.join("sub")).expect("mkdir");
    std::fs::copy(root().join(GOOD), plans.join("sub/a.campaign.yaml")).expect("copy");
    std::fs::write(plans.join("b.campaign.yaml"), "campspec: 1\nid: [\n").expect("write");
    std::os::unix::fs::symlink("..", plans.join("sub/up")).expect("symlink");
    std::os::unix::fs::symlink(&plans, plans.join("sub/again")).expect("symlink");
    std::os::unix::fs::symlink("self", plans.join("self")).expect("symlink");
    std::os::unix::fs::symlink("loop-b", plans.join("loop-a")).expect("symlink");
    std::os::unix::fs::symlink("loop-a", plans.join("loop-b")).expect("symlink");
    std::os::unix::fs::symlink("self.campaign.yaml", plans.join("self.campaign.yaml"))
        .expect("symlink");

    let out = run(campspec()
        .args(["check", "--format", "json"])
        .arg(&plans)
        .timeout(std::time::Duration::from_secs(60)));
    let report: Value = serde_json::from_str(&out.stdout).expect("json");
    let paths: Vec<&str> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), 3, "{paths:#?}");
    assert_eq!(
        findings(&report, "sub/a.campaign.yaml"),
        Vec::<Value>::new()
    );
    assert_eq!(codes(&findings(&report, "plans/b.campaign.yaml")), ["Y001"]);
    let looped = file(&report, "self.campaign.yaml");
    assert!(
        looped["failure"].as_str().unwrap().contains("cannot read"),
        "{looped:#}"
    );
    assert_eq!(out.code, 2, "a file that cannot be read");
}

#[test]
fn a_fifo_in_a_directory_is_not_opened() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(root().join(GOOD), dir.path().join("a.campaign.yaml")).expect("copy");
    let fifo = dir.path().join("pipe.campaign.yaml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        println!("skipped: mkfifo is not available");
        return;
    }
    let out = run(campspec()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .timeout(std::time::Duration::from_secs(60)));
    let report: Value = serde_json::from_str(&out.stdout).expect("json (not a hang)");
    assert_eq!(findings(&report, "a.campaign.yaml"), Vec::<Value>::new());
    let pipe = file(&report, "pipe.campaign.yaml");
    assert!(
        pipe["failure"]
            .as_str()
            .unwrap()
            .contains("not a regular file"),
        "{pipe:#}"
    );
    assert_eq!(out.code, 2);
}

#[test]
fn an_unreadable_file_is_a_failure_and_the_rest_is_checked() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "locked.campaign.yaml", good_text());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let missing = dir.path().join("missing.campaign.yaml");
    let readable = std::fs::File::open(&path).is_ok();

    let out = run(campspec()
        .args(["check", "--format", "json"])
        .arg(&path)
        .arg(&missing)
        .arg(GOOD));
    let report: Value = serde_json::from_str(&out.stdout).expect("json");
    assert_eq!(findings(&report, GOOD), Vec::<Value>::new());
    let gone = file(&report, "missing.campaign.yaml");
    assert_eq!(
        gone["failure"],
        format!(
            "cannot read {}: no such file or directory",
            missing.display()
        )
    );
    assert_eq!(out.code, 2);
    if readable {
        println!("skipped the permission assertion: this user (root?) can read a chmod 000 file");
        assert_eq!(
            findings(&report, "locked.campaign.yaml"),
            Vec::<Value>::new()
        );
    } else {
        let locked = file(&report, "locked.campaign.yaml");
        assert_eq!(
            locked["failure"],
            format!("cannot read {}: permission denied", path.display())
        );
    }
    // The human format says so too.
    let human = run(campspec().arg("check").arg(&missing).arg(GOOD));
    assert_eq!(human.code, 2);
    assert!(human.stdout.contains("no such file or directory"));
    assert!(human.stdout.contains("1 file could not be read"));
}

/// Every file and directory under `dir`, relative to it.
fn tree(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&next) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            found.push(path.strip_prefix(dir).unwrap().display().to_string());
            if path.is_dir() && !path.is_symlink() {
                stack.push(path);
            }
        }
    }
    found.sort();
    found
}

#[test]
fn build_into_a_path_under_a_regular_file_fails_cleanly() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "not-a-dir", "x");
    let out = run(campspec()
        .arg("build")
        .arg(GOOD)
        .arg("--out")
        .arg(dir.path().join("not-a-dir/build")));
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("cannot create directory") && out.stderr.contains("not-a-dir"),
        "{}",
        out.stderr
    );
    assert_eq!(tree(dir.path()), ["not-a-dir"]);
}

#[test]
fn build_leaves_no_temporary_or_half_written_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_dir = dir.path().join("out");
    // A directory where rules.json goes: that file cannot be written.
    std::fs::create_dir_all(out_dir.join("cny-2027/rules.json")).expect("mkdir");
    let out = run(campspec()
        .args(["build", GOOD, "specs/double11-2027.campaign.yaml", "--out"])
        .arg(&out_dir));
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("cannot write") && out.stderr.contains("cny-2027/rules.json"),
        "{}",
        out.stderr
    );
    let files = tree(&out_dir);
    assert!(files.iter().all(|f| !f.ends_with(".tmp")), "{files:#?}");
    assert!(out_dir.join("cny-2027/rules.json").is_dir());
    // Every file that was written is whole: the same bytes as a clean build.
    let clean = tempfile::tempdir().expect("tempdir");
    run(campspec()
        .args(["build", GOOD, "specs/double11-2027.campaign.yaml", "--out"])
        .arg(clean.path()));
    for file in files.iter().filter(|f| out_dir.join(f).is_file()) {
        assert_eq!(
            std::fs::read(out_dir.join(file)).expect("read"),
            std::fs::read(clean.path().join(file)).expect("read clean"),
            "{file}"
        );
    }
    assert!(
        files.contains(&"double11-2027/plan.md".to_owned()),
        "{files:#?}"
    );
}

#[test]
fn build_into_a_directory_that_cannot_be_created_leaves_no_directories() {
    let dir = tempfile::tempdir().expect("tempdir");
    // `new` can be created, the name under it is too long for any file system.
    let out_dir = dir.path().join("new").join("x".repeat(300));
    let out = run(campspec().args(["build", GOOD, "--out"]).arg(&out_dir));
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("cannot create directory"),
        "{}",
        out.stderr
    );
    assert_eq!(tree(dir.path()), Vec::<String>::new());
}

#[test]
fn build_into_a_read_only_directory_fails_cleanly() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).expect("mkdir");
    std::fs::set_permissions(&out_dir, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let writable = std::fs::File::create(out_dir.join("probe")).is_ok();
    let _ = std::fs::remove_file(out_dir.join("probe"));
    if writable {
        println!("skipped: this user (root?) can write into a read-only directory");
    } else {
        let out = run(campspec().args(["build", GOOD, "--out"]).arg(&out_dir));
        assert_eq!(out.code, 2);
        assert!(
            out.stderr.contains("cannot create directory"),
            "{}",
            out.stderr
        );
        assert_eq!(tree(&out_dir), Vec::<String>::new());
    }
    // A place nobody can create directories in, for root as well.
    let proc_dir = Path::new("/proc/campspec-hostile-test");
    if Path::new("/proc/self").exists() {
        let out = run(campspec().args(["build", GOOD, "--out"]).arg(proc_dir));
        assert_eq!(out.code, 2);
        assert!(
            out.stderr
                .contains("cannot create directory `/proc/campspec-hostile-test"),
            "{}",
            out.stderr
        );
    }
    let _ = std::fs::set_permissions(&out_dir, std::fs::Permissions::from_mode(0o755));
}
