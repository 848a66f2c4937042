//! The typed campaign spec (format v1): one serde type per section, documented for the
//! people who write plans — these doc comments become the JSON Schema descriptions that
//! editors show on hover.
//!
//! Every field also carries `#[schemars(example = …)]`, shown on hover next to the
//! description; `tests/schema_docs.rs` requires a description and an example for every
//! property and validates each example against its property's schema. String examples
//! are written `&"…"` (schemars reads a bare string literal as a function path), lists
//! and mappings with `serde_json::json!`.

mod add_ons;
mod approvals;
mod at;
mod audience;
mod budget;
mod cart;
mod charges;
mod compliance;
mod copy;
mod goals;
mod known;
mod list;
mod load;
mod phases;
mod promotions;
mod schema_transform;
mod stacking;
mod teams;
mod top;

pub use add_ons::{AddOn, Requirement};
pub use approvals::{Approval, ApprovalStatus, Level};
pub use at::{At, CART, Identified, Keyed, Loc, PLAN};
pub use audience::Audience;
pub use budget::{Budget, BudgetLine};
pub use cart::{Cart, CartItem, Customer, OrderTime};
pub use charges::{Fee, Subscription};
pub use compliance::{Compliance, LawfulBasis, Messaging, PersonalData, Waiver};
pub use copy::{Channel, Close, Copy};
pub use goals::{Goal, GoalPart, GoalResult, Metric, ResultDetail};
pub use known::{Known, RECOVERABLE, field_path, is_recoverable};
pub use list::List;
pub use load::{Modelled, model, model_as, model_blanking, model_pruning};
pub use phases::{Material, Phase};
pub use promotions::{
    Coupon, GiftTier, MemberLevel, PointsRedeem, PriceUplift, Prize, Promotion, PromotionKind,
    ReferenceBasis, ReferencePrice, Tier, Validity,
};
pub use stacking::{Guardrails, Stacking};
pub use teams::{Risk, Team};
pub use top::{Campaign, CurrencyCode, FormatVersion, Jurisdiction, Locale, TimeZoneName, Window};
