//! `campspec check`: check spec files and directories and report the findings.

use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, print, print_error};
use campspec::check::check_paths_each;
use campspec::fix::{self, Which};
use campspec::msg;
use campspec::report::{self, concise, github, human, json, junit, sarif};
use campspec::settings::{Settings, parse_size};
use campspec::values::Date;
use clap::ValueEnum;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

const AFTER_HELP: &str = "\
Examples:
  campspec check                              check every spec under specs/
  campspec check plans/ other.campaign.yaml   directories are searched recursively
  campspec check --format concise             file:line:col: severity[CODE]: message
  campspec check --format json > report.json  machine-readable report
  campspec check --deny warnings              fail on warnings too (for CI)
  campspec check --format sarif > campspec.sarif   GitHub code scanning
  campspec check --format github              annotations in a GitHub Actions log
  campspec check --format junit > report.xml  CI test dashboards
  campspec check --fix                        apply the safe fixes, then check again
  campspec check --diff                       show the fixes without writing them

Directories are searched for *.campaign.yaml and *.campaign.yml; files named
explicitly are checked whatever their name. Settings come from campspec.toml in
the current directory or a parent (see --config).

Exit codes: 0 no errors, 1 errors found (or warnings with --deny warnings),
2 campspec could not run (unreadable file or settings).";

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Diagnostics with the source lines and underlines (default).
    Human,
    /// One line per finding: `file:line:col: severity[CODE]: message`.
    Concise,
    /// A JSON report (version 1) for tools.
    Json,
    /// SARIF 2.1.0, for code scanning (GitHub, IDEs).
    Sarif,
    /// GitHub Actions annotations (`::error file=…,line=…::message`).
    Github,
    /// JUnit XML: one test case per file, a failure per finding.
    Junit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// Colour when writing to a terminal and NO_COLOR is not set.
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    /// Treat warnings as errors for the exit code.
    Warnings,
}

/// Check campaign specs for structure, consistency and wording.
#[derive(clap::Args, Debug)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// Spec files or directories to check [default: specs]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Fail (exit 1) on warnings as well as errors
    #[arg(long, value_enum, value_name = "WHAT")]
    pub deny: Option<Deny>,

    /// When to use colour in human output
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,

    /// Apply the safe fixes to the files, then report what remains
    #[arg(long)]
    pub fix: bool,

    /// With --fix or --diff: apply the unsafe fixes too (read the result)
    #[arg(long)]
    pub unsafe_fixes: bool,

    /// Show the fixes as a unified diff instead of writing them
    #[arg(long)]
    pub diff: bool,

    #[command(flatten)]
    pub settings: SettingsArgs,
}

/// Where settings come from, shared by the commands that check plans.
#[derive(clap::Args, Debug)]
pub struct SettingsArgs {
    /// Settings file [default: campspec.toml in the current directory or a parent]
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,

    /// Ignore any campspec.toml
    #[arg(long)]
    pub no_config: bool,

    /// Largest spec file read, e.g. 32MiB [default: 32MiB or campspec.toml]
    #[arg(long, value_name = "SIZE")]
    pub max_file_size: Option<String>,

    /// The date waivers expire against, YYYY-MM-DD [default: today in the spec's time zone]
    #[arg(long, value_name = "DATE", env = "CAMPSPEC_TODAY")]
    pub today: Option<String>,
}

impl SettingsArgs {
    /// The settings: `campspec.toml` (found or named), then the command-line overrides.
    pub fn load(&self) -> Result<Settings, String> {
        let mut settings = load_settings(self.config.as_ref(), self.no_config)?;
        if let Some(size) = &self.max_file_size {
            settings.max_file_size = parse_size(size).ok_or_else(|| {
                msg!("run-bad-max-file-size", size = size).render(super::run_lang(Some(&settings)))
            })?;
        }
        if let Some(today) = &self.today {
            settings.today = Some(Date::parse(today).map_err(|e| {
                msg!("run-bad-today", problem = e.message).render(super::run_lang(Some(&settings)))
            })?);
        }
        Ok(settings)
    }
}

/// The settings of `campspec.toml` (found or named), with the language of `--lang` or
/// `CAMPSPEC_LANG` when given.
pub(crate) fn load_settings(config: Option<&PathBuf>, no_config: bool) -> Result<Settings, String> {
    let mut settings = read_settings(config, no_config)?;
    // On the command line an unstated language is `auto`.
    settings.lang = Some(super::lang_override().or(settings.lang).unwrap_or_default());
    Ok(settings)
}

fn read_settings(config: Option<&PathBuf>, no_config: bool) -> Result<Settings, String> {
    if no_config {
        return Ok(Settings::default());
    }
    let path = match config {
        Some(path) => Some(path.clone()),
        None => std::env::current_dir()
            .ok()
            .and_then(|dir| Settings::discover(&dir)),
    };
    match path {
        Some(path) => Settings::from_file(&path).map_err(|e| {
            // Settings that cannot be read say nothing of the language: the
            // environment's, for this error and the rest of the run.
            let lang = super::lang_override().unwrap_or_default().run_lang();
            super::settle_run_lang(lang);
            e.render(lang)
        }),
        None => Ok(Settings::default()),
    }
}

