//! Dates in customer-facing text that one claim pattern cannot read alone: English date
//! expressions (weekday names, ordinals, a month written once for a whole range, ends and
//! starts in words), weekdays written with a date in English and Chinese, and whether a
//! period is the period of a former price rather than the offer's run.
//!
//! Readings, in the words of the claims they give:
//!
//! - a range — "Thursday 26 – Sunday 29 November", "Nov 26 to Nov 29", "26-29 November",
//!   "from 26 November until 2 December", "between 1 Sep and 15 Oct" — is a period; a month
//!   written once belongs to both days, and a first day after the last one belongs to the
//!   month before ("Friday 28 to Monday 1 December" runs from 28 November);
//! - a date after an end word — "ends", "until", "through", "closes", "expires", "valid to",
//!   "order by", "closing date:", with times and zones between ("until midnight on",
//!   "ends 11:59pm") — is an end; after a start word ("from", "starts", "begins") a start;
//!   "order by 18 December for Christmas delivery" is a delivery cut-off, not an end;
//! - an end given by its weekday alone ("ends Sunday", "until midnight Sunday") is read as
//!   what it says: the offer's last day is that weekday. No date is guessed for it;
//! - numeric dates (`26/11`, `12/20`) are read only when the order is plain: a number above
//!   12 is the day, and one such number settles the order for the whole range. `12/2`
//!   alone could be 12 February or December 2 and is not read as a period;
//! - a weekday written with a date — "Thu 26 Nov", "Thursday, November 26", "Thu 26/11",
//!   11月26日（周四）, 11月26日星期四, 周四11.26 — is kept for the calendar check (L017),
//!   overlapping the period it is part of.

use super::claims::{ClaimKind, Day};
use jiff::civil::Weekday;
use std::sync::OnceLock;

/// A date claim in one sentence: its byte range there, what it states, and whether it
/// occupies its characters (a period or an end does, so no claim pattern reads a number
/// inside it again; a weekday does not, so it may lie inside a period).
#[derive(Clone, Debug, PartialEq)]
pub struct DateClaim {
    pub start: usize,
    pub end: usize,
    pub kind: ClaimKind,
    pub exclusive: bool,
}

/// Every date claim this module reads in one (normalised) sentence.
pub fn read(sentence: &str) -> Vec<DateClaim> {
    let mut out = Vec::new();
    if english_prefilter().is_none_or(|re| re.is_match(sentence)) {
        english(sentence, &mut out);
    }
    if sentence.contains('周') || sentence.contains("星期") || sentence.contains("礼拜") {
        chinese_weekdays(sentence, &mut out);
    }
    out
}

// ---------------------------------------------------------------------------------
// English: tokens.

#[derive(Clone, Copy, Debug, PartialEq)]
enum Tok<'a> {
    /// Lower-case ASCII letters (the text is normalised).
    Word(&'a str),
    /// A whole number (`26`, `26th`, `2026`), with its count of digits.
    Num(u32, usize),
    /// `26/11`, `11/26/2026`: two numbers and a year.
    Slash(u32, u32, Option<u32>),
    /// A time of day: `11:59`, `2pm`.
    Time,
    /// ASCII punctuation; every dash is `-`.
    Punct(char),
    /// Anything else: a price, a decimal, a CJK character.
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Token<'a> {
    tok: Tok<'a>,
    start: usize,
    end: usize,
}

/// Sentences that may hold an English date: a month or weekday name, or `d/d`.
fn english_prefilter() -> Option<&'static regex::Regex> {
    static RE: OnceLock<Option<regex::Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?-u:\b)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)|[0-9]/[0-9]",
        )
        .ok()
    })
    .as_ref()
}

fn byte(s: &str, i: usize) -> u8 {
    s.as_bytes().get(i).copied().unwrap_or(0)
}

/// The end of the run of bytes from `i` that satisfy `f`.
fn run_end(s: &str, mut i: usize, f: impl Fn(u8) -> bool) -> usize {
    while i < s.len() && f(byte(s, i)) {
        i = i.saturating_add(1);
    }
    i
}

fn tokens(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let b = byte(s, i);
        let start = i;
        let (tok, end) = if b.is_ascii_whitespace() {
            i = i.saturating_add(1);
            continue;
        } else if b.is_ascii_alphabetic() {
            let end = run_end(s, i, |b| b.is_ascii_alphabetic());
            (Tok::Word(s.get(i..end).unwrap_or("")), end)
        } else if b.is_ascii_digit() {
            number(s, i)
        } else if b.is_ascii() {
            let c = if b == b'~' { '-' } else { b as char };
            (Tok::Punct(c), i.saturating_add(1))
        } else {
            let c = s.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
            let tok = match c {
                '–' | '—' | '－' | '～' => Tok::Punct('-'),
                _ => Tok::Other,
            };
            (tok, i.saturating_add(c.len_utf8()))
        };
        out.push(Token { tok, start, end });
        i = end.max(start.saturating_add(1));
    }
    out
}

