//! The languages campspec speaks: the choice of language for a run and for each plan,
//! and messages as data ([`Msg`]: a catalogue key and typed arguments) turned into the
//! reader's language only when shown.
//!
//! Every sentence a user reads lives in the catalogue (`locales/<lang>/*.ftl`, Project
//! Fluent syntax), never in code: code names the message and hands over its arguments.
//! Ids, amounts and quotes from the plan travel as arguments and reach the sentence as
//! written. See `locales/GLOSSARY.md` for the terms the Chinese catalogue follows.
//!
//! Which language:
//!
//! - `--lang zh-CN|en|auto`, else `CAMPSPEC_LANG`, else `lang` in `campspec.toml`, else
//!   `auto`;
//! - under `auto`, a plan's findings follow the plan (its `locale`; without one, Chinese
//!   for plans under CN law, like the documents), and what the run says itself (summary,
//!   progress, errors, `rules`, `explain`, `--help`) follows `LC_ALL`, `LC_MESSAGES` or
//!   `LANG` (`zh*` → Chinese, otherwise English).

pub mod catalogue;

use crate::values::Date;
use rust_decimal::Decimal;
use std::fmt;

/// A language campspec writes in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English.
    En,
    /// Simplified Chinese.
    ZhCn,
}

impl Lang {
    /// Both languages, in catalogue order.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhCn];

    /// The language tag: `en`, `zh-CN`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// The index of the language in the catalogue's files.
    pub(crate) fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::ZhCn => 1,
        }
    }

    /// The language of the environment: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty; `zh…` is Chinese, anything else English.
    pub fn from_env() -> Lang {
        Lang::from_locale_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] with the variables read by `var` (for tests).
    pub fn from_locale_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(var)
            .find(|v| !v.is_empty())
            .unwrap_or_default();
        if value.to_ascii_lowercase().starts_with("zh") {
            Lang::ZhCn
        } else {
            Lang::En
        }
    }

    /// The language of a plan's `locale`: `zh…` is Chinese, `en…` English.
    pub fn of_locale(locale: &str) -> Option<Lang> {
        let lower = locale.trim().to_ascii_lowercase();
        if lower.starts_with("zh") {
            Some(Lang::ZhCn)
        } else if lower.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// A date as this language writes it in a sentence: `2027-01-16` / `2027年1月16日`.
    pub fn date(self, date: Date) -> String {
        match self {
            Lang::En => date.to_string(),
            Lang::ZhCn => {
                let d = date.get();
                format!("{}年{}月{}日", d.year(), d.month(), d.day())
            }
        }
    }

    /// A list as this language joins it: `a, b and c` / `a、b和c`.
    pub fn join(self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => match self {
                Lang::En => format!("{} and {last}", rest.join(", ")),
                Lang::ZhCn => format!("{}和{last}", rest.join("、")),
            },
        }
    }

    /// A list of alternatives: `a, b or c` / `a、b或c`.
    pub fn join_or(self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => match self {
                Lang::En => format!("{} or {last}", rest.join(", ")),
                Lang::ZhCn => format!("{}或{last}", rest.join("、")),
            },
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// The language asked for: one language, or `auto` (each plan's own, the environment's
/// for the run).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Choice {
    #[default]
    Auto,
    Fixed(Lang),
}

impl Choice {
    /// Reads `zh-CN` (also `zh`, `zh_CN`, `zh-Hans`…), `en` (also `en-US`…) and `auto`.
    pub fn parse(text: &str) -> Option<Choice> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("auto") {
            return Some(Choice::Auto);
        }
        Lang::of_locale(text).map(Choice::Fixed)
    }

    /// The language of what the run says itself.
    pub fn run_lang(self) -> Lang {
        match self {
            Choice::Fixed(lang) => lang,
            Choice::Auto => Lang::from_env(),
        }
    }

    /// The language of one plan's findings, `plan` being the plan's own language when
    /// it states or implies one.
    pub fn plan_lang(self, plan: Option<Lang>) -> Lang {
        match (self, plan) {
            (Choice::Fixed(lang), _) => lang,
            (Choice::Auto, Some(lang)) => lang,
            (Choice::Auto, None) => Lang::from_env(),
        }
    }
}

