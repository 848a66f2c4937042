//! `campspec check` as Ruff, check-jsonschema and Spectral users expect it: a plan on
//! standard input (`-`, `--stdin-filename`), globs the shell left alone, rule selection
//! (`--select`, `--ignore`, their `extend-` kin, `[per-file-ignores]`), `exclude`,
//! `--quiet`, `--statistics`, `--output-file` and `--exit-zero`.

mod common;
use common::campspec;
use serde_json::Value;
use std::path::Path;

/// A plan with one warning (D004 `phase-gap`).
fn warning_plan() -> String {
    std::fs::read_to_string("tests/cli/warning.campaign.yaml").expect("fixture")
}

/// A plan with errors of several rules: G002, D003, B001, S001 (fixable), S003 and S004
/// (locked), R001 (fixable).
fn planted_plan() -> String {
    std::fs::read_to_string("tests/cli/planted.campaign.yaml").expect("fixture")
}

/// A shipped plan that checks clean.
fn clean_plan() -> String {
    std::fs::read_to_string("specs/cny-2027.campaign.yaml").expect("fixture")
}

/// A temporary directory holding `files` (path, text), directories made as needed;
/// each fixture plan gets an id of its own (from its path), so that no two share one.
fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (path, text) in files {
        let id: String = path
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        let text = text.replacen("\nid: spring-2027\n", &format!("\nid: p-{id}\n"), 1);
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    dir
}

/// Runs `campspec check <args>` in `dir` with `stdin`: (stdout, stderr, exit code).
fn run_in(dir: &Path, args: &[&str], stdin: &str) -> (String, String, i32) {
    let output = campspec()
        .current_dir(dir)
        .arg("check")
        .args(args)
        .write_stdin(stdin.as_bytes().to_vec())
        .output()
        .expect("run");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

/// The codes of a concise report, in order.
fn concise_codes(out: &str) -> Vec<String> {
    out.lines()
        .filter_map(|l| {
            let start = l.find('[')? + 1;
            let end = l[start..].find(']')? + start;
            Some(l[start..end].to_owned())
        })
        .collect()
}

/// The paths of a JSON report.
fn json_paths(out: &str) -> Vec<String> {
    let report: Value = serde_json::from_str(out).expect("json");
    report["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["path"].as_str().unwrap_or_default().to_owned())
        .collect()
}

// 1. Standard input.

#[test]
fn a_plan_on_stdin_is_named_dash() {
    let dir = tree(&[]);
    let (out, _, code) = run_in(dir.path(), &["-", "--format", "concise"], &warning_plan());
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("-:15:37: warning[D004]"), "{out}");
}

#[test]
fn stdin_filename_names_the_plan_in_every_format() {
    let dir = tree(&[]);
    let name = "plans/spring.campaign.yaml";
    for format in ["human", "concise", "json", "sarif", "github", "junit"] {
        let args = ["-", "--stdin-filename", name, "--format", format];
        let (out, err, code) = run_in(dir.path(), &args, &warning_plan());
        assert_eq!(code, 0, "{format}: {err}");
        assert!(out.contains(name), "{format}:\n{out}");
        assert!(!out.contains("\"-\""), "{format}:\n{out}");
    }
    let (out, _, _) = run_in(
        dir.path(),
        &["--stdin-filename", name, "--format", "json"],
        &warning_plan(),
    );
    assert_eq!(
        json_paths(&out),
        [name],
        "no path but --stdin-filename reads stdin"
    );
}

#[test]
fn stdin_filename_picks_the_settings_of_its_directory() {
    let dir = tree(&[("strict/campspec.toml", "[rules]\nphase-gap = \"error\"\n")]);
    let args = ["-", "--stdin-filename", "strict/p.campaign.yaml"];
    let (out, _, code) = run_in(
        dir.path(),
        &[&args[..], &["--format", "concise"]].concat(),
        &warning_plan(),
    );
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("error[D004]"), "{out}");
    // Elsewhere the default severity holds.
    let (out, _, code) = run_in(
        dir.path(),
        &[
            "-",
            "--stdin-filename",
            "lax/p.campaign.yaml",
            "--format",
            "concise",
        ],
        &warning_plan(),
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("warning[D004]"), "{out}");
}

