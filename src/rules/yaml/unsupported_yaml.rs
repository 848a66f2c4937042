//! Rule Y006 `unsupported-yaml`: a YAML feature campspec does not accept (merge key, complex key, tag).

use crate::rules::{Rule, Words};
use crate::source::LoadFacts;
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Specs use plain YAML 1.2 values. These are rejected, each at its place:
    ///
    /// - merge keys (`<<: *base`), which are not part of YAML 1.2 and are read differently by
    ///   different tools;
    /// - keys that are lists or mappings (`? [a, b]: x`);
    /// - tags other than the core ones (`!!str`, `!!int`, …), e.g. `!include`.
    ///
    /// ## Why it matters
    ///
    /// A plan must mean the same to every tool that reads it: editors, CI, promotion engines.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// coupons:
    ///   - <<: *base-coupon
    ///     id: vip
    /// ```
    ///
    /// ## How to fix
    ///
    /// Write the keys out (or alias a whole value: `terms: *shared-terms`) and remove custom tags.
    pub struct UnsupportedYaml;
    code = "Y006", name = "unsupported-yaml", family = "yaml",
    severity = Error, summary = "a YAML feature campspec does not accept (merge key, complex key, tag)",
    locked = true
}

impl Rule for UnsupportedYaml {}

impl UnsupportedYaml {
    /// The finding for a merge key, a key that is an alias, list or mapping, or a tag
    /// campspec does not read. `None` for the facts of another rule.
    pub fn words(facts: &LoadFacts) -> Option<Words> {
        let (message, help) = match facts {
            LoadFacts::MergeKey => (msg!("y006-merge-key"), msg!("y006-merge-key-help")),
            LoadFacts::AliasKey => (msg!("y006-alias-key"), msg!("y006-alias-key-help")),
            LoadFacts::CollectionKey => (
                msg!("y006-collection-key"),
                msg!("y006-collection-key-help"),
            ),
            LoadFacts::UnsupportedTag { tag } => (
                msg!("y006-unsupported-tag", tag = tag),
                msg!("y006-unsupported-tag-help"),
            ),
            LoadFacts::InvalidTagged { text, suffix } => (
                msg!("y006-invalid-tagged", text = text, suffix = suffix),
                msg!("y006-invalid-tagged-help"),
            ),
            LoadFacts::TagOnPlain { suffix } => (
                msg!("y006-tag-on-plain", suffix = suffix),
                msg!("y006-tag-on-plain-help"),
            ),
            _ => return None,
        };
        Some(Words {
            message,
            help: Some(help),
        })
    }
}
