//! The budget: total, reserve, and the lines it is spent on.

use super::{Known, List};
use crate::values::{Id, Money, Percent};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The campaign budget. Lines plus the reserve add up to the total.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// The whole budget, e.g. `1500万`.
    #[schemars(required)]
    #[schemars(example = &"1500万", example = 180000)]
    pub total: Option<Money>,
    /// Share of the total kept back for contingencies, e.g. `5%`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"5%", example = &"10%")]
    pub reserve: Option<Percent>,
    /// The share of coupons, gifts, prizes and rewards expected to be used or claimed when
    /// an offer states none, e.g. `35%` (the expected cost beside the worst case); price
    /// reductions have no default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"35%", example = &"60%")]
    pub redemption: Option<Percent>,
    /// What the budget is spent on.
    #[schemars(required)]
    #[schemars(
        example = serde_json::json!([
            {"id": "kol", "name": "KOL与明星直播", "amount": "450万", "owner": "marketing"},
            {"id": "gifts", "name": "赠品与包装物料", "amount": "220万", "owner": "supply", "phase": "preheat"}
        ]),
    )]
    pub lines: Option<List<BudgetLine>>,
}

/// One budget line.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetLine {
    /// Identifier of the line.
    #[schemars(example = &"kol", example = &"paid-social")]
    pub id: Id,
    /// What the money is for, e.g. KOL与明星直播.
    #[schemars(example = &"KOL与明星直播", example = &"Paid social")]
    pub name: String,
    /// The amount, e.g. `450万`.
    #[schemars(example = &"450万", example = 70000)]
    pub amount: Known<Money>,
    /// The team spending it (a `teams` id).
    #[schemars(example = &"marketing")]
    pub owner: Known<Id>,
    /// The phase it belongs to, if only one (a `phases` id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"burst")]
    pub phase: Option<Id>,
}
