//! `campspec check`: check spec files and directories and report the findings.

use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, print, print_error};
use campspec::check::{CheckedFile, check_paths_each};
use campspec::fix::{self, Which};
use campspec::msg;
use campspec::report::{self, concise, github, human, json, junit, sarif, statistics};
use campspec::settings::{Settings, parse_size};
use campspec::values::Date;
use clap::ValueEnum;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

const AFTER_HELP: &str = "\
Examples:
  campspec check                              check every spec under specs/
  campspec check plans/ other.campaign.yaml   directories are searched recursively
  campspec check 'plans/**/*.campaign.yaml'   globs are expanded (*, ?, [..], **)
  campspec check --format concise             file:line:col: severity[CODE]: message
  campspec check --format json > report.json  machine-readable report
  campspec check --deny warnings              fail on warnings too (for CI)
  campspec check --format sarif > campspec.sarif   GitHub code scanning
  campspec check --format github              annotations in a GitHub Actions log
  campspec check --format junit > report.xml  CI test dashboards
  campspec check --fix                        apply the safe fixes, then check again
  campspec check --diff                       show the fixes without writing them
  campspec check --select D,W --ignore D004   only the date and wording rules, not D004
  campspec check --statistics                 how many findings each rule gave
  campspec check - --stdin-filename plans/a.campaign.yaml < draft.yaml
                                              check a plan on standard input

Directories are searched for *.campaign.yaml and *.campaign.yml, passing over
the `exclude` globs (by default .git, target, node_modules, …); files named
explicitly are checked whatever their name, and a *.cart.yaml as a cart against
its plan (its `plan:`, or the plan beside it). Settings come from campspec.toml in
the current directory or a parent (see --config): `select`, `ignore`,
`extend-select`, `extend-ignore` and [per-file-ignores] take rule codes, names
and code prefixes; locked rules (yaml-syntax and the others that report what
could not be read) always run. A plan on standard input (`-`) is shown as `-`
unless --stdin-filename names it; with --fix the fixed plan is written to
standard output and the report to standard error.

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
    /// Spec files, directories or globs to check, or - for a plan on standard input [default: specs]
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

    /// The path of the plan read from standard input (`-`): the name its findings show,
    /// the place its campspec.toml is looked up from and its per-file ignores matched on
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,

    /// Rules to check, by code, name or code prefix (D, L0, D003, phase-overlap, ALL);
    /// replaces `select` of campspec.toml
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub select: Option<Vec<String>>,

    /// Rules not to check (code, name or prefix), with `ignore` of campspec.toml
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub ignore: Vec<String>,

    /// Rules to check besides those selected (code, name or prefix)
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub extend_select: Vec<String>,

    /// Rules not to check besides those ignored (code, name or prefix)
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub extend_ignore: Vec<String>,

    /// Globs a directory search passes over; replaces `exclude` of campspec.toml and
    /// the default (.git, target, node_modules, …)
    #[arg(long, value_name = "GLOBS", value_delimiter = ',')]
    pub exclude: Option<Vec<String>>,

    /// Globs a directory search passes over besides those excluded
    #[arg(long, value_name = "GLOBS", value_delimiter = ',')]
    pub extend_exclude: Vec<String>,

    /// Pass over the excluded paths even when named on the command line
    #[arg(long)]
    pub force_exclude: bool,

    /// Print only the findings: no summary, progress or fix counts
    #[arg(long, short)]
    pub quiet: bool,

    /// Print how many findings each rule gave instead of the findings
    #[arg(long)]
    pub statistics: bool,

    /// Write the report to FILE (atomically) instead of standard output
    #[arg(long, value_name = "FILE")]
    pub output_file: Option<PathBuf>,

    /// Exit 0 even when there are findings (still 2 when campspec could not run)
    #[arg(long)]
    pub exit_zero: bool,

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
        self.load_for(None)
    }

    /// [`SettingsArgs::load`], with `campspec.toml` looked up from `start` (a directory)
    /// instead of the current directory when given.
    pub fn load_for(&self, start: Option<&Path>) -> Result<Settings, String> {
        let mut settings = read_settings(self.config.as_ref(), self.no_config, start)?;
        settings.lang = Some(super::lang_override().or(settings.lang).unwrap_or_default());
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
    let mut settings = read_settings(config, no_config, None)?;
    // On the command line an unstated language is `auto`.
    settings.lang = Some(super::lang_override().or(settings.lang).unwrap_or_default());
    Ok(settings)
}

