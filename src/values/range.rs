//! Plain numbers (`2.5`) and inclusive ranges of them (`"2..3"`).

use std::fmt;

use rust_decimal::Decimal;
use serde_json::Value;

use super::number::{self, show, write};
use super::{Expect, ValueError, words};
#[allow(unused_imports)]
use crate::i18n::Msg;

mod number_doc {
    macro_rules! description {
        () => {
            "A plain number, exact: 2.5, 45, -10 or \"2.5\"."
        };
    }
    pub(super) use description;
}

pub(crate) const NUMBER_EXPECT: Expect = Expect {
    noun: words("value-noun-number"),
    help: words("value-help-number"),
};

#[doc = number_doc::description!()]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Number(pub Decimal);

impl Number {
    /// Reads a written number: `2.5`, `-10`, `1,000`.
    pub fn parse(text: &str) -> Result<Number, ValueError> {
        let text = text.trim_ascii();
        if text.is_empty() {
            return Err(NUMBER_EXPECT.empty());
        }
        if let Some(e) = number::fullwidth(text, &|t| Number::parse(t).is_ok()) {
            return Err(e);
        }
        number::signed_decimal(text, &NUMBER_EXPECT).map(Number)
    }

    /// Reads a number from the loaded document: a JSON number, or a string as
    /// [`Number::parse`].
    pub fn from_json(value: &Value) -> Result<Number, ValueError> {
        match value {
            Value::String(s) => Number::parse(s),
            Value::Number(n) => number::json_number(n).map(|(_, d)| Number(d)),
            other => Err(NUMBER_EXPECT.wrong_kind(other)),
        }
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&show(self.0))
    }
}

value_type!(
    Number,
    name: "Number",
    format: "campspec-number",
    expect: NUMBER_EXPECT,
    type: ["string", "number"],
    description: number_doc::description!(),
    examples: [2.5, 45, -10, "2.5"],
);

mod range_doc {
    macro_rules! description {
        () => {
            "An inclusive range of numbers written LOW..HIGH, such as \"2..3\" or \"1.5..2\"; the low end is not above the high end."
        };
    }
    pub(super) use description;
}

pub(crate) const RANGE_EXPECT: Expect = Expect {
    noun: words("value-noun-range"),
    help: words("value-help-range"),
};

#[doc = range_doc::description!()]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NumberRange {
    /// The low end, included.
    pub low: Decimal,
    /// The high end, included.
    pub high: Decimal,
}

impl NumberRange {
    /// The range `low..high`, if `low` is not above `high`.
    pub fn new(low: Decimal, high: Decimal) -> Option<NumberRange> {
        (low <= high).then_some(NumberRange { low, high })
    }

    /// Whether `value` is in the range, ends included.
    pub fn contains(&self, value: Decimal) -> bool {
        self.low <= value && value <= self.high
    }

    /// Reads a written range: `"2..3"`, `"1.5..2"`, `"2 .. 3"`.
    pub fn parse(text: &str) -> Result<NumberRange, ValueError> {
        let text = text.trim_ascii();
        if text.is_empty() {
            return Err(RANGE_EXPECT.empty());
        }
        if let Some(e) = number::fullwidth(text, &|t| NumberRange::parse(t).is_ok()) {
            return Err(e);
        }
        if let Some(e) = too_many_dots(text, &|t| NumberRange::parse(t).is_ok()) {
            return Err(e);
        }
        if let Some((a, b)) = split_range(text) {
            let (Some(a), Some(b)) = (a, b) else {
                return Err(missing_end(text));
            };
            if let Some(e) = more_ends(text, b) {
                return Err(e);
            }
            let low = number::signed_decimal(a, &NUMBER_EXPECT)?;
            let high = number::signed_decimal(b, &NUMBER_EXPECT)?;
            if low > high {
                return Err(backwards(text, a, b));
            }
            return Ok(NumberRange { low, high });
        }
        if let Some(e) = other_separator(text, &|t| NumberRange::parse(t).is_ok()) {
            return Err(e);
        }
        if number::signed_decimal(text, &NUMBER_EXPECT).is_ok() {
            return Err(single_number(text));
        }
        Err(RANGE_EXPECT.not_a(text))
    }

    /// Reads a range from the loaded document: a string as [`NumberRange::parse`]; a
    /// number is a single number and is rejected.
    pub fn from_json(value: &Value) -> Result<NumberRange, ValueError> {
        match value {
            Value::String(s) => NumberRange::parse(s),
            Value::Number(n) => {
                let (shown, _) = number::json_number(n)?;
                Err(single_number(&shown))
            }
            other => Err(RANGE_EXPECT.wrong_kind(other)),
        }
    }
}

