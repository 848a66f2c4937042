//! Money: an exact, non-negative amount to the cent, with the currency sign its author wrote.

use std::cmp::Ordering;
use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::Value;

use super::count::UNIT_WORDS;
use super::number::{self, Lexed, Sign, show, write, write_either};
use super::{Expect, ValueError, words};
#[allow(unused_imports)]
use crate::i18n::Msg;

macro_rules! description {
    () => {
        "An amount of money in the plan's currency, exact to the cent: 299, 299.5, \"¥299\", \"299元\", \"12,000\", \"300万\" (万 = 10,000) or \"1.5亿\" (亿 = 100,000,000); a sign such as $, €, £ or ¥ must agree with the plan's currency."
    };
}

pub(crate) const EXPECT: Expect = Expect {
    noun: words("value-noun-money"),
    help: words("value-help-money"),
};

/// A currency sign written with an amount. It is kept so that the plan can check it
/// against its `currency`: "$20" in a CNY plan is a mistake.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CurrencySign {
    /// `¥` or `￥` before the amount: yuan (CNY) or yen (JPY).
    Yuan,
    /// `元` after the amount, with or without `¥` before it: yuan (CNY) only.
    YuanWord,
    /// `$` before the amount: one of the dollars (USD, CAD, AUD, NZD, HKD, SGD, TWD) or the Mexican peso.
    Dollar,
    /// `€` before the amount: euro (EUR).
    Euro,
    /// `£` before the amount: pound sterling (GBP).
    Pound,
}

impl CurrencySign {
    /// The sign as it is usually written: `¥`, `元`, `$`, `€` or `£`.
    pub fn symbol(&self) -> &'static str {
        match self {
            CurrencySign::Yuan => "¥",
            CurrencySign::YuanWord => "元",
            CurrencySign::Dollar => "$",
            CurrencySign::Euro => "€",
            CurrencySign::Pound => "£",
        }
    }

    /// Whether the sign can stand for the ISO 4217 currency `iso` (case-insensitive).
    pub fn matches(&self, iso: &str) -> bool {
        let codes: &[&str] = match self {
            CurrencySign::Yuan => &["CNY", "JPY"],
            CurrencySign::YuanWord => &["CNY"],
            CurrencySign::Dollar => &["USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MXN"],
            CurrencySign::Euro => &["EUR"],
            CurrencySign::Pound => &["GBP"],
        };
        codes.iter().any(|c| c.eq_ignore_ascii_case(iso))
    }

    fn from_prefix(prefix: &str) -> Option<CurrencySign> {
        match prefix {
            "¥" | "￥" => Some(CurrencySign::Yuan),
            "$" => Some(CurrencySign::Dollar),
            "€" => Some(CurrencySign::Euro),
            "£" => Some(CurrencySign::Pound),
            _ => None,
        }
    }
}

#[doc = description!()]
///
/// Amounts are never negative and never finer than a cent. Two amounts compare by
/// `amount`; amounts with different signs are not ordered when their amounts are equal.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Money {
    /// The exact amount, after 万/亿 are applied.
    pub amount: Decimal,
    /// The currency sign the author wrote, if any.
    pub sign: Option<CurrencySign>,
}

impl PartialOrd for Money {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        match self.amount.cmp(&other.amount) {
            Ordering::Equal if self.sign != other.sign => None,
            ordering => Some(ordering),
        }
    }
}

impl Money {
    /// An amount without a currency sign (for amounts campspec computes).
    pub fn new(amount: Decimal) -> Money {
        Money { amount, sign: None }
    }

    /// Reads a written amount: `299`, `"¥1,500万"`, `"300 万元"`, `"$ 20"`.
    pub fn parse(text: &str) -> Result<Money, ValueError> {
        parse_as(text, &EXPECT)
    }

    /// Reads an amount from the loaded document: a string as [`Money::parse`], or a
    /// non-negative JSON number.
    pub fn from_json(value: &Value) -> Result<Money, ValueError> {
        from_json_as(value, &EXPECT)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&show(self.amount))
    }
}