/// A message: a catalogue key with its arguments, or text that is already final (a
/// quote from the plan, or a sentence from a user's own lexicon).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    /// A catalogue message (`key`, or `key.attribute`) and its arguments.
    Key {
        key: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
    /// A rule's own words (`field` is `summary`, or `cite-cn` for its CN citation):
    /// `en` is the English, from the rule's declaration; other languages read
    /// `rule-<code>-<field>` from their catalogue.
    Rule {
        code: &'static str,
        field: &'static str,
        en: &'static str,
    },
    /// Text shown as it is, in every language.
    Raw(String),
}

/// An argument of a message, typed so that each language writes it its own way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Text from the plan or a name (an id, a key, a quote): shown as it is.
    Text(String),
    /// A whole number: shown as it is, and chooses plural forms.
    Int(i128),
    /// An exact number, shown normalised (`1.5`).
    Dec(Decimal),
    /// A calendar date ([`Lang::date`]).
    Date(Date),
    /// Another message, in the same language.
    Msg(Box<Msg>),
    /// Items joined with "and" ([`Lang::join`]).
    All(Vec<Arg>),
    /// Items joined with "or" ([`Lang::join_or`]).
    Any(Vec<Arg>),
    /// Items joined with semicolons (`a; b` / `a；b`): citations.
    Semi(Vec<Arg>),
}

impl Msg {
    /// A catalogue message without arguments.
    pub fn key(key: &'static str) -> Msg {
        Msg::Key {
            key,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        if let Msg::Key { args, .. } = &mut self {
            args.push((name, value.into()));
        }
        self
    }

    /// Text shown as it is.
    pub fn raw(text: impl Into<String>) -> Msg {
        Msg::Raw(text.into())
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Msg::Raw(text) => text.clone(),
            Msg::Key { key, args } => catalogue::format(lang, key, args),
            Msg::Rule { en, .. } if lang == Lang::En => (*en).to_owned(),
            Msg::Rule { code, field, en } => {
                let key = format!("rule-{code}-{field}");
                if catalogue::has(lang, &key) {
                    catalogue::format(lang, &key, &[])
                } else {
                    (*en).to_owned()
                }
            }
        }
    }

    /// The message in English (tests, and text that must not depend on the reader).
    pub fn en(&self) -> String {
        self.render(Lang::En)
    }

    /// Whether the message is final text rather than a catalogue message.
    pub fn is_raw(&self) -> bool {
        matches!(self, Msg::Raw(_))
    }
}

impl fmt::Display for Msg {
    /// The English text (a reader's language is chosen with [`Msg::render`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en())
    }
}

impl From<String> for Msg {
    fn from(text: String) -> Msg {
        Msg::Raw(text)
    }
}

impl From<&str> for Msg {
    fn from(text: &str) -> Msg {
        Msg::Raw(text.to_owned())
    }
}

impl PartialEq<str> for Msg {
    fn eq(&self, other: &str) -> bool {
        self.en() == other
    }
}

impl PartialEq<String> for Msg {
    fn eq(&self, other: &String) -> bool {
        self.en() == *other
    }
}

impl PartialEq<&str> for Msg {
    fn eq(&self, other: &&str) -> bool {
        self.en() == *other
    }
}

impl Arg {
    /// Anything displayable, as text (an id, a value as written).
    pub fn text(value: impl fmt::Display) -> Arg {
        Arg::Text(value.to_string())
    }

    /// Items joined with "and".
    pub fn all<T: Into<Arg>>(items: impl IntoIterator<Item = T>) -> Arg {
        Arg::All(items.into_iter().map(Into::into).collect())
    }

    /// Items joined with "or".
    pub fn any<T: Into<Arg>>(items: impl IntoIterator<Item = T>) -> Arg {
        Arg::Any(items.into_iter().map(Into::into).collect())
    }