impl fmt::Display for NumberRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", show(self.low), show(self.high))
    }
}

value_type!(
    NumberRange,
    name: "NumberRange",
    format: "campspec-numberrange",
    expect: RANGE_EXPECT,
    type: "string",
    description: range_doc::description!(),
    examples: ["2..3", "1.5..2"],
);

/// Splits `a..b` into its trimmed ends (`None` for an empty end); `None` without `..`.
pub(crate) fn split_range(text: &str) -> Option<(Option<&str>, Option<&str>)> {
    fn end(s: &str) -> Option<&str> {
        Some(s.trim_ascii()).filter(|s| !s.is_empty())
    }
    let (a, b) = text.split_once("..")?;
    Some((end(a), end(b)))
}

/// `2...3`, `2…3`: three dots for two. The help rewrites it when `ok` accepts that.
pub(crate) fn too_many_dots(text: &str, ok: &dyn Fn(&str) -> bool) -> Option<ValueError> {
    if !text.contains("...") && !text.contains('…') {
        return None;
    }
    let mut fixed = text.replace('…', "..");
    while fixed.contains("...") {
        fixed = fixed.replace("...", "..");
    }
    let message = crate::msg!("value-range-too-many-dots", shown = text);
    Some(if ok(&fixed) {
        ValueError::with_help(message, write(&fixed))
    } else {
        ValueError::with_help(message, RANGE_EXPECT.help)
    })
}

/// Separators people use for ranges instead of `..`.
const SEPARATORS: [&str; 7] = ["~", "～", "至", "到", "–", "—", "-"];

/// `2-3`, `15%~20%`, `3000万至3500万`: a range with another separator, when `ok`
/// accepts it rewritten with `..`.
pub(crate) fn other_separator(text: &str, ok: &dyn Fn(&str) -> bool) -> Option<ValueError> {
    // Skip the first character: it may be a minus sign.
    let (skip, _) = text.char_indices().nth(1)?;
    let rest = text.get(skip..)?;
    SEPARATORS.iter().find_map(|sep| {
        let at = skip.checked_add(rest.find(sep)?)?;
        let a = text.get(..at)?.trim_ascii();
        let b = text.get(at.checked_add(sep.len())?..)?.trim_ascii();
        let fixed = format!("{a}..{b}");
        ok(&fixed).then(|| {
            ValueError::with_help(
                crate::msg!("value-range-separator", shown = text),
                write(&fixed),
            )
        })
    })
}

/// `2..3..4`: a range has two ends.
pub(crate) fn more_ends(text: &str, high: &str) -> Option<ValueError> {
    high.contains("..").then(|| {
        ValueError::with_help(
            crate::msg!("value-range-more-ends", shown = text),
            RANGE_EXPECT.help,
        )
    })
}

/// `3..2`.
pub(crate) fn backwards(text: &str, a: &str, b: &str) -> ValueError {
    ValueError::with_help(
        crate::msg!("value-range-backwards", shown = text),
        write(&format!("{b}..{a}")),
    )
}

/// `2..` or `..3`.
pub(crate) fn missing_end(text: &str) -> ValueError {
    ValueError::with_help(
        crate::msg!("value-range-missing-end", shown = text),
        RANGE_EXPECT.help,
    )
}

