//! Compliance facts: legal review, data retention, personal data, consent to marketing
//! messages, and rule waivers.

use super::{Channel, List};
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
    #[schemars(
        example = serde_json::json!({"profiling": true, "lawful_basis": "legitimate_interest", "opt_out": true}),
        example = serde_json::json!({"profiling": true, "consent": true, "opt_out": true, "non_personalised_option": true}),
    )]
    pub personal_data: Option<PersonalData>,
    /// The basis on which marketing messages are sent, one entry per message channel
    /// (`sms`, `email`, `push`): how recipients consented and where that is recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!([
            {"channel": "sms", "consent": "注册时单独勾选“接收营销短信”，记录存于CRM"},
            {"channel": "email", "consent": "double opt-in at sign-up; records kept in the ESP", "soft_opt_in": "existing customers who bought from us and were offered a refusal at checkout"}
        ]),
    )]
    pub messaging: Option<List<Messaging>>,
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
///
/// `consent: true` records that customers consented to the profiling; when no
/// `lawful_basis` is written it also stands as the lawful basis `consent`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonalData {
    /// Whether customers are profiled (automated decisions, targeted offers).
    #[schemars(example = true, example = false)]
    pub profiling: bool,
    /// The lawful basis of the profiling (GDPR Art. 6(1)): `consent`, `contract`,
    /// `legitimate_interest`, `legal_obligation`, `vital_interest` or `public_task`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"legitimate_interest", example = &"consent")]
    pub lawful_basis: Option<LawfulBasis>,
    /// Whether customers consented to the profiling (recorded consent; without a
    /// `lawful_basis` it is the basis `consent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = true)]
    pub consent: Option<bool>,
    /// Whether customers can refuse or object to personalised marketing, conveniently
    /// and at any time (an opt-out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = true)]
    pub opt_out: Option<bool>,
    /// Whether customers are also offered a version not based on their personal
    /// characteristics (a non-personalised feed, list or offer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = true)]
    pub non_personalised_option: Option<bool>,
}

impl PersonalData {
    /// The lawful basis as the plan records it: `lawful_basis`, or `consent` when no
    /// basis is written and `consent: true` is.
    pub fn basis(&self) -> Option<LawfulBasis> {
        self.lawful_basis
            .or((self.consent == Some(true)).then_some(LawfulBasis::Consent))
    }
}

/// A lawful basis for processing personal data, as GDPR Art. 6(1)(a)–(f) lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LawfulBasis {
    /// (a) The customer consented (PIPL Art. 13(1) 同意).
    Consent,
    /// (b) Necessary for a contract with the customer (PIPL Art. 13(2)).
    Contract,
    /// (c) Necessary to comply with a legal obligation (PIPL Art. 13(3)).
    LegalObligation,
    /// (d) Necessary to protect someone's vital interests (PIPL Art. 13(4)).
    VitalInterest,
    /// (e) Necessary for a task in the public interest or official authority.
    PublicTask,
    /// (f) The legitimate interests of the trader, weighed against the customer's
    /// (GDPR only: PIPL has no such basis).
    LegitimateInterest,
}

/// The basis on which marketing messages go out on one channel.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Messaging {
    /// The message channel: `sms`, `email` or `push`.
    #[schemars(example = &"sms", example = &"email")]
    pub channel: Channel,
    /// How recipients gave their prior consent (or asked) to receive marketing on this
    /// channel, and where it is recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = &"注册时单独勾选“接收营销短信”，记录存于CRM",
        example = &"double opt-in at sign-up; records kept in the ESP",
    )]
    pub consent: Option<String>,
    /// EU and UK only: the "soft opt-in" — messages go only to existing customers whose
    /// details were taken in a sale, about similar products, with a refusal offered
    /// then and in every message; how that holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"past buyers only; opt-out box at checkout and in every email")]
    pub soft_opt_in: Option<String>,
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
