//! Rule Y009 `empty-file`: the file holds no campaign.

use crate::rules::{Rule, Words};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// A spec file must contain a campaign: a file that is empty or holds only comments is an
    /// error.
    ///
    /// ## Why it matters
    ///
    /// An empty file named `*.campaign.yaml` is usually a mistake (a failed save, a merge gone
    /// wrong) and would otherwise pass silently.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// # TODO: write the plan
    /// ```
    ///
    /// ## How to fix
    ///
    /// Write the plan (`campspec init FILE` writes a commented starter), or delete the file.
    pub struct EmptyFile;
    code = "Y009", name = "empty-file", family = "yaml",
    severity = Error, summary = "the file holds no campaign",
    locked = true
}

impl Rule for EmptyFile {}

impl EmptyFile {
    /// The finding for a file without a campaign.
    pub fn words() -> Words {
        Words {
            message: msg!("y009-message"),
            help: Some(msg!("y009-help")),
        }
    }
}
