//! Loading a large file on every core: cut it at top-level keys and list items, load
//! the pieces side by side, and join them into the same document tree the whole-file
//! loader builds.
//!
//! A plan of several megabytes is almost all one or two long lists (coupons, copy).
//! The YAML parser reads one character at a time, so a 10 MB plan spends most of its
//! check in the parser; cut into pieces, the work spreads over every core.
//!
//! Cutting is only attempted where it is plainly safe: the document is a block mapping
//! whose keys are simple words at column 0, and a long list is cut only between items
//! written at the list's own indentation. Any piece that loads with a problem, uses an
//! alias or does not have the expected shape makes the whole file go through the
//! whole-file loader instead, which then reports every problem exactly as it would have
//! (a cut file never reports anything itself). Tests compare both loaders node by node.

use super::FastSet;
use super::doc::{Doc, NodeKind};
use crate::finding::Span;
use rayon::prelude::*;

/// Files of this size or more are cut into pieces.
pub(crate) const SPLIT_BYTES: usize = 1 << 20;
/// About how much text each piece of a long list holds.
const PIECE_BYTES: usize = 128 * 1024;

/// One top-level key and the text of its value.
struct Section<'a> {
    key: &'a str,
    /// Where the key line starts (the key is the first thing on it).
    start: usize,
    /// Where the next section starts, or the end of the text.
    end: usize,
    /// For a block list at `indent` spaces: where each item line starts.
    items: Option<Items>,
}

struct Items {
    indent: usize,
    starts: Vec<usize>,
    /// Whether every line of the value is blank, a comment or indented at least
    /// `indent` spaces (otherwise the list is not cut).
    tidy: bool,
}

/// What one piece is: a run of whole sections (`key: value` lines, `first..end`), or a
/// run of list items of one section.
enum Piece {
    Sections(usize, usize),
    Items(usize),
}

/// Loads one piece of text nested at most the given depth: its document, or `None` when
/// the piece has anything to report. The YAML loader passes itself in, so this file
/// never names it (the loader calls the cutter, not the other way round).
pub(crate) type PieceLoader<'a> = &'a (dyn Fn(&str, usize) -> Option<Doc> + Sync);

/// Loads a large file in pieces with `piece`, nested at most `max_depth`; `None` when it
/// cannot be cut safely or a piece has anything to report (the caller then loads it
/// whole).
pub(crate) fn load(text: &str, max_depth: usize, piece: PieceLoader<'_>) -> Option<Doc> {
    cut_and_load(text, max_depth, PIECE_BYTES, piece)
}

fn cut_and_load(
    text: &str,
    max_depth: usize,
    piece_bytes: usize,
    load_piece: PieceLoader<'_>,
) -> Option<Doc> {
    let sections = sections(text)?;
    // List items are one level deeper in the file than in their piece.
    let item_depth = max_depth.checked_sub(1).filter(|d| *d > 0)?;

    let pieces = plan(&sections, piece_bytes);
    if pieces.len() < 2 {
        return None;
    }
    let loaded: Vec<Option<Doc>> = pieces
        .par_iter()
        .map(|(piece, start, end)| {
            let depth = match piece {
                Piece::Sections(..) => max_depth,
                Piece::Items(_) => item_depth,
            };
            load_piece(&text[*start..*end], depth)
        })
        .collect();

    // Join: the root mapping, each section's value with its key, long lists rebuilt
    // from their runs of items.
    let mut joined = Joined::new(&sections);
    // Each section adds a node and a child of the root; a long list's items are listed
    // once more as the children of the list itself.
    let list_items: usize = pieces
        .iter()
        .zip(&loaded)
        .filter(|((piece, _, _), _)| matches!(piece, Piece::Items(_)))
        .filter_map(|(_, l)| l.as_ref()?.root()?.as_array())
        .map(|items| items.len())
        .sum();
    joined.doc.reserve_for(
        loaded.iter().flatten(),
        (sections.len(), sections.len() + list_items),
    );
    for ((piece, start, _), piece_loaded) in pieces.iter().zip(loaded) {
        let piece_loaded = piece_loaded?;
        match piece {
            Piece::Sections(first, end) => joined.sections(*first..*end, *start, piece_loaded)?,
            Piece::Items(s) => joined.items(*s, *start, piece_loaded)?,
        }
    }
    joined.finish()
}