#[test]
fn stdin_filename_is_matched_by_per_file_ignores() {
    let toml = "[per-file-ignores]\n\"drafts/*.campaign.yaml\" = [\"phase-gap\"]\n";
    let dir = tree(&[("campspec.toml", toml)]);
    let (out, _, code) = run_in(
        dir.path(),
        &[
            "-",
            "--stdin-filename",
            "drafts/a.campaign.yaml",
            "--format",
            "concise",
        ],
        &warning_plan(),
    );
    assert_eq!((out.as_str(), code), ("", 0));
    let (out, _, _) = run_in(
        dir.path(),
        &[
            "-",
            "--stdin-filename",
            "final/a.campaign.yaml",
            "--format",
            "concise",
        ],
        &warning_plan(),
    );
    assert_eq!(concise_codes(&out), ["D004"]);
}

#[test]
fn fix_on_stdin_writes_the_fixed_plan_to_stdout() {
    let dir = tree(&[]);
    let clean = clean_plan();
    let broken = clean.replacen("timezone:", "timezon:", 1);
    let (out, err, code) = run_in(dir.path(), &["-", "--fix"], &broken);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, clean, "stdout is the fixed plan alone");
    assert!(err.contains("Fixed 1 error, 0 remaining."), "{err}");
    // What remains is reported on stderr, and decides the exit code.
    let worse = broken.replacen("currency: CNY", "currency: [CNY]", 1);
    let (out, err, code) = run_in(dir.path(), &["-", "--fix", "--format", "concise"], &worse);
    assert_eq!(code, 1);
    assert_eq!(out, clean.replacen("currency: CNY", "currency: [CNY]", 1));
    assert!(err.contains("-:"), "{err}");
    // --diff shows the fix against the name given.
    let (out, _, code) = run_in(
        dir.path(),
        &["-", "--diff", "--stdin-filename", "p.campaign.yaml"],
        &broken,
    );
    assert_eq!(code, 1);
    assert!(
        out.starts_with("--- a/p.campaign.yaml\n+++ b/p.campaign.yaml\n"),
        "{out}"
    );
    assert!(
        out.contains("-timezon: Asia/Shanghai\n+timezone: Asia/Shanghai\n"),
        "{out}"
    );
}

#[test]
fn stdin_with_other_paths_is_refused() {
    let dir = tree(&[("a.campaign.yaml", &warning_plan())]);
    let (_, err, code) = run_in(dir.path(), &["-", "a.campaign.yaml"], "");
    assert_eq!(code, 2);
    assert!(
        err.contains("cannot be checked together with other paths"),
        "{err}"
    );
    let (_, err, code) = run_in(
        dir.path(),
        &["a.campaign.yaml", "--stdin-filename", "x"],
        "",
    );
    assert_eq!(code, 2);
    assert!(err.contains("--stdin-filename"), "{err}");
}

// 2. Globs.

#[test]
fn globs_the_shell_left_are_expanded() {
    let plan = warning_plan();
    let dir = tree(&[
        ("plans/a.campaign.yaml", &plan),
        ("plans/2027/b.campaign.yaml", &plan),
        ("plans/2027/deep/c.campaign.yaml", &plan),
        ("plans/notes.yaml", &plan),
        ("other/d.campaign.yaml", &plan),
    ]);
    let paths = |pattern: &str| {
        let (out, err, code) = run_in(dir.path(), &[pattern, "--format", "json"], "");
        assert_eq!(code, 0, "{pattern}: {err}");
        json_paths(&out)
    };
    assert_eq!(
        paths("plans/**/*.campaign.yaml"),
        [
            "plans/2027/b.campaign.yaml",
            "plans/2027/deep/c.campaign.yaml",
            "plans/a.campaign.yaml"
        ]
    );
    assert_eq!(paths("plans/*.campaign.yaml"), ["plans/a.campaign.yaml"]);
    assert_eq!(paths("plans/?.campaign.yaml"), ["plans/a.campaign.yaml"]);
    assert_eq!(
        paths("*/[ad].campaign.yaml"),
        ["other/d.campaign.yaml", "plans/a.campaign.yaml"]
    );
    // A directory a glob matches is searched.
    assert_eq!(
        paths("plans/20*"),
        [
            "plans/2027/b.campaign.yaml",
            "plans/2027/deep/c.campaign.yaml"
        ]
    );
}

