//! Goal values, read by the goal's metric (`"1.5亿"`, `"15%..20%"`, `"30万人"`), and phase budget shares (`"20%"` or an amount).

use std::fmt;

use rust_decimal::Decimal;
use serde_json::Value;

use super::count::{self, UNIT_WORDS};
use super::money::{self, Money};
use super::number::{self, write};
use super::percent::Percent;
use super::range;
use super::{Expect, ValueError, words};
use crate::i18n::Msg;

mod measure_doc {
    macro_rules! description {
        () => {
            "A goal's baseline, target or result, in the unit its metric fixes: an amount of money (\"1.5亿\", \"¥299\"), a percentage (\"15%\"), a count (\"30万\", \"5000件\") or a plain number (45); a target may be a range such as \"15%..20%\"."
        };
    }
    pub(super) use description;
}

pub(crate) const EXPECT: Expect = Expect {
    noun: words("value-noun-measure"),
    help: words("value-help-measure"),
};

const MONEY_EXPECT: Expect = Expect {
    noun: words("value-noun-measure-money"),
    help: words("value-help-measure-money"),
};

const COUNT_EXPECT: Expect = Expect {
    noun: words("value-noun-measure-count"),
    help: words("value-help-measure-count"),
};

const SCORE_EXPECT: Expect = Expect {
    noun: words("value-noun-score"),
    help: words("value-help-score"),
};

const CUSTOM_EXPECT: Expect = Expect {
    noun: words("value-noun-custom"),
    help: words("value-help-custom"),
};

/// What a goal's metric is measured in, which decides how its values are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MeasureKind {
    /// An amount of money (gmv, revenue, aov).
    Money,
    /// A percentage (conversion_rate, repurchase_rate, coverage, satisfaction, roi).
    Percent,
    /// A whole number of things, optionally with a unit word such as 件 or 人.
    Count,
    /// A plain number, such as an NPS from −100 to 100.
    Score,
    /// A plain number with an optional unit word after it (a `custom` metric).
    Custom,
}

impl MeasureKind {
    const ALL: [MeasureKind; 5] = [
        MeasureKind::Money,
        MeasureKind::Percent,
        MeasureKind::Count,
        MeasureKind::Score,
        MeasureKind::Custom,
    ];

    /// "this metric …", completed.
    fn phrase(self) -> Msg {
        match self {
            MeasureKind::Money => crate::msg!("value-metric-money"),
            MeasureKind::Percent => crate::msg!("value-metric-percent"),
            MeasureKind::Count => crate::msg!("value-metric-count"),
            MeasureKind::Score => crate::msg!("value-metric-score"),
            MeasureKind::Custom => crate::msg!("value-metric-custom"),
        }
    }
}

/// A goal value read by its metric: one value, or an inclusive range. Percentages are
/// ratios (15% is 0.15), money is the amount, a count is its whole number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MeasureValue {
    /// One value.
    Single(Decimal),
    /// A range, low end first, both ends included.
    Range(Decimal, Decimal),
}

impl MeasureValue {
    /// The value, or the low end of the range.
    pub fn low(&self) -> Decimal {
        match self {
            MeasureValue::Single(v) | MeasureValue::Range(v, _) => *v,
        }
    }

