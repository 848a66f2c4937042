//! Rule S002 `missing-key`: a required key is missing.

use crate::i18n::Msg;
use crate::rules::{Rule, Words};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Keys the format requires must be present: at the top level `campspec`, `id`, `name`,
    /// `owner`, `currency`, `timezone`, `jurisdictions`, `window`, `goals`, `phases`; in each
    /// item its `id` and the fields its kind needs (a coupon its `min_spend`, a flash sale its
    /// `slots`, `price`, `quantity` and `per_user`, …). The help says what the key holds.
    ///
    /// An item that misses a required key is left out of the later checks (they would only
    /// report consequences of the same gap); other items are still checked.
    ///
    /// ## Why it matters
    ///
    /// Without these facts the plan cannot be checked, priced or built into documents.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// coupons:
    ///   - id: gifting
    ///     name: 礼品券
    ///     amount: 150        # no `min_spend`
    /// ```
    ///
    /// ## How to fix
    ///
    /// Add the key (`min_spend: 0` for a coupon without threshold).
    pub struct MissingKey;
    code = "S002", name = "missing-key", family = "schema",
    severity = Error, summary = "a required key is missing",
    locked = true
}

impl Rule for MissingKey {}

impl MissingKey {
    /// The finding for the required key `name` missing in `place`, with the key's
    /// description from the schema as help.
    pub fn words(name: &str, place: &Msg, description: Option<&Msg>) -> Words {
        Words {
            message: msg!("s002-message", name = name, place = place.clone()),
            help: Some(match description {
                Some(d) if d.is_raw() => {
                    msg!("s002-help-english", name = name, description = d.clone())
                }
                Some(d) => msg!("s002-help-described", name = name, description = d.clone()),
                None => msg!("s002-help", name = name),
            }),
        }
    }
}
