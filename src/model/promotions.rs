//! Promotions (price and reward mechanics) and coupons.

use super::{Known, List, Requirement};
use crate::values::{Count, Date, Discount, Id, Money, NumberRange, Percent, TimeOfDay};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A promotion: one price or reward mechanic. Fields beyond the common ones depend on `type`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[schemars(transform = super::schema_transform::promotion)]
pub struct Promotion {
    /// Identifier of the promotion, referenced by `stacking` and `copy.advertises`.
    #[schemars(example = &"tiers", example = &"flash")]
    pub id: Id,
    /// The promotion's name as customers see it (customer-facing text).
    #[schemars(example = &"满额阶梯折扣", example = &"Spend and save")]
    pub name: String,
    /// The phases it runs in (`phases` ids); the whole window when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = ["burst", "peak"])]
    pub phases: Option<List<Id>>,
    /// The rules as customers read them (customer-facing text); numbers must match the mechanics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = &"活动期间单笔订单实付满299元享91折，满599元享85折。",
        example = &"Spend $100, get $15 off; spend $200, get $40 off.",
    )]
    pub terms: Option<String>,
    /// How many units, gifts or rewards are available in total (per item per slot for a flash sale).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = 2000, example = &"10万")]
    pub quantity: Option<Count>,
    /// How many times one customer may take part or buy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = 1)]
    pub per_user: Option<Count>,
    /// The price a reduction is measured from (原价, 划线价, "was"), and its basis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!({"basis": "lowest_30d", "days": 30}),
        example = serde_json::json!({
            "basis": "former_price",
            "days": 90,
            "evidence": "price history Dec 2025 - Feb 2026"
        }),
    )]
    pub reference_price: Option<ReferencePrice>,
    /// Source, period and scope of a ranking or data claim in the name or terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"天猫2026年度洗护类目销售额数据")]
    pub evidence: Option<String>,
    /// What the customer must do, besides buying, to get the reward: `review` (any
    /// review, whatever it says), `positive_review` (a good or five-star review, 好评),
    /// `share`, `follow`, `sign_up`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = ["review"], example = ["share", "follow"])]
    pub requires: Option<List<Requirement>>,
    /// Charges on top of the price: mandatory fees (服务费, 包装费, a booking fee) and
    /// optional ones (delivery the customer chooses).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = serde_json::json!([{"name": "服务费", "amount": 3, "mandatory": true}]))]
    pub fees: Option<List<super::Fee>>,
    /// Who the price is for, as customers are told (会员价, 新客价, 专享价, a member or
    /// first-order price), e.g. `开通会员（免费）后可享`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"注册会员（免费）即可享受会员价", example = &"first order only, for new customers")]
    pub condition: Option<String>,
    /// Whether the price is set per customer by automated decisions on their profile
    /// (browsing, purchase history, device).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = true, example = false)]
    pub personalised: Option<bool>,
    /// What customers are told when their price was personalised, e.g. `This price was
    /// personalised for you based on your purchase history`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"This price was personalised for you based on your purchase history")]
    pub personalised_notice: Option<String>,
    /// The budget line that pays for what the offer costs (a `budget.lines` id); one line
    /// may fund several offers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"promo-cost", example = &"prizes")]
    pub funded_by: Option<Id>,
    /// The share of the offer expected to be used or claimed, e.g. `35%`: the expected
    /// cost is the worst case times this share (`budget.redemption` when omitted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"35%", example = &"100%")]
    pub redemption: Option<Percent>,
    /// An auto-renewing subscription the offer starts (a free trial that becomes a paid plan).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = serde_json::json!({"auto_renew": true, "trial": "30d", "every": "1mo", "renewal_price": 25, "consent": "separate unticked box", "cancel": "Account → Subscription → Cancel", "reminder": "5d"}))]
    pub subscription: Option<super::Subscription>,
    /// The mechanic.
    #[serde(flatten)]
    pub kind: PromotionKind,
}

