//! Id: the short ASCII name by which other fields refer to a team, goal, phase, promotion or coupon.

use compact_str::CompactString;
use std::borrow::Borrow;
use std::fmt;

use serde_json::Value;

use super::number::write;
use super::{Expect, ValueError, words};
use crate::i18n::Msg;

macro_rules! description {
    () => {
        "A short name that other fields use to refer to this item: lowercase ASCII letters, digits and '-', starting with a letter, at most 64 characters, such as \"burst\" or \"new-user\". Put the readable (Chinese) title in `name`."
    };
}

pub(crate) const EXPECT: Expect = Expect {
    noun: words("value-noun-id"),
    help: words("value-help-id"),
};

/// The longest id, in characters.
const MAX_LEN: usize = 64;

const NON_ASCII_HELP: Msg = words("value-help-id-non-ascii-cjk");

#[doc = description!()]
///
/// Held inline up to 24 bytes (a large plan has tens of thousands of ids and
/// references: one allocation each would cost more than the text).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id(CompactString);

impl Id {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Reads an id: `^[a-z][a-z0-9-]*$`, at most 64 characters.
    pub fn parse(text: &str) -> Result<Id, ValueError> {
        let text = text.trim_ascii();
        if text.is_empty() {
            return Err(EXPECT.empty());
        }
        if !text.is_ascii() {
            return Err(non_ascii(text));
        }
        let len = text.len();
        if len > MAX_LEN {
            // Of a very long id, its start is enough to find it (it may be megabytes).
            let shown = if len > 4 * MAX_LEN {
                format!("{}…", &text[..MAX_LEN])
            } else {
                text.to_owned()
            };
            return Err(ValueError::with_help(
                crate::msg!("value-id-too-long", shown = shown, len = len, max = MAX_LEN),
                crate::msg!("value-help-id-shorten"),
            ));
        }
        let valid_chars = text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        let starts_with_letter = text.starts_with(|c: char| c.is_ascii_lowercase());
        if valid_chars && starts_with_letter {
            return Ok(Id(CompactString::new(text)));
        }
        let suggestion = slug(text).filter(|s| Id::parse(s).is_ok());
        if valid_chars {
            let message = crate::msg!("value-id-start-letter", shown = text);
            return Err(match suggestion {
                Some(s) => ValueError::with_help(message, write(&s)),
                None => ValueError::with_help(message, crate::msg!("value-help-id-start-letter")),
            });
        }
        let message = crate::msg!("value-id-invalid", shown = text);
        Err(match suggestion {
            Some(s) => ValueError::with_help(message, write(&s)),
            None => ValueError::with_help(message, EXPECT.help),
        })
    }

    /// Reads an id from the loaded document: a string as [`Id::parse`] (a number is
    /// read as the text it was written as, so `2027` gets the message for `"2027"`).
    pub fn from_json(value: &Value) -> Result<Id, ValueError> {
        match value {
            Value::String(s) => Id::parse(s),
            Value::Number(n) => Id::parse(&n.to_string()),
            other => Err(EXPECT.wrong_kind(other)),
        }
    }
}

/// An id built from `text`: lowercase, other characters turned into `-`, digits at the
/// start moved to the end (`2027-CNY` → `cny-2027`). `None` when nothing is left.
fn slug(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-');
    let head_len = out
        .find(|c: char| c.is_ascii_lowercase())
        .unwrap_or(out.len());
    let (head, tail) = out.split_at_checked(head_len)?;
    let head = head.trim_matches('-');
    match (head.is_empty(), tail.is_empty()) {
        (_, true) => None,
        (true, false) => Some(tail.to_owned()),
        (false, false) => Some(format!("{tail}-{head}")),
    }
}

