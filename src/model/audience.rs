//! Who a campaign is aimed at or open to, by age: the youngest age it reaches and whether
//! a parent's or guardian's consent is obtained before a minor takes part.

use crate::values::Count;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The campaign's audience by age.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Audience {
    /// The youngest age, in years, the campaign is aimed at or open to (who may sign up,
    /// take part or buy): `18` for adults only, `12` for a campaign that reaches
    /// twelve-year-olds, `0` for children of any age (a toy or school campaign).
    #[schemars(example = 18, example = 12)]
    pub min_age: Count,
    /// Whether a parent's or guardian's consent is obtained, and recorded, before a minor
    /// signs up, gives personal data or buys (`true`), or not (`false`; the same as
    /// leaving it out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = true)]
    pub guardian_consent: Option<bool>,
}
