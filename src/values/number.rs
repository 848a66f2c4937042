//! Shared number lexing for the value types: ASCII decimals with thousands separators, 万/亿 multipliers, and JSON numbers as exact decimals.

use rust_decimal::Decimal;
use serde_json::Number as JsonNumber;

#[cfg(test)]
use super::words;
use super::{Expect, ValueError};
#[allow(unused_imports)]
use crate::i18n::Msg;

/// A Chinese multiplier written right after a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Multiplier {
    /// 万, ten thousand.
    Wan,
    /// 亿, a hundred million.
    Yi,
}

impl Multiplier {
    pub(crate) fn factor(self) -> Decimal {
        match self {
            Multiplier::Wan => Decimal::from(10_000_u64),
            Multiplier::Yi => Decimal::from(100_000_000_u64),
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Multiplier::Wan => "万",
            Multiplier::Yi => "亿",
        }
    }
}

/// A sign written before a number (or before its currency sign).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sign {
    Plus,
    Minus,
}

/// A value split around its first number: `-¥ 1,500 万 元` is prefix `¥`, sign minus,
/// digits `1,500`, multiplier 万 and suffix `元`. Every piece is a slice of `text`.
#[derive(Clone, Debug)]
pub(crate) struct Lexed<'a> {
    /// The whole (trimmed) text.
    pub text: &'a str,
    /// What comes before the sign and digits, trimmed.
    pub prefix: &'a str,
    pub sign: Option<Sign>,
    /// ASCII digits with any `,` and `.` in them, exactly as written.
    pub digits: &'a str,
    pub multiplier: Option<Multiplier>,
    /// What comes after the digits and multiplier, trimmed.
    pub suffix: &'a str,
    digits_at: usize,
    number_end: usize,
}

/// Splits `text` around its first number; `None` when it has no ASCII digit.
pub(crate) fn lex(text: &str) -> Option<Lexed<'_>> {
    let start = text.char_indices().find_map(|(i, c)| {
        let next_is_digit = || {
            text.get(i.saturating_add(1)..)
                .is_some_and(|rest| rest.starts_with(|d: char| d.is_ascii_digit()))
        };
        (c.is_ascii_digit() || (c == '.' && next_is_digit())).then_some(i)
    })?;
    let head = text.get(..start)?;
    let tail = text.get(start..)?;
    let len = tail
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(tail.len());
    let digits = tail.get(..len)?;
    let after = tail.get(len..)?;
    let spaced = after.trim_ascii_start();
    let (multiplier, rest) = if let Some(rest) = spaced.strip_prefix('万') {
        (Some(Multiplier::Wan), rest)
    } else if let Some(rest) = spaced.strip_prefix('亿') {
        (Some(Multiplier::Yi), rest)
    } else {
        (None, after)
    };
    let (prefix, sign) = split_sign(head);
    Some(Lexed {
        text,
        prefix,
        sign,
        digits,
        multiplier,
        suffix: rest.trim_ascii(),
        digits_at: start,
        number_end: text.len().saturating_sub(rest.len()),
    })
}

fn sign_of(c: char) -> Option<Sign> {
    match c {
        '-' | '−' => Some(Sign::Minus),
        '+' => Some(Sign::Plus),
        _ => None,
    }
}

/// Takes a sign off the end (`¥-5`) or the start (`-¥5`) of what precedes the digits.
fn split_sign(head: &str) -> (&str, Option<Sign>) {
    let head = head.trim_ascii();
    let last = head
        .chars()
        .next_back()
        .and_then(|c| Some((sign_of(c)?, head.strip_suffix(c)?)));
    let first = head
        .chars()
        .next()
        .and_then(|c| Some((sign_of(c)?, head.strip_prefix(c)?)));
    match last.or(first) {
        Some((sign, rest)) => (rest.trim_ascii(), Some(sign)),
        None => (head, None),
    }
}

/// What is wrong with a run of digits, separators and points.
#[derive(Debug, PartialEq, Eq)]
enum DigitsProblem {
    TwoPoints,
    LeadingPoint,
    TrailingPoint,
    /// A comma where a thousands separator cannot be, with the numbers it may have meant.
    Separators {
        decimal_comma: bool,
        fixes: Vec<String>,
    },
    TooLong,
}

