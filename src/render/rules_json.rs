//! The engine rule config (`rules.json`): every offer with its validity, conditions,
//! effect and limits, the stacking rules and the exposure, as serde data.
//!
//! The config is built from a checked plan by [`rules_config`], printed by [`to_json`]
//! (pretty, deterministic, trailing newline) and described by its own JSON Schema
//! ([`rules_schema`], committed as [`RULES_SCHEMA_PATH`]), generated from these types:
//! their doc comments are the schema's descriptions.
//!
//! Conventions of the format, for engine integrators:
//! - money is a decimal string to the cent (`"299.00"`), in the plan's `currency`;
//!   ratios are exact decimal strings (`"0.15"` is 15 %); counts are JSON integers;
//! - instants are RFC 3339 timestamps with the UTC offset in force at that instant in
//!   the plan's time zone (`"2027-01-16T00:00:00+08:00"`); intervals are half-open
//!   `[start, end)`;
//! - every key is always present; `null` means "not given" with the meaning each field
//!   documents (often "no limit");
//! - lists keep the spec's order, except `stacking.standalone`, which is sorted.

use crate::analysis::liability::{self, Basis, Cost, Unbounded};
use crate::analysis::{Analysis, Exposure};
use crate::model::{
    Campaign, Coupon, Known, List, MemberLevel, Phase, Promotion, PromotionKind, Tier,
};
use crate::values::{Count, Date, Discount, Money, NumberRange, Percent, TimeOfDay};
use rust_decimal::Decimal;
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::sync::OnceLock;

/// The rules schema's stable `$id`; every `rules.json` names it in `$schema`.
pub const RULES_SCHEMA_ID: &str = "https://campspec.dev/schema/v1/rules.schema.json";

/// Path of the committed rules schema, relative to the repository root.
pub const RULES_SCHEMA_PATH: &str = "schema/rules.schema.json";

// ---------------------------------------------------------------------------------------
// The format
// ---------------------------------------------------------------------------------------

/// campspec `rules.json` (version 1): the machine-readable rule config of one campaign
/// plan for a promotion engine. Every promotion and coupon with its absolute validity
/// intervals, conditions, effect and limits; how offers stack on one order; and the
/// plan's worst-case stacking exposure. Money and ratios are exact decimal strings,
/// instants RFC 3339 timestamps with their UTC offset, intervals half-open
/// `[start, end)`. Every key is always present.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "campspec rules.json (engine rule config, version 1)")]
pub struct RulesConfig {
    /// The JSON Schema this document follows: always
    /// `https://campspec.dev/schema/v1/rules.schema.json`.
    #[serde(rename = "$schema")]
    #[schemars(extend("const" = RULES_SCHEMA_ID))]
    pub schema: String,
    /// Version of the `rules.json` format. Always `1`; a change that breaks readers
    /// gets a new version.
    pub version: RulesVersion,
    /// Which plan the rules come from.
    pub plan: PlanInfo,
    /// Every promotion of the plan, in spec order.
    pub promotions: Vec<PromotionRule>,
    /// Every coupon of the plan, in spec order.
    pub coupons: Vec<CouponRule>,
    /// How promotions and coupons combine on one order.
    pub stacking: StackingRules,
    /// The worst-case stacking exposure campspec computed for the plan (the deepest
    /// discount any order can get); `null` when the plan's offers could not be analysed.
    pub exposure: Option<ExposureFigures>,
}

/// The version of the `rules.json` format. Only `1` exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct RulesVersion(pub u8);

impl<'de> Deserialize<'de> for RulesVersion {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let n = u64::deserialize(d)?;
        if n == 1 {
            Ok(RulesVersion(1))
        } else {
            Err(serde::de::Error::custom(format!(
                "rules.json version `{n}` is not supported; this campspec reads version 1"
            )))
        }
    }
}

impl JsonSchema for RulesVersion {
    fn schema_name() -> Cow<'static, str> {
        "RulesVersion".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Version of the rules.json format. Always 1.",
            "const": 1
        })
    }
}

/// Declares a string newtype with a hand-written JSON Schema.
macro_rules! string_type {
    ($(#[$meta:meta])* $name:ident, $schema:tt) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!($schema)
            }
        }
    };
}

string_type!(
    /// An amount of money in the plan's currency, as an exact decimal string to the cent.
    Amount,
    {
        "description": "An amount of money in the plan's currency (`plan.currency`), as an exact decimal string to the cent: \"299.00\", \"0.00\". Never a JSON number.",
        "type": "string",
        "pattern": "^[0-9]+\\.[0-9]{2}$",
        "examples": ["299.00", "150.00"]
    }
);

string_type!(
    /// An exact ratio as a decimal string: `"0.15"` is 15 %.
    Ratio,
    {
        "description": "An exact ratio as a decimal string, without trailing zeros: \"0.15\" is 15 %, \"0.85\" is 85 %, \"1\" is 100 %. Never a JSON number.",
        "type": "string",
        "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
        "examples": ["0.15", "0.85"]
    }
);

string_type!(
    /// An exact decimal number as a string, e.g. a multiple `"2.5"`.
    DecimalNumber,
    {
        "description": "An exact decimal number as a string, without trailing zeros: \"2\", \"2.5\". Never a JSON number.",
        "type": "string",
        "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
        "examples": ["2", "2.5"]
    }
);

string_type!(
    /// An instant as an RFC 3339 timestamp with the UTC offset in force then in the
    /// plan's time zone.
    Timestamp,
    {
        "description": "An instant as an RFC 3339 timestamp, to the second, with the UTC offset in force at that instant in the plan's time zone (never `Z`): \"2027-01-16T00:00:00+08:00\".",
        "type": "string",
        "format": "date-time",
        "examples": ["2027-01-16T00:00:00+08:00"]
    }
);

string_type!(
    /// A calendar day in the plan's time zone, `YYYY-MM-DD`.
    LocalDate,
    {
        "description": "A calendar day in the plan's time zone, YYYY-MM-DD.",
        "type": "string",
        "format": "date",
        "examples": ["2027-01-16"]
    }
);

string_type!(
    /// A wall-clock time of day in the plan's time zone, `HH:MM` from `00:00` to `23:59`.
    LocalTime,
    {
        "description": "A wall-clock time of day in the plan's time zone, HH:MM (24-hour), from \"00:00\" to \"23:59\".",
        "type": "string",
        "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$",
        "examples": ["10:00", "20:00"]
    }
);

