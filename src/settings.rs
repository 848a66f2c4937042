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
    /// Which rules run: `select`, `ignore`, `extend-select`, `extend-ignore` of
    /// `campspec.toml`, then the command line's (see [`Selection`]).
    pub selection: Selection,
    /// The rules the selection turns off, by code (resolved from [`Settings::selection`]).
    pub off: std::collections::BTreeSet<&'static str>,
    /// `[per-file-ignores]`: rules turned off in the files a glob matches.
    pub per_file_ignores: Vec<PerFileIgnore>,
    /// Globs of paths a directory search passes over (see [`Settings::excluder`]).
    pub exclude: Exclude,
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
            selection: Selection::default(),
            off: std::collections::BTreeSet::new(),
            per_file_ignores: Vec::new(),
            exclude: Exclude::default(),
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
    select: Option<Vec<String>>,
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default, rename = "extend-select", alias = "extend_select")]
    extend_select: Vec<String>,
    #[serde(default, rename = "extend-ignore", alias = "extend_ignore")]
    extend_ignore: Vec<String>,
    #[serde(default, rename = "per-file-ignores", alias = "per_file_ignores")]
    per_file_ignores: BTreeMap<String, Vec<String>>,
    exclude: Option<Vec<String>>,
    #[serde(default, rename = "extend-exclude", alias = "extend_exclude")]
    extend_exclude: Vec<String>,
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
        // The globs of the file are relative to the directory it is in.
        settings.exclude.base = path.parent().map(absolute);
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
        settings.selection = Selection {
            select: file
                .select
                .as_deref()
                .map(|list| Selector::parse_list("select", list))
                .transpose()?,
            extend_select: Selector::parse_list("extend-select", &file.extend_select)?,
            ignore: Selector::parse_list("ignore", &file.ignore)?
                .into_iter()
                .chain(Selector::parse_list("extend-ignore", &file.extend_ignore)?)
                .collect(),
        };
        refuse_locked(&settings.selection.ignore)?;
        settings.resolve_selection();
        for (pattern, list) in &file.per_file_ignores {
            let matcher = glob(pattern)
                .ok_or_else(|| msg!("select-bad-glob", key = "per-file-ignores", glob = pattern))?;
            let list = Selector::parse_list("per-file-ignores", list)?;
            refuse_locked(&list)?;
            settings.per_file_ignores.push(PerFileIgnore {
                pattern: pattern.clone(),
                matcher,
                selectors: list,
            });
        }
        let excludes = [
            ("exclude", file.exclude.as_deref().unwrap_or_default()),
            ("extend-exclude", &file.extend_exclude[..]),
        ];
        for (key, list) in excludes {
            if let Some(pattern) = list.iter().find(|p| glob(p).is_none()) {
                return Err(msg!("select-bad-glob", key = key, glob = pattern));
            }
        }
        settings.exclude.exclude = file.exclude.clone();
        settings.exclude.extend = file.extend_exclude.clone();
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
        if self.off.contains(code) {
            return None;
        }
        match self.rules.get(code) {
            Some(RuleSetting::Off) => None,
            Some(RuleSetting::Severity(s)) => Some(*s),
            None => Some(default),
        }
    }
}