value_type!(
    Money,
    name: "Money",
    format: "campspec-money",
    expect: EXPECT,
    type: ["string", "number"],
    description: description!(),
    examples: [299, 299.5, "¥299", "299元", "12,000", "300万", "1.5亿", "$1,200,000", "€20"],
    extra: { "minimum": 0 },
);

const SIGNS: [&str; 5] = ["¥", "￥", "$", "€", "£"];
const YUAN_WORDS: [(&str, &str); 5] = [
    ("元", "元"),
    ("块钱", "元"),
    ("块", "元"),
    ("圆", "元"),
    ("人民币", "元"),
];
/// Currency names written after an amount, with the sign to write instead.
const CURRENCY_NAMES: [(&str, &str); 6] = [
    ("美元", "$"),
    ("欧元", "€"),
    ("英镑", "£"),
    ("日元", "¥"),
    ("港元", "$"),
    ("港币", "$"),
];

/// [`Money::parse`] with the messages of the field that takes the amount (money, a
/// discount, a budget share).
pub(crate) fn parse_as(text: &str, ex: &Expect) -> Result<Money, ValueError> {
    let text = text.trim_ascii();
    if text.is_empty() {
        return Err(ex.empty());
    }
    if let Some(e) = number::fullwidth(text, &|t| parse_as(t, ex).is_ok()) {
        return Err(e);
    }
    if text.contains(number::is_percent_sign) {
        return Err(ValueError::with_help(
            crate::msg!("value-money-is-percentage", shown = text),
            ex.help.clone(),
        ));
    }
    let Some(lx) = number::lex(text) else {
        let ok = |t: &str| parse_as(t, ex).is_ok();
        return Err(number::chinese_numerals(text, &SIGNS, &YUAN_WORDS, &ok, ex)
            .unwrap_or_else(|| ex.not_a(text)));
    };
    let sign = currency(&lx, ex)?;
    match lx.sign {
        Some(Sign::Minus) => {
            return Err(ValueError::with_help(
                crate::msg!("value-negative-amount", shown = text),
                write(&lx.unsigned()),
            ));
        }
        Some(Sign::Plus) => {
            return Err(ValueError::with_help(
                crate::msg!("value-amount-plus-sign", shown = text),
                write(&lx.unsigned()),
            ));
        }
        None => {}
    }
    let amount = lx.value(ex)?;
    whole_cents(text, amount, lx.multiplier.is_some(), &|rounded| {
        lx.replace_number(rounded)
    })?;
    in_range(text, amount)?;
    Ok(Money { amount, sign })
}

/// [`Money::from_json`] with the messages of the field that takes the amount.
pub(crate) fn from_json_as(value: &Value, ex: &Expect) -> Result<Money, ValueError> {
    match value {
        Value::String(s) => parse_as(s, ex),
        Value::Number(n) => {
            let (shown, amount) = number::json_number(n)?;
            if amount < Decimal::ZERO {
                return Err(ValueError::with_help(
                    crate::msg!("value-negative-amount", shown = shown),
                    crate::msg!("value-write-bare", text = show(amount.abs())),
                ));
            }
            whole_cents(&shown, amount, false, &|rounded| rounded.to_owned())?;
            in_range(&shown, amount)?;
            Ok(Money::new(amount))
        }
        other => Err(ex.wrong_kind(other)),
    }
}

/// The largest amount read, exclusive: 1000万亿 (10^15). No campaign comes near it, and
/// below it the sums and products of amounts in the checks stay within exact arithmetic.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(0xA4C6_8000, 0x0003_8D7E, 0, false, 0);

/// Amounts are below [`MAX_AMOUNT`].
fn in_range(shown: &str, amount: Decimal) -> Result<(), ValueError> {
    if amount < MAX_AMOUNT {
        return Ok(());
    }
    Err(ValueError::with_help(
        crate::msg!("value-money-too-large", shown = shown),
        crate::msg!("value-help-money-below"),
    ))
}

