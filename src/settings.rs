//! Settings, resolved once: built-in defaults < `campspec.toml` < command-line flags.

use crate::finding::Severity;
use crate::i18n::{Choice, Lang, Msg};
use crate::msg;
use crate::rules::registry;
use crate::source::Limits;
use crate::suggest;
use crate::values::Date;
use crate::wording::{Lexicon, WordingSettings};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The default size limit for one spec file: 32 MiB.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 32 * 1024 * 1024;

/// The name of the settings file, looked up in the current directory and its parents.
pub const CONFIG_FILE: &str = "campspec.toml";

/// What `campspec.toml` says about one rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleSetting {
    Off,
    Severity(Severity),
}

/// Resolved settings for a run.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Per-rule overrides by code.
    pub rules: HashMap<&'static str, RuleSetting>,
    /// Largest file read, in bytes.
    pub max_file_size: u64,
    /// Structural limits of the YAML loader.
    pub limits: Limits,
    /// "Today" for expiry checks; `None` means the current date in each spec's time zone.
    pub today: Option<Date>,
    /// The settings file that was read, if any.
    pub config_path: Option<PathBuf>,
    /// The wording lexicons with `[wording]` additions; `None` means the shipped ones
    /// alone, compiled on first use (see [`Settings::lexicon`]).
    pub lexicon: Option<Arc<Lexicon>>,
    /// The language of messages: `lang` in `campspec.toml`, overridden by `--lang` and
    /// `CAMPSPEC_LANG` (see [`crate::i18n`]). The command line makes an unstated
    /// language `auto`; a program using the library gets English unless it asks
    /// ([`Settings::lang`]).
    pub lang: Option<Choice>,
}

impl Settings {
    /// The language asked for: English when nothing asked for one.
    pub fn lang(&self) -> Choice {
        self.lang.unwrap_or(Choice::Fixed(crate::i18n::Lang::En))
    }

    /// The wording lexicons in force. The shipped ones take a few milliseconds to
    /// compile; they are compiled once, by whichever thread needs them first
    /// (`campspec check` starts that early on a thread of its own).
    pub fn lexicon(&self) -> Arc<Lexicon> {
        match &self.lexicon {
            Some(lexicon) => lexicon.clone(),
            None => crate::wording::default_lexicon(),
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            rules: HashMap::new(),
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            limits: Limits::default(),
            today: None,
            config_path: None,
            lexicon: None,
            lang: None,
        }
    }
}

/// Why settings could not be read; campspec exits with code 2. Shown in English;
/// [`SettingsError::render`] writes it in another language.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: Msg },
}

impl SettingsError {
    /// The error in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            SettingsError::Io { path, source } => {
                // English shows the system's words, as it always has.
                let reason = match lang {
                    Lang::En => Msg::raw(source.to_string()),
                    _ => crate::fs::io_words(source),
                };
                msg!(
                    "file-cannot-read",
                    path = path.display().to_string(),
                    reason = reason
                )
            }
            SettingsError::Invalid { path, message } => msg!(
                "settings-invalid",
                path = path.display().to_string(),
                message = message.clone()
            ),
        }
        .render(lang)
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct File {
    /// `lang = "zh-CN" | "en" | "auto"`.
    lang: Option<String>,
    #[serde(default)]
    rules: BTreeMap<String, String>,
    #[serde(default)]
    limits: LimitsFile,
    #[serde(default)]
    wording: WordingSettings,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct LimitsFile {
    max_file_size: Option<SizeValue>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum SizeValue {
    Bytes(u64),
    Text(String),
}

/// The largest `max_file_size` accepted: positions in a file are 32-bit.
pub const LARGEST_FILE_SIZE: u64 = 2 * 1024 * 1024 * 1024;

/// Parses a size: `33554432`, `"32MiB"`, `"10 MB"`, `"512KiB"`; `None` if it is not one
/// or is over [`LARGEST_FILE_SIZE`].
pub fn parse_size(text: &str) -> Option<u64> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: u64 = number.parse().ok()?;
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "kib" => 1_024,
        "m" | "mb" => 1_000_000,
        "mib" => 1_048_576,
        "g" | "gb" => 1_000_000_000,
        "gib" => 1_073_741_824,
        _ => return None,
    };
    number
        .checked_mul(factor)
        .filter(|n| *n <= LARGEST_FILE_SIZE)
}

/// A TOML syntax or type error on one line, with its place: `line 3, column 1: …`
/// (the TOML reader's own words follow, in English).
fn toml_error(text: &str, error: &toml::de::Error) -> Msg {
    let message = error.message().trim_end();
    match error.span() {
        Some(span) => {
            let at = crate::source::LineIndex::new(text).position(text, span.start);
            msg!(
                "settings-toml-at",
                line = at.line,
                column = at.column,
                message = message
            )
        }
        None => Msg::raw(message),
    }
}

