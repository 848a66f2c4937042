//! Control characters YAML does not allow in a file: found in the text after loading,
//! each reported at its line and column with the node that holds it, without losing the
//! rest of the file.
//!
//! YAML 1.2 allows only printable characters: tab, line feed, carriage return, U+0020
//! to U+007E, U+0085 and U+00A0 upwards. The parser refuses a NUL (it reads it as the end
//! of the text: the file stops there with a syntax error), but takes every other control
//! character into the text of a scalar or a comment as written; this scan reports them.
//! Written as escapes in a double-quoted string (`"\e"`, `"\x1b"`, `"\u001b"`), such
//! characters are valid YAML and are not reported here (every printer still shows them
//! escaped, see [`crate::escape`]).

use super::doc::{Doc, NodeRef};
use super::pointer;
use super::yaml::{LoadFacts, Problem};
use crate::finding::Span;

/// At most this many lines are reported one by one; the last report counts the rest.
const MOST: usize = 100;

/// Whether YAML refuses `c` as not printable, for a control character: C0 except tab,
/// LF and CR; DEL; C1 except NEL (U+0085).
pub fn is_refused(c: char) -> bool {
    matches!(c, '\0'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{84}' | '\u{86}'..='\u{9f}')
}

/// The offset and character of the first refused character at or after `from`.
fn next(text: &str, from: usize) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(i) = bytes
        .get(at..)?
        .iter()
        .position(|&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f || b == 0xc2)
    {
        let found = at + i;
        // 0xC2 starts U+0080–U+00BF: the C1 controls among them, but also `¥`, `·`, `°`.
        let c = text.get(found..).and_then(|rest| rest.chars().next())?;
        if is_refused(c) {
            return Some((found, c));
        }
        at = found + 1;
    }
    None
}

/// One problem per line holding a refused control character, at its first one, in
/// source order.
pub(crate) fn problems(text: &str, doc: &Doc) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some((at, c)) = next(text, from) {
        let end = at + c.len_utf8();
        let line_end =
            memchr::memchr(b'\n', &text.as_bytes()[end..]).map_or(text.len(), |i| end + i);
        let mut more = 0;
        let mut scan = end;
        while let Some((found, c)) = next(text, scan).filter(|(found, _)| *found < line_end) {
            more += 1;
            scan = found + c.len_utf8();
        }
        from = line_end;
        let mut rest = 0;
        if out.len() + 1 == MOST {
            let mut scan = from;
            while let Some((found, c)) = next(text, scan) {
                rest += 1;
                scan = found + c.len_utf8();
            }
            from = text.len();
        }
        let facts = LoadFacts::ControlCharacter {
            code: u32::from(c),
            more,
            rest,
        };
        out.push(Problem::new(pointer_at(doc, at), Span::new(at, end), facts));
    }
    out
}

/// The pointer of the innermost node whose key or value holds `offset` (the root's,
/// `""`, for a comment outside every node).
fn pointer_at(doc: &Doc, offset: usize) -> String {
    let contains = |span: Span| span.start <= offset && offset < span.end;
    let mut out = String::new();
    let Some(mut node) = doc.root() else {
        return out;
    };
    loop {
        let child: Option<(NodeRef<'_>, bool)> = if let Some(items) = node.as_array() {
            // Items are in source order: the first one that ends after `offset`.
            let (mut lo, mut hi) = (0, items.len());
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                if items
                    .get(mid)
                    .is_some_and(|n| n.spans().value.end <= offset)
                {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            let i = lo;
            items.get(i).filter(|n| contains(n.spans().value)).map(|n| {
                pointer::push_index(&mut out, i);
                (n, false)
            })
        } else {
            node.entries().find_map(|(key, n)| {
                let spans = n.spans();
                let on_key = spans.key.is_some_and(contains);
                (on_key || contains(spans.value)).then(|| {
                    pointer::push_token(&mut out, key);
                    (n, on_key)
                })
            })
        };
        match child {
            Some((next, false)) => node = next,
            Some((_, true)) | None => return out,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::yaml;

    fn found(text: &str) -> Vec<(String, usize, usize, LoadFacts)> {
        let loaded = yaml::load(text, yaml::Limits::default());
        loaded
            .problems
            .iter()
            .filter(|p| p.kind == yaml::ProblemKind::ControlCharacter)
            .map(|p| (p.pointer.clone(), p.span.start, p.span.end, p.facts.clone()))
            .collect()
    }

    #[test]
    fn raw_control_characters_are_located_at_their_node() {
        let text = "a: x\u{1b}[2J y\u{7}\nb:\n  - ok\n  - \u{9b}31m\nc: ¥299 · 5°\n\"k\u{1}\": 1\n# note\u{7f}\n";
        let found = found(text);
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(found.len(), 4, "{found:#?}");
        assert_eq!(
            (found[0].0.as_str(), found[0].1, found[0].2),
            ("/a", at("\u{1b}"), at("\u{1b}") + 1)
        );
        assert_eq!(
            found[0].3,
            LoadFacts::ControlCharacter {
                code: 0x1b,
                more: 1,
                rest: 0
            }
        );
        assert_eq!((found[1].0.as_str(), found[1].1), ("/b/1", at("\u{9b}")));
        assert!(
            matches!(found[1].3, LoadFacts::ControlCharacter { code: 0x9b, .. }),
            "{:?}",
            found[1].3
        );
        assert_eq!((found[2].0.as_str(), found[2].1), ("/k\u{1}", at("\u{1}")));
        // A comment belongs to no node.
        assert_eq!((found[3].0.as_str(), found[3].1), ("", at("\u{7f}")));
    }

    #[test]
    fn printable_text_and_escapes_are_not_reported() {
        assert!(
            found("a: \"\\e[2J\\x07\\u001b\"\nb: \"x\u{85}y\"\nc: \"tab\there\"\r\nd: ¥1\n")
                .is_empty()
        );
    }

    #[test]
    fn many_lines_are_summed_up() {
        let text: String = (0..150).map(|i| format!("k{i}: a\u{7}b\n")).collect();
        let found = found(&text);
        assert_eq!(found.len(), MOST);
        assert!(
            matches!(
                found[MOST - 1].3,
                LoadFacts::ControlCharacter { rest: 50, .. }
            ),
            "{:?}",
            found[MOST - 1].3
        );
    }
}
