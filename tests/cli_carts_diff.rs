//! Carts under `campspec check` (checked against the plan they name or the one found
//! beside them, K001–K003) and `campspec diff` as a CI gate: `--fail-on`, one line
//! outside a git repository, no sentence said twice, added and removed plans' money
//! at risk stated as added and removed.

#[path = "common/git.rs"]
mod git;
use assert_cmd::Command;
use git::git;
use serde_json::Value;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `campspec ARGS` in `dir`: stdout, stderr, exit code.
fn run(dir: &Path, args: &[&str]) -> (String, String, i32) {
    let mut cmd = Command::cargo_bin("campspec").expect("binary");
    let output = cmd
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("CAMPSPEC_TODAY", "2027-01-01")
        .env("CAMPSPEC_LANG", "en")
        .env("COLUMNS", "300")
        .args(args)
        .output()
        .expect("run");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

fn spec(name: &str) -> String {
    std::fs::read_to_string(root().join("specs").join(name)).expect("bundled spec")
}

fn write(dir: &Path, path: &str, text: &str) {
    let path = dir.join(path);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

/// The findings of a JSON report as (file, code, line).
fn findings(json: &str) -> Vec<(String, String, u64)> {
    let report: Value = serde_json::from_str(json).expect("json report");
    let mut out = Vec::new();
    for file in report["files"].as_array().expect("files") {
        for f in file["findings"].as_array().expect("findings") {
            out.push((
                file["path"].as_str().unwrap_or_default().to_owned(),
                f["code"].as_str().unwrap_or_default().to_owned(),
                f["line"].as_u64().unwrap_or(0),
            ));
        }
    }
    out
}

fn codes(json: &str) -> Vec<String> {
    findings(json).into_iter().map(|f| f.1).collect()
}

const CART: &str = "at: 2027-11-11 12:05\nitems:\n  - { name: 空气炸锅, price: 399 }\n";

// ---------------------------------------------------------------------------------------
// Carts under `campspec check`.

#[test]
fn the_bundled_carts_check_clean_against_the_plans_they_name() {
    let (out, err, code) = run(
        root(),
        &[
            "check",
            "specs/carts/double11-2027-flash.cart.yaml",
            "specs/carts/cny-2027-diamond.cart.yaml",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("2 files checked: no findings"), "{out}");
    for cart in ["cny-2027-diamond", "double11-2027-flash"] {
        let text = std::fs::read_to_string(root().join(format!("specs/carts/{cart}.cart.yaml")))
            .expect("cart");
        assert!(text.contains("\nplan: ../"), "{cart} names its plan");
    }
}

#[test]
fn the_bundled_specs_check_clean_with_their_carts() {
    let (out, err, code) = run(root(), &["check", "specs/"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("no findings"), "{out}");
    // Directories are searched for plans; carts are checked when named.
    let (out, _, code) = run(
        root(),
        &[
            "check",
            "--format",
            "concise",
            "specs/",
            "specs/carts/cny-2027-diamond.cart.yaml",
        ],
    );
    assert_eq!((out.as_str(), code), ("", 0));
}

#[test]
fn a_cart_is_checked_as_a_cart_against_its_plan_not_as_a_plan() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "double11.campaign.yaml",
        &spec("double11-2027.campaign.yaml"),
    );
    write(
        dir.path(),
        "carts/flash.cart.yaml",
        "plan: ../double11.campaign.yaml\nat: 2027-11-11 12:05\ncoupons: [shopp]\nitems:\n  - { name: 空气炸锅, price: 399 }\n",
    );
    let (out, _, code) = run(dir.path(), &["check", "carts/flash.cart.yaml"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("K001(cart-unknown-reference)"), "{out}");
    assert!(out.contains("`shopp`") && out.contains("`shop`"), "{out}");
    assert!(out.contains("carts/flash.cart.yaml:3:11"), "{out}");
    // Not read as a broken plan: no unknown `at`, no missing `campspec`.
    let (json, _, _) = run(
        dir.path(),
        &["check", "--format", "json", "carts/flash.cart.yaml"],
    );
    assert_eq!(codes(&json), ["K001"], "{json}");
    // A `.cart.yml` is a cart too.
    std::fs::rename(
        dir.path().join("carts/flash.cart.yaml"),
        dir.path().join("carts/flash.cart.yml"),
    )
    .expect("rename");
    let (json, _, code) = run(
        dir.path(),
        &["check", "--format", "json", "carts/flash.cart.yml"],
    );
    assert_eq!((codes(&json), code), (vec!["K001".to_owned()], 1));
}

#[test]
fn without_plan_the_plan_whose_name_starts_the_carts_is_used() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "double11-2027.campaign.yaml",
        &spec("double11-2027.campaign.yaml"),
    );
    write(
        dir.path(),
        "cny-2027.campaign.yaml",
        &spec("cny-2027.campaign.yaml"),
    );
    // In the cart's parent directory; the order is placed on 11.11, inside the
    // double11 window and outside the cny one.
    write(dir.path(), "carts/double11-2027-noon.cart.yaml", CART);
    write(dir.path(), "carts/cny-2027-noon.cart.yaml", CART);
    let (json, _, code) = run(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "carts/double11-2027-noon.cart.yaml",
            "carts/cny-2027-noon.cart.yaml",
        ],
    );
    assert_eq!(code, 0, "{json}");
    assert_eq!(
        findings(&json),
        [(
            "carts/cny-2027-noon.cart.yaml".to_owned(),
            "K002".to_owned(),
            1
        )]
    );
}

