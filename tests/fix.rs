//! `campspec check --fix`, `--unsafe-fixes` and `--diff`: each fix kind, applied and
//! checked again, leaves no finding of its rule; applying twice changes nothing; the
//! bytes outside the edits (comments, layout, quotes) are unchanged; `--diff` writes
//! nothing.

mod common;
use common::campspec;
use serde_json::Value;
use std::path::Path;

/// A clean plan, with comments and both flow and block layout.
const CLEAN: &str = "\
# Spring plan — comments and layout must survive a fix.
campspec: 1
id: fixture
name: 春季焕新节
owner: marketing   # the accountable team
currency: CNY
timezone: Asia/Shanghai
jurisdictions: [CN]
window: { start: 2027-03-01, end: \"2027-03-31\" }
teams:
  - { id: marketing, name: 市场部 }
  - { id: ops, name: 运营部 }
goals:
  - { id: gmv, metric: gmv, name: 总销售额, baseline: 1000万, target: 1200万, growth: 20%, owner: ops }
phases:
  - { id: preheat, name: 预热期, start: 2027-03-01, end: 2027-03-10 }
  - id: burst
    name: 爆发期   # the main days
    start: 2027-03-11
    end: 2027-03-31
promotions:
  - id: tiers
    type: spend_tiers
    name: 满额立减
    phases: [preheat, burst]
    tiers:
      - { spend: 300, discount: 30 }
materials:
  - { id: posters, item: 海报, quantity: 100, owner: ops, due: 2027-02-20, needed_by: preheat }
";

/// The plan `CLEAN` with `from` (which must occur once) written as `to`.
fn planted(from: &str, to: &str) -> String {
    assert_eq!(CLEAN.matches(from).count(), 1, "`{from}` occurs once");
    CLEAN.replacen(from, to, 1)
}

/// Runs `campspec check --no-config <args> <file>` in `dir`: (stdout, stderr, exit code).
fn check(dir: &Path, args: &[&str]) -> (String, String, i32) {
    let output = campspec()
        .current_dir(dir)
        .arg("check")
        .arg("--no-config")
        .args(args)
        .arg("plan.campaign.yaml")
        .output()
        .expect("run");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

/// The codes of the findings in `dir`'s plan.
fn codes(dir: &Path) -> Vec<String> {
    let (out, _, _) = check(dir, &["--format", "json"]);
    let report: Value = serde_json::from_str(&out).expect("json");
    report["files"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["code"].as_str().unwrap_or_default().to_owned())
        .collect()
}

fn plan_in(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.campaign.yaml");
    std::fs::write(&path, text).expect("write");
    (dir, path)
}

/// Plants `from` → `to`, checks that `code` fires with a fix, fixes with `args`, and
/// checks the file is then `CLEAN` byte for byte (so nothing outside the edit
/// changed), `code` no longer fires, and a second `--fix` changes nothing.
fn fixes_back(code: &str, from: &str, to: &str, args: &[&str]) {
    let broken = planted(from, to);
    let (dir, path) = plan_in(&broken);
    let before = codes(dir.path());
    assert!(before.iter().any(|c| c == code), "{code} fires: {before:?}");
    let (out, _, _) = check(dir.path(), &["--format", "json"]);
    assert!(out.contains("\"fixes\": [\n"), "a fix is offered:\n{out}");
    let (out, _, code_after) = check(dir.path(), args);
    let fixed = std::fs::read_to_string(&path).expect("read");
    assert_eq!(
        fixed, CLEAN,
        "{code}: the fix restores the plan exactly\n{out}"
    );
    assert!(out.contains("Fixed 1 error, 0 remaining."), "{out}");
    assert_eq!(code_after, 0);
    assert!(!codes(dir.path()).iter().any(|c| c == code));
    let (out, _, _) = check(dir.path(), args);
    assert!(out.contains("Fixed 0 errors, 0 remaining."), "{out}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), CLEAN);
}

#[test]
fn the_clean_plan_is_clean() {
    let (dir, _path) = plan_in(CLEAN);
    assert_eq!(codes(dir.path()), Vec::<String>::new());
}

#[test]
fn a_misspelt_key_is_renamed() {
    fixes_back("S001", "timezone:", "timezon:", &["--fix"]);
}

#[test]
fn a_misspelt_key_in_a_list_item_is_renamed() {
    fixes_back(
        "S001",
        "    start: 2027-03-11",
        "    strat: 2027-03-11",
        &["--fix"],
    );
}

#[test]
fn a_misspelt_phase_is_replaced() {
    fixes_back("R003", "[preheat, burst]", "[preheat, burts]", &["--fix"]);
}

#[test]
fn a_misspelt_team_is_replaced() {
    fixes_back(
        "R001",
        "owner: marketing   #",
        "owner: marketting   #",
        &["--fix"],
    );
}

#[test]
fn fullwidth_digits_are_written_half_width() {
    fixes_back(
        "S004",
        "baseline: 1000万",
        "baseline: １０００万",
        &["--fix"],
    );
}

#[test]
fn fullwidth_digits_inside_quotes_keep_the_quotes() {
    fixes_back(
        "S004",
        "\"2027-03-31\"",
        "\"２０２７-０３-３１\"",
        &["--fix"],
    );
}

#[test]
fn a_date_written_with_slashes_is_written_iso() {
    fixes_back(
        "S004",
        "{ start: 2027-03-01,",
        "{ start: 2027/3/1,",
        &["--fix"],
    );
}

#[test]
fn a_chinese_date_is_written_iso() {
    fixes_back(
        "S004",
        "    end: 2027-03-31",
        "    end: 2027年3月31日",
        &["--fix"],
    );
}

/// `01.03.2027` is read day first, a guess: only `--unsafe-fixes` applies it.
#[test]
fn a_date_read_one_of_two_ways_needs_unsafe_fixes() {
    let broken = planted("{ start: 2027-03-01,", "{ start: 01.03.2027,");
    let (dir, path) = plan_in(&broken);
    let (out, _, code) = check(dir.path(), &["--fix"]);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), broken);
    assert!(out.contains("Fixed 0 errors, 1 remaining."), "{out}");
    assert_eq!(code, 1);
    fixes_back(
        "S004",
        "{ start: 2027-03-01,",
        "{ start: 01.03.2027,",
        &["--fix", "--unsafe-fixes"],
    );
}

#[test]
fn diff_shows_the_fixes_and_writes_nothing() {
    let broken = planted("[preheat, burst]", "[preheat, burts]");
    let (dir, path) = plan_in(&broken);
    let (out, err, code) = check(dir.path(), &["--diff"]);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), broken);
    assert!(out.starts_with("--- a/plan.campaign.yaml\n+++ b/plan.campaign.yaml\n@@ "));
    assert!(out.contains("\n-    phases: [preheat, burts]\n+    phases: [preheat, burst]\n"));
    assert!(err.contains("Would fix 1 error."), "{err}");
    assert_eq!(code, 1);
    // Nothing to fix: no diff, exit 0.
    let (dir, _path) = plan_in(CLEAN);
    let (out, _, code) = check(dir.path(), &["--diff"]);
    assert_eq!((out.as_str(), code), ("", 0));
}