/// The mechanic of a promotion, chosen by `type`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PromotionKind {
    /// 满额/满减: spend tiers, each with a discount on the order.
    SpendTiers {
        /// The tiers, spends strictly rising, e.g. `{spend: 299, discount: 9%}`.
        #[schemars(
            example = serde_json::json!([
                {"spend": 299, "discount": "9%"},
                {"spend": 599, "discount": "15%"}
            ]),
            example = serde_json::json!([
                {"spend": 100, "discount": 15},
                {"spend": 200, "discount": 40}
            ]),
        )]
        tiers: Known<List<Tier>>,
        /// 每满减: the single amount-off tier applies once per full multiple of its spend.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(example = true)]
        repeat: Option<bool>,
        /// With `repeat`, how many times at most (上不封顶 when omitted).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(example = 3)]
        max_repeats: Option<Count>,
    },
    /// 直降/打折: a discount on every eligible item.
    Discount {
        /// The discount, e.g. `8折`, `15%` or an amount off.
        #[schemars(example = &"8折", example = &"15%", example = 30)]
        discount: Known<Discount>,
        /// Categories or zones it applies to.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(example = ["美妆个护"], example = ["bedding", "bath"])]
        scope: Option<List<String>>,
    },
    /// 限时秒杀: a few items at a deep price in timed slots.
    FlashSale {
        /// Start times of the daily slots, e.g. `["10:00", "20:00"]`.
        #[schemars(example = ["10:00", "14:00", "20:00"])]
        slots: Known<List<TimeOfDay>>,
        /// How many items each slot offers.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(example = 5)]
        items_per_slot: Option<Count>,
        /// The flash price as a discount, e.g. `5折`.
        #[schemars(example = &"5折", example = &"50%")]
        price: Known<Discount>,
        /// The list price of the dearest slot item, what the flash price is cut from
        /// (needed to bound what the markdowns cost), e.g. `399`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(example = 399, example = &"¥1,299")]
        list_price: Option<Money>,
        /// The least margin an item may keep at the flash price, e.g. `15%`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(example = &"15%")]
        min_margin: Option<Percent>,
    },
    /// 会员价: a price per member level.
    MemberPrice {
        /// Levels from the lowest to the highest; higher levels pay less.
        #[schemars(
            example = serde_json::json!([
                {"level": "gold", "name": "金卡会员", "price": "8.5折"},
                {"level": "diamond", "name": "钻石会员", "price": "6.5折"}
            ]),
        )]
        levels: Known<List<MemberLevel>>,
        /// Members may buy this many days before the promotion's first day.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(example = 3)]
        early_access_days: Option<Count>,
    },
    /// 满赠: a gift for spending enough.
    GiftWithPurchase {
        /// Spend tiers with the gift each earns and its cost.
        #[schemars(
            example = serde_json::json!([
                {"spend": 299, "gift": "新年福袋", "gift_cost": 12},
                {"spend": 599, "gift": "红包封套装", "gift_cost": 25}
            ]),
        )]
        tiers: Known<List<GiftTier>>,
    },
    /// 福袋/盲盒: boxes with random contents worth a multiple of their price.
    MysteryBox {
        /// The box prices.
        #[schemars(example = [88, 188, 388])]
        prices: Known<List<Money>>,
        /// What the contents are worth as a multiple of the price, e.g. `2..3`.
        #[schemars(example = &"2..3")]
        value_multiple: Known<NumberRange>,
        /// A grand prize some boxes contain.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(example = serde_json::json!({"name": "大额购物卡", "value": 5000, "quantity": 10}))]
        grand_prize: Option<Prize>,
    },
    /// 抽奖: a prize draw.
    Lottery {
        /// The prizes, from the top prize down.
        #[schemars(
            example = serde_json::json!([
                {"name": "$1,000 gift card", "value": 1000, "quantity": 5},
                {"name": "$100 gift card", "value": 100, "quantity": 50}
            ]),
        )]
        prizes: Known<List<Prize>>,
        /// How customers get a chance to win.
        #[schemars(
            example = &"单笔订单满299元获得1次抽奖机会",
            example = &"every order of $50 or more enters the draw",
        )]
        entry: Known<String>,
        /// A way to enter without buying anything, with equal chances (for US and UK
        /// draws that purchases also enter), e.g. `mail a postcard to …`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(
            example = &"mail a postcard with your name and address to Spring Sweepstakes, PO Box 1200, Portland, ME 04101",
        )]
        free_entry: Option<String>,
        /// What one entry costs on its own (a ticket, a fee to play), apart from the price
        /// of any goods bought; omitted or `0`: entry is free. Paying to enter is what
        /// makes a draw a lottery under the Gambling Act 2005 (Great Britain).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(example = 2, example = &"£1.50")]
        entry_fee: Option<Money>,
        /// Whether the goods whose purchase enters the draw cost more than usual because of
        /// it: `true`, or the amount added to the price; omitted or `false`: they sell at
        /// their normal price (a lawful prize draw in Great Britain).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(example = false, example = 1)]
        price_uplift: Option<PriceUplift>,
    },
    /// 集福/集卡: collect pieces to win a reward.
    CollectToWin {
        /// The pieces to collect, e.g. 福, 禄, 寿.
        #[schemars(example = ["福", "禄", "寿", "喜", "财"])]
        pieces: Known<List<String>>,
        /// What a full set wins.
        #[schemars(example = &"新年礼盒", example = &"a $50 gift card")]
        reward: Known<String>,
        /// What one reward costs the company (with the promotion's `quantity`, what the
        /// rewards cost in all), e.g. `68`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(example = 68, example = 50)]
        reward_cost: Option<Money>,
    },
    /// 积分: points earned and redeemed.
    Points {
        /// How points are earned, e.g. 每消费1元得1积分.
        #[schemars(example = &"每消费1元得1积分", example = &"1 point per $1 spent")]
        earn: Known<String>,
        /// What points are worth at checkout.
        #[schemars(example = serde_json::json!({"points": 100, "worth": 1}))]
        redeem: Known<PointsRedeem>,
    },
    /// 邀请: rewards for inviting new customers.
    Referral {
        /// What the inviting customer gets.
        #[schemars(example = &"满500减100元优惠券一张", example = &"$10 credit for each friend who orders")]
        reward_referrer: Known<String>,
        /// What the invited customer gets.
        #[schemars(example = &"新人满500减100元优惠券一张", example = &"$10 off the first order")]
        reward_invitee: Known<String>,
    },
}

