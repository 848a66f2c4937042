//! Discount: what the customer saves, as a percentage off, a 折 (the share paid), or an amount off.

use std::fmt;

use rust_decimal::Decimal;
use serde_json::Value;

use super::money::{self, Money};
use super::number::{self, show, write};
use super::percent::Percent;
use super::{Expect, ValueError, words};
#[allow(unused_imports)]
use crate::i18n::Msg;

macro_rules! description {
    () => {
        "What the customer saves: a percentage off (\"9%\" or \"9% off\"), a 折 giving the share paid (\"8.5折\" = \"85折\" = pay 85%, 15% off; 折 takes 1 to 9.9 with one decimal, or two digits), or an amount off (30, \"¥30\", \"30元\")."
    };
}

pub(crate) const EXPECT: Expect = Expect {
    noun: words("value-noun-discount"),
    help: words("value-help-discount"),
};

const ZHE_HELP: Msg = words("value-help-zhe");

#[doc = description!()]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Discount {
    /// A percentage off, as the ratio saved: `"9% off"` is 0.09 (more than 0, at most 1).
    Percent(Decimal),
    /// A 折, as the ratio paid: `"8.5折"` is 0.85 (from 0.1 to 0.99).
    Zhe(Decimal),
    /// An amount off the price, more than zero.
    Amount(Money),
}

impl Discount {
    /// The ratio saved: 0.09 for `"9%"`, 0.15 for `"85折"`; `None` for an amount off.
    pub fn off_ratio(&self) -> Option<Decimal> {
        match self {
            Discount::Percent(off) => Some(*off),
            Discount::Zhe(pay) => Decimal::ONE.checked_sub(*pay),
            Discount::Amount(_) => None,
        }
    }

    /// The ratio paid: 0.91 for `"9%"`, 0.85 for `"85折"`; `None` for an amount off.
    pub fn pay_ratio(&self) -> Option<Decimal> {
        match self {
            Discount::Percent(off) => Decimal::ONE.checked_sub(*off),
            Discount::Zhe(pay) => Some(*pay),
            Discount::Amount(_) => None,
        }
    }

    /// The amount off, for an amount discount.
    pub fn amount(&self) -> Option<&Money> {
        match self {
            Discount::Amount(money) => Some(money),
            _ => None,
        }
    }

    /// Reads a written discount: `"9%"`, `"9% off"`, `"8.5折"`, `"85折"`, `"¥30"`, `"30"`.
    pub fn parse(text: &str) -> Result<Discount, ValueError> {
        let text = text.trim_ascii();
        if text.is_empty() {
            return Err(EXPECT.empty());
        }
        if let Some(e) = number::fullwidth(text, &|t| Discount::parse(t).is_ok()) {
            return Err(e);
        }
        if let Some(e) = whole_tier(text) {
            return Err(e);
        }
        if text.contains('折') {
            return parse_zhe(text);
        }
        if let Some(rest) = ["立减", "直降", "减"]
            .iter()
            .find_map(|w| text.strip_prefix(w))
        {
            let rest = rest.trim_ascii();
            if Discount::parse(rest).is_ok() {
                return Err(ValueError::with_help(
                    crate::msg!("value-discount-named", shown = text),
                    write(rest),
                ));
            }
        }
        let (body, off) = match text
            .len()
            .checked_sub(3)
            .and_then(|i| text.split_at_checked(i))
        {
            Some((body, tail)) if tail.eq_ignore_ascii_case("off") => (body.trim_ascii_end(), true),
            _ => (text, false),
        };
        if body.contains(number::is_percent_sign) {
            return percent_off(body);
        }
        if off && number::lex(body).is_some_and(|lx| lx.is_bare()) {
            let number = body.trim_ascii();
            return Err(ValueError::with_help(
                crate::msg!("value-discount-off-unclear", shown = text),
                crate::msg!("value-help-discount-off-unclear", number = number),
            ));
        }
        amount_off(text)
    }

    /// Reads a discount from the loaded document: a string as [`Discount::parse`], or a
    /// JSON number as an amount off (a number between 0 and 1 is ambiguous and rejected).
    pub fn from_json(value: &Value) -> Result<Discount, ValueError> {
        match value {
            Value::String(s) => Discount::parse(s),
            Value::Number(n) => {
                let (shown, value) = number::json_number(n)?;
                if let Some(e) = ambiguous_fraction(&shown, value) {
                    return Err(e);
                }
                let money = money::from_json_as(&Value::Number(n.clone()), &EXPECT)?;
                saves_something(&shown, money)
            }
            other => Err(EXPECT.wrong_kind(other)),
        }
    }
}

