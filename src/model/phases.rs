//! Phases of the campaign and the materials they need.

use super::List;
use crate::values::{Count, Date, Id, Percent, Share};
use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A phase of the campaign (预热期, 爆发期, …), both days inclusive.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    /// Identifier of the phase, referenced by promotions, budget lines and materials.
    pub id: Id,
    /// The phase's name, e.g. 爆发期.
    pub name: String,
    /// First day of the phase.
    pub start: Date,
    /// Last day of the phase (inclusive).
    pub end: Date,
    /// What the phase concentrates on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus: Option<List<String>>,
    /// This phase's budget: a share of the spendable budget (`20%`) or an amount; all
    /// phases use the same form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Share>,
    /// The share of each goal's target this phase delivers, by goal id (e.g. `{gmv: 45%}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targets: Option<IndexMap<String, Percent>>,
}

/// A material to produce before a phase needs it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Material {
    /// Identifier of the material.
    pub id: Id,
    /// What it is, e.g. 海报/展架/吊旗.
    pub item: String,
    /// How many.
    pub quantity: Count,
    /// The team producing it (a `teams` id).
    pub owner: Id,
    /// The day it must be ready.
    pub due: Date,
    /// The phase that needs it (a `phases` id); it must be due before that phase starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needed_by: Option<Id>,
}
