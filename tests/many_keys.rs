//! Mappings with tens of thousands of unknown or repeated keys, block or flow, at the top
//! level or inside a section: the first hundred unknown keys of a mapping are reported
//! one by one at their own line and column (the near miss among them still gets its
//! suggestion), the rest are counted in one finding at the first of them, every
//! repeated key is reported, and the run ends (a hang guard stops it otherwise) with
//! exit 1.

mod common;
use common::campspec;
use serde_json::Value;
use std::path::Path;
use std::time::Duration;

/// Unknown (or repeated) keys per plan.
const KEYS: usize = 50_000;

/// A run taking longer than this is taken as a hang: time that grows with the square of
/// the number of keys would pass it by far.
const HANG_GUARD: Duration = Duration::from_secs(120);

/// The bundled plan every case is built from; it checks clean.
fn good_text() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("specs/cny-2027.campaign.yaml"),
    )
    .expect("read the bundled plan")
}

const WINDOW: &str = "window:\n  start: 2027-01-01\n  end: 2027-02-15\n";

/// The findings and exit code of `check --format json` on `text`, and the file checked.
fn check(name: &str, text: &str) -> (Vec<Value>, i32) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write plan");
    let output = campspec()
        .args(["check", "--format", "json"])
        .arg(&path)
        .timeout(HANG_GUARD)
        .output()
        .expect("run campspec");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    let report: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}), stderr:\n{stderr}"));
    let findings = report["files"][0]["findings"]
        .as_array()
        .expect("findings")
        .clone();
    (findings, output.status.code().unwrap_or(-1))
}

fn with_code<'a>(findings: &'a [Value], code: &str) -> Vec<&'a Value> {
    findings.iter().filter(|f| f["code"] == code).collect()
}

/// The finding whose message is `message`.
fn about<'a>(findings: &'a [Value], message: &str) -> &'a Value {
    findings
        .iter()
        .find(|f| f["message"] == message)
        .unwrap_or_else(|| panic!("no finding `{message}`"))
}

/// 1-based line and character column of the first occurrence of `needle` in `text`.
fn place_of(text: &str, needle: &str) -> (u64, u64) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not in text"));
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line as u64, column as u64)
}

fn line_and_column(finding: &Value) -> (u64, u64) {
    (
        finding["line"].as_u64().expect("line"),
        finding["column"].as_u64().expect("column"),
    )
}

/// `zq0: 1`, `zq1: 1`, … as block lines with `indent`.
fn block_keys(indent: &str) -> String {
    (0..KEYS).map(|i| format!("{indent}zq{i}: 1\n")).collect()
}

/// Unknown keys of one mapping reported one by one (campspec's `LISTED_UNKNOWN_KEYS`).
const LISTED: usize = 100;

/// Asserts the unknown keys `zq0`… of the mapping at `place`, after `before` other
/// unknown keys of that mapping: the first of them are listed one by one, each located
/// at its key; the rest are counted in one finding at the first unlisted key, which is
/// returned.
fn assert_unknown_keys<'a>(
    findings: &'a [Value],
    text: &str,
    place: &str,
    before: usize,
) -> &'a Value {
    let listed = LISTED - before;
    let unknown = with_code(findings, "S001");
    let zq: Vec<_> = unknown
        .iter()
        .filter(|f| {
            f["message"]
                .as_str()
                .is_some_and(|m| m.starts_with("unknown key `zq"))
        })
        .collect();
    assert_eq!(zq.len(), listed, "the first {listed} are listed one by one");
    for i in [0, listed / 2, listed - 1] {
        let finding = about(findings, &format!("unknown key `zq{i}` in {place}"));
        let needle = format!("zq{i}:");
        assert_eq!(line_and_column(finding), place_of(text, &needle), "zq{i}");
        assert_eq!(
            finding["end_column"],
            finding["column"].as_u64().unwrap() + 2 + i.to_string().len() as u64
        );
    }
    let rest = KEYS - listed;
    let counted = about(
        findings,
        &format!(
            "{rest} more unknown keys in {place} (`zq{listed}` … `zq{}`), past the first \
             {LISTED} listed one by one",
            KEYS - 1
        ),
    );
    assert_eq!(counted["code"], "S001");
    assert_eq!(counted["severity"], "error");
    assert_eq!(
        line_and_column(counted),
        place_of(text, &format!("zq{listed}:"))
    );
    assert!(
        counted["help"]
            .as_str()
            .is_some_and(|h| h.contains("check that this file is a campaign plan")),
        "{counted:#}"
    );
    assert_eq!(unknown.len(), LISTED + 1, "nothing else about unknown keys");
    counted
}

