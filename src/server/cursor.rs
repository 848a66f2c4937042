//! Where the cursor is in the YAML, read from the text's lines so that a half-written
//! plan (a key without its colon yet, a list item just begun) still places it: the
//! path from the root to the mapping or value being written, what is typed so far, and
//! the keys the mapping already has.

use std::collections::HashMap;

/// One step of a path: a mapping's key or a list's item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Item,
}

/// What is being written at the cursor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Spot {
    /// A key of the mapping at `object`: `partial` typed so far from byte `start`.
    Key {
        object: Vec<Seg>,
        partial: String,
        start: usize,
        /// The keys the mapping already has, with their values when written inline.
        siblings: Vec<(String, String)>,
    },
    /// A scalar value of the node at `node`: `partial` typed so far from byte `start`.
    Value {
        node: Vec<Seg>,
        partial: String,
        start: usize,
    },
}

/// An open node of the block structure above a line: a key or a list item, at a column.
#[derive(Clone, Debug)]
struct Entry {
    col: usize,
    seg: Seg,
    serial: usize,
    /// A key whose value follows on the next lines (`key:` alone).
    open: bool,
}

/// The block structure read line by line: the open nodes, and every key found, by the
/// node it belongs to.
#[derive(Default)]
struct Walk {
    stack: Vec<Entry>,
    next_serial: usize,
    keys: HashMap<usize, Vec<(String, String)>>,
    /// The open nodes at the cursor, by serial.
    at_cursor: Vec<usize>,
    /// The scalar items of each list, by the serial of the key that holds it.
    items: HashMap<usize, Vec<String>>,
    /// The list whose item the cursor's line begins, when it begins one.
    cursor_list: Option<usize>,
    /// The items before the cursor in the flow list it writes in, when it writes in one.
    inline_listed: Option<Vec<String>>,
}

impl Walk {
    /// Closes the nodes a new node at `col` ends; a list item may sit at its key's column.
    fn close_for(&mut self, col: usize, item: bool) {
        while let Some(top) = self.stack.last() {
            let same_column_list = item && top.col == col && top.open;
            if top.col < col || same_column_list {
                break;
            }
            self.stack.pop();
        }
    }

    /// The serial of the innermost open node (0 for the root).
    fn parent(&self) -> usize {
        self.stack.last().map_or(0, |e| e.serial)
    }

    fn push(&mut self, col: usize, seg: Seg, open: bool) -> usize {
        self.next_serial = self.next_serial.saturating_add(1);
        let serial = self.next_serial;
        self.stack.push(Entry {
            col,
            seg,
            serial,
            open,
        });
        serial
    }

    /// The serial of the node holding the innermost item (its list's key).
    fn list_of_item(&self) -> usize {
        self.stack
            .len()
            .checked_sub(2)
            .and_then(|i| self.stack.get(i))
            .map_or(0, |e| e.serial)
    }

    fn path(&self) -> Vec<Seg> {
        self.stack.iter().map(|e| e.seg.clone()).collect()
    }

    fn record(&mut self, parent: usize, key: &str, value: &str) {
        self.keys
            .entry(parent)
            .or_default()
            .push((key.to_owned(), value.to_owned()));
    }

    /// Reads one whole line (not the cursor's). Returns the column below which a block
    /// scalar's lines end, when the line starts one.
    fn line(&mut self, line: &str) -> Option<usize> {
        let before = self.next_serial;
        let (col, rest) = self.items(line, 0);
        let Some((key, value)) = split_key(rest) else {
            // A scalar item (`- CN`): listed under its list's key.
            let scalar = unquote(strip_comment(rest).trim());
            if self.next_serial != before && !scalar.is_empty() && !scalar.starts_with(['{', '[']) {
                let list = self.list_of_item();
                self.items.entry(list).or_default().push(scalar.to_owned());
            }
            return None;
        };
        self.close_for(col, false);
        let parent = self.parent();
        let value = strip_comment(value).trim();
        self.record(parent, key, unquote(value));
        let serial = self.push(col, Seg::Key(key.to_owned()), value.is_empty());
        if value.starts_with('{') {
            for (k, v) in flow_pairs(value) {
                self.record(serial, &k, &v);
            }
        }
        if value.starts_with('[') {
            let items = flow_items(value);
            self.items.entry(serial).or_default().extend(items);
        }
        let block = value.starts_with('|') || value.starts_with('>');
        block.then_some(col)
    }