/// The plan the rules come from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PlanInfo {
    /// The campaign's id, e.g. `cny-2027` (`null` only for a plan that lacks it).
    pub id: Option<String>,
    /// The campaign's name as stakeholders know it.
    pub name: Option<String>,
    /// ISO 4217 code of the currency every amount in this document is in, e.g. `CNY`.
    pub currency: Option<String>,
    /// IANA time zone the plan's days and times are meant in, e.g. `Asia/Shanghai`;
    /// every timestamp's offset comes from it.
    pub timezone: Option<String>,
    /// Language of the customer-facing texts (names, terms): `zh-CN` or `en`.
    pub locale: String,
    /// The campaign window as an interval, from 00:00 of its first day to 00:00 of the
    /// day after its last; `null` when the plan's dates or time zone are missing.
    pub window: Option<Interval>,
    /// SHA-256 of the spec file's bytes, lowercase hex: which exact file these rules
    /// were built from.
    pub source_sha256: String,
}

/// A half-open interval `[start, end)` of whole days in the plan's time zone: from
/// 00:00 of `first_day` to 00:00 of the day after `last_day`. (Where a time zone skips
/// midnight for daylight saving, the day starts at the first instant that exists.)
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Interval {
    /// The first instant inside the interval: 00:00 of `first_day`, with the offset in
    /// force then.
    pub start: Timestamp,
    /// The first instant after the interval (excluded): 00:00 of the day after
    /// `last_day`, with the offset in force then.
    pub end: Timestamp,
    /// The interval's first calendar day (inclusive).
    pub first_day: LocalDate,
    /// The interval's last calendar day (inclusive).
    pub last_day: LocalDate,
}

/// A promotion: one price or reward mechanic.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PromotionRule {
    /// The promotion's id, as used in `stacking`.
    pub id: String,
    /// The mechanic, as in the spec: spend_tiers (满减), discount (直降/打折), flash_sale
    /// (秒杀), member_price (会员价), gift_with_purchase (满赠), mystery_box (福袋/盲盒),
    /// lottery (抽奖), collect_to_win (集福), points (积分), referral (邀请). Always equal
    /// to `effect.type`.
    #[serde(rename = "type")]
    pub kind: PromotionType,
    /// The promotion's name as customers see it.
    pub name: String,
    /// The rules as customers read them; `null` when the plan gives none.
    pub terms: Option<String>,
    /// JSON pointer of the promotion in the spec file, e.g. `/promotions/0`.
    pub pointer: String,
    /// When the promotion runs.
    pub validity: PromotionValidity,
    /// Who and what qualifies.
    pub conditions: Conditions,
    /// What the promotion gives.
    pub effect: PromotionEffect,
    /// How much of it there is.
    pub limits: PromotionLimits,
    /// The budget line that pays for it and what it can cost.
    pub funding: Funding,
}

/// The type of a promotion, as written in the spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PromotionType {
    /// 满额/满减: spend tiers.
    SpendTiers,
    /// 直降/打折: a discount on eligible items.
    Discount,
    /// 限时秒杀: a deep price in daily slots.
    FlashSale,
    /// 会员价: a price per member level.
    MemberPrice,
    /// 满赠: a gift for spending enough.
    GiftWithPurchase,
    /// 福袋/盲盒: boxes with random contents.
    MysteryBox,
    /// 抽奖: a prize draw.
    Lottery,
    /// 集福/集卡: collect pieces to win.
    CollectToWin,
    /// 积分: points redeemed at checkout.
    Points,
    /// 邀请: rewards for inviting new customers.
    Referral,
}

/// When a promotion runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PromotionValidity {
    /// The phases (ids) the promotion runs in, in spec order; `null` when it runs over
    /// the whole campaign window.
    pub phases: Option<Vec<String>>,
    /// The half-open intervals in which the promotion runs, in time order and
    /// disjoint: one per maximal run of consecutive days covered by its phases (or the
    /// whole window). Empty only when the plan lacks the dates or the time zone.
    pub intervals: Vec<Interval>,
    /// Member early access (`member_price` with `early_access_days`): members buy at
    /// their level's price during this interval, before the promotion's first day.
    /// `null` for every other promotion and when there is no early access.
    pub early_access: Option<EarlyAccess>,
    /// Flash sales only (`null` otherwise): the daily slots, sorted by start. On every
    /// day of every interval in `intervals` (`first_day`..=`last_day`), each slot starts
    /// at its `start` wall-clock time in the plan's time zone. A slot's `end` is given
    /// only when the plan states it (else `null`); a slot without `end` runs until the
    /// next slot of the day starts, the day's last slot until the day ends (midnight).
    /// The flash price applies only inside a slot, so nothing before the day's first
    /// slot.
    /// This is the compact form of one interval per slot per day: resolve a wall-clock
    /// time to an instant with the plan's `timezone` (a time skipped by a daylight-saving
    /// change is taken at the first instant after the gap).
    pub daily_slots: Option<Vec<Slot>>,
}

/// Member early access to a member price.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct EarlyAccess {
    /// How many days before the promotion's first day members may buy
    /// (`early_access_days`).
    pub days: u64,
    /// The early-access interval: from 00:00 `days` days before the promotion's first
    /// day to 00:00 of that first day. Only members qualify in it, each at their level's
    /// price (see `effect.levels`).
    pub interval: Interval,
}

/// One daily flash-sale slot, as wall-clock times in the plan's time zone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Slot {
    /// When the slot starts (included), as the plan writes it, e.g. `10:00`.
    pub start: LocalTime,
    /// When the slot ends (excluded) when the plan states it, else `null`. A slot whose
    /// `end` is `null` runs until the next slot of the day starts, the day's last slot
    /// until the day ends (midnight).
    pub end: Option<LocalTime>,
}

/// Who and what qualifies for an offer. Every condition given must hold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Conditions {
    /// The least spend that qualifies, measured as `spend_basis` says: a coupon's
    /// `min_spend`, or the lowest tier's `spend` of a spend-tier or gift promotion
    /// (each tier's own spend is in the effect). `null`: no spend needed.
    pub min_spend: Option<Amount>,
    /// What `min_spend` (and every tier's spend) is tested on; `null` when nothing is.
    pub spend_basis: Option<SpendBasis>,
    /// The categories or zones the offer applies to (items outside are not priced by
    /// it); `null`: every item.
    pub scope: Option<Vec<String>>,
    /// The customer group that may use the offer, e.g. `new_users`; `null`: every
    /// customer.
    pub audience: Option<String>,
    /// Member prices: the member levels (ids) that qualify, from the lowest to the
    /// highest; each level's price is in `effect.levels`. `null`: not restricted to
    /// members.
    pub member_levels: Option<Vec<String>>,
    /// Whether the offer prices only items flagged as flash-sale items (true for flash
    /// sales).
    pub flash_items_only: bool,
}

/// What a spend threshold is tested on, in the order of application (see
/// `stacking.application_order`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SpendBasis {
    /// The order's subtotal after item-level prices (member price, flash sale,
    /// discount), before spend tiers and coupons: spend-tier promotions.
    ItemLevelSubtotal,
    /// The subtotal after item-level prices and spend tiers, before coupons; a scoped
    /// coupon tests (and takes its saving on) its items' share of it.
    AfterSpendTiers,
    /// The amount the customer pays after every price step: gifts.
    Paid,
}