/// A way of naming rules in `select`, `ignore` and their kin: `ALL`, a code (`D003`),
/// a name (`phase-overlap`) or the start of codes (`D`, `L0`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selector {
    /// As written.
    pub text: String,
    kind: SelectorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum SelectorKind {
    All,
    Rule(&'static str),
    Prefix(String),
}

impl Selector {
    /// Reads one selector; `key` names where it was written (`--select`, `ignore`) for
    /// the error, which says which rule was perhaps meant.
    pub fn parse(key: &str, text: &str) -> Result<Selector, Msg> {
        let trimmed = text.trim();
        let upper = trimmed.to_ascii_uppercase();
        let kind = if upper == "ALL" {
            SelectorKind::All
        } else if let Some(rule) = registry::find(trimmed) {
            SelectorKind::Rule(rule.meta().code)
        } else if !upper.is_empty()
            && upper.chars().all(|c| c.is_ascii_alphanumeric())
            && registry::all()
                .iter()
                .any(|r| r.meta().code.starts_with(&upper))
        {
            SelectorKind::Prefix(upper)
        } else {
            let names = registry::all()
                .iter()
                .flat_map(|r| [r.meta().code, r.meta().name])
                .chain(["ALL"]);
            return Err(match suggest::closest(trimmed, names) {
                Some(name) => msg!(
                    "select-unknown-like",
                    key = key,
                    rule = trimmed,
                    name = name
                ),
                None => msg!("select-unknown", key = key, rule = trimmed),
            });
        };
        Ok(Selector {
            text: trimmed.to_owned(),
            kind,
        })
    }

    /// Reads a list of selectors (see [`Selector::parse`]); empty items are skipped.
    pub fn parse_list(key: &str, list: &[String]) -> Result<Vec<Selector>, Msg> {
        list.iter()
            .filter(|t| !t.trim().is_empty())
            .map(|t| Selector::parse(key, t))
            .collect()
    }

    /// Whether the selector names the rule.
    pub fn matches(&self, meta: &crate::rules::Meta) -> bool {
        match &self.kind {
            SelectorKind::All => true,
            SelectorKind::Rule(code) => meta.code == *code,
            SelectorKind::Prefix(prefix) => meta.code.starts_with(prefix.as_str()),
        }
    }

    /// How narrowly it names rules: a rule's code or name most, `ALL` least, a prefix
    /// by its length.
    fn specificity(&self) -> usize {
        match &self.kind {
            SelectorKind::All => 0,
            SelectorKind::Prefix(prefix) => prefix.len(),
            SelectorKind::Rule(_) => usize::MAX,
        }
    }

    /// The locked rule the selector names by its code or name, if it does.
    fn locked_rule(&self) -> Option<&'static crate::rules::Meta> {
        match &self.kind {
            SelectorKind::Rule(code) => registry::find(code)
                .map(|r| r.meta())
                .filter(|m| m.is_locked()),
            _ => None,
        }
    }
}

/// Which rules run. A rule runs when the most specific selector of `select` (default
/// `ALL`) and `extend-select` naming it is more specific than every `ignore` naming
/// it: at the same specificity `ignore` wins. Locked rules always run.
#[derive(Clone, Debug, Default)]
pub struct Selection {
    /// `select`; `None` is every rule.
    pub select: Option<Vec<Selector>>,
    /// `extend-select` of the settings file and the command line.
    pub extend_select: Vec<Selector>,
    /// `ignore` and `extend-ignore` of the settings file and the command line.
    pub ignore: Vec<Selector>,
}

impl Selection {
    /// Whether the rule runs.
    pub fn enabled(&self, meta: &crate::rules::Meta) -> bool {
        if meta.is_locked() {
            return true;
        }
        let all = [Selector {
            text: "ALL".to_owned(),
            kind: SelectorKind::All,
        }];
        let select = self.select.as_deref().unwrap_or(&all);
        let best = |list: &mut dyn Iterator<Item = &Selector>| {
            list.filter(|s| s.matches(meta))
                .map(Selector::specificity)
                .max()
        };
        let selected = best(&mut select.iter().chain(&self.extend_select));
        let ignored = best(&mut self.ignore.iter());
        match (selected, ignored) {
            (None, _) => false,
            (Some(s), Some(i)) => s > i,
            (Some(_), None) => true,
        }
    }
}

/// Refuses an ignore that names a locked rule by its code or name.
fn refuse_locked(list: &[Selector]) -> Result<(), Msg> {
    match list.iter().find_map(Selector::locked_rule) {
        Some(meta) => Err(msg!(
            "select-locked-rule",
            code = meta.code,
            name = meta.name
        )),
        None => Ok(()),
    }
}

/// One entry of `[per-file-ignores]`: the rules turned off in the files a glob matches.
#[derive(Clone, Debug)]
pub struct PerFileIgnore {
    /// The glob as written.
    pub pattern: String,
    matcher: globset::GlobMatcher,
    selectors: Vec<Selector>,
}

/// Directories and files a directory search passes over unless `exclude` says
/// otherwise: those of version control, builds and dependencies.
pub const DEFAULT_EXCLUDE: &[&str] = &[
    ".git",
    ".hg",
    ".svn",
    ".jj",
    "node_modules",
    "target",
    ".venv",
    "venv",
];