    /// Reads the list markers (`- `) of a line from byte `from`, opening an item for
    /// each: the column after them and the rest of the line.
    fn items<'l>(&mut self, line: &'l str, from: usize) -> (usize, &'l str) {
        let mut col = from;
        let mut rest = line.get(from..).unwrap_or("");
        loop {
            let trimmed = rest.trim_start_matches(' ');
            col = col.saturating_add(rest.len().saturating_sub(trimmed.len()));
            rest = trimmed;
            let after = match rest.strip_prefix('-') {
                Some(after) if after.is_empty() || after.starts_with(' ') => after,
                _ => return (col, rest),
            };
            self.close_for(col, true);
            let serial = self.push(col, Seg::Item, false);
            let flow = after.trim();
            if flow.starts_with('{') {
                for (k, v) in flow_pairs(flow) {
                    self.record(serial, &k, &v);
                }
            }
            col = col.saturating_add(1);
            rest = after;
        }
    }
}

/// `key: value` (or `key:` alone) at the start of `rest`: the key and what follows.
fn split_key(rest: &str) -> Option<(&str, &str)> {
    if rest.starts_with(['{', '[', '#']) {
        return None;
    }
    let mut quote = None;
    for (i, c) in rest.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') if i == 0 => quote = Some(c),
            (None, ':') => {
                let after = rest.get(i.saturating_add(1)..).unwrap_or("");
                if after.is_empty() || after.starts_with([' ', '\t']) {
                    let key = unquote(rest.get(..i)?.trim());
                    return (!key.is_empty()).then_some((key, after));
                }
            }
            (None, '#') if rest.get(..i).is_some_and(|b| b.ends_with(' ')) => return None,
            _ => {}
        }
    }
    None
}

fn unquote(text: &str) -> &str {
    let t = text.trim();
    for q in ['"', '\''] {
        if let Some(inner) = t.strip_prefix(q).and_then(|s| s.strip_suffix(q)) {
            return inner;
        }
    }
    t
}

fn strip_comment(value: &str) -> &str {
    match value.find(" #") {
        Some(at) if !value.trim_start().starts_with(['"', '\'']) => value.get(..at).unwrap_or(""),
        _ => value,
    }
}

/// The `key: value` pairs of a one-line flow mapping (`{ id: a, type: b }`), top level.
fn flow_pairs(flow: &str) -> Vec<(String, String)> {
    flow_pieces(flow.trim().trim_start_matches('{'))
        .into_iter()
        .filter_map(|piece| {
            let (k, v) = piece.split_once(':')?;
            let k = unquote(k);
            (!k.is_empty()).then(|| (k.to_owned(), unquote(v).to_owned()))
        })
        .collect()
}

/// Where the cursor is: the spots it may be writing, and the keys written in each
/// mapping on the way there (`written[i]`: the mapping that holds the path's step `i`),
/// which choose the conditional fields (a promotion's `tiers` depend on its `type`).
#[derive(Clone, Debug, Default)]
pub struct Place {
    pub spots: Vec<Spot>,
    pub written: Vec<Vec<(String, String)>>,
    /// The items already in the list whose item the cursor writes.
    pub listed: Vec<String>,
}

/// The scalar items of a one-line flow list (`[CN, EU]`), top level.
fn flow_items(flow: &str) -> Vec<String> {
    let inner = flow.trim();
    let mut out = flow_pieces(inner.strip_prefix('[').unwrap_or(inner));
    out.retain(|item| !item.is_empty());
    out
}

/// The pieces of a flow list's text between its top-level commas, up to its `]`.
fn flow_pieces(inner: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut piece = String::new();
    for c in inner.chars() {
        match c {
            '{' | '[' => depth = depth.saturating_add(1),
            '}' | ']' if depth == 0 => break,
            '}' | ']' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                out.push(unquote(&piece).to_owned());
                piece.clear();
                continue;
            }
            _ => {}
        }
        piece.push(c);
    }
    out.push(unquote(&piece).to_owned());
    out
}