/// The pieces of a file cut into `sections`, each with its byte range: runs of whole
/// sections of about `piece_bytes` (a file may have thousands of short top-level keys),
/// and runs of items of long lists (never the first section, whose piece gives the
/// mapping's own start).
fn plan(sections: &[Section<'_>], piece_bytes: usize) -> Vec<(Piece, usize, usize)> {
    let mut pieces: Vec<(Piece, usize, usize)> = Vec::new();
    let mut run: Option<usize> = None;
    let flush = |pieces: &mut Vec<(Piece, usize, usize)>, run: &mut Option<usize>, end: usize| {
        if let Some(first) = run.take() {
            let (start, stop) = (sections[first].start, sections[end - 1].end);
            pieces.push((Piece::Sections(first, end), start, stop));
        }
    };
    for (s, section) in sections.iter().enumerate() {
        match &section.items {
            Some(items)
                if s > 0 && items.tidy && section.end - section.start >= 2 * piece_bytes =>
            {
                flush(&mut pieces, &mut run, s);
                let mut from = 0;
                while from < items.starts.len() {
                    let start = items.starts[from];
                    let mut to = from + 1;
                    while to < items.starts.len() && items.starts[to] - start < piece_bytes {
                        to += 1;
                    }
                    let end = items.starts.get(to).copied().unwrap_or(section.end);
                    pieces.push((Piece::Items(s), start, end));
                    from = to;
                }
            }
            _ => {
                let first = *run.get_or_insert(s);
                if section.end - sections[first].start >= piece_bytes {
                    flush(&mut pieces, &mut run, s + 1);
                }
            }
        }
    }
    flush(&mut pieces, &mut run, sections.len());
    pieces
}

/// The document being joined from its pieces, in document order.
struct Joined<'s, 't> {
    sections: &'s [Section<'t>],
    doc: Doc,
    root: u32,
    /// The root's keys seen so far (a repeated key makes the file load whole).
    keys: FastSet<&'t str>,
    /// The root's children (one node per key).
    children: Vec<u32>,
    root_start: Option<usize>,
    root_end: usize,
    /// The long list being rebuilt: its section, its items' nodes and its span.
    list: Option<(usize, Vec<u32>, Span)>,
}

impl<'s, 't> Joined<'s, 't> {
    fn new(sections: &'s [Section<'t>]) -> Self {
        let mut doc = Doc::default();
        let root = doc.push_collection(NodeKind::Mapping, 0);
        Joined {
            sections,
            doc,
            root,
            keys: FastSet::default(),
            children: Vec::with_capacity(sections.len()),
            root_start: None,
            root_end: 0,
            list: None,
        }
    }

    /// Adds one key of the root; `None` if the key was there already.
    fn add(&mut self, s: usize, node: u32, end: usize) -> Option<()> {
        self.root_end = self.root_end.max(end);
        self.children.push(node);
        self.keys.insert(self.sections[s].key).then_some(())
    }

    /// A run of whole sections: its piece is a mapping of their keys, in order.
    fn sections(&mut self, run: std::ops::Range<usize>, start: usize, loaded: Doc) -> Option<()> {
        self.finish_list()?;
        let piece_root = self.doc.graft(loaded, start)?;
        let node = self.doc.node_ref(piece_root)?;
        if !node.is_object() {
            return None;
        }
        let children = self.doc.children_of(piece_root).to_vec();
        if children.len() != run.len() {
            return None;
        }
        let piece_start = self.doc.spans(piece_root)?.value.start;
        self.root_start.get_or_insert(piece_start);
        for (s, child) in run.zip(children) {
            let key = self.doc.key_of(child)?;
            if self.doc.key_name(key) != self.sections.get(s)?.key {
                return None;
            }
            let end = self.doc.spans(child)?.value.end;
            self.add(s, child, end)?;
        }
        Some(())
    }

    /// A run of items of a long list: its piece is a list.
    fn items(&mut self, s: usize, start: usize, loaded: Doc) -> Option<()> {
        let piece_root = self.doc.graft(loaded, start)?;
        if !self.doc.node_ref(piece_root)?.is_array() {
            return None;
        }
        let ids = self.doc.children_of(piece_root).to_vec();
        let mut span = self.doc.spans(piece_root)?.value;
        // An indented list starts at its first `-`; one written at column 0 under its
        // key (`coupons:` then `- id: …`) starts, as the parser reports it, at its first
        // item's content.
        let indent = self.sections[s]
            .items
            .as_ref()
            .map_or(0, |items| items.indent);
        span.start = if indent == 0 {
            self.doc.spans(*ids.first()?)?.value.start
        } else {
            start + indent
        };
        match &mut self.list {
            Some((current, all_ids, list_span)) if *current == s => {
                all_ids.extend(ids);
                list_span.end = span.end;
            }
            _ => {
                self.finish_list()?;
                self.list = Some((s, ids, span));
            }
        }
        Some(())
    }

    /// Ends the long list being rebuilt, if any, as the value of its key.
    fn finish_list(&mut self) -> Option<()> {
        let Some((s, ids, span)) = self.list.take() else {
            return Some(());
        };
        let section = &self.sections[s];
        let node = self.doc.push_collection(NodeKind::Sequence, span.start);
        self.doc.set_end(node, span.end);
        let key = self.doc.intern(section.key);
        let key_span = Span::new(section.start, section.start + section.key.len());
        self.doc.set_key(node, key, key_span);
        self.doc.set_children(node, &ids);
        self.add(s, node, span.end)
    }

    fn finish(mut self) -> Option<Doc> {
        self.finish_list()?;
        let root = self.root;
        self.doc.set_start(root, self.root_start?);
        self.doc.set_end(root, self.root_end);
        self.doc.set_children(root, &self.children);
        self.doc.set_root(root);
        self.doc.shrink_to_fit();
        Some(self.doc)
    }
}