#[test]
fn several_fixes_apply_together_and_the_rest_is_reported() {
    let broken = planted("[preheat, burst]", "[preheat, burts]")
        .replacen("timezone:", "timezon:", 1)
        .replacen("needed_by: preheat", "needed_by: warmup", 1);
    let (dir, path) = plan_in(&broken);
    let (out, _, code) = check(dir.path(), &["--fix", "--format", "concise"]);
    let fixed = std::fs::read_to_string(&path).expect("read");
    assert_eq!(
        fixed,
        CLEAN.replacen("needed_by: preheat", "needed_by: warmup", 1)
    );
    assert!(out.contains("error[R003]"), "{out}");
    assert_eq!(code, 1);
}

#[test]
fn a_bare_number_gets_its_percent_sign() {
    fixes_back("S004", "growth: 20%", "growth: 20", &["--fix"]);
}

/// `0.2` reads as 20% or as 0.2%: no fix, even unsafe.
#[test]
fn a_bare_fraction_is_not_fixed() {
    let broken = planted("growth: 20%", "growth: 0.2");
    let (dir, path) = plan_in(&broken);
    let (out, _, code) = check(dir.path(), &["--fix", "--unsafe-fixes"]);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), broken);
    assert!(out.contains("Fixed 0 errors, 1 remaining."), "{out}");
    assert_eq!(code, 1);
}

