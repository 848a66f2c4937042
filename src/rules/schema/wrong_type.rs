//! Rule S003 `wrong-type`: a value has the wrong shape.

use crate::declare_rule;
use crate::rules::{Rule, Words};

declare_rule! {
    /// ## What it checks
    ///
    /// Each value must have the shape its key expects: a list where a list is expected, a
    /// mapping where a mapping is expected, `true`/`false` for yes/no fields, text for names.
    /// The value is underlined, and the message says what was expected and what was found.
    /// The value is set aside; the rest of the file is still checked.
    ///
    /// ## Why it matters
    ///
    /// A value of the wrong shape cannot mean what the author intended.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// promotions:
    ///   - id: tiers
    ///     type: spend_tiers
    ///     name: 满额阶梯折扣
    ///     phases: burst      # a list is expected: [burst]
    /// ```
    ///
    /// ## How to fix
    ///
    /// Write the value in the expected shape; the help shows an example.
    pub struct WrongType;
    code = "S003", name = "wrong-type", family = "schema",
    severity = Error, summary = "a value has the wrong shape",
    locked = true
}

impl Rule for WrongType {}

impl WrongType {
    /// The finding for a value in `place` of the wrong type: the JSON `types` expected
    /// (`None` when the schema names none), the value `found` (and its `text`, for a
    /// yes/no written where `true` or `false` belongs), and an `example` of a right one.
    /// A list, mapping or nothing where a value type (money, a date…) belongs is worded
    /// by the value type's own parser instead (see `S004`).
    pub fn words(
        place: &str,
        types: Option<&[String]>,
        found: &str,
        text: Option<&str>,
        example: Option<&str>,
    ) -> Words {
        let expected = types.map_or_else(|| "another kind of value".to_owned(), type_words);
        let help = match (text, example) {
            (Some(s), _) if expected.contains("true") => Some(
                match s.to_ascii_lowercase().as_str() {
                    "yes" | "y" | "on" => "write `true`",
                    "no" | "n" | "off" => "write `false`",
                    _ => "write `true` or `false`",
                }
                .to_owned(),
            ),
            (_, Some(example)) => Some(format!("for example: {example}")),
            _ => None,
        };
        Words {
            message: (format!("{place}: expected {expected}, found {found}")).into(),
            help: help.map(Into::into),
        }
    }
}

/// The JSON types, in the user's words.
fn type_words(types: &[String]) -> String {
    let words = |t: &str| match t {
        "object" => "a mapping (`key: value` lines)",
        "array" => "a list",
        "string" => "text",
        "number" => "a number",
        "integer" => "a whole number",
        "boolean" => "`true` or `false`",
        "null" => "nothing",
        _ => "a value",
    };
    let parts: Vec<&str> = types.iter().map(|t| words(t)).collect();
    parts.join(" or ")
}