/// Where the cursor at byte `offset` of `text` is: the spots it may be writing (a
/// list item just begun may become a value or a mapping: both are given).
pub fn spots(text: &str, offset: usize) -> Vec<Spot> {
    place(text, offset).spots
}

/// Where the cursor at byte `offset` of `text` is, with the keys written on the way.
pub fn place(text: &str, offset: usize) -> Place {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset = offset.saturating_sub(1);
    }
    let line_start = text
        .get(..offset)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |n| n.saturating_add(1));
    let mut walk = Walk::default();
    let mut block: Option<usize> = None;
    let mut found = Vec::new();
    let mut cursor_parent = None;
    let mut at = 0usize;
    for line in text.split_inclusive('\n') {
        let this = at;
        at = at.saturating_add(line.len());
        let line = line.trim_end_matches(['\n', '\r']);
        let indent = line
            .len()
            .saturating_sub(line.trim_start_matches(' ').len());
        if this == line_start {
            let prefix = text.get(line_start..offset).unwrap_or("");
            let typed = prefix
                .len()
                .saturating_sub(prefix.trim_start_matches(' ').len());
            let column = if line.trim().is_empty() {
                typed
            } else {
                indent
            };
            let inside_block = block.is_some_and(|col| column > col);
            if !inside_block {
                let (spots, parent) = cursor_line(&mut walk, prefix, line_start);
                found = spots;
                cursor_parent = Some(parent);
                block = None;
            }
            continue;
        }
        let blank = line.trim().is_empty() || line.trim_start().starts_with('#');
        if let Some(col) = block {
            if blank || indent > col {
                continue;
            }
            block = None;
        }
        if blank || line.starts_with("---") || line.starts_with("...") {
            continue;
        }
        block = walk.line(line);
    }
    if line_start >= text.len() {
        // The cursor on the empty line after the text's last newline.
        let (spots, parent) = cursor_line(&mut walk, "", line_start);
        found = spots;
        cursor_parent = Some(parent);
    }
    let written = std::iter::once(0)
        .chain(walk.at_cursor.iter().copied())
        .map(|serial| walk.keys.get(&serial).cloned().unwrap_or_default())
        .collect();
    if let Some(parent) = cursor_parent.filter(|&p| p != ON_LINE) {
        let siblings = walk.keys.remove(&parent).unwrap_or_default();
        for spot in &mut found {
            if let Spot::Key { siblings: s, .. } = spot {
                s.clone_from(&siblings);
            }
        }
    }
    let mut listed = walk
        .cursor_list
        .and_then(|list| walk.items.remove(&list))
        .unwrap_or_default();
    if let Some(mut before) = walk.inline_listed.take() {
        // In a flow list: the items before the cursor, and those after it on its line.
        let line_end = text
            .get(offset..)
            .and_then(|after| after.find('\n'))
            .map_or(text.len(), |n| offset.saturating_add(n));
        let after = text.get(offset..line_end).unwrap_or("");
        listed.append(&mut before);
        // The first piece is the rest of the item being written.
        let pieces = flow_pieces(after).into_iter().skip(1);
        listed.extend(pieces.filter(|item| !item.is_empty()));
    }
    Place {
        spots: found,
        written,
        listed,
    }
}

/// The parent of a key whose siblings were read from the cursor's line itself.
const ON_LINE: usize = usize::MAX;

