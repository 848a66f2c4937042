//! Count: a whole number of things (units, people, orders), written in digits with 万/亿.

use std::fmt;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde_json::Value;

use super::number::{self, Lexed, Sign, show, write, write_either};
use super::{Expect, ValueError, words};
#[allow(unused_imports)]
use crate::i18n::Msg;

macro_rules! description {
    () => {
        "A whole number of things, zero or more: 5000, \"12,000\", \"5万\" (50,000) or \"1.2万\" (12,000)."
    };
}

pub(crate) const EXPECT: Expect = Expect {
    noun: words("value-noun-count"),
    help: words("value-help-count"),
};

/// The unit words a count of a goal may carry: `5000件`, `30万人`.
pub(crate) const UNIT_WORDS: [&str; 11] = [
    "件", "个", "人", "单", "次", "份", "部", "张", "位", "名", "笔",
];

#[doc = description!()]
///
/// A value whose 万/亿 leaves a fraction (`1.23456万` is 12345.6) is rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Count(pub u64);

impl Count {
    /// Reads a written count: `5000`, `"12,000"`, `"1.2万"`, `"2亿"`.
    pub fn parse(text: &str) -> Result<Count, ValueError> {
        parse_counted(text, &EXPECT, false).map(|(n, _)| Count(n))
    }

    /// Reads a count from the loaded document: a string as [`Count::parse`], or a
    /// non-negative whole JSON number.
    pub fn from_json(value: &Value) -> Result<Count, ValueError> {
        match value {
            Value::String(s) => Count::parse(s),
            Value::Number(n) => {
                let (shown, value) = number::json_number(n)?;
                if value < Decimal::ZERO {
                    return Err(ValueError::with_help(
                        crate::msg!("value-negative-count", shown = shown),
                        crate::msg!("value-write-bare", text = show(value.abs())),
                    ));
                }
                whole(&shown, value, false).map(Count)
            }
            other => Err(EXPECT.wrong_kind(other)),
        }
    }
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

value_type!(
    Count,
    name: "Count",
    format: "campspec-count",
    expect: EXPECT,
    type: ["string", "integer"],
    description: description!(),
    examples: [5000, "12,000", "5万", "1.2万"],
    extra: { "minimum": 0 },
);

/// Reads a count, and the unit word after it when `unit_words` allows one (`5000件`).
pub(crate) fn parse_counted<'a>(
    text: &'a str,
    ex: &Expect,
    unit_words: bool,
) -> Result<(u64, Option<&'a str>), ValueError> {
    let text = text.trim_ascii();
    if text.is_empty() {
        return Err(ex.empty());
    }
    let ok = |t: &str| parse_counted(t, ex, unit_words).is_ok();
    if let Some(e) = number::fullwidth(text, &ok) {
        return Err(e);
    }
    if text.contains(number::is_percent_sign) {
        return Err(ValueError::with_help(
            crate::msg!("value-count-is-percentage", shown = text),
            ex.help.clone(),
        ));
    }
    let Some(lx) = number::lex(text) else {
        let words: Vec<(&str, &str)> = UNIT_WORDS
            .iter()
            .map(|w| (*w, if unit_words { *w } else { "" }))
            .collect();
        return Err(
            number::chinese_numerals(text, &[], &words, &ok, ex).unwrap_or_else(|| ex.not_a(text))
        );
    };
    let unit = unit_word(&lx, ex, unit_words, &ok)?;
    match lx.sign {
        Some(Sign::Minus) => {
            return Err(ValueError::with_help(
                crate::msg!("value-negative-count", shown = text),
                write(&lx.unsigned()),
            ));
        }
        Some(Sign::Plus) => {
            return Err(ValueError::with_help(
                crate::msg!("value-count-plus-sign", shown = text),
                write(&lx.unsigned()),
            ));
        }
        None => {}
    }
    let value = lx.value(ex)?;
    let n = whole(text, value, lx.multiplier.is_some())?;
    Ok((n, unit))
}

/// The unit word of a count, or why what surrounds the number is not one.
fn unit_word<'a>(
    lx: &Lexed<'a>,
    ex: &Expect,
    allowed: bool,
    ok: &dyn Fn(&str) -> bool,
) -> Result<Option<&'a str>, ValueError> {
    let text = lx.text;
    if !lx.prefix.is_empty() {
        if matches!(lx.prefix, "¥" | "￥" | "$" | "€" | "£") {
            return Err(ValueError::with_help(
                crate::msg!("value-count-is-money", shown = text),
                write(&lx.number_surface()),
            ));
        }
        return Err(ex.not_a(text));
    }
    let suffix = lx.suffix;
    if suffix.is_empty() {
        return Ok(None);
    }
    if let Some(word) = UNIT_WORDS.iter().find(|w| **w == suffix) {
        if allowed {
            return Ok(Some(suffix));
        }
        return Err(ValueError::with_help(
            crate::msg!("value-count-unit-word", shown = text, word = *word),
            write(&lx.number_surface()),
        ));
    }
    if suffix == "元" {
        return Err(ValueError::with_help(
            crate::msg!("value-count-is-money", shown = text),
            write(&lx.number_surface()),
        ));
    }
    if let Some(e) = number::explain_suffix(lx, ok) {
        return Err(e);
    }
    Err(ex.not_a(text))
}