#[test]
fn a_glob_matching_nothing_is_an_error_naming_it() {
    let dir = tree(&[("plans/a.campaign.yaml", &warning_plan())]);
    let (out, err, code) = run_in(dir.path(), &["plans/**/*.campaign.yml"], "");
    assert_eq!(code, 2);
    assert!(
        format!("{out}{err}").contains("no file matches `plans/**/*.campaign.yml`"),
        "{out}{err}"
    );
    let (out, _, code) = run_in(dir.path(), &["nothing/*.yaml", "--format", "concise"], "");
    assert_eq!(code, 2, "{out}");
}

// 3. Rule selection.

#[test]
fn select_takes_codes_names_and_prefixes() {
    let dir = tree(&[("p.campaign.yaml", &planted_plan())]);
    let codes = |args: &[&str]| {
        let all = [&["p.campaign.yaml", "--format", "concise"], args].concat();
        let (out, err, _) = run_in(dir.path(), &all, "");
        assert!(err.is_empty(), "{err}");
        concise_codes(&out)
    };
    let every = codes(&[]);
    assert_eq!(
        every,
        ["G002", "D003", "B001", "S003", "S004", "S001", "R001"]
    );
    // Locked rules (S003, S004) always run.
    assert_eq!(codes(&["--select", "D"]), ["D003", "S003", "S004"]);
    assert_eq!(
        codes(&["--select", "phase-overlap"]),
        ["D003", "S003", "S004"]
    );
    assert_eq!(
        codes(&["--select", "D003,G"]),
        ["G002", "D003", "S003", "S004"]
    );
    // Repeatable as well as comma-separated.
    assert_eq!(
        codes(&["--select", "D003", "--select", "r001"]),
        ["D003", "S003", "S004", "R001"]
    );
    assert_eq!(
        codes(&["--ignore", "S,R,G002"]),
        ["D003", "B001", "S003", "S004"]
    );
    assert_eq!(codes(&["--extend-ignore", "B001"]).len(), every.len() - 1);
    // The more specific selector wins; at the same specificity ignore does.
    assert_eq!(
        codes(&["--select", "D,G", "--ignore", "G002"]),
        ["D003", "S003", "S004"]
    );
    assert_eq!(codes(&["--ignore", "D", "--extend-select", "D003"]), every);
    assert_eq!(
        codes(&["--select", "D003", "--ignore", "phase-overlap"]),
        ["S003", "S004"]
    );
    assert_eq!(
        codes(&["--select", "ALL", "--ignore", "ALL"]),
        ["S003", "S004"]
    );
}

#[test]
fn campspec_toml_selects_and_the_command_line_overrides() {
    let toml = "select = [\"D\"]\nextend-select = [\"G002\"]\nignore = [\"D004\"]\n";
    let dir = tree(&[
        ("campspec.toml", toml),
        ("p.campaign.yaml", &planted_plan()),
        ("w.campaign.yaml", &warning_plan()),
    ]);
    let codes = |args: &[&str]| {
        let all = [&[".", "--format", "concise"], args].concat();
        let (out, err, _) = run_in(dir.path(), &all, "");
        assert!(err.is_empty(), "{err}");
        concise_codes(&out)
    };
    assert_eq!(codes(&[]), ["G002", "D003", "S003", "S004"]);
    // --select replaces `select`; extend-select and ignore still add.
    assert_eq!(codes(&["--select", "B"]), ["G002", "B001", "S003", "S004"]);
    assert_eq!(
        codes(&["--extend-select", "R"]),
        ["G002", "D003", "S003", "S004", "R001"]
    );
    assert_eq!(
        codes(&["--extend-ignore", "G002"]),
        ["D003", "S003", "S004"]
    );
}

