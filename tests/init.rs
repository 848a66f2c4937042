//! `campspec init` end to end: every starter (both locales, each jurisdiction and a pair)
//! checks with no findings at all and builds; the modeline comes first; an existing file
//! is never overwritten without `--force`; `-` prints; golden starters; and, through the
//! library, starters planned from every week of two years stay clean.

use assert_cmd::Command;
use campspec::model::{Jurisdiction, Locale};
use campspec::scaffold::{Options, schedule};
use campspec::schema::{SCHEMA_ID, SCHEMA_PATH};
use campspec::{Settings, check_text};
use jiff::ToSpan;
use std::path::{Path, PathBuf};

fn campspec(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("campspec").expect("binary");
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env_remove("CAMPSPEC_TODAY")
        .env("CAMPSPEC_LANG", "en");
    cmd
}

const MODELINE: &str = "# yaml-language-server: $schema=";

/// The jurisdiction sets every test runs: each one alone, and two together.
const JURISDICTIONS: [&[&str]; 5] = [&["CN"], &["EU"], &["US"], &["UK"], &["EU", "UK"]];

fn init_args<'a>(locale: &'a str, jurisdictions: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["init", "--today", "2027-01-01", "--locale", locale];
    for j in jurisdictions {
        args.extend(["--jurisdiction", j]);
    }
    args
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn every_starter_checks_clean_builds_and_is_never_overwritten_without_force() {
    for locale in ["zh-CN", "en"] {
        for jurisdictions in JURISDICTIONS {
            let case = format!("{locale} {jurisdictions:?}");
            let dir = tempfile::tempdir().expect("tempdir");
            let file = dir.path().join("starter.campaign.yaml");
            let output = campspec(dir.path())
                .args(init_args(locale, jurisdictions))
                .arg(&file)
                .output()
                .expect("run");
            assert_eq!(output.status.code(), Some(0), "{case}: {}", stderr(&output));
            let said = stdout(&output);
            assert!(said.contains("campspec check"), "{case}: {said}");
            assert!(said.contains("campspec build"), "{case}: {said}");

            let text = std::fs::read_to_string(&file).expect("written");
            let first = text.lines().next().unwrap_or_default();
            // A temporary directory is outside any checkout: the schema's URL.
            assert_eq!(first, format!("{MODELINE}{SCHEMA_ID}"), "{case}");
            assert!(text.contains(&format!("locale: {locale}\n")), "{case}");
            assert!(
                text.contains(&format!("jurisdictions: [{}]\n", jurisdictions.join(", "))),
                "{case}"
            );

            let check = campspec(dir.path())
                .args(["check", "--no-config"])
                .arg(&file)
                .output()
                .expect("run");
            assert_eq!(check.status.code(), Some(0), "{case}: {}", stdout(&check));
            assert_eq!(stdout(&check), "1 file checked: no findings\n", "{case}");

            let out = dir.path().join("build");
            let build = campspec(dir.path())
                .args(["build", "--no-config", "--out"])
                .arg(&out)
                .arg(&file)
                .output()
                .expect("run");
            assert_eq!(build.status.code(), Some(0), "{case}: {}", stderr(&build));
            let built = out.join("starter-2027");
            for name in ["plan.md", "plan.html", "rules.json", "calendar.ics"] {
                assert!(built.join(name).is_file(), "{case}: no {name}");
            }

            // Again without --force: refused, and the file is left as it was.
            std::fs::write(&file, "# edited by hand\n").expect("edit");
            let again = campspec(dir.path())
                .args(init_args(locale, jurisdictions))
                .arg(&file)
                .output()
                .expect("run");
            assert_eq!(again.status.code(), Some(2), "{case}");
            assert!(stderr(&again).contains("already exists"), "{case}");
            assert!(stderr(&again).contains("--force"), "{case}");
            assert_eq!(
                std::fs::read_to_string(&file).expect("read"),
                "# edited by hand\n"
            );
            let forced = campspec(dir.path())
                .args(init_args(locale, jurisdictions))
                .arg("--force")
                .arg(&file)
                .output()
                .expect("run");
            assert_eq!(forced.status.code(), Some(0), "{case}");
            assert_eq!(std::fs::read_to_string(&file).expect("read"), text);
        }
    }
}

