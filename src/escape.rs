//! Visible escapes: plan text and file names reach a terminal, a CI log or a document
//! with their control characters written out (`\u{1b}`, `\n`, `\t`), never raw.
//!
//! A plan is written by many hands and may come from a pull request: a value holding
//! ESC could retitle the reviewer's terminal, write to its clipboard or hide text; a
//! line break followed by `::warning …::` would print a line that GitHub Actions runs as
//! a workflow command. Every printer therefore writes plan text through this module:
//!
//! - [`line`] for text that must stay on one line (messages, labels, file names): every
//!   character of [`is_escaped`] is written as an escape, tab and line breaks included;
//! - [`lines`] for text shown with its own line structure (source lines, documents):
//!   the same, except that tab, LF and the CR of a CRLF stay as they are;
//! - [`no_commands`] on a whole output: no line of it begins with `::`, so only
//!   campspec's own `--format github` lines are workflow commands;
//! - [`json`] on serialized JSON: the characters JSON may carry raw are written as
//!   `\uXXXX` escapes instead, which read back as the same values.
//!
//! Backslashes are not doubled: the escapes are for reading, not for parsing back.

use std::borrow::Cow;
use std::fmt::Write;

/// Whether `c` is written as an escape: the C0 controls (U+0000–U+001F), DEL, the C1
/// controls (U+0080–U+009F), the line and paragraph separators U+2028 and U+2029, the
/// bidirectional formatting characters (U+061C, U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069), which can make a line read differently from what it holds, and the
/// noncharacters U+FFFE and U+FFFF.
pub fn is_escaped(c: char) -> bool {
    matches!(
        c,
        '\0'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{61c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{fffe}'
            | '\u{ffff}'
    )
}

/// Whether `c` stays as it is in text shown line by line: a tab, a line feed, or a
/// carriage return that ends a line (`next` is the character after it).
pub fn kept_in_lines(c: char, next: Option<char>) -> bool {
    c == '\t' || c == '\n' || (c == '\r' && next == Some('\n'))
}

/// Appends the visible form of `c`: `\t`, `\n`, `\r`, or `\u{…}` with its code point in
/// lowercase hexadecimal (`\u{1b}`, `\u{2028}`).
pub fn push_escape(out: &mut String, c: char) {
    match c {
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        c => {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
    }
}

/// The length in bytes of the visible form of `c` (see [`push_escape`]).
pub fn escape_len(c: char) -> usize {
    match c {
        '\t' | '\n' | '\r' => 2,
        c => {
            let digits = (32 - u32::from(c).max(1).leading_zeros()).div_ceil(4) as usize;
            4 + digits
        }
    }
}

/// `text` on one line: every character of [`is_escaped`] written as its escape.
pub fn line(text: &str) -> Cow<'_, str> {
    escape_where(text, |c, _| is_escaped(c))
}

/// `text` with its line structure: as [`line`], but tabs, line feeds and the carriage
/// returns of CRLF line ends stay (a lone carriage return is escaped: it would send the
/// terminal's cursor back over the line).
pub fn lines(text: &str) -> Cow<'_, str> {
    escape_where(text, |c, next| is_escaped(c) && !kept_in_lines(c, next))
}