/// The whole number a non-negative value is, or why it is not one.
pub(crate) fn whole(shown: &str, value: Decimal, scaled: bool) -> Result<u64, ValueError> {
    if !value.fract().is_zero() {
        let message = if scaled {
            crate::msg!("value-scaled-not-whole", shown = shown, value = show(value))
        } else {
            crate::msg!("value-not-whole", shown = shown)
        };
        return Err(ValueError::with_help(
            message,
            write_either(&[show(value.floor()), show(value.ceil())]),
        ));
    }
    value.to_u64().ok_or_else(|| {
        ValueError::with_help(
            crate::msg!("value-count-too-large", shown = shown),
            crate::msg!("value-help-count-below"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn err(text: &str) -> (String, Option<String>) {
        let e = Count::parse(text).unwrap_err();
        (e.message_en(), e.help_en())
    }

    #[test]
    fn accepts_every_written_form() {
        let cases = [
            ("5000", 5000),
            ("0", 0),
            ("5万", 50_000),
            ("1.2万", 12_000),
            ("12,000", 12_000),
            ("2亿", 200_000_000),
            ("1.5 万", 15_000),
            (" 42 ", 42),
            ("18446744073709551615", u64::MAX),
        ];
        for (text, n) in cases {
            assert_eq!(Count::parse(text), Ok(Count(n)), "{text}");
            assert_eq!(Count::from_json(&json!(text)), Ok(Count(n)), "{text}");
        }
        assert_eq!(Count::parse("1.2万").unwrap().to_string(), "12000");
    }

    #[test]
    fn accepts_json_numbers() {
        assert_eq!(Count::from_json(&json!(5000)), Ok(Count(5000)));
        assert_eq!(Count::from_json(&json!(5000.0)), Ok(Count(5000)));
        assert_eq!(Count::from_json(&json!(0)), Ok(Count(0)));
    }

    #[test]
    fn rejects_fractions() {
        assert_eq!(
            err("1.23456万"),
            (
                "`1.23456万` is 12345.6, not a whole number".into(),
                Some("write \"12345\" or \"12346\"".into())
            )
        );
        assert_eq!(
            err("1.5"),
            (
                "`1.5` is not a whole number".into(),
                Some("write \"1\" or \"2\"".into())
            )
        );
        let e = Count::from_json(&json!(1.5)).unwrap_err();
        assert_eq!(e.message, "`1.5` is not a whole number");
        assert_eq!(e.help_en().as_deref(), Some("write \"1\" or \"2\""));
    }

    #[test]
    fn rejects_negative_counts() {
        assert_eq!(
            err("-5"),
            (
                "`-5` is a negative count".into(),
                Some("write \"5\"".into())
            )
        );
        let e = Count::from_json(&json!(-5)).unwrap_err();
        assert_eq!(e.message, "`-5` is a negative count");
        assert_eq!(e.help_en().as_deref(), Some("write 5"));
        assert_eq!(
            err("+5").0,
            "`+5` has a plus sign, which counts do not take"
        );
    }

    #[test]
    fn rejects_overflow() {
        assert_eq!(
            err("18446744073709551616").0,
            "`18446744073709551616` is too large for a count"
        );
        assert_eq!(err("1000000亿亿").0, "`1000000亿亿` is not a count");
        assert_eq!(
            err("100000000000000亿").0,
            "`100000000000000亿` is too large for a count"
        );
        let e = Count::from_json(&json!(1e20)).unwrap_err();
        assert_eq!(
            e.message,
            "`100000000000000000000` is too large for a count"
        );
    }

    #[test]
    fn rejects_other_kinds_of_value() {
        assert_eq!(
            err("15%"),
            (
                "`15%` is a percentage, not a count".into(),
                Some("write a whole number such as 5000 or \"5万\"".into())
            )
        );
        assert_eq!(
            err("¥5000"),
            (
                "`¥5000` is an amount of money, not a count".into(),
                Some("write \"5000\"".into())
            )
        );
        assert_eq!(
            err("5000元").0,
            "`5000元` is an amount of money, not a count"
        );
        assert_eq!(
            err("5000件"),
            (
                "`5000件` has a unit word (件); a count here is the number alone".into(),
                Some("write \"5000\"".into())
            )
        );
        assert_eq!(
            err("五千"),
            (
                "`五千` is written in Chinese numerals".into(),
                Some("write \"5000\"".into())
            )
        );
        assert_eq!(err("五千件").1, Some("write \"5000\"".into()));
        assert_eq!(err("5k").1, Some("write \"5000\"".into()));
        assert_eq!(err("１２").1, Some("write \"12\"".into()));
        assert_eq!(
            err("1,2000").1,
            Some("write \"12,000\" or \"12000\"".into())
        );
        assert_eq!(err("").0, "expected a count, found an empty value");
        assert_eq!(err("lots").0, "`lots` is not a count");
        assert_eq!(
            Count::from_json(&json!([])).unwrap_err().message,
            "expected a count, found a list"
        );
    }

    #[test]
    fn unit_words_when_allowed() {
        assert_eq!(
            parse_counted("5000件", &EXPECT, true),
            Ok((5000, Some("件")))
        );
        assert_eq!(
            parse_counted("30万人", &EXPECT, true),
            Ok((300_000, Some("人")))
        );
        assert_eq!(
            parse_counted("30 万 人", &EXPECT, true),
            Ok((300_000, Some("人")))
        );
        assert_eq!(parse_counted("12", &EXPECT, true), Ok((12, None)));
        assert_eq!(
            parse_counted("五千件", &EXPECT, true)
                .unwrap_err()
                .help_en()
                .as_deref(),
            Some("write \"5000件\"")
        );
        assert!(parse_counted("5000台", &EXPECT, true).is_err());
    }

    #[test]
    fn orders_numerically() {
        assert!(Count(5) < Count(50));
        assert!(Count::parse("1万").unwrap() > Count::parse("9,999").unwrap());
    }
}