    /// The argument written in `lang`.
    pub(crate) fn render(&self, lang: Lang) -> String {
        match self {
            Arg::Text(text) => text.clone(),
            Arg::Int(n) => n.to_string(),
            Arg::Dec(d) => d.normalize().to_string(),
            Arg::Date(d) => lang.date(*d),
            Arg::Msg(m) => m.render(lang),
            Arg::All(items) => lang.join(&items.iter().map(|a| a.render(lang)).collect::<Vec<_>>()),
            Arg::Any(items) => {
                lang.join_or(&items.iter().map(|a| a.render(lang)).collect::<Vec<_>>())
            }
            Arg::Semi(items) => {
                let sep = match lang {
                    Lang::En => "; ",
                    Lang::ZhCn => "；",
                };
                items
                    .iter()
                    .map(|a| a.render(lang))
                    .collect::<Vec<_>>()
                    .join(sep)
            }
        }
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Arg {
        Arg::Text(v)
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Arg {
        Arg::Text(v.clone())
    }
}
impl From<&str> for Arg {
    fn from(v: &str) -> Arg {
        Arg::Text(v.to_owned())
    }
}
impl From<&&str> for Arg {
    fn from(v: &&str) -> Arg {
        Arg::Text((*v).to_owned())
    }
}
impl From<char> for Arg {
    fn from(v: char) -> Arg {
        Arg::Text(v.to_string())
    }
}
impl From<Decimal> for Arg {
    fn from(v: Decimal) -> Arg {
        Arg::Dec(v)
    }
}
impl From<Date> for Arg {
    fn from(v: Date) -> Arg {
        Arg::Date(v)
    }
}
impl From<&Date> for Arg {
    fn from(v: &Date) -> Arg {
        Arg::Date(*v)
    }
}
impl From<Msg> for Arg {
    fn from(v: Msg) -> Arg {
        Arg::Msg(Box::new(v))
    }
}
impl From<&crate::values::Id> for Arg {
    fn from(v: &crate::values::Id) -> Arg {
        Arg::Text(v.to_string())
    }
}
impl From<crate::values::Id> for Arg {
    fn from(v: crate::values::Id) -> Arg {
        Arg::Text(v.to_string())
    }
}

macro_rules! int_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Arg {
                Arg::Int(i128::from(v))
            }
        }
        impl From<&$t> for Arg {
            fn from(v: &$t) -> Arg {
                Arg::Int(i128::from(*v))
            }
        }
    )*};
}
int_args!(u8, u16, u32, u64, i8, i16, i32, i64);

impl From<usize> for Arg {
    fn from(v: usize) -> Arg {
        Arg::Int(i128::try_from(v).unwrap_or(i128::MAX))
    }
}
impl From<&usize> for Arg {
    fn from(v: &usize) -> Arg {
        Arg::from(*v)
    }
}

/// A catalogue message with arguments: `msg!("phase-overlap", phase = id, days = 3)`.
/// Each argument is converted with `Arg::from` (text, whole numbers, decimals, dates,
/// ids, nested messages); the catalogue names them `$phase`, `$days`.
#[macro_export]
macro_rules! msg {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Msg::Key {
            key: $key,
            args: vec![$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choice_reads_tags_and_auto() {
        assert_eq!(Choice::parse("zh-CN"), Some(Choice::Fixed(Lang::ZhCn)));
        assert_eq!(
            Choice::parse("zh_CN.UTF-8"),
            Some(Choice::Fixed(Lang::ZhCn))
        );
        assert_eq!(Choice::parse("EN-us"), Some(Choice::Fixed(Lang::En)));
        assert_eq!(Choice::parse("auto"), Some(Choice::Auto));
        assert_eq!(Choice::parse("fr"), None);
    }

    #[test]
    fn environment_language_follows_posix_precedence() {
        let vars = |all: &'static str, lang: &'static str| {
            move |name: &str| match name {
                "LC_ALL" => Some(all.to_owned()),
                "LANG" => Some(lang.to_owned()),
                _ => None,
            }
        };
        assert_eq!(Lang::from_locale_vars(vars("", "zh_CN.UTF-8")), Lang::ZhCn);
        assert_eq!(Lang::from_locale_vars(vars("C", "zh_CN.UTF-8")), Lang::En);
        assert_eq!(Lang::from_locale_vars(vars("zh_TW", "en_US")), Lang::ZhCn);
        assert_eq!(Lang::from_locale_vars(|_| None), Lang::En);
    }

    #[test]
    fn lists_and_dates_follow_the_language() {
        let items = vec!["a".to_owned(), "b".to_owned(), "c".to_owned()];
        assert_eq!(Lang::En.join(&items), "a, b and c");
        assert_eq!(Lang::ZhCn.join(&items), "a、b和c");
        assert_eq!(Lang::ZhCn.join_or(&items), "a、b或c");
        let date = Date::parse("2027-01-16").expect("date");
        assert_eq!(Lang::ZhCn.date(date), "2027年1月16日");
        assert_eq!(Lang::En.date(date), "2027-01-16");
    }
}
