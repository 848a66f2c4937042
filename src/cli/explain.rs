//! `campspec explain`: print one rule's documentation.

use super::{EXIT_FAILURE, EXIT_OK, print, print_error};
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
    let Some(rule) = registry::find(&args.rule) else {
        let names = registry::all()
            .iter()
            .flat_map(|r| [r.meta().code, r.meta().name]);
        let hint = suggest::did_you_mean(&args.rule, names)
            .unwrap_or_else(|| "`campspec rules` lists every rule".into());
        print_error(&format!("no rule `{}`; {hint}", args.rule));
        return EXIT_FAILURE;
    };
    let m = rule.meta();
    let locked = if m.is_locked() {
        " (locked: cannot be turned off or waived)"
    } else {
        ""
    };
    print(&format!(
        "{} {} — {}\nDefault severity: {}{locked}\n\n{}",
        m.code,
        m.name,
        m.summary,
        m.severity,
        m.documentation()
    ));
    EXIT_OK
}
