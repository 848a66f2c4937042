//! Rule S004 `invalid-value`: a value is not valid for its field.

use crate::declare_rule;
use crate::i18n::Msg;
use crate::rules::{Rule, Words};
use crate::schema::{IssueFacts, LimitKind};
use crate::suggest;

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
            } => (
                crate::msg!("s004-value-type", place = place, problem = message.clone()),
                help.clone(),
            ),
            IssueFacts::TimeZone {
                place,
                name,
                suggestion,
            } => (
                format!("{place}: `{name}` is not a known IANA time zone").into(),
                Some(
                    suggestion
                        .as_ref()
                        .map_or_else(
                            || "write an IANA name such as `Asia/Shanghai`".to_owned(),
                            |s| format!("did you mean `{s}`?"),
                        )
                        .into(),
                ),
            ),
            IssueFacts::Currency { place, code } => (
                format!("{place}: `{code}` is not an ISO 4217 currency code").into(),
                Some(currency_help(code).into()),
            ),
            IssueFacts::NotAllowed {
                place,
                found,
                text,
                allowed,
            } => (
                format!("{place}: {found} is not one of the allowed values").into(),
                Some(
                    text.as_deref()
                        .and_then(|t| suggest::did_you_mean(t, allowed.iter().map(String::as_str)))
                        .unwrap_or_else(|| format!("write one of: {}", allowed.join(", ")))
                        .into(),
                ),
            ),
            IssueFacts::Version { found, expected } => (
                format!("format version {found} is not supported; this campspec reads version 1")
                    .into(),
                Some(format!("write `{expected}`").into()),
            ),
            IssueFacts::Constant {
                place,
                found,
                expected,
            } => (
                format!("{place}: expected `{expected}`, found {found}").into(),
                Some(format!("write `{expected}`").into()),
            ),
            IssueFacts::MinItems { place, limit } => (
                format!("{place} needs at least {limit} item(s)").into(),
                None,
            ),
            IssueFacts::Limit {
                place,
                found,
                limit,
            } => (
                format!("{place}: {}", limit_words(found, limit)).into(),
                None,
            ),
            IssueFacts::SchemaBroken => (
                "internal error: the built-in schema does not compile".into(),
                None,
            ),
            _ => return None,
        };
        Some(Words { message, help })
    }
}

/// The ISO 4217 code the author probably meant.
fn currency_help(code: &str) -> String {
    let upper = code.trim().to_uppercase();
    if matches!(upper.as_str(), "RMB" | "人民币" | "元" | "¥" | "￥") {
        "write `CNY` (the ISO 4217 code of the yuan)".to_owned()
    } else if upper.len() == 3 && upper.bytes().all(|b| b.is_ascii_uppercase()) {
        format!("write `{upper}`")
    } else {
        "write an ISO 4217 code such as `CNY`, `USD` or `EUR`".to_owned()
    }
}

/// A value out of a bound or form, in words.
fn limit_words(found: &str, limit: &LimitKind) -> String {
    match limit {
        LimitKind::Minimum(limit) => format!("{found} is below the minimum {limit}"),
        LimitKind::Maximum(limit) => format!("{found} is above the maximum {limit}"),
        LimitKind::ExclusiveMinimum(limit) => format!("{found} must be above {limit}"),
        LimitKind::MaxLength(limit) => format!("{found} is longer than {limit} characters"),
        LimitKind::Form => format!("{found} does not have the expected form"),
        LimitKind::Other => format!("{found} is not valid here"),
    }
}
