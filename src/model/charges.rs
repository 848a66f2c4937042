//! What a promotion charges beyond its price and on what terms: fees on top of the
//! price, a price set per customer, and an auto-renewing subscription the offer starts.

use crate::values::{Duration, Money};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A charge on top of the advertised price (服务费, 包装费, a booking or service fee,
/// delivery).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    /// The fee as customers see it named at checkout.
    #[schemars(example = &"服务费", example = &"booking fee")]
    pub name: String,
    /// What it costs, e.g. `2.5`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = 3, example = &"¥2.5")]
    pub amount: Option<Money>,
    /// Whether every customer must pay it (`true`: a service, booking or packing fee on
    /// every order), or only those who choose it (`false`: express delivery, gift wrap).
    #[schemars(example = true, example = false)]
    pub mandatory: bool,
    /// Whether the prices the copy states already include it (an all-in price).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = true, example = false)]
    pub included: Option<bool>,
}

/// An auto-renewing subscription (会员自动续费, a paid plan after a free trial).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subscription {
    /// Whether it renews and charges again by itself until cancelled.
    #[schemars(example = true, example = false)]
    pub auto_renew: bool,
    /// A free or reduced first period, e.g. `30d`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"30d", example = &"1mo")]
    pub trial: Option<Duration>,
    /// How often it renews, e.g. `1mo` or `1y`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"1mo", example = &"1y")]
    pub every: Option<Duration>,
    /// What each renewal charges, e.g. `14.99`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = 25, example = &"$14.99")]
    pub renewal_price: Option<Money>,
    /// How customers agree to the renewal before the first charge (an unticked box, a
    /// separate confirmation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = &"开通前单独勾选《自动续费服务协议》（默认不勾选）",
        example = &"unticked checkbox next to the renewal terms at checkout",
    )]
    pub consent: Option<String>,
    /// How customers cancel, as easily as they signed up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = &"App内“我的→会员→自动续费管理→关闭”",
        example = &"one-click cancel in Account → Subscription, or reply CANCEL",
    )]
    pub cancel: Option<String>,
    /// How long before each renewal customers are reminded of it, e.g. `5d`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"5d", example = &"7d")]
    pub reminder: Option<Duration>,
}
