//! Percent: a percentage written with its `%` sign, held as an exact ratio (15% is 0.15).

use std::fmt;

use rust_decimal::Decimal;
use serde_json::Value;

use super::number::{self, Sign, show, write};
use super::{Expect, ValueError, words};
#[allow(unused_imports)]
use crate::i18n::Msg;

macro_rules! description {
    () => {
        "A percentage, always written with its % sign: \"15%\", \"8.5%\", \"-5%\" or \"150%\". A bare number such as 15 or 0.15 is rejected because readers would take it differently."
    };
}

pub(crate) const EXPECT: Expect = Expect {
    noun: words("value-noun-percent"),
    help: words("value-help-percent"),
};

#[doc = description!()]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Percent(Decimal);

impl Percent {
    /// The ratio: 0.15 for 15%.
    pub fn ratio(&self) -> Decimal {
        self.0
    }

    /// The percentage whose ratio is `ratio` (0.15 → 15%).
    pub fn from_ratio(ratio: Decimal) -> Percent {
        Percent(ratio)
    }

    /// Reads a written percentage: `"15%"`, `"8.5 %"`, `"-5%"`, `"15％"`.
    pub fn parse(text: &str) -> Result<Percent, ValueError> {
        let text = text.trim_ascii();
        if text.is_empty() {
            return Err(EXPECT.empty());
        }
        if let Some(e) = number::fullwidth(text, &|t| Percent::parse(t).is_ok()) {
            return Err(e);
        }
        let Some(lx) = number::lex(text) else {
            return Err(in_words(text).unwrap_or_else(|| EXPECT.not_a(text)));
        };
        if !lx.prefix.is_empty() || lx.multiplier.is_some() {
            return Err(EXPECT.not_a(text));
        }
        let value = lx.signed_value(&EXPECT)?;
        match lx.suffix {
            "%" | "％" => {}
            "" => return Err(bare_number(text, value)),
            suffix => return Err(suffix_error(text, suffix, &lx.number_surface(), lx.sign)),
        }
        let ratio = value
            .checked_div(Decimal::ONE_HUNDRED)
            .filter(|r| r.checked_mul(Decimal::ONE_HUNDRED) == Some(value))
            .ok_or_else(|| {
                ValueError::with_help(
                    crate::msg!("value-too-many-digits", shown = text),
                    EXPECT.help,
                )
            })?;
        in_range(text, value)?;
        Ok(Percent(ratio))
    }

    /// Reads a percentage from the loaded document: a string as [`Percent::parse`]. A JSON
    /// number is a bare number and is rejected with the form to write.
    pub fn from_json(value: &Value) -> Result<Percent, ValueError> {
        match value {
            Value::String(s) => Percent::parse(s),
            Value::Number(n) => {
                let (shown, value) = number::json_number(n)?;
                Err(bare_number(&shown, value))
            }
            other => Err(EXPECT.wrong_kind(other)),
        }
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.checked_mul(Decimal::ONE_HUNDRED) {
            Some(value) => write!(f, "{}%", show(value)),
            None => write!(f, "{}×100%", show(self.0)),
        }
    }
}

/// The largest percentage read, exclusive: 1,000,000% (ten thousand times).
const MAX_PERCENT: Decimal = Decimal::from_parts(1_000_000, 0, 0, false, 0);
/// The most decimal places a percentage is written with.
const MAX_DECIMALS: u32 = 6;

/// A percentage is below 1,000,000% either way and has at most six decimal places: far
/// beyond any plan, and what keeps the checks' products and quotients of percentages
/// and amounts within exact arithmetic.
fn in_range(text: &str, value: Decimal) -> Result<(), ValueError> {
    if value.abs() >= MAX_PERCENT {
        return Err(ValueError::with_help(
            crate::msg!("value-percent-too-large", shown = text),
            crate::msg!("value-help-percent-between"),
        ));
    }
    if value.normalize().scale() > MAX_DECIMALS {
        return Err(ValueError::with_help(
            crate::msg!(
                "value-percent-decimals",
                shown = text,
                places = MAX_DECIMALS
            ),
            write(&format!("{}%", show(value.round_dp(MAX_DECIMALS)))),
        ));
    }
    Ok(())
}

value_type!(
    Percent,
    name: "Percent",
    format: "campspec-percent",
    expect: EXPECT,
    type: "string",
    description: description!(),
    examples: ["15%", "8.5%", "-5%", "150%"],
);