/// What an offer takes off a price: a share of it or an amount.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reduction {
    /// A share of the price off, written as a percentage off (`9%`) or a 折 (`8.5折`
    /// = pay 85 %). The saving is the price × `off_ratio`, rounded half-up to the cent.
    Percent {
        /// The share saved: `"0.15"` for `15%` or `8.5折`.
        off_ratio: Ratio,
        /// The share paid, 1 − `off_ratio`: `"0.85"` for `15%` or `8.5折`.
        pay_ratio: Ratio,
        /// As the plan wrote it, for display: `15%`, `8.5折`.
        written: String,
    },
    /// An amount off. As an item-level price (discount, flash price, member price) it
    /// is taken once off the total of the items it prices, as campspec prices carts.
    Amount {
        /// The amount saved; the price never goes below zero.
        amount_off: Amount,
        /// As the plan wrote it, for display: `50`.
        written: String,
    },
}

/// What a promotion gives, by `type` (the spec's type names).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PromotionEffect {
    /// 满额/满减: the highest tier whose `spend` the item-level subtotal reaches applies
    /// its `discount` to that subtotal. With `repeat` (每满减) the single amount-off
    /// tier applies once per full multiple of its spend.
    SpendTiers {
        /// The tiers, spends strictly rising.
        tiers: Vec<SpendTier>,
        /// 每满减: whether the (single, amount-off) tier applies once per full multiple
        /// of its spend.
        repeat: bool,
        /// With `repeat`, the most times it applies; `null`: no limit (上不封顶), or
        /// not a repeating promotion.
        max_repeats: Option<u64>,
    },
    /// 直降/打折: every eligible item's price is reduced (an amount off is taken once
    /// off the eligible items).
    Discount {
        /// The reduction.
        discount: Reduction,
    },
    /// 限时秒杀: flash-flagged items at the flash price during the daily slots
    /// (`validity.daily_slots`); one item-level price per item.
    FlashSale {
        /// The flash price, as a reduction of the list price.
        price: Reduction,
    },
    /// 会员价: a member pays their own level's price (an item-level price).
    MemberPrice {
        /// The levels from the lowest to the highest, each with its price.
        levels: Vec<MemberLevelPrice>,
    },
    /// 满赠: the highest gift tier whose spend the amount paid reaches earns its gift.
    GiftWithPurchase {
        /// The gift tiers, spends rising.
        tiers: Vec<GiftTier>,
    },
    /// 福袋/盲盒: boxes sold at fixed prices with random contents.
    MysteryBox {
        /// The box prices.
        prices: Vec<Amount>,
        /// What the contents are worth as a multiple of the box's price (both ends
        /// included).
        value_multiple: MultipleRange,
        /// A grand prize some boxes contain; `null`: none.
        grand_prize: Option<Prize>,
    },
    /// 抽奖: a prize draw.
    Lottery {
        /// The prizes, from the top prize down.
        prizes: Vec<Prize>,
        /// How customers get a chance to win.
        entry: String,
        /// A way to enter without buying, with equal chances; `null`: none.
        free_entry: Option<String>,
    },
    /// 集福/集卡: collect every piece to win the reward.
    CollectToWin {
        /// The pieces to collect.
        pieces: Vec<String>,
        /// What a full set wins.
        reward: String,
    },
    /// 积分: points earned on purchases and redeemed at checkout.
    Points {
        /// How points are earned, as the plan states it.
        earn: String,
        /// What points are worth at checkout.
        redeem: PointsRedeem,
    },
    /// 邀请: rewards for inviting new customers.
    Referral {
        /// What the inviting customer gets.
        reward_referrer: String,
        /// What the invited customer gets.
        reward_invitee: String,
    },
}

/// One spend tier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SpendTier {
    /// The subtotal that reaches the tier (tested on the item-level subtotal).
    pub spend: Amount,
    /// What the tier takes off the item-level subtotal.
    pub discount: Reduction,
}

/// One member level with its price.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct MemberLevelPrice {
    /// The level's id, e.g. `gold`.
    pub level: String,
    /// The level's name, e.g. 金卡会员.
    pub name: String,
    /// The level's price, as a reduction of the list price.
    pub price: Reduction,
}

/// One gift tier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct GiftTier {
    /// The amount paid that earns the gift.
    pub spend: Amount,
    /// The gift.
    pub gift: String,
    /// What one gift costs the company.
    pub gift_cost: Amount,
}

/// A prize of a draw or mystery box.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Prize {
    /// The prize as customers see it.
    pub name: String,
    /// Its market value.
    pub value: Amount,
    /// How many there are.
    pub quantity: u64,
    /// The chance of winning it per entry, as a ratio (`"0.001"` is 0.1 %); `null` when
    /// the plan does not state it.
    pub odds: Option<Ratio>,
}

/// A range of multiples, both ends included.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct MultipleRange {
    /// The low end, e.g. `"2"`.
    pub low: DecimalNumber,
    /// The high end, e.g. `"3"`.
    pub high: DecimalNumber,
}

/// What points are worth: `points` points pay `worth` at checkout.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PointsRedeem {
    /// Number of points, e.g. `100`.
    pub points: u64,
    /// The amount they pay, e.g. `"1.00"`.
    pub worth: Amount,
}

/// How much of a promotion there is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PromotionLimits {
    /// How many units, gifts or rewards there are in total; for a flash sale, units per
    /// item per slot. `null`: not limited.
    pub quantity: Option<u64>,
    /// How many times one customer may take part or buy; for a flash sale, units per
    /// item. `null`: not limited.
    pub per_user: Option<u64>,
    /// Flash sales: how many items each slot offers; `null`: not stated or not a flash
    /// sale.
    pub items_per_slot: Option<u64>,
}

/// A coupon: an amount off, or a share off with a cap, above a minimum spend.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CouponRule {
    /// The coupon's id, as used in `stacking`.
    pub id: String,
    /// The coupon's kind: `amount_off` or `percent_off`. Always equal to `effect.type`.
    #[serde(rename = "type")]
    pub kind: CouponType,
    /// The coupon's name as customers see it.
    pub name: String,
    /// The rules as customers read them; `null` when the plan gives none.
    pub terms: Option<String>,
    /// JSON pointer of the coupon in the spec file, e.g. `/coupons/0`.
    pub pointer: String,
    /// When the coupon can be used.
    pub validity: CouponValidity,
    /// Who and what qualifies; `min_spend` is always given (`"0.00"` for 无门槛) and is
    /// tested on the subtotal after spend tiers.
    pub conditions: Conditions,
    /// What the coupon saves.
    pub effect: CouponEffect,
    /// How many are issued and held.
    pub limits: CouponLimits,
    /// The budget line that pays for it and what it can cost.
    pub funding: Funding,
}

