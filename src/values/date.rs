//! Calendar values: a day (`2027-01-16`), a time of day (`"10:00"`) and a duration (`"90d"`).

use std::fmt;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde_json::Value;

use super::number::{self, Sign, show, write};
use super::{Expect, ValueError, words};
use crate::i18n::Msg;

/// English month names, January first (messages and the starter plan).
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The English name of a month (1–12); empty outside that range.
pub(crate) fn english_month(month: i8) -> &'static str {
    usize::try_from(month)
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|m| MONTHS.get(m))
        .copied()
        .unwrap_or("")
}

/// The name of a month (1–12) in a sentence: "February" / "2月".
fn month_name(month: i64) -> Msg {
    match month {
        1 => crate::msg!("value-month-1"),
        2 => crate::msg!("value-month-2"),
        3 => crate::msg!("value-month-3"),
        4 => crate::msg!("value-month-4"),
        5 => crate::msg!("value-month-5"),
        6 => crate::msg!("value-month-6"),
        7 => crate::msg!("value-month-7"),
        8 => crate::msg!("value-month-8"),
        9 => crate::msg!("value-month-9"),
        10 => crate::msg!("value-month-10"),
        11 => crate::msg!("value-month-11"),
        12 => crate::msg!("value-month-12"),
        _ => crate::msg!("value-month-unknown"),
    }
}

mod date_doc {
    macro_rules! description {
        () => {
            "A calendar day written as YYYY-MM-DD, such as 2027-01-16, in the plan's time zone; date ranges include both their first and last day."
        };
    }
    pub(super) use description;
}

pub(crate) const DATE_EXPECT: Expect = Expect {
    noun: words("value-noun-date"),
    help: words("value-help-date"),
};

#[doc = date_doc::description!()]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date(jiff::civil::Date);

impl Date {
    /// The day as a `jiff` civil date.
    pub fn get(&self) -> jiff::civil::Date {
        self.0
    }

    /// The day `year-month-day`, if it exists and the year has four digits (0–9999).
    pub fn new(year: i16, month: i8, day: i8) -> Option<Date> {
        if !(0..=9999).contains(&year) {
            return None;
        }
        jiff::civil::Date::new(year, month, day).ok().map(Date)
    }

    /// Reads a written day: `2027-01-16` (four-digit year, two-digit month and day).
    pub fn parse(text: &str) -> Result<Date, ValueError> {
        let text = text.trim_ascii();
        if text.is_empty() {
            return Err(DATE_EXPECT.empty());
        }
        if let Some(e) = number::fullwidth(text, &|t| Date::parse(t).is_ok()) {
            return Err(e);
        }
        if let Some((y, m, d)) = iso_shape(text) {
            return validate(text, y, m, d);
        }
        Err(other_shape(text))
    }

    /// Reads a day from the loaded document: a string as [`Date::parse`]; a number is
    /// rejected (with the date it may stand for, for `20270116`).
    pub fn from_json(value: &Value) -> Result<Date, ValueError> {
        match value {
            Value::String(s) => Date::parse(s),
            Value::Number(n) => {
                let shown = n.to_string();
                let message = crate::msg!("value-date-is-number", shown = shown.as_str());
                match compact_date(&shown).and_then(|(y, m, d)| validate(&shown, y, m, d).ok()) {
                    Some(date) => Err(ValueError::with_help(message, write_date(date))),
                    None => Err(ValueError::with_help(message, DATE_EXPECT.help)),
                }
            }
            other => Err(DATE_EXPECT.wrong_kind(other)),
        }
    }
}

impl From<jiff::civil::Date> for Date {
    /// Any `jiff` date; one outside years 0–9999 displays in a form [`Date::parse`] does not read.
    fn from(date: jiff::civil::Date) -> Date {
        Date(date)
    }
}

