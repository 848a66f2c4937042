//! `campspec rules`: list every rule, or print the generated rule reference.

use super::{EXIT_OK, print};
use campspec::finding::Severity;
use campspec::i18n::Msg;
use campspec::msg;
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
    let lang = super::run_lang(None);
    let mut out = String::new();
    let width = registry::all()
        .iter()
        .map(|r| r.meta().name.len())
        .max()
        .unwrap_or(0);
    for (family, _) in registry::FAMILIES {
        let _ = writeln!(out, "{}", family_title(family).render(lang));
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
                severity_word(m.severity).render(lang),
                m.summary_words().render(lang)
            );
        }
        out.push('\n');
    }
    out.push_str(&msg!("rules-footer").render(lang));
    out.push('\n');
    print(&out);
    EXIT_OK
}

/// The title of a family of rules (in English, [`registry::FAMILIES`]'s titles).
fn family_title(family: &str) -> Msg {
    match family {
        "yaml" => msg!("rules-family-yaml"),
        "schema" => msg!("rules-family-schema"),
        "values" => msg!("rules-family-values"),
        "refs" => msg!("rules-family-refs"),
        "dates" => msg!("rules-family-dates"),
        "goals" => msg!("rules-family-goals"),
        "budget" => msg!("rules-family-budget"),
        "pricing" => msg!("rules-family-pricing"),
        "money" => msg!("rules-family-money"),
        "wording" => msg!("rules-family-wording"),
        "legal" => msg!("rules-family-legal"),
        "waivers" => msg!("rules-family-waivers"),
        "cart" => msg!("rules-family-cart"),
        "internal" => msg!("rules-family-internal"),
        other => Msg::raw(other),
    }
}

/// A severity as the run's language names it (`error`, `warning`, `info`).
pub(crate) fn severity_word(severity: Severity) -> Msg {
    match severity {
        Severity::Error => msg!("severity-error"),
        Severity::Warning => msg!("severity-warning"),
        Severity::Info => msg!("severity-info"),
    }
}
