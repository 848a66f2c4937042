//! The message catalogue: the Fluent files of `locales/`, embedded at build time and
//! parsed lazily, one file of one language at a time, the first time a message of that
//! file is shown. A clean run parses only the file of its summary line.

use super::{Arg, Lang};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

pub(crate) use embedded::{FILE_COUNT, FILES, KEYS, RULE_DOCS_ZH};

type Bundle = FluentBundle<FluentResource>;

/// One bundle per file and language, built on first use.
static BUNDLES: [OnceLock<Bundle>; FILE_COUNT * 2] = [const { OnceLock::new() }; FILE_COUNT * 2];

/// The bundle of file `file` in `lang`.
fn bundle(lang: Lang, file: usize) -> Option<&'static Bundle> {
    let slot = BUNDLES.get(file.saturating_mul(2).saturating_add(lang.index()))?;
    let text = FILES.get(file)?.1.get(lang.index())?;
    Some(slot.get_or_init(|| build(lang, text)))
}

/// Parses one file into a bundle. A file with a syntax error keeps the messages that
/// parsed (the catalogue tests make sure there are none).
pub(crate) fn build(lang: Lang, text: &str) -> Bundle {
    let resource = match FluentResource::try_new(text.to_owned()) {
        Ok(resource) => resource,
        Err((resource, _errors)) => resource,
    };
    let tag = lang
        .tag()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Plan text is shown inside backticks, never bidi-isolated.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The file that holds message `id`.
fn file_of(id: &str) -> Option<usize> {
    KEYS.binary_search_by(|(key, _)| (*key).cmp(id))
        .ok()
        .and_then(|at| KEYS.get(at))
        .map(|(_, file)| *file)
}

/// Message `key` (`id` or `id.attribute`) in `lang` with `args`; the English message
/// when the language lacks it, and the key itself when no language has it (the
/// catalogue tests make sure every key exists in both).
pub(crate) fn format(lang: Lang, key: &str, args: &[(&'static str, Arg)]) -> String {
    let (id, attribute) = match key.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (key, None),
    };
    let Some(file) = file_of(id) else {
        return key.to_owned();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, arg) in args {
        fluent_args.set(*name, value(arg, lang));
    }
    for try_lang in [lang, Lang::En] {
        if let Some(text) = bundle(try_lang, file).and_then(|b| {
            let message = b.get_message(id)?;
            let pattern = match attribute {
                Some(a) => message.get_attribute(a)?.value(),
                None => message.value()?,
            };
            let mut errors = Vec::new();
            Some(
                b.format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned(),
            )
        }) {
            return text;
        }
    }
    key.to_owned()
}

/// An argument as Fluent sees it: whole numbers stay numbers (they choose plural
/// forms) while a double holds them exactly; everything else is text in `lang`.
fn value(arg: &Arg, lang: Lang) -> FluentValue<'static> {
    const EXACT: i128 = 1 << 53;
    match arg {
        Arg::Int(n) if (-EXACT..=EXACT).contains(n) => {
            let n = i64::try_from(*n).unwrap_or_default();
            FluentValue::from(n)
        }
        other => FluentValue::from(other.render(lang)),
    }
}

/// The Chinese documentation of rule `code`, when the catalogue has it.
pub(crate) fn rule_doc_zh(code: &str) -> Option<&'static str> {
    RULE_DOCS_ZH
        .binary_search_by(|(c, _)| (*c).cmp(code))
        .ok()
        .and_then(|at| RULE_DOCS_ZH.get(at))
        .map(|(_, text)| *text)
}

/// The catalogue's files as embedded: (stem, [English, Chinese]) (for tests and
/// tools).
pub fn sources() -> &'static [(&'static str, [&'static str; 2])] {
    FILES
}

/// Every rule's Chinese documentation as embedded: (code, Markdown).
pub fn rule_docs_zh() -> &'static [(&'static str, &'static str)] {
    RULE_DOCS_ZH
}

/// Message `key` (`id` or `id.attribute`, named at run time) without arguments, in
/// `lang` (for tools that walk a tree of keys, like the localised `--help`).
pub fn message(lang: Lang, key: &str) -> String {
    format(lang, key, &[])
}

/// Whether `lang`'s catalogue has message `key` (`id` or `id.attribute`).
pub fn has(lang: Lang, key: &str) -> bool {
    let (id, attribute) = match key.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (key, None),
    };
    let Some(file) = file_of(id) else {
        return false;
    };
    bundle(lang, file)
        .and_then(|b| b.get_message(id))
        .is_some_and(|m| match attribute {
            Some(a) => m.get_attribute(a).is_some(),
            None => m.value().is_some(),
        })
}