/// The top-level sections, or `None` when the text is not a plain block mapping with
/// simple keys at column 0 (anything else is loaded whole).
fn sections(text: &str) -> Option<Vec<Section<'_>>> {
    let bytes = text.as_bytes();
    let mut sections: Vec<Section<'_>> = Vec::new();
    let mut pos = 0;
    // Whether the current section's value may still turn out to be a block list
    // (nothing but blank lines and comments seen after its key yet).
    let mut value_seen = false;
    while pos < bytes.len() {
        let line_end = memchr::memchr(b'\n', &bytes[pos..]).map_or(bytes.len(), |i| pos + i + 1);
        let line = &bytes[pos..line_end];
        let indent = line.iter().take_while(|b| **b == b' ').count();
        let rest = &line[indent..];
        let blank = matches!(rest.first(), None | Some(b'\n' | b'\r'));
        let comment = rest.first() == Some(&b'#');
        if indent == 0 && !blank && !comment {
            if is_item(rest) {
                // A list at column 0 (`coupons:` then `- id: …`).
                item_line(sections.last_mut()?, &mut value_seen, 0, pos);
            } else {
                let key = simple_key(line)?;
                if let Some(last) = sections.last_mut() {
                    last.end = pos;
                }
                let after = &line[key.len() + 1..];
                let nothing_after = after.iter().all(|b| matches!(b, b' ' | b'\r' | b'\n'));
                sections.push(Section {
                    key: std::str::from_utf8(key).ok()?,
                    start: pos,
                    end: bytes.len(),
                    items: None,
                });
                // A value on the key line itself is never a block list.
                value_seen = !nothing_after;
            }
        } else if !blank && !comment {
            let section = sections.last_mut()?;
            if is_item(rest) {
                item_line(section, &mut value_seen, indent, pos);
            } else {
                value_seen = true;
                if let Some(items) = &mut section.items
                    && indent < items.indent
                {
                    items.tidy = false;
                }
            }
            if rest.first() == Some(&b'\t') {
                return None;
            }
        }
        pos = line_end;
    }
    (!sections.is_empty()).then_some(sections)
}

/// Records a `- ` line: the first one after a key starts a list at its indentation;
/// later ones at that same indentation start its items.
fn item_line(section: &mut Section<'_>, value_seen: &mut bool, indent: usize, pos: usize) {
    match &mut section.items {
        None if !*value_seen => {
            section.items = Some(Items {
                indent,
                starts: vec![pos],
                tidy: true,
            });
        }
        Some(items) if items.indent == indent => items.starts.push(pos),
        Some(items) if indent < items.indent => items.tidy = false,
        _ => {}
    }
    *value_seen = true;
}

/// Whether a line (after its indentation) is a block list item: `-` then a space or
/// the end of the line.
fn is_item(rest: &[u8]) -> bool {
    rest.first() == Some(&b'-') && matches!(rest.get(1), None | Some(b' ' | b'\r' | b'\n'))
}