impl Settings {
    /// Finds `campspec.toml` in `start` or its ancestors.
    pub fn discover(start: &Path) -> Option<PathBuf> {
        start
            .ancestors()
            .map(|dir| dir.join(CONFIG_FILE))
            .find(|candidate| candidate.is_file())
    }

    /// Reads settings from `path`.
    pub fn from_file(path: &Path) -> Result<Settings, SettingsError> {
        let text = crate::fs::read_regular_to_string(path).map_err(|source| SettingsError::Io {
            path: path.to_owned(),
            source,
        })?;
        let mut settings =
            Settings::from_toml_words(&text).map_err(|message| SettingsError::Invalid {
                path: path.to_owned(),
                message,
            })?;
        settings.config_path = Some(path.to_owned());
        Ok(settings)
    }

    /// Reads settings from the text of a `campspec.toml` (errors in English).
    pub fn from_toml(text: &str) -> Result<Settings, String> {
        Settings::from_toml_words(text).map_err(|message| message.en())
    }

    /// Reads settings from the text of a `campspec.toml`, errors as messages.
    pub fn from_toml_words(text: &str) -> Result<Settings, Msg> {
        let file: File = toml::from_str(text).map_err(|e| toml_error(text, &e))?;
        let mut settings = Settings::default();
        if let Some(lang) = &file.lang {
            settings.lang =
                Some(Choice::parse(lang).ok_or_else(|| msg!("settings-bad-lang", value = lang))?);
        }
        for (key, value) in &file.rules {
            let Some(rule) = registry::find(key) else {
                let names = registry::all()
                    .iter()
                    .flat_map(|r| [r.meta().code, r.meta().name]);
                return Err(match suggest::closest(key, names) {
                    Some(name) => msg!("settings-unknown-rule-like", rule = key, name = name),
                    None => msg!("settings-unknown-rule", rule = key),
                });
            };
            let meta = rule.meta();
            let setting = match value.as_str() {
                "off" => RuleSetting::Off,
                other => match Severity::parse(other) {
                    Some(severity) => RuleSetting::Severity(severity),
                    None => {
                        return Err(msg!("settings-bad-severity", rule = key, value = value));
                    }
                },
            };
            if meta.is_locked() && setting != RuleSetting::Severity(Severity::Error) {
                return Err(msg!(
                    "settings-locked-rule",
                    code = meta.code,
                    name = meta.name
                ));
            }
            settings.rules.insert(meta.code, setting);
        }
        if !file.wording.is_empty() {
            settings.lexicon = Some(Arc::new(file.wording.compile().map_err(Msg::raw)?));
        }
        if let Some(size) = file.limits.max_file_size {
            settings.max_file_size = match size {
                SizeValue::Bytes(n) if n <= LARGEST_FILE_SIZE => n,
                SizeValue::Bytes(n) => {
                    return Err(msg!("settings-size-over", size = n));
                }
                SizeValue::Text(t) => {
                    parse_size(&t).ok_or_else(|| msg!("settings-size-bad", size = &t))?
                }
            };
        }
        Ok(settings)
    }

    /// The severity findings of a rule get, or `None` when the rule is off.
    pub fn severity(&self, code: &str, default: Severity) -> Option<Severity> {
        match self.rules.get(code) {
            Some(RuleSetting::Off) => None,
            Some(RuleSetting::Severity(s)) => Some(*s),
            None => Some(default),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_by_name_or_code() {
        let s = Settings::from_toml("[rules]\nphase-gap = \"off\"\nG003 = \"warning\"\n").unwrap();
        assert_eq!(s.severity("D004", Severity::Warning), None);
        assert_eq!(s.severity("G003", Severity::Error), Some(Severity::Warning));
        assert_eq!(s.severity("D003", Severity::Error), Some(Severity::Error));
    }

    #[test]
    fn mistakes_are_explained() {
        let e = Settings::from_toml("[rules]\nphase-gaps = \"off\"\n").unwrap_err();
        assert!(e.contains("did you mean `phase-gap`"), "{e}");
        let e = Settings::from_toml("[rules]\nphase-gap = \"loud\"\n").unwrap_err();
        assert!(e.contains("\"off\", \"error\""), "{e}");
        let e = Settings::from_toml("[rules]\nyaml-syntax = \"off\"\n").unwrap_err();
        assert!(e.contains("locked"), "{e}");
        assert!(Settings::from_toml("[rule]\n").is_err());
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("32MiB"), Some(33_554_432));
        assert_eq!(parse_size("10 MB"), Some(10_000_000));
        assert_eq!(parse_size("512"), Some(512));
        assert_eq!(parse_size("lots"), None);
        // Positions in a file are 32-bit: larger limits are refused, not wrapped.
        assert_eq!(parse_size("2GiB"), Some(LARGEST_FILE_SIZE));
        assert_eq!(parse_size("3GiB"), None);
        assert_eq!(parse_size("99999999999999999999"), None);
        let s = Settings::from_toml("[limits]\nmax_file_size = \"1KiB\"\n").unwrap();
        assert_eq!(s.max_file_size, 1024);
    }
}
