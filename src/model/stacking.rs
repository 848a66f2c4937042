//! How offers combine on one order, and the margin limits the plan must respect.

use super::List;
use crate::values::{Count, Id, Money, Percent};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Stacking limits: which promotions and coupons may go on the same order.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Stacking {
    /// How many coupons one order may use.
    #[schemars(example = 2, example = 1)]
    pub max_coupons_per_order: Count,
    /// How many coupons one customer may claim per day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = 3)]
    pub claims_per_user_per_day: Option<Count>,
    /// Promotions that combine with nothing else (e.g. the flash sale).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = ["flash"])]
    pub standalone: Option<List<Id>>,
    /// Groups of promotion and coupon ids of which at most one goes on an order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!([["member-price", "tiers"], ["member-price", "new-user"]]),
    )]
    pub exclusive: Option<List<List<Id>>>,
}

/// Margin and discount limits, used by the worst-case stacking analysis.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Guardrails {
    /// The smallest list-price order value the analysis considers (default: the lowest threshold).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = 199, example = &"$50")]
    pub min_order: Option<Money>,
    /// Gross margin at list price, e.g. `70%`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"70%")]
    pub gross_margin: Option<Percent>,
    /// The least margin any order may keep after every discount, e.g. `5%`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"5%")]
    pub min_margin: Option<Percent>,
    /// The deepest total discount any order may get, e.g. `70%`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"70%")]
    pub max_discount: Option<Percent>,
    /// The most a gift may cost as a share of the spend that earns it, e.g. `8%`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"8%")]
    pub max_gift_cost: Option<Percent>,
}
