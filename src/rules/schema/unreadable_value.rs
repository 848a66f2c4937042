//! Rule S005 `unreadable-value`: a value could not be read into the model.

use crate::rules::{Rule, Words};
use crate::source::pointer;
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// A safety net: a value that passed the schema but still could not be read into the
    /// typed model is reported here and left out. It should not happen; if it does, the
    /// message says what failed.
    ///
    /// ## Why it matters
    ///
    /// Nothing is dropped silently.
    ///
    /// ## Example
    ///
    /// A value the schema allows but the model rejects (please report it as a campspec bug).
    ///
    /// ## How to fix
    ///
    /// Follow the message; and report the case so that the schema can catch it directly.
    pub struct UnreadableValue;
    code = "S005", name = "unreadable-value", family = "schema",
    severity = Error, summary = "a value could not be read into the model",
    locked = true
}

/// Reported by the check stage's model step, for a value the model could not read.
impl Rule for UnreadableValue {}

impl UnreadableValue {
    /// The finding for the value at `at` that could not be read, because of `why`.
    pub fn words(at: &str, why: &str) -> Words {
        Words {
            message: msg!("s005-message", path = pointer::display_path(at), why = why),
            help: None,
        }
    }
}
