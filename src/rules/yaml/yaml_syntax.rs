//! Rule Y001 `yaml-syntax`: the file is not valid YAML.

use crate::declare_rule;
use crate::rules::Rule;

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