/// Who pays for an offer and what it can cost the company.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Funding {
    /// The `budget.lines` id that pays for the offer (`funded_by`); `null` when the plan
    /// names none.
    pub funded_by: Option<String>,
    /// The share expected to be used or claimed (the offer's `redemption`, else for
    /// coupons, gifts, prizes and rewards `budget.redemption`); `null` when none applies.
    pub redemption: Option<Ratio>,
    /// The worst case: every coupon used, every gift, prize and reward given, every flash
    /// unit sold at its markdown; for price reductions, the markdown on the sales target
    /// of the offer's phases. `null` when it cannot be bounded (see `unbounded`).
    pub worst: Option<Amount>,
    /// The worst case times `redemption`, to the cent; `null` without a redemption or a
    /// worst case.
    pub expected: Option<Amount>,
    /// How the worst case was reached; `null` when it cannot be bounded.
    pub basis: Option<LiabilityBasis>,
    /// Why the cost has no upper bound; `null` when it has one.
    pub unbounded: Option<UnboundedReason>,
}

/// How an offer's worst case was reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LiabilityBasis {
    /// A quantity times a cost per unit (coupons, gifts, rewards, flash units).
    PerUnit,
    /// The sum of prizes (draws; mystery boxes' grand prizes and value promised above
    /// the price).
    Prizes,
    /// A price reduction on the plan's sales target for the offer's phases.
    Forecast,
}

/// Why an offer's cost has no upper bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum UnboundedReason {
    /// No `quantity`: any number may be issued or given.
    NoQuantity,
    /// A percentage coupon without `cap`.
    NoCap,
    /// A flash sale without `list_price`.
    NoListPrice,
    /// A collect-to-win reward without `reward_cost`.
    NoRewardCost,
    /// A price reduction, and the plan gives no sales target for its phases.
    NeedsForecast,
    /// The cost is stated only in words (points, referral rewards).
    StatedInWords,
    /// A value it depends on could not be read.
    Unknown,
}

/// The kind of a coupon.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CouponType {
    /// An amount off.
    AmountOff,
    /// A share off, usually with a cap.
    PercentOff,
}

/// When a coupon can be used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CouponValidity {
    /// Whether the plan gives the coupon its own `valid` period (false: the campaign
    /// window).
    pub explicit: bool,
    /// The half-open intervals in which the coupon can be used (one, from 00:00 of
    /// its first day to 00:00 of the day after its last). Empty only when the plan
    /// lacks the dates or the time zone.
    pub intervals: Vec<Interval>,
}

/// What a coupon saves, taken off the subtotal after spend tiers (a scoped coupon: off
/// its items' share); the price never goes below zero.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum CouponEffect {
    /// An amount off.
    AmountOff {
        /// The amount saved, e.g. `"150.00"`.
        amount: Amount,
    },
    /// A share off, rounded half-up to the cent, at most `cap`.
    PercentOff {
        /// The share saved: `"0.1"` for `10%`.
        off_ratio: Ratio,
        /// The most it saves; `null`: no cap.
        cap: Option<Amount>,
    },
}

/// How many coupons there are.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CouponLimits {
    /// How many are issued in total; `null`: not limited.
    pub quantity: Option<u64>,
    /// How many one customer may hold; `null`: not limited.
    pub per_user: Option<u64>,
}

/// How offers combine on one order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct StackingRules {
    /// Whether the plan has a `stacking` section. Without one, every coupon may
    /// combine with everything: no standalone offers, no exclusive groups, no limit on
    /// coupons per order or on daily claims.
    pub declared: bool,
    /// The order in which offers price an order, one step after the other. Each step
    /// lists the ids of the plan's offers it takes, in spec order.
    pub application_order: Vec<StackingStep>,
    /// How many coupons one order may use; `null`: unlimited (the plan has no
    /// `stacking` section).
    pub max_coupons_per_order: Option<u64>,
    /// How many coupons one customer may claim per day, across all coupons; `null`: not
    /// limited.
    pub claims_per_user_per_day: Option<u64>,
    /// Offers (ids, sorted) that combine with nothing else on the order: an order using
    /// one of them uses no other promotion or coupon.
    pub standalone: Vec<String>,
    /// Groups of offer ids (promotions and coupons) of which at most one goes on an
    /// order, in spec order.
    pub exclusive: Vec<Vec<String>>,
    /// How computed savings are rounded: `half_up_to_cent` (each tier saving, each
    /// share-off coupon saving and the item-level subtotal, half-up to the cent).
    pub rounding: Rounding,
}

/// A rounding rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Rounding {
    /// Half-up (away from zero at .5) to the cent.
    HalfUpToCent,
}

/// One step of the order of application.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct StackingStep {
    /// Which step.
    pub step: StepKind,
    /// The plan's offers (ids) this step takes, in spec order.
    pub offers: Vec<String>,
}

/// The steps of pricing an order, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// 1. Item level: each item gets at most one item-level price — a member price (at
    ///    the customer's level), a flash sale or a discount — giving the item-level
    ///    subtotal.
    ItemLevel,
    /// 2. Spend tiers: each applicable `spend_tiers` promotion takes the tier its spend
    ///    on the item-level subtotal reaches.
    SpendTiers,
    /// 3. Coupons: up to `max_coupons_per_order` coupons, each usable if the subtotal
    ///    after tiers reaches its `min_spend`. The result is what the customer pays.
    Coupons,
    /// 4. Gifts: not a price; gift tiers are earned on the amount paid.
    Gifts,
}

/// The worst-case stacking exposure: the deepest discount any order can get under the
/// plan's stacking rules (audiences and scopes are not used to rule combinations out,
/// so this is an upper bound).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ExposureFigures {
    /// Saving / list price at the worst case, to four places, e.g. `"0.6750"`.
    #[schemars(extend("pattern" = "^[0-9]+\\.[0-9]{4}$"))]
    pub depth: String,
    /// The list-price order value where it happens, e.g. `"923.08"`.
    #[schemars(extend("pattern" = "^[0-9]+\\.[0-9]{2}$"))]
    pub order_value: String,
    /// The offers' ids in the order they apply.
    pub combination: Vec<String>,
    /// 1 − (1 − gross margin) / (1 − depth) to four places, e.g. `"0.0769"` (negative:
    /// selling under cost); `"-inf"` when the worst-case order is free; `null` without
    /// `guardrails.gross_margin`.
    #[schemars(extend("pattern" = "^(-?[0-9]+\\.[0-9]{4}|-inf)$"))]
    pub margin_left: Option<String>,
}

impl From<Exposure> for ExposureFigures {
    fn from(e: Exposure) -> Self {
        ExposureFigures {
            depth: e.depth,
            order_value: e.order_value,
            combination: e.combination,
            margin_left: e.margin_left,
        }
    }
}