/// Reads `1,234.5` exactly; commas must separate groups of three digits.
fn digits_value(digits: &str) -> Result<Decimal, DigitsProblem> {
    let (int, frac) = match digits.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (digits, None),
    };
    if frac.is_some_and(|f| f.contains(',')) {
        // 1.000,50: the European way round.
        let european = digits.replace('.', "").replacen(',', ".", 1);
        let fixes = if digits.matches(',').count() == 1 && plain_ok(&european) {
            vec![european]
        } else {
            Vec::new()
        };
        return Err(DigitsProblem::Separators {
            decimal_comma: true,
            fixes,
        });
    }
    if frac.is_some_and(|f| f.contains('.')) {
        return Err(DigitsProblem::TwoPoints);
    }
    if int.is_empty() {
        return Err(DigitsProblem::LeadingPoint);
    }
    if frac == Some("") {
        return Err(DigitsProblem::TrailingPoint);
    }
    if int.contains(',') && !grouped_ok(int) {
        return Err(separator_problem(int, frac));
    }
    let plain = digits.replace(',', "");
    Decimal::from_str_exact(&plain).map_err(|_| DigitsProblem::TooLong)
}

fn plain_ok(text: &str) -> bool {
    !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && text.matches('.').count() <= 1
        && !text.starts_with('.')
        && !text.ends_with('.')
}

fn grouped_ok(int: &str) -> bool {
    let mut groups = int.split(',');
    let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()));
    first_ok && groups.all(|g| g.len() == 3)
}

fn separator_problem(int: &str, frac: Option<&str>) -> DigitsProblem {
    let plain_int = int.replace(',', "");
    let frac_part = frac.map(|f| format!(".{f}")).unwrap_or_default();
    let mut fixes = Vec::new();
    // 12,5: perhaps a decimal comma.
    match (frac, int.split_once(',')) {
        (None, Some((a, b))) if !b.contains(',') && (1..=2).contains(&b.len()) && !a.is_empty() => {
            fixes.push(format!("{a}.{b}"));
            fixes.push(plain_int);
            return DigitsProblem::Separators {
                decimal_comma: false,
                fixes,
            };
        }
        _ => {}
    }
    let grouped = group_thousands(&plain_int);
    if grouped != plain_int {
        fixes.push(format!("{grouped}{frac_part}"));
    }
    fixes.push(format!("{plain_int}{frac_part}"));
    DigitsProblem::Separators {
        decimal_comma: false,
        fixes,
    }
}

/// `12000` → `12,000`.
fn group_thousands(int: &str) -> String {
    let lead = match int.len() % 3 {
        0 => 3,
        r => r,
    };
    let Some((head, rest)) = int.split_at_checked(lead.min(int.len())) else {
        return int.to_owned();
    };
    let mut out = head.to_owned();
    for group in rest.as_bytes().chunks(3) {
        out.push(',');
        out.push_str(std::str::from_utf8(group).unwrap_or_default());
    }
    out
}

/// `write "a"`, or `write "a" or "b"`.
pub(crate) fn write_either(options: &[String]) -> Msg {
    let mut options = options.iter();
    let first = write(options.next().map_or("", String::as_str));
    options.fold(first, |head, next| {
        crate::msg!("value-write-or", head = head, next = next)
    })
}

/// `write "text"`.
pub(crate) fn write(text: &str) -> Msg {
    crate::msg!("value-write", text = text)
}

impl<'a> Lexed<'a> {
    /// The number as written, with its multiplier: `1.5亿`.
    pub(crate) fn number_surface(&self) -> String {
        match self.multiplier {
            Some(m) => format!("{}{}", self.digits, m.as_str()),
            None => self.digits.to_owned(),
        }
    }

    /// The text with its digits replaced by `with` (multiplier, prefix and suffix kept).
    pub(crate) fn replace_digits(&self, with: &str) -> String {
        let before = self.text.get(..self.digits_at).unwrap_or("");
        let after = self
            .text
            .get(self.digits_at.saturating_add(self.digits.len())..)
            .unwrap_or("");
        format!("{before}{with}{after}")
    }

    /// The text with its number and multiplier replaced by `with`.
    pub(crate) fn replace_number(&self, with: &str) -> String {
        let before = self.text.get(..self.digits_at).unwrap_or("");
        let after = self.text.get(self.number_end..).unwrap_or("");
        format!("{before}{with}{after}")
    }

    /// The text without its sign: `-¥5` → `¥5`.
    pub(crate) fn unsigned(&self) -> String {
        let rest = self.text.get(self.digits_at..).unwrap_or("");
        format!("{}{rest}", self.prefix)
    }

