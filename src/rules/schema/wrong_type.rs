//! Rule S003 `wrong-type`: a value has the wrong shape.

use crate::declare_rule;
use crate::rules::Rule;

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