impl PromotionKind {
    /// The `type` name as written in specs.
    pub fn type_name(&self) -> &'static str {
        match self {
            PromotionKind::SpendTiers { .. } => "spend_tiers",
            PromotionKind::Discount { .. } => "discount",
            PromotionKind::FlashSale { .. } => "flash_sale",
            PromotionKind::MemberPrice { .. } => "member_price",
            PromotionKind::GiftWithPurchase { .. } => "gift_with_purchase",
            PromotionKind::MysteryBox { .. } => "mystery_box",
            PromotionKind::Lottery { .. } => "lottery",
            PromotionKind::CollectToWin { .. } => "collect_to_win",
            PromotionKind::Points { .. } => "points",
            PromotionKind::Referral { .. } => "referral",
        }
    }
}

/// One spend tier of a `spend_tiers` promotion.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    /// The order value that reaches the tier, e.g. `299`.
    #[schemars(example = 299, example = &"¥599")]
    pub spend: Known<Money>,
    /// What the tier saves: `9%`, `9折` or an amount such as `50`.
    #[schemars(example = &"9%", example = &"9折", example = 50)]
    pub discount: Known<Discount>,
}

/// One member level of a `member_price` promotion.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MemberLevel {
    /// Identifier of the level, e.g. `gold`.
    #[schemars(example = &"gold", example = &"diamond")]
    pub level: Id,
    /// The level's name, e.g. 金卡会员.
    #[schemars(example = &"金卡会员", example = &"Gold member")]
    pub name: String,
    /// The level's price as a discount, e.g. `8.5折`.
    #[schemars(example = &"8.5折", example = &"15%")]
    pub price: Known<Discount>,
}

/// One tier of a `gift_with_purchase` promotion.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GiftTier {
    /// The order value that earns the gift.
    #[schemars(example = 299)]
    pub spend: Known<Money>,
    /// The gift, e.g. 新年福袋.
    #[schemars(example = &"新年福袋", example = &"canvas market tote")]
    pub gift: Known<String>,
    /// What one gift costs the company.
    #[schemars(example = 12)]
    pub gift_cost: Known<Money>,
}

/// A prize of a draw or mystery box.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Prize {
    /// The prize (customer-facing text), e.g. 手机.
    #[schemars(example = &"手机", example = &"$100 gift card")]
    pub name: String,
    /// Its market value.
    #[schemars(example = 5000)]
    pub value: Known<Money>,
    /// How many there are.
    #[schemars(example = 10)]
    pub quantity: Known<Count>,
    /// The chance of winning it per entry, e.g. `0.1%`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"0.1%")]
    pub odds: Option<Percent>,
}

/// What points are worth: `points` points pay `worth` at checkout.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PointsRedeem {
    /// Number of points, e.g. `100`.
    #[schemars(example = 100)]
    pub points: Count,
    /// What they pay for, e.g. `1` (one yuan).
    #[schemars(example = 1)]
    pub worth: Money,
}

