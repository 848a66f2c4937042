//! `build` replaces a plan's documents all together: when writing one of them fails
//! half-way (as on a full disk) or a document's name is taken by a directory, every
//! previous document of that plan stays byte for byte as it was, no stage or backup
//! directory is left beside it, the error names the path, the run exits 2 — and the
//! other plans of the run are still built. Write failures are made with the debug-only
//! test hook `CAMPSPEC_TEST_FAIL_WRITE` (the end of a document's path), which works for
//! root too (permission tricks do not).

mod common;
use common::campspec;
use std::path::Path;
use std::time::Duration;

/// A hang guard: a run that does not end is stopped and the test fails.
const GUARD: Duration = Duration::from_secs(60);

const PLAN: &str = "specs/cny-2027.campaign.yaml";
const OTHER: &str = "specs/double11-2027.campaign.yaml";

/// Every file under `dir` (relative paths, hidden ones included) with its bytes, sorted.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in std::fs::read_dir(&at).expect("list") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path.strip_prefix(dir).expect("under").display().to_string();
                out.push((name, std::fs::read(&path).expect("read")));
            }
        }
    }
    out.sort();
    out
}

/// A build of `PLAN` into `out` whose earlier documents differ from what a rebuild
/// writes (so a partial replacement would show).
fn built_with_old_documents(out: &Path) -> Vec<(String, Vec<u8>)> {
    let first = campspec()
        .args(["build", PLAN, "--out"])
        .arg(out)
        .timeout(GUARD)
        .output()
        .expect("run");
    assert_eq!(first.status.code(), Some(0), "{first:?}");
    for (name, _) in snapshot(&out.join("cny-2027")) {
        std::fs::write(out.join("cny-2027").join(&name), format!("old {name}\n")).expect("age");
    }
    let before = snapshot(out);
    assert_eq!(
        before.len(),
        4,
        "{:?}",
        before.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    before
}

#[test]
fn a_write_failing_half_way_leaves_the_previous_documents() {
    // Each document in turn: the first one written, one in the middle, the last one.
    for failing in ["plan.md", "rules.json", "calendar.ics"] {
        let out = tempfile::tempdir().expect("tempdir");
        let before = built_with_old_documents(out.path());
        let output = campspec()
            .args(["build", PLAN, OTHER, "--out"])
            .arg(out.path())
            .env("CAMPSPEC_TEST_FAIL_WRITE", format!("cny-2027/{failing}"))
            .timeout(GUARD)
            .output()
            .expect("run");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{failing}: {stderr}");
        assert!(
            stderr.contains(&format!("cny-2027/{failing}`")) && stderr.contains("no space left"),
            "{failing}: {stderr}"
        );
        // The failing plan: every previous document byte-identical, nothing new.
        let after = snapshot(out.path());
        let cny: Vec<_> = after
            .iter()
            .filter(|(name, _)| name.starts_with("cny-2027/"))
            .cloned()
            .collect();
        assert_eq!(cny, before, "{failing}: the previous documents changed");
        // No stage or backup directory anywhere; the other plan is built.
        let top: Vec<String> = std::fs::read_dir(out.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        let mut top = top;
        top.sort();
        assert_eq!(top, ["cny-2027", "double11-2027"], "{failing}");
        assert!(out.path().join("double11-2027/plan.md").is_file());
    }
}

#[test]
fn a_document_name_taken_by_a_directory_leaves_the_previous_documents() {
    let out = tempfile::tempdir().expect("tempdir");
    built_with_old_documents(out.path());
    // plan.html's name is now a directory holding someone's file.
    let html = out.path().join("cny-2027/plan.html");
    std::fs::remove_file(&html).expect("rm");
    std::fs::create_dir(&html).expect("mkdir");
    std::fs::write(html.join("keep.txt"), "mine").expect("write");
    let before = snapshot(out.path());
    let output = campspec()
        .args(["build", PLAN, "--out"])
        .arg(out.path())
        .timeout(GUARD)
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("cny-2027/plan.html`"), "{stderr}");
    assert_eq!(snapshot(out.path()), before);
}

#[test]
fn a_successful_rebuild_replaces_every_document_and_keeps_other_files() {
    let out = tempfile::tempdir().expect("tempdir");
    built_with_old_documents(out.path());
    std::fs::write(out.path().join("cny-2027/notes.txt"), "mine").expect("write");
    let output = campspec()
        .args(["build", PLAN, "--out"])
        .arg(out.path())
        .timeout(GUARD)
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let after = snapshot(out.path());
    let names: Vec<&str> = after.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "cny-2027/calendar.ics",
            "cny-2027/notes.txt",
            "cny-2027/plan.html",
            "cny-2027/plan.md",
            "cny-2027/rules.json"
        ]
    );
    for (name, bytes) in &after {
        if name.ends_with("notes.txt") {
            assert_eq!(bytes, b"mine");
        } else {
            assert!(!bytes.starts_with(b"old "), "{name} was not replaced");
        }
    }
}