/// Reads the cursor's line up to the cursor: its spots, and the serial of the node
/// whose keys are the siblings of a key written there.
fn cursor_line(walk: &mut Walk, prefix: &str, line_start: usize) -> (Vec<Spot>, usize) {
    let before_items = walk.next_serial;
    let (col, rest) = walk.items(prefix, 0);
    let started_item = walk.next_serial != before_items;
    let rest_start = line_start.saturating_add(prefix.len().saturating_sub(rest.len()));
    if rest.starts_with('#') || rest.contains(" #") {
        // In a comment: nothing to complete.
        return (Vec::new(), walk.parent());
    }
    let flow = rest.starts_with(['{', '[']);
    let key_written = split_key(rest).is_some();
    if !flow && !key_written {
        // A key being typed (or nothing yet): its mapping is what the column leaves open.
        walk.close_for(col, false);
        walk.at_cursor = walk.stack.iter().map(|e| e.serial).collect();
        let parent = walk.parent();
        let path = walk.path();
        let partial = rest.trim_end().to_owned();
        let mut spots = vec![Spot::Key {
            object: path.clone(),
            partial: partial.clone(),
            start: rest_start,
            siblings: Vec::new(),
        }];
        if started_item {
            walk.cursor_list = Some(walk.list_of_item());
            spots.push(Spot::Value {
                node: path,
                partial,
                start: rest_start,
            });
        }
        return (spots, parent);
    }
    walk.close_for(col, false);
    walk.at_cursor = walk.stack.iter().map(|e| e.serial).collect();
    let mut path = walk.path();
    let parent = walk.parent();
    let (rel, spot, listed) = inline(rest, rest_start);
    walk.inline_listed = listed;
    path.extend(rel);
    match spot {
        // A key in a flow mapping: its siblings are on the line itself.
        Inline::Key { partial, start } => {
            let siblings = flow_pairs(rest.rsplit_once('{').map_or(rest, |(_, r)| r));
            let spot = Spot::Key {
                object: path,
                partial,
                start,
                siblings,
            };
            (vec![spot], ON_LINE)
        }
        Inline::Value { partial, start } => {
            let spot = Spot::Value {
                node: path,
                partial,
                start,
            };
            (vec![spot], parent)
        }
    }
}

enum Inline {
    Key { partial: String, start: usize },
    Value { partial: String, start: usize },
}

