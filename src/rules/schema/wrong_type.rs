//! Rule S003 `wrong-type`: a value has the wrong shape.

use crate::i18n::Msg;
use crate::rules::{Rule, Words};
use crate::{declare_rule, msg};

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
        place: &Msg,
        types: Option<&[String]>,
        found: &Msg,
        text: Option<&str>,
        example: Option<&str>,
    ) -> Words {
        let boolean = types.is_some_and(|ts| ts.iter().any(|t| t == "boolean"));
        let expected = types.map_or_else(|| msg!("s003-type-other"), type_words);
        let help = match (text, example) {
            (Some(s), _) if boolean => Some(match s.to_ascii_lowercase().as_str() {
                "yes" | "y" | "on" => msg!("s003-write-true"),
                "no" | "n" | "off" => msg!("s003-write-false"),
                _ => msg!("s003-write-true-or-false"),
            }),
            (_, Some(example)) => Some(msg!("s003-example", example = example)),
            _ => None,
        };
        Words {
            message: msg!(
                "s003-message",
                place = place.clone(),
                expected = expected,
                found = found.clone(),
            ),
            help,
        }
    }
}

/// The types joined with "or" (`a or b or c`), one catalogue link at a time.
fn type_words(types: &[String]) -> Msg {
    let words = |t: &str| match t {
        "object" => msg!("s003-type-object"),
        "array" => msg!("s003-type-array"),
        "string" => msg!("s003-type-string"),
        "number" => msg!("s003-type-number"),
        "integer" => msg!("s003-type-integer"),
        "boolean" => msg!("s003-type-boolean"),
        "null" => msg!("s003-type-null"),
        _ => msg!("s003-type-value"),
    };
    match types.split_last() {
        None => Msg::raw(""),
        Some((last, rest)) => rest.iter().rev().fold(words(last), |tail, t| {
            msg!("s003-or", first = words(t), rest = tail)
        }),
    }
}