#[test]
fn without_plan_the_only_plan_beside_the_cart_is_used() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "sale.campaign.yaml",
        &spec("cny-2027.campaign.yaml"),
    );
    write(dir.path(), "basket.cart.yaml", CART);
    let (json, _, code) = run(
        dir.path(),
        &["check", "--format", "json", "basket.cart.yaml"],
    );
    assert_eq!((codes(&json), code), (vec!["K002".to_owned()], 0), "{json}");
}

#[test]
fn no_plan_or_several_plans_is_one_finding_that_says_how_to_name_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "lonely/deeper/basket.cart.yaml", CART);
    let (out, _, code) = run(dir.path(), &["check", "lonely/deeper/basket.cart.yaml"]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(out.matches("K003(cart-plan)").count(), 1, "{out}");
    assert!(
        out.contains("no plan found for this cart: no `*.campaign.yaml` in `lonely/deeper` nor in its parent `lonely`"),
        "{out}"
    );
    assert!(out.contains("name the plan with `plan:`"), "{out}");

    write(
        dir.path(),
        "two/a.campaign.yaml",
        &spec("cny-2027.campaign.yaml"),
    );
    write(
        dir.path(),
        "two/b.campaign.yaml",
        &spec("double11-2027.campaign.yaml"),
    );
    write(dir.path(), "two/basket.cart.yaml", CART);
    let (out, _, code) = run(dir.path(), &["check", "two/basket.cart.yaml"]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(out.matches("K003(cart-plan)").count(), 1, "{out}");
    assert!(
        out.contains(
            "several plans could price this cart: `two/a.campaign.yaml`, `two/b.campaign.yaml`"
        ),
        "{out}"
    );
    // Naming one settles it.
    write(
        dir.path(),
        "two/basket.cart.yaml",
        &format!("plan: b.campaign.yaml\n{CART}"),
    );
    let (out, _, code) = run(dir.path(), &["check", "two/basket.cart.yaml"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("no findings"), "{out}");
}

#[test]
fn a_plan_that_does_not_exist_is_reported_at_the_plan_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "basket.cart.yaml",
        &format!("# a cart\nplan: ../nowhere.campaign.yaml\n{CART}"),
    );
    let (out, _, code) = run(
        dir.path(),
        &["check", "--format", "concise", "basket.cart.yaml"],
    );
    assert_eq!(code, 1, "{out}");
    assert!(
        out.starts_with("basket.cart.yaml:2:7: error[K003]: the cart's plan `../nowhere.campaign.yaml` cannot be read: no such file or directory\n"),
        "{out}"
    );
    assert_eq!(out.lines().count(), 1, "{out}");
}