#[test]
fn the_rules_table_still_sets_severities() {
    let toml = "select = [\"D\"]\n[rules]\nphase-gap = \"error\"\nphase-overlap = \"off\"\n";
    let dir = tree(&[
        ("campspec.toml", toml),
        ("p.campaign.yaml", &planted_plan()),
        ("w.campaign.yaml", &warning_plan()),
    ]);
    let (out, _, code) = run_in(dir.path(), &[".", "--format", "concise"], "");
    assert_eq!(code, 1);
    assert_eq!(concise_codes(&out), ["S003", "S004", "D004"]);
    assert!(out.contains("w.campaign.yaml:15:37: error[D004]"), "{out}");
}

#[test]
fn per_file_ignores_match_globs() {
    let toml = "[per-file-ignores]\n\"drafts/**\" = [\"D\", \"unknown-team\"]\n\"*.old.campaign.yaml\" = [\"ALL\"]\n";
    let plan = planted_plan();
    let dir = tree(&[
        ("campspec.toml", toml),
        ("drafts/x/p.campaign.yaml", &plan),
        ("final/p.campaign.yaml", &plan),
        ("final/p.old.campaign.yaml", &plan),
    ]);
    let (out, _, _) = run_in(dir.path(), &["drafts", "final", "--format", "concise"], "");
    let lines: Vec<&str> = out.lines().collect();
    let of = |prefix: &str| {
        concise_codes(
            &lines
                .iter()
                .filter(|l| l.starts_with(prefix))
                .map(|l| format!("{l}\n"))
                .collect::<String>(),
        )
    };
    assert_eq!(of("drafts/x/p."), ["G002", "B001", "S003", "S004", "S001"]);
    assert_eq!(
        of("final/p.campaign"),
        ["G002", "D003", "B001", "S003", "S004", "S001", "R001"]
    );
    assert_eq!(of("final/p.old."), ["S003", "S004"]);
}

#[test]
fn unknown_selectors_are_errors_with_a_suggestion() {
    let dir = tree(&[("p.campaign.yaml", &planted_plan())]);
    let (out, err, code) = run_in(
        dir.path(),
        &["p.campaign.yaml", "--select", "phase-overlp"],
        "",
    );
    assert_eq!(code, 2, "{out}");
    assert!(
        err.contains(
            "--select: unknown rule or prefix `phase-overlp`; did you mean `phase-overlap`?"
        ),
        "{err}"
    );
    let (_, err, code) = run_in(dir.path(), &["p.campaign.yaml", "--ignore", "Q"], "");
    assert_eq!(code, 2);
    assert!(
        err.contains("--ignore: unknown rule or prefix `Q`"),
        "{err}"
    );
    let dir = tree(&[
        ("campspec.toml", "extend-ignore = [\"D03\"]\n"),
        ("p.campaign.yaml", ""),
    ]);
    let (_, err, code) = run_in(dir.path(), &["p.campaign.yaml"], "");
    assert_eq!(code, 2);
    assert!(
        err.contains("extend-ignore: unknown rule or prefix `D03`"),
        "{err}"
    );
}

