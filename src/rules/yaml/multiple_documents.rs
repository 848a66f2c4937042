//! Rule Y003 `multiple-documents`: the file holds more than one YAML document.

use crate::rules::{Rule, Words};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// A spec file holds one YAML document. A `---` line that starts a second document is an
    /// error.
    ///
    /// ## Why it matters
    ///
    /// One campaign per file keeps reviews and diffs readable; tools that read only the first
    /// document would silently ignore the rest.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// campspec: 1
    /// id: spring-sale
    /// ---
    /// campspec: 1
    /// id: summer-sale
    /// ```
    ///
    /// ## How to fix
    ///
    /// Put each campaign in its own `*.campaign.yaml` file, or delete the stray `---`.
    pub struct MultipleDocuments;
    code = "Y003", name = "multiple-documents", family = "yaml",
    severity = Error, summary = "the file holds more than one YAML document",
    locked = true
}

impl Rule for MultipleDocuments {}

impl MultipleDocuments {
    /// The finding at the start of the second document.
    pub fn words() -> Words {
        Words {
            message: msg!("y003-message"),
            help: Some(msg!("y003-help")),
        }
    }
}