#[test]
fn a_plan_with_errors_still_checks_the_cart_and_its_errors_stay_its_own() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The plan has an error of its own (a key the format does not have).
    let broken = spec("double11-2027.campaign.yaml") + "\nunknown_key: 1\n";
    write(dir.path(), "double11.campaign.yaml", &broken);
    let (json, _, code) = run(
        dir.path(),
        &["check", "--format", "json", "double11.campaign.yaml"],
    );
    assert_eq!(code, 1, "the plan has errors: {json}");
    write(
        dir.path(),
        "basket.cart.yaml",
        "at: 2027-11-11 12:05\ncoupons: [shopp]\nitems:\n  - { name: x, price: 10 }\n",
    );
    let (json, _, code) = run(
        dir.path(),
        &["check", "--format", "json", "basket.cart.yaml"],
    );
    assert_eq!((codes(&json), code), (vec!["K001".to_owned()], 1), "{json}");

    // A plan that is not a plan at all: the cart's own structure is still checked,
    // nothing else.
    write(dir.path(), "double11.campaign.yaml", "[not, a, plan\n");
    let (json, _, code) = run(
        dir.path(),
        &["check", "--format", "json", "basket.cart.yaml"],
    );
    assert_eq!((codes(&json), code), (Vec::<String>::new(), 0), "{json}");
    write(
        dir.path(),
        "basket.cart.yaml",
        "at: 2027-11-11 12:05\nitem: []\n",
    );
    let (json, _, code) = run(
        dir.path(),
        &["check", "--format", "json", "basket.cart.yaml"],
    );
    assert_eq!(code, 1, "{json}");
    assert!(codes(&json).iter().all(|c| c.starts_with('S')), "{json}");
}

#[test]
fn cart_findings_carry_the_carts_path_in_every_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "double11.campaign.yaml",
        &spec("double11-2027.campaign.yaml"),
    );
    write(
        dir.path(),
        "carts/flash.cart.yaml",
        "at: 2027-11-11 12:05\ncoupons: [shopp]\nitems:\n  - { name: 空气炸锅, price: 399 }\n",
    );
    for format in ["human", "concise", "json", "sarif", "github", "junit"] {
        let (out, err, code) = run(
            dir.path(),
            &["check", "--format", format, "carts/flash.cart.yaml"],
        );
        assert_eq!(code, 1, "{format}: {out}{err}");
        assert!(out.contains("carts/flash.cart.yaml"), "{format}: {out}");
        assert!(out.contains("K001"), "{format}: {out}");
    }
}

#[test]
fn simulate_warns_when_the_cart_names_another_plan() {
    let (out, err, code) = run(
        root(),
        &[
            "simulate",
            "specs/double11-2027.campaign.yaml",
            "--cart",
            "specs/carts/double11-2027-flash.cart.yaml",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(!out.contains("K003"), "the plan it names: {out}");

    let (out, err, code) = run(
        root(),
        &[
            "simulate",
            "specs/cny-2027.campaign.yaml",
            "--cart",
            "specs/carts/double11-2027-flash.cart.yaml",
        ],
    );
    // A warning: the cart is still priced.
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("K003(cart-plan)"), "{out}");
    // (The human report wraps the line before the plan's path.)
    assert!(
        out.contains("the cart names the plan `../double11-2027.campaign.yaml` but is priced with `specs/cny-"),
        "{out}"
    );
}

// ---------------------------------------------------------------------------------------
// `campspec diff`.

const OLD: &str = "specs/cny-2027.campaign.yaml";
const NEW: &str = "tests/diff/cny-2027-changed.campaign.yaml";
const GAP_OLD: &str = "tests/rules/D004-phase-gap/passes.campaign.yaml";
const GAP_NEW: &str = "tests/rules/D004-phase-gap/fires.campaign.yaml";

#[test]
fn fail_on_fails_the_change_only_for_findings_it_introduces() {
    let diff = |args: &[&str]| {
        let mut all = vec!["diff"];
        all.extend_from_slice(args);
        run(root(), &all).2
    };
    // Errors introduced.
    assert_eq!(diff(&[OLD, NEW]), 0);
    assert_eq!(diff(&["--fail-on", "error", OLD, NEW]), 1);
    assert_eq!(diff(&["--fail-on", "warning", OLD, NEW]), 1);
    // Resolved, not introduced.
    assert_eq!(diff(&["--fail-on", "warning", NEW, OLD]), 0);
    // Warnings introduced: only --fail-on warning fails.
    assert_eq!(diff(&["--fail-on", "error", GAP_OLD, GAP_NEW]), 0);
    assert_eq!(diff(&["--fail-on", "warning", GAP_OLD, GAP_NEW]), 1);
    assert_eq!(
        diff(&["--fail-on", "warning", "--format", "json", GAP_OLD, GAP_NEW]),
        1
    );
    // Unchanged.
    assert_eq!(diff(&["--fail-on", "warning", GAP_NEW, GAP_NEW]), 0);
    // A side that cannot be read is still exit 2.
    assert_eq!(
        diff(&["--fail-on", "error", OLD, "no/such.campaign.yaml"]),
        2
    );

    let (help, _, _) = run(root(), &["diff", "--help"]);
    assert!(help.contains("--fail-on <SEVERITY>"), "{help}");
    assert!(help.contains("1 the change"), "{help}");
}

#[test]
fn base_outside_a_git_repository_is_one_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "a.campaign.yaml",
        &spec("cny-2027.campaign.yaml"),
    );
    // `diff` with `args`, where git finds no repository above the folder: its one line.
    let outside_git = |args: &[&str]| {
        let output = Command::cargo_bin("campspec")
            .expect("binary")
            .current_dir(dir.path())
            .env(
                "GIT_CEILING_DIRECTORIES",
                dir.path().parent().expect("parent"),
            )
            .env("CAMPSPEC_LANG", "en")
            .arg("diff")
            .args(args)
            .output()
            .expect("run");
        let err = String::from_utf8_lossy(&output.stderr).into_owned();
        assert_eq!(output.status.code(), Some(2), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(output.stdout.is_empty());
        err
    };
    let err = outside_git(&["--base", "HEAD"]);
    assert!(
        err.contains("campspec needs a git repository for --base"),
        "{err}"
    );
    // A REV:path side says the same in one line.
    let err = outside_git(&["HEAD:a.campaign.yaml", "a.campaign.yaml"]);
    assert!(
        err.contains("needs a git repository for HEAD:a.campaign.yaml"),
        "{err}"
    );
}