impl fmt::Display for Discount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Discount::Percent(off) => write!(f, "{}", Percent::from_ratio(*off)),
            Discount::Zhe(pay) => match pay.checked_mul(Decimal::TEN) {
                Some(zhe) => write!(f, "{}折", show(zhe)),
                None => write!(f, "{}", Percent::from_ratio(*pay)),
            },
            // A bare amount below 1 would read back as a fraction: it keeps its currency.
            Discount::Amount(money) if money.amount < Decimal::ONE => match money.sign {
                Some(money::CurrencySign::YuanWord) => write!(f, "{money}元"),
                Some(sign) => write!(f, "{}{money}", sign.symbol()),
                None => write!(f, "¥{money}"),
            },
            Discount::Amount(money) => write!(f, "{money}"),
        }
    }
}

// A bare number is an amount off of at least 1: below that it saves nothing (0) or is
// ambiguous (0.15), so the schema stage asks the parser why.
value_type!(
    Discount,
    name: "Discount",
    format: "campspec-discount",
    expect: EXPECT,
    type: ["string", "number"],
    description: description!(),
    examples: ["9%", "9% off", "8.5折", "85折", "5折", 30, "¥30", "30元"],
    extra: { "minimum": 1 },
);

/// `满299减30`: a whole spend tier written where only its discount goes.
fn whole_tier(text: &str) -> Option<ValueError> {
    let (spend, discount) = text.strip_prefix('满')?.split_once(['减', '享', '打'])?;
    let (spend, discount) = (spend.trim_ascii(), discount.trim_ascii());
    if Discount::parse(discount).is_err() {
        return None;
    }
    Some(ValueError::with_help(
        crate::msg!("value-discount-whole-tier", shown = text),
        crate::msg!(
            "value-help-discount-whole-tier",
            spend = spend,
            discount = discount
        ),
    ))
}

/// `"9%"`: more than 0% and at most 100% off.
fn percent_off(text: &str) -> Result<Discount, ValueError> {
    let off = Percent::parse(text)?.ratio();
    if off.is_zero() {
        return Err(ValueError::with_help(
            crate::msg!("value-saves-nothing", shown = text),
            crate::msg!("value-help-percent-off"),
        ));
    }
    if off < Decimal::ZERO {
        return Err(ValueError::with_help(
            crate::msg!("value-discount-negative", shown = text),
            write(text.trim_start_matches(['-', '−'])),
        ));
    }
    if off > Decimal::ONE {
        return Err(ValueError::with_help(
            crate::msg!("value-discount-over-price", shown = text),
            crate::msg!("value-help-at-most-100"),
        ));
    }
    Ok(Discount::Percent(off))
}

/// `0.15`: 15% off, or an amount of 0.15?
fn ambiguous_fraction(shown: &str, value: Decimal) -> Option<ValueError> {
    if value <= Decimal::ZERO || value >= Decimal::ONE {
        return None;
    }
    let percent = show(value.checked_mul(Decimal::ONE_HUNDRED)?);
    Some(ValueError::with_help(
        crate::msg!(
            "value-discount-ambiguous",
            shown = shown,
            percent = percent.as_str()
        ),
        crate::msg!(
            "value-help-discount-ambiguous",
            shown = shown,
            percent = percent.as_str()
        ),
    ))
}

/// `30`, `"¥30"`, `"30元"`: an amount off, more than zero.
fn amount_off(text: &str) -> Result<Discount, ValueError> {
    let bare = number::lex(text)
        .filter(|lx| lx.is_bare())
        .and_then(|lx| lx.value(&EXPECT).ok());
    if let Some(e) = bare.and_then(|value| ambiguous_fraction(text, value)) {
        return Err(e);
    }
    let money = money::parse_as(text, &EXPECT)?;
    saves_something(text, money)
}

fn saves_something(shown: &str, money: Money) -> Result<Discount, ValueError> {
    if money.amount.is_zero() {
        return Err(ValueError::with_help(
            crate::msg!("value-saves-nothing", shown = shown),
            crate::msg!("value-help-amount-off"),
        ));
    }
    Ok(Discount::Amount(money))
}