/// Money is counted in whole cents: at most two decimal places once 万/亿 are applied.
fn whole_cents(
    shown: &str,
    amount: Decimal,
    scaled: bool,
    rewrite: &dyn Fn(&str) -> String,
) -> Result<(), ValueError> {
    if amount.normalize().scale() <= 2 {
        return Ok(());
    }
    let rounded = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let message = if scaled {
        crate::msg!("value-scaled-cents", shown = shown, value = show(amount))
    } else {
        crate::msg!("value-cents", shown = shown)
    };
    Err(ValueError::with_help(
        message,
        write(&rewrite(&show(rounded))),
    ))
}

/// The currency sign of a lexed amount, or why its prefix or suffix is not one.
fn currency(lx: &Lexed<'_>, ex: &Expect) -> Result<Option<CurrencySign>, ValueError> {
    let prefix = match lx.prefix {
        "" => None,
        p => match CurrencySign::from_prefix(p) {
            Some(sign) => Some(sign),
            None => return Err(prefix_error(lx, ex)),
        },
    };
    let word = match lx.suffix {
        "" => false,
        "元" => true,
        _ => return Err(suffix_error(lx, ex)),
    };
    match (prefix, word) {
        (Some(sign), true) if sign != CurrencySign::Yuan => Err(ValueError::with_help(
            crate::msg!(
                "value-two-currencies",
                shown = lx.text,
                sign = sign.symbol()
            ),
            write_either(&[
                format!("{}{}", lx.prefix, lx.number_surface()),
                format!("{}元", lx.number_surface()),
            ]),
        )),
        (_, true) => Ok(Some(CurrencySign::YuanWord)),
        (sign, false) => Ok(sign),
    }
}

fn prefix_error(lx: &Lexed<'_>, ex: &Expect) -> ValueError {
    let letters = lx.prefix.trim_end_matches('$').trim_ascii_end();
    let dollar = lx.prefix.ends_with('$')
        && (1..=3).contains(&letters.len())
        && letters.chars().all(|c| c.is_ascii_alphabetic());
    if dollar || is_currency_name(letters) {
        let message = crate::msg!("value-names-currency", shown = lx.text);
        let fixed = if lx.prefix.ends_with('$') {
            format!("${}", lx.number_surface())
        } else {
            lx.number_surface()
        };
        return ValueError::with_help(message, write(&fixed));
    }
    ex.not_a(lx.text)
}