/// A repository where one plan was removed and one added since HEAD.
fn added_and_removed() -> Option<tempfile::TempDir> {
    if std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: git is not installed");
        return None;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "gone.campaign.yaml",
        &spec("cny-2027.campaign.yaml"),
    );
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "one plan"]);
    std::fs::remove_file(dir.path().join("gone.campaign.yaml")).expect("remove");
    write(
        dir.path(),
        "new.campaign.yaml",
        &spec("spring-refresh-2026.campaign.yaml"),
    );
    Some(dir)
}

/// Whether `line` says a phrase of two words or more twice in a row ("Plan removed.
/// Plan removed").
fn says_twice(line: &str) -> bool {
    let words: Vec<String> = line
        .split(|c: char| c.is_whitespace() || ".,;:*>()".contains(c))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    (2..=words.len() / 2)
        .any(|n| (0..=words.len() - 2 * n).any(|i| words[i..i + n] == words[i + n..i + 2 * n]))
}

#[test]
fn an_added_and_a_removed_plan_say_so_once_and_state_their_money_as_added_and_removed() {
    let Some(dir) = added_and_removed() else {
        return;
    };
    let (md, err, code) = run(dir.path(), &["diff", "--base", "HEAD"]);
    assert_eq!(code, 0, "{err}");
    for line in md.lines() {
        assert!(!says_twice(line), "said twice: {line:?}\n{md}");
    }
    assert!(md.contains("\n**Plan removed.**\n"), "{md}");
    assert!(md.contains("\n**New plan.**\n"), "{md}");
    assert!(
        md.contains("> **Exposure removed: worst-case discount 67.50% at an order value of ¥923.08 (member-price + win-back + gifting) no longer at risk**"),
        "{md}"
    );
    assert!(
        md.contains("> **Exposure added: worst-case discount 36.00% at an order value of $62.50 (linen-event + welcome)**"),
        "{md}"
    );
    assert!(
        md.contains("- `coupons`: worst case ¥520万 no longer at risk (expected ¥182万)"),
        "{md}"
    );
    assert!(
        md.contains("- `coupons`: worst case $30,000 now at risk (expected $12,000)"),
        "{md}"
    );
    assert!(!md.contains("can no longer be computed"), "{md}");
    assert!(
        !md.contains("-¥") && !md.contains("-$"),
        "no negative money: {md}"
    );

    let (human, _, _) = run(dir.path(), &["diff", "--base", "HEAD", "--format", "human"]);
    for line in human.lines() {
        assert!(!says_twice(line), "said twice: {line:?}\n{human}");
    }
    assert!(
        human.contains("  Plan removed\n  Exposure removed:"),
        "{human}"
    );
    assert!(human.contains("  New plan\n  Exposure added:"), "{human}");
    assert!(
        human.contains("worst case ¥520万 no longer at risk"),
        "{human}"
    );

    let (json, _, _) = run(dir.path(), &["diff", "--base", "HEAD", "--format", "json"]);
    let report: Value = serde_json::from_str(&json).expect("json");
    let plans = report["plans"].as_array().expect("plans");
    let removed = plans
        .iter()
        .find(|p| p["status"] == "removed")
        .expect("removed");
    assert_eq!(removed["summary"], "plan removed");
    assert_eq!(removed["exposure"]["new"], Value::Null);
    assert_eq!(removed["exposure"]["depth_change"], Value::Null);
    assert!(
        removed["exposure"]["text"]
            .as_str()
            .is_some_and(|t| t.starts_with("Exposure removed"))
    );
    let lines = removed["liability"].as_array().expect("liability");
    assert!(!lines.is_empty());
    for line in lines {
        assert_eq!(line["new"], Value::Null, "{line}");
        assert!(
            line["old"]["worst"]
                .as_str()
                .is_some_and(|w| !w.starts_with('-'))
        );
        assert!(
            line["text"]
                .as_str()
                .is_some_and(|t| t.contains("no longer at risk"))
        );
    }
    let added = plans
        .iter()
        .find(|p| p["status"] == "added")
        .expect("added");
    assert_eq!(added["exposure"]["old"], Value::Null);
    assert!(
        added["liability"]
            .as_array()
            .is_some_and(|l| !l.is_empty() && l.iter().all(|x| x["old"].is_null()))
    );
}

