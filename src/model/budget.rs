//! The budget: total, reserve, and the lines it is spent on.

use super::List;
use crate::values::{Id, Money, Percent};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The campaign budget. Lines plus the reserve add up to the total.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// The whole budget, e.g. `1500万`.
    #[schemars(required)]
    pub total: Option<Money>,
    /// Share of the total kept back for contingencies, e.g. `5%`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserve: Option<Percent>,
    /// What the budget is spent on.
    #[schemars(required)]
    pub lines: Option<List<BudgetLine>>,
}

/// One budget line.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetLine {
    /// Identifier of the line.
    pub id: Id,
    /// What the money is for, e.g. KOL与明星直播.
    pub name: String,
    /// The amount, e.g. `450万`.
    pub amount: Money,
    /// The team spending it (a `teams` id).
    pub owner: Id,
    /// The phase it belongs to, if only one (a `phases` id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<Id>,
}