    /// Nothing around the number: no prefix, sign, multiplier or suffix.
    pub(crate) fn is_bare(&self) -> bool {
        self.prefix.is_empty()
            && self.sign.is_none()
            && self.multiplier.is_none()
            && self.suffix.is_empty()
    }

    /// The digits only, exactly (no sign, no multiplier).
    pub(crate) fn digits_value(&self, ex: &Expect) -> Result<Decimal, ValueError> {
        digits_value(self.digits).map_err(|p| self.digits_error(p, ex))
    }

    /// The digits times the multiplier, exactly (no sign).
    pub(crate) fn value(&self, ex: &Expect) -> Result<Decimal, ValueError> {
        let digits = self.digits_value(ex)?;
        match self.multiplier {
            None => Ok(digits),
            Some(m) => digits.checked_mul(m.factor()).ok_or_else(|| {
                ValueError::with_help(
                    crate::msg!("value-too-large", shown = self.text),
                    ex.help.clone(),
                )
            }),
        }
    }

    /// The value with its sign applied.
    pub(crate) fn signed_value(&self, ex: &Expect) -> Result<Decimal, ValueError> {
        let value = self.value(ex)?;
        Ok(match self.sign {
            Some(Sign::Minus) => Decimal::NEGATIVE_ONE.saturating_mul(value),
            _ => value,
        })
    }

    fn digits_error(&self, problem: DigitsProblem, ex: &Expect) -> ValueError {
        let text = self.text;
        match problem {
            DigitsProblem::TwoPoints => ValueError::with_help(
                crate::msg!("value-two-points", shown = text),
                ex.help.clone(),
            ),
            DigitsProblem::LeadingPoint => ValueError::with_help(
                crate::msg!("value-leading-point", shown = text),
                write(&self.replace_digits(&format!("0{}", self.digits))),
            ),
            DigitsProblem::TrailingPoint => ValueError::with_help(
                crate::msg!("value-trailing-point", shown = text),
                write(&self.replace_digits(self.digits.trim_end_matches('.'))),
            ),
            DigitsProblem::Separators {
                decimal_comma,
                fixes,
            } => {
                let message = if decimal_comma {
                    crate::msg!("value-decimal-comma", shown = text)
                } else {
                    crate::msg!("value-misplaced-separator", shown = text)
                };
                let fixed: Vec<String> = fixes.iter().map(|f| self.replace_digits(f)).collect();
                if fixed.is_empty() {
                    ValueError::with_help(message, ex.help.clone())
                } else {
                    ValueError::with_help(message, write_either(&fixed))
                }
            }
            DigitsProblem::TooLong => ValueError::with_help(
                crate::msg!("value-too-many-digits", shown = text),
                ex.help.clone(),
            ),
        }
    }
}

/// A plain decimal, optionally signed, with nothing around it (no currency, multiplier
/// or unit). Used for plain numbers, scores and the ends of ranges.
pub(crate) fn signed_decimal(text: &str, ex: &Expect) -> Result<Decimal, ValueError> {
    let text = text.trim_ascii();
    if text.is_empty() {
        return Err(ex.empty());
    }
    let Some(lx) = lex(text) else {
        return Err(ex.not_a(text));
    };
    if !lx.prefix.is_empty() || !lx.suffix.is_empty() {
        if let Some(e) = explain_suffix(&lx, &|t| signed_decimal(t, ex).is_ok()) {
            return Err(e);
        }
        return Err(ex.not_a(text));
    }
    if let Some(m) = lx.multiplier {
        let value = lx.value(ex)?;
        return Err(ValueError::with_help(
            crate::msg!(
                "value-plain-multiplier",
                shown = text,
                multiplier = m.as_str()
            ),
            crate::msg!("value-write-bare", text = lx.replace_number(&show(value))),
        ));
    }
    lx.signed_value(ex)
}

/// Explains a suffix the shared lexer can recognise as a mistake: a multiplier campspec
/// does not read (`5k`, `1.2w`, `3百万`) or a space inside the number (`12 000`).
/// `ok` says whether a rewritten text would be accepted, so the help never suggests a
/// value that would be rejected in turn.
pub(crate) fn explain_suffix(lx: &Lexed<'_>, ok: &dyn Fn(&str) -> bool) -> Option<ValueError> {
    if let Some(e) = foreign_multiplier(lx, ok) {
        return Some(e);
    }
    if lx.multiplier.is_none() && lx.suffix.starts_with(|c: char| c.is_ascii_digit()) {
        // Whatever the lexer trimmed (tabs too) goes, or `ok` would see the same text
        // again and recurse without end.
        let joined: String = lx
            .text
            .chars()
            .filter(|c| !c.is_ascii_whitespace())
            .collect();
        let message = crate::msg!("value-space-inside", shown = lx.text);
        return Some(if joined != lx.text && ok(&joined) {
            ValueError::with_help(message, write(&joined))
        } else {
            ValueError::new(message)
        });
    }
    None
}