/// The path within one line's text (`key: { a: [x, y` …) to the cursor at its end,
/// and whether a key or a value is being written there.
fn inline(rest: &str, rest_start: usize) -> (Vec<Seg>, Inline, Option<Vec<String>>) {
    struct Frame {
        open: char,
        len: usize,
        items: Vec<String>,
    }
    let mut segs: Vec<Seg> = Vec::new();
    let mut frames: Vec<Frame> = Vec::new();
    let mut token_start = 0usize;
    let mut quote: Option<char> = None;
    let bytes: Vec<(usize, char)> = rest.char_indices().collect();
    for (n, &(i, c)) in bytes.iter().enumerate() {
        let next = i.saturating_add(c.len_utf8());
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => quote = Some(c),
            '{' | '[' => {
                frames.push(Frame {
                    open: c,
                    len: segs.len(),
                    items: Vec::new(),
                });
                if c == '[' {
                    segs.push(Seg::Item);
                }
                token_start = next;
            }
            ',' | '}' | ']' => {
                let keep_item = c == ',' && frames.last().is_some_and(|f| f.open == '[');
                if let Some(frame) = frames.last_mut() {
                    segs.truncate(frame.len.saturating_add(usize::from(keep_item)));
                    if keep_item {
                        let item = unquote(rest.get(token_start..i).unwrap_or(""));
                        frame.items.push(item.to_owned());
                    }
                }
                if c != ',' {
                    frames.pop();
                }
                token_start = next;
            }
            ':' => {
                let after = bytes.get(n.saturating_add(1)).map(|&(_, c)| c);
                if after.is_none_or(|a| a == ' ' || a == '\t') {
                    let key = unquote(rest.get(token_start..i).unwrap_or(""));
                    segs.push(Seg::Key(key.to_owned()));
                    token_start = next;
                }
            }
            _ => {}
        }
    }
    let token = rest.get(token_start..).unwrap_or("");
    let lead = token.len().saturating_sub(token.trim_start().len());
    let start = rest_start.saturating_add(token_start).saturating_add(lead);
    let partial = token.trim().trim_matches(['"', '\'']).to_owned();
    let in_map = frames.last().is_some_and(|f| f.open == '{');
    let key_done = matches!(segs.last(), Some(Seg::Key(_)))
        && frames.last().is_none_or(|f| segs.len() > f.len);
    let listed = match frames.pop() {
        Some(frame) if frame.open == '[' => Some(frame.items),
        _ => None,
    };
    if in_map && !key_done {
        (segs, Inline::Key { partial, start }, listed)
    } else {
        (segs, Inline::Value { partial, start }, listed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(k: &str) -> Seg {
        Seg::Key(k.to_owned())
    }

    fn at(text: &str) -> Vec<Spot> {
        let offset = text.find('@').expect("a cursor");
        let clean = text.replacen('@', "", 1);
        spots(&clean, offset)
    }

    #[test]
    fn keys_in_block_mappings_and_list_items() {
        let text = "id: a\npromotions:\n  - id: tiers\n    type: spend_tiers\n    na@\n  - id: b\n    name: x\n";
        let spots = at(text);
        let Some(Spot::Key {
            object,
            partial,
            siblings,
            ..
        }) = spots.first()
        else {
            panic!("{spots:?}")
        };
        assert_eq!(object, &[key("promotions"), Seg::Item]);
        assert_eq!(partial, "na");
        let keys: Vec<&str> = siblings.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["id", "type"]);
        let spots = at("window:\n  start: 2027-01-01\n  @\nname: x\n");
        assert!(
            matches!(&spots[..], [Spot::Key { object, siblings, .. }] if object == &[key("window")] && siblings.len() == 1),
            "{spots:?}"
        );
        let spots = at("promotions:\n- id: a\n- @\n");
        assert!(
            matches!(&spots[..], [Spot::Key { object, siblings, .. }, Spot::Value { .. }] if object == &[key("promotions"), Seg::Item] && siblings.is_empty()),
            "{spots:?}"
        );
        let spots = at("na@\n");
        assert!(
            matches!(&spots[..], [Spot::Key { object, .. }] if object.is_empty()),
            "{spots:?}"
        );
    }

    #[test]
    fn values_inline_in_flow_and_in_lists() {
        let spots = at("promotions:\n  - id: a\n    type: fl@\n");
        assert_eq!(
            spots,
            [Spot::Value {
                node: vec![key("promotions"), Seg::Item, key("type")],
                partial: "fl".to_owned(),
                start: 32,
            }]
        );
        let spots = at("jurisdictions: [CN, E@]\n");
        assert!(
            matches!(&spots[..], [Spot::Value { node, partial, .. }] if node == &[key("jurisdictions"), Seg::Item] && partial == "E"),
            "{spots:?}"
        );
        let spots = at("jurisdictions:\n  - CN\n  - @\n");
        assert!(
            matches!(&spots[..], [_, Spot::Value { node, .. }] if node == &[key("jurisdictions"), Seg::Item]),
            "{spots:?}"
        );
        let spots = at("copy:\n  - { id: a, channel: s@\n");
        assert!(
            matches!(&spots[..], [Spot::Value { node, .. }] if node == &[key("copy"), Seg::Item, key("channel")]),
            "{spots:?}"
        );
        let spots = at("copy:\n  - { id: a, ch@\n");
        assert!(
            matches!(&spots[..], [Spot::Key { object, siblings, partial, .. }] if object == &[key("copy"), Seg::Item] && siblings.len() == 1 && partial == "ch"),
            "{spots:?}"
        );
    }

    #[test]
    fn block_scalars_and_comments_are_skipped() {
        let text = "summary: |\n  a: b\n  c\n# x: y\nwindow:\n  @\n";
        let spots = at(text);
        assert!(
            matches!(&spots[..], [Spot::Key { object, .. }] if object == &[key("window")]),
            "{spots:?}"
        );
        let text = "summary: |\n  a: b\n@\n";
        let spots = at(text);
        assert!(
            matches!(&spots[..], [Spot::Key { object, siblings, .. }] if object.is_empty() && siblings.len() == 1),
            "{spots:?}"
        );
        assert_eq!(at("summary: |\n  a: b\n  c@\n"), []);
        assert_eq!(at("window:\n  # the st@\n"), []);
        assert_eq!(at("id: a # the campaign's i@\n"), []);
    }
}
