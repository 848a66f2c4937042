//! Command-line mistakes (an unknown option, a bad value) told in the run's language:
//! clap writes them in English, so in another language the common kinds are written
//! from the catalogue with the facts clap found; the rare others stay clap's.

use campspec::i18n::{Lang, Msg};
use campspec::msg;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The error as shown in `lang`, or `None` to let clap show it (English, or a kind
/// not written here).
pub(crate) fn render(error: &clap::Error, lang: Lang) -> Option<String> {
    if lang == Lang::En {
        return None;
    }
    let text = |kind| strings(error.get(kind)).into_iter().next();
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let separator = msg!("list-separator").render(lang);
    let message = match error.kind() {
        ErrorKind::InvalidValue if value.is_empty() => msg!("cli-error-value-missing", arg = arg),
        ErrorKind::InvalidValue => {
            let values = strings(error.get(ContextKind::ValidValue)).join(&separator);
            msg!(
                "cli-error-invalid-value",
                arg = arg,
                value = value,
                values = values
            )
        }
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(error)
                .map(|s| s.to_string())
                .unwrap_or_default();
            msg!(
                "cli-error-validation",
                arg = arg,
                value = value,
                reason = reason
            )
        }
        ErrorKind::UnknownArgument => msg!("cli-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            let name = text(ContextKind::InvalidSubcommand).unwrap_or_default();
            msg!("cli-error-unknown-command", name = name)
        }
        ErrorKind::MissingRequiredArgument => {
            let args = strings(error.get(ContextKind::InvalidArg)).join(&separator);
            msg!("cli-error-missing", args = args)
        }
        _ => return None,
    };
    let mut out = msg!("run-error", message = message).render(lang);
    let suggested: Vec<String> = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand]
        .into_iter()
        .flat_map(|kind| strings(error.get(kind)))
        .map(|name| format!("`{name}`"))
        .collect();
    if !suggested.is_empty() {
        out.push_str("\n\n  ");
        let names = campspec::i18n::Arg::any(suggested);
        out.push_str(&msg!("cli-error-similar", names = names).render(lang));
    }
    if let Some(usage) = text(ContextKind::Usage) {
        let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
        out.push_str("\n\n");
        out.push_str(&msg!("cli-heading-usage").render(lang));
        out.push_str(usage);
    }
    out.push_str("\n\n");
    out.push_str(&Msg::key("cli-error-more").render(lang));
    out.push('\n');
    Some(out)
}

/// A context value as texts.
fn strings(value: Option<&ContextValue>) -> Vec<String> {
    match value {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::StyledStr(s)) => vec![s.to_string()],
        Some(ContextValue::StyledStrs(v)) => v.iter().map(|s| s.to_string()).collect(),
        _ => Vec::new(),
    }
}