/// Multipliers people write that campspec does not read, with their power of ten.
const FOREIGN_MULTIPLIERS: [(&str, u32); 10] = [
    ("百万", 6),
    ("千万", 7),
    ("千", 3),
    ("百", 2),
    ("k", 3),
    ("K", 3),
    ("w", 4),
    ("W", 4),
    ("M", 6),
    ("m", 6),
];

fn foreign_multiplier(lx: &Lexed<'_>, ok: &dyn Fn(&str) -> bool) -> Option<ValueError> {
    if lx.multiplier.is_some() {
        return None;
    }
    let (word, power, rest) = FOREIGN_MULTIPLIERS.iter().find_map(|(word, power)| {
        let rest = lx.suffix.strip_prefix(word)?;
        // `5kg`, `3mo` are units, not multipliers.
        (!rest.starts_with(|c: char| c.is_ascii_alphabetic())).then_some((*word, *power, rest))
    })?;
    let value = digits_value(lx.digits).ok()?;
    let scaled = value.checked_mul(Decimal::from(10_u64.checked_pow(power)?))?;
    let number = if power >= 4 {
        format!("{}万", show(scaled.checked_div(Multiplier::Wan.factor())?))
    } else {
        show(scaled)
    };
    let before = lx.text.get(..lx.digits_at).unwrap_or("");
    let rewritten = format!("{before}{number}{rest}");
    if !ok(&rewritten) {
        return None;
    }
    Some(ValueError::with_help(
        crate::msg!("value-foreign-multiplier", shown = lx.text, word = word),
        write(&rewritten),
    ))
}

/// A decimal shown the canonical way: no trailing zeros, no exponent, `0` not `-0`.
pub(crate) fn show(value: Decimal) -> String {
    value.normalize().to_string()
}

/// A JSON number as the author wrote it, and its exact decimal value.
///
/// Integers are exact; a float goes through its shortest round-trip decimal form (the
/// YAML loader guarantees that is the author's digits).
pub(crate) fn json_number(n: &JsonNumber) -> Result<(String, Decimal), ValueError> {
    if let Some(u) = n.as_u64() {
        return Ok((u.to_string(), Decimal::from(u)));
    }
    if let Some(i) = n.as_i64() {
        return Ok((i.to_string(), Decimal::from(i)));
    }
    let Some(f) = n.as_f64().filter(|f| f.is_finite()) else {
        return Err(ValueError::new(crate::msg!(
            "value-not-finite",
            shown = n.to_string()
        )));
    };
    let text = format!("{f}");
    match Decimal::from_str_exact(&text) {
        Ok(d) => Ok((text, d)),
        Err(_) => Err(ValueError::with_help(
            crate::msg!("value-too-many-digits", shown = format!("{f:e}")),
            crate::msg!("value-help-significant-digits"),
        )),
    }
}

/// True for `%` and the fullwidth `％`.
pub(crate) fn is_percent_sign(c: char) -> bool {
    c == '%' || c == '％'
}

/// An error for fullwidth digits or punctuation (`１２０元`, `12，000`, `10：00`), whose
/// help gives the ASCII form when `ok` accepts it. `None` when there are none.
pub(crate) fn fullwidth(text: &str, ok: &dyn Fn(&str) -> bool) -> Option<ValueError> {
    let mut digit = false;
    let mut other = None;
    let mut ascii = String::with_capacity(text.len());
    for c in text.chars() {
        let mapped = match c {
            '０'..='９' => {
                digit = true;
                char::from_u32(
                    u32::from(c)
                        .saturating_sub(u32::from('０'))
                        .saturating_add(u32::from('0')),
                )
                .unwrap_or(c)
            }
            '．' | '，' | '－' | '：' | '＋' | '　' => {
                other.get_or_insert(c);
                match c {
                    '．' => '.',
                    '，' => ',',
                    '－' => '-',
                    '：' => ':',
                    '＋' => '+',
                    _ => ' ',
                }
            }
            '％' => '%',
            c => c,
        };
        ascii.push(mapped);
    }
    let message = match (digit, other) {
        (true, _) => crate::msg!("value-fullwidth-digits", shown = text),
        (false, Some(c)) => crate::msg!("value-fullwidth-char", shown = text, char = c),
        (false, None) => return None,
    };
    let ascii = ascii.trim().to_owned();
    Some(if ok(&ascii) {
        let title = crate::msg!("fix-half-width", value = text, fixed = ascii.as_str());
        ValueError::with_help(message, write(&ascii)).replace(text, ascii.clone(), true, title)
    } else {
        ValueError::with_help(message, crate::msg!("value-help-ascii"))
    })
}

