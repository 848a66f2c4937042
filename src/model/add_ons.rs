//! Add-ons and tie-ins offered at checkout beside the campaign's offers (shipping
//! insurance, extended warranty, a membership trial), and whether each is preselected.

use super::{Known, List};
use crate::values::{Id, Money};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An add-on or tie-in (搭售) offered with the campaign: something extra the customer can
/// take with an order — a paid service, an insurance, a membership, a trial that turns
/// into a paid plan.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AddOn {
    /// Identifier of the add-on, e.g. `shipping-insurance`.
    #[schemars(example = &"shipping-insurance", example = &"warranty")]
    pub id: Id,
    /// What it is, as customers see it at checkout.
    #[schemars(example = &"运费险", example = &"2-year extended warranty")]
    pub name: String,
    /// What the customer pays for it (`0` for nothing); for a free trial that turns into
    /// a paid plan, the price it turns into.
    #[schemars(example = 3, example = &"$19.99")]
    pub price: Known<Money>,
    /// Whether it is already selected (ticked, switched on) when the customer reaches it:
    /// `true` means the customer must act to leave it out.
    #[schemars(example = false, example = true)]
    pub preselected: Known<bool>,
    /// The promotions and coupons it is offered with (`promotions` or `coupons` ids);
    /// every order when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = ["tiers"], example = ["flash", "new-user"])]
    pub offered_with: Option<List<Id>>,
}

/// What a customer must do, besides buying, to get an offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    /// Write a review, whatever it says (评价有礼: the reward does not depend on the
    /// review's rating or content).
    Review,
    /// Write a positive review: a good or five-star rating, praise, a 好评 (好评返现).
    PositiveReview,
    /// Share or repost the offer (转发, 分享).
    Share,
    /// Follow the brand's account (关注).
    Follow,
    /// Sign up or register (注册, 入会).
    SignUp,
}

impl Requirement {
    /// The name as written in plans.
    pub fn as_str(self) -> &'static str {
        match self {
            Requirement::Review => "review",
            Requirement::PositiveReview => "positive_review",
            Requirement::Share => "share",
            Requirement::Follow => "follow",
            Requirement::SignUp => "sign_up",
        }
    }
}