/// The key of a `key:` line, when it is a simple word (letters, digits, `_`, `-`)
/// followed by `:` and a space or the end of the line.
fn simple_key(line: &[u8]) -> Option<&[u8]> {
    let len = line
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_' || **b == b'-')
        .count();
    if len == 0 || !line[0].is_ascii_alphanumeric() && line[0] != b'_' {
        return None;
    }
    if line.get(len) != Some(&b':') {
        return None;
    }
    matches!(line.get(len + 1), None | Some(b' ' | b'\r' | b'\n')).then(|| &line[..len])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::pointer;
    use crate::source::yaml::{self, Limits, Loaded};
    use serde_json::Value;

    /// Cuts `text` into pieces of about `piece_bytes` and loads them with the YAML
    /// loader, as a large file is loaded.
    fn load_in_pieces(text: &str, limits: Limits, piece_bytes: usize) -> Option<Loaded> {
        let piece = |piece: &str, max_depth: usize| {
            yaml::load_piece(
                piece,
                Limits {
                    max_depth,
                    ..limits
                },
            )
            .map(|l| l.doc)
        };
        let doc = cut_and_load(text, limits.max_depth, piece_bytes, &piece)?;
        Some(yaml::whole_piece(doc))
    }

    /// Every pointer of a JSON value.
    fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    pointers(child, pointer::join(&at, key), out);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    pointers(child, pointer::join_index(&at, i), out);
                }
            }
            _ => {}
        }
        out.push(at);
    }

    /// Loads `text` in pieces of `piece_bytes` and whole, and asserts both give the
    /// same value and the same spans for every node. Returns whether it was cut.
    fn same_both_ways(text: &str, piece_bytes: usize) -> bool {
        let limits = Limits::default();
        let whole = yaml::load_whole_for_tests(text, limits);
        let Some(mut cut) = load_in_pieces(text, limits, piece_bytes) else {
            return false;
        };
        cut.doc.set_source(std::sync::Arc::new(text.to_owned()));
        assert!(whole.problems.is_empty(), "{:?}", whole.problems);
        assert_eq!(cut.doc.to_value(), whole.doc.to_value());
        let mut all = Vec::new();
        pointers(&whole.doc.to_value(), String::new(), &mut all);
        for at in &all {
            assert_eq!(
                cut.doc.locate(at),
                whole.doc.locate(at),
                "spans of `{at}` (pieces of {piece_bytes} bytes)"
            );
        }
        true
    }

    fn list(items: usize, indent: &str, extra: &str) -> String {
        let mut text = String::from("# a plan\ncampspec: 1\nid: big\nname: 大促\n\ncoupons:\n");
        for i in 0..items {
            text.push_str(&format!(
                "{indent}- id: c{i:05}\n{indent}  name: 品类券满{}减{}\n{indent}  amount: {}\n{indent}  scope: [服饰鞋包, \"家用电器\"]\n{extra}",
                100 + i,
                i % 50 + 1,
                i % 50 + 1
            ));
        }
        text.push_str("copy:\n");
        for i in 0..items {
            text.push_str(&format!(
                "  - id: copy-{i}\n    text: |\n      满{}减{}，限量{}张\n\n      领完为止\n    advertises: [c{i:05}]\n",
                100 + i,
                i % 50 + 1,
                i * 10
            ));
        }
        text.push_str("guardrails:\n  max_discount: 50%\n");
        text
    }

    #[test]
    fn pieces_join_into_the_same_document() {
        assert!(same_both_ways(&list(300, "  ", ""), 2048));
        assert!(same_both_ways(&list(300, "", ""), 2048));
        assert!(same_both_ways(
            &list(300, "  ", "  # a comment between items\n\n"),
            1000
        ));
        assert!(same_both_ways(
            &list(300, "  ", "").replace('\n', "\r\n"),
            4096
        ));
        let scalars: String = (0..2000).map(|i| format!("- 第{i}项\n")).collect();
        assert!(same_both_ways(
            &format!(
                "campspec: 1\nnotes:\n{scalars}tags:\n{}",
                scalars.replace("- ", "  - ")
            ),
            1024
        ));
        // One piece per item, and pieces larger than the lists.
        assert!(same_both_ways(&list(40, "  ", ""), 1));
        // Lists too short to cut, in a file smaller than a piece: loaded whole.
        assert!(!same_both_ways(&list(40, "  ", ""), 1 << 20));
        // Short sections are loaded side by side in runs of about a piece each.
        assert!(same_both_ways(&list(40, "  ", ""), 256));
        let keys: String = (0..5000).map(|i| format!("extra_{i}: {i}\n")).collect();
        assert!(same_both_ways(&format!("campspec: 1\n{keys}"), 4096));
    }

    /// Thousands of short top-level keys are loaded in runs of about a piece each, not
    /// one piece per key.
    #[test]
    fn short_sections_are_loaded_in_runs() {
        let keys: String = (0..5000).map(|i| format!("extra_{i}: {i}\n")).collect();
        let text = format!("campspec: 1\n{keys}");
        let sections = sections(&text).expect("cut at its keys");
        assert_eq!(sections.len(), 5001);
        let pieces = plan(&sections, 4096);
        // About 75 KB of keys in runs of about 4 KB.
        assert!((15..=25).contains(&pieces.len()), "{} pieces", pieces.len());
        let loaded = load_in_pieces(&text, Limits::default(), 4096).expect("loaded in pieces");
        assert_eq!(loaded.doc.root().map(|r| r.entries().count()), Some(5001));
    }

    #[test]
    fn the_bundled_plans_load_the_same_cut_into_single_items() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("specs");
        let mut cut = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if !path.to_string_lossy().ends_with(".campaign.yaml") {
                continue;
            }
            let text = std::fs::read_to_string(path).unwrap();
            if same_both_ways(&text, 1) {
                cut += 1;
            }
        }
        assert!(cut >= 3, "only {cut} bundled plans could be cut");
    }

    /// Randomly damaged plans (lines deleted, doubled, swapped, re-indented, characters
    /// inserted): cutting either declines or gives exactly the whole-file result.
    #[test]
    fn damaged_plans_are_cut_the_same_or_not_at_all() {
        let lines: Vec<String> = list(120, "  ", "").lines().map(str::to_owned).collect();
        let mut seed: u64 = 0xc0ffee;
        let mut next = move |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            usize::try_from(seed >> 33).unwrap() % n
        };
        let inserts = [
            " ", "-", ":", "#", "\t", "\"", "[", "&a ", "*a", "- ", "   ", "x: ",
        ];
        let (mut cut, mut declined) = (0, 0);
        for _ in 0..400 {
            let mut damaged = lines.clone();
            for _ in 0..1 + next(3) {
                let i = next(damaged.len());
                match next(5) {
                    0 => {
                        damaged.remove(i);
                    }
                    1 => damaged.insert(i, damaged[i].clone()),
                    2 => {
                        let j = next(damaged.len());
                        damaged.swap(i, j);
                    }
                    3 => damaged[i] = format!("{}{}", " ".repeat(next(4)), damaged[i].trim_start()),
                    _ => {
                        let line = &mut damaged[i];
                        let at = line
                            .char_indices()
                            .map(|(b, _)| b)
                            .nth(next(line.chars().count() + 1))
                            .unwrap_or(line.len());
                        line.insert_str(at, inserts[next(inserts.len())]);
                    }
                }
            }
            let text = damaged.join("\n") + "\n";
            let whole = yaml::load_whole_for_tests(&text, Limits::default());
            match load_in_pieces(&text, Limits::default(), 1024) {
                None => declined += 1,
                Some(mut pieces) => {
                    pieces.doc.set_source(std::sync::Arc::new(text.clone()));
                    cut += 1;
                    assert!(
                        whole.problems.is_empty(),
                        "cut, but whole has {:?}\n{text}",
                        whole.problems
                    );
                    assert_eq!(pieces.doc.to_value(), whole.doc.to_value(), "{text}");
                    let mut all = Vec::new();
                    pointers(&whole.doc.to_value(), String::new(), &mut all);
                    for at in &all {
                        assert_eq!(
                            pieces.doc.locate(at),
                            whole.doc.locate(at),
                            "spans of `{at}` in\n{text}"
                        );
                    }
                }
            }
        }
        // Both outcomes occur, so both paths were exercised.
        assert!(cut > 50 && declined > 50, "cut {cut}, declined {declined}");
    }

    #[test]
    fn anything_unusual_is_left_to_the_whole_file_loader() {
        let base = list(200, "  ", "");
        let limits = Limits::default();
        for text in [
            format!("---\n{base}"),
            format!("\u{feff}{base}"),
            format!("{base}\"quoted\": 1\n"),
            format!("{base}yes: 1\n"),
            format!("{base}campspec: 2\n"),
            base.replace("c00150", "*anchor"),
            base.replace("id: c00001", "id: &first c00001")
                .replace("id: c00150", "id: *first"),
            base.replace("amount: 7\n", "amount: 7.0000000000000000000000000001\n"),
            base.replace("  - id: c00120", "\t- id: c00120"),
            format!("{base}a: [1,\n2]\n"),
        ] {
            assert!(
                load_in_pieces(&text, limits, 2048).is_none(),
                "should load whole: {}",
                &text[..80.min(text.len())]
            );
        }
    }

    #[test]
    fn a_syntax_error_in_any_piece_is_reported_by_the_whole_file_loader() {
        let text = list(300, "  ", "").replace("  - id: c00250\n", "  - id: c00250\n   bad: [\n");
        assert!(load_in_pieces(&text, Limits::default(), 2048).is_none());
        let loaded = yaml::load(&text, Limits::default());
        assert!(loaded.fatal);
        assert_eq!(loaded.problems[0].kind, yaml::ProblemKind::Syntax);
    }
}