fn cn_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

fn cn_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// True for the characters of a number in Chinese numerals.
pub(crate) fn is_chinese_numeral(c: char) -> bool {
    cn_digit(c).is_some() || cn_unit(c).is_some() || matches!(c, '万' | '亿' | '点')
}

/// A Chinese digit read as its ASCII digit, for positional forms such as 八五折.
pub(crate) fn chinese_digit(c: char) -> Option<char> {
    cn_digit(c).and_then(|d| char::from_digit(u32::try_from(d).ok()?, 10))
}

/// `三百万` → 3,000,000. `None` for anything that is not plainly one integer, including
/// the colloquial `一百五` (150, or 105?) and `两万五`.
fn cn_integer(text: &str) -> Option<u64> {
    let (mut total, mut section) = (0_u64, 0_u64);
    let mut number: Option<u64> = None;
    let mut last_unit: Option<u64> = None;
    let mut zero = false;
    let mut any = false;
    for c in text.chars() {
        any = true;
        if let Some(d) = cn_digit(c) {
            if number.is_some() {
                return None;
            }
            if d == 0 {
                zero = true;
            } else {
                number = Some(d);
            }
        } else if let Some(unit) = cn_unit(c) {
            let n = match number.take() {
                Some(n) => n,
                None if unit == 10 && section == 0 && total == 0 => 1,
                None => return None,
            };
            section = section.checked_add(n.checked_mul(unit)?)?;
            last_unit = Some(unit);
            zero = false;
        } else if c == '万' || c == '亿' {
            let part = section.checked_add(number.take().unwrap_or(0))?;
            if part == 0 && (c == '万' || total == 0) {
                return None;
            }
            if c == '万' {
                total = total.checked_add(part.checked_mul(10_000)?)?;
                last_unit = Some(10_000);
            } else {
                total = total.checked_add(part)?.checked_mul(100_000_000)?;
                last_unit = Some(100_000_000);
            }
            section = 0;
            zero = false;
        } else {
            return None;
        }
    }
    if let Some(n) = number {
        if last_unit.is_some_and(|u| u > 10) && !zero {
            return None;
        }
        section = section.checked_add(n)?;
    }
    if !any {
        return None;
    }
    total.checked_add(section)
}

/// A number in Chinese numerals in its ASCII form, keeping a final 万 or 亿:
/// `五百` → `500`, `三百万` → `300万`, `一点五亿` → `1.5亿`, `一亿五千万` → `150000000`.
pub(crate) fn chinese_number(text: &str) -> Option<String> {
    let (body, mult) = match (text.strip_suffix('万'), text.strip_suffix('亿')) {
        (Some(body), _) => (body, "万"),
        (_, Some(body)) => (body, "亿"),
        _ => (text, ""),
    };
    if let Some((int, frac)) = body.split_once('点') {
        if int.contains(['万', '亿']) || frac.is_empty() {
            return None;
        }
        let int = if int == "零" { 0 } else { cn_integer(int)? };
        let frac: Option<String> = frac.chars().map(chinese_digit).collect();
        return Some(format!("{int}.{}{mult}", frac?));
    }
    let whole_before_mult = !mult.is_empty() && !body.contains(['万', '亿']);
    if let Some(v) = whole_before_mult.then(|| cn_integer(body)).flatten() {
        return Some(format!("{v}{mult}"));
    }
    cn_integer(text).map(|v| v.to_string())
}