impl From<Date> for jiff::civil::Date {
    fn from(date: Date) -> jiff::civil::Date {
        date.0
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

value_type!(
    Date,
    name: "Date",
    format: "campspec-date",
    expect: DATE_EXPECT,
    type: "string",
    description: date_doc::description!(),
    examples: ["2027-01-16", "2027-02-15"],
);

/// An all-digit run of at most `max` ASCII digits, as a number.
fn digits(text: &str, min: usize, max: usize) -> Option<i64> {
    if !(min..=max).contains(&text.len()) || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// `write 2027-01-16`.
fn write_date(date: Date) -> Msg {
    crate::msg!("value-write-bare", text = date.to_string())
}

/// The title of the fix writing the date `text` as `date`.
fn iso_title(text: &str, date: Date) -> Msg {
    crate::msg!("fix-iso-date", value = text, iso = date.to_string())
}

/// `error` with its fix, if any, marked unsafe.
fn unsafe_fix(mut error: ValueError) -> ValueError {
    if let Some(fix) = &mut error.fix {
        fix.safe = false;
    }
    error
}

/// `2027-01-16` exactly: four, two and two digits.
fn iso_shape(text: &str) -> Option<(i64, i64, i64)> {
    let mut parts = text.split('-');
    let y = digits(parts.next()?, 4, 4)?;
    let m = digits(parts.next()?, 2, 2)?;
    let d = digits(parts.next()?, 2, 2)?;
    parts.next().is_none().then_some((y, m, d))
}

/// `20270116`.
fn compact_date(text: &str) -> Option<(i64, i64, i64)> {
    if text.len() != 8 {
        return None;
    }
    Some((
        digits(text.get(..4)?, 4, 4)?,
        digits(text.get(4..6)?, 2, 2)?,
        digits(text.get(6..)?, 2, 2)?,
    ))
}

/// The day `y-m-d`, or why there is no such day, in terms of what the author wrote.
fn validate(shown: &str, y: i64, m: i64, d: i64) -> Result<Date, ValueError> {
    let (Ok(year), Ok(month)) = (i16::try_from(y), i8::try_from(m)) else {
        return Err(DATE_EXPECT.not_a(shown));
    };
    if !(1..=12).contains(&month) {
        return Err(ValueError::with_help(
            crate::msg!("value-date-no-month", shown = shown, month = m),
            crate::msg!("value-help-date-month"),
        ));
    }
    let Some(first) = Date::new(year, month, 1) else {
        return Err(DATE_EXPECT.not_a(shown));
    };
    let days = first.0.days_in_month();
    match i8::try_from(d)
        .ok()
        .and_then(|day| Date::new(year, month, day))
    {
        Some(date) if d >= 1 => Ok(date),
        _ => Err(ValueError::with_help(
            crate::msg!(
                "value-date-no-day",
                shown = shown,
                month = month_name(m),
                year = format!("{y:04}"),
                days = days,
            ),
            crate::msg!(
                "value-help-date-between",
                first = format!("{y:04}-{m:02}-01"),
                last = format!("{y:04}-{m:02}-{days:02}"),
            ),
        )),
    }
}

/// The error for a day not written as YYYY-MM-DD, giving the ISO form when the shape is
/// one people use: `2027/1/16`, `2027年1月16日`, `16.01.2027`, `20270116`, `2027-01-16 10:00`.
fn other_shape(text: &str) -> ValueError {
    let not_iso = crate::msg!("value-date-not-iso", shown = text);
    let rewrite = |y, m, d| match validate(text, y, m, d) {
        Ok(date) => ValueError::with_help(not_iso.clone(), write_date(date)).replace(
            text,
            date.to_string(),
            true,
            iso_title(text, date),
        ),
        Err(e) => e,
    };
    // A date with a time after it.
    let with_time = text
        .get(..10)
        .zip(text.get(10..))
        .filter(|(_, rest)| rest.starts_with(['T', ' ']))
        .and_then(|(day, _)| Some((day, iso_shape(day)?)));
    if let Some((day, (y, m, d))) = with_time {
        return match validate(day, y, m, d) {
            // Dropping the time is for a human to decide.
            Ok(date) => ValueError::with_help(
                crate::msg!("value-date-with-time", shown = text),
                write_date(date),
            )
            .replace(text, date.to_string(), false, iso_title(text, date)),
            Err(e) => e,
        };
    }
    if let Some((y, m, d)) = compact_date(text) {
        return rewrite(y, m, d);
    }
    if let Some(shape) = chinese_date(text) {
        return match shape {
            (Some(y), m, d) => rewrite(y, m, d),
            (None, m, d) => ValueError::with_help(
                crate::msg!("value-date-no-year", shown = text),
                crate::msg!(
                    "value-help-date-year",
                    month = format!("{m:02}"),
                    day = format!("{d:02}"),
                ),
            ),
        };
    }
    for sep in ['/', '.', '-'] {
        let parts: Vec<&str> = text.split(sep).map(str::trim_ascii).collect();
        let [a, b, c] = parts.as_slice() else {
            continue;
        };
        if let (Some(y), Some(m), Some(d)) = (digits(a, 4, 4), digits(b, 1, 2), digits(c, 1, 2)) {
            return rewrite(y, m, d);
        }
        let (Some(a), Some(b), Some(y)) = (digits(a, 1, 2), digits(b, 1, 2), digits(c, 4, 4))
        else {
            continue;
        };
        // Year last: day first (16.01.2027, 16/1/2027) unless that cannot be; a guess
        // (dots, both readings possible) is a fix for a human to confirm.
        if a > 12 || a == b {
            return rewrite(y, b, a);
        }
        if sep == '.' {
            return unsafe_fix(rewrite(y, b, a));
        }
        if b > 12 {
            return rewrite(y, a, b);
        }
        let readings: Vec<Date> = [(b, a), (a, b)]
            .iter()
            .filter_map(|&(m, d)| validate(text, y, m, d).ok())
            .collect();
        let options = readings
            .iter()
            .map(|date| {
                crate::msg!(
                    "value-date-reading",
                    date = date.to_string(),
                    day = date.0.day(),
                    month = month_name(i64::from(date.0.month())),
                )
            })
            .reduce(|head, next| crate::msg!("value-date-reading-or", head = head, next = next));
        return ValueError::with_help(
            crate::msg!("value-date-either-way", shown = text),
            match options {
                Some(options) => crate::msg!("value-write-bare", text = options),
                None => DATE_EXPECT.help,
            },
        );
    }
    DATE_EXPECT.not_a(text)
}

/// `2027年1月16日` (or 号), and `1月16日` without a year.
fn chinese_date(text: &str) -> Option<(Option<i64>, i64, i64)> {
    let (year, rest) = match text.split_once('年') {
        Some((y, rest)) => (Some(digits(y.trim_ascii(), 4, 4)?), rest),
        None => (None, text),
    };
    let (m, rest) = rest.split_once('月')?;
    let d = rest
        .strip_suffix('日')
        .or_else(|| rest.strip_suffix('号'))
        .unwrap_or(rest);
    Some((
        year,
        digits(m.trim_ascii(), 1, 2)?,
        digits(d.trim_ascii(), 1, 2)?,
    ))
}

mod time_doc {
    macro_rules! description {
        () => {
            "A time of day on the 24-hour clock, written HH:MM in quotes, such as \"10:00\" or \"20:30\", in the plan's time zone."
        };
    }
    pub(super) use description;
}

pub(crate) const TIME_EXPECT: Expect = Expect {
    noun: words("value-noun-time"),
    help: words("value-help-time"),
};

const TIME_RANGE_HELP: Msg = words("value-help-time-range");

#[doc = time_doc::description!()]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TimeOfDay {
    hour: u8,
    minute: u8,
}

impl TimeOfDay {
    /// The time `hour:minute`, if it is one (0–23, 0–59).
    pub fn new(hour: u8, minute: u8) -> Option<TimeOfDay> {
        (hour < 24 && minute < 60).then_some(TimeOfDay { hour, minute })
    }

    /// The hour, 0–23.
    pub fn hour(&self) -> u8 {
        self.hour
    }

    /// The minute, 0–59.
    pub fn minute(&self) -> u8 {
        self.minute
    }

    /// The time as a `jiff` civil time.
    pub fn to_civil(&self) -> jiff::civil::Time {
        let (h, m) = (i8::try_from(self.hour), i8::try_from(self.minute));
        match (h, m) {
            (Ok(h), Ok(m)) => jiff::civil::Time::new(h, m, 0, 0).unwrap_or_default(),
            _ => jiff::civil::Time::default(),
        }
    }

    /// Reads a written time: `"10:00"`, `"9:30"`.
    pub fn parse(text: &str) -> Result<TimeOfDay, ValueError> {
        let text = text.trim_ascii();
        if text.is_empty() {
            return Err(TIME_EXPECT.empty());
        }
        if let Some(e) = number::fullwidth(text, &|t| TimeOfDay::parse(t).is_ok()) {
            return Err(e);
        }
        if let Some((h, m)) = text.split_once(':') {
            if let (Some(h), Some(m)) = (digits(h, 1, 2), digits(m, 2, 2)) {
                return time(text, h, m);
            }
            let with_seconds = m.split_once(':').and_then(|(m, s)| {
                digits(s, 2, 2)?;
                Some((digits(h, 1, 2)?, digits(m, 2, 2)?))
            });
            if let Some((h, m)) = with_seconds {
                return Err(match time(text, h, m) {
                    Ok(t) => ValueError::with_help(
                        crate::msg!("value-time-seconds", shown = text),
                        write(&t.to_string()),
                    ),
                    Err(e) => e,
                });
            }
            if let (Some(h), Some(m)) = (digits(h, 1, 2), digits(m, 1, 1)) {
                return Err(match time(text, h, m) {
                    Ok(t) => ValueError::with_help(
                        crate::msg!("value-time-one-digit-minute", shown = text),
                        write(&t.to_string()),
                    ),
                    Err(e) => e,
                });
            }
        }
        Err(other_time(text))
    }

    /// Reads a time from the loaded document: a string as [`TimeOfDay::parse`]. A number is
    /// rejected: a YAML 1.1 reader turns an unquoted `10:00` into 600.
    pub fn from_json(value: &Value) -> Result<TimeOfDay, ValueError> {
        match value {
            Value::String(s) => TimeOfDay::parse(s),
            Value::Number(n) => {
                let (shown, value) = number::json_number(n)?;
                let message = crate::msg!("value-time-is-number", shown = shown.as_str());
                let whole = value.fract().is_zero();
                let minutes = value.to_u64().filter(|_| whole);
                match minutes {
                    Some(h) if h < 24 => {
                        Err(ValueError::with_help(message, write(&format!("{h:02}:00"))))
                    }
                    Some(m) if m < 24 * 60 => Err(ValueError::with_help(
                        crate::msg!(
                            "value-time-yaml-minutes",
                            shown = shown.as_str(),
                            time = format!("{:02}:{:02}", m / 60, m % 60),
                            minutes = m.to_string(),
                        ),
                        crate::msg!(
                            "value-help-quote-time",
                            time = format!("{:02}:{:02}", m / 60, m % 60)
                        ),
                    )),
                    _ => Err(ValueError::with_help(message, TIME_EXPECT.help)),
                }
            }
            other => Err(TIME_EXPECT.wrong_kind(other)),
        }
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

value_type!(
    TimeOfDay,
    name: "Time",
    format: "campspec-time",
    expect: TIME_EXPECT,
    type: "string",
    description: time_doc::description!(),
    examples: ["10:00", "20:30", "00:00"],
);

fn time(shown: &str, h: i64, m: i64) -> Result<TimeOfDay, ValueError> {
    if !(0..24).contains(&h) {
        return Err(ValueError::with_help(
            crate::msg!("value-time-hours", shown = shown),
            TIME_RANGE_HELP,
        ));
    }
    if !(0..60).contains(&m) {
        return Err(ValueError::with_help(
            crate::msg!("value-time-minutes", shown = shown),
            TIME_RANGE_HELP,
        ));
    }
    match (u8::try_from(h), u8::try_from(m)) {
        (Ok(h), Ok(m)) => TimeOfDay::new(h, m).ok_or_else(|| TIME_EXPECT.not_a(shown)),
        _ => Err(TIME_EXPECT.not_a(shown)),
    }
}

/// The error for a time not written HH:MM, giving that form when the shape is one people
/// use: `10`, `1000`, `10点`, `10点半`, `下午2点`, `2pm`, `10.30`, `10h30`.
fn other_time(text: &str) -> ValueError {
    let not_hhmm = crate::msg!("value-time-not-hhmm", shown = text);
    let rewrite = |message: Msg, h: i64, m: i64| match time(text, h, m) {
        Ok(t) => ValueError::with_help(message, write(&t.to_string())),
        Err(e) => e,
    };
    if let Some(h) = digits(text, 1, 2) {
        return rewrite(crate::msg!("value-time-no-minutes", shown = text), h, 0);
    }
    if let (Some(h), Some(m)) = (
        text.get(..2).and_then(|h| digits(h, 2, 2)),
        text.get(2..).and_then(|m| digits(m, 2, 2)),
    ) {
        return rewrite(not_hhmm, h, m);
    }
    if let Some((h, m)) = chinese_time(text) {
        return rewrite(not_hhmm, h, m);
    }
    if let Some((h, m)) = twelve_hour(text) {
        return rewrite(crate::msg!("value-time-not-24h", shown = text), h, m);
    }
    for sep in ['.', 'h', 'H'] {
        let parsed = text.split_once(sep).and_then(|(h, m)| {
            let minute = digits(m, 2, 2).or_else(|| m.is_empty().then_some(0));
            Some((digits(h, 1, 2)?, minute?))
        });
        if let Some((h, m)) = parsed {
            return rewrite(not_hhmm, h, m);
        }
    }
    TIME_EXPECT.not_a(text)
}

/// `10点`, `10点半`, `10点30分`, `10时30分`, `上午10点`, `下午2点`, `晚上8点`.
fn chinese_time(text: &str) -> Option<(i64, i64)> {
    let (afternoon, rest) = [
        ("上午", false),
        ("早上", false),
        ("凌晨", false),
        ("中午", true),
        ("下午", true),
        ("晚上", true),
    ]
    .iter()
    .find_map(|(w, pm)| text.strip_prefix(w).map(|r| (*pm, r)))
    .unwrap_or((false, text));
    let (h, rest) = rest.split_once('点').or_else(|| rest.split_once('时'))?;
    let mut h = digits(h.trim_ascii(), 1, 2)?;
    let rest = rest.trim_ascii();
    let m = match rest {
        "" | "整" => 0,
        "半" => 30,
        _ => digits(rest.strip_suffix('分').unwrap_or(rest).trim_ascii(), 1, 2)?,
    };
    if afternoon && h < 12 {
        h = h.saturating_add(12);
    }
    Some((h, m))
}

/// `2pm`, `10 am`, `10:30 PM`.
fn twelve_hour(text: &str) -> Option<(i64, i64)> {
    let lower = text.to_ascii_lowercase();
    let (clock, pm) = match (lower.strip_suffix("am"), lower.strip_suffix("pm")) {
        (Some(c), _) => (c.trim_ascii().to_owned(), false),
        (_, Some(c)) => (c.trim_ascii().to_owned(), true),
        _ => return None,
    };
    let (h, m) = match clock.split_once(':') {
        Some((h, m)) => (digits(h, 1, 2)?, digits(m, 2, 2)?),
        None => (digits(&clock, 1, 2)?, 0),
    };
    if !(1..=12).contains(&h) {
        return None;
    }
    let h = match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h.saturating_add(12),
        (h, false) => h,
    };
    Some((h, m))
}

mod duration_doc {
    macro_rules! description {
        () => {
            "A length of time: a whole number with its unit, h (hours), d (days), w (weeks), mo (months) or y (years), such as \"2y\", \"6mo\", \"90d\" or \"36h\"."
        };
    }
    pub(super) use description;
}

pub(crate) const DURATION_EXPECT: Expect = Expect {
    noun: words("value-noun-duration"),
    help: words("value-help-duration"),
};

/// The unit of a [`Duration`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DurationUnit {
    /// `h`
    Hour,
    /// `d`
    Day,
    /// `w`, seven days.
    Week,
    /// `mo`, counted as 30 days where days are needed.
    Month,
    /// `y`, counted as 365 days where days are needed.
    Year,
}

impl DurationUnit {
    /// The unit as written after the number: `h`, `d`, `w`, `mo`, `y`.
    pub fn suffix(self) -> &'static str {
        match self {
            DurationUnit::Hour => "h",
            DurationUnit::Day => "d",
            DurationUnit::Week => "w",
            DurationUnit::Month => "mo",
            DurationUnit::Year => "y",
        }
    }

    /// The unit counted in a sentence: "days" / "天数".
    fn plural(self) -> Msg {
        match self {
            DurationUnit::Hour => crate::msg!("value-unit-hours"),
            DurationUnit::Day => crate::msg!("value-unit-days"),
            DurationUnit::Week => crate::msg!("value-unit-weeks"),
            DurationUnit::Month => crate::msg!("value-unit-months"),
            DurationUnit::Year => crate::msg!("value-unit-years"),
        }
    }

    /// The next smaller unit and how many of it make one of this unit, when exact.
    fn smaller(self) -> Option<(DurationUnit, u32)> {
        match self {
            DurationUnit::Year => Some((DurationUnit::Month, 12)),
            DurationUnit::Week => Some((DurationUnit::Day, 7)),
            DurationUnit::Day => Some((DurationUnit::Hour, 24)),
            DurationUnit::Month | DurationUnit::Hour => None,
        }
    }
}

#[doc = duration_doc::description!()]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Duration {
    /// How many units.
    pub count: u32,
    /// Which unit.
    pub unit: DurationUnit,
}

