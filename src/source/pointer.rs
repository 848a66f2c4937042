//! RFC 6901 JSON pointers: building them from path segments and splitting them back.

use std::fmt::Write;

/// One step of a path into a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Key(String),
    Index(usize),
}

/// Appends one escaped reference token (`~` → `~0`, `/` → `~1`) to `out`.
pub fn push_token(out: &mut String, token: &str) {
    out.push('/');
    for c in token.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
}

/// Appends an array index to `out`.
pub fn push_index(out: &mut String, index: usize) {
    let _ = write!(out, "/{index}");
}

/// Builds a pointer from segments.
pub fn from_segments(segments: &[Segment]) -> String {
    let mut out = String::new();
    for segment in segments {
        match segment {
            Segment::Key(key) => push_token(&mut out, key),
            Segment::Index(index) => push_index(&mut out, *index),
        }
    }
    out
}

/// Joins a parent pointer and a key.
pub fn join(parent: &str, key: &str) -> String {
    let mut out = String::with_capacity(parent.len() + key.len() + 1);
    out.push_str(parent);
    push_token(&mut out, key);
    out
}

/// Joins a parent pointer and an index.
pub fn join_index(parent: &str, index: usize) -> String {
    let mut out = String::with_capacity(parent.len() + 4);
    out.push_str(parent);
    push_index(&mut out, index);
    out
}

/// Splits a pointer into unescaped reference tokens. `""` is the root (no tokens).
pub fn tokens(pointer: &str) -> impl Iterator<Item = String> + '_ {
    pointer
        .split('/')
        .skip(1)
        .map(|token| token.replace("~1", "/").replace("~0", "~"))
}

/// The parent of a pointer (`/a/b` → `/a`); the root has none.
pub fn parent(pointer: &str) -> Option<&str> {
    pointer.rfind('/').map(|at| &pointer[..at])
}

/// The pointer itself, then each of its ancestors up to the root (`""`).
pub fn ancestors(pointer: &str) -> impl Iterator<Item = &str> {
    std::iter::successors(Some(pointer), |p| parent(p))
}

/// The last unescaped token of a pointer.
pub fn last_token(pointer: &str) -> Option<String> {
    pointer
        .rfind('/')
        .map(|at| pointer[at + 1..].replace("~1", "/").replace("~0", "~"))
}

/// Whether `pointer` is `ancestor` or lies inside it.
pub fn is_within(pointer: &str, ancestor: &str) -> bool {
    pointer == ancestor
        || (pointer.starts_with(ancestor) && pointer.as_bytes().get(ancestor.len()) == Some(&b'/'))
}

/// A readable dotted path for messages: `/phases/1/start` → `phases[1].start`.
pub fn display_path(pointer: &str) -> String {
    let mut out = String::new();
    for token in tokens(pointer) {
        if !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit()) {
            let _ = write!(out, "[{token}]");
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&token);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_splits_round_trip() {
        let p = from_segments(&[
            Segment::Key("a/b".into()),
            Segment::Index(3),
            Segment::Key("c~d".into()),
        ]);
        assert_eq!(p, "/a~1b/3/c~0d");
        assert_eq!(tokens(&p).collect::<Vec<_>>(), ["a/b", "3", "c~d"]);
        assert_eq!(tokens("").count(), 0);
    }

    #[test]
    fn ancestry() {
        assert!(is_within("/copy/2/text", "/copy/2"));
        assert!(is_within("/copy/2", "/copy/2"));
        assert!(!is_within("/copy/20", "/copy/2"));
        assert!(is_within("/copy", ""));
        assert_eq!(parent("/a/b"), Some("/a"));
        assert_eq!(parent("/a"), Some(""));
        assert_eq!(parent(""), None);
        let all: Vec<&str> = ancestors("/a/b~1c/0").collect();
        assert_eq!(all, ["/a/b~1c/0", "/a/b~1c", "/a", ""]);
    }

    #[test]
    fn display() {
        assert_eq!(display_path("/phases/1/start"), "phases[1].start");
        assert_eq!(
            display_path("/guardrails/max_discount"),
            "guardrails.max_discount"
        );
    }
}