fn read_settings(
    config: Option<&PathBuf>,
    no_config: bool,
    start: Option<&Path>,
) -> Result<Settings, String> {
    if no_config {
        return Ok(Settings::default());
    }
    let path = match config {
        Some(path) => Some(path.clone()),
        None => match start {
            Some(start) => Settings::discover(&campspec::settings::absolute(start)),
            None => std::env::current_dir()
                .ok()
                .and_then(|dir| Settings::discover(&dir)),
        },
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
/// line saying how many findings would be fixed, unless `quiet`). How many findings
/// were (or would be) fixed; an error when a file could not be written.
fn fix_files(
    paths: &[PathBuf],
    settings: &Settings,
    which: Which,
    (diff, quiet): (bool, bool),
) -> Result<usize, String> {
    let lang = super::run_lang(Some(settings));
    let mut total = 0usize;
    for file in campspec::check::check_paths(paths, settings) {
        let Some(source) = file.source.as_ref().filter(|_| file.failure.is_none()) else {
            continue;
        };
        let text: &str = &source.text;
        let file_settings = settings.for_file(Path::new(&file.path));
        let (fixed_text, fixed) = fix::fix_text(&file.path, text, &file_settings, which);
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
    if diff && !quiet {
        let line = msg!("fix-would-fix", fixed = total).render(lang);
        eprintln!("{line}");
    }
    Ok(total)
}

/// Where the report goes: standard output, standard error (when standard output
/// carries the fixed plan of `-` with `--fix`) or a file written at the end.
enum Sink {
    Stdout,
    Stderr,
    File(PathBuf, String),
}

impl Sink {
    fn write(&mut self, text: &str) {
        match self {
            Sink::Stdout => print(text),
            Sink::Stderr => {
                use std::io::Write;
                let _ = std::io::stderr().lock().write_all(text.as_bytes());
            }
            Sink::File(_, buffer) => buffer.push_str(text),
        }
    }

    fn is_terminal(&self) -> bool {
        match self {
            Sink::Stdout => std::io::stdout().is_terminal(),
            Sink::Stderr => std::io::stderr().is_terminal(),
            Sink::File(..) => false,
        }
    }

    /// Writes the report file, refusing to write over a plan of the run.
    fn finish(self, files: &[CheckedFile], lang: campspec::i18n::Lang) -> Result<(), String> {
        let Sink::File(path, buffer) = self else {
            return Ok(());
        };
        let inputs: Vec<PathBuf> = files
            .iter()
            .map(|f| campspec::fs::canonical(Path::new(&f.path)))
            .collect();
        campspec::fs::write_atomic(&path, buffer.as_bytes(), &inputs).map_err(|e| e.render(lang))
    }
}

/// The plan read from standard input: whether the run reads one (`-`, or no path with
/// `--stdin-filename`), and the name shown for it.
fn stdin_name(args: &Args) -> Result<Option<String>, String> {
    let dash = args.paths.iter().any(|p| p.as_os_str() == "-");
    if dash && args.paths.len() > 1 {
        return Err(msg!("run-stdin-alone").render(super::run_lang(None)));
    }
    if !dash && !args.paths.is_empty() && args.stdin_filename.is_some() {
        return Err(msg!("run-stdin-filename-alone").render(super::run_lang(None)));
    }
    if !dash && args.stdin_filename.is_none() {
        return Ok(None);
    }
    Ok(Some(match &args.stdin_filename {
        Some(path) => path.display().to_string(),
        None => STDIN_NAME.to_owned(),
    }))
}

/// The name findings of a plan read from standard input show without `--stdin-filename`.
const STDIN_NAME: &str = "-";

/// The settings of the run: `campspec.toml` (looked up from the directory of
/// `--stdin-filename` for a plan on standard input), then the command line's.
fn run_settings(args: &Args, stdin: bool) -> Result<Settings, String> {
    let start = args.stdin_filename.as_ref().filter(|_| stdin).map(|path| {
        let dir = campspec::settings::absolute(path);
        dir.parent().map(Path::to_path_buf).unwrap_or(dir)
    });
    let mut settings = args.settings.load_for(start.as_deref())?;
    let lang = super::run_lang(Some(&settings));
    let list = |key: &str, list: &[String]| {
        campspec::settings::Selector::parse_list(key, list).map_err(|m| m.render(lang))
    };
    let select = args
        .select
        .as_deref()
        .map(|l| list("--select", l))
        .transpose()?;
    let extend_select = list("--extend-select", &args.extend_select)?;
    let ignore = list("--ignore", &args.ignore)?
        .into_iter()
        .chain(list("--extend-ignore", &args.extend_ignore)?)
        .collect();
    settings
        .override_selection(select, extend_select, ignore)
        .map_err(|m| m.render(lang))?;
    for pattern in args.exclude.iter().flatten().chain(&args.extend_exclude) {
        if campspec::settings::glob(pattern).is_none() {
            return Err(msg!("run-bad-glob", glob = pattern.as_str()).render(lang));
        }
    }
    settings.exclude.cli_exclude = args.exclude.clone();
    settings.exclude.cli_extend = args.extend_exclude.clone();
    settings.exclude.force = args.force_exclude;
    Ok(settings)
}

/// Checks the plan on standard input, named `name`. With `--fix` the fixed plan goes
/// to standard output (the report to standard error); with `--diff` the diff does.
/// The file checked and how many findings were fixed, or the exit code when the run
/// ends here.
fn check_stdin(
    args: &Args,
    name: &str,
    settings: &Settings,
    sink: &mut Sink,
) -> Result<(CheckedFile, Option<usize>), i32> {
    use std::io::Read;
    let lang = super::run_lang(Some(settings));
    let mut bytes = Vec::new();
    let limit = settings.max_file_size.saturating_add(1);
    if let Err(error) = std::io::stdin().lock().take(limit).read_to_end(&mut bytes) {
        let reason = campspec::fs::io_words(&error);
        print_error(&msg!("file-cannot-read", path = name, reason = reason).render(lang));
        return Err(EXIT_FAILURE);
    }
    if !(args.fix || args.diff) {
        return Ok((
            campspec::check::check_reader(name, &bytes[..], settings),
            None,
        ));
    }
    // Standard output carries the plan: the report goes to standard error.
    if args.fix && matches!(sink, Sink::Stdout) {
        *sink = Sink::Stderr;
    }
    let Ok(text) = String::from_utf8(bytes.clone()) else {
        // Not text: nothing to fix (the plan goes out as it came); the check says why.
        if args.fix {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            let _ = stdout.write_all(&bytes);
            let _ = stdout.flush();
        }
        return Ok((
            campspec::check::check_reader(name, &bytes[..], settings),
            None,
        ));
    };
    let which = if args.unsafe_fixes {
        Which::All
    } else {
        Which::Safe
    };
    let file_settings = settings.for_file(Path::new(name));
    let (fixed_text, fixed) = fix::fix_text(name, &text, &file_settings, which);
    if args.diff {
        print(&fix::unified_diff(name, &text, &fixed_text));
        if !args.quiet {
            eprintln!("{}", msg!("fix-would-fix", fixed = fixed).render(lang));
        }
        return Err(if fixed > 0 && !args.exit_zero {
            EXIT_FINDINGS
        } else {
            EXIT_OK
        });
    }
    print(&fixed_text);
    let checked = campspec::check::check_reader(name, fixed_text.as_bytes(), settings);
    Ok((checked, Some(fixed)))
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
    let stdin = match stdin_name(&args) {
        Ok(stdin) => stdin,
        Err(message) => {
            print_error(&message);
            return EXIT_FAILURE;
        }
    };
    let settings = match run_settings(&args, stdin.is_some()) {
        Ok(settings) => settings,
        Err(message) => {
            print_error(&message);
            return EXIT_FAILURE;
        }
    };
    let lang = super::run_lang(Some(&settings));
    let mut sink = match &args.output_file {
        Some(path) => Sink::File(path.clone(), String::new()),
        None => Sink::Stdout,
    };
    let (files, fixed) = match &stdin {
        Some(name) => match check_stdin(&args, name, &settings, &mut sink) {
            Ok((file, fixed)) => {
                let files = vec![file];
                if !args.statistics {
                    sink.write(&streamed(&args, &files, color(&args, &sink)));
                }
                (files, fixed)
            }
            Err(code) => return code,
        },
        None => match check_files(&args, &settings, &mut sink) {
            Ok(checked) => checked,
            Err(code) => return code,
        },
    };
    report(&args, &files, fixed, lang, &mut sink);
    if let Err(message) = sink.finish(&files, lang) {
        print_error(&message);
        return EXIT_FAILURE;
    }
    let summary = report::Summary::of(&files);
    let code = if files.iter().any(|f| f.failure.is_some() || f.crashed()) {
        EXIT_FAILURE
    } else if args.exit_zero {
        EXIT_OK
    } else if summary.errors > 0 || (args.deny.is_some() && summary.warnings > 0) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    };
    // The process exits right after this.
    campspec::check::leave_to_exit(files);
    code
}

/// Whether human output is in colour.
fn color(args: &Args, sink: &Sink) -> human::Options {
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            sink.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100);
    human::Options { color, width }
}

/// The findings of a batch in the formats printed as the files are checked (human,
/// concise, GitHub); empty for the others.
fn streamed(args: &Args, batch: &[CheckedFile], options: human::Options) -> String {
    match args.format {
        Format::Human => human::diagnostics(batch, options),
        Format::Concise => concise::render(batch),
        Format::Github => github::render(batch),
        Format::Json | Format::Sarif | Format::Junit => String::new(),
    }
}

/// Fixes (with `--fix` or `--diff`) and checks the files and directories named,
/// printing the streamed formats as it goes. The files checked and how many findings
/// were fixed, or the exit code when the run ends early.
fn check_files(
    args: &Args,
    settings: &Settings,
    sink: &mut Sink,
) -> Result<(Vec<CheckedFile>, Option<usize>), i32> {
    let lang = super::run_lang(Some(settings));
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("specs")]
    } else {
        args.paths.clone()
    };
    let fixed = if args.fix || args.diff {
        let which = if args.unsafe_fixes {
            Which::All
        } else {
            Which::Safe
        };
        match fix_files(&paths, settings, which, (args.diff, args.quiet)) {
            Ok(fixed) if args.diff => {
                return Err(if fixed > 0 && !args.exit_zero {
                    EXIT_FINDINGS
                } else {
                    EXIT_OK
                });
            }
            Ok(fixed) => Some(fixed),
            Err(message) => {
                print_error(&message);
                return Err(EXIT_FAILURE);
            }
        }
    } else {
        None
    };
    // A progress bar on a terminal, for human output only: machine formats, quiet runs
    // and redirected output stay clean.
    let progress = std::sync::Arc::new(campspec::check::Progress::default());
    let drawer = (args.format == Format::Human
        && !args.quiet
        && !args.statistics
        && std::io::stderr().is_terminal())
    .then(|| super::progress::Drawer::start(progress.clone(), lang));
    let options = color(args, sink);
    // Human, concise and GitHub output are printed as the files are checked, a batch at
    // a time, and each file's text and model are released once printed; the other
    // formats are one document over the whole run, written at the end from the
    // findings kept.
    let files = check_paths_each(&paths, settings, Some(&progress), |batch| {
        if args.statistics {
            return;
        }
        let output = streamed(args, batch, options);
        if output.is_empty() {
            return;
        }
        match &drawer {
            Some(drawer) => drawer.suspended(|| sink.write(&output)),
            None => sink.write(&output),
        }
    });
    drop(drawer);
    if files.is_empty() {
        print_error(&campspec::check::nothing_to_check_in(&paths, lang));
        return Err(EXIT_FAILURE);
    }
    Ok((files, fixed))
}

/// The end of the report: the whole-run formats, the statistics, or the summary line
/// (not with `--quiet`), and how many findings `--fix` fixed.
fn report(
    args: &Args,
    files: &[CheckedFile],
    fixed: Option<usize>,
    lang: campspec::i18n::Lang,
    sink: &mut Sink,
) {
    let output = if args.statistics {
        match args.format {
            Format::Json => statistics::render_json(files),
            _ => statistics::render_text(files, lang),
        }
    } else {
        match args.format {
            Format::Human if args.quiet => String::new(),
            Format::Human => human::summary_line_in(files, lang),
            Format::Concise | Format::Github => String::new(),
            Format::Json => json::render(files),
            Format::Sarif => sarif::render_in(files, lang),
            Format::Junit => junit::render(files, args.deny.is_some()),
        }
    };
    sink.write(&output);
    if let Some(fixed) = fixed.filter(|_| !args.quiet) {
        let remaining: usize = files.iter().map(|f| f.findings.len()).sum();
        let line = msg!("fix-summary", fixed = fixed, remaining = remaining).render(lang);
        if args.format == Format::Human && !args.statistics {
            sink.write(&format!("{line}\n"));
        } else {
            eprintln!("{line}");
        }
    }
}