/// Unit words people write, with the unit they mean.
const UNIT_WORDS: [(&str, DurationUnit); 30] = [
    ("year", DurationUnit::Year),
    ("years", DurationUnit::Year),
    ("yr", DurationUnit::Year),
    ("yrs", DurationUnit::Year),
    ("年", DurationUnit::Year),
    ("month", DurationUnit::Month),
    ("months", DurationUnit::Month),
    ("mon", DurationUnit::Month),
    ("mos", DurationUnit::Month),
    ("个月", DurationUnit::Month),
    ("月", DurationUnit::Month),
    ("week", DurationUnit::Week),
    ("weeks", DurationUnit::Week),
    ("wk", DurationUnit::Week),
    ("wks", DurationUnit::Week),
    ("周", DurationUnit::Week),
    ("星期", DurationUnit::Week),
    ("个星期", DurationUnit::Week),
    ("礼拜", DurationUnit::Week),
    ("day", DurationUnit::Day),
    ("days", DurationUnit::Day),
    ("天", DurationUnit::Day),
    ("日", DurationUnit::Day),
    ("hour", DurationUnit::Hour),
    ("hours", DurationUnit::Hour),
    ("hr", DurationUnit::Hour),
    ("hrs", DurationUnit::Hour),
    ("小时", DurationUnit::Hour),
    ("个小时", DurationUnit::Hour),
    ("时", DurationUnit::Hour),
];