// ---------------------------------------------------------------------------------------
// Building
// ---------------------------------------------------------------------------------------

/// Builds the rule config of a modelled plan. `analysis` gives the exposure (`null`
/// without it); `source` is the spec file's bytes, hashed into `plan.source_sha256`.
/// Meant for plans without errors, but never panics on a partial model: missing pieces
/// are left out (`null`, or an offer without its mechanic skipped).
pub fn rules_config(
    campaign: &Campaign,
    analysis: Option<&Analysis>,
    source: &[u8],
) -> RulesConfig {
    let clock = Clock::of(campaign);
    let window = campaign
        .window
        .as_ref()
        .and_then(|w| Some((w.start?, w.end?)))
        .filter(|(start, end)| start <= end);
    let phases: Vec<&Phase> = campaign.phases.iter().flat_map(|p| p.items()).collect();

    let promotions: Vec<PromotionRule> = campaign
        .promotions
        .iter()
        .flat_map(|p| p.iter())
        .map(|(i, p)| promotion_rule(i, p, &clock, window, &phases, campaign))
        .collect();
    let claims = campaign
        .stacking
        .as_ref()
        .and_then(|s| s.claims_per_user_per_day)
        .map(|c| c.0);
    let coupons: Vec<CouponRule> = campaign
        .coupons
        .iter()
        .flat_map(|c| c.iter())
        .filter_map(|(i, c)| coupon_rule(i, c, &clock, window, campaign))
        .collect();
    let stacking = stacking_rules(campaign, &promotions, &coupons, claims);

    RulesConfig {
        schema: RULES_SCHEMA_ID.to_owned(),
        version: RulesVersion(1),
        plan: PlanInfo {
            id: campaign.id.as_ref().map(|id| id.as_str().to_owned()),
            name: campaign.name.clone(),
            currency: campaign.currency.as_ref().map(|c| c.as_str().to_owned()),
            timezone: campaign.timezone.as_ref().map(|t| t.as_str().to_owned()),
            locale: campaign.locale().as_str().to_owned(),
            window: window.and_then(|(start, end)| clock.interval(start, end)),
            source_sha256: sha256_hex(source),
        },
        promotions,
        coupons,
        stacking,
        exposure: analysis.map(|a| ExposureFigures::from(a.exposure())),
    }
}

/// The config as `rules.json`: pretty JSON (2-space indent) with a trailing newline.
pub fn to_json(config: &RulesConfig) -> String {
    // Serializing these types cannot fail: plain structs, strings and integers.
    // Values stay exact; the control characters JSON allows raw are written as escapes.
    let mut text = crate::escape::json(serde_json::to_string_pretty(config).unwrap_or_default());
    text.push('\n');
    text
}

/// The JSON Schema of `rules.json` (draft 2020-12), generated from [`RulesConfig`],
/// with the stable `$id` [`RULES_SCHEMA_ID`].
pub fn rules_schema() -> Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(generate_schema).clone()
}

/// The rules schema as committed: pretty JSON with a trailing newline.
pub fn rules_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&rules_schema()).unwrap_or_default();
    text.push('\n');
    text
}

fn generate_schema() -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let mut generated = generator.into_root_schema_for::<RulesConfig>().to_value();
    require_every_property(&mut generated);
    // `$schema` and `$id` first, then the rest in generation order.
    let mut ordered = Map::new();
    if let Some(dialect) = generated.get("$schema") {
        ordered.insert("$schema".into(), dialect.clone());
    }
    ordered.insert("$id".into(), json!(RULES_SCHEMA_ID));
    if let Value::Object(map) = generated {
        for (key, value) in map {
            if key != "$schema" {
                ordered.insert(key, value);
            }
        }
    }
    Value::Object(ordered)
}

/// Every key of `rules.json` is always written (`null` when absent), so every property
/// of every object schema is required.
fn require_every_property(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = map.get("properties") {
                let keys: Vec<Value> = properties.keys().map(|k| json!(k)).collect();
                map.insert("required".into(), Value::Array(keys));
            }
            map.values_mut().for_each(require_every_property);
        }
        Value::Array(items) => items.iter_mut().for_each(require_every_property),
        _ => {}
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for byte in digest {
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

/// Turns plan days into instants in the plan's time zone.
struct Clock {
    tz: Option<jiff::tz::TimeZone>,
}

impl Clock {
    fn of(campaign: &Campaign) -> Clock {
        Clock {
            tz: campaign.timezone.as_ref().and_then(|t| t.tz()),
        }
    }

    /// 00:00 of `day` as an RFC 3339 timestamp with the offset in force then.
    fn midnight(&self, day: jiff::civil::Date) -> Option<Timestamp> {
        let tz = self.tz.as_ref()?;
        let zoned = day
            .to_datetime(jiff::civil::Time::midnight())
            .to_zoned(tz.clone())
            .ok()?;
        Some(Timestamp(
            zoned
                .timestamp()
                .display_with_offset(zoned.offset())
                .to_string(),
        ))
    }

    /// The half-open interval of the days `first..=last`.
    fn interval(&self, first: Date, last: Date) -> Option<Interval> {
        let after = last.get().tomorrow().ok()?;
        Some(Interval {
            start: self.midnight(first.get())?,
            end: self.midnight(after)?,
            first_day: LocalDate(first.to_string()),
            last_day: LocalDate(last.to_string()),
        })
    }
}

/// Merges day ranges (both ends inclusive) into maximal runs of consecutive days, in
/// time order. Ranges that end before they start are left out.
fn merge_days(mut ranges: Vec<(Date, Date)>) -> Vec<(Date, Date)> {
    ranges.retain(|(start, end)| start <= end);
    ranges.sort();
    let mut runs: Vec<(Date, Date)> = Vec::new();
    for (start, end) in ranges {
        if let Some(last) = runs.last_mut() {
            let touches = last
                .1
                .get()
                .tomorrow()
                .map_or(true, |next| start.get() <= next);
            if touches {
                if end > last.1 {
                    last.1 = end;
                }
                continue;
            }
        }
        runs.push((start, end));
    }
    runs
}

fn amount(money: &Money) -> Amount {
    money_string(money.amount)
}

// `rules.json` is written only for plans without errors, where every value is known;
// an unknown one (never written) reads as zero or empty rather than failing.

fn known_amount(money: &Known<Money>) -> Amount {
    money_string(money.known().map_or(Decimal::ZERO, |m| m.amount))
}

fn known_text(text: &Known<String>) -> String {
    text.known().cloned().unwrap_or_default()
}

fn known_reduction(discount: &Known<Discount>) -> Reduction {
    match discount.known() {
        Some(discount) => reduction(discount),
        None => Reduction::Amount {
            amount_off: money_string(Decimal::ZERO),
            written: String::new(),
        },
    }
}

fn money_string(value: Decimal) -> Amount {
    if value.scale() <= 2 {
        Amount(format!("{value:.2}"))
    } else {
        // Finer than a cent (the value types refuse it): keep every digit, exactly.
        Amount(value.normalize().to_string())
    }
}

fn ratio(value: Decimal) -> Ratio {
    Ratio(value.normalize().to_string())
}

fn reduction(discount: &Discount) -> Reduction {
    let written = discount.to_string();
    match (
        discount.off_ratio(),
        discount.pay_ratio(),
        discount.amount(),
    ) {
        (Some(off), Some(pay), _) => Reduction::Percent {
            off_ratio: ratio(off),
            pay_ratio: ratio(pay),
            written,
        },
        (_, _, Some(money)) => Reduction::Amount {
            amount_off: amount(money),
            written,
        },
        // Unreachable: a discount is a share or an amount.
        _ => Reduction::Amount {
            amount_off: money_string(Decimal::ZERO),
            written,
        },
    }
}

fn strings<'a>(items: impl Iterator<Item = &'a String>) -> Vec<String> {
    items.cloned().collect()
}

