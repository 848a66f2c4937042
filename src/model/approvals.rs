//! Sign-off: the plan's version and who approves it, each with a role, a name, a date
//! and where the approval stands.

use crate::values::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One sign-off on the plan: who, in which role, when, and whether they approved it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// The role that signs (marketing director, legal counsel, finance…).
    #[schemars(example = &"市场总监", example = &"Head of Legal")]
    pub role: String,
    /// The person who signs.
    #[schemars(example = &"王敏", example = &"Dana Whitfield")]
    pub name: String,
    /// When they signed or rejected it (leave it out while the approval is pending). An
    /// approval may be dated after the campaign starts (a late sign-off is still one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"2026-12-10")]
    pub date: Option<Date>,
    /// Where the approval stands: `pending`, `approved` or `rejected`.
    #[schemars(example = &"approved", example = &"pending")]
    pub status: ApprovalStatus,
}

/// Where an approval stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalStatus {
    /// Asked for, not given yet.
    Pending,
    /// Signed off.
    Approved,
    /// Refused: the plan needs changing before it runs.
    Rejected,
}

/// A three-step rating of a risk's likelihood or impact.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Unlikely, or little harm.
    Low,
    /// Possible, or noticeable harm.
    Medium,
    /// Likely, or serious harm.
    High,
}

impl Level {
    /// The three levels from low to high.
    pub const ALL: [Level; 3] = [Level::Low, Level::Medium, Level::High];
}