/// The `exclude` settings: of `campspec.toml` (globs relative to its directory) and of
/// the command line (relative to the current directory).
#[derive(Clone, Debug, Default)]
pub struct Exclude {
    /// `exclude`; `None` keeps [`DEFAULT_EXCLUDE`].
    pub exclude: Option<Vec<String>>,
    /// `extend-exclude`.
    pub extend: Vec<String>,
    /// The directory of `campspec.toml`, when one was read.
    pub base: Option<PathBuf>,
    /// `--exclude`; replaces `exclude`.
    pub cli_exclude: Option<Vec<String>>,
    /// `--extend-exclude`.
    pub cli_extend: Vec<String>,
    /// `--force-exclude`: files named on the command line are excluded too.
    pub force: bool,
}

/// A glob compiled as campspec reads globs: `*` and `?` stay within one path
/// component, `**` crosses any number, `[..]` is a class. `None` when it is not a glob.
pub fn glob(pattern: &str) -> Option<globset::GlobMatcher> {
    let pattern = pattern.trim_end_matches('/');
    let pattern = pattern.strip_prefix("./").unwrap_or(pattern);
    globset::GlobBuilder::new(pattern)
        .literal_separator(true)
        .backslash_escape(true)
        .build()
        .ok()
        .map(|g| g.compile_matcher())
}

/// `path` made absolute against the current directory, without `.` components (links
/// are not followed).
pub fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    joined
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect()
}

/// Whether a glob of campspec.toml or the command line matches `path`: a glob without
/// `/` matches the file or directory name; one with `/` the path from `base` (the
/// directory the glob was written for) or the path as given.
fn glob_matches(
    pattern: &str,
    matcher: &globset::GlobMatcher,
    base: Option<&Path>,
    path: &Path,
) -> bool {
    if !pattern.trim_end_matches('/').contains('/') {
        return path.file_name().is_some_and(|name| matcher.is_match(name));
    }
    let given: PathBuf = path
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect();
    if matcher.is_match(&given) {
        return true;
    }
    let base = base
        .map(Path::to_path_buf)
        .unwrap_or_else(|| absolute(Path::new(".")));
    absolute(path)
        .strip_prefix(&base)
        .is_ok_and(|relative| matcher.is_match(relative))
}

/// The compiled `exclude` globs of a run (see [`Settings::excluder`]).
#[derive(Clone, Debug, Default)]
pub struct Excluder {
    globs: Vec<(String, globset::GlobMatcher, Option<PathBuf>)>,
}

impl Excluder {
    /// Whether a directory search passes over `path`.
    pub fn excludes(&self, path: &Path) -> bool {
        self.globs
            .iter()
            .any(|(pattern, matcher, base)| glob_matches(pattern, matcher, base.as_deref(), path))
    }

    /// Whether `path` or a directory it is in is excluded (`--force-exclude` on a path
    /// named on the command line).
    pub fn excludes_named(&self, path: &Path) -> bool {
        // The directories above the current one are not the project's.
        let here = absolute(Path::new("."));
        let path = path.strip_prefix(&here).unwrap_or(path);
        path.ancestors()
            .filter(|p| !p.as_os_str().is_empty())
            .any(|p| self.excludes(p))
    }
}

impl Settings {
    /// Works out which rules the selection turns off ([`Settings::off`]).
    pub fn resolve_selection(&mut self) {
        self.off = registry::all()
            .iter()
            .map(|r| r.meta())
            .filter(|m| !self.selection.enabled(m))
            .map(|m| m.code)
            .collect();
    }

    /// Adds the command line's selection: `select` replaces the settings file's,
    /// `extend_select` and `ignore` add to theirs. An ignore naming a locked rule is
    /// refused.
    pub fn override_selection(
        &mut self,
        select: Option<Vec<Selector>>,
        extend_select: Vec<Selector>,
        ignore: Vec<Selector>,
    ) -> Result<(), Msg> {
        refuse_locked(&ignore)?;
        if select.is_some() {
            self.selection.select = select;
        }
        self.selection.extend_select.extend(extend_select);
        self.selection.ignore.extend(ignore);
        self.resolve_selection();
        Ok(())
    }