/// `"8.5折"`, `"85折"`, `"9折"`.
fn parse_zhe(text: &str) -> Result<Discount, ValueError> {
    let Some(body) = text.strip_suffix('折') else {
        return Err(zhe_hint(text));
    };
    let body = body.trim_ascii_end();
    if body.is_empty() || body.contains('折') {
        return Err(zhe_hint(text));
    }
    if let Some(rest) = body.strip_prefix('打') {
        let fixed = format!("{}折", rest.trim_ascii());
        if Discount::parse(&fixed).is_ok() {
            return Err(ValueError::with_help(
                crate::msg!("value-zhe-word-before", shown = text),
                write(&fixed),
            ));
        }
        return Err(EXPECT_ZHE.not_a(text));
    }
    if !body.is_ascii() {
        let digits: Option<String> = body
            .chars()
            .map(|c| {
                if c == '点' {
                    Some('.')
                } else {
                    number::chinese_digit(c)
                }
            })
            .collect();
        let message = crate::msg!("value-chinese-numerals", shown = text);
        return Err(match digits.map(|d| format!("{d}折")) {
            Some(fixed) if Discount::parse(&fixed).is_ok() => {
                ValueError::with_help(message, write(&fixed))
            }
            _ => ValueError::with_help(message, ZHE_HELP),
        });
    }
    zhe_value(text, body).map(Discount::Zhe)
}

const EXPECT_ZHE: Expect = Expect {
    noun: words("value-noun-zhe"),
    help: words("value-help-zhe"),
};

/// `8.5折优惠`, `折扣8折`: 折 somewhere else than at the end.
fn zhe_hint(text: &str) -> ValueError {
    let start = text
        .char_indices()
        .find(|(_, c)| c.is_ascii_digit())
        .map(|(i, _)| i);
    let candidate = start.and_then(|i| {
        let rest = text.get(i..)?;
        let end = rest.find('折')?;
        Some(format!("{}折", rest.get(..end)?.trim_ascii()))
    });
    match candidate {
        Some(fixed) if Discount::parse(&fixed).is_ok() => ValueError::with_help(
            crate::msg!("value-zhe-more-than-value", shown = text),
            write(&fixed),
        ),
        _ => EXPECT_ZHE.not_a(text),
    }
}