/// A coupon: an amount off, or a percentage off with a cap, above a minimum spend.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Coupon {
    /// Identifier of the coupon, referenced by `stacking` and `copy.advertises`.
    #[schemars(example = &"new-user", example = &"win-back")]
    pub id: Id,
    /// The coupon's name as customers see it (customer-facing text).
    #[schemars(example = &"新用户专享券", example = &"Welcome coupon")]
    pub name: String,
    /// Amount off, e.g. `50`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = 50, example = &"¥150")]
    pub amount: Option<Money>,
    /// Percentage off, e.g. `10%` (with `cap`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"10%", example = &"15%")]
    pub percent: Option<Percent>,
    /// The most a percentage coupon saves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = 30)]
    pub cap: Option<Money>,
    /// The order value needed to use it (`0` for 无门槛).
    #[schemars(example = 299, example = 0)]
    pub min_spend: Known<Money>,
    /// Who may use it, e.g. `new_users`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"new_users", example = &"dormant_90d")]
    pub audience: Option<String>,
    /// Categories or zones it applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = ["年货专区"], example = ["礼品"])]
    pub scope: Option<List<String>>,
    /// When it can be used; the campaign window when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = serde_json::json!({"from": "2027-01-16", "to": "2027-02-06"}))]
    pub valid: Option<Validity>,
    /// How many are issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = 10000, example = &"5万")]
    pub quantity: Option<Count>,
    /// How many one customer may hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = 1)]
    pub per_user: Option<Count>,
    /// The budget line that pays for what the offer costs (a `budget.lines` id); one line
    /// may fund several offers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"coupons", example = &"prizes")]
    pub funded_by: Option<Id>,
    /// The share of the offer expected to be used or claimed, e.g. `35%`: the expected
    /// cost is the worst case times this share (`budget.redemption` when omitted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"35%", example = &"100%")]
    pub redemption: Option<Percent>,
    /// The rules as customers read them (customer-facing text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = &"首次注册立减50元，无门槛，有效期至2027年2月15日。",
        example = &"$10 off your first order of $50 or more.",
    )]
    pub terms: Option<String>,
    /// Source, period and scope of a ranking or data claim in the name or terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"天猫2026年度洗护类目销售额数据")]
    pub evidence: Option<String>,
    /// What the customer must do, besides buying, to get the coupon: `review` (any
    /// review, whatever it says), `positive_review` (a good or five-star review, 好评),
    /// `share`, `follow`, `sign_up`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = ["review"], example = ["follow"])]
    pub requires: Option<List<Requirement>>,
}

/// The reference price a reduction is measured from.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReferencePrice {
    /// What the reference price is.
    #[schemars(example = &"lowest_30d", example = &"lowest_7d", example = &"former_price")]
    pub basis: ReferenceBasis,
    /// The period it covers, in days (e.g. `30` for the EU prior price, the days a US
    /// former price was offered).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = 30, example = 90)]
    pub days: Option<Count>,
    /// Where the figure can be verified (price history export, catalogue, tag).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = &"price history export, 2026-10-01 to 2026-10-31",
        example = &"专柜价目表（2026年秋冬）",
    )]
    pub evidence: Option<String>,
}

/// What a reference price is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceBasis {
    /// The lowest price actually charged in the 7 days before the promotion (CN default).
    #[serde(rename = "lowest_7d")]
    Lowest7d,
    /// The lowest price applied in the 30 days before the reduction (EU prior price).
    #[serde(rename = "lowest_30d")]
    Lowest30d,
    /// The last price charged before the promotion.
    LastPrice,
    /// A former price at which the item was openly offered for a substantial period (US).
    FormerPrice,
    /// The manufacturer's suggested retail price (厂商建议零售价).
    Msrp,
    /// The department-store counter price (专柜价).
    CounterPrice,
    /// The price on the tag (吊牌价).
    TagPrice,
    /// The price at which other sellers in the trade area sell the same or comparable
    /// goods ("compare at", "comparable value"; US 16 CFR 233.2); needs `evidence`.
    TradeAreaPrice,
}

impl ReferenceBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            ReferenceBasis::Lowest7d => "lowest_7d",
            ReferenceBasis::Lowest30d => "lowest_30d",
            ReferenceBasis::LastPrice => "last_price",
            ReferenceBasis::FormerPrice => "former_price",
            ReferenceBasis::Msrp => "msrp",
            ReferenceBasis::CounterPrice => "counter_price",
            ReferenceBasis::TagPrice => "tag_price",
            ReferenceBasis::TradeAreaPrice => "trade_area_price",
        }
    }
}

/// How much a draw raises the price of the goods that enter it: `true` / `false`, or the
/// amount added to the normal price (`0`: not raised).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum PriceUplift {
    /// Whether the price is raised, the amount not stated.
    Raised(bool),
    /// The amount added to the normal price.
    Amount(Money),
}

impl PriceUplift {
    /// Whether the price is raised at all.
    pub fn raised(&self) -> bool {
        match self {
            PriceUplift::Raised(raised) => *raised,
            PriceUplift::Amount(m) => m.amount > rust_decimal::Decimal::ZERO,
        }
    }
}

/// A validity period, both days inclusive.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Validity {
    /// First day.
    #[schemars(example = &"2027-01-16")]
    pub from: Date,
    /// Last day (inclusive).
    #[schemars(example = &"2027-02-06")]
    pub to: Date,
}