const UNITS: [DurationUnit; 5] = [
    DurationUnit::Hour,
    DurationUnit::Day,
    DurationUnit::Week,
    DurationUnit::Month,
    DurationUnit::Year,
];

impl Duration {
    /// The length in days, approximately: a year is 365 days, a month 30, a week 7, an
    /// hour 1/24.
    pub fn approx_days(&self) -> Decimal {
        let count = Decimal::from(self.count);
        match self.unit {
            DurationUnit::Hour => count.checked_div(Decimal::from(24_u32)).unwrap_or_default(),
            DurationUnit::Day => count,
            DurationUnit::Week => count.saturating_mul(Decimal::from(7_u32)),
            DurationUnit::Month => count.saturating_mul(Decimal::from(30_u32)),
            DurationUnit::Year => count.saturating_mul(Decimal::from(365_u32)),
        }
    }

    /// Reads a written duration: `"2y"`, `"6mo"`, `"4w"`, `"90d"`, `"36h"`.
    pub fn parse(text: &str) -> Result<Duration, ValueError> {
        let text = text.trim_ascii();
        if text.is_empty() {
            return Err(DURATION_EXPECT.empty());
        }
        if let Some(e) = number::fullwidth(text, &|t| Duration::parse(t).is_ok()) {
            return Err(e);
        }
        let Some(lx) = number::lex(text) else {
            return Err(DURATION_EXPECT.not_a(text));
        };
        if !lx.prefix.is_empty() || lx.multiplier.is_some() {
            return Err(DURATION_EXPECT.not_a(text));
        }
        let value = lx.value(&DURATION_EXPECT)?;
        let shown = show(value);
        if lx.suffix.is_empty() {
            return Err(bare(text, &shown));
        }
        let unit = unit_of(text, lx.suffix, &shown)?;
        if lx.sign == Some(Sign::Minus) {
            return Err(ValueError::with_help(
                crate::msg!("value-duration-negative", shown = text),
                write(&format!("{shown}{}", unit.suffix())),
            ));
        }
        if !value.fract().is_zero() {
            let help = unit
                .smaller()
                .and_then(|(smaller, factor)| {
                    let n = value.checked_mul(Decimal::from(factor))?;
                    n.fract()
                        .is_zero()
                        .then(|| write(&format!("{}{}", show(n), smaller.suffix())))
                })
                .unwrap_or_else(|| crate::msg!("value-help-duration-whole", unit = unit.plural()));
            return Err(ValueError::with_help(
                crate::msg!(
                    "value-duration-not-whole",
                    shown = text,
                    unit = unit.plural()
                ),
                help,
            ));
        }
        let count = value.to_u32().ok_or_else(|| {
            ValueError::with_help(
                crate::msg!("value-duration-too-long", shown = text),
                DURATION_EXPECT.help,
            )
        })?;
        Ok(Duration { count, unit })
    }

