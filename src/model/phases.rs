//! Phases of the campaign and the materials they need.

use super::{Known, List};
use crate::values::{Count, Date, Id, Percent, Share};
use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A phase of the campaign (预热期, 爆发期, …), both days inclusive.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    /// Identifier of the phase, referenced by promotions, budget lines and materials.
    #[schemars(example = &"preheat", example = &"burst")]
    pub id: Id,
    /// The phase's name, e.g. 爆发期.
    #[schemars(example = &"预热期", example = &"Main sale")]
    pub name: String,
    /// First day of the phase.
    #[schemars(example = &"2027-01-16")]
    pub start: Known<Date>,
    /// Last day of the phase (inclusive).
    #[schemars(example = &"2027-01-28")]
    pub end: Known<Date>,
    /// What the phase concentrates on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = ["活动预告发布", "会员优先通知"], example = ["Email and SMS teasers"])]
    pub focus: Option<List<String>>,
    /// This phase's budget: a share of the spendable budget (`20%`) or an amount; all
    /// phases use the same form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"20%", example = &"300万")]
    pub budget: Option<Share>,
    /// The share of each goal's target this phase delivers, by goal id (e.g. `{gmv: 45%}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!({"gmv": "45%"}),
        example = serde_json::json!({"revenue": "20%", "orders": "20%"}),
    )]
    pub targets: Option<IndexMap<String, Percent>>,
}

/// A material to produce before a phase needs it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Material {
    /// Identifier of the material.
    #[schemars(example = &"posters", example = &"totes")]
    pub id: Id,
    /// What it is, e.g. 海报/展架/吊旗.
    #[schemars(example = &"海报/展架/吊旗", example = &"Printed canvas totes")]
    pub item: Known<String>,
    /// How many.
    #[schemars(example = 10000, example = &"1万")]
    pub quantity: Known<Count>,
    /// The team producing it (a `teams` id).
    #[schemars(example = &"marketing")]
    pub owner: Known<Id>,
    /// The day it must be ready.
    #[schemars(example = &"2026-12-15")]
    pub due: Known<Date>,
    /// The phase that needs it (a `phases` id); it must be due before that phase starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"preheat")]
    pub needed_by: Option<Id>,
}
