//! `campspec diff`: what a change to a plan means, for pull-request review — between two
//! files or git revisions, or for every plan changed since a base revision.

use super::check::SettingsArgs;
use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, print, print_error};
use campspec::Version;
use campspec::diff::render;
use campspec::i18n::Msg;
use campspec::msg;
use clap::ValueEnum;
use std::path::Path;
use std::process::Command;

const AFTER_HELP: &str = "\
Examples:
  campspec diff old.campaign.yaml specs/cny-2027.campaign.yaml
  campspec diff main:specs/cny-2027.campaign.yaml specs/cny-2027.campaign.yaml
  campspec diff --base origin/main                  every plan changed since origin/main
  campspec diff --base HEAD~1 specs/ --format json

A side written REV:path is read from git (`git show REV:./path`). With --base,
every *.campaign.yaml changed between REV and the working tree (under PATH...,
default the current directory) is compared, new and removed plans included.

The Markdown output (the default) is ready to post as a pull-request comment:
goals, phases and dates, budget, offers field by field, guardrails, copy, the
change in the worst-case discount, and findings introduced and resolved.

With --fail-on error (or warning), the change fails (exit 1) when NEW has findings
of that severity (or worse) that OLD did not have: a gate for CI.

Exit codes: 0 compared (and nothing introduced that --fail-on names), 1 the change
introduces findings --fail-on names, 2 a side could not be read (no such file, not
a git repository, git error).";

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Markdown for a pull-request comment (default).
    Md,
    /// Plain text.
    Human,
    /// Versioned JSON.
    Json,
}

/// The least severity of an introduced finding that fails the change (`--fail-on`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Errors introduced fail the change.
    Error,
    /// Errors or warnings introduced fail the change.
    Warning,
}

impl FailOn {
    /// Whether an introduced finding of `severity` (as the diff writes it) fails.
    fn fails(self, severity: &str) -> bool {
        match self {
            FailOn::Error => severity == "error",
            FailOn::Warning => matches!(severity, "error" | "warning"),
        }
    }
}

/// Compare two versions of plans and say what changed.
#[derive(clap::Args, Debug)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// OLD and NEW (files or REV:path); with --base, the paths to look in
    #[arg(value_name = "SIDE")]
    pub sides: Vec<String>,

    /// Compare every plan changed since this git revision
    #[arg(long, value_name = "REV")]
    pub base: Option<String>,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,

    /// Exit 1 when the change introduces findings of this severity or worse
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<FailOn>,

    #[command(flatten)]
    pub settings: SettingsArgs,
}