fn single_number(shown: &str) -> ValueError {
    ValueError::with_help(
        crate::msg!("value-range-single", shown = shown),
        crate::msg!("value-help-range-single", shown = shown),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    fn err(text: &str) -> (String, Option<String>) {
        let e = NumberRange::parse(text).unwrap_err();
        (e.message_en(), e.help_en())
    }

    #[test]
    fn reads_numbers() {
        for (text, value, canonical) in [
            ("2.5", "2.5", "2.5"),
            ("45", "45", "45"),
            ("-10", "-10", "-10"),
            ("2.50", "2.5", "2.5"),
            ("1,000", "1000", "1000"),
            (" 0 ", "0", "0"),
        ] {
            let n = Number::parse(text).unwrap();
            assert_eq!(n, Number(d(value)));
            assert_eq!(n.to_string(), canonical);
        }
        assert_eq!(Number::from_json(&json!(2.5)), Ok(Number(d("2.5"))));
        assert_eq!(Number::from_json(&json!(-3)), Ok(Number(d("-3"))));
        assert_eq!(Number::from_json(&json!("45")), Ok(Number(d("45"))));
        assert!(Number(d("2")) < Number(d("10")));
    }

    #[test]
    fn rejects_other_numbers() {
        let e = Number::parse("2.5x").unwrap_err();
        assert_eq!(e.message, "`2.5x` is not a number");
        assert_eq!(e.help_en().as_deref(), Some("write a number such as 2.5"));
        assert_eq!(
            Number::parse("").unwrap_err().message,
            "expected a number, found an empty value"
        );
        assert_eq!(
            Number::parse("15%").unwrap_err().message,
            "`15%` is not a number"
        );
        assert_eq!(
            Number::parse("２").unwrap_err().help_en().as_deref(),
            Some("write \"2\"")
        );
        assert_eq!(
            Number::parse("1,00").unwrap_err().help_en().as_deref(),
            Some("write \"1.00\" or \"100\"")
        );
        assert_eq!(
            Number::parse("2万").unwrap_err().help_en().as_deref(),
            Some("write 20000")
        );
        assert_eq!(
            Number::from_json(&json!(true)).unwrap_err().message,
            "expected a number, found `true`"
        );
    }

    #[test]
    fn reads_ranges() {
        for (text, low, high, canonical) in [
            ("2..3", "2", "3", "2..3"),
            ("1.5..2", "1.5", "2", "1.5..2"),
            ("2 .. 3", "2", "3", "2..3"),
            ("2..2", "2", "2", "2..2"),
            ("-1..1", "-1", "1", "-1..1"),
            ("2.0..3.00", "2", "3", "2..3"),
        ] {
            let range = NumberRange::parse(text).unwrap();
            assert_eq!(
                range,
                NumberRange {
                    low: d(low),
                    high: d(high)
                },
                "{text}"
            );
            assert_eq!(range.to_string(), canonical);
            assert_eq!(NumberRange::from_json(&json!(text)), Ok(range));
        }
        let range = NumberRange::parse("2..3").unwrap();
        assert!(range.contains(d("2")) && range.contains(d("3")) && range.contains(d("2.5")));
        assert!(!range.contains(d("3.01")));
        assert_eq!(NumberRange::new(d("3"), d("2")), None);
        assert_eq!(NumberRange::new(d("2"), d("3")), Some(range));
    }

    #[test]
    fn rejects_backwards_ranges() {
        assert_eq!(
            err("3..2"),
            (
                "`3..2` runs backwards".into(),
                Some("write \"2..3\"".into())
            )
        );
        assert_eq!(err("3 .. 2.5").1, Some("write \"2.5..3\"".into()));
    }

    #[test]
    fn rejects_other_separators() {
        for text in ["2-3", "2~3", "2～3", "2至3", "2到3", "2–3", "2 - 3"] {
            assert_eq!(
                err(text),
                (
                    format!("`{text}` is not written as a range: write LOW..HIGH with two dots"),
                    Some("write \"2..3\"".into())
                ),
                "{text}"
            );
        }
        assert_eq!(err("-3-2").1, Some("write \"-3..2\"".into()));
        assert_eq!(
            err("2...3"),
            (
                "`2...3` has too many dots; a range is written LOW..HIGH".into(),
                Some("write \"2..3\"".into())
            )
        );
        assert_eq!(err("2…3").1, Some("write \"2..3\"".into()));
        assert_eq!(
            err("3...2").1,
            Some("write a range such as \"2..3\"".into())
        );
    }

    #[test]
    fn rejects_single_numbers_and_junk() {
        assert_eq!(
            err("2"),
            (
                "`2` is a single number, not a range".into(),
                Some("write a range such as \"2..2\" for exactly 2, or \"2..3\"".into())
            )
        );
        let e = NumberRange::from_json(&json!(2)).unwrap_err();
        assert_eq!(e.message, "`2` is a single number, not a range");
        assert_eq!(
            err("2.."),
            (
                "`2..` is missing one end of the range".into(),
                Some("write a range such as \"2..3\"".into())
            )
        );
        assert_eq!(err("..3").0, "`..3` is missing one end of the range");
        assert_eq!(
            err("2..3..4"),
            (
                "`2..3..4` has more than two ends; a range is written LOW..HIGH".into(),
                Some("write a range such as \"2..3\"".into())
            )
        );
        assert_eq!(err("2..x").0, "`x` is not a number");
        assert_eq!(err("two to three").0, "`two to three` is not a range");
        assert_eq!(err("").0, "expected a range, found an empty value");
        assert_eq!(
            NumberRange::from_json(&json!({})).unwrap_err().message,
            "expected a range, found a mapping"
        );
    }
}