/// The error for an id with characters outside ASCII.
fn non_ascii(text: &str) -> ValueError {
    let message = crate::msg!("value-id-non-ascii", shown = text);
    // CJK and other scripts from U+2E80 up: the author wrote the title in the id.
    if text.chars().any(|c| u32::from(c) >= 0x2E80) {
        return ValueError::with_help(message, NON_ASCII_HELP);
    }
    ValueError::with_help(message, crate::msg!("value-help-id-non-ascii"))
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

value_type!(
    Id,
    name: "Id",
    format: "campspec-id",
    expect: EXPECT,
    type: "string",
    description: description!(),
    examples: ["burst", "new-user", "cny-2027"],
    extra: { "pattern": "^[a-z][a-z0-9-]*$", "maxLength": 64 },
);

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::HashSet;

    fn err(text: &str) -> (String, Option<String>) {
        let e = Id::parse(text).unwrap_err();
        (e.message_en(), e.help_en())
    }

    #[test]
    fn accepts_ids() {
        for text in ["burst", "new-user", "cny-2027", "a", "x1", "a-", "a--b"] {
            let id = Id::parse(text).unwrap();
            assert_eq!(id.as_str(), text);
            assert_eq!(id.to_string(), text);
        }
        assert_eq!(Id::parse(" ops ").unwrap().as_str(), "ops");
        let long = "a".repeat(64);
        assert_eq!(Id::parse(&long).unwrap().as_str(), long);
        assert_eq!(Id::from_json(&json!("ops")), Id::parse("ops"));
    }

    #[test]
    fn suggests_a_slug() {
        assert_eq!(
            err("Flash_Sale"),
            (
                "`Flash_Sale` is not a valid id: ids use lowercase letters, digits and '-'".into(),
                Some("write \"flash-sale\"".into())
            )
        );
        assert_eq!(err("new user").1, Some("write \"new-user\"".into()));
        assert_eq!(err("Member.Price").1, Some("write \"member-price\"".into()));
        assert_eq!(err("GMV").1, Some("write \"gmv\"".into()));
        assert_eq!(err("2027-CNY").1, Some("write \"cny-2027\"".into()));
        assert_eq!(err("!!!").1, Some(EXPECT.help.en()));
    }

    #[test]
    fn ids_start_with_a_letter() {
        assert_eq!(
            err("2027-cny"),
            (
                "`2027-cny` must start with a letter".into(),
                Some("write \"cny-2027\"".into())
            )
        );
        assert_eq!(err("2027cny").1, Some("write \"cny-2027\"".into()));
        assert_eq!(err("-burst").1, Some("write \"burst\"".into()));
        assert_eq!(
            err("2027"),
            (
                "`2027` must start with a letter".into(),
                Some("start the id with a lowercase letter".into())
            )
        );
        assert_eq!(
            Id::from_json(&json!(2027)).unwrap_err().message,
            "`2027` must start with a letter"
        );
    }

    #[test]
    fn ids_are_ascii() {
        assert_eq!(
            err("爆发期"),
            (
                "`爆发期` is not an ASCII id".into(),
                Some(
                    "ids are ASCII (lowercase letters, digits, '-'); for example `burst`; put the Chinese in `name`"
                        .into()
                )
            )
        );
        assert_eq!(err("cny-春节").1, Some(NON_ASCII_HELP.en()));
        assert_eq!(
            err("café").1,
            Some(
                "ids are ASCII (lowercase letters, digits, '-'); put the full title in `name`"
                    .into()
            )
        );
    }

    #[test]
    fn rejects_long_and_empty_ids() {
        let long = "a".repeat(65);
        assert_eq!(
            err(&long),
            (
                format!("`{long}` is 65 characters long; an id has at most 64"),
                Some("shorten it".into())
            )
        );
        let huge = "ab".repeat(50_000);
        assert_eq!(
            err(&huge).0,
            format!(
                "`{}…` is 100000 characters long; an id has at most 64",
                &huge[..64]
            )
        );
        assert_eq!(err("").0, "expected an id, found an empty value");
        assert_eq!(
            Id::from_json(&json!(true)).unwrap_err().message,
            "expected an id, found `true`"
        );
    }

    #[test]
    fn works_as_a_map_key() {
        let ids: HashSet<Id> = ["burst", "peak"]
            .iter()
            .map(|s| Id::parse(s).unwrap())
            .collect();
        assert!(ids.contains("burst"));
        assert!(!ids.contains("tail"));
        let mut sorted = [Id::parse("peak").unwrap(), Id::parse("burst").unwrap()];
        sorted.sort();
        assert_eq!(sorted[0].as_str(), "burst");
    }
}
