//! Teams and risks: who does what, and who answers for each risk.

use super::{Known, Level, List};
use crate::values::Id;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A team taking part in the campaign.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Team {
    /// Identifier used by `owner` fields, e.g. `marketing`.
    #[schemars(example = &"marketing", example = &"legal")]
    pub id: Id,
    /// The team's name, e.g. 市场部.
    #[schemars(example = &"市场部", example = &"Marketing")]
    pub name: String,
    /// What the team is responsible for in this campaign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = ["活动策划与创意设计", "全渠道传播执行"],
        example = ["Paid media", "Email and SMS program"],
    )]
    pub duties: Option<List<String>>,
}

/// A risk to the campaign and how it is handled.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    /// Identifier of the risk.
    #[schemars(example = &"system-down", example = &"coupon-abuse")]
    pub id: Id,
    /// What could go wrong.
    #[schemars(example = &"系统崩溃", example = &"Welcome coupon used on repeat accounts")]
    pub risk: Known<String>,
    /// What is done beforehand to prevent it.
    #[schemars(example = &"压力测试，容量扩充至平日5倍", example = &"One coupon per verified email and card")]
    pub prevention: Known<String>,
    /// What is done if it happens.
    #[schemars(example = &"启动备用系统，流量限制", example = &"Cancel abusive orders and block the accounts")]
    pub response: Known<String>,
    /// The team answering for it (a `teams` id).
    #[schemars(example = &"it", example = &"ecommerce")]
    pub owner: Known<Id>,
    /// How likely it is to happen: `low`, `medium` or `high` (the documents place the
    /// risk on a likelihood × impact matrix).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"medium")]
    pub likelihood: Option<Level>,
    /// How much harm it does if it happens: `low`, `medium` or `high`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"high")]
    pub impact: Option<Level>,
}
