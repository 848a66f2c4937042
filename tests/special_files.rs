//! Files that are not regular files, named on the command line: a FIFO (which would
//! block an open until a writer comes) and devices (which never end) are refused with a
//! one-line error naming the path and exit code 2, instead of hanging the run; the
//! other files named beside them are still checked.
#![cfg(unix)]

mod common;
use common::campspec;
use std::path::Path;
use std::time::Duration;

/// Each run is stopped (and the test fails) after 30 seconds: a hang guard, since the
/// failure this file tests is a run that never ends.
const HANG_GUARD: Duration = Duration::from_secs(30);

/// Makes a FIFO at `path`; false (after saying so) where `mkfifo` is not available.
fn mkfifo(path: &Path) -> bool {
    match std::process::Command::new("mkfifo").arg(path).status() {
        Ok(status) if status.success() => true,
        _ => {
            eprintln!("skipped: mkfifo is not available here");
            false
        }
    }
}

#[test]
fn a_fifo_named_on_the_command_line_is_refused_without_blocking() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("x.campaign.yaml");
    if !mkfifo(&fifo) {
        return;
    }
    let output = campspec()
        .arg("check")
        .arg(&fifo)
        .arg("specs/cny-2027.campaign.yaml")
        .timeout(HANG_GUARD)
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let refusal: Vec<&str> = stdout
        .lines()
        .filter(|line| line.contains("x.campaign.yaml"))
        .collect();
    assert_eq!(refusal.len(), 1, "one line names the FIFO: {stdout}");
    assert!(
        refusal[0].contains("not a regular file (a FIFO)"),
        "{stdout}"
    );
    // The good plan beside it was still checked.
    assert!(stdout.contains("1 file checked: no findings"), "{stdout}");

    let output = campspec()
        .args(["check", "--format", "json"])
        .arg(&fifo)
        .timeout(HANG_GUARD)
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let failure = report["files"][0]["failure"].as_str().expect("a failure");
    assert!(failure.contains("x.campaign.yaml"), "{failure}");
}

#[test]
fn a_fifo_as_the_cart_or_the_settings_is_refused_too() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("in.fifo");
    if !mkfifo(&fifo) {
        return;
    }
    for args in [
        vec!["simulate", "specs/cny-2027.campaign.yaml", "--cart"],
        vec!["check", "specs/cny-2027.campaign.yaml", "--config"],
    ] {
        let output = campspec()
            .args(&args)
            .arg(&fifo)
            .timeout(HANG_GUARD)
            .output()
            .expect("run");
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("in.fifo"), "{args:?}: {stderr}");
        assert!(stderr.contains("not a regular file"), "{args:?}: {stderr}");
    }
}

#[test]
fn devices_named_on_the_command_line_are_refused() {
    for device in ["/dev/zero", "/dev/null"] {
        if !Path::new(device).exists() {
            eprintln!("skipped: no {device}");
            continue;
        }
        let output = campspec()
            .args(["check", "--format", "concise", device])
            .timeout(HANG_GUARD)
            .output()
            .expect("run");
        assert_eq!(output.status.code(), Some(2), "{device}: {output:?}");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(
            stdout.trim(),
            format!("{device}: error: cannot read {device}: not a regular file (a device)"),
        );
    }
}
