//! `campspec rules`: list every rule, or print the generated rule reference.

use super::{EXIT_OK, print};
use campspec::rules::registry;
use std::fmt::Write;

const AFTER_HELP: &str = "\
Examples:
  campspec rules                  code, name, default severity and summary of every rule
  campspec rules --markdown       the full reference (what docs/rules.md contains)
  campspec explain D003           one rule's documentation";

/// List every rule with its code, name, default severity and summary.
#[derive(clap::Args, Debug)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// Print the full rule reference as Markdown (the content of docs/rules.md)
    #[arg(long)]
    pub markdown: bool,
}

pub fn run(args: Args) -> i32 {
    if args.markdown {
        print(&registry::reference_markdown());
        return EXIT_OK;
    }
    let mut out = String::new();
    let width = registry::all()
        .iter()
        .map(|r| r.meta().name.len())
        .max()
        .unwrap_or(0);
    for (family, title) in registry::FAMILIES {
        let _ = writeln!(out, "{title}");
        for rule in registry::all()
            .iter()
            .filter(|r| r.meta().family == *family)
        {
            let m = rule.meta();
            let _ = writeln!(
                out,
                "  {}  {:width$}  {:7}  {}",
                m.code,
                m.name,
                m.severity.as_str(),
                m.summary
            );
        }
        out.push('\n');
    }
    out.push_str("`campspec explain CODE` shows a rule's documentation.\n");
    print(&out);
    EXIT_OK
}