    /// The value, or the high end of the range.
    pub fn high(&self) -> Decimal {
        match self {
            MeasureValue::Single(v) | MeasureValue::Range(_, v) => *v,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum MeasureRaw {
    /// A JSON number, with the text it was written as.
    Number { value: Decimal, text: String },
    /// A string, trimmed.
    Text(String),
}

#[doc = measure_doc::description!()]
///
/// The value is kept as written; [`Measure::interpret`] reads it once the metric is known.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Measure {
    raw: MeasureRaw,
}

impl Measure {
    /// Reads a written goal value; it must read as at least one [`MeasureKind`].
    pub fn parse(text: &str) -> Result<Measure, ValueError> {
        let text = text.trim_ascii();
        if text.is_empty() {
            return Err(EXPECT.empty());
        }
        let measure = Measure {
            raw: MeasureRaw::Text(text.to_owned()),
        };
        if MeasureKind::ALL
            .iter()
            .any(|kind| measure.interpret(*kind).is_ok())
        {
            return Ok(measure);
        }
        let error = match measure.kind_guess() {
            Some(kind) => measure.interpret(kind).err(),
            None => interpret_text(text, MeasureKind::Custom, &EXPECT).err(),
        };
        Err(error.unwrap_or_else(|| EXPECT.not_a(text)))
    }

    /// Reads a goal value from the loaded document: any JSON number, or a string as
    /// [`Measure::parse`].
    pub fn from_json(value: &Value) -> Result<Measure, ValueError> {
        match value {
            Value::String(s) => Measure::parse(s),
            Value::Number(n) => {
                let (text, value) = number::json_number(n)?;
                Ok(Measure {
                    raw: MeasureRaw::Number { value, text },
                })
            }
            other => Err(EXPECT.wrong_kind(other)),
        }
    }

    /// The value as the author wrote it (trimmed), for messages and documents.
    pub fn surface(&self) -> &str {
        match &self.raw {
            MeasureRaw::Number { text, .. } | MeasureRaw::Text(text) => text,
        }
    }

    /// The exact number, when the value was written as a bare JSON number.
    pub fn number(&self) -> Option<Decimal> {
        match &self.raw {
            MeasureRaw::Number { value, .. } => Some(*value),
            MeasureRaw::Text(_) => None,
        }
    }

    /// What the written form looks like: a money sign or 元 is [`MeasureKind::Money`], a
    /// `%` is [`MeasureKind::Percent`], a count's unit word (件, 人, …) is
    /// [`MeasureKind::Count`]; a bare number says nothing (`None`).
    pub fn kind_guess(&self) -> Option<MeasureKind> {
        match &self.raw {
            MeasureRaw::Number { .. } => None,
            MeasureRaw::Text(text) => match range::split_range(text) {
                Some((Some(low), _)) => guess(low),
                Some((None, _)) => None,
                None => guess(text),
            },
        }
    }

    /// The unit word written after the number (`件` in `"5000件"`, `分` in `"4.8分"`), for
    /// checking against a custom metric's `unit`.
    pub fn unit_word(&self) -> Option<&str> {
        let MeasureRaw::Text(text) = &self.raw else {
            return None;
        };
        let last = match range::split_range(text) {
            Some((_, high)) => high?,
            None => text.as_str(),
        };
        let lx = number::lex(last)?;
        Some(lx.suffix).filter(|s| !s.is_empty())
    }

    /// Reads the value as a metric of `kind` measures it. A mismatch is reported in the
    /// author's terms: `"5000件"` for a money metric is "a count (件), but this metric is
    /// measured in money".
    pub fn interpret(&self, kind: MeasureKind) -> Result<MeasureValue, ValueError> {
        interpret_text(self.surface(), kind, &CUSTOM_EXPECT)
    }
}

impl fmt::Display for Measure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.surface())
    }
}

value_type!(
    Measure,
    name: "Measure",
    format: "campspec-measure",
    expect: EXPECT,
    type: ["string", "number"],
    description: measure_doc::description!(),
    examples: ["1.5亿", "8000万", "15%", "15%..20%", "30万", "5000件", 45],
);

/// What a single written value looks like, from its sign, `%` or unit word.
fn guess(text: &str) -> Option<MeasureKind> {
    if text.contains(number::is_percent_sign) {
        return Some(MeasureKind::Percent);
    }
    let lx = number::lex(text)?;
    if matches!(lx.prefix, "¥" | "￥" | "$" | "€" | "£") || lx.suffix == "元" {
        return Some(MeasureKind::Money);
    }
    if UNIT_WORDS.contains(&lx.suffix) {
        return Some(MeasureKind::Count);
    }
    None
}

