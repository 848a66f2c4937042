//! Rule Y001 `yaml-syntax`: the file is not valid YAML.

use crate::declare_rule;
use crate::rules::{Rule, Words};
use crate::source::{LoadFacts, SyntaxHint};

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
                message: (format!("YAML syntax error: {info}")).into(),
                help: Some(Into::into(hint_words(*hint).to_owned())),
            },
            LoadFacts::UnknownAlias => Words {
                message: "this alias refers to no anchor".into(),
                help: Some("define the anchor (`&name`) before using it (`*name`)".into()),
            },
            _ => return None,
        })
    }
}

/// The help for the likely cause of a syntax error.
fn hint_words(hint: SyntaxHint) -> &'static str {
    match hint {
        SyntaxHint::TabHere => "YAML does not allow a tab here; write a space instead",
        SyntaxHint::TabIndentation => {
            "YAML does not allow tabs for indentation; indent with spaces"
        }
        SyntaxHint::UnclosedQuote => "a quoted text is not closed: add the closing quote",
        SyntaxHint::ColonInValue => {
            "a value containing `: ` must be quoted, or this line is indented differently from the lines around it"
        }
        SyntaxHint::Indentation => "check the indentation of this line against the line above",
        SyntaxHint::UnclosedFlow => "a `[` or `{` list is not closed, or an item needs quoting",
        SyntaxHint::UnderKey => "check the indentation under the key on the line above",
        SyntaxHint::Other => {
            "fix the YAML syntax here; campspec checks the rest of the file once it parses"
        }
    }
}