#[test]
fn a_changed_plan_states_each_thing_once() {
    let (md, _, code) = run(root(), &["diff", OLD, NEW]);
    assert_eq!(code, 0);
    // The summary line leaves the exposure to the sentence below it.
    assert!(
        md.contains("\n3 changes in phases, coupons; 6 findings introduced\n\n> **Worst-case discount 67.50% → 80.50% (+13.00 pp)"),
        "{md}"
    );
    assert_eq!(md.matches("+13.00 pp").count(), 1, "{md}");
    // The lines under "Money at risk by budget line" do not say "budget line" again.
    assert!(
        md.contains("**Money at risk by budget line**\n\n- `coupons`: worst case"),
        "{md}"
    );
    assert_eq!(md.matches("budget line").count(), 1, "{md}");
    let (human, _, _) = run(root(), &["diff", "--format", "human", OLD, NEW]);
    assert_eq!(human.matches("+13.00 pp").count(), 1, "{human}");
    assert_eq!(human.matches("budget line").count(), 1, "{human}");
    // JSON keeps the whole summary: it stands alone.
    let (json, _, _) = run(root(), &["diff", "--format", "json", OLD, NEW]);
    let report: Value = serde_json::from_str(&json).expect("json");
    assert_eq!(
        report["plans"][0]["summary"],
        "3 changes in phases, coupons; worst-case discount +13.00 pp; 6 findings introduced"
    );
}

#[test]
fn a_plan_that_no_longer_reads_is_not_called_removed() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "broken.campaign.yaml", "bad: [\n");
    let new = dir.path().join("broken.campaign.yaml");
    let (md, _, code) = run(root(), &["diff", OLD, new.to_str().expect("utf-8 path")]);
    assert_eq!(code, 0);
    assert!(md.contains("could not be read as a plan"), "{md}");
    assert!(
        md.contains("Worst-case discount was 67.50%; it can no longer be computed"),
        "{md}"
    );
    assert!(!md.contains("Exposure removed"), "{md}");
    assert!(!md.contains("no longer at risk"), "{md}");
    assert!(!md.contains("Plan removed"), "{md}");
}

/// A plan found beside the cart that cannot serve (not UTF-8, or over the size limit)
/// is named with the reason, not passed over in silence.
#[test]
fn a_plan_found_beside_the_cart_that_cannot_be_read_is_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("shop.campaign.yaml"),
        b"campspec: 1\nname: \xe9t\xe9\n",
    )
    .expect("write");
    write(
        dir.path(),
        "shop-a.cart.yaml",
        "at: 2027-11-11 12:05\nitems:\n  - { name: 空气炸锅, price: 399 }\n",
    );
    let (out, _, code) = run(
        dir.path(),
        &["check", "--format", "concise", "shop-a.cart.yaml"],
    );
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("[K003]"), "{out}");
    assert!(out.contains("shop.campaign.yaml"), "{out}");
    assert!(out.contains("not UTF-8: byte 0xE9"), "{out}");
    // Over the size limit, the reason is the limit.
    write(
        dir.path(),
        "shop.campaign.yaml",
        &spec("double11-2027.campaign.yaml"),
    );
    let (out, _, code) = run(
        dir.path(),
        &[
            "check",
            "--format",
            "concise",
            "--max-file-size",
            "1KiB",
            "shop-a.cart.yaml",
        ],
    );
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("[K003]"), "{out}");
    assert!(out.contains("1024"), "{out}");
}
