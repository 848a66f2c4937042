//! Goals: what the campaign must achieve, measured by a metric with a known unit.

use super::{Known, List};
use crate::values::{Id, Measure, MeasureKind, Percent};
use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A campaign goal.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// Identifier of the goal, referenced by phase `targets` and by `results`.
    #[schemars(example = &"gmv", example = &"new-users")]
    pub id: Id,
    /// What is measured; fixes the unit of `baseline`, `target` and results.
    #[schemars(example = &"gmv", example = &"conversion_rate", example = &"new_users")]
    pub metric: Known<Metric>,
    /// The goal as stakeholders say it, e.g. 总销售额.
    #[schemars(example = &"总销售额", example = &"Online revenue")]
    pub name: String,
    /// The value before the campaign (e.g. last year's), in the metric's unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"1.25亿", example = &"8%", example = 2400000)]
    pub baseline: Option<Measure>,
    /// The value to reach, in the metric's unit; may be a range such as `15%..20%`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"1.5亿", example = &"15%..20%", example = 6000)]
    pub target: Option<Measure>,
    /// Relative change from baseline to target: (target − baseline) / baseline, e.g. `20%`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"20%", example = &"-5%")]
    pub growth: Option<Percent>,
    /// The team answering for the goal (a `teams` id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"sales")]
    pub owner: Option<Id>,
    /// Unit of a `custom` metric, e.g. 场 or "sessions".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"场", example = &"sessions")]
    pub unit: Option<String>,
    /// A breakdown of the target by category, store or channel; parts sum to the target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!([
            {"name": "美妆个护", "target": "6000万"},
            {"name": "食品饮料", "target": "9000万"}
        ]),
    )]
    pub parts: Option<List<GoalPart>>,
}

/// One part of a goal's breakdown.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GoalPart {
    /// The category, store or channel, e.g. 美妆个护.
    #[schemars(example = &"美妆个护", example = &"Online")]
    pub name: String,
    /// This part's target, in the goal's unit.
    #[schemars(example = &"6000万", example = 3000)]
    pub target: Known<Measure>,
}

/// What a goal measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Gross merchandise value (money).
    Gmv,
    /// Revenue (money).
    Revenue,
    /// Units sold (count).
    Units,
    /// Orders placed (count).
    Orders,
    /// New users or members (count).
    NewUsers,
    /// Active users, e.g. daily actives (count).
    ActiveUsers,
    /// Conversion rate (percentage).
    ConversionRate,
    /// Repurchase rate (percentage).
    RepurchaseRate,
    /// Average order value (money).
    Aov,
    /// People reached (count).
    Reach,
    /// Share of the target audience reached (percentage).
    Coverage,
    /// Social engagement: likes, shares, comments (count).
    Engagement,
    /// Search volume (count).
    SearchVolume,
    /// Customer satisfaction (percentage).
    Satisfaction,
    /// Net promoter score (a number from −100 to 100).
    Nps,
    /// Return on investment (percentage).
    Roi,
    /// Anything else; needs `unit`.
    Custom,
}

impl Metric {
    /// The unit family every value of this metric is written in.
    pub fn kind(self) -> MeasureKind {
        match self {
            Metric::Gmv | Metric::Revenue | Metric::Aov => MeasureKind::Money,
            Metric::ConversionRate
            | Metric::RepurchaseRate
            | Metric::Coverage
            | Metric::Satisfaction
            | Metric::Roi => MeasureKind::Percent,
            Metric::Units
            | Metric::Orders
            | Metric::NewUsers
            | Metric::ActiveUsers
            | Metric::Reach
            | Metric::Engagement
            | Metric::SearchVolume => MeasureKind::Count,
            Metric::Nps => MeasureKind::Score,
            Metric::Custom => MeasureKind::Custom,
        }
    }

    /// The snake_case name as written in specs.
    pub fn as_str(self) -> &'static str {
        match self {
            Metric::Gmv => "gmv",
            Metric::Revenue => "revenue",
            Metric::Units => "units",
            Metric::Orders => "orders",
            Metric::NewUsers => "new_users",
            Metric::ActiveUsers => "active_users",
            Metric::ConversionRate => "conversion_rate",
            Metric::RepurchaseRate => "repurchase_rate",
            Metric::Aov => "aov",
            Metric::Reach => "reach",
            Metric::Coverage => "coverage",
            Metric::Engagement => "engagement",
            Metric::SearchVolume => "search_volume",
            Metric::Satisfaction => "satisfaction",
            Metric::Nps => "nps",
            Metric::Roi => "roi",
            Metric::Custom => "custom",
        }
    }
}

/// A goal's actual result after the campaign, in the goal's unit: the value over the
/// whole campaign (`1.62亿`), or the value with results by phase
/// (`{actual: 1.62亿, phases: {preheat: 1800万, burst: 7000万}}`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum GoalResult {
    /// The result over the whole campaign.
    Total(Measure),
    /// The result with a breakdown by phase.
    Detail(ResultDetail),
}

/// A result with its breakdown by phase.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ResultDetail {
    /// The result over the whole campaign; for money and counts, the sum of the phases
    /// when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"1.62亿", example = 2891000)]
    pub actual: Option<Measure>,
    /// Results by phase id, e.g. `{preheat: 1800万, burst: 7000万}`.
    #[schemars(example = serde_json::json!({"preheat": "1800万", "burst": "7000万"}))]
    pub phases: IndexMap<String, Measure>,
}

impl GoalResult {
    /// The result over the whole campaign, as written, with its pointer below the goal's
    /// entry in `results` (`""` or `"/actual"`).
    pub fn actual(&self) -> Option<(&Measure, &'static str)> {
        match self {
            GoalResult::Total(m) => Some((m, "")),
            GoalResult::Detail(d) => d.actual.as_ref().map(|m| (m, "/actual")),
        }
    }

    /// Results by phase id.
    pub fn phases(&self) -> impl Iterator<Item = (&String, &Measure)> {
        match self {
            GoalResult::Total(_) => None,
            GoalResult::Detail(d) => Some(d.phases.iter()),
        }
        .into_iter()
        .flatten()
    }
}