fn promotion_rule(
    index: usize,
    promotion: &Promotion,
    clock: &Clock,
    window: Option<(Date, Date)>,
    phases: &[&Phase],
    campaign: &Campaign,
) -> PromotionRule {
    let days = promotion_days(promotion, window, phases);
    let intervals: Vec<Interval> = days
        .iter()
        .filter_map(|&(first, last)| clock.interval(first, last))
        .collect();
    let first_day = days.first().map(|&(first, _)| first);
    let mut validity = PromotionValidity {
        phases: promotion
            .phases
            .as_ref()
            .map(|ids| ids.items().map(|id| id.as_str().to_owned()).collect()),
        intervals,
        early_access: None,
        daily_slots: None,
    };
    let mut conditions = Conditions {
        min_spend: None,
        spend_basis: None,
        scope: None,
        audience: None,
        member_levels: None,
        flash_items_only: false,
    };
    let mut limits = PromotionLimits {
        quantity: promotion.quantity.map(|c| c.0),
        per_user: promotion.per_user.map(|c| c.0),
        items_per_slot: None,
    };
    let effect = promotion_effect(
        &promotion.kind,
        clock,
        first_day,
        &mut validity,
        &mut conditions,
        &mut limits,
    );
    PromotionRule {
        id: promotion.id.as_str().to_owned(),
        kind: promotion_type(&promotion.kind),
        name: promotion.name.clone(),
        terms: promotion.terms.clone(),
        pointer: format!("/promotions/{index}"),
        validity,
        conditions,
        effect,
        limits,
        funding: funding(
            campaign,
            promotion.funded_by.as_ref(),
            promotion.redemption.as_ref(),
            false,
            liability::promotion_cost(campaign, promotion),
        ),
    }
}

/// The days a promotion runs: its phases, or the whole window.
fn promotion_days(
    promotion: &Promotion,
    window: Option<(Date, Date)>,
    phases: &[&Phase],
) -> Vec<(Date, Date)> {
    match &promotion.phases {
        Some(ids) => merge_days(
            ids.items()
                .filter_map(|id| phases.iter().find(|ph| ph.id == *id))
                .filter_map(|ph| Some((*ph.start.known()?, *ph.end.known()?)))
                .collect(),
        ),
        None => window.into_iter().collect(),
    }
}

/// A promotion's effect by its mechanic, adding the validity, conditions and limits the
/// mechanic brings.
fn promotion_effect(
    kind: &PromotionKind,
    clock: &Clock,
    first_day: Option<Date>,
    validity: &mut PromotionValidity,
    conditions: &mut Conditions,
    limits: &mut PromotionLimits,
) -> PromotionEffect {
    match kind {
        PromotionKind::SpendTiers {
            tiers,
            repeat,
            max_repeats,
        } => spend_tiers_effect(tiers, *repeat, *max_repeats, conditions),
        PromotionKind::Discount { discount, scope } => {
            conditions.scope = scope.as_ref().map(|s| strings(s.items()));
            PromotionEffect::Discount {
                discount: known_reduction(discount),
            }
        }
        PromotionKind::FlashSale {
            slots,
            items_per_slot,
            price,
            ..
        } => {
            conditions.flash_items_only = true;
            limits.items_per_slot = items_per_slot.map(|c| c.0);
            validity.daily_slots = Some(daily_slots(slots));
            PromotionEffect::FlashSale {
                price: known_reduction(price),
            }
        }
        PromotionKind::MemberPrice {
            levels,
            early_access_days,
        } => {
            validity.early_access = early_access_days
                .filter(|d| d.0 > 0)
                .zip(first_day)
                .and_then(|(days, first)| early_access(clock, days.0, first));
            member_price_effect(levels, conditions)
        }
        PromotionKind::GiftWithPurchase { tiers } => gift_effect(tiers, conditions),
        PromotionKind::MysteryBox {
            prices,
            value_multiple,
            grand_prize,
        } => mystery_box_effect(prices, value_multiple, grand_prize.as_ref()),
        PromotionKind::Lottery {
            prizes,
            entry,
            free_entry,
            ..
        } => PromotionEffect::Lottery {
            prizes: prizes
                .known()
                .into_iter()
                .flat_map(|l| l.items())
                .map(prize)
                .collect(),
            entry: known_text(entry),
            free_entry: free_entry.clone(),
        },
        PromotionKind::CollectToWin { pieces, reward, .. } => PromotionEffect::CollectToWin {
            pieces: strings(pieces.known().into_iter().flat_map(|l| l.items())),
            reward: known_text(reward),
        },
        PromotionKind::Points { earn, redeem } => PromotionEffect::Points {
            earn: known_text(earn),
            redeem: PointsRedeem {
                points: redeem.known().map_or(0, |r| r.points.0),
                worth: redeem
                    .known()
                    .map_or_else(|| money_string(Decimal::ZERO), |r| amount(&r.worth)),
            },
        },
        PromotionKind::Referral {
            reward_referrer,
            reward_invitee,
        } => PromotionEffect::Referral {
            reward_referrer: known_text(reward_referrer),
            reward_invitee: known_text(reward_invitee),
        },
    }
}

/// The lowest of the tiers' spends that are known.
fn lowest_spend<'a>(spends: impl Iterator<Item = &'a Known<Money>>) -> Option<Amount> {
    spends
        .filter_map(|s| s.known().map(|s| s.amount))
        .min()
        .map(money_string)
}