    /// The settings for the file at `path`: these, with the rules `[per-file-ignores]`
    /// turns off for it.
    pub fn for_file(&self, path: &Path) -> std::borrow::Cow<'_, Settings> {
        let base = self.exclude.base.as_deref();
        let mut off = Vec::new();
        for entry in &self.per_file_ignores {
            if !glob_matches(&entry.pattern, &entry.matcher, base, path) {
                continue;
            }
            off.extend(
                registry::all()
                    .iter()
                    .map(|r| r.meta())
                    .filter(|m| !m.is_locked() && entry.selectors.iter().any(|s| s.matches(m)))
                    .map(|m| m.code),
            );
        }
        if off.is_empty() {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut settings = self.clone();
        settings.off.extend(off);
        std::borrow::Cow::Owned(settings)
    }

    /// The `exclude` globs in force: `--exclude`, else `exclude`, else
    /// [`DEFAULT_EXCLUDE`]; with `extend-exclude` and `--extend-exclude`.
    pub fn excluder(&self) -> Excluder {
        let toml_base = self.exclude.base.clone();
        let cli_base = Some(absolute(Path::new(".")));
        let mut globs: Vec<(String, Option<PathBuf>)> =
            match (&self.exclude.cli_exclude, &self.exclude.exclude) {
                (Some(cli), _) => cli.iter().map(|p| (p.clone(), cli_base.clone())).collect(),
                (None, Some(toml)) => toml
                    .iter()
                    .map(|p| (p.clone(), toml_base.clone()))
                    .collect(),
                (None, None) => DEFAULT_EXCLUDE
                    .iter()
                    .map(|p| ((*p).to_owned(), None))
                    .collect(),
            };
        globs.extend(
            self.exclude
                .extend
                .iter()
                .map(|p| (p.clone(), toml_base.clone())),
        );
        globs.extend(
            self.exclude
                .cli_extend
                .iter()
                .map(|p| (p.clone(), cli_base.clone())),
        );
        Excluder {
            globs: globs
                .into_iter()
                .filter_map(|(pattern, base)| glob(&pattern).map(|m| (pattern, m, base)))
                .collect(),
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

    #[test]
    fn selection_follows_specificity() {
        let s = Settings::from_toml("select = [\"D\"]\nignore = [\"D003\"]\n").unwrap();
        assert_eq!(s.severity("D003", Severity::Error), None);
        assert_eq!(
            s.severity("D004", Severity::Warning),
            Some(Severity::Warning)
        );
        assert_eq!(s.severity("G002", Severity::Error), None);
        // Locked rules run whatever is selected.
        assert_eq!(s.severity("Y001", Severity::Error), Some(Severity::Error));
        let s =
            Settings::from_toml("ignore = [\"D\"]\nextend-select = [\"phase-overlap\"]\n").unwrap();
        assert_eq!(s.severity("D003", Severity::Error), Some(Severity::Error));
        assert_eq!(s.severity("D004", Severity::Warning), None);
        let s = Settings::from_toml("select = [\"D0\"]\nignore = [\"D\"]\n").unwrap();
        assert_eq!(s.severity("D003", Severity::Error), Some(Severity::Error));
    }

    #[test]
    fn selection_mistakes_are_explained() {
        let e = Settings::from_toml("select = [\"phase-overlp\"]\n").unwrap_err();
        assert!(e.contains("select: unknown rule or prefix"), "{e}");
        assert!(e.contains("did you mean `phase-overlap`"), "{e}");
        let e = Settings::from_toml("extend-ignore = [\"yaml-syntax\"]\n").unwrap_err();
        assert!(e.contains("locked"), "{e}");
        let e = Settings::from_toml("exclude = [\"a[\"]\n").unwrap_err();
        assert!(e.contains("exclude: `a[` is not a glob"), "{e}");
    }

    #[test]
    fn per_file_ignores_turn_rules_off_for_matching_files() {
        let s = Settings::from_toml("[per-file-ignores]\n\"*.draft.campaign.yaml\" = [\"W\"]\n")
            .unwrap();
        let draft = s.for_file(Path::new("plans/a.draft.campaign.yaml"));
        assert_eq!(draft.severity("W001", Severity::Error), None);
        let plan = s.for_file(Path::new("plans/a.campaign.yaml"));
        assert_eq!(
            plan.severity("W001", Severity::Error),
            Some(Severity::Error)
        );
    }
}
