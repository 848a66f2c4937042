//! The span index: for every node of a loaded document, its value span and key span,
//! found by JSON pointer with a nearest-ancestor fallback.
//!
//! Nodes live in one flat arena in document order; a collection's children are a
//! contiguous run of ids, in the same order as the entries of the JSON array or object
//! built alongside, so a pointer is resolved by walking the JSON value and the arena
//! together (one hash lookup per object level), without storing a string per node.

use super::pointer;
use crate::finding::Span;
use serde_json::Value;
use std::collections::HashMap;

/// What kind of YAML node an entry describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeKind {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
    Sequence,
    Mapping,
    /// An alias (`*name`): the JSON value holds its expansion, the spans point at the alias.
    Alias,
}

impl NodeKind {
    pub fn is_scalar(self) -> bool {
        !matches!(
            self,
            NodeKind::Sequence | NodeKind::Mapping | NodeKind::Alias
        )
    }
}

const NO_KEY: u32 = u32::MAX;

#[derive(Clone, Copy, Debug)]
struct Entry {
    value_start: u32,
    value_end: u32,
    key_start: u32,
    key_end: u32,
    kind: NodeKind,
    first_child: u32,
    child_count: u32,
}

/// Where one node is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NodeSpans {
    /// The node's value (for quoted scalars including the quotes).
    pub value: Span,
    /// The key naming it, when it is a mapping value.
    pub key: Option<Span>,
    pub kind: NodeKind,
}

/// The result of a lookup: the node found and whether it is the node asked for or only
/// its nearest existing ancestor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Located {
    pub spans: NodeSpans,
    pub exact: bool,
}

/// Arena of node spans for one document.
#[derive(Clone, Debug, Default)]
pub struct SpanTree {
    entries: Vec<Entry>,
    children: Vec<u32>,
    root: Option<u32>,
    /// Key → position index for mappings with many keys (small ones are scanned).
    big_maps: HashMap<u32, HashMap<Box<str>, usize>>,
}

/// Mappings with more keys than this get a hash index, so lookups never go quadratic.
const SCAN_LIMIT: usize = 32;

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX - 1)
}

impl SpanTree {
    /// Adds a node and returns its id.
    pub(crate) fn push(&mut self, kind: NodeKind, value: Span) -> u32 {
        let id = to_u32(self.entries.len());
        self.entries.push(Entry {
            value_start: to_u32(value.start),
            value_end: to_u32(value.end),
            key_start: NO_KEY,
            key_end: NO_KEY,
            kind,
            first_child: 0,
            child_count: 0,
        });
        id
    }

    pub(crate) fn set_key(&mut self, id: u32, key: Span) {
        if let Some(entry) = self.entries.get_mut(id as usize) {
            entry.key_start = to_u32(key.start);
            entry.key_end = to_u32(key.end);
        }
    }

    pub(crate) fn set_start(&mut self, id: u32, start: usize) {
        if let Some(entry) = self.entries.get_mut(id as usize) {
            entry.value_start = to_u32(start);
            entry.value_end = entry.value_end.max(entry.value_start);
        }
    }

    pub(crate) fn set_end(&mut self, id: u32, end: usize) {
        if let Some(entry) = self.entries.get_mut(id as usize) {
            entry.value_end = to_u32(end).max(entry.value_start);
        }
    }

    pub(crate) fn set_children(&mut self, id: u32, children: &[u32]) {
        let first = to_u32(self.children.len());
        self.children.extend_from_slice(children);
        if let Some(entry) = self.entries.get_mut(id as usize) {
            entry.first_child = first;
            entry.child_count = to_u32(children.len());
        }
    }

    /// Records the key order of a large mapping (called by the loader when it closes one).
    pub(crate) fn index_map(&mut self, id: u32, map: &serde_json::Map<String, Value>) {
        if map.len() > SCAN_LIMIT {
            let index = map
                .keys()
                .enumerate()
                .map(|(i, key)| (key.as_str().into(), i))
                .collect();
            self.big_maps.insert(id, index);
        }
    }