/// Spend tiers on the item-level subtotal, from the lowest tier's spend.
fn spend_tiers_effect(
    tiers: &Known<List<Tier>>,
    repeat: Option<bool>,
    max_repeats: Option<Count>,
    conditions: &mut Conditions,
) -> PromotionEffect {
    conditions.min_spend = lowest_spend(
        tiers
            .known()
            .into_iter()
            .flat_map(|l| l.items())
            .map(|t| &t.spend),
    );
    conditions.spend_basis = Some(SpendBasis::ItemLevelSubtotal);
    let repeat = repeat == Some(true);
    PromotionEffect::SpendTiers {
        tiers: tiers
            .known()
            .into_iter()
            .flat_map(|l| l.items())
            .filter_map(|t| {
                Some(SpendTier {
                    spend: amount(t.spend.known()?),
                    discount: reduction(t.discount.known()?),
                })
            })
            .collect(),
        repeat,
        max_repeats: if repeat {
            max_repeats.map(|c| c.0)
        } else {
            None
        },
    }
}

/// A flash sale's daily slots, sorted by start: the start times the plan writes. A plan
/// states no slot's end (`slots` lists start times), so every `end` is `null`: each
/// slot runs until the next starts, the last until the day ends, as the schema says.
fn daily_slots(slots: &Known<List<TimeOfDay>>) -> Vec<Slot> {
    slots
        .known()
        .into_iter()
        .flat_map(|l| l.items())
        .copied()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .map(|start| Slot {
            start: LocalTime(start.to_string()),
            end: None,
        })
        .collect()
}

/// Member prices, for the member levels they name.
fn member_price_effect(
    levels: &Known<List<MemberLevel>>,
    conditions: &mut Conditions,
) -> PromotionEffect {
    conditions.member_levels = Some(
        levels
            .known()
            .into_iter()
            .flat_map(|l| l.items())
            .map(|l| l.level.as_str().to_owned())
            .collect(),
    );
    PromotionEffect::MemberPrice {
        levels: levels
            .known()
            .into_iter()
            .flat_map(|l| l.items())
            .filter_map(|l| {
                Some(MemberLevelPrice {
                    level: l.level.as_str().to_owned(),
                    name: l.name.clone(),
                    price: reduction(l.price.known()?),
                })
            })
            .collect(),
    }
}

/// Gift tiers on the amount paid, from the lowest tier's spend.
fn gift_effect(
    tiers: &Known<List<crate::model::GiftTier>>,
    conditions: &mut Conditions,
) -> PromotionEffect {
    conditions.min_spend = lowest_spend(
        tiers
            .known()
            .into_iter()
            .flat_map(|l| l.items())
            .map(|t| &t.spend),
    );
    conditions.spend_basis = Some(SpendBasis::Paid);
    PromotionEffect::GiftWithPurchase {
        tiers: tiers
            .known()
            .into_iter()
            .flat_map(|l| l.items())
            .filter_map(|t| {
                Some(GiftTier {
                    spend: amount(t.spend.known()?),
                    gift: known_text(&t.gift),
                    gift_cost: amount(t.gift_cost.known()?),
                })
            })
            .collect(),
    }
}

/// A mystery box: its prices, value multiple and grand prize.
fn mystery_box_effect(
    prices: &Known<List<Money>>,
    value_multiple: &Known<NumberRange>,
    grand_prize: Option<&crate::model::Prize>,
) -> PromotionEffect {
    PromotionEffect::MysteryBox {
        prices: prices
            .known()
            .into_iter()
            .flat_map(|l| l.items())
            .map(amount)
            .collect(),
        value_multiple: MultipleRange {
            low: DecimalNumber(
                value_multiple
                    .known()
                    .map_or(Decimal::ZERO, |v| v.low)
                    .normalize()
                    .to_string(),
            ),
            high: DecimalNumber(
                value_multiple
                    .known()
                    .map_or(Decimal::ZERO, |v| v.high)
                    .normalize()
                    .to_string(),
            ),
        },
        grand_prize: grand_prize.map(prize),
    }
}

/// Early access: `days` days before `first`, up to `first` (excluded).
fn early_access(clock: &Clock, days: u64, first: Date) -> Option<EarlyAccess> {
    let span_days = i32::try_from(days).ok()?;
    let opens = first
        .get()
        .checked_sub(jiff::Span::new().try_days(span_days).ok()?)
        .ok()?;
    let last = first.get().yesterday().ok()?;
    Some(EarlyAccess {
        days,
        interval: clock.interval(Date::from(opens), Date::from(last))?,
    })
}

fn promotion_type(kind: &PromotionKind) -> PromotionType {
    match kind {
        PromotionKind::SpendTiers { .. } => PromotionType::SpendTiers,
        PromotionKind::Discount { .. } => PromotionType::Discount,
        PromotionKind::FlashSale { .. } => PromotionType::FlashSale,
        PromotionKind::MemberPrice { .. } => PromotionType::MemberPrice,
        PromotionKind::GiftWithPurchase { .. } => PromotionType::GiftWithPurchase,
        PromotionKind::MysteryBox { .. } => PromotionType::MysteryBox,
        PromotionKind::Lottery { .. } => PromotionType::Lottery,
        PromotionKind::CollectToWin { .. } => PromotionType::CollectToWin,
        PromotionKind::Points { .. } => PromotionType::Points,
        PromotionKind::Referral { .. } => PromotionType::Referral,
    }
}

fn prize(p: &crate::model::Prize) -> Prize {
    Prize {
        name: p.name.clone(),
        value: known_amount(&p.value),
        quantity: p.quantity.known().map_or(0, |q| q.0),
        odds: p.odds.as_ref().map(|o: &Percent| ratio(o.ratio())),
    }
}

fn coupon_rule(
    index: usize,
    coupon: &Coupon,
    clock: &Clock,
    window: Option<(Date, Date)>,
    campaign: &Campaign,
) -> Option<CouponRule> {
    let effect = match (&coupon.amount, &coupon.percent) {
        (Some(money), _) => CouponEffect::AmountOff {
            amount: amount(money),
        },
        (None, Some(percent)) => CouponEffect::PercentOff {
            off_ratio: ratio(percent.ratio()),
            cap: coupon.cap.as_ref().map(amount),
        },
        // A coupon that saves nothing is not a rule (the plan has an error there).
        (None, None) => return None,
    };
    let kind = match effect {
        CouponEffect::AmountOff { .. } => CouponType::AmountOff,
        CouponEffect::PercentOff { .. } => CouponType::PercentOff,
    };
    let days = match &coupon.valid {
        Some(valid) => Some((valid.from, valid.to)),
        None => window,
    };
    Some(CouponRule {
        id: coupon.id.as_str().to_owned(),
        kind,
        name: coupon.name.clone(),
        terms: coupon.terms.clone(),
        pointer: format!("/coupons/{index}"),
        validity: CouponValidity {
            explicit: coupon.valid.is_some(),
            intervals: days
                .filter(|(first, last)| first <= last)
                .and_then(|(first, last)| clock.interval(first, last))
                .into_iter()
                .collect(),
        },
        conditions: Conditions {
            min_spend: coupon.min_spend.known().map(amount),
            spend_basis: Some(SpendBasis::AfterSpendTiers),
            scope: coupon.scope.as_ref().map(|s| strings(s.items())),
            audience: coupon.audience.clone(),
            member_levels: None,
            flash_items_only: false,
        },
        effect,
        limits: CouponLimits {
            quantity: coupon.quantity.map(|c| c.0),
            per_user: coupon.per_user.map(|c| c.0),
        },
        funding: funding(
            campaign,
            coupon.funded_by.as_ref(),
            coupon.redemption.as_ref(),
            true,
            liability::coupon_cost(coupon),
        ),
    })
}