/// The error for a number written without `%`: `15` or `0.15`. For a number between 0
/// and 1 the help offers both readings, the fraction first.
pub(crate) fn bare_number(shown: &str, value: Decimal) -> ValueError {
    let message = crate::msg!("value-percent-bare", shown = shown);
    let as_written = format!("{}%", show(value));
    let help = match value.checked_mul(Decimal::ONE_HUNDRED) {
        Some(hundred) if value > Decimal::ZERO && value <= Decimal::ONE => crate::msg!(
            "value-percent-bare-help",
            fraction = format!("{}%", show(hundred)),
            shown = shown,
            as_written = as_written.as_str(),
        ),
        _ => write(&as_written),
    };
    let error = ValueError::with_help(message, help);
    // Between 0 and 1 the number reads two ways (`0.15`: 15% or 0.15%): no fix.
    if value > Decimal::ONE || value == Decimal::ZERO {
        let title = crate::msg!(
            "fix-percent-sign",
            value = shown,
            fixed = as_written.as_str()
        );
        error.replace(shown, as_written.clone(), true, title)
    } else {
        error
    }
}

/// `15 percent`, `15pct`, `5个百分点`: the percent sign spelled out.
fn suffix_error(text: &str, suffix: &str, number: &str, sign: Option<Sign>) -> ValueError {
    const WORDS: [&str; 6] = ["percent", "per cent", "pct", "个百分点", "百分点", "pp"];
    let minus = if sign == Some(Sign::Minus) { "-" } else { "" };
    if WORDS.iter().any(|w| w.eq_ignore_ascii_case(suffix)) {
        return ValueError::with_help(
            crate::msg!("value-percent-spelt-out", shown = text),
            write(&format!("{minus}{number}%")),
        );
    }
    if suffix
        .chars()
        .filter(|c| number::is_percent_sign(*c))
        .count()
        > 1
        && suffix.chars().all(number::is_percent_sign)
    {
        return ValueError::with_help(
            crate::msg!("value-percent-two-signs", shown = text),
            write(&format!("{minus}{number}%")),
        );
    }
    EXPECT.not_a(text)
}