/// A number starting at `i`: a day or year, a date with slashes, a time, or something
/// else (a price after a currency sign, a decimal, a percentage, `4k`).
fn number(s: &str, i: usize) -> (Tok<'_>, usize) {
    let digits_end = run_end(s, i, |b| b.is_ascii_digit());
    let digits = digits_end.saturating_sub(i);
    let value: Option<u32> = s.get(i..digits_end).and_then(|d| d.parse().ok());
    let before = s.get(..i).and_then(|r| r.chars().next_back());
    let money = matches!(before, Some('$' | '£' | '€' | '¥'));
    let next = byte(s, digits_end);
    let after = byte(s, digits_end.saturating_add(1));
    // Whatever follows a number that is not a date is swallowed with it.
    let other = |end: usize| (Tok::Other, end);
    if money || digits > 4 {
        let end = run_end(s, digits_end, |b| {
            b.is_ascii_digit() || b == b'.' || b == b','
        });
        return other(end);
    }
    let Some(value) = value else {
        return other(digits_end);
    };
    match next {
        b':' if after.is_ascii_digit() => {
            let end = run_end(s, digits_end.saturating_add(1), |b| b.is_ascii_digit());
            let end = suffix(s, end, &["am", "pm"]).unwrap_or(end);
            (Tok::Time, end)
        }
        b'/' if after.is_ascii_digit() && digits <= 2 => slash(s, value, digits_end),
        b'.' | b',' if after.is_ascii_digit() => other(run_end(s, digits_end, |b| {
            b.is_ascii_digit() || b == b'.' || b == b','
        })),
        b'%' => other(digits_end.saturating_add(1)),
        b if b.is_ascii_alphabetic() => {
            let letters = run_end(s, digits_end, |b| b.is_ascii_alphabetic());
            match s.get(digits_end..letters) {
                Some("st" | "nd" | "rd" | "th") => (Tok::Num(value, digits), letters),
                Some("am" | "pm") => (Tok::Time, letters),
                _ => other(letters),
            }
        }
        _ => (Tok::Num(value, digits), digits_end),
    }
}

/// The end of one of `words` written right at `at`, if one is.
fn suffix(s: &str, at: usize, words: &[&str]) -> Option<usize> {
    let rest = s.get(at..)?;
    words
        .iter()
        .find(|w| rest.starts_with(**w))
        .map(|w| at.saturating_add(w.len()))
}

/// `26/11`, `11/26/2026`, `26/11/26` from the first number on.
fn slash(s: &str, first: u32, slash_at: usize) -> (Tok<'_>, usize) {
    let b_start = slash_at.saturating_add(1);
    let b_end = run_end(s, b_start, |b| b.is_ascii_digit());
    let second: Option<u32> = s.get(b_start..b_end).and_then(|d| d.parse().ok());
    let Some(second) = second.filter(|_| b_end.saturating_sub(b_start) <= 2) else {
        return (Tok::Other, b_end);
    };
    if byte(s, b_end) == b'/' && byte(s, b_end.saturating_add(1)).is_ascii_digit() {
        let y_start = b_end.saturating_add(1);
        let y_end = run_end(s, y_start, |b| b.is_ascii_digit());
        let year: Option<u32> = s.get(y_start..y_end).and_then(|d| d.parse().ok());
        let year = match (y_end.saturating_sub(y_start), year) {
            (4, Some(y)) => Some(y),
            (2, Some(y)) => Some(y.saturating_add(2000)),
            _ => return (Tok::Other, y_end),
        };
        return (Tok::Slash(first, second, year), y_end);
    }
    (Tok::Slash(first, second, None), b_end)
}

// ---------------------------------------------------------------------------------
// English: words.

/// The weekday an English word names (`thursday`, `thu`, `thurs`).
fn weekday_word(word: &str) -> Option<Weekday> {
    Some(match word {
        "monday" | "mon" => Weekday::Monday,
        "tuesday" | "tue" | "tues" => Weekday::Tuesday,
        "wednesday" | "wed" | "weds" => Weekday::Wednesday,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thursday,
        "friday" | "fri" => Weekday::Friday,
        "saturday" | "sat" => Weekday::Saturday,
        "sunday" | "sun" => Weekday::Sunday,
        _ => return None,
    })
}

/// The month an English word names (`november`, `nov`, `sept`).
fn month_word(word: &str) -> Option<i8> {
    Some(match word {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// Words that end an offer when a date follows them.
const END_WORDS: &[&str] = &[
    "ends", "end", "ending", "closes", "close", "closing", "until", "till", "til", "through",
    "thru", "expires", "expire", "expiring", "expiry", "deadline",
];
/// Words before `by` that make the date after it an end: "order by", "book by".
const BY_VERBS: &[&str] = &[
    "order", "orders", "book", "buy", "shop", "purchase", "redeem", "claim", "use", "spend",
    "checkout", "enter", "register", "reserve", "apply", "activate",
];
/// Words before `to` that make the date after it an end: "valid to", "runs to".
const TO_VERBS: &[&str] = &["valid", "available", "runs", "run", "running", "on"];
/// Words that start an offer when a date follows them.
const START_WORDS: &[&str] = &[
    "from",
    "starts",
    "start",
    "starting",
    "begins",
    "begin",
    "beginning",
    "launches",
    "launching",
    "commences",
    "commencing",
];
/// Words that may stand between an end or start word and its date: times, zones, `on`.
const FILLERS: &[&str] = &[
    "midnight", "noon", "midday", "at", "on", "the", "am", "pm", "gmt", "bst", "utc", "et", "est",
    "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "mt", "cet", "uk", "us", "time", "local",
    "this", "next", "of",
];
/// Whether a word is about delivery (`delivery`, `ships`, `arrive`, `dispatched`,
/// `postage`): a date near it is a delivery's, not the offer's.
fn delivery_word(w: &str) -> bool {
    ["deliver", "arriv", "dispatch", "ship", "receiv"]
        .iter()
        .any(|d| w.starts_with(d))
        || matches!(w, "post" | "posted" | "postage" | "posting")
}

fn word<'a>(toks: &[Token<'a>], i: usize) -> Option<&'a str> {
    match toks.get(i)?.tok {
        Tok::Word(w) => Some(w),
        _ => None,
    }
}

