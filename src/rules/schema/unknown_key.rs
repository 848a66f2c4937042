//! Rule S001 `unknown-key`: a key the format does not know.

use crate::declare_rule;
use crate::rules::{Rule, Words};
use crate::schema::LISTED_UNKNOWN_KEYS;

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

impl UnknownKey {
    /// The finding for the unknown key `key` in `place`, suggesting the closest allowed
    /// key not written yet, or else listing the keys `allowed` there.
    pub fn words(key: &str, place: &str, suggestion: Option<&str>, allowed: &[String]) -> Words {
        Words {
            message: (format!("unknown key `{key}` in {place}")).into(),
            help: (suggestion
                .map(|s| format!("did you mean `{s}`?"))
                .or_else(|| allowed_keys(allowed)))
            .map(Into::into),
        }
    }

    /// The one finding counting the `count` unknown keys (`first` … `last`) of a
    /// mapping past the first [`LISTED_UNKNOWN_KEYS`].
    pub fn unlisted_words(
        place: &str,
        count: usize,
        first: &str,
        last: &str,
        allowed: &[String],
    ) -> Words {
        let span = if count > 1 {
            format!("`{first}` … `{last}`")
        } else {
            format!("`{first}`")
        };
        let keys = if count == 1 { "key" } else { "keys" };
        let mut help = String::from(
            "so many unknown keys are rarely typos: check that this file is a campaign plan \
             and that these keys are not indented under the wrong parent",
        );
        if let Some(listed) = allowed_keys(allowed) {
            help.push_str("; ");
            help.push_str(&listed);
        }
        Words {
            message: (format!(
                "{count} more unknown {keys} in {place} ({span}), past the first \
                 {LISTED_UNKNOWN_KEYS} listed one by one"
            ))
            .into(),
            help: Some(Into::into(help)),
        }
    }
}

/// "keys allowed here: …", when the mapping allows any.
fn allowed_keys(allowed: &[String]) -> Option<String> {
    (!allowed.is_empty()).then(|| format!("keys allowed here: {}", allowed.join(", ")))
}
