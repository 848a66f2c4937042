//! Rule Y001 `yaml-syntax`: the file is not valid YAML.

use crate::i18n::Msg;
use crate::rules::{Rule, Words};
use crate::source::{LoadFacts, SyntaxHint};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// The file must parse as YAML 1.2. A syntax error (bad indentation, an unclosed quote or
    /// bracket, a tab used for indentation, `key: value: more` without quotes) is reported at
    /// the line and column where the parser stopped, with a hint for the usual causes.
    ///
    /// ## Why it matters
    ///
    /// Nothing else can be checked until the file parses, so this is the only finding shown
    /// for a file with a syntax error.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// phases:
    ///   - id: burst
    ///    name: 爆发期      # indented one space less than `id`
    /// ```
    ///
    /// ## How to fix
    ///
    /// Follow the hint: indent with spaces so that keys of one item line up, close quotes and
    /// brackets, and quote text that contains `: ` or starts with a special character.
    pub struct YamlSyntax;
    code = "Y001", name = "yaml-syntax", family = "yaml",
    severity = Error, summary = "the file is not valid YAML",
    locked = true
}

impl Rule for YamlSyntax {}

impl YamlSyntax {
    /// The finding for a syntax error: the parser's description (`info`) and a hint at
    /// the likely cause; or for an alias without its anchor. `None` for the facts of
    /// another rule.
    pub fn words(facts: &LoadFacts) -> Option<Words> {
        Some(match facts {
            LoadFacts::Syntax { info, hint } => Words {
                message: msg!("y001-syntax", info = info),
                help: Some(hint_words(*hint)),
            },
            LoadFacts::UnknownAlias => Words {
                message: msg!("y001-unknown-alias"),
                help: Some(msg!("y001-unknown-alias-help")),
            },
            _ => return None,
        })
    }
}

/// The help for the likely cause of a syntax error.
fn hint_words(hint: SyntaxHint) -> Msg {
    match hint {
        SyntaxHint::TabHere => msg!("y001-hint-tab-here"),
        SyntaxHint::TabIndentation => msg!("y001-hint-tab-indentation"),
        SyntaxHint::UnclosedQuote => msg!("y001-hint-unclosed-quote"),
        SyntaxHint::ColonInValue => msg!("y001-hint-colon-in-value"),
        SyntaxHint::Indentation => msg!("y001-hint-indentation"),
        SyntaxHint::UnclosedFlow => msg!("y001-hint-unclosed-flow"),
        SyntaxHint::UnderKey => msg!("y001-hint-under-key"),
        SyntaxHint::Other => msg!("y001-hint-other"),
    }
}
