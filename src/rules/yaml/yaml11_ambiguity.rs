//! Rule Y008 `yaml11-ambiguity`: an unquoted value means something else to YAML 1.1 tools.

use crate::declare_rule;
use crate::rules::{Rule, Words};
use crate::source::{LoadFacts, Yaml11Reading, Yaml12Reading};

declare_rule! {
    /// ## What it checks
    ///
    /// campspec reads YAML 1.2, but many editors and libraries still read YAML 1.1, where some
    /// unquoted words and numbers change meaning:
    ///
    /// - `yes`, `no`, `on`, `off`, `y`, `n` (any case) are booleans in 1.1, text in 1.2;
    /// - `10:00` is the number 600 in 1.1 (base 60);
    /// - `017` is octal 15 in 1.1 but 17 in 1.2;
    /// - `1_000` is 1000 in 1.1 but text in 1.2.
    ///
    /// When such a value is also of the wrong type for its field, only the type error is shown.
    ///
    /// ## Why it matters
    ///
    /// The plan must mean the same to every tool that reads it.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// promotions:
    ///   - id: flash
    ///     type: flash_sale
    ///     slots: [10:00, 20:00]   # 600 and 1200 to a YAML 1.1 reader
    /// ```
    ///
    /// ## How to fix
    ///
    /// Quote the value: `slots: ["10:00", "20:00"]`.
    pub struct Yaml11Ambiguity;
    code = "Y008", name = "yaml11-ambiguity", family = "yaml",
    severity = Warning, summary = "an unquoted value means something else to YAML 1.1 tools"
}

impl Rule for Yaml11Ambiguity {}

impl Yaml11Ambiguity {
    /// The finding for a plain value or key that YAML 1.1 tools read differently.
    /// `None` for the facts of another rule.
    pub fn words(facts: &LoadFacts) -> Option<Words> {
        Some(match facts {
            LoadFacts::Yaml11Value {
                text,
                yaml12,
                yaml11,
            } => Words {
                message: (format!(
                    "`{text}` is read as {} in YAML 1.2 but as {} by YAML 1.1 tools (many editors and libraries)",
                    yaml12_words(*yaml12),
                    yaml11_words(*yaml11)
                )).into(),
                help: (Some(format!(
                    "quote it (`\"{text}\"`) so every tool reads the same value"
                ))).map(Into::into),
            },
            LoadFacts::Yaml11Key { text, yaml11 } => Words {
                message: (format!(
                    "the key `{text}` is a string in YAML 1.2 but {} in YAML 1.1 tools",
                    yaml11_words(*yaml11)
                )).into(),
                help: (Some(format!("quote the key (`\"{text}\":`)"))).map(Into::into),
            },
            _ => return None,
        })
    }
}

fn yaml12_words(reading: Yaml12Reading) -> &'static str {
    match reading {
        Yaml12Reading::Number => "a number",
        Yaml12Reading::Boolean => "a boolean",
        Yaml12Reading::Text => "text",
    }
}

fn yaml11_words(reading: Yaml11Reading) -> &'static str {
    match reading {
        Yaml11Reading::True => "`true`",
        Yaml11Reading::False => "`false`",
        Yaml11Reading::Base60 => "a base-60 number (10:00 → 600)",
        Yaml11Reading::Octal => "an octal number",
        Yaml11Reading::Grouped => "a number",
    }
}