fn punct(toks: &[Token<'_>], i: usize, c: char) -> bool {
    toks.get(i).is_some_and(|t| t.tok == Tok::Punct(c))
}

// ---------------------------------------------------------------------------------
// English: date points and expressions.

/// How a point writes its month and day.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Core {
    /// `26 November`, `Nov 26`, or a bare `26` whose month is written elsewhere.
    Named { month: Option<i8>, day: u32 },
    /// `26/11` or `11/26`: the order is not known yet.
    Slash(u32, u32),
}

/// One date of an expression, with where its parts are.
#[derive(Clone, Copy, Debug)]
struct Point {
    weekday: Option<(Weekday, usize)>,
    core: Core,
    year: Option<i16>,
    /// Token index of its first token and of the token after it.
    first: usize,
    next: usize,
    /// Byte range, from the weekday (if any) to the last token.
    start: usize,
    end: usize,
}

impl Point {
    fn bare(&self) -> bool {
        matches!(self.core, Core::Named { month: None, .. })
    }
}

fn year_of(tok: Option<&Token<'_>>) -> Option<i16> {
    match tok?.tok {
        Tok::Num(y, 4) if (1900..=2100).contains(&y) => i16::try_from(y).ok(),
        _ => None,
    }
}

/// A day number: 1 to 31, at most two digits (a percentage is not a number token).
fn day_number(tok: Option<&Token<'_>>) -> Option<u32> {
    match tok?.tok {
        Tok::Num(d, digits) if digits <= 2 && (1..=31).contains(&d) => Some(d),
        _ => None,
    }
}