/// Reads `text` as `kind`; `ex` gives the messages for a value that is no number at all.
fn interpret_text(text: &str, kind: MeasureKind, ex: &Expect) -> Result<MeasureValue, ValueError> {
    let text = text.trim_ascii();
    if text.is_empty() {
        return Err(ex.empty());
    }
    let ok = |t: &str| interpret_text(t, kind, ex).is_ok();
    if let Some(e) = number::fullwidth(text, &ok) {
        return Err(e);
    }
    if let Some(e) = range::too_many_dots(text, &ok) {
        return Err(e);
    }
    if let Some((low, high)) = range::split_range(text) {
        let (Some(low), Some(high)) = (low, high) else {
            return Err(range::missing_end(text));
        };
        if let Some(e) = range::more_ends(text, high) {
            return Err(e);
        }
        let (a, b) = match (single(low, kind, ex), single(high, kind, ex)) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(e), _) | (_, Err(e)) => {
                return Err(one_sided_percent(text, low, high, kind, &ok).unwrap_or(e));
            }
        };
        if a > b {
            return Err(range::backwards(text, low, high));
        }
        return Ok(MeasureValue::Range(a, b));
    }
    match single(text, kind, ex) {
        Ok(v) => Ok(MeasureValue::Single(v)),
        Err(e) => Err(range::other_separator(text, &ok).unwrap_or(e)),
    }
}

/// `15..20%`: a percent sign on one end only.
fn one_sided_percent(
    text: &str,
    low: &str,
    high: &str,
    kind: MeasureKind,
    ok: &dyn Fn(&str) -> bool,
) -> Option<ValueError> {
    let has = |s: &str| s.contains(number::is_percent_sign);
    if kind != MeasureKind::Percent || has(low) == has(high) {
        return None;
    }
    let fixed = if has(low) {
        format!("{low}..{high}%")
    } else {
        format!("{low}%..{high}")
    };
    ok(&fixed).then(|| {
        ValueError::with_help(
            crate::msg!("value-range-one-percent", shown = text),
            write(&fixed),
        )
    })
}

/// One value (not a range) read as `kind`.
fn single(text: &str, kind: MeasureKind, ex: &Expect) -> Result<Decimal, ValueError> {
    let guessed = guess(text);
    if let Some(found) = guessed.filter(|g| *g != kind && kind != MeasureKind::Custom) {
        return Err(mismatch(text, found, kind));
    }
    match kind {
        MeasureKind::Money => money::parse_as(text, &MONEY_EXPECT).map(|m| m.amount),
        MeasureKind::Percent => Percent::parse(text).map(|p| p.ratio()),
        MeasureKind::Count => {
            count::parse_counted(text, &COUNT_EXPECT, true).map(|(n, _)| Decimal::from(n))
        }
        MeasureKind::Score => number::signed_decimal(text, &SCORE_EXPECT),
        MeasureKind::Custom => custom(text, ex),
    }
}

/// A plain number with an optional 万/亿 and unit word: `4.8分`, `120 km`, `3万次`, `15%`.
fn custom(text: &str, ex: &Expect) -> Result<Decimal, ValueError> {
    let Some(lx) = number::lex(text) else {
        return Err(ex.not_a(text));
    };
    if !lx.prefix.is_empty() {
        return Err(ex.not_a(text));
    }
    if let Some(e) = number::explain_suffix(&lx, &|t| custom(t, ex).is_ok()) {
        return Err(e);
    }
    // A unit word is a word: no digits (`15%-20%`), at most one `%` (`15%%`).
    let unit = lx.suffix;
    if unit.contains(|c: char| c.is_ascii_digit())
        || unit.chars().filter(|c| number::is_percent_sign(*c)).count() > 1
    {
        return Err(ex.not_a(text));
    }
    lx.signed_value(ex)
}

