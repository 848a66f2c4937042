//! Rule Y007 `inexact-number`: a number cannot be read exactly.

use crate::rules::{Rule, Words};
use crate::source::LoadFacts;
use crate::{declare_rule, msg};

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
                msg!("y007-not-finite", text = text),
                msg!("y007-not-finite-help"),
            ),
            LoadFacts::TooLarge { text } => (
                msg!("y007-too-large", text = text),
                msg!("y007-too-large-help", text = text),
            ),
            LoadFacts::TooManyDigits { text } => (
                msg!("y007-too-many-digits", text = text),
                msg!("y007-too-many-digits-help", text = text),
            ),
            _ => return None,
        };
        Some(Words {
            message,
            help: Some(help),
        })
    }
}