fn escape_where(text: &str, escaped: impl Fn(char, Option<char>) -> bool) -> Cow<'_, str> {
    let mut chars = text.char_indices().peekable();
    let first = loop {
        let Some((i, c)) = chars.next() else {
            return Cow::Borrowed(text);
        };
        if escaped(c, chars.peek().map(|(_, n)| *n)) {
            break (i, c);
        }
    };
    let mut out = String::with_capacity(text.len() + 16);
    out.push_str(&text[..first.0]);
    push_escape(&mut out, first.1);
    while let Some((_, c)) = chars.next() {
        if escaped(c, chars.peek().map(|(_, n)| *n)) {
            push_escape(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `output` with no line that GitHub Actions would run as a workflow command: a line
/// whose text (after leading white space) begins with `::` gets its first colon
/// written as `\u{3a}`. For the terminal and log formats, after their text has gone
/// through [`line`] or [`lines`]: plan text can then only begin a line where a printer
/// puts it first (a file name) or where a long message is wrapped.
pub fn no_commands(output: String) -> String {
    // The runner trims any white space (as `char::is_whitespace` does) before looking.
    let starts_command = |l: &str| l.trim_start().starts_with("::");
    if !output.split('\n').any(starts_command) {
        return output;
    }
    let mut out = String::with_capacity(output.len() + 16);
    for (n, l) in output.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        if starts_command(l) {
            let lead = l.len() - l.trim_start().len();
            out.push_str(&l[..lead]);
            out.push_str("\\u{3a}");
            out.push_str(&l[lead + 1..]);
        } else {
            out.push_str(l);
        }
    }
    out
}

/// Serialized JSON with the characters of [`is_escaped`] that JSON allows raw (DEL, the
/// C1 controls, U+2028, U+2029, the bidirectional controls, U+FFFE, U+FFFF) written as
/// `\uXXXX`. Outside strings JSON text is ASCII, so every such character stands inside a
/// string, where the escape reads back as the same character: values stay exact.
pub fn json(text: String) -> String {
    // serde_json escapes C0 controls in strings; outside them, line feeds indent the text.
    let raw = |c: char| is_escaped(c) && u32::from(c) >= 0x7f;
    if !text.chars().any(raw) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if raw(c) {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_visible_escapes() {
        assert_eq!(line("a\u{1b}]0;title\u{7}b"), "a\\u{1b}]0;title\\u{7}b");
        assert_eq!(line("x\r\n::warning::y\tz"), "x\\r\\n::warning::y\\tz");
        assert_eq!(line("\0\u{7f}\u{85}\u{9b}"), "\\u{0}\\u{7f}\\u{85}\\u{9b}");
        assert_eq!(
            line("\u{2028}\u{202e}\u{2066}\u{200f}\u{61c}\u{ffff}"),
            "\\u{2028}\\u{202e}\\u{2066}\\u{200f}\\u{61c}\\u{ffff}"
        );
    }

    #[test]
    fn ordinary_text_is_borrowed_unchanged() {
        for text in ["满299享9折，限时！", "¥1,500万 — “quoted” ·", "a\\nb", ""] {
            assert!(
                matches!(line(text), Cow::Borrowed(t) if t == text),
                "{text}"
            );
            assert!(
                matches!(lines(text), Cow::Borrowed(t) if t == text),
                "{text}"
            );
        }
        // Zero-width joiners and spaces are part of ordinary text (emoji, wrapping).
        assert_eq!(line("👩\u{200d}💻\u{200b}"), "👩\u{200d}💻\u{200b}");
    }

    #[test]
    fn lines_keep_tabs_and_line_ends_only() {
        assert_eq!(lines("a\tb\r\nc\nd"), "a\tb\r\nc\nd");
        assert_eq!(lines("a\rb\r"), "a\\rb\\r");
        assert_eq!(lines("a\u{1b}[2J\n\u{2029}"), "a\\u{1b}[2J\n\\u{2029}");
    }

    #[test]
    fn escape_lengths_match_the_escapes() {
        for c in [
            '\0', '\t', '\n', '\r', '\u{1b}', '\u{7f}', '\u{85}', '\u{61c}', '\u{2028}',
        ] {
            let mut out = String::new();
            push_escape(&mut out, c);
            assert_eq!(escape_len(c), out.len(), "{out}");
        }
        let mut out = String::new();
        push_escape(&mut out, '\u{ffff}');
        assert_eq!(out, "\\u{ffff}");
        assert_eq!(escape_len('\u{ffff}'), 8);
    }

    #[test]
    fn no_line_starts_a_workflow_command() {
        assert_eq!(
            no_commands("a\n::error::x\n  \t::warning file=a::b\nc::d\n\u{3000}::x".into()),
            "a\n\\u{3a}:error::x\n  \t\\u{3a}:warning file=a::b\nc::d\n\u{3000}\\u{3a}:x"
        );
        assert_eq!(no_commands("x :: y\n".into()), "x :: y\n");
    }

    #[test]
    fn json_escapes_read_back_as_the_same_values() {
        let value = serde_json::json!({"t": "a\u{1b}b\u{7f}c\u{85}d\u{2028}e\u{9b}\\"});
        let text = json(serde_json::to_string_pretty(&value).unwrap());
        assert!(text.starts_with("{\n  \"t\": "), "{text}");
        assert!(!text.chars().any(|c| is_escaped(c) && c != '\n'), "{text}");
        assert!(
            text.contains("\\u007f") && text.contains("\\u2028"),
            "{text}"
        );
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
    }
}