/// The error for a value written in Chinese numerals (`五百元`, `三十万人`), if it is one.
/// `prefixes` and `suffixes` are what may surround the number (each suffix with what to
/// write instead of it); the help gives the ASCII form when `ok` accepts it.
pub(crate) fn chinese_numerals(
    text: &str,
    prefixes: &[&str],
    suffixes: &[(&str, &str)],
    ok: &dyn Fn(&str) -> bool,
    ex: &Expect,
) -> Option<ValueError> {
    let (pre, rest) = prefixes
        .iter()
        .find_map(|p| text.strip_prefix(p).map(|r| (*p, r)))
        .unwrap_or(("", text));
    let (body, suf) = suffixes
        .iter()
        .find_map(|(w, instead)| rest.strip_suffix(w).map(|b| (b, *instead)))
        .unwrap_or((rest, ""));
    let body = body.trim_ascii();
    let has_number = body
        .chars()
        .any(|c| cn_digit(c).is_some() || cn_unit(c).is_some());
    if !has_number || !body.chars().all(is_chinese_numeral) {
        return None;
    }
    let message = crate::msg!("value-chinese-numerals", shown = text);
    let fixed = chinese_number(body)
        .map(|n| format!("{pre}{n}{suf}"))
        .filter(|s| ok(s));
    Some(match fixed {
        Some(s) => ValueError::with_help(message, write(&s)),
        None => ValueError::with_help(message, ex.help.clone()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const EX: Expect = Expect {
        noun: words("value-noun-number"),
        help: words("value-help-number"),
    };

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    #[test]
    fn lexes_the_pieces() {
        let lx = lex("-¥ 1,500 万 元").unwrap();
        assert_eq!(lx.prefix, "¥");
        assert_eq!(lx.sign, Some(Sign::Minus));
        assert_eq!(lx.digits, "1,500");
        assert_eq!(lx.multiplier, Some(Multiplier::Wan));
        assert_eq!(lx.suffix, "元");
        assert_eq!(lx.number_surface(), "1,500万");
        assert_eq!(lx.replace_number("15000000"), "-¥ 15000000 元");
        assert_eq!(lx.unsigned(), "¥1,500 万 元");

        let lx = lex("¥-5").unwrap();
        assert_eq!(
            (lx.prefix, lx.sign, lx.digits),
            ("¥", Some(Sign::Minus), "5")
        );
        let lx = lex("+15%").unwrap();
        assert_eq!((lx.sign, lx.suffix), (Some(Sign::Plus), "%"));
        let lx = lex(".5").unwrap();
        assert_eq!(lx.digits, ".5");
        let lx = lex("5000件").unwrap();
        assert!(lx.multiplier.is_none());
        assert_eq!(lx.suffix, "件");
        assert!(lex("abc").is_none());
        assert!(lex("").is_none());
        assert!(lex("五百").is_none());
        assert!(lex("42").unwrap().is_bare());
    }

    #[test]
    fn reads_digits_exactly() {
        assert_eq!(digits_value("12,000"), Ok(d("12000")));
        assert_eq!(digits_value("1,200,000.5"), Ok(d("1200000.5")));
        assert_eq!(digits_value("299.50"), Ok(d("299.5")));
        assert_eq!(digits_value("007"), Ok(d("7")));
        assert_eq!(digits_value("1.2.3"), Err(DigitsProblem::TwoPoints));
        assert_eq!(digits_value(".5"), Err(DigitsProblem::LeadingPoint));
        assert_eq!(digits_value("5."), Err(DigitsProblem::TrailingPoint));
        assert_eq!(
            digits_value("1,2000"),
            Err(DigitsProblem::Separators {
                decimal_comma: false,
                fixes: vec!["12,000".into(), "12000".into()]
            })
        );
        assert_eq!(
            digits_value("12,5"),
            Err(DigitsProblem::Separators {
                decimal_comma: false,
                fixes: vec!["12.5".into(), "125".into()]
            })
        );
        assert_eq!(
            digits_value("1.000,50"),
            Err(DigitsProblem::Separators {
                decimal_comma: true,
                fixes: vec!["1000.50".into()]
            })
        );
        assert_eq!(
            digits_value("1,,000"),
            Err(DigitsProblem::Separators {
                decimal_comma: false,
                fixes: vec!["1,000".into(), "1000".into()]
            })
        );
        assert_eq!(
            digits_value("123456789012345678901234567890"),
            Err(DigitsProblem::TooLong)
        );
        assert_eq!(group_thousands("1234567"), "1,234,567");
        assert_eq!(group_thousands("123"), "123");
    }

    #[test]
    fn digit_errors_rewrite_the_whole_value() {
        let e = lex("¥1,2000").unwrap().value(&EX).unwrap_err();
        assert_eq!(
            e.message,
            "`¥1,2000` has a misplaced thousands separator: commas go between groups of three digits"
        );
        assert_eq!(
            e.help_en().as_deref(),
            Some("write \"¥12,000\" or \"¥12000\"")
        );
        let e = lex(".5万").unwrap().value(&EX).unwrap_err();
        assert_eq!(e.message, "`.5万` has no digit before its decimal point");
        assert_eq!(e.help_en().as_deref(), Some("write \"0.5万\""));
        let e = lex("5.元").unwrap().value(&EX).unwrap_err();
        assert_eq!(e.help_en().as_deref(), Some("write \"5元\""));
        let e = lex("1.000,50").unwrap().value(&EX).unwrap_err();
        assert_eq!(e.message, "`1.000,50` uses a comma as its decimal point");
        assert_eq!(e.help_en().as_deref(), Some("write \"1000.50\""));
        let e = lex("1.2.3").unwrap().value(&EX).unwrap_err();
        assert_eq!(e.message, "`1.2.3` has more than one decimal point");
    }

    #[test]
    fn applies_multipliers_exactly() {
        assert_eq!(lex("1.5亿").unwrap().value(&EX), Ok(d("150000000")));
        assert_eq!(lex("300 万").unwrap().value(&EX), Ok(d("3000000")));
        assert_eq!(show(lex("1.5亿").unwrap().value(&EX).unwrap()), "150000000");
        let e = lex("79228162514264337593543950335万").unwrap().value(&EX);
        assert_eq!(
            e.unwrap_err().message,
            "`79228162514264337593543950335万` is too large"
        );
    }

    #[test]
    fn plain_signed_decimals() {
        assert_eq!(signed_decimal("2.5", &EX), Ok(d("2.5")));
        assert_eq!(signed_decimal(" -3 ", &EX), Ok(d("-3")));
        assert_eq!(signed_decimal("+3", &EX), Ok(d("3")));
        assert_eq!(signed_decimal("1,000", &EX), Ok(d("1000")));
        let e = signed_decimal("2万", &EX).unwrap_err();
        assert_eq!(e.message, "`2万` uses 万, but this value is a plain number");
        assert_eq!(e.help_en().as_deref(), Some("write 20000"));
        let e = signed_decimal("2.5x", &EX).unwrap_err();
        assert_eq!(e.message, "`2.5x` is not a number");
        assert_eq!(e.help_en().as_deref(), Some("write a number such as 2.5"));
        assert_eq!(
            signed_decimal("", &EX).unwrap_err().message,
            "expected a number, found an empty value"
        );
    }

    #[test]
    fn explains_foreign_multipliers_and_spaces() {
        let any = |_: &str| true;
        let cases = [
            ("5k", "k", "5000"),
            ("1.2w", "w", "1.2万"),
            ("1.2W元", "W", "1.2万元"),
            ("3百万", "百万", "300万"),
            ("2千万", "千万", "2000万"),
            ("5千", "千", "5000"),
            ("¥1.5M", "M", "¥150万"),
        ];
        for (text, word, fixed) in cases {
            let e = explain_suffix(&lex(text).unwrap(), &any).unwrap();
            assert_eq!(
                e.message,
                format!(
                    "`{text}` uses `{word}` as a multiplier; the multipliers campspec reads are 万 and 亿"
                )
            );
            assert_eq!(e.help_en(), Some(format!("write \"{fixed}\"")), "{text}");
        }
        assert!(explain_suffix(&lex("5kg").unwrap(), &any).is_none());
        assert!(explain_suffix(&lex("6mo").unwrap(), &any).is_none());
        assert!(explain_suffix(&lex("5k").unwrap(), &|_| false).is_none());
        let e = explain_suffix(&lex("12 000").unwrap(), &any).unwrap();
        assert_eq!(e.message, "`12 000` has a space inside the number");
        assert_eq!(e.help_en().as_deref(), Some("write \"12000\""));
    }

    #[test]
    fn a_tab_inside_a_number_is_explained_without_recursing() {
        let ex = Expect {
            noun: words("value-noun-number"),
            help: Msg::raw("write a number"),
        };
        let e = signed_decimal("12\t000", &ex).unwrap_err();
        assert_eq!(e.message, "`12\t000` has a space inside the number");
        assert_eq!(e.help_en().as_deref(), Some("write \"12000\""));
        // Found by fuzzing (`fuzz/`): these overflowed the stack.
        for text in [
            "+l\u{8}\u{0}5\t5d",
            "ry ec/ \u{4}4\n2\0\0:\u{1}\u{5}\0\u{0}0\0\0\u{0}2\0sp\u{10}\0\0",
        ] {
            assert!(signed_decimal(text, &ex).is_err(), "{text:?}");
        }
    }

    #[test]
    fn json_numbers_are_exact() {
        let n = |v: serde_json::Value| match v {
            serde_json::Value::Number(n) => json_number(&n),
            _ => unreachable!(),
        };
        assert_eq!(n(serde_json::json!(299)), Ok(("299".into(), d("299"))));
        assert_eq!(n(serde_json::json!(-5)), Ok(("-5".into(), d("-5"))));
        assert_eq!(
            n(serde_json::json!(u64::MAX)),
            Ok((u64::MAX.to_string(), Decimal::from(u64::MAX)))
        );
        assert_eq!(n(serde_json::json!(0.1)), Ok(("0.1".into(), d("0.1"))));
        assert_eq!(
            n(serde_json::json!(299.5)),
            Ok(("299.5".into(), d("299.5")))
        );
        assert_eq!(n(serde_json::json!(5000.0)), Ok(("5000".into(), d("5000"))));
        assert_eq!(
            n(serde_json::json!(1e-7)),
            Ok(("0.0000001".into(), d("0.0000001")))
        );
        let e = n(serde_json::json!(1e300)).unwrap_err();
        assert_eq!(e.message, "`1e300` has too many digits");
    }

    #[test]
    fn fullwidth_forms() {
        let e = fullwidth("１２０元", &|_| true).unwrap();
        assert_eq!(e.message, "`１２０元` is written with fullwidth digits");
        assert_eq!(e.help_en().as_deref(), Some("write \"120元\""));
        let e = fullwidth("12，000", &|_| true).unwrap();
        assert_eq!(e.message, "`12，000` has the fullwidth character `，`");
        assert_eq!(e.help_en().as_deref(), Some("write \"12,000\""));
        let e = fullwidth("１５％", &|t| t == "15%").unwrap();
        assert_eq!(e.help_en().as_deref(), Some("write \"15%\""));
        let e = fullwidth("１x", &|_| false).unwrap();
        assert_eq!(
            e.help_en().as_deref(),
            Some("use ASCII digits and punctuation (0-9 . , - :)")
        );
        assert!(fullwidth("15％", &|_| true).is_none());
        assert!(fullwidth("¥299", &|_| true).is_none());
    }

    #[test]
    fn chinese_numbers() {
        let cases = [
            ("五", "5"),
            ("十", "10"),
            ("十五", "15"),
            ("二十", "20"),
            ("五百", "500"),
            ("一百零五", "105"),
            ("一千二百", "1200"),
            ("两千", "2000"),
            ("三百万", "300万"),
            ("十万", "10万"),
            ("一亿五千万", "150000000"),
            ("一点五亿", "1.5亿"),
            ("一万零五", "10005"),
            ("一万亿", "1000000000000"),
            ("壹佰", "100"),
        ];
        for (cn, ascii) in cases {
            assert_eq!(chinese_number(cn).as_deref(), Some(ascii), "{cn}");
        }
        for bad in ["一百五", "两万五", "一二", "万", "百", "点五", "", "五点"] {
            assert_eq!(chinese_number(bad), None, "{bad}");
        }
        assert_eq!(chinese_digit('八'), Some('8'));
        assert_eq!(chinese_digit('十'), None);
    }

    #[test]
    fn chinese_numeral_errors() {
        let e = chinese_numerals("五百元", &["¥"], &[("元", "元")], &|_| true, &EX).unwrap();
        assert_eq!(e.message, "`五百元` is written in Chinese numerals");
        assert_eq!(e.help_en().as_deref(), Some("write \"500元\""));
        let e = chinese_numerals("五百多元", &[], &[("元", "元")], &|_| true, &EX);
        assert!(e.is_none());
        assert!(chinese_numerals("万", &[], &[], &|_| true, &EX).is_none());
        let e = chinese_numerals("一百五", &[], &[], &|_| true, &EX).unwrap();
        assert_eq!(e.help_en().as_deref(), Some("write a number such as 2.5"));
        assert!(chinese_numerals("abc", &[], &[], &|_| true, &EX).is_none());
    }
}
