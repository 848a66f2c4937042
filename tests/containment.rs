//! A panic inside campspec is contained to the file it happened on: that file gets
//! finding I001 `internal-error` (its message escaped, no panic noise on stderr), every
//! other file is still checked and reported, `build` still writes the other plans'
//! documents, and the run exits 2. The panic is made with the debug-only test hook
//! `CAMPSPEC_TEST_PANIC_ON` (a part of the path of the file whose check panics).

mod common;
use common::campspec;
use std::path::Path;
use std::time::Duration;

/// A hang guard: a run that does not end is stopped and the test fails.
const GUARD: Duration = Duration::from_secs(60);

/// A directory with two copies of a clean bundled plan: `good` and `bad`.
fn plans() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = Path::new(env!("CARGO_MANIFEST_DIR")).join("specs/cny-2027.campaign.yaml");
    let text = std::fs::read_to_string(plan).expect("spec");
    std::fs::write(dir.path().join("good.campaign.yaml"), &text).expect("write");
    // `build` writes each plan under its id: the bad copy gets its own.
    let bad = text.replacen("id: cny-2027", "id: cny-2027-bad", 1);
    assert_ne!(bad, text, "the plan's id line moved");
    std::fs::write(dir.path().join("bad.campaign.yaml"), bad).expect("write");
    dir
}

fn run(args: &[&str], dir: &Path) -> (i32, String, String) {
    let output = campspec()
        .args(args)
        .arg(dir)
        // Wide enough that the message is not wrapped.
        .env("COLUMNS", "1000")
        .env("CAMPSPEC_TEST_PANIC_ON", "bad.campaign")
        .timeout(GUARD)
        .output()
        .expect("run");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_panicking_plan_gets_i001_and_the_good_one_is_still_reported() {
    let dir = plans();
    let (code, stdout, stderr) = run(&["check"], dir.path());
    assert_eq!(code, 2, "{stdout}\n{stderr}");
    assert!(stdout.contains("I001(internal-error)"), "{stdout}");
    assert!(
        stdout.contains("campspec failed on this file (internal error: deliberate test panic"),
        "{stdout}"
    );
    assert!(stdout.contains("please report it"), "{stdout}");
    // The panic message's control characters are shown escaped, never raw.
    assert!(stdout.contains("\\u{1b}]0;title\\u{7}"), "{stdout}");
    assert!(!stdout.contains('\x1b') && !stdout.contains('\x07'));
    // Only the bad plan has a finding: the good one checked clean.
    assert!(stdout.contains("1 error in 1 of 2 files"), "{stdout}");
    // No panic noise from the default hook.
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("RUST_BACKTRACE"), "{stderr}");

    let (code, stdout, stderr) = run(&["check", "--format", "json"], dir.path());
    assert_eq!(code, 2, "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    let files = report["files"].as_array().expect("files");
    assert_eq!(files.len(), 2);
    let bad = &files[0];
    assert!(
        bad["path"]
            .as_str()
            .expect("path")
            .ends_with("bad.campaign.yaml")
    );
    assert_eq!(bad["findings"].as_array().expect("findings").len(), 1);
    assert_eq!(bad["findings"][0]["code"], "I001");
    assert_eq!(bad["findings"][0]["severity"], "error");
    let good = &files[1];
    assert!(
        good["path"]
            .as_str()
            .expect("path")
            .ends_with("good.campaign.yaml")
    );
    assert_eq!(good["findings"], serde_json::json!([]));
    // The good plan was analysed in full.
    assert!(good["exposure"]["depth"].is_string(), "{good}");
    assert_eq!(report["summary"]["errors"], 1);
}

#[test]
fn build_writes_the_other_plans_and_exits_2() {
    let dir = plans();
    let out = tempfile::tempdir().expect("tempdir");
    let output = campspec()
        .arg("build")
        .arg(dir.path())
        .arg("--out")
        .arg(out.path())
        .env("CAMPSPEC_TEST_PANIC_ON", "bad.campaign")
        .timeout(GUARD)
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(2), "{stdout}");
    assert!(stdout.contains("I001"), "{stdout}");
    assert!(
        stdout.contains("bad.campaign.yaml (campspec failed on it)"),
        "{stdout}"
    );
    for name in ["plan.md", "plan.html", "rules.json", "calendar.ics"] {
        assert!(out.path().join("cny-2027").join(name).is_file(), "{name}");
    }
    assert!(!out.path().join("cny-2027-bad").exists());
}
