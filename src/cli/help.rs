//! `--help` in the reader's language: the clap command tree with its texts taken from
//! the catalogue (`locales/*/cli.ftl`).
//!
//! Every text of the tree has a key: `cli-<command>-about`, `cli-<command>-long-about`,
//! `cli-<command>-after-help`, `cli-<command>-<argument>` (and `…-long` for its long
//! help, `…-<value>` for a possible value's help), the root being `cli`; arguments that
//! every command has (`--lang`, `--help`, `--version`) are `cli-flag-<argument>`. The
//! English catalogue holds the same texts as the clap definitions, which stay the
//! source of the English `--help` (and of the man pages): English is never rewritten.

use campspec::i18n::Lang;
use campspec::msg;

/// The command tree with its help texts in `lang`.
pub(crate) fn localise(mut command: clap::Command, lang: Lang) -> clap::Command {
    if lang == Lang::En {
        return command;
    }
    // The tree built: `--help`, `--version`, the `help` command and the global
    // `--lang` exist in every command, to be translated with the rest.
    command.build();
    let headings = Headings {
        commands: leak(msg!("cli-heading-commands").render(lang)),
        arguments: leak(msg!("cli-heading-arguments").render(lang)),
        options: leak(msg!("cli-heading-options").render(lang)),
    };
    localise_command(command, "cli", lang, &headings)
}

/// The headings of the help's sections in the reader's language.
struct Headings {
    commands: &'static str,
    arguments: &'static str,
    options: &'static str,
}

/// Text clap keeps for the rest of the run (clap's headings are static; `--help` is
/// built once per run).
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// The key of `field` of the command at `path`.
fn key(path: &str, field: &str) -> String {
    format!("{path}-{field}")
}

/// The keys of the help and the long help of argument `arg` of the command at `path`.
fn arg_keys(path: &str, arg: &clap::Arg) -> (String, String) {
    let id = arg.get_id().as_str().replace('_', "-");
    let base = if arg.is_global_set() || matches!(id.as_str(), "help" | "version" | "lang") {
        format!("cli-flag-{id}")
    } else {
        key(path, &id)
    };
    if id == "help" && arg.get_long_help().is_some() {
        // Where other arguments have a long help, clap's `--help` tells the two apart.
        return (key(&base, "more"), key(&base, "summary"));
    }
    let long = key(&base, "long");
    (base, long)
}

/// The key path of subcommand `name` of the command at `path`.
pub(crate) fn sub_path(path: &str, name: &str) -> String {
    if path == "cli" && name == "help" {
        // The generated `help` command.
        "cli-help".to_owned()
    } else {
        format!("{path}-{name}")
    }
}

/// Catalogue message `key` in `lang`, when the catalogue has it.
fn text(key: &str, lang: Lang) -> Option<String> {
    if !campspec::i18n::catalogue::has(lang, key) {
        return None;
    }
    Some(campspec::i18n::catalogue::message(lang, key))
}

fn localise_command(
    mut command: clap::Command,
    path: &str,
    lang: Lang,
    headings: &Headings,
) -> clap::Command {
    if let Some(about) = text(&key(path, "about"), lang) {
        command = command.about(about);
    }
    if let Some(long) = text(&key(path, "long-about"), lang) {
        command = command.long_about(long);
    }
    if let Some(after) = text(&key(path, "after-help"), lang) {
        command = command.after_help(after);
    }
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}{{after-help}}",
        msg!("cli-heading-usage").render(lang)
    );
    command = command
        .help_template(template)
        .subcommand_help_heading(headings.commands);
    let ids: Vec<clap::Id> = command
        .get_arguments()
        .map(|a| a.get_id().clone())
        .collect();
    for id in ids {
        command = command.mut_arg(id, |arg| localise_arg(arg, path, lang, headings));
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let sub = sub_path(path, &name);
        command = command.mut_subcommand(name, |s| localise_command(s, &sub, lang, headings));
    }
    command
}

fn localise_arg(mut arg: clap::Arg, path: &str, lang: Lang, headings: &Headings) -> clap::Arg {
    let (base, long_key) = arg_keys(path, &arg);
    let heading = if arg.is_positional() {
        headings.arguments
    } else {
        headings.options
    };
    arg = arg.help_heading(heading);
    let mut help = text(&base, lang).unwrap_or_default();
    let mut long = if arg.get_long_help().is_some() {
        text(&long_key, lang)
    } else {
        None
    };
    // What clap adds in English ([default: …], [env: …], [possible values: …]) is
    // added in `lang` instead.
    let mut notes = Vec::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty()
        && !arg.is_hide_default_value_set()
        && arg.get_num_args().is_none_or(|n| n.takes_values())
    {
        notes.push(msg!("cli-note-default", value = defaults.join(" ")));
        arg = arg.hide_default_value(true);
    }
    if let Some(env) = arg.get_env() {
        notes.push(msg!(
            "cli-note-env",
            name = env.to_string_lossy().into_owned()
        ));
        arg = arg.hide_env(true);
    }
    let values = arg.get_possible_values();
    let mut described = Vec::new();
    if !values.is_empty()
        && !arg.is_hide_possible_values_set()
        && arg.get_num_args().is_none_or(|n| n.takes_values())
    {
        let shown: Vec<&clap::builder::PossibleValue> =
            values.iter().filter(|v| !v.is_hide_set()).collect();
        let names: Vec<&str> = shown.iter().map(|v| v.get_name()).collect();
        let separator = msg!("list-separator").render(lang);
        notes.push(msg!("cli-note-values", values = names.join(&separator)));
        for value in shown.iter().filter(|v| v.get_help().is_some()) {
            let help = text(&key(&base, value.get_name()), lang).unwrap_or_default();
            described
                .push(msg!("cli-note-value", value = value.get_name(), help = help).render(lang));
        }
        arg = arg.hide_possible_values(true);
    }
    let notes: String = notes.iter().map(|n| n.render(lang)).collect();
    if !described.is_empty() {
        // The values and what each means, in the long help as clap lists them.
        long = Some(format!(
            "{}{notes}\n\n{}",
            long.as_deref().unwrap_or(&help),
            described.join("\n")
        ));
    } else if let Some(long) = long.as_mut() {
        long.push_str(&notes);
    }
    help.push_str(&notes);
    arg = arg.help(help);
    if let Some(long) = long {
        arg = arg.long_help(long);
    }
    arg
}

