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
    #[schemars(example = &"legal")]
    pub reviewed_by: Option<Id>,
    /// How long the personal data the campaign collects (contacts, orders, entrants) is
    /// kept, e.g. `90d`; prize records are `prize_records`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"2y", example = &"90d")]
    pub data_retention: Option<Duration>,
    /// How long the records of prize promotions (rules, notices, draw results, winners)
    /// are kept, e.g. `2y`: kept apart from `data_retention`, which personal data wants
    /// as short as the purpose allows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"2y", example = &"3y")]
    pub prize_records: Option<Duration>,
    /// How the campaign uses personal data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = serde_json::json!({"profiling": true, "consent": true, "opt_out": true}))]
    pub personal_data: Option<PersonalData>,
    /// Findings silenced on purpose, each at one place, with a reason and an approver.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!([
            {"rule": "phase-gap", "at": "phases.peak.start", "reason": "除夕门店休息一天", "approved_by": "王敏", "expires": "2027-03-01"}
        ]),
    )]
    pub waivers: Option<List<Waiver>>,
}

/// Use of personal data for targeting.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonalData {
    /// Whether customers are profiled (automated decisions, targeted offers).
    #[schemars(example = true, example = false)]
    pub profiling: bool,
    /// Whether customers consented to it (needed when `profiling` is `true`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = true)]
    pub consent: Option<bool>,
    /// Whether customers can opt out of it (needed when `profiling` is `true`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = true)]
    pub opt_out: Option<bool>,
}

/// A waiver: silences one rule at one place.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    /// The rule silenced: its code (`D004`) or name (`phase-gap`).
    #[schemars(example = &"phase-gap", example = &"D004")]
    pub rule: String,
    /// Where: a JSON pointer (`/copy/2/text`) or an id path (`copy.hero`, `phases.burst.end`).
    #[schemars(example = &"phases.peak.start", example = &"/copy/2/text")]
    pub at: String,
    /// Why the finding is acceptable here.
    #[schemars(example = &"除夕门店休息一天", example = &"Stores are closed on New Year's Eve")]
    pub reason: String,
    /// Who approved the waiver.
    #[schemars(example = &"王敏", example = &"Legal (J. Smith)")]
    pub approved_by: String,
    /// The last day the waiver holds; after it the waiver is an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"2027-03-01")]
    pub expires: Option<Date>,
}