/// An ISO 4217 code (`CNY`, `usd`) or an English currency word (`yuan`, `dollars`).
fn is_currency_name(word: &str) -> bool {
    const WORDS: [&str; 10] = [
        "rmb", "yuan", "dollar", "dollars", "bucks", "euro", "euros", "pound", "pounds", "yen",
    ];
    (word.len() == 3 && word.chars().all(|c| c.is_ascii_alphabetic()))
        || WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

fn suffix_error(lx: &Lexed<'_>, ex: &Expect) -> ValueError {
    let text = lx.text;
    let ok = |t: &str| parse_as(t, ex).is_ok();
    if let Some(e) = number::explain_suffix(lx, &ok) {
        return e;
    }
    let number = lx.number_surface();
    let prefix = lx.prefix;
    if let Some((word, _)) = YUAN_WORDS.iter().find(|(w, _)| *w == lx.suffix) {
        return ValueError::with_help(
            crate::msg!("value-yuan-word", shown = text, word = *word),
            write(&format!("{prefix}{number}元")),
        );
    }
    if let Some((word, sign)) = CURRENCY_NAMES.iter().find(|(w, _)| *w == lx.suffix) {
        return ValueError::with_help(
            crate::msg!("value-currency-name", shown = text, word = *word),
            write(&format!("{sign}{number}")),
        );
    }
    if is_currency_name(lx.suffix) {
        return ValueError::with_help(
            crate::msg!("value-names-currency", shown = text),
            write(&format!("{prefix}{number}")),
        );
    }
    if let Some(word) = UNIT_WORDS.iter().find(|w| **w == lx.suffix) {
        return ValueError::with_help(
            crate::msg!("value-money-is-count", shown = text, word = *word),
            ex.help.clone(),
        );
    }
    ex.not_a(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    fn ok(text: &str) -> Money {
        Money::parse(text).unwrap_or_else(|e| panic!("{text}: {}", e.message))
    }

    fn err(text: &str) -> (String, Option<String>) {
        let e = Money::parse(text).unwrap_err();
        (e.message_en(), e.help_en())
    }

    #[test]
    fn accepts_every_written_form() {
        let cases = [
            ("299", "299", None),
            ("299.5", "299.5", None),
            ("299.50", "299.5", None),
            ("¥299", "299", Some(CurrencySign::Yuan)),
            ("￥299", "299", Some(CurrencySign::Yuan)),
            ("299元", "299", Some(CurrencySign::YuanWord)),
            ("¥299元", "299", Some(CurrencySign::YuanWord)),
            ("12,000", "12000", None),
            ("300万", "3000000", None),
            ("300 万", "3000000", None),
            ("300万元", "3000000", Some(CurrencySign::YuanWord)),
            ("1.5亿", "150000000", None),
            ("¥1,500万", "15000000", Some(CurrencySign::Yuan)),
            ("$1,200,000", "1200000", Some(CurrencySign::Dollar)),
            ("$ 20", "20", Some(CurrencySign::Dollar)),
            ("€20", "20", Some(CurrencySign::Euro)),
            ("£20", "20", Some(CurrencySign::Pound)),
            ("0", "0", None),
            ("0.01", "0.01", None),
            ("  299  ", "299", None),
            ("1.2345万", "12345", None),
            ("1.234567万", "12345.67", None),
        ];
        for (text, amount, sign) in cases {
            let money = ok(text);
            assert_eq!(money.amount, d(amount), "{text}");
            assert_eq!(money.sign, sign, "{text}");
            assert_eq!(money.to_string(), amount, "{text}");
        }
    }

    #[test]
    fn accepts_json_numbers() {
        assert_eq!(Money::from_json(&json!(299)), Ok(Money::new(d("299"))));
        assert_eq!(Money::from_json(&json!(299.5)), Ok(Money::new(d("299.5"))));
        assert_eq!(Money::from_json(&json!(0.1)), Ok(Money::new(d("0.1"))));
        assert_eq!(Money::from_json(&json!(0)), Ok(Money::new(d("0"))));
        assert_eq!(Money::from_json(&json!("¥299")), Money::parse("¥299"));
    }

    #[test]
    fn canonical_string_is_the_plain_amount() {
        assert_eq!(ok("1.5亿").to_string(), "150000000");
        assert_eq!(ok("¥1,500万").to_string(), "15000000");
        assert_eq!(ok("299.50").to_string(), "299.5");
        assert_eq!(ok("0.10").to_string(), "0.1");
    }

    #[test]
    fn rejects_amounts_from_1000_wan_yi() {
        assert_eq!(ok("999999999999999.99").amount, d("999999999999999.99"));
        assert_eq!(ok("9999999.99亿").amount, d("999999999000000"));
        for text in [
            "1000000000000000",
            "10000000亿",
            "79228162514264337593543950335",
        ] {
            assert_eq!(
                err(text),
                (
                    format!("`{text}` is too large for an amount of money"),
                    Some("write an amount below 1000万亿 (1,000,000,000,000,000)".into())
                ),
                "{text}"
            );
        }
        let e = Money::from_json(&json!(1_000_000_000_000_000_u64)).unwrap_err();
        assert_eq!(
            e.message,
            "`1000000000000000` is too large for an amount of money"
        );
    }

    #[test]
    fn rejects_negative_amounts() {
        assert_eq!(
            err("-5"),
            (
                "`-5` is a negative amount".into(),
                Some("write \"5\"".into())
            )
        );
        assert_eq!(
            err("-¥5"),
            (
                "`-¥5` is a negative amount".into(),
                Some("write \"¥5\"".into())
            )
        );
        assert_eq!(err("¥-5").1, Some("write \"¥5\"".into()));
        let e = Money::from_json(&json!(-5)).unwrap_err();
        assert_eq!(e.message, "`-5` is a negative amount");
        assert_eq!(e.help_en().as_deref(), Some("write 5"));
        let e = Money::from_json(&json!(-2.5)).unwrap_err();
        assert_eq!(e.message, "`-2.5` is a negative amount");
        assert_eq!(
            err("+5"),
            (
                "`+5` has a plus sign, which amounts do not take".into(),
                Some("write \"5\"".into())
            )
        );
    }

    #[test]
    fn money_is_counted_in_whole_cents() {
        assert_eq!(
            err("0.001"),
            (
                "`0.001` has more than two decimal places; money is counted in whole cents".into(),
                Some("write \"0\"".into())
            )
        );
        assert_eq!(
            err("¥299.995"),
            (
                "`¥299.995` has more than two decimal places; money is counted in whole cents"
                    .into(),
                Some("write \"¥300\"".into())
            )
        );
        assert_eq!(
            err("1.2345678万"),
            (
                "`1.2345678万` is 12345.678, which has more than two decimal places; money is counted in whole cents".into(),
                Some("write \"12345.68\"".into())
            )
        );
        assert_eq!(err("1.2345678万元").1, Some("write \"12345.68元\"".into()));
        let e = Money::from_json(&json!(19.999)).unwrap_err();
        assert_eq!(
            e.message,
            "`19.999` has more than two decimal places; money is counted in whole cents"
        );
        assert_eq!(e.help_en().as_deref(), Some("write \"20\""));
    }

    #[test]
    fn rejects_misplaced_separators() {
        assert_eq!(
            err("1,2000"),
            (
                "`1,2000` has a misplaced thousands separator: commas go between groups of three digits".into(),
                Some("write \"12,000\" or \"12000\"".into())
            )
        );
        assert_eq!(
            err("¥1,2000元").1,
            Some("write \"¥12,000元\" or \"¥12000元\"".into())
        );
        assert_eq!(err("12,5").1, Some("write \"12.5\" or \"125\"".into()));
        assert_eq!(err("12 000").1, Some("write \"12000\"".into()));
    }

    #[test]
    fn rejects_fullwidth_digits() {
        assert_eq!(
            err("１２０元"),
            (
                "`１２０元` is written with fullwidth digits".into(),
                Some("write \"120元\"".into())
            )
        );
        assert_eq!(
            err("12，000"),
            (
                "`12，000` has the fullwidth character `，`".into(),
                Some("write \"12,000\"".into())
            )
        );
    }

    #[test]
    fn rejects_conflicting_currencies() {
        assert_eq!(
            err("$5元"),
            (
                "`$5元` mixes two currencies: `$` and `元`".into(),
                Some("write \"$5\" or \"5元\"".into())
            )
        );
        assert_eq!(err("€5万元").1, Some("write \"€5万\" or \"5万元\"".into()));
    }

    #[test]
    fn rejects_chinese_numerals() {
        assert_eq!(
            err("五百元"),
            (
                "`五百元` is written in Chinese numerals".into(),
                Some("write \"500元\"".into())
            )
        );
        assert_eq!(err("三百万").1, Some("write \"300万\"".into()));
        assert_eq!(err("¥五百").1, Some("write \"¥500\"".into()));
        assert_eq!(err("五百块").1, Some("write \"500元\"".into()));
        assert_eq!(
            err("一百五元"),
            (
                "`一百五元` is written in Chinese numerals".into(),
                Some("write an amount such as 299 or \"¥299\"".into())
            )
        );
    }

    #[test]
    fn rejects_percentages_and_counts() {
        assert_eq!(
            err("15%"),
            (
                "`15%` is a percentage, which is not an amount of money".into(),
                Some("write an amount such as 299 or \"¥299\"".into())
            )
        );
        assert_eq!(
            err("15％").0,
            "`15％` is a percentage, which is not an amount of money"
        );
        assert_eq!(
            err("5000件").0,
            "`5000件` is a count (件), not an amount of money"
        );
    }

    #[test]
    fn explains_other_currency_words() {
        assert_eq!(
            err("5块"),
            (
                "`5块` uses `块`; write `元` or `¥` for yuan".into(),
                Some("write \"5元\"".into())
            )
        );
        assert_eq!(
            err("299美元"),
            (
                "`299美元` names a currency (`美元`); write its sign before the amount".into(),
                Some("write \"$299\"".into())
            )
        );
        assert_eq!(
            err("299 CNY"),
            (
                "`299 CNY` names a currency; amounts are written in the plan's currency".into(),
                Some("write \"299\"".into())
            )
        );
        assert_eq!(err("RMB 299").1, Some("write \"299\"".into()));
        assert_eq!(err("US$20").1, Some("write \"$20\"".into()));
        assert_eq!(
            err("5k"),
            (
                "`5k` uses `k` as a multiplier; the multipliers campspec reads are 万 and 亿"
                    .into(),
                Some("write \"5000\"".into())
            )
        );
        assert_eq!(err("1.2w元").1, Some("write \"1.2万元\"".into()));
    }

    #[test]
    fn rejects_empty_and_junk() {
        assert_eq!(
            err(""),
            (
                "expected an amount of money, found an empty value".into(),
                Some("write an amount such as 299 or \"¥299\"".into())
            )
        );
        assert_eq!(
            err("  ").0,
            "expected an amount of money, found an empty value"
        );
        assert_eq!(err("free").0, "`free` is not an amount of money");
        assert_eq!(err("约500").0, "`约500` is not an amount of money");
        assert_eq!(err("5 apples").0, "`5 apples` is not an amount of money");
        assert_eq!(err("5 dollars").1, Some("write \"5\"".into()));
        assert_eq!(err("HK$ 20").1, Some("write \"$20\"".into()));
        assert_eq!(err("1.2.3").0, "`1.2.3` has more than one decimal point");
    }

    #[test]
    fn rejects_wrong_json_kinds() {
        assert_eq!(
            Money::from_json(&json!(true)).unwrap_err().message,
            "expected an amount of money, found `true`"
        );
    }

    #[test]
    fn currency_signs_match_iso_codes() {
        assert!(CurrencySign::Yuan.matches("CNY"));
        assert!(CurrencySign::Yuan.matches("JPY"));
        assert!(CurrencySign::YuanWord.matches("CNY"));
        assert!(!CurrencySign::YuanWord.matches("JPY"));
        for iso in [
            "USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MXN", "usd",
        ] {
            assert!(CurrencySign::Dollar.matches(iso), "{iso}");
        }
        assert!(!CurrencySign::Dollar.matches("CNY"));
        assert!(CurrencySign::Euro.matches("EUR"));
        assert!(CurrencySign::Pound.matches("GBP"));
        assert!(!CurrencySign::Pound.matches("EUR"));
        assert_eq!(CurrencySign::Yuan.symbol(), "¥");
        assert_eq!(CurrencySign::YuanWord.symbol(), "元");
        assert_eq!(CurrencySign::Dollar.symbol(), "$");
        assert_eq!(CurrencySign::Euro.symbol(), "€");
        assert_eq!(CurrencySign::Pound.symbol(), "£");
    }

    #[test]
    fn orders_by_amount() {
        assert!(ok("299") < ok("300"));
        assert!(ok("¥1万") > ok("9999.99"));
        assert_eq!(ok("299").partial_cmp(&ok("299.00")), Some(Ordering::Equal));
        assert_eq!(ok("299"), ok("299.00"));
        assert_eq!(ok("¥299").partial_cmp(&ok("$299")), None);
        assert_ne!(ok("¥299"), ok("$299"));
    }
}