#[test]
fn dash_writes_to_stdout_the_same_plan() {
    let dir = tempfile::tempdir().expect("tempdir");
    let printed = campspec(dir.path())
        .args(init_args("en", &["UK"]))
        .arg("-")
        .output()
        .expect("run");
    assert_eq!(printed.status.code(), Some(0));
    let text = stdout(&printed);
    assert!(text.starts_with(&format!("{MODELINE}{SCHEMA_ID}\n")));
    assert!(text.contains("currency: GBP\n"));
    let file = dir.path().join("plan.campaign.yaml");
    campspec(dir.path())
        .args(init_args("en", &["UK"]))
        .arg(&file)
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&file).expect("read"), text);
    // Nothing but the plan was written.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn defaults_chinese_cn_plan_in_the_current_directory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let output = campspec(dir.path())
        .args(["init", "--today", "2027-01-01"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = std::fs::read_to_string(dir.path().join("plan.campaign.yaml")).expect("written");
    for line in [
        "locale: zh-CN\n",
        "currency: CNY\n",
        "timezone: Asia/Shanghai\n",
        "jurisdictions: [CN]\n",
        "  start: 2027-02-01\n",
        "  end: 2027-02-28\n",
    ] {
        assert!(text.contains(line), "{line}");
    }
    assert!(text.contains("# 活动阶段"), "Chinese comments");
    assert!(stdout(&output).contains("campspec check plan.campaign.yaml"));

    // Another jurisdiction alone: English, its currency and time zone; the date from the
    // environment like `check`.
    let output = campspec(dir.path())
        .env("CAMPSPEC_TODAY", "2027-06-15")
        .args(["init", "--jurisdiction", "eu", "--jurisdiction", "CN", "-"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    for line in [
        "locale: en\n",
        "currency: EUR\n",
        "timezone: Europe/Berlin\n",
        "jurisdictions: [EU, CN]\n",
        "  start: 2027-07-19\n",
    ] {
        assert!(text.contains(line), "{line}");
    }
    let checked = check_text("eu-cn.campaign.yaml", text, &Settings::default());
    assert!(checked.findings.is_empty(), "{:#?}", checked.findings);
}

#[test]
fn bad_arguments_exit_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    for args in [
        vec!["init", "--today", "2027-02-30", "-"],
        vec!["init", "--jurisdiction", "JP", "-"],
        vec!["init", "--locale", "fr", "-"],
    ] {
        let output = campspec(dir.path()).args(&args).output().expect("run");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
    // A directory is not a plan file, --force or not.
    let output = campspec(dir.path())
        .args(["init", "--force", "."])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("is a directory"));
}

#[test]
fn inside_a_checkout_the_modeline_is_a_relative_path_to_the_schema() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"))
        .canonicalize()
        .expect("manifest dir");
    let base = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("init-modeline");
    let _ = std::fs::remove_dir_all(&base);
    let file = base.join("plans").join("spring.campaign.yaml");
    let output = campspec(&manifest)
        .args(init_args("en", &["US"]))
        .arg(&file)
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = std::fs::read_to_string(&file).expect("written");
    let schema = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix(MODELINE))
        .expect("modeline");
    let inside = base.canonicalize().expect("base").starts_with(&manifest);
    if inside {
        assert!(
            schema.ends_with(SCHEMA_PATH) && schema.starts_with("../"),
            "{schema}"
        );
        let resolved = file
            .parent()
            .expect("dir")
            .join(schema)
            .canonicalize()
            .expect("the modeline's path exists");
        assert_eq!(resolved, manifest.join(SCHEMA_PATH));
    } else {
        // CARGO_TARGET_DIR outside the checkout.
        assert_eq!(schema, SCHEMA_ID);
    }
    let _ = std::fs::remove_dir_all(&base);
}

#[test]
fn golden_starters() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (locale, jurisdiction, snapshot) in
        [("zh-CN", "CN", "init_zh_cn_cn"), ("en", "US", "init_en_us")]
    {
        let output = campspec(dir.path())
            .args(init_args(locale, &[jurisdiction]))
            .arg("-")
            .output()
            .expect("run");
        assert_eq!(output.status.code(), Some(0));
        insta::assert_snapshot!(snapshot, stdout(&output));
    }
}

/// Starters planned from every fifth day of two years (so windows start in every month
/// and cross the year's end) check with no findings, in every locale and jurisdiction set.
#[test]
fn starters_from_any_day_check_clean() {
    let settings = Settings::default();
    let first = jiff::civil::date(2027, 1, 1);
    for n in 0..146 {
        let today = first.checked_add((n * 5).days()).expect("day");
        let days = schedule(today).expect("schedule");
        assert!(days.start > today && days.material_due > today, "{today}");
        for locale in [Locale::ZhCn, Locale::En] {
            for jurisdictions in JURISDICTIONS {
                let jurisdictions: Vec<Jurisdiction> = jurisdictions
                    .iter()
                    .map(|j| serde_json::from_value(serde_json::json!(j)).expect("code"))
                    .collect();
                let options = Options {
                    locale,
                    jurisdictions,
                    today,
                    file_name: Some("starter.campaign.yaml".into()),
                };
                let text = campspec::scaffold(&options, SCHEMA_ID).expect("render");
                let checked = check_text("starter.campaign.yaml", text, &settings);
                assert!(
                    checked.findings.is_empty(),
                    "{options:?}: {:#?}",
                    checked.findings
                );
            }
        }
    }
}