/// An offer's funding line and liability (see `analysis::liability`).
fn funding(
    campaign: &Campaign,
    funded_by: Option<&crate::values::Id>,
    redemption: Option<&Percent>,
    coupon: bool,
    cost: Cost,
) -> Funding {
    let redemption = liability::redemption(campaign, redemption, coupon, cost);
    let (worst, basis, unbounded) = match cost {
        Cost::Bounded { worst, basis } => (
            Some(worst),
            Some(match basis {
                Basis::PerUnit { .. } => LiabilityBasis::PerUnit,
                Basis::Sum => LiabilityBasis::Prizes,
                Basis::Forecast { .. } => LiabilityBasis::Forecast,
            }),
            None,
        ),
        Cost::Unbounded(reason) => (
            None,
            None,
            Some(match reason {
                Unbounded::NoQuantity => UnboundedReason::NoQuantity,
                Unbounded::NoCap => UnboundedReason::NoCap,
                Unbounded::NoListPrice => UnboundedReason::NoListPrice,
                Unbounded::NoRewardCost => UnboundedReason::NoRewardCost,
                Unbounded::NeedsForecast => UnboundedReason::NeedsForecast,
                Unbounded::InWords => UnboundedReason::StatedInWords,
            }),
        ),
        Cost::Unknown => (None, None, Some(UnboundedReason::Unknown)),
    };
    let expected = worst
        .zip(redemption)
        .map(|(w, r)| w.saturating_mul(r).round_dp(2));
    Funding {
        funded_by: funded_by.map(|id| id.as_str().to_owned()),
        redemption: redemption.map(ratio),
        worst: worst.map(|w| money_string(w.round_dp(2))),
        expected: expected.map(money_string),
        basis,
        unbounded,
    }
}

fn stacking_rules(
    campaign: &Campaign,
    promotions: &[PromotionRule],
    coupons: &[CouponRule],
    claims: Option<u64>,
) -> StackingRules {
    let ids_of = |wanted: &[PromotionType]| -> Vec<String> {
        promotions
            .iter()
            .filter(|p| wanted.contains(&p.kind))
            .map(|p| p.id.clone())
            .collect()
    };
    let application_order = vec![
        StackingStep {
            step: StepKind::ItemLevel,
            offers: ids_of(&[
                PromotionType::Discount,
                PromotionType::FlashSale,
                PromotionType::MemberPrice,
            ]),
        },
        StackingStep {
            step: StepKind::SpendTiers,
            offers: ids_of(&[PromotionType::SpendTiers]),
        },
        StackingStep {
            step: StepKind::Coupons,
            offers: coupons.iter().map(|c| c.id.clone()).collect(),
        },
        StackingStep {
            step: StepKind::Gifts,
            offers: ids_of(&[PromotionType::GiftWithPurchase]),
        },
    ];
    let stacking = campaign.stacking.as_ref();
    StackingRules {
        declared: stacking.is_some(),
        application_order,
        max_coupons_per_order: stacking.map(|s| s.max_coupons_per_order.0),
        claims_per_user_per_day: claims,
        standalone: stacking
            .and_then(|s| s.standalone.as_ref())
            .map(|ids| {
                ids.items()
                    .map(|id| id.as_str().to_owned())
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect()
            })
            .unwrap_or_default(),
        exclusive: stacking
            .and_then(|s| s.exclusive.as_ref())
            .map(|groups| {
                groups
                    .items()
                    .map(|group| group.items().map(|id| id.as_str().to_owned()).collect())
                    .collect()
            })
            .unwrap_or_default(),
        rounding: Rounding::HalfUpToCent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).expect("a date")
    }

    fn clock(zone: &str) -> Clock {
        Clock {
            tz: crate::values::time_zones().get(zone).ok(),
        }
    }

    #[test]
    fn intervals_carry_the_offset_in_force_across_dst() {
        // America/New_York springs forward on 2027-03-14 (02:00 EST → 03:00 EDT).
        let ny = clock("America/New_York");
        let interval = ny
            .interval(day("2027-03-10"), day("2027-03-20"))
            .expect("an interval");
        assert_eq!(interval.start.as_str(), "2027-03-10T00:00:00-05:00");
        assert_eq!(interval.end.as_str(), "2027-03-21T00:00:00-04:00");
        let switch_day = ny
            .interval(day("2027-03-14"), day("2027-03-14"))
            .expect("an interval");
        assert_eq!(switch_day.start.as_str(), "2027-03-14T00:00:00-05:00");
        assert_eq!(switch_day.end.as_str(), "2027-03-15T00:00:00-04:00");
        // And back on 2027-11-07.
        let fall = ny
            .interval(day("2027-11-07"), day("2027-11-08"))
            .expect("an interval");
        assert_eq!(fall.start.as_str(), "2027-11-07T00:00:00-04:00");
        assert_eq!(fall.end.as_str(), "2027-11-09T00:00:00-05:00");
    }

    #[test]
    fn no_time_zone_gives_no_interval() {
        let none = Clock { tz: None };
        assert!(
            none.interval(day("2027-03-10"), day("2027-03-20"))
                .is_none()
        );
    }

    #[test]
    fn day_ranges_merge_into_maximal_runs() {
        let runs = merge_days(vec![
            (day("2027-01-16"), day("2027-01-28")),
            (day("2027-01-01"), day("2027-01-15")),
            (day("2027-02-07"), day("2027-02-15")),
            (day("2027-02-10"), day("2027-02-12")),
            (day("2027-03-02"), day("2027-03-01")),
        ]);
        assert_eq!(
            runs,
            vec![
                (day("2027-01-01"), day("2027-01-28")),
                (day("2027-02-07"), day("2027-02-15")),
            ]
        );
    }

    #[test]
    fn money_and_ratios_are_exact_strings() {
        assert_eq!(money_string(Decimal::new(299, 0)).as_str(), "299.00");
        assert_eq!(money_string(Decimal::new(2995, 1)).as_str(), "299.50");
        assert_eq!(ratio(Decimal::new(150, 3)).as_str(), "0.15");
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