/// A key is not renamed to one its mapping holds already.
#[test]
fn a_key_is_not_renamed_onto_another() {
    let broken = planted("currency: CNY\n", "currency: CNY\ncurrncy: CNY\n");
    let (dir, path) = plan_in(&broken);
    let (out, _, _) = check(dir.path(), &["--fix", "--unsafe-fixes"]);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), broken);
    assert!(out.contains("Fixed 0 errors, 1 remaining."), "{out}");
}

/// Copy sent as messages without a way to opt out (L011): a push entry in block
/// layout, with a comment and a blank line after it, and an e-mail entry in flow layout.
const MESSAGES: &str = "\
copy:
  - id: launch-push   # the launch push
    channel: push
    text: 春季焕新节今晚开抢

  - { id: mail, channel: email, text: 春季焕新节今晚开抢 }
";

/// The placeholder `opt_out` the unsafe fix writes, in English and in Chinese.
const PLACEHOLDER_EN: &str =
    "\"TODO: say how recipients opt out (e.g. App settings → Notifications)\"";
const PLACEHOLDER_ZH: &str = "\"待填写：收件人如何退订（如 App内“设置→消息通知”）\"";

/// The L011 findings of `dir`'s plan: (pointer, message).
fn opt_out_findings(dir: &Path) -> Vec<(String, String)> {
    let (out, _, _) = check(dir, &["--format", "json"]);
    let report: Value = serde_json::from_str(&out).expect("json");
    report["files"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == "L011")
        .map(|f| {
            let text = |k: &str| f[k].as_str().unwrap_or_default().to_owned();
            (text("pointer"), text("message"))
        })
        .collect()
}

/// `--fix` leaves the opt-out alone; `--fix --unsafe-fixes` adds an `opt_out:`
/// placeholder to each message entry, in its own layout, and changes no other byte;
/// L011 then reports the placeholders (not the missing opt-out), and fixing again
/// changes nothing.
#[test]
fn an_opt_out_placeholder_is_added_only_with_unsafe_fixes() {
    let plan = format!("{CLEAN}{MESSAGES}");
    let (dir, path) = plan_in(&plan);
    let before = opt_out_findings(dir.path());
    assert_eq!(
        before.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(),
        ["/copy/0/text", "/copy/1/text"]
    );
    let (out, _, code) = check(dir.path(), &["--fix"]);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), plan);
    assert!(out.contains("Fixed 0 errors"), "{out}");
    assert!(
        out.contains("2 fixable with `campspec check --fix --unsafe-fixes`"),
        "{out}"
    );
    assert_eq!(code, 1);

    let (out, _, code) = check(dir.path(), &["--fix", "--unsafe-fixes"]);
    let fixed = std::fs::read_to_string(&path).expect("read");
    let expected = plan
        .replacen(
            "    text: 春季焕新节今晚开抢\n",
            &format!("    text: 春季焕新节今晚开抢\n    opt_out: {PLACEHOLDER_EN}\n"),
            1,
        )
        .replacen(
            "text: 春季焕新节今晚开抢 }",
            &format!("text: 春季焕新节今晚开抢, opt_out: {PLACEHOLDER_EN} }}"),
            1,
        );
    assert_eq!(fixed, expected, "only the two entries are added\n{out}");
    assert!(out.contains("Fixed 2 errors"), "{out}");
    assert_eq!(code, 1, "the placeholders are still errors");
    let after = opt_out_findings(dir.path());
    assert_eq!(
        after.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(),
        ["/copy/0/opt_out", "/copy/1/opt_out"]
    );
    assert!(
        after.iter().all(|f| f.1.contains("placeholder")),
        "{after:?}"
    );

    let (out, _, _) = check(dir.path(), &["--fix", "--unsafe-fixes"]);
    assert!(out.contains("Fixed 0 errors"), "{out}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), expected);
    // Written by a human, the opt-out clears the finding.
    std::fs::write(
        &path,
        expected.replace(PLACEHOLDER_EN, "App settings → Notifications → Offers"),
    )
    .expect("write");
    assert_eq!(opt_out_findings(dir.path()), Vec::new());
}

