//! Teams and risks: who does what, and who answers for each risk.

use super::List;
use crate::values::Id;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A team taking part in the campaign.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Team {
    /// Identifier used by `owner` fields, e.g. `marketing`.
    pub id: Id,
    /// The team's name, e.g. 市场部.
    pub name: String,
    /// What the team is responsible for in this campaign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duties: Option<List<String>>,
}

/// A risk to the campaign and how it is handled.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    /// Identifier of the risk.
    pub id: Id,
    /// What could go wrong.
    pub risk: String,
    /// What is done beforehand to prevent it.
    pub prevention: String,
    /// What is done if it happens.
    pub response: String,
    /// The team answering for it (a `teams` id).
    pub owner: Id,
}