fn git(args: &[&str]) -> Result<String, Msg> {
    let output = Command::new("git")
        .args(args)
        .output()
        .map_err(|e| msg!("diff-cannot-run-git", error = e.to_string()))?;
    let command = format!("git {}", args.join(" "));
    if !output.status.success() {
        // git's own words, as git wrote them.
        return Err(Msg::raw(format!(
            "{command}: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    String::from_utf8(output.stdout).map_err(|_| msg!("diff-git-not-utf8", command = command))
}

/// Checks that the current directory is inside a git work tree, for `what` (the option
/// or side that reads from git): one line saying so when it is not, or when git cannot
/// be started.
fn need_git_repository(what: &str) -> Result<(), Msg> {
    let output = Command::new("git")
        .args(["rev-parse", "--is-inside-work-tree"])
        .output()
        .map_err(|e| msg!("diff-cannot-run-git", error = e.to_string()))?;
    if output.status.success() && output.stdout.starts_with(b"true") {
        return Ok(());
    }
    let here = std::env::current_dir()
        .map(|d| campspec::escape::line(&d.display().to_string()).into_owned())
        .unwrap_or_else(|_| ".".to_owned());
    Err(msg!("diff-not-a-repository", what = what, dir = here))
}

/// `REV:path` with the path relative to the current directory, as git reads it.
fn git_object(rev: &str, path: &str) -> String {
    if path.starts_with("./") || path.starts_with('/') || path.starts_with("../") {
        format!("{rev}:{path}")
    } else {
        format!("{rev}:./{path}")
    }
}

/// Reads one side: a file, or `REV:path` through git.
fn read_side(spec: &str) -> Result<(String, String), Msg> {
    if Path::new(spec).exists() {
        let bytes = campspec::fs::read_regular(Path::new(spec))
            .map_err(|e| Msg::raw(format!("{spec}: {e}")))?;
        let text = String::from_utf8(bytes).map_err(|_| msg!("diff-side-not-utf8", side = spec))?;
        return Ok((spec.to_owned(), text));
    }
    match spec.split_once(':') {
        Some((rev, path)) if !rev.is_empty() && !path.is_empty() => {
            need_git_repository(spec)?;
            let text = git(&["show", &git_object(rev, path)])?;
            Ok((spec.to_owned(), text))
        }
        _ => Err(msg!("diff-no-such-side", side = spec)),
    }
}

fn version(label: String, text: String) -> Version {
    Version { label, text }
}

fn is_plan(path: &str) -> bool {
    path.ends_with(".campaign.yaml") || path.ends_with(".campaign.yml")
}

/// The plans changed since `rev` under `paths`: (path, in the base, in the work tree).
fn changed_since(rev: &str, paths: &[String]) -> Result<Vec<(String, bool, bool)>, Msg> {
    let mut args = vec![
        "diff",
        "--name-status",
        "--no-renames",
        "--relative",
        rev,
        "--",
    ];
    args.extend(paths.iter().map(String::as_str));
    let listed = git(&args)?;
    let mut out = Vec::new();
    for line in listed.lines() {
        let Some((status, path)) = line.split_once('\t') else {
            continue;
        };
        if !is_plan(path) {
            continue;
        }
        let (before, after) = match status.chars().next() {
            Some('A') => (false, true),
            Some('D') => (true, false),
            _ => (true, true),
        };
        out.push((path.to_owned(), before, after));
    }
    let mut args = vec!["ls-files", "--others", "--exclude-standard", "--"];
    args.extend(paths.iter().map(String::as_str));
    for path in git(&args)?.lines() {
        if is_plan(path) && !out.iter().any(|(p, _, _)| p == path) {
            out.push((path.to_owned(), false, true));
        }
    }
    out.sort();
    Ok(out)
}

/// Whether any plan file lies under `paths`, in the working tree or at `rev`.
fn has_plans(rev: &str, paths: &[String]) -> bool {
    let mut here = vec![
        "ls-files",
        "--cached",
        "--others",
        "--exclude-standard",
        "--",
    ];
    here.extend(paths.iter().map(String::as_str));
    let mut there = vec!["ls-tree", "-r", "--name-only", rev, "--"];
    there.extend(paths.iter().map(String::as_str));
    [here, there]
        .iter()
        .filter_map(|args| git(args).ok())
        .any(|listed| listed.lines().any(is_plan))
}

pub fn run(args: Args) -> i32 {
    let settings = match args.settings.load() {
        Ok(s) => s,
        Err(message) => {
            print_error(&message);
            return EXIT_FAILURE;
        }
    };
    // The diff is about changes, not one plan: it speaks the run's language.
    let lang = super::run_lang(Some(&settings));
    let mut diffs = Vec::new();
    let mut failed = false;
    match &args.base {
        Some(rev) => {
            let paths = if args.sides.is_empty() {
                vec![".".to_owned()]
            } else {
                args.sides.clone()
            };
            if let Err(message) = need_git_repository("--base") {
                print_error(&message.render(lang));
                return EXIT_FAILURE;
            }
            let changed = match changed_since(rev, &paths) {
                Ok(c) => c,
                Err(message) => {
                    print_error(&message.render(lang));
                    return EXIT_FAILURE;
                }
            };
            if changed.is_empty() && !has_plans(rev, &paths) {
                print_error(&campspec::check::nothing_to_check_in(&paths, lang));
                return EXIT_FAILURE;
            }
            for (path, before, after) in changed {
                let old = if before {
                    let object = git_object(rev, &path);
                    match git(&["show", &object]) {
                        Ok(text) => Some(version(format!("{rev}:{path}"), text)),
                        Err(message) => {
                            print_error(&message.render(lang));
                            failed = true;
                            continue;
                        }
                    }
                } else {
                    None
                };
                let new = if after {
                    match read_side(&path) {
                        Ok((label, text)) => Some(version(label, text)),
                        Err(message) => {
                            print_error(&message.render(lang));
                            failed = true;
                            continue;
                        }
                    }
                } else {
                    None
                };
                diffs.push(campspec::diff(old, new, &settings, lang));
            }
        }
        None => {
            let [old, new] = args.sides.as_slice() else {
                print_error(&msg!("diff-give-sides").render(lang));
                return EXIT_FAILURE;
            };
            let read = |spec: &str| read_side(spec).map(|(label, text)| version(label, text));
            match (read(old), read(new)) {
                (Ok(a), Ok(b)) => diffs.push(campspec::diff(Some(a), Some(b), &settings, lang)),
                (a, b) => {
                    for error in [a.err(), b.err()].into_iter().flatten() {
                        print_error(&error.render(lang));
                    }
                    return EXIT_FAILURE;
                }
            }
        }
    }
    print(&match args.format {
        Format::Md => render::markdown(&diffs, lang),
        Format::Human => render::human(&diffs, lang),
        Format::Json => render::json(&diffs),
    });
    let introduced = |fail_on: FailOn| {
        diffs
            .iter()
            .flat_map(|d| &d.findings.introduced)
            .any(|n| fail_on.fails(n.severity))
    };
    if failed {
        EXIT_FAILURE
    } else if args.fail_on.is_some_and(introduced) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}