/// The ratio paid for the digits before 折, by the rules of FORMAT.md: one digit 1–9 is
/// X/10, `X.Y` is X.Y/10, two digits 11–99 not ending in 0 are XY/100.
fn zhe_value(text: &str, body: &str) -> Result<Decimal, ValueError> {
    if !body.bytes().all(|b| b.is_ascii_digit() || b == b'.') || body.starts_with('.') {
        return Err(EXPECT_ZHE.not_a(text));
    }
    let Ok(value) = Decimal::from_str_exact(body) else {
        return Err(EXPECT_ZHE.not_a(text));
    };
    let (int, frac) = match body.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (body, None),
    };
    // A 折 is tenths (or, with two digits, hundredths) of the price.
    let tenths = value.checked_div(Decimal::TEN).unwrap_or_default();
    let hundredths = value.checked_div(Decimal::ONE_HUNDRED).unwrap_or_default();
    let percent_off = |pay: Decimal| {
        Decimal::ONE
            .checked_sub(pay)
            .and_then(|off| off.checked_mul(Decimal::ONE_HUNDRED))
            .map(|off| crate::msg!("value-write-percent-off", percent = show(off)))
            .unwrap_or(ZHE_HELP)
    };
    if int == "10" && frac.is_none_or(|f| f.bytes().all(|b| b == b'0')) {
        return Err(ValueError::with_help(
            crate::msg!("value-zhe-full-price", shown = text),
            crate::msg!("value-help-zhe-below-10"),
        ));
    }
    if int == "10" {
        return Err(EXPECT_ZHE.not_a(text));
    }
    if value < Decimal::ONE && (int.len() <= 1 || value.is_zero()) {
        return Err(ValueError::with_help(
            crate::msg!("value-zhe-below-one", shown = text),
            percent_off(tenths),
        ));
    }
    match (int.len(), frac) {
        (1, None) => Ok(tenths),
        (1, Some(f)) if f.len() == 1 => Ok(tenths),
        (1, Some(f)) if f.len() > 1 => Err(ValueError::with_help(
            crate::msg!("value-zhe-decimal-places", shown = text, places = f.len()),
            percent_off(tenths),
        )),
        (2, None) if int.ends_with('0') => Err(ValueError::with_help(
            crate::msg!("value-zhe-ends-in-zero", shown = text),
            write(&format!("{}折", int.get(..1).unwrap_or(int))),
        )),
        (2, None) if !int.starts_with('0') => Ok(hundredths),
        (2, Some(_)) if !int.starts_with('0') => Err(ValueError::with_help(
            crate::msg!("value-zhe-decimals-after-two", shown = text),
            percent_off(hundredths),
        )),
        _ => Err(EXPECT_ZHE.not_a(text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    fn ok(text: &str) -> Discount {
        Discount::parse(text).unwrap_or_else(|e| panic!("{text}: {}", e.message))
    }

    fn err(text: &str) -> (String, Option<String>) {
        let e = Discount::parse(text).unwrap_err();
        (e.message_en(), e.help_en())
    }

    #[test]
    fn percent_off_forms() {
        for text in ["9%", "9% off", "9%off", "9 % OFF", "9％"] {
            assert_eq!(ok(text), Discount::Percent(d("0.09")), "{text}");
            assert_eq!(ok(text).to_string(), "9%");
        }
        assert_eq!(ok("100%"), Discount::Percent(d("1")));
        assert_eq!(ok("22%").pay_ratio(), Some(d("0.78")));
        assert_eq!(ok("22%").off_ratio(), Some(d("0.22")));
        assert_eq!(ok("0.5%").to_string(), "0.5%");
    }

    #[test]
    fn zhe_forms() {
        let cases = [
            ("8.5折", "0.85", "8.5折"),
            ("85折", "0.85", "8.5折"),
            ("9折", "0.9", "9折"),
            ("9.5折", "0.95", "9.5折"),
            ("95折", "0.95", "9.5折"),
            ("5折", "0.5", "5折"),
            ("1折", "0.1", "1折"),
            ("9.9折", "0.99", "9.9折"),
            ("99折", "0.99", "9.9折"),
            ("11折", "0.11", "1.1折"),
            ("8.0折", "0.8", "8折"),
            ("6.5 折", "0.65", "6.5折"),
        ];
        for (text, pay, canonical) in cases {
            let discount = ok(text);
            assert_eq!(discount, Discount::Zhe(d(pay)), "{text}");
            assert_eq!(discount.pay_ratio(), Some(d(pay)));
            assert_eq!(discount.off_ratio(), Some(Decimal::ONE - d(pay)));
            assert_eq!(discount.to_string(), canonical, "{text}");
            assert_eq!(ok(canonical), discount);
        }
        assert_eq!(ok("85折").off_ratio(), Some(d("0.15")));
        assert_eq!(ok("85折"), ok("8.5折"));
    }

    #[test]
    fn amount_off_forms() {
        for (text, sign) in [
            ("30", None),
            ("¥30", Some(money::CurrencySign::Yuan)),
            ("$30", Some(money::CurrencySign::Dollar)),
            ("30元", Some(money::CurrencySign::YuanWord)),
        ] {
            let discount = ok(text);
            let money = discount.amount().unwrap();
            assert_eq!(money.amount, d("30"));
            assert_eq!(money.sign, sign);
            assert_eq!(discount.off_ratio(), None);
            assert_eq!(discount.pay_ratio(), None);
            assert_eq!(discount.to_string(), "30");
        }
        assert_eq!(ok("1").amount().unwrap().amount, d("1"));
        assert_eq!(ok("¥0.15").amount().unwrap().amount, d("0.15"));
        // Found by fuzzing (`fuzz/`): shown as `0.5`, which reads as a fraction.
        for (text, shown) in [("€00.5", "€0.5"), ("0.5元", "0.5元"), ("¥0.15", "¥0.15")] {
            assert_eq!(ok(text).to_string(), shown);
            assert_eq!(ok(shown), ok(text));
        }
        assert_eq!(Discount::from_json(&json!(30)), Ok(ok("30")));
        assert_eq!(Discount::from_json(&json!(50.5)), Ok(ok("50.5")));
        assert_eq!(Discount::from_json(&json!("8.5折")), Ok(ok("8.5折")));
        assert_eq!(ok("9%").amount(), None);
    }

    #[test]
    fn rejects_a_bare_fraction() {
        let expected = (
            "`0.15` is ambiguous: it could be 15% off or an amount of 0.15".to_owned(),
            Some("write \"15%\" for percent off, or \"¥0.15\" for an amount".to_owned()),
        );
        assert_eq!(err("0.15"), expected);
        let e = Discount::from_json(&json!(0.15)).unwrap_err();
        assert_eq!((e.message_en(), e.help_en()), expected);
    }

    #[test]
    fn rejects_discounts_that_save_nothing_or_too_much() {
        assert_eq!(
            err("0%"),
            (
                "`0%` saves nothing".into(),
                Some("write the percentage off, such as \"10%\"".into())
            )
        );
        assert_eq!(
            err("0"),
            (
                "`0` saves nothing".into(),
                Some("write the amount off, such as 30".into())
            )
        );
        assert_eq!(
            Discount::from_json(&json!(0)).unwrap_err().message,
            "`0` saves nothing"
        );
        assert_eq!(
            err("110%"),
            (
                "`110%` is more than the whole price".into(),
                Some("write at most \"100%\"".into())
            )
        );
        assert_eq!(
            err("-5%"),
            (
                "`-5%` is negative; a discount is what the customer saves".into(),
                Some("write \"5%\"".into())
            )
        );
        assert_eq!(err("-30").0, "`-30` is a negative amount");
        assert_eq!(
            Discount::from_json(&json!(-30)).unwrap_err().message,
            "`-30` is a negative amount"
        );
    }

    #[test]
    fn rejects_zhe_outside_the_rules() {
        assert_eq!(
            err("90折"),
            (
                "`90折` is ambiguous: a two-digit 折 does not end in 0".into(),
                Some("write \"9折\"".into())
            )
        );
        assert_eq!(
            err("10折"),
            (
                "`10折` is the full price, which saves nothing".into(),
                Some("write a 折 below 10折, such as \"9折\"".into())
            )
        );
        assert_eq!(
            err("0.5折"),
            (
                "`0.5折` is below 1折; 折 takes 1 to 9.9".into(),
                Some("write \"95%\" (percent off)".into())
            )
        );
        assert_eq!(err("0折").1, Some("write \"100%\" (percent off)".into()));
        assert_eq!(err("00折").1, Some("write \"100%\" (percent off)".into()));
        assert_eq!(
            err("8.55折"),
            (
                "`8.55折` has 2 decimal places; 折 takes one (8.5折) or two digits (85折)".into(),
                Some("write \"14.5%\" (percent off)".into())
            )
        );
        assert_eq!(
            err("85.5折").1,
            Some("write \"14.5%\" (percent off)".into())
        );
        for text in [
            "100折", "10.5折", "850折", "-8折", "8,5折", ".5折", "折", "05折", "8.折",
        ] {
            let (message, help) = err(text);
            assert_eq!(message, format!("`{text}` is not a 折"), "{text}");
            assert_eq!(help, Some(ZHE_HELP.en()));
        }
    }

    #[test]
    fn explains_zhe_in_words() {
        assert_eq!(
            err("八五折"),
            (
                "`八五折` is written in Chinese numerals".into(),
                Some("write \"85折\"".into())
            )
        );
        assert_eq!(err("八折").1, Some("write \"8折\"".into()));
        assert_eq!(err("八点五折").1, Some("write \"8.5折\"".into()));
        assert_eq!(err("十折").1, Some(ZHE_HELP.en()));
        assert_eq!(
            err("打8折"),
            (
                "`打8折` has a word before the 折".into(),
                Some("write \"8折\"".into())
            )
        );
        assert_eq!(
            err("8.5折优惠"),
            (
                "`8.5折优惠` has more than the 折 value".into(),
                Some("write \"8.5折\"".into())
            )
        );
        assert_eq!(
            err("立减30元"),
            (
                "`立减30元` says what the discount is called; write only how much it is".into(),
                Some("write \"30元\"".into())
            )
        );
    }

    #[test]
    fn rejects_other_forms() {
        assert_eq!(
            err(""),
            (
                "expected a discount, found an empty value".into(),
                Some("write a discount such as \"9%\", \"8.5折\" or 30".into())
            )
        );
        assert_eq!(err("free").0, "`free` is not a discount");
        assert_eq!(
            err("30 off"),
            (
                "`30 off` does not say whether it is a percentage or an amount".into(),
                Some("write \"30%\" for percent off, or \"30\" for an amount off".into())
            )
        );
        assert_eq!(err("15%%").0, "`15%%` has more than one percent sign");
        assert_eq!(err("off").0, "`off` is not a discount");
        assert_eq!(
            err("满299减30"),
            (
                "`满299减30` is a whole tier; the spend and the discount are written separately"
                    .into(),
                Some("put 299 in `spend` and write \"30\" here".into())
            )
        );
        assert_eq!(
            err("满599享85折").1,
            Some("put 599 in `spend` and write \"85折\" here".into())
        );
        assert_eq!(err("９折").1, Some("write \"9折\"".into()));
        assert_eq!(err("$5元").0, "`$5元` mixes two currencies: `$` and `元`");
        assert_eq!(
            err("0.001元").0,
            "`0.001元` has more than two decimal places; money is counted in whole cents"
        );
        assert_eq!(
            Discount::from_json(&json!({})).unwrap_err().message,
            "expected a discount, found a mapping"
        );
    }
}