    fn position_in_map(
        &self,
        id: u32,
        map: &serde_json::Map<String, Value>,
        key: &str,
    ) -> Option<usize> {
        match self.big_maps.get(&id) {
            Some(index) => index.get(key).copied(),
            None => map.keys().position(|k| k == key),
        }
    }

    /// Appends the nodes of `other`, a tree loaded from the text that starts at byte
    /// `offset` of this tree's text, and returns the id its root now has.
    pub(crate) fn graft(&mut self, other: SpanTree, offset: usize) -> Option<u32> {
        let base = to_u32(self.entries.len());
        let child_base = to_u32(self.children.len());
        let offset = to_u32(offset);
        let shift = |at: u32| at.saturating_add(offset);
        self.entries
            .extend(other.entries.into_iter().map(|e| Entry {
                value_start: shift(e.value_start),
                value_end: shift(e.value_end),
                key_start: if e.key_start == NO_KEY {
                    NO_KEY
                } else {
                    shift(e.key_start)
                },
                key_end: if e.key_start == NO_KEY {
                    NO_KEY
                } else {
                    shift(e.key_end)
                },
                kind: e.kind,
                first_child: e.first_child.saturating_add(child_base),
                child_count: e.child_count,
            }));
        self.children
            .extend(other.children.into_iter().map(|c| c.saturating_add(base)));
        for (id, index) in other.big_maps {
            self.big_maps.insert(id.saturating_add(base), index);
        }
        other.root.map(|r| r.saturating_add(base))
    }

    /// The ids of the children of node `id`, in document order.
    pub(crate) fn children_of(&self, id: u32) -> &[u32] {
        let Some(entry) = self.entries.get(id as usize) else {
            return &[];
        };
        let first = entry.first_child as usize;
        self.children
            .get(first..first + entry.child_count as usize)
            .unwrap_or(&[])
    }

    /// The spans recorded for node `id`.
    pub(crate) fn node(&self, id: u32) -> Option<NodeSpans> {
        self.spans(id)
    }

    /// Releases the spare capacity of the arena.
    pub(crate) fn shrink_to_fit(&mut self) {
        self.entries.shrink_to_fit();
        self.children.shrink_to_fit();
    }

    pub(crate) fn set_root(&mut self, id: u32) {
        self.root = Some(id);
    }

    /// Number of nodes recorded.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn spans(&self, id: u32) -> Option<NodeSpans> {
        let entry = self.entries.get(id as usize)?;
        Some(NodeSpans {
            value: Span::new(entry.value_start as usize, entry.value_end as usize),
            key: (entry.key_start != NO_KEY)
                .then(|| Span::new(entry.key_start as usize, entry.key_end as usize)),
            kind: entry.kind,
        })
    }

    /// The key span recorded for node `id`.
    pub(crate) fn key_of(&self, id: u32) -> Option<Span> {
        self.spans(id).and_then(|s| s.key)
    }

    fn child(&self, id: u32, index: usize) -> Option<u32> {
        let entry = self.entries.get(id as usize)?;
        if index >= entry.child_count as usize {
            return None;
        }
        self.children
            .get(entry.first_child as usize + index)
            .copied()
    }

    /// Finds the node at `pointer` in `root` (the document as loaded, before any pruning),
    /// or its nearest ancestor that exists in the source.
    pub fn locate(&self, root: &Value, pointer: &str) -> Option<Located> {
        let mut id = self.root?;
        let mut value = root;
        let mut exact = true;
        for token in pointer::tokens(pointer) {
            let entry = self.entries.get(id as usize)?;
            let next = match (entry.kind, value) {
                (NodeKind::Mapping, Value::Object(map)) => self
                    .position_in_map(id, map, &token)
                    .and_then(|index| Some((self.child(id, index)?, map.get(token.as_str())?))),
                (NodeKind::Sequence, Value::Array(items)) => token
                    .parse::<usize>()
                    .ok()
                    .and_then(|index| Some((self.child(id, index)?, items.get(index)?))),
                _ => None,
            };
            match next {
                Some((child_id, child_value)) => {
                    id = child_id;
                    value = child_value;
                }
                None => {
                    exact = false;
                    break;
                }
            }
        }
        Some(Located {
            spans: self.spans(id)?,
            exact,
        })
    }
}