/// Applies the fixes `which` takes to every plan under `paths`: writes each changed file
/// atomically, or with `diff` prints a unified diff of it and writes nothing (then a
/// line saying how many findings would be fixed). How many findings were (or would be)
/// fixed; an error when a file could not be written.
fn fix_files(
    paths: &[PathBuf],
    settings: &Settings,
    which: Which,
    diff: bool,
) -> Result<usize, String> {
    let lang = super::run_lang(Some(settings));
    let mut total = 0usize;
    for file in campspec::check::check_paths(paths, settings) {
        let Some(source) = file.source.as_ref().filter(|_| file.failure.is_none()) else {
            continue;
        };
        let text: &str = &source.text;
        let (fixed_text, fixed) = fix::fix_text(&file.path, text, settings, which);
        if fixed_text == text {
            continue;
        }
        total = total.saturating_add(fixed);
        if diff {
            print(&fix::unified_diff(&file.path, text, &fixed_text));
        } else {
            campspec::fs::write_atomic(Path::new(&file.path), fixed_text.as_bytes(), &[])
                .map_err(|e| e.render(lang))?;
        }
    }
    if diff {
        let line = msg!("fix-would-fix", fixed = total).render(lang);
        eprintln!("{line}");
    }
    Ok(total)
}

pub fn run(args: Args) -> i32 {
    // Start-up work that does not depend on the settings runs on two other threads
    // while this one reads the settings and the files: on a small check these one-time
    // costs are most of the wall time. One thread compiles the shipped lexicons (unless
    // `[wording]` replaces them, they are what the wording scan needs last); the other
    // compiles the schema validator (needed first); both then share the claim patterns.
    std::thread::spawn(|| {
        campspec::wording::default_lexicon();
        campspec::wording::claims::warm_up(true);
    });
    std::thread::spawn(|| {
        campspec::schema::warm_up(campspec::schema::Document::Campaign);
        campspec::wording::claims::warm_up(false);
    });
    let settings = match args.settings.load() {
        Ok(settings) => settings,
        Err(message) => {
            print_error(&message);
            return EXIT_FAILURE;
        }
    };
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("specs")]
    } else {
        args.paths
    };
    let fixed = if args.fix || args.diff {
        let which = if args.unsafe_fixes {
            Which::All
        } else {
            Which::Safe
        };
        match fix_files(&paths, &settings, which, args.diff) {
            Ok(fixed) if args.diff => return if fixed > 0 { EXIT_FINDINGS } else { EXIT_OK },
            Ok(fixed) => Some(fixed),
            Err(message) => {
                print_error(&message);
                return EXIT_FAILURE;
            }
        }
    } else {
        None
    };
    // A progress bar on a terminal, for human output only: machine formats and
    // redirected output stay clean.
    let progress = std::sync::Arc::new(campspec::check::Progress::default());
    let lang = super::run_lang(Some(&settings));
    let drawer = (args.format == Format::Human && std::io::stderr().is_terminal())
        .then(|| super::progress::Drawer::start(progress.clone(), lang));
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100);
    let options = human::Options { color, width };
    // Human, concise and GitHub output are printed as the files are checked, a batch at
    // a time, and each file's text and model are released once printed; the other
    // formats are one document over the whole run, written at the end from the
    // findings kept.
    let files = check_paths_each(&paths, &settings, Some(&progress), |batch| {
        let output = match args.format {
            Format::Human => human::diagnostics(batch, options),
            Format::Concise => concise::render(batch),
            Format::Github => github::render(batch),
            Format::Json | Format::Sarif | Format::Junit => return,
        };
        if output.is_empty() {
            return;
        }
        match &drawer {
            Some(drawer) => drawer.suspended(|| print(&output)),
            None => print(&output),
        }
    });
    drop(drawer);
    if files.is_empty() {
        print_error(&campspec::check::nothing_to_check_in(&paths, lang));
        return EXIT_FAILURE;
    }
    let output = match args.format {
        Format::Human => human::summary_line_in(&files, lang),
        Format::Concise | Format::Github => String::new(),
        Format::Json => json::render(&files),
        Format::Sarif => sarif::render_in(&files, lang),
        Format::Junit => junit::render(&files, args.deny.is_some()),
    };
    print(&output);
    if let Some(fixed) = fixed {
        let remaining: usize = files.iter().map(|f| f.findings.len()).sum();
        let line = msg!("fix-summary", fixed = fixed, remaining = remaining).render(lang);
        if args.format == Format::Human {
            print(&format!("{line}\n"));
        } else {
            eprintln!("{line}");
        }
    }
    let summary = report::Summary::of(&files);
    let code = if files.iter().any(|f| f.failure.is_some() || f.crashed()) {
        EXIT_FAILURE
    } else if summary.errors > 0 || (args.deny.is_some() && summary.warnings > 0) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    };
    // The process exits right after this.
    campspec::check::leave_to_exit(files);
    code
}
