//! `campspec explain`: print one rule's documentation.

use super::{EXIT_FAILURE, EXIT_OK, print, print_error};
use campspec::msg;
use campspec::rules::registry;
use campspec::suggest;

const AFTER_HELP: &str = "\
Examples:
  campspec explain D003
  campspec explain phase-overlap";

/// Show the documentation of a rule, by code or name.
#[derive(clap::Args, Debug)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// Rule code (D003) or name (phase-overlap)
    #[arg(value_name = "CODE|NAME")]
    pub rule: String,
}

pub fn run(args: Args) -> i32 {
    let lang = super::run_lang(None);
    let Some(rule) = registry::find(&args.rule) else {
        let names = registry::all()
            .iter()
            .flat_map(|r| [r.meta().code, r.meta().name]);
        let hint = match suggest::closest(&args.rule, names) {
            Some(name) => msg!("run-did-you-mean", name = name),
            None => msg!("explain-see-rules"),
        };
        print_error(&msg!("explain-no-rule", rule = &args.rule, hint = hint).render(lang));
        return EXIT_FAILURE;
    };
    let m = rule.meta();
    let header = msg!(
        "explain-header",
        code = m.code,
        name = m.name,
        summary = m.summary_words()
    );
    let severity = if m.is_locked() {
        msg!(
            "explain-severity-locked",
            severity = super::rules::severity_word(m.severity)
        )
    } else {
        msg!(
            "explain-severity",
            severity = super::rules::severity_word(m.severity)
        )
    };
    print(&format!(
        "{}\n{}\n\n{}",
        header.render(lang),
        severity.render(lang),
        m.documentation_in(lang)
    ));
    EXIT_OK
}
