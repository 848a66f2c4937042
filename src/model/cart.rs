//! A cart for `campspec simulate`: items with list prices, who buys, and when.

use super::List;
use crate::values::{Count, Id, Money, ValueError};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A shopping cart to price with a plan's offers (`campspec simulate SPEC --cart CART`).
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "campspec cart")]
pub struct Cart {
    /// The plan the cart is priced with: a path relative to the cart file
    /// (`../cny-2027.campaign.yaml`). When omitted, `campspec check` looks for a plan in
    /// the cart's directory or its parent whose name starts the cart's name, or the only
    /// plan there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"../cny-2027.campaign.yaml")]
    pub plan: Option<String>,
    /// When the order is placed, in the plan's time zone: `2027-01-20 20:05`.
    #[schemars(required)]
    #[schemars(example = &"2027-01-20 20:05")]
    pub at: Option<OrderTime>,
    /// Who orders.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!({"member_level": "diamond", "audience": ["dormant_90d"]}),
    )]
    pub customer: Option<Customer>,
    /// What is in the cart.
    #[schemars(required)]
    #[schemars(
        example = serde_json::json!([
            {"name": "年货礼盒", "price": 399, "quantity": 2, "scope": "礼品"},
            {"name": "爆款保温杯", "price": 129, "flash": true}
        ]),
    )]
    pub items: Option<List<CartItem>>,
    /// The coupons the customer holds (ids); every coupon their audiences allow when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = ["win-back", "gifting"])]
    pub coupons: Option<List<Id>>,
}

/// One line of the cart.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CartItem {
    /// The item, e.g. 年货礼盒.
    #[schemars(example = &"年货礼盒", example = &"Canvas tote")]
    pub name: String,
    /// The list price of one unit, e.g. `399`.
    #[schemars(example = 399, example = &"¥29.90")]
    pub price: Money,
    /// How many units (1 when omitted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = 2)]
    pub quantity: Option<Count>,
    /// The category or zone the item belongs to, matched against coupon and discount scopes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"礼品")]
    pub scope: Option<String>,
    /// Whether the item is on the flash sale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = true)]
    pub flash: Option<bool>,
}

impl CartItem {
    pub fn quantity(&self) -> u64 {
        self.quantity.map_or(1, |q| q.0)
    }
}

/// The customer placing the order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Customer {
    /// The audiences the customer belongs to, matched against coupons' `audience`
    /// (e.g. `[new_users]`, `[dormant_90d]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = ["new_users"], example = ["dormant_90d"])]
    pub audience: Option<List<String>>,
    /// The customer's member level (a level id of the plan's member price), if a member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"diamond")]
    pub member_level: Option<Id>,
}

/// A date and time of day, `YYYY-MM-DD HH:MM` (a `T` between them is accepted too).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct OrderTime(pub jiff::civil::DateTime);

impl OrderTime {
    /// The JSON Schema format checked by [`OrderTime::is_valid`].
    pub const FORMAT: &'static str = "campspec-datetime";

    pub fn parse(text: &str) -> Result<OrderTime, ValueError> {
        let trimmed = text.trim();
        let normalized = trimmed.replacen('T', " ", 1);
        let (date, time) = match normalized.split_once(' ') {
            Some((d, t)) => (d.trim(), t.trim()),
            None => {
                return Err(ValueError::with_help(
                    crate::msg!("value-order-time-no-time", shown = trimmed),
                    crate::msg!("value-help-order-time", shown = trimmed),
                ));
            }
        };
        let day = crate::values::Date::parse(date)?;
        let at = crate::values::TimeOfDay::parse(time)?;
        Ok(OrderTime(day.get().to_datetime(at.to_civil())))
    }

    pub fn is_valid(text: &str) -> bool {
        OrderTime::parse(text).is_ok()
    }

    pub fn date(&self) -> jiff::civil::Date {
        self.0.date()
    }

    pub fn time(&self) -> jiff::civil::Time {
        self.0.time()
    }
}

impl std::fmt::Display for OrderTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.0.date(), self.0.time().strftime("%H:%M"))
    }
}

impl Serialize for OrderTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for OrderTime {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        OrderTime::parse(&text).map_err(|e| serde::de::Error::custom(e.message))
    }
}

impl JsonSchema for OrderTime {
    fn schema_name() -> Cow<'static, str> {
        "OrderTime".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date and time of day in the plan's time zone: \"2027-01-20 20:05\".",
            "type": "string",
            "format": OrderTime::FORMAT,
            "examples": ["2027-01-20 20:05"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_times() {
        let t = OrderTime::parse("2027-01-20 20:05").unwrap();
        assert_eq!(t.to_string(), "2027-01-20 20:05");
        assert_eq!(
            OrderTime::parse("2027-01-20T9:30").unwrap().to_string(),
            "2027-01-20 09:30"
        );
        assert!(
            OrderTime::parse("2027-01-20")
                .unwrap_err()
                .help_en()
                .unwrap()
                .contains("10:00")
        );
        assert!(OrderTime::parse("2027-02-30 10:00").is_err());
        assert!(OrderTime::parse("2027-01-20 25:00").is_err());
    }
}