/// A year after a point: `2026` after a day-first date (`4 December 2026`), `, 2026`
/// after either (`December 4, 2026`; "Dec 4 2000 points" is no year).
fn trailing_year(toks: &[Token<'_>], k: usize, day_first: bool) -> Option<(i16, usize)> {
    if let Some(y) = year_of(toks.get(k)).filter(|_| day_first) {
        return Some((y, k.saturating_add(1)));
    }
    if punct(toks, k, ',') {
        let k = k.saturating_add(1);
        return year_of(toks.get(k)).map(|y| (y, k.saturating_add(1)));
    }
    None
}

/// The date point starting at token `i`, if one does: `[weekday[,]] [the] (26[th] [of]
/// November [2026] | November 26[th][, 2026] | 26/11[/2026] | 26)`.
fn point(toks: &[Token<'_>], i: usize) -> Option<Point> {
    let mut k = i;
    let weekday = word(toks, k).and_then(weekday_word).and_then(|w| {
        let at = toks.get(k)?.start;
        k = k.saturating_add(1);
        if punct(toks, k, ',') || punct(toks, k, '.') {
            k = k.saturating_add(1);
        }
        Some((w, at))
    });
    if word(toks, k) == Some("the") {
        k = k.saturating_add(1);
    }
    let start = toks.get(i)?.start;
    let day_first = day_number(toks.get(k)).is_some();
    let (core, mut next, mut year) = if let Some(day) = day_number(toks.get(k)) {
        let mut m = k.saturating_add(1);
        if word(toks, m) == Some("of") {
            m = m.saturating_add(1);
        }
        match word(toks, m).and_then(month_word) {
            Some(month) => {
                let mut next = m.saturating_add(1);
                if punct(toks, next, '.') {
                    next = next.saturating_add(1);
                }
                let month = Some(month);
                (Core::Named { month, day }, next, None)
            }
            None => {
                let month = None;
                (Core::Named { month, day }, k.saturating_add(1), None)
            }
        }
    } else if let Some(month) = word(toks, k).and_then(month_word) {
        let mut m = k.saturating_add(1);
        if punct(toks, m, '.') {
            m = m.saturating_add(1);
        }
        let day = day_number(toks.get(m))?;
        let month = Some(month);
        (Core::Named { month, day }, m.saturating_add(1), None)
    } else if let Some(Tok::Slash(a, b, y)) = toks.get(k).map(|t| t.tok) {
        let year = y.and_then(|y| i16::try_from(y).ok());
        (Core::Slash(a, b), k.saturating_add(1), year)
    } else {
        return None;
    };
    if matches!(core, Core::Named { month: Some(_), .. })
        && let Some((y, after)) = trailing_year(toks, next, day_first)
    {
        year = Some(y);
        next = after;
    }
    let end = toks.get(next.saturating_sub(1))?.end;
    Some(Point {
        weekday,
        core,
        year,
        first: i,
        next,
        start,
        end,
    })
}

/// The month and day of a point (a slash date in the given order: day first or not),
/// if both are known and in range.
fn month_day(core: Core, order_day_first: Option<bool>) -> Option<(i8, i8)> {
    let (month, day) = match core {
        Core::Named { month, day } => (month?, day),
        Core::Slash(a, b) => match order_day_first? {
            true => (i8::try_from(b).ok()?, a),
            false => (i8::try_from(a).ok()?, b),
        },
    };
    let day = i8::try_from(day).ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((month, day))
}

/// The order a slash date settles by itself: day first when the first number is above 12,
/// month first when the second is.
fn slash_order(core: Core) -> Option<bool> {
    match core {
        Core::Slash(a, b) if a > 12 && b <= 12 => Some(true),
        Core::Slash(a, b) if b > 12 && a <= 12 => Some(false),
        _ => None,
    }
}

/// The month before or after `month` (1–12), and the change of year.
fn shift_month(month: i8, forward: bool) -> (i8, i16) {
    match (month, forward) {
        (1, false) => (12, -1),
        (12, true) => (1, 1),
        (m, true) => (m.saturating_add(1), 0),
        (m, false) => (m.saturating_sub(1), 0),
    }
}

/// The two days of a range, each month and year filled in from the other point.
fn range_days(a: &Point, b: &Point) -> Option<(Day, Day)> {
    let (mut from, mut to) = match (a.core, b.core) {
        (Core::Slash(..), Core::Slash(..)) => {
            // One plain date settles the order of both.
            let order = slash_order(a.core).or(slash_order(b.core));
            let (ma, da) = month_day(a.core, order)?;
            let (mb, db) = month_day(b.core, order)?;
            ((ma, da, a.year), (mb, db, b.year))
        }
        (Core::Named { month: ma, day: da }, Core::Named { month: mb, day: db }) => {
            let da = i8::try_from(da).ok()?;
            let db = i8::try_from(db).ok()?;
            match (ma, mb) {
                (None, None) => return None,
                (None, Some(mb)) => {
                    // "28 to 1 December": the first day belongs to the month before.
                    let (ma, dy) = if da > db {
                        shift_month(mb, false)
                    } else {
                        (mb, 0)
                    };
                    let ya = b.year.map(|y| y.saturating_add(dy));
                    ((ma, da, ya), (mb, db, b.year))
                }
                (Some(ma), None) => {
                    let (mb, dy) = if db < da {
                        shift_month(ma, true)
                    } else {
                        (ma, 0)
                    };
                    let yb = a.year.map(|y| y.saturating_add(dy));
                    ((ma, da, a.year), (mb, db, yb))
                }
                (Some(ma), Some(mb)) => ((ma, da, a.year), (mb, db, b.year)),
            }
        }
        _ => return None,
    };
    // A year written once belongs to both days (a range over New Year crosses it).
    let crosses = i16::from(from.0 > to.0 || (from.0 == to.0 && from.1 > to.1));
    match (from.2, to.2) {
        (None, Some(y)) => from.2 = Some(y.saturating_sub(crosses)),
        (Some(y), None) => to.2 = Some(y.saturating_add(crosses)),
        _ => {}
    }
    let day = |(month, day, year): (i8, i8, Option<i16>)| Day { year, month, day };
    Some((day(from), day(to)))
}

/// The date of a single point (not in a range), if its month is known.
fn single_day(p: &Point) -> Option<(Day, Option<Day>)> {
    let year = p.year;
    match p.core {
        Core::Named { .. } => {
            let (month, day) = month_day(p.core, None)?;
            Some((Day { year, month, day }, None))
        }
        Core::Slash(..) => match slash_order(p.core) {
            Some(order) => {
                let (month, day) = month_day(p.core, Some(order))?;
                Some((Day { year, month, day }, None))
            }
            None => {
                // Both readings: day first (UK, EU) and month first (US).
                let (month, day) = month_day(p.core, Some(true))?;
                let (m2, d2) = month_day(p.core, Some(false))?;
                let other = Day {
                    year,
                    month: m2,
                    day: d2,
                };
                Some((Day { year, month, day }, Some(other)))
            }
        },
    }
}

/// What the words before a point make of it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Role {
    /// An end, starting at that byte (the end word); `true` for a cut-off written with
    /// `by` ("order by"), which may be a delivery cut-off.
    End(usize, bool),
    /// A start, starting at that byte.
    Start(usize),
    None,
}

/// The role the words before token `first` give a date after them, skipping times,
/// zones and `on`/`at` between.
fn role(toks: &[Token<'_>], first: usize) -> Role {
    let mut k = first;
    let mut skipped: usize = 0;
    while k > 0 && skipped < 6 {
        let Some(t) = toks.get(k.saturating_sub(1)) else {
            break;
        };
        let filler = match t.tok {
            Tok::Time | Tok::Punct(',' | ':' | '(') => true,
            Tok::Word(w) => FILLERS.contains(&w),
            _ => false,
        };
        if !filler {
            break;
        }
        k = k.saturating_sub(1);
        skipped = skipped.saturating_add(1);
    }
    let Some(before) = k.checked_sub(1) else {
        return Role::None;
    };
    let Some(w) = word(toks, before) else {
        return Role::None;
    };
    let at = |i: usize| toks.get(i).map_or(0, |t| t.start);
    let previous = before.checked_sub(1).and_then(|p| word(toks, p));
    // "Monday through Friday", "Mon to Fri": a schedule of weekdays, not an end ("Black
    // Friday ends 30 Nov" still is one).
    let span_word = matches!(w, "through" | "thru" | "to" | "until" | "till" | "til");
    if span_word && previous.and_then(weekday_word).is_some() {
        return Role::None;
    }
    match (w, previous) {
        ("by", Some(verb)) if BY_VERBS.contains(&verb) => {
            Role::End(at(before.saturating_sub(1)), true)
        }
        ("to", Some(verb)) if TO_VERBS.contains(&verb) => {
            Role::End(at(before.saturating_sub(1)), false)
        }
        ("date", Some("closing" | "end" | "expiry")) => {
            Role::End(at(before.saturating_sub(1)), false)
        }
        (w, _) if END_WORDS.contains(&w) => Role::End(at(before), false),
        (w, _) if START_WORDS.contains(&w) => Role::Start(at(before)),
        _ => Role::None,
    }
}

/// Whether the words after token `next` in the same clause make a cut-off a delivery
/// cut-off ("order by 18 December for Christmas delivery").
fn delivery_after(toks: &[Token<'_>], next: usize) -> bool {
    for t in toks.iter().skip(next).take(8) {
        match t.tok {
            Tok::Punct(',' | ';' | ':' | '.' | '!' | '?' | ')') => return false,
            Tok::Word(w) if delivery_word(w) => return true,
            _ => {}
        }
    }
    false
}

/// Whether a delivery word stands right before the start word of the date at `first`
/// ("ships from 1 December", "delivery from Monday 7 December").
fn delivery_before(toks: &[Token<'_>], first: usize) -> bool {
    let words: Vec<&str> = toks
        .iter()
        .take(first)
        .rev()
        .filter_map(|t| match t.tok {
            Tok::Word(w) => Some(w),
            _ => None,
        })
        .take(3)
        .collect();
    words.iter().skip(1).any(|w| delivery_word(w))
}

fn weekday_claim(p: &Point, day: Day, other: Option<Day>, out: &mut Vec<DateClaim>) {
    let Some((weekday, start)) = p.weekday else {
        return;
    };
    out.push(DateClaim {
        start,
        end: p.end,
        kind: ClaimKind::Weekday {
            day,
            weekday,
            other,
        },
        exclusive: false,
    });
}

/// Reads the English date expressions of a sentence.
fn english(sentence: &str, out: &mut Vec<DateClaim>) {
    let toks = tokens(sentence);
    // Token ranges taken by a date expression (a weekday there is not an end by itself).
    let mut covered: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some(a) = point(&toks, i) else {
            i = i.saturating_add(1);
            continue;
        };
        if let Some(next) = range(sentence, &toks, &a, out) {
            covered.push((a.first, next));
            i = next;
            continue;
        }
        if a.bare() {
            i = i.saturating_add(1);
            continue;
        }
        covered.push((a.first, a.next));
        i = a.next;
        let Some((day, other)) = single_day(&a) else {
            continue;
        };
        weekday_claim(&a, day, other, out);
        let unambiguous = other.is_none();
        let claim = match role(&toks, a.first) {
            Role::End(start, by) if unambiguous => {
                if by && delivery_after(&toks, a.next) {
                    continue;
                }
                let kind = ClaimKind::Period {
                    from: None,
                    to: Some(day),
                };
                (start, kind)
            }
            Role::Start(start) if unambiguous && !delivery_before(&toks, a.first) => {
                let kind = ClaimKind::Period {
                    from: Some(day),
                    to: None,
                };
                (start, kind)
            }
            _ => continue,
        };
        push_period(sentence, claim.0, a.end, claim.1, out);
    }
    weekday_ends(&toks, &covered, out);
}

/// A range starting at point `a`, if one does: its claims are pushed and the token after
/// it returned.
fn range(sentence: &str, toks: &[Token<'_>], a: &Point, out: &mut Vec<DateClaim>) -> Option<usize> {
    let sep = a.next;
    let between = a.first.checked_sub(1).and_then(|k| word(toks, k)) == Some("between");
    let is_sep = match toks.get(sep)?.tok {
        Tok::Punct('-') => true,
        Tok::Word("to" | "through" | "thru" | "until" | "till" | "til") => true,
        Tok::Word("and") => between,
        _ => false,
    };
    if !is_sep {
        return None;
    }
    let b = point(toks, sep.saturating_add(1))?;
    let (from, to) = range_days(a, &b)?;
    // The weekday of a bare first day is underlined with its day number.
    weekday_claim(a, from, None, out);
    weekday_claim(&b, to, None, out);
    let start = match a.first.checked_sub(1).and_then(|k| word(toks, k)) {
        Some("from" | "between") => toks
            .get(a.first.saturating_sub(1))
            .map_or(a.start, |t| t.start),
        _ => a.start,
    };
    let kind = ClaimKind::Period {
        from: Some(from),
        to: Some(to),
    };
    push_period(sentence, start, b.end, kind, out);
    Some(b.next)
}

/// Pushes a period (or end, or start), as the period of a former price when the words
/// around it say so.
fn push_period(
    sentence: &str,
    start: usize,
    end: usize,
    kind: ClaimKind,
    out: &mut Vec<DateClaim>,
) {
    let kind = in_context(sentence, start, end, kind);
    out.push(DateClaim {
        start,
        end,
        kind,
        exclusive: true,
    });
}

/// "ends Sunday", "until midnight Sunday", "order by Sunday": an end given by a weekday
/// alone (not part of a date).
fn weekday_ends(toks: &[Token<'_>], covered: &[(usize, usize)], out: &mut Vec<DateClaim>) {
    for (i, t) in toks.iter().enumerate() {
        let Tok::Word(w) = t.tok else { continue };
        let Some(weekday) = weekday_word(w) else {
            continue;
        };
        if covered.iter().any(|(a, b)| (*a..*b).contains(&i)) {
            continue;
        }
        // "Sunday 5pm" is still a weekday alone; "Sun 6" without a month is not read.
        if day_number(toks.get(i.saturating_add(1))).is_some() {
            continue;
        }
        let Role::End(start, by) = role(toks, i) else {
            continue;
        };
        if by && delivery_after(toks, i.saturating_add(1)) {
            continue;
        }
        out.push(DateClaim {
            start,
            end: t.end,
            kind: ClaimKind::EndsOn { weekday },
            exclusive: true,
        });
    }
}

/// Whether the `.` at `dot` ends a month's or weekday's abbreviation with more of the
/// date after it ("Dec. 2", "Thu. 26 Nov"), so the sentence goes on.
pub fn abbreviation_at(text: &str, dot: usize) -> bool {
    let head = text.get(..dot).unwrap_or("");
    let word_start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphabetic())
        .last()
        .map_or(dot, |(i, _)| i);
    let word = head.get(word_start..).unwrap_or("");
    let full = matches!(word, "may" | "june" | "july");
    let short = !full
        && ((word.len() <= 4 && month_word(word).is_some())
            || (word.len() <= 5 && weekday_word(word).is_some()));
    let next = text
        .get(dot.saturating_add(1)..)
        .and_then(|rest| rest.trim_start_matches(' ').chars().next());
    short && next.is_some_and(|c| c.is_ascii_alphanumeric())
}

// ---------------------------------------------------------------------------------
// Chinese weekdays written with a date.

/// The weekday a Chinese weekday character names (周四, 星期日, 礼拜天).
fn weekday_zh(c: &str) -> Option<Weekday> {
    Some(match c {
        "一" => Weekday::Monday,
        "二" => Weekday::Tuesday,
        "三" => Weekday::Wednesday,
        "四" => Weekday::Thursday,
        "五" => Weekday::Friday,
        "六" => Weekday::Saturday,
        "日" | "天" => Weekday::Sunday,
        _ => return None,
    })
}

/// A weekday word of Chinese, capturing its character.
const WD_ZH: &str = "(?:周|星期|礼拜)([一二三四五六日天])";

/// The Chinese weekday patterns: date then weekday (11月26日（周四）), weekday then date
/// (周四11月26日, 周四11.26), numeric date then weekday (11.26周四), and a range's second
/// day written without its month (至6日（周日）).
fn zh_patterns() -> &'static [Option<regex::Regex>; 5] {
    static RE: OnceLock<[Option<regex::Regex>; 5]> = OnceLock::new();
    RE.get_or_init(|| {
        let date = r"(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})[日号]";
        let open = r"[ \t]*\(?[ \t]*";
        [
            format!(r"{date}{open}{WD_ZH}\)?"),
            format!(r"{WD_ZH}{open}{date}"),
            format!(r"{WD_ZH}{open}([0-9]{{1,2}})[./]([0-9]{{1,2}})([0-9.%元折])?"),
            format!(r"([0-9]{{1,2}})[./]([0-9]{{1,2}}){open}{WD_ZH}\)?"),
            format!(r"(?:至|到|-|—|–|~|～)[ \t]*([0-9]{{1,2}})[日号]{open}{WD_ZH}\)?"),
        ]
        .map(|source| regex::Regex::new(&source).ok())
    })
}

fn num<T: std::str::FromStr>(caps: &regex::Captures<'_>, i: usize) -> Option<T> {
    caps.get(i)?.as_str().parse().ok()
}

/// The month and year of the last date written before `at` (`2026年12月3日`, `12月3日`).
fn month_before(sentence: &str, at: usize) -> Option<(i8, Option<i16>)> {
    static RE: OnceLock<Option<regex::Regex>> = OnceLock::new();
    let re = RE
        .get_or_init(|| regex::Regex::new(r"(?:([0-9]{4})年)?([0-9]{1,2})月").ok())
        .as_ref()?;
    let caps = re.captures_iter(sentence.get(..at)?).last()?;
    Some((num(&caps, 2)?, num(&caps, 1)))
}

/// The year of a date written without one: that of the last date before it in the same
/// sentence that has one (the next year when the month comes round again).
fn inherited_year(sentence: &str, at: usize, month: i8) -> Option<i16> {
    static RE: OnceLock<Option<regex::Regex>> = OnceLock::new();
    let re = RE
        .get_or_init(|| regex::Regex::new(r"([0-9]{4})年([0-9]{1,2})月").ok())
        .as_ref()?;
    let caps = re.captures_iter(sentence.get(..at)?).last()?;
    let year: i16 = num(&caps, 1)?;
    let before: i8 = num(&caps, 2)?;
    Some(if month < before {
        year.saturating_add(1)
    } else {
        year
    })
}

/// Reads the weekdays written with a date in a Chinese sentence.
fn chinese_weekdays(sentence: &str, out: &mut Vec<DateClaim>) {
    let mut seen: Vec<(usize, usize)> = Vec::new();
    for (index, re) in zh_patterns().iter().enumerate() {
        let Some(re) = re else { continue };
        for caps in re.captures_iter(sentence) {
            let Some(whole) = caps.get(0) else { continue };
            let (start, end) = (whole.start(), whole.end());
            if seen.iter().any(|(s, e)| start < *e && *s < end) {
                continue;
            }
            let Some((year, month, day, weekday, start)) = zh_reading(sentence, index, &caps)
            else {
                continue;
            };
            seen.push((start, end));
            let year = year.or_else(|| inherited_year(sentence, start, month));
            let day = Day { year, month, day };
            out.push(DateClaim {
                start,
                end,
                kind: ClaimKind::Weekday {
                    day,
                    weekday,
                    other: None,
                },
                exclusive: false,
            });
        }
    }
}

/// What the Chinese weekday pattern `index` read: year, month, day, weekday and where the
/// claim starts.
type ZhReading = (Option<i16>, i8, i8, Weekday, usize);

fn zh_reading(sentence: &str, index: usize, caps: &regex::Captures<'_>) -> Option<ZhReading> {
    let whole = caps.get(0)?;
    let wd = |i: usize| caps.get(i).and_then(|m| weekday_zh(m.as_str()));
    let (year, month, day, weekday, start) = match index {
        0 => (
            num(caps, 1),
            num(caps, 2)?,
            num(caps, 3)?,
            wd(4)?,
            whole.start(),
        ),
        1 => (
            num(caps, 2),
            num(caps, 3)?,
            num(caps, 4)?,
            wd(1)?,
            whole.start(),
        ),
        2 => {
            // 周四11.26 but not 周四11.26元 (a price) or 11.265.
            if caps.get(4).is_some() {
                return None;
            }
            (None, num(caps, 2)?, num(caps, 3)?, wd(1)?, whole.start())
        }
        3 => {
            // 11.26（周四） but not 99.11.26 or ¥11.26.
            let before = sentence
                .get(..whole.start())
                .and_then(|h| h.chars().next_back());
            if before.is_some_and(|c| c.is_ascii_digit() || matches!(c, '.' | '¥' | '￥' | '$')) {
                return None;
            }
            (None, num(caps, 1)?, num(caps, 2)?, wd(3)?, whole.start())
        }
        _ => {
            // 至6日（周日）: the day's month is the last month written before it.
            let at = caps.get(1)?.start();
            let (month, year) = month_before(sentence, whole.start())?;
            (year, month, num(caps, 1)?, wd(2)?, at)
        }
    };
    let valid = (1..=12).contains(&month) && (1..=31).contains(&day);
    valid.then_some((year, month, day, weekday, start))
}

// ---------------------------------------------------------------------------------
// Former-price periods.

/// Words that say a price was charged before; a period after them (with the price) is
/// when it was charged.
const FORMER_EN: &[&str] = &[
    "was",
    "were",
    "sold at",
    "sold for",
    "selling at",
    "previously",
    "formerly",
    "rrp",
    "compare at",
    "compared at",
    "original price",
    "originally",
    "regular price",
    "usual price",
    "normal price",
    "list price",
    "reference price",
    "retail price",
    "price history",
];
const FORMER_ZH: &[&str] = &[
    "原价",
    "划线价",
    "售价",
    "成交价",
    "日常价",
    "专柜价",
    "吊牌价",
    "参考价",
    "市场价",
    "门市价",
    "零售价",
    "历史价",
    "销售价",
    "常规价",
    "指导价",
    "平时价",
];
/// Words that bring the offer back after a former price: a period after them is the
/// offer's run again ("was $80, now $55 until 30 Nov").
const OFFER_EN: &[&str] = &[
    "now",
    "sale",
    "offer",
    "deal",
    "deals",
    "promo",
    "promotion",
    "save",
    "off",
    "discount",
];
const OFFER_ZH: &[&str] = &[
    "现价", "现售", "活动", "促销", "优惠", "到手", "券后", "秒杀", "特价", "限时", "直降", "立减",
    "折",
];

/// Whether an English phrase occurs in `text` at `at` as whole words.
fn whole_words(text: &str, at: usize, len: usize) -> bool {
    let before = text.get(..at).and_then(|r| r.chars().next_back());
    let after = text
        .get(at.saturating_add(len)..)
        .and_then(|r| r.chars().next());
    !before.is_some_and(|c| c.is_ascii_alphanumeric())
        && !after.is_some_and(|c| c.is_ascii_alphanumeric())
}

/// The last place in `text` where one of `words` occurs (English ones as whole words),
/// with its length.
fn last_of(text: &str, words: &[&str], english: bool) -> Option<(usize, usize)> {
    words
        .iter()
        .flat_map(|w| {
            text.match_indices(w)
                .filter(move |(at, _)| !english || whole_words(text, *at, w.len()))
                .map(|(at, w)| (at, w.len()))
        })
        .max()
}

/// The clause a period at `start` is in, up to `start`: from the last `,` (not a thousands
/// separator), `;`, `，`, `；`, `!`, `?` before it.
fn clause_before(sentence: &str, start: usize) -> &str {
    let head = sentence.get(..start).unwrap_or("");
    let cut = head
        .char_indices()
        .filter(|(i, c)| match c {
            ',' => !byte(head, i.saturating_add(1)).is_ascii_digit(),
            ';' | '，' | '；' | '!' | '?' | '！' | '？' => true,
            _ => false,
        })
        .map(|(i, c)| i.saturating_add(c.len_utf8()))
        .next_back()
        .unwrap_or(0);
    head.get(cut..).unwrap_or("")
}

/// Whether the period written at `start..end` of a sentence is a former-price period: a
/// former-price word before it in the same clause, with the price (or only 为/是/: ) between
/// and no offer word after it ("was $80 from Sep 1 – Oct 15", 原价199元（9月1日至10月15日…),
/// 划线价为10月1日-10月31日…); or a price word right after it (10月1日至10月31日售价259元,
/// …的成交价).
pub fn former_price_period(sentence: &str, start: usize, end: usize) -> bool {
    let clause = clause_before(sentence, start);
    let former = [
        last_of(clause, FORMER_EN, true),
        last_of(clause, FORMER_ZH, false).filter(|(at, _)| !offer_prefixed(clause, *at)),
    ]
    .into_iter()
    .flatten()
    .max();
    if let Some((at, len)) = former {
        let between = clause.get(at.saturating_add(len)..).unwrap_or("");
        let offer_after = last_of(between, OFFER_EN, true).is_some()
            || last_of(between, OFFER_ZH, false).is_some();
        let priced = between
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '$' | '£' | '€' | '¥' | '元'));
        let adjacent = between
            .trim_matches(|c: char| {
                c.is_whitespace() || matches!(c, '为' | '是' | ':' | '(' | '指')
            })
            .is_empty();
        if !offer_after && (priced || adjacent) {
            return true;
        }
    }
    price_follows(sentence.get(end..).unwrap_or(""))
}

/// 活动售价, 促销售价, 现售价: a price word that names the offer's own price.
fn offer_prefixed(clause: &str, at: usize) -> bool {
    let head = clause.get(..at).unwrap_or("");
    OFFER_ZH.iter().any(|w| head.ends_with(w)) || head.ends_with('现') || head.ends_with('特')
}

/// A price word right after a period: 售价259元, 的成交价, 期间最低成交价.
fn price_follows(rest: &str) -> bool {
    let mut rest = rest.trim_start();
    for filler in ["期间", "之间", "内", "的", "间"] {
        rest = rest.strip_prefix(filler).unwrap_or(rest).trim_start();
    }
    for prefix in ["最低", "最高", "平均"] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    [
        "售价",
        "成交价",
        "销售价",
        "零售价",
        "原价",
        "日常价",
        "划线价",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
}

/// A period claim as the words around it make it: the period of a former price
/// ([`ClaimKind::PricePeriod`]) when [`former_price_period`] says so, else unchanged.
pub fn in_context(sentence: &str, start: usize, end: usize, kind: ClaimKind) -> ClaimKind {
    match kind {
        ClaimKind::Period { from, to } if former_price_period(sentence, start, end) => {
            ClaimKind::PricePeriod { from, to }
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_tell_days_from_prices_times_and_percentages() {
        let toks: Vec<Tok<'_>> = tokens("$80 26th 11:59pm 2pm 26/11 20% 9.99 – 2026")
            .into_iter()
            .map(|t| t.tok)
            .collect();
        assert_eq!(
            toks,
            [
                Tok::Punct('$'),
                Tok::Other,
                Tok::Num(26, 2),
                Tok::Time,
                Tok::Time,
                Tok::Slash(26, 11, None),
                Tok::Other,
                Tok::Other,
                Tok::Punct('-'),
                Tok::Num(2026, 4),
            ]
        );
    }

    #[test]
    fn abbreviations_do_not_end_a_sentence() {
        assert!(abbreviation_at("through dec. 2", 11));
        assert!(abbreviation_at("ends thu. 26 nov", 8));
        assert!(!abbreviation_at("ends in may. shop", 11));
        assert!(!abbreviation_at("all done. next", 8));
    }

    #[test]
    fn former_price_periods_are_told_from_offer_periods() {
        let at = |s: &str, range: &str| {
            let start = s.find(range).unwrap();
            former_price_period(s, start, start + range.len())
        };
        assert!(at("was $80 from sep 1 - oct 15; now $55", "sep 1 - oct 15"));
        assert!(at("rrp £99 (1 sep - 15 oct)", "1 sep - 15 oct"));
        assert!(at("原价199元(9月1日至10月15日售价)", "9月1日至10月15日"));
        assert!(at("划线价为10月1日-10月31日的成交价", "10月1日-10月31日"));
        assert!(at("该商品10月1日至10月31日售价259元", "10月1日至10月31日"));
        // The offer's own price, a price with the offer word after it, another clause.
        assert!(!at("活动售价99元 11月1日至11日", "11月1日至11日"));
        assert!(!at("was £120 now £80 until 30 nov", "until 30 nov"));
        assert!(!at("was £120, ends 30 nov", "ends 30 nov"));
        assert!(!at("the sale was extended until 30 nov", "until 30 nov"));
        assert!(!at("11月1日至11日价格直降", "11月1日至11日"));
    }
}
