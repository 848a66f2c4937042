//! Rule Y008 `yaml11-ambiguity`: an unquoted value means something else to YAML 1.1 tools.

use crate::i18n::Msg;
use crate::rules::{Rule, Words};
use crate::source::{LoadFacts, Yaml11Reading, Yaml12Reading};
use crate::{declare_rule, msg};

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
                message: msg!(
                    "y008-value",
                    text = text,
                    yaml12 = yaml12_words(*yaml12),
                    yaml11 = yaml11_words(*yaml11),
                ),
                help: Some(msg!("y008-value-help", text = text)),
            },
            LoadFacts::Yaml11Key { text, yaml11 } => Words {
                message: msg!("y008-key", text = text, yaml11 = yaml11_words(*yaml11)),
                help: Some(msg!("y008-key-help", text = text)),
            },
            _ => return None,
        })
    }
}

fn yaml12_words(reading: Yaml12Reading) -> Msg {
    match reading {
        Yaml12Reading::Number => msg!("y008-reading-number"),
        Yaml12Reading::Boolean => msg!("y008-reading-boolean"),
        Yaml12Reading::Text => msg!("y008-reading-text"),
    }
}

fn yaml11_words(reading: Yaml11Reading) -> Msg {
    match reading {
        Yaml11Reading::True => msg!("y008-reading-true"),
        Yaml11Reading::False => msg!("y008-reading-false"),
        Yaml11Reading::Base60 => msg!("y008-reading-base60"),
        Yaml11Reading::Octal => msg!("y008-reading-octal"),
        Yaml11Reading::Grouped => msg!("y008-reading-number"),
    }
}
