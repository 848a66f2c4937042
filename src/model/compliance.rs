//! Compliance facts: legal review, data retention, personal data, and rule waivers.

use super::List;
use crate::values::{Date, Duration, Id};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Compliance facts about the campaign.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Compliance {
    /// The team that reviewed the plan legally (a `teams` id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed_by: Option<Id>,
    /// How long campaign records (orders, draws, winners) are kept, e.g. `2y`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_retention: Option<Duration>,
    /// How the campaign uses personal data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal_data: Option<PersonalData>,
    /// Findings silenced on purpose, each at one place, with a reason and an approver.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waivers: Option<List<Waiver>>,
}

/// Use of personal data for targeting.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonalData {
    /// Whether customers are profiled (automated decisions, targeted offers).
    pub profiling: bool,
    /// Whether customers consented to it.
    pub consent: bool,
    /// Whether customers can opt out of it.
    pub opt_out: bool,
}

/// A waiver: silences one rule at one place.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    /// The rule silenced: its code (`D004`) or name (`phase-gap`).
    pub rule: String,
    /// Where: a JSON pointer (`/copy/2/text`) or an id path (`copy.hero`, `phases.burst.end`).
    pub at: String,
    /// Why the finding is acceptable here.
    pub reason: String,
    /// Who approved the waiver.
    pub approved_by: String,
    /// The last day the waiver holds; after it the waiver is an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<Date>,
}
