//! Rule S004 `invalid-value`: a value is not valid for its field.

use crate::i18n::Msg;
use crate::rules::{Rule, Words};
use crate::schema::{IssueFacts, LimitKind, comma_list};
use crate::suggest;
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Values must be valid for their type, checked exactly and explained in the message:
    ///
    /// - money: `299`, `"¥299"`, `"299元"`, `"300万"`, `"1.5亿"` (never negative, whole cents);
    /// - percentages need their sign: `15` is rejected, write `"15%"`;
    /// - discounts: `"9%"`, `"8.5折"` / `"85折"`, or an amount off;
    /// - counts are whole numbers (`"1.2万"`); dates are real days (`2027-02-30` is not);
    /// - times `"10:00"`, durations `"2y"`, ranges `"2..3"` with low ≤ high;
    /// - ids are lowercase ASCII with `-`; names from a fixed list (channels, metrics,
    ///   promotion types, jurisdictions) must be one of them (with a did-you-mean);
    /// - currency codes are ISO 4217, time zones are IANA names.
    ///
    /// ## Why it matters
    ///
    /// Ambiguous values are the costliest mistakes in a plan: is `0.15` a 15 % discount or 15
    /// cents? campspec refuses to guess and says what to write.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// guardrails:
    ///   max_discount: 70       # bare number: write "70%"
    /// ```
    ///
    /// ## How to fix
    ///
    /// Write the value in the form the help shows.
    pub struct InvalidValue;
    code = "S004", name = "invalid-value", family = "schema",
    severity = Error, summary = "a value is not valid for its field",
    locked = true
}

impl Rule for InvalidValue {}

impl InvalidValue {
    /// The finding for an invalid value, from the facts the schema stage found. A value
    /// type's refusal (money, percentages, dates…) keeps the words of the type's parser
    /// in `src/values/`, after the place; every other message is worded here. `None`
    /// for the facts of another rule.
    pub fn words(facts: &IssueFacts) -> Option<Words> {
        let (message, help): (Msg, Option<Msg>) = match facts {
            IssueFacts::ValueType {
                place,
                message,
                help,
                ..
            } => (
                msg!(
                    "s004-value-type",
                    place = place.clone(),
                    problem = message.clone()
                ),
                help.clone(),
            ),
            IssueFacts::TimeZone {
                place,
                name,
                suggestion,
            } => (
                msg!("s004-time-zone", place = place.clone(), name = name),
                Some(suggestion.as_ref().map_or_else(
                    || msg!("s004-time-zone-help"),
                    |s| msg!("s004-did-you-mean", suggestion = s),
                )),
            ),
            IssueFacts::Currency { place, code } => (
                msg!("s004-currency", place = place.clone(), code = code),
                Some(currency_help(code)),
            ),
            IssueFacts::NotAllowed {
                place,
                found,
                text,
                allowed,
            } => (
                msg!(
                    "s004-not-allowed",
                    place = place.clone(),
                    found = found.clone()
                ),
                Some(
                    text.as_deref()
                        .and_then(|t| suggest::closest(t, allowed.iter().map(String::as_str)))
                        .map_or_else(
                            || msg!("s004-write-one-of", allowed = comma_list(allowed)),
                            |s| msg!("s004-did-you-mean", suggestion = s),
                        ),
                ),
            ),
            IssueFacts::Version { found, expected } => (
                msg!("s004-version", found = found.clone()),
                Some(msg!("s004-write", expected = expected)),
            ),
            IssueFacts::Constant {
                place,
                found,
                expected,
            } => (
                msg!(
                    "s004-constant",
                    place = place.clone(),
                    expected = expected,
                    found = found.clone(),
                ),
                Some(msg!("s004-write", expected = expected)),
            ),
            IssueFacts::MinItems { place, limit } => (
                msg!("s004-min-items", place = place.clone(), limit = limit),
                None,
            ),
            IssueFacts::Limit {
                place,
                found,
                limit,
            } => (
                msg!(
                    "s004-value-type",
                    place = place.clone(),
                    problem = limit_words(found, limit),
                ),
                None,
            ),
            IssueFacts::SchemaBroken => (msg!("s004-schema-broken"), None),
            _ => return None,
        };
        Some(Words { message, help })
    }
}

/// The ISO 4217 code the author probably meant.
fn currency_help(code: &str) -> Msg {
    let upper = code.trim().to_uppercase();
    if matches!(upper.as_str(), "RMB" | "人民币" | "元" | "¥" | "￥") {
        msg!("s004-currency-yuan")
    } else if upper.len() == 3 && upper.bytes().all(|b| b.is_ascii_uppercase()) {
        msg!("s004-currency-write", code = upper)
    } else {
        msg!("s004-currency-help")
    }
}

fn limit_words(found: &Msg, limit: &LimitKind) -> Msg {
    let found = found.clone();
    match limit {
        LimitKind::Minimum(limit) => msg!("s004-below-minimum", found = found, limit = limit),
        LimitKind::Maximum(limit) => msg!("s004-above-maximum", found = found, limit = limit),
        LimitKind::ExclusiveMinimum(limit) => msg!("s004-not-above", found = found, limit = limit),
        LimitKind::MaxLength(limit) => msg!("s004-too-long", found = found, limit = limit),
        LimitKind::Form => msg!("s004-form", found = found),
        LimitKind::Other => msg!("s004-not-valid", found = found),
    }
}