#[test]
fn locked_rules_cannot_be_ignored() {
    let dir = tree(&[("p.campaign.yaml", "a: [\n")]);
    let (_, err, code) = run_in(
        dir.path(),
        &["p.campaign.yaml", "--ignore", "yaml-syntax"],
        "",
    );
    assert_eq!(code, 2);
    assert!(err.contains("Y001 `yaml-syntax` is locked"), "{err}");
    let dir = tree(&[
        ("campspec.toml", "[per-file-ignores]\n\"*\" = [\"Y001\"]\n"),
        ("p.campaign.yaml", "a: [\n"),
    ]);
    let (_, err, code) = run_in(dir.path(), &["p.campaign.yaml"], "");
    assert_eq!(code, 2);
    assert!(err.contains("is locked"), "{err}");
    // A prefix leaves the locked rules it covers on.
    let dir = tree(&[("p.campaign.yaml", "a: [\n")]);
    let (out, _, code) = run_in(
        dir.path(),
        &["p.campaign.yaml", "--ignore", "Y", "--format", "concise"],
        "",
    );
    assert_eq!(code, 1);
    assert_eq!(concise_codes(&out), ["Y001"]);
}

// 4. Exclude.

#[test]
fn directory_searches_pass_over_excluded_paths() {
    let plan = warning_plan();
    let files = [
        ("plans/a.campaign.yaml", plan.as_str()),
        ("plans/node_modules/b.campaign.yaml", plan.as_str()),
        ("plans/target/c.campaign.yaml", plan.as_str()),
        ("plans/.git/d.campaign.yaml", plan.as_str()),
        ("plans/old/e.campaign.yaml", plan.as_str()),
        ("plans/f.draft.campaign.yaml", plan.as_str()),
    ];
    let dir = tree(&files);
    let paths = |args: &[&str]| {
        let (out, err, code) = run_in(dir.path(), &[&["--format", "json"], args].concat(), "");
        assert_eq!(code, 0, "{args:?}: {err}");
        json_paths(&out)
    };
    assert_eq!(
        paths(&["plans"]),
        [
            "plans/a.campaign.yaml",
            "plans/f.draft.campaign.yaml",
            "plans/old/e.campaign.yaml"
        ]
    );
    assert_eq!(
        paths(&[
            "plans",
            "--extend-exclude",
            "plans/old,*.draft.campaign.yaml"
        ]),
        ["plans/a.campaign.yaml"]
    );
    // --exclude replaces the default list.
    assert_eq!(paths(&["plans", "--exclude", "old"]).len(), 5);
    // Files named are checked all the same, unless --force-exclude.
    let named = "plans/node_modules/b.campaign.yaml";
    assert_eq!(paths(&[named]), [named]);
    let (_, err, code) = run_in(dir.path(), &[named, "--force-exclude"], "");
    assert_eq!(code, 2, "nothing left to check");
    assert!(err.contains("nothing to check"), "{err}");
    // campspec.toml's globs are relative to its directory.
    std::fs::write(
        dir.path().join("plans/campspec.toml"),
        "extend-exclude = [\"old\"]\nexclude = [\"*.draft.campaign.yaml\"]\n",
    )
    .expect("write");
    assert_eq!(
        paths(&["plans", "--config", "plans/campspec.toml"]).len(),
        4
    );
}

// 5. Quiet, statistics, output file, exit zero.

#[test]
fn quiet_prints_only_the_findings() {
    let dir = tree(&[
        ("w.campaign.yaml", &warning_plan()),
        ("c.campaign.yaml", &clean_plan()),
    ]);
    let (out, _, code) = run_in(dir.path(), &[".", "--quiet"], "");
    assert_eq!(code, 0);
    assert!(out.contains("phase-gap"), "{out}");
    assert!(!out.contains("files checked"), "{out}");
    let (out, _, _) = run_in(dir.path(), &["c.campaign.yaml", "-q"], "");
    assert_eq!(out, "");
}

