//! Rule Y006 `unsupported-yaml`: a YAML feature campspec does not accept (merge key, complex key, tag).

use crate::declare_rule;
use crate::rules::Rule;

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
