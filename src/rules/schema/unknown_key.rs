//! Rule S001 `unknown-key`: a key the format does not know.

use crate::declare_rule;
use crate::rules::Rule;

declare_rule! {
    /// ## What it checks
    ///
    /// Every key must be one the format defines at that place. The key is underlined and the
    /// closest valid key is suggested (`minspend` → `min_spend`); otherwise the valid keys are
    /// listed. Promotion keys depend on the promotion's `type`.
    ///
    /// The first 100 unknown keys of one mapping are reported one by one; any more are
    /// counted in one finding at the first of them, naming the first and last. Hundreds
    /// of unknown keys in one place are never typos (a file that is not a plan, a block
    /// indented under the wrong key), and listing them all would bury every other
    /// finding. Every unknown key is left out of the plan either way.
    ///
    /// ## Why it matters
    ///
    /// A misspelt key is silently ignored by most tools: `min_spend` written as `minspend`
    /// would make a coupon usable on any order.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// coupons:
    ///   - id: win-back
    ///     name: 老客回归券
    ///     amount: 150
    ///     minspend: 500      # unknown key; did you mean `min_spend`?
    /// ```
    ///
    /// ## How to fix
    ///
    /// Fix the spelling, or remove the key. The JSON Schema (`campspec schema`) lists every key.
    pub struct UnknownKey;
    code = "S001", name = "unknown-key", family = "schema",
    severity = Error, summary = "a key the format does not know"
}

impl Rule for UnknownKey {}
