//! `campspec diff`: the semantic summary of a change to a plan — a deeper coupon, a
//! moved phase and a removed coupon are each stated with the exposure change; renames
//! are recognised; git revisions are read with `REV:path` and `--base`.

#[path = "common/git.rs"]
mod git;
use assert_cmd::Command;
use git::git;
use serde_json::Value;
use std::path::Path;

const OLD: &str = "specs/cny-2027.campaign.yaml";
const NEW: &str = "tests/diff/cny-2027-changed.campaign.yaml";

fn campspec(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("campspec").expect("binary");
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env("CAMPSPEC_TODAY", "2027-01-01")
        .env("CAMPSPEC_LANG", "en");
    cmd
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(dir: &Path, args: &[&str]) -> (String, String, i32) {
    let output = campspec(dir).arg("diff").args(args).output().expect("run");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

#[test]
fn a_deeper_coupon_a_moved_phase_and_a_removed_coupon_are_each_stated() {
    let (md, _, code) = run(root(), &[OLD, NEW]);
    assert_eq!(code, 0);
    for expected in [
        "`burst` moved 3 days later: 2027-01-16 – 2027-01-28 → 2027-01-19 – 2027-01-31",
        "removed `nianhuo` (年货专区券)",
        "`win-back.amount`: 150 → 250 (+¥100)",
        "Worst-case discount 67.50% → 80.50% (+13.00 pp)",
        "margin left 7.69% → -53.85%",
        "error `D003` phase-overlap",
        "error `P014` stacking-below-cost",
    ] {
        assert!(
            md.contains(expected),
            "the summary lacks {expected:?}:\n{md}"
        );
    }
    insta::assert_snapshot!("diff_cny_md", md);
}

#[test]
fn json_and_human_formats_carry_the_same_changes() {
    let (json, _, code) = run(root(), &["--format", "json", OLD, NEW]);
    assert_eq!(code, 0);
    let report: Value = serde_json::from_str(&json).expect("json");
    assert_eq!(report["version"], 1);
    let plan = &report["plans"][0];
    assert_eq!(plan["status"], "changed");
    assert_eq!(plan["exposure"]["depth_change"], "+13.00");
    assert_eq!(plan["exposure"]["old"]["depth"], "0.6750");
    let coupons = plan["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .find(|s| s["key"] == "coupons")
        .expect("coupons section");
    let kinds: Vec<(&str, &str)> = coupons["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap_or(""),
                c["id"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(kinds, [("removed", "nianhuo"), ("changed", "win-back")]);
    let win_back = &coupons["changes"][1];
    assert_eq!(
        (win_back["old"].as_str(), win_back["new"].as_str()),
        (Some("150"), Some("250"))
    );
    assert!(
        !plan["findings"]["introduced"]
            .as_array()
            .expect("introduced")
            .is_empty()
    );

    let (human, _, _) = run(root(), &["--format", "human", OLD, NEW]);
    assert!(
        human.contains("    - `burst` moved 3 days later"),
        "{human}"
    );
    assert!(!human.contains("**"), "plain text has no Markdown");
}

#[test]
fn a_renamed_id_is_shown_as_a_rename() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = std::fs::read_to_string(root().join(OLD)).expect("spec");
    let renamed = text.replace("  - id: referral\n", "  - id: invite-friends\n");
    assert_ne!(text, renamed);
    let path = dir.path().join("renamed.campaign.yaml");
    std::fs::write(&path, renamed).expect("write");
    let (md, _, _) = run(root(), &[OLD, path.to_str().expect("path")]);
    assert!(
        md.contains("renamed `referral` → `invite-friends` (otherwise unchanged)"),
        "{md}"
    );
    assert!(!md.contains("removed `referral`"));
}

#[test]
fn an_unchanged_plan_says_so() {
    let (md, _, code) = run(root(), &[OLD, OLD]);
    assert_eq!(code, 0);
    assert!(md.contains("No changes"), "{md}");
}

#[test]
fn a_missing_side_exits_2() {
    let (_, stderr, code) = run(root(), &[OLD, "no/such.campaign.yaml"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no such file"), "{stderr}");
    let (_, stderr, code) = run(root(), &[OLD]);
    assert_eq!(code, 2);
    assert!(stderr.contains("--base"), "{stderr}");
}

#[test]
fn revisions_are_read_through_git() {
    if std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: git is not installed");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = dir.path();
    git(repo, &["init", "-q", "-b", "main"]);
    std::fs::create_dir_all(repo.join("plans")).expect("mkdir");
    std::fs::copy(root().join(OLD), repo.join("plans/cny.campaign.yaml")).expect("copy");
    std::fs::copy(
        root().join("specs/double11-2027.campaign.yaml"),
        repo.join("plans/double11.campaign.yaml"),
    )
    .expect("copy");
    std::fs::write(repo.join("notes.yaml"), "a: 1\n").expect("write");
    git(repo, &["add", "."]);
    git(repo, &["commit", "-q", "-m", "plans"]);

    // Change one plan, remove another, add a new one, touch a non-plan file.
    std::fs::copy(root().join(NEW), repo.join("plans/cny.campaign.yaml")).expect("copy");
    std::fs::remove_file(repo.join("plans/double11.campaign.yaml")).expect("rm");
    std::fs::copy(
        root().join("specs/spring-refresh-2026.campaign.yaml"),
        repo.join("plans/spring.campaign.yaml"),
    )
    .expect("copy");
    std::fs::write(repo.join("notes.yaml"), "a: 2\n").expect("write");

    let (md, stderr, code) = run(
        repo,
        &["HEAD:plans/cny.campaign.yaml", "plans/cny.campaign.yaml"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        md.contains("HEAD:plans/cny.campaign.yaml → plans/cny.campaign.yaml"),
        "{md}"
    );
    assert!(md.contains("`win-back.amount`: 150 → 250"), "{md}");

    let (json, stderr, code) = run(repo, &["--base", "HEAD", "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let report: Value = serde_json::from_str(&json).expect("json");
    let plans: Vec<(String, String)> = report["plans"]
        .as_array()
        .expect("plans")
        .iter()
        .map(|p| {
            (
                p["old"]
                    .as_str()
                    .or(p["new"].as_str())
                    .unwrap_or("")
                    .to_owned(),
                p["status"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    assert_eq!(
        plans,
        [
            (
                "HEAD:plans/cny.campaign.yaml".to_owned(),
                "changed".to_owned()
            ),
            (
                "HEAD:plans/double11.campaign.yaml".to_owned(),
                "removed".to_owned()
            ),
            ("plans/spring.campaign.yaml".to_owned(), "added".to_owned()),
        ]
    );

    let (_, stderr, code) = run(repo, &["--base", "no-such-rev"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("git"), "{stderr}");

    // A path with no plan files, at HEAD or here, is an error, not an empty diff; a
    // path with plans but no changes is an empty diff.
    let (_, stderr, code) = run(repo, &["--base", "HEAD", "notes.yaml"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(
            "nothing to check: no plan files (*.campaign.yaml, *.campaign.yml) in `notes.yaml`"
        ),
        "{stderr}"
    );
    git(repo, &["add", "."]);
    git(repo, &["commit", "-q", "-m", "changes"]);
    let (_, stderr, code) = run(repo, &["--base", "HEAD", "plans"]);
    assert_eq!(code, 0, "{stderr}");
}

/// A change that moves money states the money at risk of each budget line it touches:
/// 10,000 more `new-user` coupons of ¥50 add ¥50万 to the worst case of the `coupons`
/// line and, at the plan's 35 % redemption, ¥17.5万 to its expected cost.
#[test]
fn the_money_at_risk_of_each_budget_line_is_stated() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(root().join(OLD)).expect("plan");
    let before = "    quantity: 20000\n    funded_by: coupons";
    assert_eq!(text.matches(before).count(), 1, "the plan changed");
    std::fs::write(dir.path().join("old.campaign.yaml"), &text).expect("write");
    let more = text.replace(before, "    quantity: 30000\n    funded_by: coupons");
    std::fs::write(dir.path().join("new.campaign.yaml"), more).expect("write");
    // The line's coupons, by hand: 20,000 × ¥50 + 10,000 × ¥100 + 5,000 × ¥150
    // + 5,000 × ¥200 + 3,000 × ¥150 + 10,000 × ¥100 = ¥5,200,000; with 10,000 more
    // ¥50 coupons, ¥5,700,000. Expected at 35 %: ¥1,820,000 → ¥1,995,000.
    let (md, _, code) = run(dir.path(), &["old.campaign.yaml", "new.campaign.yaml"]);
    assert_eq!(code, 0);
    assert!(md.contains("**Money at risk by budget line**"), "{md}");
    assert!(
        md.contains("- `coupons`: worst case ¥520万 → ¥570万, expected ¥182万 → ¥199.5万"),
        "{md}"
    );
    let (json, _, _) = run(
        dir.path(),
        &["--format", "json", "old.campaign.yaml", "new.campaign.yaml"],
    );
    let value: Value = serde_json::from_str(&json).expect("JSON");
    let line = &value["plans"][0]["liability"][0];
    assert_eq!(line["line"], "coupons", "{value}");
    assert_eq!(line["old"]["worst"], "5200000");
    assert_eq!(line["new"]["worst"], "5700000");
    assert_eq!(line["new"]["expected"], "1995000");
}
