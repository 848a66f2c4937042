//! Formatting exact numbers for people: money with its symbol and 万/亿, percentages.
//!
//! The one home of money formatting: rule messages, documents and receipts each name
//! their policy as a [`Money`] value and call [`money`]; none formats an amount itself.

use rust_decimal::{Decimal, RoundingStrategy};

/// The symbol written before amounts of a currency, if it has a common one.
pub fn currency_symbol(currency: &str) -> Option<&'static str> {
    match currency {
        "CNY" | "JPY" => Some("¥"),
        "USD" | "CAD" | "AUD" | "NZD" | "HKD" | "SGD" | "TWD" | "MXN" => Some("$"),
        "EUR" => Some("€"),
        "GBP" => Some("£"),
        _ => None,
    }
}

/// `1234567.5` → `1,234,567.5`.
pub fn group_thousands(amount: Decimal) -> String {
    let text = amount.normalize().to_string();
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let mut grouped = String::with_capacity(int.len().saturating_mul(2));
    for (i, c) in int.chars().enumerate() {
        if i > 0 && int.len().saturating_sub(i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// The large units an amount may be written in when it is a whole number of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// 万 and 亿: `¥1,500万`, `¥1.5亿`.
    Chinese,
    /// M and B: `$1.5M`, `$2B`.
    English,
    /// None: every digit, grouped by thousands (`$12,000`).
    Grouped,
}

/// A policy for writing amounts of money, one per kind of output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Money {
    /// A finding's message: 万/亿 for CNY, every other currency grouped as written
    /// (`¥1,500万`, `$12,000`, `€19.99`).
    Message,
    /// A document in a reader's language: amounts with cents below 10,000 show both
    /// digits (`$81.70`); others are written in the language's large units when exact
    /// (`¥1,500万`, `$1.5M`), otherwise grouped.
    Document(Scale),
    /// A receipt: to the cent, grouped (`¥1,045.70`).
    Receipt,
    /// Yuan inside a Chinese description of an offer: no symbol, no grouping, 万 when
    /// exact (`满299元`, `减1.5万元`).
    Yuan,
}

/// `amount` of `currency` written under `policy`.
pub fn money(amount: Decimal, currency: &str, policy: Money) -> String {
    match policy {
        Money::Message if currency == "CNY" => money_zh(amount, currency),
        Money::Message => money_plain(amount, currency),
        Money::Document(_)
            if !amount.fract().is_zero() && amount.abs() < Decimal::from(10_000u64) =>
        {
            money_cents(amount, currency)
        }
        Money::Document(Scale::Chinese) => money_zh(amount, currency),
        Money::Document(Scale::English) => money_en(amount, currency),
        Money::Document(Scale::Grouped) => money_plain(amount, currency),
        Money::Receipt => money_cents(amount, currency),
        Money::Yuan => money_yuan(amount),
    }
}

/// A count of things: `10万` under [`Scale::Chinese`], otherwise grouped (`100,000`).
pub fn count(n: u64, scale: Scale) -> String {
    let n = Decimal::from(n);
    match scale {
        Scale::Chinese => match in_units(n, Decimal::from(10_000u64)) {
            Some(n) => format!("{}万", group_thousands(n)),
            None => group_thousands(n),
        },
        Scale::English | Scale::Grouped => group_thousands(n),
    }
}

/// An amount as a Chinese reader writes it: `¥1,500万`, `¥1.5亿`, `¥299.5`.
/// 万/亿 are used when the amount is a whole number of them to at most two decimals.
/// See [`Money::Yuan`].
fn money_yuan(amount: Decimal) -> String {
    let wan = Decimal::from(10_000u64);
    match in_units(amount, wan).filter(|_| amount >= wan) {
        Some(n) => format!("{}万元", n.normalize()),
        None => format!("{}元", amount.normalize()),
    }
}

pub fn money_zh(amount: Decimal, currency: &str) -> String {
    let symbol = currency_symbol(currency).unwrap_or("");
    let suffix = if symbol.is_empty() {
        format!(" {currency}")
    } else {
        String::new()
    };
    let yi = Decimal::from(100_000_000u64);
    let wan = Decimal::from(10_000u64);
    let body = if let Some(n) = in_units(amount, yi) {
        format!("{}亿", group_thousands(n))
    } else if let Some(n) = in_units(amount, wan) {
        format!("{}万", group_thousands(n))
    } else {
        group_thousands(amount)
    };
    format!("{symbol}{body}{suffix}")
}

/// Money as an English reader writes it: millions and billions as `$1.5M`, `$2B` when
/// exact to two decimals, otherwise grouped: `$12,000`, `$9.99`.
pub fn money_en(amount: Decimal, currency: &str) -> String {
    let billion = Decimal::from(1_000_000_000u64);
    let million = Decimal::from(1_000_000u64);
    let body = if let Some(n) = in_units(amount, billion) {
        format!("{}B", group_thousands(n))
    } else if let Some(n) = in_units(amount, million) {
        format!("{}M", group_thousands(n))
    } else {
        group_thousands(amount)
    };
    match currency_symbol(currency) {
        Some(symbol) => format!("{symbol}{body}"),
        None => format!("{body} {currency}"),
    }
}

/// An amount with its symbol and thousands separators: `$12,000`, `€19.99`.
pub fn money_plain(amount: Decimal, currency: &str) -> String {
    match currency_symbol(currency) {
        Some(symbol) => format!("{symbol}{}", group_thousands(amount)),
        None => format!("{} {currency}", group_thousands(amount)),
    }
}

/// An amount to the cent with its symbol, as on a receipt: `¥1,045.70`, `$12.00`.
pub fn money_cents(amount: Decimal, currency: &str) -> String {
    let fixed = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let text = format!("{fixed:.2}");
    let (int, frac) = text.split_once('.').unwrap_or((&text, "00"));
    let grouped = group_thousands(int.parse::<Decimal>().unwrap_or_default());
    match currency_symbol(currency) {
        Some(symbol) => format!("{symbol}{grouped}.{frac}"),
        None => format!("{grouped}.{frac} {currency}"),
    }
}

/// A ratio as a percentage with `dp` decimals, rounded half away from zero: `0.675` → `67.50%`.
pub fn percent(ratio: Decimal, dp: u32) -> String {
    match ratio.checked_mul(Decimal::ONE_HUNDRED) {
        Some(value) => {
            let value = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
            format!("{value:.prec$}%", prec = dp as usize)
        }
        None => too_large_percent(ratio),
    }
}

/// A ratio as a percentage without trailing zeros: `0.15` → `15%`, `0.085` → `8.5%`.
pub fn percent_short(ratio: Decimal) -> String {
    match ratio.checked_mul(Decimal::ONE_HUNDRED) {
        Some(value) => format!("{}%", value.normalize()),
        None => too_large_percent(ratio),
    }
}

/// A ratio too large for its percentage to be a decimal number: written as the ratio
/// times 100, exactly.
fn too_large_percent(ratio: Decimal) -> String {
    format!("{}×100%", ratio.normalize())
}

/// `amount` in whole multiples of `unit` (万, 亿, million…) when that is exact to two
/// decimals and at least one unit: `1.5亿` for 150,000,000, not for 150,000,001.
pub fn in_units(amount: Decimal, unit: Decimal) -> Option<Decimal> {
    if amount.abs() < unit {
        return None;
    }
    let n = amount.checked_div(unit)?;
    (n.round_dp(2).checked_mul(unit)? == amount).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn money_forms() {
        assert_eq!(money_zh(d("15000000"), "CNY"), "¥1,500万");
        assert_eq!(money_zh(d("150000000"), "CNY"), "¥1.5亿");
        assert_eq!(money_zh(d("299.5"), "CNY"), "¥299.5");
        assert_eq!(money_zh(d("12345"), "CNY"), "¥12,345");
        assert_eq!(money_plain(d("1200000"), "USD"), "$1,200,000");
        assert_eq!(money_plain(d("5"), "CHF"), "5 CHF");
        assert_eq!(money_cents(d("1045.7"), "CNY"), "¥1,045.70");
        assert_eq!(money_cents(d("0.05"), "USD"), "$0.05");
        assert_eq!(money_en(d("1500000"), "USD"), "$1.5M");
    }

    #[test]
    fn policies() {
        assert_eq!(money(d("15000000"), "CNY", Money::Message), "¥1,500万");
        assert_eq!(money(d("1500000"), "USD", Money::Message), "$1,500,000");
        assert_eq!(
            money(d("81.7"), "USD", Money::Document(Scale::English)),
            "$81.70"
        );
        assert_eq!(
            money(d("1500000"), "USD", Money::Document(Scale::English)),
            "$1.5M"
        );
        assert_eq!(
            money(d("15000000"), "CNY", Money::Document(Scale::Chinese)),
            "¥1,500万"
        );
        assert_eq!(money(d("12"), "USD", Money::Receipt), "$12.00");
        assert_eq!(count(100_000, Scale::Chinese), "10万");
        assert_eq!(count(100_000, Scale::English), "100,000");
    }

    #[test]
    fn percents() {
        assert_eq!(percent(d("0.675"), 2), "67.50%");
        assert_eq!(percent(d("0.2"), 2), "20.00%");
        assert_eq!(percent_short(d("0.085")), "8.5%");
        assert_eq!(percent_short(d("1")), "100%");
    }
}
