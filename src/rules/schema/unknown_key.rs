//! Rule S001 `unknown-key`: a key the format does not know.

use crate::i18n::Msg;
use crate::rules::{Rule, Words};
use crate::schema::{LISTED_UNKNOWN_KEYS, comma_list};
use crate::{declare_rule, msg};

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
    pub fn words(key: &str, place: &Msg, suggestion: Option<&str>, allowed: &[String]) -> Words {
        Words {
            message: msg!("s001-message", key = key, place = place.clone()),
            help: suggestion
                .map(|s| msg!("s001-did-you-mean", suggestion = s))
                .or_else(|| allowed_keys(allowed)),
        }
    }

    /// The finding counting the unknown keys of a mapping past the first
    /// [`LISTED_UNKNOWN_KEYS`]: how many, the first and the last.
    pub fn unlisted_words(
        place: &Msg,
        count: usize,
        first: &str,
        last: &str,
        allowed: &[String],
    ) -> Words {
        let span = if count > 1 {
            msg!("s001-span-range", first = first, last = last)
        } else {
            msg!("s001-span-one", first = first)
        };
        let help = match allowed_keys(allowed) {
            Some(listed) => msg!("s001-unlisted-help-allowed", allowed = listed),
            None => msg!("s001-unlisted-help"),
        };
        Words {
            message: msg!(
                "s001-unlisted",
                count = count,
                place = place.clone(),
                span = span,
                listed = LISTED_UNKNOWN_KEYS,
            ),
            help: Some(help),
        }
    }
}

fn allowed_keys(allowed: &[String]) -> Option<Msg> {
    (!allowed.is_empty()).then(|| msg!("s001-allowed", keys = comma_list(allowed)))
}
