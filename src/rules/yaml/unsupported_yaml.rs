//! Rule Y006 `unsupported-yaml`: a YAML feature campspec does not accept (merge key, complex key, tag).

use crate::declare_rule;
use crate::rules::{Rule, Words};
use crate::source::LoadFacts;

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
            LoadFacts::MergeKey => (
                "merge keys (`<<`) are not part of YAML 1.2".to_owned(),
                "write the keys out, or use an alias for the whole value (`key: *name`)",
            ),
            LoadFacts::AliasKey => (
                "an alias cannot be used as a mapping key".to_owned(),
                "write the key out",
            ),
            LoadFacts::CollectionKey => (
                "a mapping key must be a plain value, not a list or mapping".to_owned(),
                "write keys as plain words, e.g. `name:`",
            ),
            LoadFacts::UnsupportedTag { tag } => (
                format!("unsupported tag `{tag}`"),
                "remove the tag; campspec reads plain YAML 1.2 values",
            ),
            LoadFacts::InvalidTagged { text, suffix } => (
                format!("`{text}` is not a valid `!!{suffix}`"),
                "remove the tag or fix the value",
            ),
            LoadFacts::TagOnPlain { suffix } => (
                format!("the tag `!!{suffix}` cannot be used on a plain value"),
                "remove the tag",
            ),
            _ => return None,
        };
        Some(Words {
            message: message.into(),
            help: Some(Into::into(help.to_owned())),
        })
    }
}