/// "`5000件` is a count (件), but this metric is measured in money".
fn mismatch(text: &str, found: MeasureKind, kind: MeasureKind) -> ValueError {
    let lx = number::lex(text);
    let what = match (found, &lx) {
        (MeasureKind::Money, _) => crate::msg!("value-noun-money"),
        (MeasureKind::Percent, _) => crate::msg!("value-noun-percent"),
        (MeasureKind::Count, Some(lx)) => crate::msg!("value-found-count-unit", unit = lx.suffix),
        _ => crate::msg!("value-noun-number"),
    };
    let number = lx
        .as_ref()
        .map(|lx| lx.number_surface())
        .unwrap_or_else(|| "5000".to_owned());
    let help = match kind {
        MeasureKind::Money => crate::msg!("value-help-metric-money", number = number.as_str()),
        MeasureKind::Percent => crate::msg!("value-help-percent"),
        MeasureKind::Count => crate::msg!("value-help-metric-count", number = number.as_str()),
        MeasureKind::Score | MeasureKind::Custom => {
            crate::msg!("value-write-bare", text = number.as_str())
        }
    };
    ValueError::with_help(
        crate::msg!(
            "value-metric-mismatch",
            shown = text,
            what = what,
            metric = kind.phrase()
        ),
        help,
    )
}

mod share_doc {
    macro_rules! description {
        () => {
            "A phase's part of the budget: a share of the total (\"20%\") or an amount of money (\"300万\", 500000); a bare number is an amount."
        };
    }
    pub(super) use description;
}

const SHARE_EXPECT: Expect = Expect {
    noun: words("value-noun-share"),
    help: words("value-help-share"),
};

#[doc = share_doc::description!()]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Share {
    /// A share of the budget, zero or more.
    Percent(Percent),
    /// An amount of money.
    Money(Money),
}

impl Share {
    /// Reads a written share: `"20%"`, `"300万"`, `"¥500000"`.
    pub fn parse(text: &str) -> Result<Share, ValueError> {
        let text = text.trim_ascii();
        if text.is_empty() {
            return Err(SHARE_EXPECT.empty());
        }
        if !text.contains(number::is_percent_sign) {
            return money::parse_as(text, &SHARE_EXPECT).map(Share::Money);
        }
        let percent = Percent::parse(text)?;
        if percent.ratio() < Decimal::ZERO {
            return Err(ValueError::with_help(
                crate::msg!("value-negative-share", shown = text),
                write(text.trim_start_matches(['-', '−'])),
            ));
        }
        Ok(Share::Percent(percent))
    }

    /// Reads a share from the loaded document: a string as [`Share::parse`], or a JSON
    /// number as an amount.
    pub fn from_json(value: &Value) -> Result<Share, ValueError> {
        match value {
            Value::String(s) => Share::parse(s),
            Value::Number(_) => money::from_json_as(value, &SHARE_EXPECT).map(Share::Money),
            other => Err(SHARE_EXPECT.wrong_kind(other)),
        }
    }
}

impl fmt::Display for Share {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Share::Percent(p) => write!(f, "{p}"),
            Share::Money(m) => write!(f, "{m}"),
        }
    }
}

