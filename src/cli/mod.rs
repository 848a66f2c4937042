//! The command line: clap types, one file per subcommand, and all terminal output.

mod build;
mod check;
mod completions;
mod diff;
mod errors;
mod explain;
mod help;
pub mod init;
mod progress;
mod rules;
mod schema;
mod server;
mod simulate;

use campspec::i18n::{Choice, Lang};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::io::Write;
use std::sync::OnceLock;

/// Exit code: no errors (warnings allowed).
pub const EXIT_OK: i32 = 0;
/// Exit code: findings that fail the check.
pub const EXIT_FINDINGS: i32 = 1;
/// Exit code: campspec could not run (bad arguments, unreadable files or settings).
pub const EXIT_FAILURE: i32 = 2;

const ABOUT: &str = "Compile and validate declarative marketing-campaign plans";

const LONG_ABOUT: &str = "\
campspec checks campaign plans written as YAML (goals, phases, budgets, price mechanics,
coupons, customer-facing copy, compliance facts) for structure, consistency and wording,
with diagnostics that point at the exact line and say how to fix it.";

const AFTER_HELP: &str = "\
Examples:
  campspec init                        write a commented starter plan.campaign.yaml
  campspec check                       check every *.campaign.yaml under specs/
  campspec check plans/cny.campaign.yaml --format concise
  campspec build specs/ --out build    plan.md, plan.html, rules.json, calendar.ics
  campspec diff --base origin/main     what the changed plans now mean (Markdown)
  campspec rules                       list every rule with its code
  campspec explain phase-overlap       show a rule's documentation
  campspec schema > campaign.schema.json
  campspec simulate specs/cny-2027.campaign.yaml --cart specs/carts/cny-2027-diamond.cart.yaml
  campspec server                      the language server, for editors
  campspec completions bash            shell completions (also zsh, fish, powershell, elvish)
  campspec man > campspec.1            the man page

Exit codes: 0 no errors, 1 errors found (or warnings with --deny warnings),
2 campspec could not run.";

#[derive(Parser, Debug)]
#[command(name = "campspec", version, about = ABOUT, long_about = LONG_ABOUT, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// Language of messages: zh-CN, en or auto (each plan's locale; the environment's
    /// LANG for the run) [default: auto, or `lang` in campspec.toml]
    #[arg(long, global = true, value_name = "LANG", env = "CAMPSPEC_LANG", value_parser = parse_lang)]
    pub lang: Option<Choice>,
}

/// Reads `--lang`.
fn parse_lang(text: &str) -> Result<Choice, String> {
    Choice::parse(text)
        .ok_or_else(|| campspec::msg!("run-bad-lang", value = text).render(Lang::from_env()))
}

/// The language asked for on the command line or in `CAMPSPEC_LANG`, once parsed.
static LANG: OnceLock<Option<Choice>> = OnceLock::new();

/// The run's language once the settings in force are read (`--config`, `--no-config`).
static RUN_LANG: OnceLock<Lang> = OnceLock::new();

/// `--lang` or `CAMPSPEC_LANG`, when given.
pub(crate) fn lang_override() -> Option<Choice> {
    LANG.get().copied().flatten()
}

/// The language of what the run says itself (summary, progress, errors, `rules`,
/// `explain`): `--lang`/`CAMPSPEC_LANG`, else `lang` in the `campspec.toml` in force,
/// else the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`).
pub(crate) fn run_lang(settings: Option<&campspec::settings::Settings>) -> Lang {
    if let Some(choice) = lang_override() {
        return choice.run_lang();
    }
    match settings {
        Some(settings) => {
            let lang = settings.lang().run_lang();
            // The settings in force: later messages of the run follow them.
            let _ = RUN_LANG.set(lang);
            lang
        }
        None if RUN_LANG.get().is_some() => RUN_LANG.get().copied().unwrap_or(Lang::En),
        None => check::load_settings(None, false)
            .map(|s| s.lang())
            .unwrap_or_default()
            .run_lang(),
    }
}

/// Fixes the run's language for the messages still to come.
pub(crate) fn settle_run_lang(lang: Lang) {
    let _ = RUN_LANG.set(lang);
}

/// The language of `--help`, before the arguments are parsed: `--lang` as written in
/// `args`, else `CAMPSPEC_LANG`, else `campspec.toml`, else the environment.
fn early_lang(args: &[std::ffi::OsString]) -> Lang {
    let mut words = args.iter().filter_map(|a| a.to_str());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(choice) = value.and_then(Choice::parse) {
            return match choice {
                Choice::Fixed(lang) => lang,
                Choice::Auto => Lang::from_env(),
            };
        }
    }
    if let Some(choice) = std::env::var("CAMPSPEC_LANG")
        .ok()
        .and_then(|v| Choice::parse(&v))
    {
        return choice.run_lang();
    }
    run_lang(None)
}

#[derive(Subcommand, Debug)]
pub enum Command {
    Init(init::Args),
    Check(check::Args),
    Build(build::Args),
    Diff(diff::Args),
    Rules(rules::Args),
    Explain(explain::Args),
    Schema(schema::Args),
    Simulate(simulate::Args),
    Server(server::Args),
    Completions(completions::CompletionsArgs),
    Man(completions::ManArgs),
}

/// Parses arguments, runs, and returns the exit code.
pub fn run() -> i32 {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = early_lang(&args);
    // The texts of `--help` and of command-line mistakes are only read when clap shows
    // them: the command is localised only then, so a run does not pay for it.
    let parse = |command: clap::Command| {
        command
            .try_get_matches_from(&args)
            .and_then(|matches| Cli::from_arg_matches(&matches))
    };
    let parsed = match parse(Cli::command()) {
        Err(_) if lang != Lang::En => parse(help::localise(Cli::command(), lang)),
        parsed => parsed,
    };
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() {
                EXIT_FAILURE
            } else {
                EXIT_OK
            };
            match errors::render(&error, lang) {
                Some(text) => {
                    let _ = std::io::stderr().lock().write_all(text.as_bytes());
                }
                None => {
                    let _ = error.print();
                }
            }
            return code;
        }
    };
    let _ = LANG.set(cli.lang);
    match cli.command {
        Command::Init(args) => init::run(args),
        Command::Check(args) => check::run(args),
        Command::Build(args) => build::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Rules(args) => rules::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Simulate(args) => simulate::run(args),
        Command::Server(args) => server::run(args),
        Command::Completions(args) => completions::completions(args),
        Command::Man(args) => completions::man(args),
    }
}

/// Writes to stdout; a closed pipe (`campspec rules | head`) is not an error.
pub(crate) fn print(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}

/// Writes an error line to stderr. Errors can quote file names and plan text: they are
/// shown through [`campspec::escape::line`], so an error is one line, its control
/// characters visible.
pub(crate) fn print_error(text: &str) {
    let line = campspec::msg!(
        "run-error",
        message = campspec::escape::line(text).into_owned()
    )
    .render(run_lang(None));
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "{line}");
}