    /// Reads a duration from the loaded document: a string as [`Duration::parse`]; a
    /// number has no unit and is rejected.
    pub fn from_json(value: &Value) -> Result<Duration, ValueError> {
        match value {
            Value::String(s) => Duration::parse(s),
            Value::Number(n) => {
                let (shown, _) = number::json_number(n)?;
                Err(bare(&shown, &shown))
            }
            other => Err(DURATION_EXPECT.wrong_kind(other)),
        }
    }
}

/// The unit a duration's suffix names, or what to write instead.
fn unit_of(text: &str, suffix: &str, shown: &str) -> Result<DurationUnit, ValueError> {
    if let Some(unit) = UNITS.iter().find(|u| u.suffix() == suffix) {
        return Ok(*unit);
    }
    let named = UNITS
        .iter()
        .find(|u| u.suffix().eq_ignore_ascii_case(suffix))
        .or_else(|| {
            UNIT_WORDS
                .iter()
                .find(|(w, _)| w.eq_ignore_ascii_case(suffix))
                .map(|(_, u)| u)
        });
    if let Some(unit) = named {
        return Err(ValueError::with_help(
            crate::msg!("value-duration-unit-name", shown = text),
            write(&format!("{shown}{}", unit.suffix())),
        ));
    }
    if suffix.eq_ignore_ascii_case("m") {
        return Err(ValueError::with_help(
            crate::msg!("value-duration-m", shown = text),
            write(&format!("{shown}mo")),
        ));
    }
    const TOO_FINE: [&str; 8] = ["min", "mins", "minute", "minutes", "s", "sec", "分钟", "秒"];
    if TOO_FINE.iter().any(|w| w.eq_ignore_ascii_case(suffix)) {
        return Err(ValueError::with_help(
            crate::msg!("value-duration-too-fine", shown = text),
            crate::msg!("value-help-duration-hours"),
        ));
    }
    Err(DURATION_EXPECT.not_a(text))
}

