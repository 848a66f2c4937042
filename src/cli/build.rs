//! `campspec build`: check plans, then write their documents, engine config and calendar.

use super::check::SettingsArgs;
use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, print, print_error};
use campspec::check::{CheckedFile, check_paths};
use campspec::finding::Severity;
use campspec::fs::{canonical, replace_dir};
use campspec::i18n::{Lang, Msg};
use campspec::msg;
use campspec::render::{OutputKind, Templates};
use campspec::report::human;
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

const AFTER_HELP: &str = "\
Examples:
  campspec build specs/ --out build              every plan under specs/
  campspec build plan.campaign.yaml --only md,rules
  campspec build specs/ --templates my-templates  use your own plan.md.j2 etc.

Each plan is written to OUT/<id>/: plan.md, plan.html, rules.json,
calendar.ics, and review.md + review.html when the plan has `results`.
A plan with errors is not built (its findings are shown); warnings do not
block. A plan's documents are replaced all together or, on any failure, not
at all; never over an input file.

Templates (plan.md.j2, plan.html.j2, review.md.j2, review.html.j2,
style.css.j2) are built in; a file of the same name in --templates DIR
replaces one. They receive the render context documented in
src/render/context.rs and src/render/review.rs; an undefined value is an error.

Exit codes: 0 built, 1 a plan has errors, 2 campspec could not run
(unreadable file, bad template, unwritable output).";

/// Build stakeholder documents, the engine rule config and the calendar from plans.
#[derive(clap::Args, Debug)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// Spec files or directories to build [default: specs]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output directory; each plan goes to OUT/<id>/
    #[arg(long, value_name = "DIR", default_value = "build")]
    pub out: PathBuf,

    /// Outputs to write, comma-separated: md, html, rules, ics, review [default: all]
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub only: Vec<String>,

    /// A directory of templates replacing the built-in ones file by file
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,

    #[command(flatten)]
    pub settings: SettingsArgs,
}

pub fn run(args: Args) -> i32 {
    let settings = match args.settings.load() {
        Ok(settings) => settings,
        Err(message) => {
            print_error(&message);
            return EXIT_FAILURE;
        }
    };
    let lang = super::run_lang(Some(&settings));
    let kinds = match output_kinds(&args.only, lang) {
        Ok(kinds) => kinds,
        Err(message) => {
            print_error(&message);
            return EXIT_FAILURE;
        }
    };
    let templates = match &args.templates {
        Some(dir) => Templates::with_overrides(dir),
        None => Templates::embedded(),
    };
    let templates = match templates {
        Ok(t) => t,
        Err(error) => {
            print(&human::diagnostic(&*error, human_options()));
            return EXIT_FAILURE;
        }
    };
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("specs")]
    } else {
        args.paths
    };
    let files = check_paths(&paths, &settings);
    if files.is_empty() {
        print_error(&campspec::check::nothing_to_check_in(&paths, lang));
        return EXIT_FAILURE;
    }
    let inputs: Vec<PathBuf> = files.iter().map(|f| canonical(f.path.as_ref())).collect();

    // Findings first, as `check` shows them: a plan with errors is not built.
    if files
        .iter()
        .any(|f| f.failure.is_some() || !f.findings.is_empty())
    {
        let mut shown = human::diagnostics(&files, human_options());
        shown.push_str(&human::summary_line_in(&files, lang));
        print(&shown);
    }

    let mut build = Build {
        out: &args.out,
        templates: &templates,
        kinds: &kinds,
        inputs: &inputs,
        built: BTreeMap::new(),
        report: String::new(),
        lang,
    };
    let mut code = EXIT_OK;
    for file in &files {
        match build.file(file) {
            Outcome::Built => {}
            Outcome::Findings => {
                if code == EXIT_OK {
                    code = EXIT_FINDINGS;
                }
            }
            Outcome::Failed => code = EXIT_FAILURE,
        }
    }
    print(&build.report);
    code
}

/// The outputs `--only` names (all of them when it names none).
fn output_kinds(only: &[String], lang: Lang) -> Result<Vec<OutputKind>, String> {
    let mut kinds = Vec::new();
    for name in only {
        match OutputKind::parse(name) {
            Some(kind) => kinds.push(kind),
            None => {
                return Err(msg!("build-bad-only", name = name).render(lang));
            }
        }
    }
    if kinds.is_empty() {
        kinds = OutputKind::ALL.to_vec();
    }
    Ok(kinds)
}

/// What became of one plan.
enum Outcome {
    Built,
    /// Not built: the plan has errors.
    Findings,
    Failed,
}

/// Plans being built, and the report of what was written.
struct Build<'a> {
    out: &'a Path,
    templates: &'a Templates,
    kinds: &'a [OutputKind],
    /// Every input file, never to be written over.
    inputs: &'a [PathBuf],
    /// The plans built so far, by id.
    built: BTreeMap<String, String>,
    report: String,
    /// The language of the report.
    lang: Lang,
}

impl Build<'_> {
    /// Adds a line to the report.
    fn line(&mut self, line: Msg) {
        self.report.push_str(&line.render(self.lang));
        self.report.push('\n');
    }

    /// Builds one checked plan into OUT/<id>/.
    fn file(&mut self, file: &CheckedFile) -> Outcome {
        if file.failure.is_some() {
            return Outcome::Failed;
        }
        if file.crashed() {
            let path = campspec::escape::line(&file.path).into_owned();
            self.line(msg!("build-not-built-crashed", path = path));
            return Outcome::Failed;
        }
        if file.count(Severity::Error) > 0 || file.campaign.is_none() {
            let path = campspec::escape::line(&file.path).into_owned();
            self.line(msg!("build-not-built-errors", path = path));
            return Outcome::Findings;
        }
        let id = file
            .campaign
            .as_ref()
            .and_then(|c| c.id.as_ref())
            .map(|i| i.as_str().to_owned())
            .unwrap_or_default();
        if let Some(first) = self.built.get(&id) {
            print_error(
                &msg!(
                    "build-duplicate-id",
                    path = campspec::escape::line(&file.path).into_owned(),
                    id = campspec::escape::line(&id).into_owned(),
                    first = campspec::escape::line(first).into_owned()
                )
                .render(self.lang),
            );
            return Outcome::Failed;
        }
        let rendered = match campspec::build(file, self.templates, self.kinds) {
            Ok(o) => o,
            Err(error) => {
                print(&human::diagnostic(&*error, human_options()));
                return Outcome::Failed;
            }
        };
        let dir = self.out.join(&id);
        self.built.insert(id, file.path.clone());
        // All of the plan's documents are replaced together, or none is.
        let documents: Vec<(&str, &[u8])> = rendered
            .iter()
            .map(|o| (o.file, o.bytes.as_slice()))
            .collect();
        if let Err(error) = replace_dir(&dir, &documents, self.inputs) {
            print_error(
                &msg!(
                    "build-left-as-they-were",
                    error = error.render(self.lang),
                    path = &file.path
                )
                .render(self.lang),
            );
            return Outcome::Failed;
        }
        let written: Vec<&str> = rendered.iter().map(|o| o.file).collect();
        let separator = msg!("list-separator").render(self.lang);
        self.line(msg!(
            "build-built",
            path = campspec::escape::line(&file.path).into_owned(),
            dir = campspec::escape::line(&dir.display().to_string()).into_owned(),
            files = written.join(&separator)
        ));
        Outcome::Built
    }
}

fn human_options() -> human::Options {
    let color = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100);
    human::Options { color, width }
}
