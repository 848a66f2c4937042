//! Mapping a byte range of a scalar's decoded text back to the source, so a finding can
//! underline the exact characters inside a plain, quoted or block scalar.

use super::doc::{NodeKind, NodeSpans};
use crate::finding::Span;

/// The source span of the decoded-text range `start..end` of the scalar at `spans`.
/// Returns `None` when the node is not a scalar or the range does not fit its text.
pub fn text_span(text: &str, spans: NodeSpans, start: usize, end: usize) -> Option<Span> {
    if !spans.kind.is_scalar() || start > end {
        return None;
    }
    let raw = text.get(spans.value.start..spans.value.end)?;
    let (body_offset, body) = match spans.kind {
        NodeKind::SingleQuoted | NodeKind::DoubleQuoted => {
            let inner = raw.get(1..raw.len().saturating_sub(1))?;
            (1, inner)
        }
        _ => (0, raw),
    };
    let decoded = decode_positions(body, spans.kind);
    // `decoded[k]` = (decoded byte offset, source byte offset within body) of char k.
    let locate = |target: usize| -> Option<usize> {
        match decoded.binary_search_by(|(d, _)| d.cmp(&target)) {
            Ok(k) => decoded.get(k).map(|(_, s)| *s),
            Err(k) if k == decoded.len() => Some(body.len()),
            Err(_) => None,
        }
    };
    let s = locate(start)?;
    let e = if end == start {
        s
    } else {
        // The end of the last character in the range.
        let last = decoded.iter().rev().find(|(d, _)| *d < end)?;
        let last_char_len = body
            .get(last.1..)?
            .chars()
            .next()
            .map(char::len_utf8)
            .unwrap_or(0);
        let escape_len = escape_width(body, last.1, spans.kind);
        last.1 + escape_len.max(last_char_len)
    };
    let base = spans.value.start + body_offset;
    Some(Span::new(base + s, base + e))
}

/// Width in source bytes of the (possibly escaped) character at `at`.
fn escape_width(body: &str, at: usize, kind: NodeKind) -> usize {
    let rest = &body[at..];
    match kind {
        NodeKind::DoubleQuoted if rest.starts_with('\\') => {
            let mut chars = rest.chars();
            chars.next();
            match chars.next() {
                Some('x') => 4,
                Some('u') => 6,
                Some('U') => 10,
                Some(c) => 1 + c.len_utf8(),
                None => 1,
            }
        }
        NodeKind::SingleQuoted if rest.starts_with("''") => 2,
        _ => rest.chars().next().map(char::len_utf8).unwrap_or(0),
    }
}

/// Walks the source body and yields, for every decoded character, its decoded byte
/// offset and the source byte offset (within the body) where it is written.
fn decode_positions(body: &str, kind: NodeKind) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(body.len());
    let bytes = body.as_bytes();
    let mut src = 0usize;
    let mut decoded = 0usize;
    while src < body.len() {
        let Some(c) = body[src..].chars().next() else {
            break;
        };
        match kind {
            NodeKind::DoubleQuoted if c == '\\' => {
                let width = escape_width(body, src, kind);
                let next = body[src + 1..].chars().next();
                if matches!(next, Some('\n') | Some('\r')) {
                    // An escaped line break joins lines: nothing decoded.
                    src += width;
                    while src < body.len() && matches!(bytes[src], b' ' | b'\t' | b'\n' | b'\r') {
                        src += 1;
                    }
                    continue;
                }
                out.push((decoded, src));
                decoded += decoded_len_of_escape(&body[src..]);
                src += width;
            }
            NodeKind::SingleQuoted if body[src..].starts_with("''") => {
                out.push((decoded, src));
                decoded += 1;
                src += 2;
            }
            _ if c == '\n' || c == '\r' => {
                // A line break plus indentation decodes to one space or newline (folding);
                // blank lines each keep one newline.
                out.push((decoded, src));
                decoded += 1;
                src += c.len_utf8();
                if c == '\r' && bytes.get(src) == Some(&b'\n') {
                    src += 1;
                }
                while src < body.len() && matches!(bytes[src], b' ' | b'\t') {
                    src += 1;
                }
            }
            _ => {
                out.push((decoded, src));
                decoded += c.len_utf8();
                src += c.len_utf8();
            }
        }
    }
    out
}

fn decoded_len_of_escape(rest: &str) -> usize {
    let mut chars = rest.chars();
    chars.next();
    match chars.next() {
        Some('x') => hex_char(rest.get(2..4)).map(char::len_utf8).unwrap_or(1),
        Some('u') => hex_char(rest.get(2..6)).map(char::len_utf8).unwrap_or(1),
        Some('U') => hex_char(rest.get(2..10)).map(char::len_utf8).unwrap_or(1),
        Some('N') | Some('_') => 3,
        Some('L') | Some('P') => 3,
        _ => 1,
    }
}

fn hex_char(digits: Option<&str>) -> Option<char> {
    u32::from_str_radix(digits?, 16)
        .ok()
        .and_then(char::from_u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::yaml::{Limits, load};

    fn underline(text: &str, pointer: &str, needle: &str) -> String {
        let loaded = load(text, Limits::default());
        let value = loaded
            .doc
            .pointer(pointer)
            .unwrap()
            .as_str()
            .unwrap()
            .to_owned();
        let start = value.find(needle).unwrap();
        let found = loaded.doc.locate(pointer).unwrap();
        let span = text_span(text, found.spans, start, start + needle.len()).unwrap();
        text[span.start..span.end].to_owned()
    }

    #[test]
    fn plain_quoted_and_block_scalars() {
        let text = "a: 全网最低价，快来\nb: \"限时\\\"秒杀\\\" 第一\"\nc: '它''s 最佳'\nd: |\n  第一行\n  国家级产品\ne: >\n  折叠的\n  最好文本\n";
        assert_eq!(underline(text, "/a", "最低"), "最低");
        assert_eq!(underline(text, "/b", "第一"), "第一");
        assert_eq!(underline(text, "/b", "\"秒杀\""), "\\\"秒杀\\\"");
        assert_eq!(underline(text, "/c", "最佳"), "最佳");
        assert_eq!(underline(text, "/d", "国家级"), "国家级");
        assert_eq!(underline(text, "/e", "最好"), "最好");
    }

    #[test]
    fn escapes_and_multiline_plain() {
        let text = "a: \"\\u4E2D第一\"\nb: 第一行\n  最佳第二行\n";
        assert_eq!(underline(text, "/a", "第一"), "第一");
        assert_eq!(underline(text, "/b", "最佳"), "最佳");
    }
}