#[test]
fn many_unknown_keys_at_the_top_level() {
    // `sumary` is a near miss of the optional `summary` (renamed from the plan's own).
    let text = good_text().replacen("\nsummary:", "\nsumary:", 1) + &block_keys("");
    let (findings, code) = check("top.campaign.yaml", &text);
    assert_eq!(code, 1);
    assert_unknown_keys(&findings, &text, "the top level", 1);
    let near = about(&findings, "unknown key `sumary` in the top level");
    assert_eq!(near["help"], "did you mean `summary`?");
    assert_eq!(line_and_column(near), place_of(&text, "sumary:"));
    // Every other key gets the list of allowed keys.
    let other = about(&findings, "unknown key `zq7` in the top level");
    assert!(
        other["help"]
            .as_str()
            .is_some_and(|h| h.starts_with("keys allowed here: campspec, id, name")),
        "{other:#}"
    );
}

#[test]
fn many_unknown_keys_inside_a_section() {
    // `edn` is a near miss of `end`, which is then missing: one finding, the unknown key
    // with its suggestion.
    let window = format!(
        "window:\n  start: 2027-01-01\n  edn: 2027-02-15\n{}",
        block_keys("  ")
    );
    let text = good_text().replacen(WINDOW, &window, 1);
    let (findings, code) = check("window.campaign.yaml", &text);
    assert_eq!(code, 1);
    assert_unknown_keys(&findings, &text, "`window`", 1);
    let near = about(&findings, "unknown key `edn` in `window`");
    assert_eq!(near["help"], "did you mean `end`?");
    assert!(
        !findings.iter().any(|f| f["message"]
            .as_str()
            .is_some_and(|m| m.contains("missing required key"))),
        "the misspelt key is reported once"
    );
}

#[test]
fn many_unknown_keys_in_a_flow_mapping_on_one_line() {
    // An impossible end date written after all the unknown keys, at the far end of the
    // line.
    let keys: Vec<String> = (0..KEYS).map(|i| format!("zq{i}: 1")).collect();
    let window = format!(
        "window: {{start: 2027-01-01, {}, end: 2027-02-30}}\n",
        keys.join(", ")
    );
    let text = good_text().replacen(WINDOW, &window, 1);
    let (findings, code) = check("flow.campaign.yaml", &text);
    assert_eq!(code, 1);
    // The keys share one line of about 500,000 characters; columns count characters
    // from its start.
    assert_unknown_keys(&findings, &text, "`window`", 0);
    let last = findings
        .iter()
        .find(|f| {
            f["message"]
                .as_str()
                .is_some_and(|m| m.contains("2027-02-30"))
        })
        .unwrap_or_else(|| panic!("no finding about the end date: {findings:#?}"));
    assert_eq!(line_and_column(last), place_of(&text, "2027-02-30}"));
    assert!(last["column"].as_u64().unwrap() > 400_000, "{last:#}");

    // The terminal output locates the end date at the same column and shows a window of
    // the line around it.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("flow.campaign.yaml");
    std::fs::write(&path, &text).expect("write plan");
    let output = campspec()
        .arg("check")
        .arg(&path)
        .timeout(HANG_GUARD)
        .output()
        .expect("run campspec");
    assert_eq!(output.status.code(), Some(1));
    let human = String::from_utf8_lossy(&output.stdout);
    let (line, column) = line_and_column(last);
    let header = format!("flow.campaign.yaml:{line}:{column}]");
    assert!(human.contains(&header), "no header {header}");
    assert!(human.lines().all(|l| l.chars().count() < 9_000));
}

#[test]
fn many_repeated_keys() {
    let repeated: String = (0..KEYS).map(|i| format!("zq: {i}\n")).collect();
    let text = good_text().replacen("\nsummary:", "\nsumary:", 1) + &repeated;
    let (findings, code) = check("repeated.campaign.yaml", &text);
    assert_eq!(code, 1);
    let duplicates = with_code(&findings, "Y002");
    assert_eq!(
        duplicates.len(),
        KEYS - 1,
        "every repetition after the first"
    );
    let (first_line, _) = place_of(&text, "zq: 0\n");
    for (n, finding) in duplicates.iter().enumerate() {
        let n = n as u64 + 1;
        assert_eq!(line_and_column(finding), (first_line + n, 1));
        assert_eq!(finding["related"][0]["line"], first_line);
    }
    // The first is the unknown key, once; the near miss is still suggested.
    assert_eq!(
        about(&findings, "unknown key `zq` in the top level")["line"],
        first_line
    );
    let near = about(&findings, "unknown key `sumary` in the top level");
    assert_eq!(near["help"], "did you mean `summary`?");
}