#[test]
fn statistics_count_findings_per_rule() {
    let dir = tree(&[
        ("p.campaign.yaml", &planted_plan()),
        ("q.campaign.yaml", &planted_plan()),
        ("w.campaign.yaml", &warning_plan()),
    ]);
    let (out, _, code) = run_in(dir.path(), &[".", "--statistics"], "");
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "\
2  B001      lines-over-total
2  D003      phase-overlap
2  G002      growth-mismatch
2  R001  [*] unknown-team
2  S001  [*] unknown-key
2  S003      wrong-type
2  S004  [*] invalid-value
1  D004      phase-gap
[*] fixable with `campspec check --fix`
"
    );
    let (out, _, _) = run_in(dir.path(), &[".", "--statistics", "--format", "json"], "");
    let rows: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(rows.as_array().map(Vec::len), Some(8));
    assert_eq!(
        rows[3],
        serde_json::json!({"code": "R001", "name": "unknown-team", "count": 2, "fixable": true, "unsafe_fixable": false})
    );
    let (out, _, code) = run_in(
        dir.path(),
        &["w.campaign.yaml", "--statistics", "--lang", "zh-CN"],
        "",
    );
    assert_eq!(code, 0);
    assert_eq!(out, "1  D004      phase-gap\n");
    let dir = tree(&[("c.campaign.yaml", &clean_plan())]);
    let (out, _, _) = run_in(dir.path(), &[".", "--statistics", "--lang", "zh-CN"], "");
    assert_eq!(out, "没有发现问题\n");
}

#[test]
fn output_file_holds_the_report() {
    let dir = tree(&[("w.campaign.yaml", &warning_plan())]);
    for format in ["human", "concise", "json"] {
        let (out, err, code) = run_in(
            dir.path(),
            &[
                "w.campaign.yaml",
                "--format",
                format,
                "--output-file",
                "report.txt",
            ],
            "",
        );
        assert_eq!((out.as_str(), code), ("", 0), "{format}: {err}");
        let report = std::fs::read_to_string(dir.path().join("report.txt")).expect("report");
        assert!(report.contains("w.campaign.yaml"), "{format}: {report}");
        assert!(report.contains("D004"), "{format}: {report}");
    }
    // Never over a plan of the run.
    let plan = std::fs::read_to_string(dir.path().join("w.campaign.yaml")).expect("plan");
    let (_, err, code) = run_in(
        dir.path(),
        &["w.campaign.yaml", "--output-file", "w.campaign.yaml"],
        "",
    );
    assert_eq!(code, 2);
    assert!(err.contains("w.campaign.yaml"), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("w.campaign.yaml")).expect("plan"),
        plan
    );
    // Nor over the plan named by --stdin-filename.
    let (_, _, code) = run_in(
        dir.path(),
        &[
            "-",
            "--stdin-filename",
            "w.campaign.yaml",
            "--output-file",
            "w.campaign.yaml",
        ],
        &warning_plan(),
    );
    assert_eq!(code, 2);
}

#[test]
fn exit_zero_passes_findings_but_not_failures() {
    let dir = tree(&[("p.campaign.yaml", &planted_plan())]);
    let (out, _, code) = run_in(
        dir.path(),
        &["p.campaign.yaml", "--exit-zero", "--format", "concise"],
        "",
    );
    assert_eq!(code, 0);
    assert!(out.contains("error[D003]"), "{out}");
    let (_, _, code) = run_in(dir.path(), &["missing.campaign.yaml", "--exit-zero"], "");
    assert_eq!(code, 2);
    let (_, _, code) = run_in(
        dir.path(),
        &["p.campaign.yaml", "--exit-zero", "--select", "nope"],
        "",
    );
    assert_eq!(code, 2);
}

#[test]
fn fix_on_stdin_passes_bytes_that_are_not_text_through() {
    let dir = tree(&[]);
    let bytes = b"campspec: 1\nname: \xff\n".to_vec();
    let output = campspec()
        .current_dir(dir.path())
        .args(["check", "-", "--fix", "--format", "concise"])
        .write_stdin(bytes.clone())
        .output()
        .expect("run");
    assert_eq!(output.stdout, bytes);
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("-:2:7: error[Y011]"), "{err}");
    assert_eq!(output.status.code(), Some(1));
}