value_type!(
    Share,
    name: "Share",
    format: "campspec-share",
    expect: SHARE_EXPECT,
    type: ["string", "number"],
    description: share_doc::description!(),
    examples: ["20%", "300万", 500000],
    extra: { "minimum": 0 },
);

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    fn m(text: &str) -> Measure {
        Measure::parse(text).unwrap_or_else(|e| panic!("{text}: {}", e.message))
    }

    fn read(text: &str, kind: MeasureKind) -> MeasureValue {
        m(text)
            .interpret(kind)
            .unwrap_or_else(|e| panic!("{text}: {}", e.message))
    }

    /// A measure as written, whether or not any metric reads it.
    fn raw(text: &str) -> Measure {
        Measure {
            raw: MeasureRaw::Text(text.to_owned()),
        }
    }

    fn mis(text: &str, kind: MeasureKind) -> (String, Option<String>) {
        let e = raw(text).interpret(kind).unwrap_err();
        (e.message_en(), e.help_en())
    }

    #[test]
    fn reads_money_goals() {
        use MeasureValue::{Range, Single};
        assert_eq!(read("1.5亿", MeasureKind::Money), Single(d("150000000")));
        assert_eq!(read("¥299", MeasureKind::Money), Single(d("299")));
        assert_eq!(read("8000万", MeasureKind::Money), Single(d("80000000")));
        assert_eq!(
            read("3000万..3500万", MeasureKind::Money),
            Range(d("30000000"), d("35000000"))
        );
        let n = Measure::from_json(&json!(5000)).unwrap();
        assert_eq!(n.interpret(MeasureKind::Money), Ok(Single(d("5000"))));
    }

    #[test]
    fn reads_percent_goals() {
        use MeasureValue::{Range, Single};
        assert_eq!(read("15%", MeasureKind::Percent), Single(d("0.15")));
        assert_eq!(read("3.2%", MeasureKind::Percent), Single(d("0.032")));
        assert_eq!(
            read("15%..20%", MeasureKind::Percent),
            Range(d("0.15"), d("0.2"))
        );
        assert_eq!(
            read("15% .. 20%", MeasureKind::Percent),
            Range(d("0.15"), d("0.2"))
        );
        assert_eq!(read("15%..20%", MeasureKind::Percent).low(), d("0.15"));
        assert_eq!(read("15%..20%", MeasureKind::Percent).high(), d("0.2"));
        assert_eq!(read("15%", MeasureKind::Percent).high(), d("0.15"));
    }

    #[test]
    fn reads_count_and_plain_goals() {
        use MeasureValue::{Range, Single};
        assert_eq!(read("30万", MeasureKind::Count), Single(d("300000")));
        assert_eq!(read("5000件", MeasureKind::Count), Single(d("5000")));
        assert_eq!(read("30万人", MeasureKind::Count), Single(d("300000")));
        assert_eq!(read("1200万", MeasureKind::Count), Single(d("12000000")));
        assert_eq!(read("40..50", MeasureKind::Count), Range(d("40"), d("50")));
        assert_eq!(read("45", MeasureKind::Score), Single(d("45")));
        assert_eq!(read("-20", MeasureKind::Score), Single(d("-20")));
        assert_eq!(read("40..50", MeasureKind::Score), Range(d("40"), d("50")));
        assert_eq!(read("4.8分", MeasureKind::Custom), Single(d("4.8")));
        assert_eq!(read("120 km", MeasureKind::Custom), Single(d("120")));
        assert_eq!(read("3万次", MeasureKind::Custom), Single(d("30000")));
        assert_eq!(read("15%", MeasureKind::Custom), Single(d("15")));
        let n = Measure::from_json(&json!(45)).unwrap();
        assert_eq!(n.interpret(MeasureKind::Score), Ok(Single(d("45"))));
        assert_eq!(n.interpret(MeasureKind::Count), Ok(Single(d("45"))));
    }

    #[test]
    fn keeps_the_written_form() {
        assert_eq!(m(" 1.5亿 ").surface(), "1.5亿");
        assert_eq!(m("1.5亿").to_string(), "1.5亿");
        assert_eq!(m("1.5亿").number(), None);
        let n = Measure::from_json(&json!(45.5)).unwrap();
        assert_eq!(n.surface(), "45.5");
        assert_eq!(n.number(), Some(d("45.5")));
        assert_eq!(serde_json::to_value(&n).unwrap(), json!("45.5"));
        assert_eq!(m("5000件").unit_word(), Some("件"));
        assert_eq!(m("4.8分").unit_word(), Some("分"));
        assert_eq!(m("40..50人").unit_word(), Some("人"));
        assert_eq!(m("45").unit_word(), None);
        assert_eq!(n.unit_word(), None);
    }

    #[test]
    fn guesses_the_kind_from_the_written_form() {
        assert_eq!(m("¥5000").kind_guess(), Some(MeasureKind::Money));
        assert_eq!(m("5000元").kind_guess(), Some(MeasureKind::Money));
        assert_eq!(m("$5").kind_guess(), Some(MeasureKind::Money));
        assert_eq!(m("15%").kind_guess(), Some(MeasureKind::Percent));
        assert_eq!(m("15%..20%").kind_guess(), Some(MeasureKind::Percent));
        assert_eq!(m("5000件").kind_guess(), Some(MeasureKind::Count));
        assert_eq!(m("30万人").kind_guess(), Some(MeasureKind::Count));
        assert_eq!(m("1.5亿").kind_guess(), None);
        assert_eq!(m("45").kind_guess(), None);
        assert_eq!(m("4.8分").kind_guess(), None);
        assert_eq!(Measure::from_json(&json!(45)).unwrap().kind_guess(), None);
    }

    #[test]
    fn mismatches_are_said_in_the_authors_terms() {
        assert_eq!(
            mis("5000件", MeasureKind::Money),
            (
                "`5000件` is a count (件), but this metric is measured in money".into(),
                Some("write an amount such as \"5000\" or \"¥5000\"".into())
            )
        );
        assert_eq!(
            mis("30万人", MeasureKind::Money).1,
            Some("write an amount such as \"30万\" or \"¥30万\"".into())
        );
        assert_eq!(
            mis("15%", MeasureKind::Money).0,
            "`15%` is a percentage, but this metric is measured in money"
        );
        assert_eq!(
            mis("15%", MeasureKind::Count),
            (
                "`15%` is a percentage, but this metric is a count".into(),
                Some("write a count such as \"15\"".into())
            )
        );
        assert_eq!(
            mis("¥5000", MeasureKind::Count).0,
            "`¥5000` is an amount of money, but this metric is a count"
        );
        assert_eq!(
            mis("¥5", MeasureKind::Percent),
            (
                "`¥5` is an amount of money, but this metric is a percentage".into(),
                Some("write a percentage such as \"15%\"".into())
            )
        );
        assert_eq!(
            mis("5000件", MeasureKind::Percent).0,
            "`5000件` is a count (件), but this metric is a percentage"
        );
        assert_eq!(
            mis("45%", MeasureKind::Score),
            (
                "`45%` is a percentage, but this metric is a plain number (a score)".into(),
                Some("write 45".into())
            )
        );
        assert_eq!(
            mis("1.5亿..2%", MeasureKind::Money).0,
            "`2%` is a percentage, but this metric is measured in money"
        );
    }

    #[test]
    fn a_bare_number_is_not_a_percentage() {
        let e = Measure::from_json(&json!(15))
            .unwrap()
            .interpret(MeasureKind::Percent)
            .unwrap_err();
        assert_eq!(
            e.message,
            "`15` is a bare number, which is ambiguous for a percentage"
        );
        assert_eq!(e.help_en().as_deref(), Some("write \"15%\""));
        let e = Measure::from_json(&json!(0.15))
            .unwrap()
            .interpret(MeasureKind::Percent)
            .unwrap_err();
        assert_eq!(
            e.help_en().as_deref(),
            Some("write \"15%\" (0.15 as a fraction) or \"0.15%\"")
        );
        assert_eq!(
            mis("15..20%", MeasureKind::Percent),
            (
                "`15..20%` has a percent sign on one end only".into(),
                Some("write \"15%..20%\"".into())
            )
        );
    }

    #[test]
    fn range_mistakes() {
        assert_eq!(
            mis("20%..15%", MeasureKind::Percent),
            (
                "`20%..15%` runs backwards".into(),
                Some("write \"15%..20%\"".into())
            )
        );
        assert_eq!(
            Measure::parse("15%-20%").unwrap_err(),
            ValueError::with_help(
                "`15%-20%` is not written as a range: write LOW..HIGH with two dots",
                "write \"15%..20%\""
            )
        );
        assert_eq!(
            Measure::parse("3000万~3500万")
                .unwrap_err()
                .help_en()
                .as_deref(),
            Some("write \"3000万..3500万\"")
        );
        assert_eq!(
            Measure::parse("15%...20%")
                .unwrap_err()
                .help_en()
                .as_deref(),
            Some("write \"15%..20%\"")
        );
        assert_eq!(
            Measure::parse("1%..2%..3%").unwrap_err().message,
            "`1%..2%..3%` has more than two ends; a range is written LOW..HIGH"
        );
        assert_eq!(
            Measure::parse("15%..").unwrap_err().message,
            "`15%..` is missing one end of the range"
        );
    }

    #[test]
    fn money_goals_follow_money_rules() {
        assert_eq!(
            mis("-5", MeasureKind::Money),
            (
                "`-5` is a negative amount".into(),
                Some("write \"5\"".into())
            )
        );
        assert_eq!(
            mis("1.5", MeasureKind::Count),
            (
                "`1.5` is not a whole number".into(),
                Some("write \"1\" or \"2\"".into())
            )
        );
        let e = Measure::from_json(&json!(0.001))
            .unwrap()
            .interpret(MeasureKind::Money)
            .unwrap_err();
        assert_eq!(
            e.message,
            "`0.001` has more than two decimal places; money is counted in whole cents"
        );
    }

    #[test]
    fn parse_accepts_what_some_metric_reads() {
        for text in [
            "1.5亿",
            "¥299",
            "15%",
            "15%..20%",
            "30万",
            "5000件",
            "45",
            "-20",
            "4.8分",
            "40..50",
            "3000万..3500万",
        ] {
            assert!(Measure::parse(text).is_ok(), "{text}");
        }
        assert_eq!(
            Measure::parse(""),
            Err(ValueError::with_help(
                "expected a goal value, found an empty value",
                "write a value such as \"1.5亿\", \"15%\", \"30万\" or 45"
            ))
        );
        assert_eq!(
            Measure::parse("high").unwrap_err().message,
            "`high` is not a goal value"
        );
        assert_eq!(
            Measure::parse("约5000").unwrap_err().message,
            "`约5000` is not a goal value"
        );
        assert_eq!(
            Measure::parse("15%%").unwrap_err().message,
            "`15%%` has more than one percent sign"
        );
        assert_eq!(
            Measure::parse("-¥5").unwrap_err().message,
            "`-¥5` is a negative amount"
        );
        assert_eq!(
            Measure::parse("1,2000").unwrap_err().help_en().as_deref(),
            Some("write \"12,000\" or \"12000\"")
        );
        assert_eq!(
            Measure::parse("５０００件")
                .unwrap_err()
                .help_en()
                .as_deref(),
            Some("write \"5000件\"")
        );
        assert_eq!(
            Measure::from_json(&json!([])).unwrap_err().message,
            "expected a goal value, found a list"
        );
        assert!(Measure::from_json(&json!("15%")).is_ok());
    }

    #[test]
    fn reads_shares() {
        assert_eq!(
            Share::parse("20%"),
            Ok(Share::Percent(Percent::parse("20%").unwrap()))
        );
        assert_eq!(Share::parse("0%").unwrap().to_string(), "0%");
        assert_eq!(
            Share::parse("300万"),
            Ok(Share::Money(Money::parse("300万").unwrap()))
        );
        assert_eq!(Share::parse("300万").unwrap().to_string(), "3000000");
        assert_eq!(
            Share::parse("20"),
            Ok(Share::Money(Money::parse("20").unwrap()))
        );
        assert_eq!(
            Share::from_json(&json!(500000)).unwrap().to_string(),
            "500000"
        );
        assert_eq!(Share::from_json(&json!("20%")).unwrap().to_string(), "20%");
    }

    #[test]
    fn rejects_bad_shares() {
        assert_eq!(
            Share::parse("-5%").unwrap_err(),
            ValueError::with_help("`-5%` is a negative share", "write \"5%\"")
        );
        assert_eq!(
            Share::parse("abc").unwrap_err(),
            ValueError::with_help(
                "`abc` is not a share or an amount",
                "write a share such as \"20%\" or an amount such as \"300万\""
            )
        );
        assert_eq!(
            Share::parse("-5").unwrap_err().message,
            "`-5` is a negative amount"
        );
        assert_eq!(
            Share::parse("15%%").unwrap_err().message,
            "`15%%` has more than one percent sign"
        );
        assert_eq!(
            Share::from_json(&json!(-5)).unwrap_err().message,
            "`-5` is a negative amount"
        );
        assert_eq!(
            Share::parse("").unwrap_err().message,
            "expected a share or an amount, found an empty value"
        );
        assert_eq!(
            Share::from_json(&json!(null)).unwrap_err().message,
            "expected a share or an amount, found an empty value"
        );
    }
}