/// A plan checked in Chinese gets the Chinese placeholder; an SMS gets no fix (its text
/// itself must carry the opt-out); `--diff` shows the added line as added.
#[test]
fn the_opt_out_placeholder_follows_the_language_and_the_channel() {
    let plan = format!("{CLEAN}{MESSAGES}").replacen("channel: email", "channel: sms", 1);
    let (dir, path) = plan_in(&plan);
    let (out, err, code) = check(dir.path(), &["--lang", "zh-CN", "--diff", "--unsafe-fixes"]);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), plan);
    assert!(
        out.contains(&format!(
            "     text: 春季焕新节今晚开抢\n+    opt_out: {PLACEHOLDER_ZH}\n \n"
        )),
        "{out}"
    );
    assert_eq!(out.matches("\n+").count(), 2, "one line added:\n{out}");
    assert!(err.contains("可修复 1 个问题。"), "{err}");
    assert_eq!(code, 1);
}

/// The JSON report carries the unsafe fix: an empty byte range (a pure insertion) with
/// its line and column, and the line to insert.
#[test]
fn the_json_report_carries_the_insertion() {
    let plan = format!("{CLEAN}{MESSAGES}");
    let (dir, _path) = plan_in(&plan);
    let (out, _, _) = check(dir.path(), &["--format", "json"]);
    let report: Value = serde_json::from_str(&out).expect("json");
    let finding = report["files"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["pointer"] == "/copy/0/text")
        .expect("L011 on the push")
        .clone();
    let fix = &finding["fixes"][0];
    assert_eq!(fix["applicability"], "unsafe");
    assert!(
        fix["title"]
            .as_str()
            .unwrap_or_default()
            .contains("opt_out")
    );
    let edit = &fix["edits"][0];
    // At the start of the blank line after the push entry.
    let offset = plan.find("\n\n  - { id: mail").expect("blank line") + 1;
    assert_eq!(edit["start"], offset);
    assert_eq!(edit["end"], offset);
    let line = plan[..offset].matches('\n').count() + 1;
    assert_eq!(
        (edit["line"].clone(), edit["column"].clone()),
        (line.into(), 1.into())
    );
    assert_eq!(
        edit["replacement"],
        format!("    opt_out: {PLACEHOLDER_EN}\n")
    );
    assert_eq!(report["summary"]["fixable"], 0);
    assert_eq!(report["summary"]["unsafe_fixable"], 2);
}

/// A finding with a safe fix is marked `[*]` by its code in human and concise output,
/// and the summary says how many `--fix` fixes and how many more `--unsafe-fixes` does,
/// in the run's language.
#[test]
fn fixable_findings_are_marked_and_counted() {
    let plan = format!("{CLEAN}{MESSAGES}").replacen("timezone:", "timezon:", 1);
    let (dir, _path) = plan_in(&plan);
    let (out, _, _) = check(dir.path(), &["--lang", "en", "--color", "never"]);
    assert!(out.contains("S001(unknown-key) [*]"), "{out}");
    assert!(!out.contains("L011(marketing-opt-out) [*]"), "{out}");
    assert!(
        out.contains(
            "\n[*] 1 fixable with `campspec check --fix` (2 more with `--unsafe-fixes`)\n"
        ),
        "{out}"
    );
    let (out, _, _) = check(dir.path(), &["--lang", "zh-CN", "--color", "never"]);
    assert!(
        out.contains(
            "\n[*] 1 个问题可用 `campspec check --fix` 自动修复（另有 2 个需加 `--unsafe-fixes`）\n"
        ),
        "{out}"
    );
    let (out, _, _) = check(dir.path(), &["--format", "concise"]);
    let line = |code: &str| {
        out.lines()
            .find(|l| l.contains(&format!("[{code}]")))
            .unwrap_or_default()
            .to_owned()
    };
    assert!(line("S001").contains(": error[S001]: [*] "), "{out}");
    assert!(line("L011").contains(": error[L011]: "), "{out}");
    assert!(!line("L011").contains("[*]"), "{out}");
    // Only safe fixes: no `--unsafe-fixes` clause.
    let (dir, _path) = plan_in(&CLEAN.replacen("timezone:", "timezon:", 1));
    let (out, _, _) = check(dir.path(), &["--lang", "en", "--color", "never"]);
    assert!(
        out.ends_with("\n[*] 1 fixable with `campspec check --fix`\n"),
        "{out}"
    );
    // A clean plan: no such line.
    let (dir, _path) = plan_in(CLEAN);
    let (out, _, _) = check(dir.path(), &["--lang", "en"]);
    assert!(!out.contains("fixable"), "{out}");
}