fn bare(text: &str, shown: &str) -> ValueError {
    ValueError::with_help(
        crate::msg!("value-duration-bare", shown = text),
        crate::msg!("value-help-duration-bare", shown = shown),
    )
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.count, self.unit.suffix())
    }
}

value_type!(
    Duration,
    name: "Duration",
    format: "campspec-duration",
    expect: DURATION_EXPECT,
    type: "string",
    description: duration_doc::description!(),
    examples: ["2y", "6mo", "4w", "90d", "36h"],
);

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn date_err(text: &str) -> (String, Option<String>) {
        let e = Date::parse(text).unwrap_err();
        (e.message_en(), e.help_en())
    }

    fn time_err(text: &str) -> (String, Option<String>) {
        let e = TimeOfDay::parse(text).unwrap_err();
        (e.message_en(), e.help_en())
    }

    fn duration_err(text: &str) -> (String, Option<String>) {
        let e = Duration::parse(text).unwrap_err();
        (e.message_en(), e.help_en())
    }

    #[test]
    fn reads_iso_dates() {
        let date = Date::parse("2027-01-16").unwrap();
        assert_eq!(date.get(), jiff::civil::date(2027, 1, 16));
        assert_eq!(date.to_string(), "2027-01-16");
        assert_eq!(
            Date::parse(" 2028-02-29 ").unwrap().to_string(),
            "2028-02-29"
        );
        assert_eq!(Date::parse("0999-12-31").unwrap().to_string(), "0999-12-31");
        assert_eq!(
            Date::from_json(&json!("2027-02-15")),
            Date::parse("2027-02-15")
        );
        assert_eq!(Date::new(2027, 1, 16), Some(date));
        assert_eq!(Date::new(2027, 2, 29), None);
        assert_eq!(Date::new(-1, 1, 1), None);
        assert_eq!(Date::from(jiff::civil::date(2027, 1, 16)), date);
        assert_eq!(jiff::civil::Date::from(date), date.get());
        assert!(Date::parse("2027-01-16").unwrap() < Date::parse("2027-02-01").unwrap());
    }

    #[test]
    fn rejects_days_that_do_not_exist() {
        assert_eq!(
            date_err("2027-02-30"),
            (
                "`2027-02-30` is not a date: February 2027 has 28 days".into(),
                Some("write a day between 2027-02-01 and 2027-02-28".into())
            )
        );
        assert_eq!(
            date_err("2028-02-30").0,
            "`2028-02-30` is not a date: February 2028 has 29 days"
        );
        assert_eq!(
            date_err("2027-04-31").1,
            Some("write a day between 2027-04-01 and 2027-04-30".into())
        );
        assert_eq!(
            date_err("2027-01-00").0,
            "`2027-01-00` is not a date: January 2027 has 31 days"
        );
        assert_eq!(
            date_err("2027-13-01"),
            (
                "`2027-13-01` is not a date: there is no month 13".into(),
                Some("write a month from 01 to 12".into())
            )
        );
        assert_eq!(
            date_err("2027-00-10").0,
            "`2027-00-10` is not a date: there is no month 0"
        );
    }

    #[test]
    fn rewrites_other_date_shapes() {
        let cases = [
            "2027/1/16",
            "2027/01/16",
            "2027.1.16",
            "2027-1-16",
            "2027年1月16日",
            "2027年01月16号",
            "2027 年 1 月 16 日",
            "16.01.2027",
            "16/1/2027",
            "1/16/2027",
            "20270116",
        ];
        for text in cases {
            assert_eq!(
                date_err(text),
                (
                    format!("`{text}` is not written as YYYY-MM-DD"),
                    Some("write 2027-01-16".into())
                ),
                "{text}"
            );
        }
        assert_eq!(
            date_err("2027/2/30").0,
            "`2027/2/30` is not a date: February 2027 has 28 days"
        );
        assert_eq!(
            date_err("01/02/2027"),
            (
                "`01/02/2027` is not written as YYYY-MM-DD, and its day and month could be either way round".into(),
                Some("write 2027-02-01 (1 February) or 2027-01-02 (2 January)".into())
            )
        );
        assert_eq!(
            date_err("1月16日"),
            (
                "`1月16日` has no year".into(),
                Some("write the year too, as YYYY-01-16".into())
            )
        );
        assert_eq!(
            date_err("2027-01-16 10:00"),
            (
                "`2027-01-16 10:00` has a time of day; this field is a calendar day".into(),
                Some("write 2027-01-16".into())
            )
        );
        assert_eq!(
            date_err("2027-01-16T10:00:00+08:00").1,
            Some("write 2027-01-16".into())
        );
        assert_eq!(
            date_err("２０２７-01-16"),
            (
                "`２０２７-01-16` is written with fullwidth digits".into(),
                Some("write \"2027-01-16\"".into())
            )
        );
    }

    #[test]
    fn rejects_other_dates() {
        assert_eq!(
            date_err("next monday"),
            (
                "`next monday` is not a date".into(),
                Some("write a date as YYYY-MM-DD, such as 2027-01-16".into())
            )
        );
        assert_eq!(date_err("27-01-16").0, "`27-01-16` is not a date");
        assert_eq!(date_err("").0, "expected a date, found an empty value");
        assert_eq!(
            Date::from_json(&json!(20270116)).unwrap_err(),
            ValueError::with_help("`20270116` is a number, not a date", "write 2027-01-16")
        );
        assert_eq!(
            Date::from_json(&json!(2027))
                .unwrap_err()
                .help_en()
                .as_deref(),
            Some("write a date as YYYY-MM-DD, such as 2027-01-16")
        );
        assert_eq!(
            Date::from_json(&json!(true)).unwrap_err().message,
            "expected a date, found `true`"
        );
    }

    #[test]
    fn reads_times() {
        let cases = [
            ("10:00", 10, 0, "10:00"),
            ("9:30", 9, 30, "09:30"),
            ("09:30", 9, 30, "09:30"),
            ("00:00", 0, 0, "00:00"),
            ("23:59", 23, 59, "23:59"),
            (" 20:00 ", 20, 0, "20:00"),
        ];
        for (text, h, m, canonical) in cases {
            let t = TimeOfDay::parse(text).unwrap();
            assert_eq!((t.hour(), t.minute()), (h, m));
            assert_eq!(t.to_string(), canonical);
            assert_eq!(TimeOfDay::from_json(&json!(text)), Ok(t));
        }
        assert!(TimeOfDay::parse("9:30").unwrap() < TimeOfDay::parse("10:00").unwrap());
        assert_eq!(
            TimeOfDay::parse("14:05").unwrap().to_civil(),
            jiff::civil::time(14, 5, 0, 0)
        );
        assert_eq!(TimeOfDay::new(24, 0), None);
        assert_eq!(TimeOfDay::new(23, 60), None);
    }

    #[test]
    fn rejects_times_out_of_range() {
        assert_eq!(
            time_err("24:00"),
            (
                "`24:00` is not a time of day: hours run from 00 to 23".into(),
                Some("write a time from \"00:00\" to \"23:59\"".into())
            )
        );
        assert_eq!(
            time_err("10:60"),
            (
                "`10:60` is not a time of day: minutes run from 00 to 59".into(),
                Some("write a time from \"00:00\" to \"23:59\"".into())
            )
        );
    }

    #[test]
    fn rewrites_other_time_shapes() {
        assert_eq!(
            time_err("10"),
            ("`10` has no minutes".into(), Some("write \"10:00\"".into()))
        );
        assert_eq!(
            time_err("10点"),
            (
                "`10点` is not written as HH:MM".into(),
                Some("write \"10:00\"".into())
            )
        );
        let cases = [
            ("10点半", "10:30"),
            ("10点30", "10:30"),
            ("10点30分", "10:30"),
            ("10时", "10:00"),
            ("下午2点", "14:00"),
            ("晚上8点", "20:00"),
            ("上午10点", "10:00"),
            ("1000", "10:00"),
            ("10.30", "10:30"),
            ("10h30", "10:30"),
            ("10h", "10:00"),
            ("10:5", "10:05"),
            ("10:00:00", "10:00"),
            ("10：00", "10:00"),
        ];
        for (text, fixed) in cases {
            assert_eq!(
                time_err(text).1,
                Some(format!("write \"{fixed}\"")),
                "{text}"
            );
        }
        assert_eq!(
            time_err("2pm"),
            (
                "`2pm` is not written as HH:MM on the 24-hour clock".into(),
                Some("write \"14:00\"".into())
            )
        );
        assert_eq!(time_err("10:30 PM").1, Some("write \"22:30\"".into()));
        assert_eq!(time_err("12am").1, Some("write \"00:00\"".into()));
        assert_eq!(time_err("12pm").1, Some("write \"12:00\"".into()));
        assert_eq!(
            time_err("10:00:00").0,
            "`10:00:00` has seconds; times are written to the minute"
        );
        assert_eq!(
            time_err("25点").0,
            "`25点` is not a time of day: hours run from 00 to 23"
        );
        assert_eq!(time_err("noon").0, "`noon` is not a time of day");
        assert_eq!(time_err("10:xx").0, "`10:xx` is not a time of day");
        assert_eq!(
            time_err("").0,
            "expected a time of day, found an empty value"
        );
    }

    #[test]
    fn rejects_numbers_for_times() {
        let e = TimeOfDay::from_json(&json!(600)).unwrap_err();
        assert_eq!(
            e.message,
            "`600` is a number, not a time of day (a YAML 1.1 reader turns an unquoted 10:00 into 600)"
        );
        assert_eq!(e.help_en().as_deref(), Some("quote it: \"10:00\""));
        let e = TimeOfDay::from_json(&json!(10)).unwrap_err();
        assert_eq!(e.message, "`10` is a number, not a time of day");
        assert_eq!(e.help_en().as_deref(), Some("write \"10:00\""));
        let e = TimeOfDay::from_json(&json!(1230)).unwrap_err();
        assert_eq!(e.help_en().as_deref(), Some("quote it: \"20:30\""));
        let e = TimeOfDay::from_json(&json!(5000)).unwrap_err();
        assert_eq!(
            e.help_en().as_deref(),
            Some("write a time such as \"10:00\"")
        );
        let e = TimeOfDay::from_json(&json!(10.5)).unwrap_err();
        assert_eq!(
            e.help_en().as_deref(),
            Some("write a time such as \"10:00\"")
        );
        assert_eq!(
            TimeOfDay::from_json(&json!([])).unwrap_err().message,
            "expected a time of day, found a list"
        );
    }

    #[test]
    fn reads_durations() {
        let cases = [
            ("2y", 2, DurationUnit::Year, "730"),
            ("6mo", 6, DurationUnit::Month, "180"),
            ("4w", 4, DurationUnit::Week, "28"),
            ("90d", 90, DurationUnit::Day, "90"),
            ("36h", 36, DurationUnit::Hour, "1.5"),
            ("2 y", 2, DurationUnit::Year, "730"),
            ("0d", 0, DurationUnit::Day, "0"),
        ];
        for (text, count, unit, days) in cases {
            let duration = Duration::parse(text).unwrap();
            assert_eq!(duration, Duration { count, unit });
            assert_eq!(show(duration.approx_days()), days);
            assert_eq!(Duration::from_json(&json!(text)), Ok(duration));
        }
        assert_eq!(Duration::parse("2 y").unwrap().to_string(), "2y");
        assert_eq!(Duration::parse("6mo").unwrap().to_string(), "6mo");
    }

    #[test]
    fn rejects_other_duration_forms() {
        assert_eq!(
            duration_err("2 years"),
            (
                "`2 years` does not use a duration unit campspec reads".into(),
                Some("write \"2y\"".into())
            )
        );
        for (text, fixed) in [
            ("2Y", "2y"),
            ("90D", "90d"),
            ("6 months", "6mo"),
            ("3个月", "3mo"),
            ("90天", "90d"),
            ("2年", "2y"),
            ("4 weeks", "4w"),
            ("36 hours", "36h"),
            ("6m", "6mo"),
        ] {
            assert_eq!(
                duration_err(text).1,
                Some(format!("write \"{fixed}\"")),
                "{text}"
            );
        }
        assert_eq!(
            duration_err("6m").0,
            "`6m` is ambiguous: `m` could be months or minutes"
        );
        assert_eq!(
            duration_err("1.5y"),
            (
                "`1.5y` is not a whole number of years".into(),
                Some("write \"18mo\"".into())
            )
        );
        assert_eq!(
            duration_err("1.5w").1,
            Some("write a whole number of weeks".into())
        );
        assert_eq!(duration_err("0.5d").1, Some("write \"12h\"".into()));
        assert_eq!(
            duration_err("1.5h").1,
            Some("write a whole number of hours".into())
        );
        assert_eq!(
            duration_err("90"),
            (
                "`90` has no unit: hours, days, weeks, months or years?".into(),
                Some("write \"90d\" for days; the units are h, d, w, mo and y".into())
            )
        );
        let e = Duration::from_json(&json!(90)).unwrap_err();
        assert_eq!(
            e.message,
            "`90` has no unit: hours, days, weeks, months or years?"
        );
        assert_eq!(
            duration_err("-2y"),
            ("`-2y` is negative".into(), Some("write \"2y\"".into()))
        );
        assert_eq!(
            duration_err("30min").0,
            "`30min` is finer than an hour; durations are whole hours, days, weeks, months or years"
        );
        assert_eq!(duration_err("forever").0, "`forever` is not a duration");
        assert_eq!(duration_err("2x").0, "`2x` is not a duration");
        assert_eq!(
            duration_err("99999999999d").0,
            "`99999999999d` is too long a duration"
        );
        assert_eq!(
            duration_err("").0,
            "expected a duration, found an empty value"
        );
        assert_eq!(
            Duration::from_json(&json!(null)).unwrap_err().message,
            "expected a duration, found an empty value"
        );
    }
}
