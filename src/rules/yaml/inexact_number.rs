//! Rule Y007 `inexact-number`: a number cannot be read exactly.

use crate::declare_rule;
use crate::rules::{Rule, Words};
use crate::source::LoadFacts;

declare_rule! {
    /// ## What it checks
    ///
    /// Numbers are read exactly, never rounded. A number with more digits than a 64-bit float
    /// holds exactly (`0.1000000000000000055`), an integer beyond 64 bits, or `.inf`/`.nan` is
    /// reported and set aside.
    ///
    /// ## Why it matters
    ///
    /// Money must be correct to the cent. Other YAML tools would silently round such numbers,
    /// so the plan would mean different amounts in different places.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// budget:
    ///   total: 12345678901234567890123
    /// ```
    ///
    /// ## How to fix
    ///
    /// Round the number, use 万/亿 for large amounts (`"1.2亿"`), or quote it if it is text.
    pub struct InexactNumber;
    code = "Y007", name = "inexact-number", family = "yaml",
    severity = Error, summary = "a number cannot be read exactly",
    locked = true
}

impl Rule for InexactNumber {}

impl InexactNumber {
    /// The finding for `.inf`/`.nan`, an integer too large, or a decimal with too many
    /// digits to be read exactly. `None` for the facts of another rule.
    pub fn words(facts: &LoadFacts) -> Option<Words> {
        let (message, help) = match facts {
            LoadFacts::NotFinite { text } => (
                format!("`{text}` is not a finite number"),
                "write a number, or quote it if it is text".to_owned(),
            ),
            LoadFacts::TooLarge { text } => (
                format!("`{text}` is too large to be read exactly as a number"),
                format!("quote it (`\"{text}\"`) if it is text, or use 万/亿 for amounts"),
            ),
            LoadFacts::TooManyDigits { text } => (
                format!("`{text}` has more digits than a number can hold exactly"),
                format!("quote it (`\"{text}\"`) if it is text, or round it"),
            ),
            _ => return None,
        };
        Some(Words {
            message: message.into(),
            help: Some(Into::into(help)),
        })
    }
}