/// `百分之十五`, `十五%`: a percentage in Chinese numerals.
fn in_words(text: &str) -> Option<ValueError> {
    let ok = |t: &str| Percent::parse(t).is_ok();
    if let Some(rest) = text.strip_prefix("百分之") {
        let number = number::chinese_number(rest.trim_ascii())?;
        let fixed = format!("{number}%");
        return Some(ValueError::with_help(
            crate::msg!("value-chinese-numerals", shown = text),
            if ok(&fixed) {
                write(&fixed)
            } else {
                EXPECT.help
            },
        ));
    }
    number::chinese_numerals(text, &[], &[("%", "%"), ("％", "%")], &ok, &EXPECT)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    fn err(text: &str) -> (String, Option<String>) {
        let e = Percent::parse(text).unwrap_err();
        (e.message_en(), e.help_en())
    }

    #[test]
    fn accepts_every_written_form() {
        let cases = [
            ("15%", "0.15", "15%"),
            ("8.5%", "0.085", "8.5%"),
            ("-5%", "-0.05", "-5%"),
            ("+20%", "0.2", "20%"),
            ("150%", "1.5", "150%"),
            ("15％", "0.15", "15%"),
            ("15 %", "0.15", "15%"),
            ("0%", "0", "0%"),
            ("15.0%", "0.15", "15%"),
            ("100%", "1", "100%"),
            (" 3.2% ", "0.032", "3.2%"),
            ("0.15%", "0.0015", "0.15%"),
            ("1,000%", "10", "1000%"),
        ];
        for (text, ratio, canonical) in cases {
            let p = Percent::parse(text).unwrap_or_else(|e| panic!("{text}: {}", e.message));
            assert_eq!(p.ratio(), d(ratio), "{text}");
            assert_eq!(p.to_string(), canonical, "{text}");
            assert_eq!(Percent::from_json(&json!(text)), Ok(p));
        }
    }

    #[test]
    fn ratio_round_trips() {
        assert_eq!(Percent::from_ratio(d("0.15")).to_string(), "15%");
        assert_eq!(
            Percent::from_ratio(d("0.085")),
            Percent::parse("8.5%").unwrap()
        );
        assert!(Percent::parse("8%").unwrap() < Percent::parse("15%").unwrap());
    }

    #[test]
    fn rejects_bare_numbers() {
        assert_eq!(
            err("15"),
            (
                "`15` is a bare number, which is ambiguous for a percentage".into(),
                Some("write \"15%\"".into())
            )
        );
        assert_eq!(
            err("0.15"),
            (
                "`0.15` is a bare number, which is ambiguous for a percentage".into(),
                Some("write \"15%\" (0.15 as a fraction) or \"0.15%\"".into())
            )
        );
        assert_eq!(
            err("1").1,
            Some("write \"100%\" (1 as a fraction) or \"1%\"".into())
        );
        assert_eq!(err("0").1, Some("write \"0%\"".into()));
        assert_eq!(err("-5").1, Some("write \"-5%\"".into()));
        assert_eq!(err("-0.15").1, Some("write \"-0.15%\"".into()));
        let e = Percent::from_json(&json!(15)).unwrap_err();
        assert_eq!(
            e.message,
            "`15` is a bare number, which is ambiguous for a percentage"
        );
        assert_eq!(e.help_en().as_deref(), Some("write \"15%\""));
        let e = Percent::from_json(&json!(0.15)).unwrap_err();
        assert_eq!(
            e.message,
            "`0.15` is a bare number, which is ambiguous for a percentage"
        );
        assert_eq!(
            e.help_en().as_deref(),
            Some("write \"15%\" (0.15 as a fraction) or \"0.15%\"")
        );
    }

    #[test]
    fn rejects_spelled_out_and_doubled_signs() {
        assert_eq!(
            err("15 percent"),
            (
                "`15 percent` spells out the percent sign".into(),
                Some("write \"15%\"".into())
            )
        );
        assert_eq!(err("15pct").1, Some("write \"15%\"".into()));
        assert_eq!(err("-2 Percent").1, Some("write \"-2%\"".into()));
        assert_eq!(err("5个百分点").1, Some("write \"5%\"".into()));
        assert_eq!(
            err("15%%"),
            (
                "`15%%` has more than one percent sign".into(),
                Some("write \"15%\"".into())
            )
        );
        assert_eq!(err("15 %%").1, Some("write \"15%\"".into()));
    }

    #[test]
    fn rejects_other_forms() {
        assert_eq!(
            err(""),
            (
                "expected a percentage, found an empty value".into(),
                Some("write a percentage such as \"15%\"".into())
            )
        );
        assert_eq!(err("%15").0, "`%15` is not a percentage");
        assert_eq!(err("15% off").0, "`15% off` is not a percentage");
        assert_eq!(err("about 15%").0, "`about 15%` is not a percentage");
        assert_eq!(err("15万%").0, "`15万%` is not a percentage");
        assert_eq!(err("high").0, "`high` is not a percentage");
        assert_eq!(
            err("１５％"),
            (
                "`１５％` is written with fullwidth digits".into(),
                Some("write \"15%\"".into())
            )
        );
        assert_eq!(
            err("百分之十五"),
            (
                "`百分之十五` is written in Chinese numerals".into(),
                Some("write \"15%\"".into())
            )
        );
        assert_eq!(err("十五%").1, Some("write \"15%\"".into()));
        assert_eq!(err("1,50%").1, Some("write \"1.50%\" or \"150%\"".into()));
        assert_eq!(
            Percent::from_json(&json!(null)).unwrap_err().message,
            "expected a percentage, found an empty value"
        );
    }

    #[test]
    fn rejects_percentages_beyond_a_million_or_six_decimals() {
        assert_eq!(
            Percent::parse("999999.999999%").unwrap().ratio(),
            Decimal::from_str_exact("9999.99999999").unwrap()
        );
        assert!(Percent::parse("-999999%").is_ok());
        for text in ["1000000%", "-1000000%", "79228162514264337593543950335%"] {
            assert_eq!(
                err(text),
                (
                    format!("`{text}` is too large for a percentage"),
                    Some("write a percentage between -1,000,000% and 1,000,000%".into())
                ),
                "{text}"
            );
        }
        assert_eq!(
            err("0.0000001%"),
            (
                "`0.0000001%` has more than 6 decimal places".into(),
                Some("write \"0%\"".into())
            )
        );
        assert_eq!(err("12.3456789%").1, Some("write \"12.345679%\"".into()));
    }

    #[test]
    fn rejects_digits_a_ratio_cannot_hold() {
        assert_eq!(
            err("0.0000000000000000000000000001%").0,
            "`0.0000000000000000000000000001%` has too many digits"
        );
    }
}