#[cfg(test)]
/// Every key the tree of `command` (built) needs, with its English text (for tests:
/// the catalogue has each, in both languages).
pub(crate) fn keys(command: &clap::Command, path: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut add = |k: String, v: Option<String>| {
        if let Some(v) = v {
            out.push((k, v));
        }
    };
    add(
        key(path, "about"),
        command.get_about().map(|s| s.to_string()),
    );
    add(
        key(path, "long-about"),
        command.get_long_about().map(|s| s.to_string()),
    );
    add(
        key(path, "after-help"),
        command.get_after_help().map(|s| s.to_string()),
    );
    for arg in command.get_arguments() {
        let (base, long) = arg_keys(path, arg);
        add(base.clone(), arg.get_help().map(|s| s.to_string()));
        add(long, arg.get_long_help().map(|s| s.to_string()));
        for value in arg.get_possible_values() {
            add(
                key(&base, value.get_name()),
                value.get_help().map(|s| s.to_string()),
            );
        }
    }
    for sub in command.get_subcommands() {
        out.extend(keys(sub, &sub_path(path, sub.get_name())));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn built() -> clap::Command {
        let mut command = super::super::Cli::command();
        command.build();
        command
    }

    /// Prints the English catalogue of the tree (`cargo test print_cli_ftl -- --ignored
    /// --nocapture`), to keep `locales/en/cli.ftl` in step with the clap definitions.
    #[test]
    #[ignore]
    fn print_cli_ftl() {
        let mut seen = std::collections::BTreeSet::new();
        for (key, text) in keys(&built(), "cli") {
            if seen.insert(key.clone()) {
                println!("{key} ={}", ftl_value(&text));
            }
        }
    }

    /// A text as a Fluent value.
    fn ftl_value(text: &str) -> String {
        let escaped = text
            .replace('{', "\u{0}")
            .replace('}', "{\"}\"}")
            .replace('\u{0}', "{\"{\"}");
        if !escaped.contains('\n') {
            return format!(" {escaped}");
        }
        let mut out = String::new();
        for (i, line) in escaped.lines().enumerate() {
            let line = match line.trim_start().chars().next() {
                Some(c @ ('[' | '*' | '.')) => {
                    let indent = line.len() - line.trim_start().len();
                    format!("{}{{\"{c}\"}}{}", &line[..indent], &line[indent + 1..])
                }
                _ => line.to_owned(),
            };
            if line.is_empty() && i > 0 {
                out.push('\n');
            } else {
                out.push_str("\n    ");
                out.push_str(&line);
            }
        }
        out
    }

    #[test]
    fn every_help_text_has_its_key_in_both_languages() {
        let mut missing = Vec::new();
        for (key, english) in keys(&built(), "cli") {
            for lang in Lang::ALL {
                if !campspec::i18n::catalogue::has(lang, &key) {
                    missing.push(format!("{lang} {key}"));
                }
            }
            let en = text(&key, Lang::En).unwrap_or_default();
            if en != english {
                missing.push(format!("en {key} differs: {en:?} ≠ {english:?}"));
            }
        }
        assert!(missing.is_empty(), "{}", missing.join("\n"));
    }

    #[test]
    fn english_help_is_left_as_clap_writes_it() {
        let mut command = localise(super::super::Cli::command(), Lang::En);
        let mut plain = super::super::Cli::command();
        assert_eq!(
            command.render_long_help().to_string(),
            plain.render_long_help().to_string()
        );
    }

    #[test]
    fn chinese_help_leaves_no_english_help_text() {
        let mut command = localise(super::super::Cli::command(), Lang::ZhCn);
        command.build();
        let mut english = Vec::new();
        check_tree(&command, &mut english);
        assert!(english.is_empty(), "{}", english.join("\n"));
    }

    fn check_tree(command: &clap::Command, english: &mut Vec<String>) {
        let chinese = |t: &str| t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        for arg in command.get_arguments() {
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            if !chinese(&help) {
                english.push(format!(
                    "{} --{}: {help:?}",
                    command.get_name(),
                    arg.get_id()
                ));
            }
        }
        let about = command
            .get_about()
            .map(|h| h.to_string())
            .unwrap_or_default();
        if !chinese(&about) {
            english.push(format!("{}: {about:?}", command.get_name()));
        }
        for sub in command.get_subcommands() {
            check_tree(sub, english);
        }
    }
}
