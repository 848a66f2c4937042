//! The loaded document: every node of a YAML file in one compact arena, with its value
//! (null, boolean, number, text, list or mapping) and the spans of its key and value.
//! The schema check, the model, the rules and the locator all read this one tree.
//!
//! A 10 MB plan has about half a million nodes. As a JSON value tree every node would be
//! allocated on its own (each string, each mapping with its hash index): 6.5 times the
//! file. Here a node is 28 bytes in one vector, keys are interned, and a string written
//! verbatim is read from the file's text (the others, with escapes or folded lines, are
//! kept in one buffer): about 2 times the file with the spans included.
//! JSON values are still built where a library needs one ([`NodeRef::to_value`]), a
//! piece at a time.
//!
//! Nodes are stored in document order; a collection's children are a contiguous run of
//! ids in `children`. An alias (`*name`) is a node of its own that refers to its anchor's
//! node: readers of values follow it ([`NodeRef`] and the serde [`Reader`]), spans stop
//! at it (a finding inside an alias points at the alias).

use super::{FastMap, FastSet, pointer};
use crate::finding::Span;
use serde::de::{self, IntoDeserializer, Visitor};
use serde_json::{Map, Number, Value};
use std::collections::HashMap;
use std::fmt;

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
    /// An alias (`*name`): its value is its anchor's, its spans are the alias's own.
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

/// A scalar value, as the loader resolved it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Scalar<'s> {
    Null,
    Bool(bool),
    Number(Number),
    Str(&'s str),
}

/// What a node holds; `a` and `b` of [`Node`] carry its payload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Data {
    Null,
    /// `a` is 0 or 1.
    Bool,
    /// `a`, `b`: low and high halves of a `u64`.
    PosInt,
    /// `a`, `b`: low and high halves of an `i64`.
    NegInt,
    /// `a`, `b`: low and high halves of an `f64`'s bits.
    Float,
    /// `a`: offset in `strings`, `b`: length; or, for text written verbatim in the
    /// file, `a` is `IN_SOURCE` plus the bytes between the text's end and the value's
    /// (1 before a closing quote) and the text is read from `source`.
    Str,
    /// `a`: first position in `children`, `b`: count.
    Seq,
    /// As `Seq`; each child carries its key.
    Map,
    /// `a`: the anchor's node.
    Alias,
}

const NO_KEY: u32 = u32::MAX;

#[derive(Clone, Copy, Debug)]
struct Node {
    value_start: u32,
    value_end: u32,
    key_start: u32,
    /// The interned key naming this node in its mapping, or `NO_KEY`.
    key: u32,
    a: u32,
    b: u32,
    /// Bytes from the key's start to its end (`LONG_KEY`: see `Doc::long_keys`).
    key_len: u16,
    kind: NodeKind,
    data: Data,
}

/// `a` of a string node whose text is the file's own (see `Data::Str`): `IN_SOURCE`
/// for a plain scalar, `IN_SOURCE + 1` for a quoted one (the text ends one byte
/// before the value's end). Above any offset in
/// `strings`, which is never larger than the file (at most 2 GiB).
const IN_SOURCE: u32 = u32::MAX - 2;

/// `key_len` of a key written over 65,534 bytes or more.
const LONG_KEY: u16 = u16::MAX;

/// Mappings with more keys than this get a hash index, so lookups never go quadratic.
const SCAN_LIMIT: usize = 32;

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX - 1)
}

fn split64(bits: u64) -> (u32, u32) {
    (bits as u32, (bits >> 32) as u32)
}

fn join64(a: u32, b: u32) -> u64 {
    u64::from(a) | (u64::from(b) << 32)
}

/// One loaded document (see the module documentation).
#[derive(Clone, Debug, Default)]
pub struct Doc {
    nodes: Vec<Node>,
    children: Vec<u32>,
    /// The file's text: most string scalars are read straight from it.
    source: super::SharedText,
    /// The text of every string scalar not written verbatim in the file (escapes,
    /// folded lines), one after another.
    strings: String,
    /// Interned keys: id → name, and name → id.
    keys: Vec<Box<str>>,
    key_ids: FastMap<Box<str>, u32>,
    /// For mappings with many keys: key id → position among the mapping's children.
    big_maps: FastMap<u32, FastMap<u32, u32>>,
    /// Node → length of its key, for keys written over `LONG_KEY` bytes or more.
    long_keys: FastMap<u32, u32>,
    root: Option<u32>,
}

impl Doc {
    // ----- building (the loader) -----

    fn push(&mut self, kind: NodeKind, data: Data, value: Span, a: u32, b: u32) -> u32 {
        let id = to_u32(self.nodes.len());
        self.nodes.push(Node {
            value_start: to_u32(value.start),
            value_end: to_u32(value.end),
            key_start: NO_KEY,
            key: NO_KEY,
            a,
            b,
            key_len: 0,
            kind,
            data,
        });
        id
    }

    /// Adds a scalar node and returns its id. `text` is the text being loaded, which
    /// `span` indexes: a string written there verbatim is not copied.
    pub(crate) fn push_scalar(
        &mut self,
        kind: NodeKind,
        span: Span,
        scalar: Scalar<'_>,
        text: &str,
    ) -> u32 {
        let (data, a, b) = match scalar {
            Scalar::Null => (Data::Null, 0, 0),
            Scalar::Bool(v) => (Data::Bool, u32::from(v), 0),
            Scalar::Number(n) => {
                if let Some(u) = n.as_u64() {
                    let (a, b) = split64(u);
                    (Data::PosInt, a, b)
                } else if let Some(i) = n.as_i64() {
                    let (a, b) = split64(i as u64);
                    (Data::NegInt, a, b)
                } else {
                    let (a, b) = split64(n.as_f64().unwrap_or(0.0).to_bits());
                    (Data::Float, a, b)
                }
            }
            Scalar::Str(value) => {
                let skip = match kind {
                    NodeKind::Plain => Some(0u32),
                    NodeKind::SingleQuoted | NodeKind::DoubleQuoted => Some(1),
                    _ => None,
                };
                // Found from the end of the value: an anchor or tag may come before it.
                let verbatim = skip.filter(|&skip| {
                    let end = span.end.saturating_sub(skip as usize);
                    let start = end.saturating_sub(value.len());
                    end - start == value.len() && text.get(start..end) == Some(value)
                });
                match verbatim {
                    Some(skip) => (Data::Str, IN_SOURCE + skip, to_u32(value.len())),
                    None => {
                        let start = to_u32(self.strings.len());
                        self.strings.push_str(value);
                        (Data::Str, start, to_u32(value.len()))
                    }
                }
            }
        };
        self.push(kind, data, span, a, b)
    }

    /// Adds a list or mapping node starting at `start`; its end and children are set
    /// when it closes.
    pub(crate) fn push_collection(&mut self, kind: NodeKind, start: usize) -> u32 {
        let data = if kind == NodeKind::Mapping {
            Data::Map
        } else {
            Data::Seq
        };
        self.push(kind, data, Span::at(start), 0, 0)
    }

    /// Adds an alias node at `span` whose value is node `target`'s.
    pub(crate) fn push_alias(&mut self, span: Span, target: u32) -> u32 {
        self.push(NodeKind::Alias, Data::Alias, span, target, 0)
    }

    /// The id of key `name`, interning it.
    pub(crate) fn intern(&mut self, name: &str) -> u32 {
        if let Some(id) = self.key_ids.get(name) {
            return *id;
        }
        let id = to_u32(self.keys.len());
        self.keys.push(name.into());
        self.key_ids.insert(name.into(), id);
        id
    }

    /// The id of key `name`, if any node has that key.
    fn key_id(&self, name: &str) -> Option<u32> {
        self.key_ids.get(name).copied()
    }

    /// The name of interned key `id`.
    pub(crate) fn key_name(&self, id: u32) -> &str {
        self.keys.get(id as usize).map_or("", |k| k)
    }

    /// Names node `id` by key `key` (an interned id) written at `span`.
    pub(crate) fn set_key(&mut self, id: u32, key: u32, span: Span) {
        if let Some(node) = self.nodes.get_mut(id as usize) {
            node.key = key;
            node.key_start = to_u32(span.start);
            let len = span.end.saturating_sub(span.start);
            match u16::try_from(len) {
                Ok(len) if len < LONG_KEY => node.key_len = len,
                _ => {
                    node.key_len = LONG_KEY;
                    self.long_keys.insert(id, to_u32(len));
                }
            }
        }
    }

    /// The interned key of node `id`.
    pub(crate) fn key_of(&self, id: u32) -> Option<u32> {
        self.nodes
            .get(id as usize)
            .map(|n| n.key)
            .filter(|k| *k != NO_KEY)
    }

    /// Moves the start of collection `id`.
    pub(crate) fn set_start(&mut self, id: u32, start: usize) {
        if let Some(node) = self.nodes.get_mut(id as usize) {
            node.value_start = to_u32(start);
            node.value_end = node.value_end.max(node.value_start);
        }
    }

    /// Moves the end of collection `id` (a string's text is found from its end).
    pub(crate) fn set_end(&mut self, id: u32, end: usize) {
        if let Some(node) = self
            .nodes
            .get_mut(id as usize)
            .filter(|n| matches!(n.data, Data::Seq | Data::Map))
        {
            node.value_end = to_u32(end).max(node.value_start);
        }
    }

    /// Sets the children of collection `id` (for a mapping, each child carries its key).
    pub(crate) fn set_children(&mut self, id: u32, children: &[u32]) {
        let first = to_u32(self.children.len());
        self.children.extend_from_slice(children);
        let Some(node) = self.nodes.get_mut(id as usize) else {
            return;
        };
        node.a = first;
        node.b = to_u32(children.len());
        if node.data == Data::Map && children.len() > SCAN_LIMIT {
            let index = children
                .iter()
                .enumerate()
                .filter_map(|(i, c)| Some((self.key_of(*c)?, to_u32(i))))
                .collect();
            self.big_maps.insert(id, index);
        }
    }

    /// Gives the document the text it was loaded from (the whole file's, for a
    /// document joined from pieces), from which it reads verbatim strings.
    pub(crate) fn set_source(&mut self, source: super::SharedText) {
        self.source = source;
    }

    pub(crate) fn set_root(&mut self, id: u32) {
        self.root = Some(id);
    }

    /// Releases the spare capacity of the arena and buffers.
    pub(crate) fn shrink_to_fit(&mut self) {
        self.nodes.shrink_to_fit();
        self.children.shrink_to_fit();
        self.strings.shrink_to_fit();
    }

    /// Makes room for grafting `docs` plus `extra` nodes and children, so that a
    /// document joined from pieces is allocated once, at its final size.
    pub(crate) fn reserve_for<'x>(
        &mut self,
        docs: impl Iterator<Item = &'x Doc>,
        extra: (usize, usize),
    ) {
        let (mut nodes, mut children, mut strings) = (extra.0, extra.1, 0);
        for doc in docs {
            nodes += doc.nodes.len();
            children += doc.children.len();
            strings += doc.strings.len();
        }
        self.nodes.reserve_exact(nodes);
        self.children.reserve_exact(children);
        self.strings.reserve_exact(strings);
    }

    /// Appends the nodes of `other`, a document loaded from the text that starts at byte
    /// `offset` of this document's text, and returns the id its root now has.
    pub(crate) fn graft(&mut self, other: Doc, offset: usize) -> Option<u32> {
        let base = to_u32(self.nodes.len());
        let child_base = to_u32(self.children.len());
        let string_base = to_u32(self.strings.len());
        let offset = to_u32(offset);
        let keys: Vec<u32> = other.keys.iter().map(|k| self.intern(k)).collect();
        let shift = |at: u32| at.saturating_add(offset);
        let key_of = |k: u32| {
            if k == NO_KEY {
                NO_KEY
            } else {
                keys.get(k as usize).copied().unwrap_or(NO_KEY)
            }
        };
        self.nodes.reserve(other.nodes.len());
        self.nodes.extend(other.nodes.into_iter().map(|n| {
            let key_start = if n.key_start == NO_KEY {
                NO_KEY
            } else {
                shift(n.key_start)
            };
            let a = match n.data {
                Data::Str if n.a >= IN_SOURCE => n.a,
                Data::Str => n.a.saturating_add(string_base),
                Data::Seq | Data::Map => n.a.saturating_add(child_base),
                Data::Alias => n.a.saturating_add(base),
                _ => n.a,
            };
            Node {
                value_start: shift(n.value_start),
                value_end: shift(n.value_end),
                key_start,
                key: key_of(n.key),
                a,
                ..n
            }
        }));
        self.children
            .extend(other.children.into_iter().map(|c| c.saturating_add(base)));
        self.strings.push_str(&other.strings);
        for (id, len) in other.long_keys {
            self.long_keys.insert(id.saturating_add(base), len);
        }
        for (id, index) in other.big_maps {
            let index = index.into_iter().map(|(k, i)| (key_of(k), i)).collect();
            self.big_maps.insert(id.saturating_add(base), index);
        }
        other.root.map(|r| r.saturating_add(base))
    }

    // ----- reading -----

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// The root node, when the document loaded.
    pub fn root(&self) -> Option<NodeRef<'_>> {
        Some(NodeRef {
            doc: self,
            id: self.root?,
        })
    }

    /// Node `id`.
    pub(crate) fn node_ref(&self, id: u32) -> Option<NodeRef<'_>> {
        ((id as usize) < self.nodes.len()).then_some(NodeRef { doc: self, id })
    }

    /// The document as a JSON value (`null` when nothing loaded).
    pub fn to_value(&self) -> Value {
        self.root().map_or(Value::Null, NodeRef::to_value)
    }

    /// The value at a JSON pointer (aliases followed), like `Value::pointer`.
    pub fn pointer(&self, at: &str) -> Option<NodeRef<'_>> {
        let mut node = self.root()?;
        for token in pointer::tokens(at) {
            node = node.child(&token)?;
        }
        Some(node)
    }

    /// The ids of the children of node `id`, in document order.
    pub(crate) fn children_of(&self, id: u32) -> &[u32] {
        match self.nodes.get(id as usize) {
            Some(node) if matches!(node.data, Data::Seq | Data::Map) => {
                let first = node.a as usize;
                self.children
                    .get(first..first + node.b as usize)
                    .unwrap_or(&[])
            }
            _ => &[],
        }
    }

    /// The spans recorded for node `id`.
    pub(crate) fn spans(&self, id: u32) -> Option<NodeSpans> {
        let node = self.nodes.get(id as usize)?;
        Some(NodeSpans {
            value: Span::new(node.value_start as usize, node.value_end as usize),
            key: (node.key_start != NO_KEY).then(|| {
                let len = match node.key_len {
                    LONG_KEY => self.long_keys.get(&id).copied().unwrap_or(0),
                    len => u32::from(len),
                };
                let start = node.key_start as usize;
                Span::new(start, start + len as usize)
            }),
            kind: node.kind,
        })
    }

    /// The position of `key` among the children of mapping `id`, and that child.
    fn entry(&self, id: u32, key: &str) -> Option<(usize, u32)> {
        let key = self.key_id(key)?;
        let children = self.children_of(id);
        let position = match self.big_maps.get(&id) {
            Some(index) => *index.get(&key)? as usize,
            None => children
                .iter()
                .position(|c| self.nodes.get(*c as usize).is_some_and(|n| n.key == key))?,
        };
        Some((position, *children.get(position)?))
    }

    /// The child of collection `id` named by one pointer token (a key of a mapping, an
    /// index of a list); `None` for anything else, aliases included.
    fn child_of(&self, id: u32, token: &str) -> Option<u32> {
        match self.nodes.get(id as usize)?.data {
            Data::Map => self.entry(id, token).map(|(_, child)| child),
            Data::Seq => self
                .children_of(id)
                .get(token.parse::<usize>().ok()?)
                .copied(),
            _ => None,
        }
    }

    /// Finds the node at `pointer` as written in the source, or its nearest ancestor
    /// that exists there (the search stops at an alias: what lies inside is the anchor's).
    pub fn locate(&self, pointer: &str) -> Option<Located> {
        let mut id = self.root?;
        let mut exact = true;
        for token in pointer::tokens(pointer) {
            match self.child_of(id, &token) {
                Some(child) => id = child,
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

    /// The node to set aside for the value at `pointer`: the node itself, or the alias
    /// the pointer passes through (the value inside is its anchor's, which stays).
    pub(crate) fn prune_target(&self, at: &str) -> Option<u32> {
        let mut id = self.root?;
        for token in pointer::tokens(at) {
            if self.nodes.get(id as usize)?.data == Data::Alias {
                return Some(id);
            }
            id = self.child_of(id, &token)?;
        }
        Some(id)
    }

    /// Whether node `id` is a mapping (an alias is not, whatever it names).
    pub(crate) fn is_mapping(&self, id: u32) -> bool {
        self.nodes
            .get(id as usize)
            .is_some_and(|n| n.data == Data::Map)
    }

    /// The child of mapping `id` written with key `name`.
    pub(crate) fn key_child(&self, id: u32, name: &str) -> Option<u32> {
        self.entry(id, name).map(|(_, child)| child)
    }

    /// A serde deserializer over the whole document, without the nodes in `removed`
    /// (a removed mapping entry is left out; a removed list item reads as `null`).
    pub fn reader<'d>(&'d self, removed: &'d FastSet<u32>) -> Reader<'d> {
        Reader {
            doc: self,
            id: self.root,
            removed,
            blank: no_blanks(),
        }
    }

    /// [`Doc::reader`] that also reads the keys `blank` lists for a mapping node as
    /// empty text: a required display text (an item's `name`) that is missing, so that
    /// the rest of the item is still read.
    pub fn reader_with<'d>(
        &'d self,
        removed: &'d FastSet<u32>,
        blank: &'d HashMap<u32, Vec<&'static str>>,
    ) -> Reader<'d> {
        Reader {
            doc: self,
            id: self.root,
            removed,
            blank,
        }
    }
}

/// A node of a [`Doc`]; value accessors follow aliases.
#[derive(Clone, Copy, Debug)]
pub struct NodeRef<'d> {
    doc: &'d Doc,
    id: u32,
}

impl<'d> NodeRef<'d> {
    fn node(self) -> &'d Node {
        &self.doc.nodes[self.id as usize]
    }

    /// The node whose value this one has (itself, unless it is an alias).
    fn target(self) -> NodeRef<'d> {
        let mut current = self;
        // Aliases only refer to finished anchors, so chains end; the bound is a guard.
        for _ in 0..self.doc.nodes.len() {
            let node = current.node();
            if node.data != Data::Alias {
                break;
            }
            match self.doc.node_ref(node.a) {
                Some(next) => current = next,
                None => break,
            }
        }
        current
    }

    pub fn id(self) -> u32 {
        self.id
    }

    /// Where this node is written (for an alias, the alias itself).
    pub fn spans(self) -> NodeSpans {
        self.doc.spans(self.id).unwrap_or(NodeSpans {
            value: Span::at(0),
            key: None,
            kind: NodeKind::Plain,
        })
    }

    pub fn is_null(self) -> bool {
        self.target().node().data == Data::Null
    }

    pub fn as_bool(self) -> Option<bool> {
        let node = self.target().node();
        (node.data == Data::Bool).then_some(node.a != 0)
    }

    pub fn as_str(self) -> Option<&'d str> {
        let target = self.target();
        let node = target.node();
        if node.data != Data::Str {
            return None;
        }
        if node.a >= IN_SOURCE {
            let end = (node.value_end as usize).checked_sub((node.a - IN_SOURCE) as usize)?;
            return target
                .doc
                .source
                .get(end.checked_sub(node.b as usize)?..end);
        }
        let start = node.a as usize;
        target.doc.strings.get(start..start + node.b as usize)
    }

    pub fn as_number(self) -> Option<Number> {
        let node = self.target().node();
        let bits = join64(node.a, node.b);
        match node.data {
            Data::PosInt => Some(Number::from(bits)),
            Data::NegInt => Some(Number::from(bits as i64)),
            Data::Float => Number::from_f64(f64::from_bits(bits)),
            _ => None,
        }
    }

    pub fn is_array(self) -> bool {
        self.target().node().data == Data::Seq
    }

    pub fn is_object(self) -> bool {
        self.target().node().data == Data::Map
    }

    /// The items of a list.
    pub fn as_array(self) -> Option<Items<'d>> {
        let target = self.target();
        (target.node().data == Data::Seq).then(|| Items {
            doc: self.doc,
            ids: self.doc.children_of(target.id),
        })
    }

    /// The entries of a mapping, in source order.
    pub fn entries(self) -> impl Iterator<Item = (&'d str, NodeRef<'d>)> + 'd {
        let target = self.target();
        let doc = self.doc;
        let ids = if target.node().data == Data::Map {
            doc.children_of(target.id)
        } else {
            &[]
        };
        ids.iter().map(move |c| {
            let child = NodeRef { doc, id: *c };
            (doc.key_name(child.node().key), child)
        })
    }

    /// The value of `key` in a mapping.
    pub fn get(self, key: &str) -> Option<NodeRef<'d>> {
        let target = self.target();
        if target.node().data != Data::Map {
            return None;
        }
        let (_, id) = self.doc.entry(target.id, key)?;
        Some(NodeRef { doc: self.doc, id })
    }

    /// The child named by one pointer token: a mapping key or a list index.
    pub fn child(self, token: &str) -> Option<NodeRef<'d>> {
        let id = self.doc.child_of(self.target().id, token)?;
        Some(NodeRef { doc: self.doc, id })
    }

    /// The value as JSON (aliases expanded).
    pub fn to_value(self) -> Value {
        let target = self.target();
        let node = target.node();
        match node.data {
            Data::Null | Data::Alias => Value::Null,
            Data::Bool => Value::Bool(node.a != 0),
            Data::PosInt | Data::NegInt | Data::Float => {
                self.as_number().map_or(Value::Null, Value::Number)
            }
            Data::Str => Value::String(self.as_str().unwrap_or_default().to_owned()),
            Data::Seq => Value::Array(
                self.doc
                    .children_of(target.id)
                    .iter()
                    .map(|c| {
                        NodeRef {
                            doc: self.doc,
                            id: *c,
                        }
                        .to_value()
                    })
                    .collect(),
            ),
            Data::Map => {
                let children = self.doc.children_of(target.id);
                let mut map = Map::with_capacity(children.len());
                for c in children {
                    let child = NodeRef {
                        doc: self.doc,
                        id: *c,
                    };
                    map.insert(
                        self.doc.key_name(child.node().key).to_owned(),
                        child.to_value(),
                    );
                }
                Value::Object(map)
            }
        }
    }
}

/// The items of a list node.
#[derive(Clone, Copy, Debug)]
pub struct Items<'d> {
    doc: &'d Doc,
    ids: &'d [u32],
}

impl<'d> Items<'d> {
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn get(&self, index: usize) -> Option<NodeRef<'d>> {
        let id = *self.ids.get(index)?;
        Some(NodeRef { doc: self.doc, id })
    }

    pub fn iter(&self) -> ItemsIter<'d> {
        ItemsIter {
            doc: self.doc,
            ids: self.ids.iter(),
        }
    }
}

impl<'d> IntoIterator for Items<'d> {
    type Item = NodeRef<'d>;
    type IntoIter = ItemsIter<'d>;

    fn into_iter(self) -> ItemsIter<'d> {
        self.iter()
    }
}

/// Iterator over the items of a list node.
#[derive(Clone, Debug)]
pub struct ItemsIter<'d> {
    doc: &'d Doc,
    ids: std::slice::Iter<'d, u32>,
}

impl<'d> Iterator for ItemsIter<'d> {
    type Item = NodeRef<'d>;

    fn next(&mut self) -> Option<NodeRef<'d>> {
        let id = *self.ids.next()?;
        Some(NodeRef { doc: self.doc, id })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.ids.size_hint()
    }
}

impl ExactSizeIterator for ItemsIter<'_> {}

// ----- serde -----

/// Why a node could not be read as the type asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError(String);

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ReadError {}

impl de::Error for ReadError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        ReadError(message.to_string())
    }
}

/// A serde deserializer over one node (or, with no node, `null`); see [`Doc::reader`].
#[derive(Clone, Copy, Debug)]
pub struct Reader<'d> {
    doc: &'d Doc,
    id: Option<u32>,
    removed: &'d FastSet<u32>,
    /// Keys read as empty text in a mapping that lacks them (see [`Doc::reader_with`]).
    blank: &'d HashMap<u32, Vec<&'static str>>,
}

fn no_blanks() -> &'static HashMap<u32, Vec<&'static str>> {
    static EMPTY: std::sync::OnceLock<HashMap<u32, Vec<&'static str>>> = std::sync::OnceLock::new();
    EMPTY.get_or_init(HashMap::new)
}

/// Removals apply to the document as written; inside an alias's expansion (the anchor's
/// nodes, read a second time) they do not.
fn no_removals() -> &'static FastSet<u32> {
    static EMPTY: std::sync::OnceLock<FastSet<u32>> = std::sync::OnceLock::new();
    EMPTY.get_or_init(FastSet::default)
}

impl<'d> Reader<'d> {
    fn at(&self, id: u32) -> Reader<'d> {
        Reader {
            doc: self.doc,
            id: Some(id),
            removed: self.removed,
            blank: self.blank,
        }
    }

    /// This reader with aliases followed.
    fn resolved(self) -> (Reader<'d>, Option<&'d Node>) {
        let Some(id) = self.id else {
            return (self, None);
        };
        let Some(node) = self.doc.node_ref(id) else {
            return (Reader { id: None, ..self }, None);
        };
        if node.node().data != Data::Alias {
            return (self, Some(node.node()));
        }
        let target = node.target();
        (
            Reader {
                doc: self.doc,
                id: Some(target.id),
                removed: no_removals(),
                blank: no_blanks(),
            },
            Some(target.node()),
        )
    }

    fn unexpected(node: Option<&Node>, text: Option<&'d str>) -> de::Unexpected<'d> {
        let Some(node) = node else {
            return de::Unexpected::Unit;
        };
        let bits = join64(node.a, node.b);
        match node.data {
            Data::Null | Data::Alias => de::Unexpected::Unit,
            Data::Bool => de::Unexpected::Bool(node.a != 0),
            Data::PosInt => de::Unexpected::Unsigned(bits),
            Data::NegInt => de::Unexpected::Signed(bits as i64),
            Data::Float => de::Unexpected::Float(f64::from_bits(bits)),
            Data::Str => de::Unexpected::Str(text.unwrap_or_default()),
            Data::Seq => de::Unexpected::Seq,
            Data::Map => de::Unexpected::Map,
        }
    }

    fn text(&self) -> Option<&'d str> {
        self.doc.node_ref(self.id?)?.as_str()
    }

    /// The children left after removals (for a list, removed items stay as `None`).
    fn children(&self, node: &Node) -> &'d [u32] {
        match self.id {
            Some(id) if matches!(node.data, Data::Seq | Data::Map) => self.doc.children_of(id),
            _ => &[],
        }
    }
}

impl<'de> de::Deserializer<'de> for Reader<'de> {
    type Error = ReadError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        let (reader, node) = self.resolved();
        let Some(node) = node else {
            return visitor.visit_unit();
        };
        let bits = join64(node.a, node.b);
        match node.data {
            Data::Null | Data::Alias => visitor.visit_unit(),
            Data::Bool => visitor.visit_bool(node.a != 0),
            Data::PosInt => visitor.visit_u64(bits),
            Data::NegInt => visitor.visit_i64(bits as i64),
            Data::Float => visitor.visit_f64(f64::from_bits(bits)),
            Data::Str => visitor.visit_borrowed_str(reader.text().unwrap_or_default()),
            Data::Seq => {
                let items = reader.children(node);
                let mut access = SeqReader {
                    reader,
                    items: items.iter(),
                };
                let value = visitor.visit_seq(&mut access)?;
                match access.items.len() {
                    0 => Ok(value),
                    _ => Err(de::Error::invalid_length(
                        items.len(),
                        &"fewer elements in array",
                    )),
                }
            }
            Data::Map => {
                let entries = reader.children(node);
                let blank: &[&'static str] = reader
                    .id
                    .and_then(|id| reader.blank.get(&id))
                    .map_or(&[], Vec::as_slice);
                let mut access = MapReader {
                    reader,
                    entries: entries.iter(),
                    value: None,
                    blank: blank.iter(),
                    blank_next: false,
                };
                let value = visitor.visit_map(&mut access)?;
                match access.entries.len() {
                    0 => Ok(value),
                    _ => Err(de::Error::invalid_length(
                        entries.len(),
                        &"fewer elements in map",
                    )),
                }
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        let (reader, node) = self.resolved();
        match node.map(|n| n.data) {
            None | Some(Data::Null) => visitor.visit_none(),
            Some(_) => visitor.visit_some(reader),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        let (reader, node) = self.resolved();
        match node.map(|n| n.data) {
            None | Some(Data::Null) => visitor.visit_unit(),
            Some(_) => Err(de::Error::invalid_type(
                Reader::unexpected(node, reader.text()),
                &visitor,
            )),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        let (reader, node) = self.resolved();
        match node.map(|n| n.data) {
            Some(Data::Str) => visitor.visit_enum(EnumReader {
                variant: reader.text().unwrap_or_default(),
                value: None,
            }),
            Some(Data::Map) => {
                let entries: Vec<u32> = reader
                    .children(node.unwrap_or(&EMPTY_NODE))
                    .iter()
                    .copied()
                    .filter(|c| !reader.removed.contains(c))
                    .collect();
                match entries.as_slice() {
                    [only] => visitor.visit_enum(EnumReader {
                        variant: reader.doc.key_name(reader.doc.nodes[*only as usize].key),
                        value: Some(reader.at(*only)),
                    }),
                    _ => Err(de::Error::invalid_value(
                        de::Unexpected::Map,
                        &"map with a single key",
                    )),
                }
            }
            _ => Err(de::Error::invalid_type(
                Reader::unexpected(node, reader.text()),
                &"string or map",
            )),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf seq tuple tuple_struct map struct identifier
    }
}

const EMPTY_NODE: Node = Node {
    value_start: 0,
    value_end: 0,
    key_start: NO_KEY,
    key: NO_KEY,
    a: 0,
    b: 0,
    key_len: 0,
    kind: NodeKind::Plain,
    data: Data::Null,
};

struct SeqReader<'d> {
    reader: Reader<'d>,
    items: std::slice::Iter<'d, u32>,
}

impl<'de> de::SeqAccess<'de> for SeqReader<'de> {
    type Error = ReadError;

    fn next_element_seed<T: de::DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, ReadError> {
        let Some(id) = self.items.next() else {
            return Ok(None);
        };
        let item = if self.reader.removed.contains(id) {
            Reader {
                id: None,
                ..self.reader
            }
        } else {
            self.reader.at(*id)
        };
        seed.deserialize(item).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct MapReader<'d> {
    reader: Reader<'d>,
    entries: std::slice::Iter<'d, u32>,
    value: Option<u32>,
    /// Keys to read as empty text after the entries.
    blank: std::slice::Iter<'d, &'static str>,
    blank_next: bool,
}

impl<'de> de::MapAccess<'de> for MapReader<'de> {
    type Error = ReadError;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, ReadError> {
        for id in self.entries.by_ref() {
            if self.reader.removed.contains(id) {
                continue;
            }
            self.value = Some(*id);
            let doc = self.reader.doc;
            let key = doc.key_name(doc.nodes[*id as usize].key);
            return seed.deserialize(KeyReader(key)).map(Some);
        }
        if let Some(key) = self.blank.next() {
            self.blank_next = true;
            return seed.deserialize(KeyReader(key)).map(Some);
        }
        Ok(None)
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, ReadError> {
        if std::mem::take(&mut self.blank_next) {
            return seed.deserialize(KeyReader(""));
        }
        match self.value.take() {
            Some(id) => seed.deserialize(self.reader.at(id)),
            None => Err(de::Error::custom("value is missing")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// A mapping key, or a missing display text read as empty (`""`, `Some("")`, or
/// the enum variant named `""`): always text.
struct KeyReader<'d>(&'d str);

impl<'de> de::Deserializer<'de> for KeyReader<'de> {
    type Error = ReadError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        visitor.visit_borrowed_str(self.0)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        visitor.visit_enum(EnumReader {
            variant: self.0,
            value: None,
        })
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct identifier
        ignored_any
    }
}

struct EnumReader<'d> {
    variant: &'d str,
    value: Option<Reader<'d>>,
}

impl<'de> de::EnumAccess<'de> for EnumReader<'de> {
    type Error = ReadError;
    type Variant = VariantReader<'de>;

    fn variant_seed<V: de::DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, VariantReader<'de>), ReadError> {
        let variant = seed.deserialize(self.variant.into_deserializer())?;
        Ok((variant, VariantReader(self.value)))
    }
}

struct VariantReader<'d>(Option<Reader<'d>>);

impl<'de> de::VariantAccess<'de> for VariantReader<'de> {
    type Error = ReadError;

    fn unit_variant(self) -> Result<(), ReadError> {
        match self.0 {
            Some(value) => <() as de::Deserialize>::deserialize(value),
            None => Ok(()),
        }
    }

    fn newtype_variant_seed<T: de::DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<T::Value, ReadError> {
        match self.0 {
            Some(value) => seed.deserialize(value),
            None => Err(de::Error::invalid_type(
                de::Unexpected::UnitVariant,
                &"newtype variant",
            )),
        }
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        match self.0 {
            Some(value) => de::Deserializer::deserialize_any(value, visitor),
            None => Err(de::Error::invalid_type(
                de::Unexpected::UnitVariant,
                &"tuple variant",
            )),
        }
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        match self.0 {
            Some(value) => de::Deserializer::deserialize_any(value, visitor),
            None => Err(de::Error::invalid_type(
                de::Unexpected::UnitVariant,
                &"struct variant",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Limits;
    use crate::source::testing::{bundled_plans, damaged_plans};
    use crate::source::yaml::load;
    use serde::Deserialize;

    /// Strings written verbatim are read from the file, the others (escapes, folded
    /// lines, block scalars) from the document's own buffer: both give the value.
    #[test]
    fn strings_read_from_the_file_or_the_buffer_are_the_same_values() {
        let text = concat!(
            "plain: hello world\n",
            "single: 'it''s'\n",
            "double: \"a\\tb\"\n",
            "quoted: \"满200减20\"\n",
            "folded: >\n  one\n  two\n",
            "literal: |\n  line\n",
            "multi: first\n  second\n",
            "anchored: &a text\n",
            "alias: *a\n",
            "list: [x, 'y', \"z\"]\n",
        );
        let loaded = load(text, Default::default());
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let doc = &loaded.doc;
        let text_of = |at: &str| doc.pointer(at).and_then(NodeRef::as_str);
        assert_eq!(text_of("/plain"), Some("hello world"));
        assert_eq!(text_of("/single"), Some("it's"));
        assert_eq!(text_of("/double"), Some("a\tb"));
        assert_eq!(text_of("/quoted"), Some("满200减20"));
        assert_eq!(text_of("/folded"), Some("one two\n"));
        assert_eq!(text_of("/literal"), Some("line\n"));
        assert_eq!(text_of("/multi"), Some("first second"));
        assert_eq!(text_of("/anchored"), Some("text"));
        assert_eq!(text_of("/alias"), Some("text"));
        assert_eq!(text_of("/list/1"), Some("y"));
        // Only the texts that differ from what the file has are copied.
        let copied = ["it's", "a\tb", "one two\n", "line\n", "first second"];
        assert_eq!(
            doc.strings.len(),
            copied.iter().map(|s| s.len()).sum::<usize>()
        );
    }

    /// A key longer than a node's 16-bit key length is still located exactly.
    #[test]
    fn very_long_keys_are_located() {
        // An implicit key is at most 1,024 characters: a longer one is written
        // explicitly (`? key`).
        let key = "k".repeat(70_000);
        let text = format!("short: 1\n? {key}\n: 2\nlast: 3\n");
        let loaded = load(&text, Limits::default());
        let at = format!("/{key}");
        let found = loaded.doc.locate(&at).expect("located");
        let key_span = found.spans.key.expect("key span");
        assert_eq!(&text[key_span.start..key_span.end], key);
        assert_eq!(
            loaded.doc.pointer(&at).and_then(NodeRef::as_number),
            Some(2.into())
        );
        let last = loaded
            .doc
            .locate("/last")
            .expect("last")
            .spans
            .key
            .expect("key");
        assert_eq!(&text[last.start..last.end], "last");
    }

    /// Mappings past the hash-index size find every key, in order.
    #[test]
    fn large_mappings_keep_order_and_find_every_key() {
        let text: String = (0..100).map(|i| format!("key{i:03}: {i}\n")).collect();
        let loaded = load(&text, Limits::default());
        let root = loaded.doc.root().expect("root");
        let keys: Vec<&str> = root.entries().map(|(k, _)| k).collect();
        assert_eq!(keys.len(), 100);
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
        for i in 0..100 {
            let value = root.get(&format!("key{i:03}")).and_then(NodeRef::as_number);
            assert_eq!(value, Some(i.into()));
        }
        assert!(root.get("key100").is_none());
    }

    /// The model read straight from the tree equals the model read from its JSON value,
    /// on the bundled plans and damaged copies of them (both fail, or both give the
    /// same plan).
    #[test]
    fn the_tree_reader_reads_what_the_json_value_gives() {
        let removed = FastSet::default();
        let (mut same, mut failed) = (0, 0);
        for text in bundled_plans().into_iter().chain(damaged_plans(40)) {
            let loaded = load(&text, Limits::default());
            if loaded.fatal {
                continue;
            }
            let direct = crate::model::Campaign::deserialize(loaded.doc.reader(&removed));
            let via_json = serde_json::from_value::<crate::model::Campaign>(loaded.doc.to_value());
            match (direct, via_json) {
                (Ok(a), Ok(b)) => {
                    assert_eq!(
                        serde_json::to_value(&a).expect("a"),
                        serde_json::to_value(&b).expect("b"),
                        "{text}"
                    );
                    same += 1;
                }
                (Err(_), Err(_)) => failed += 1,
                (a, b) => panic!("one read failed: {:?} / {:?}\n{text}", a.err(), b.err()),
            }
        }
        assert!(same >= 20 && failed >= 20, "{same} read, {failed} failed");
    }

    /// Spans of every node survive loading: each located value starts where the file
    /// has it, for every pointer of the bundled plans.
    #[test]
    fn every_pointer_of_the_bundled_plans_is_located_at_its_text() {
        fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
            match value {
                Value::Object(map) => {
                    for (k, v) in map {
                        let child = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                        pointers(v, child.clone(), out);
                        out.push(child);
                    }
                }
                Value::Array(items) => {
                    for (i, v) in items.iter().enumerate() {
                        let child = format!("{at}/{i}");
                        pointers(v, child.clone(), out);
                        out.push(child);
                    }
                }
                _ => {}
            }
        }
        for text in bundled_plans() {
            let loaded = load(&text, Limits::default());
            let value = loaded.doc.to_value();
            let mut all = Vec::new();
            pointers(&value, String::new(), &mut all);
            assert!(all.len() > 100);
            for at in &all {
                let found = loaded.doc.locate(at).expect(at);
                assert!(found.exact, "{at}");
                let node = loaded.doc.pointer(at).expect(at);
                // A mapping entry's key span is the key as written.
                if let (Some(key), Some(parent)) = (found.spans.key, pointer::parent(at))
                    && loaded.doc.pointer(parent).is_some_and(NodeRef::is_object)
                {
                    let name = pointer::last_token(at).expect(at);
                    assert_eq!(&text[key.start..key.end], name, "key of {at}");
                }
                let written = &text[found.spans.value.start..found.spans.value.end];
                match found.spans.kind {
                    // A flow scalar's span, read as YAML on its own, is the same value.
                    NodeKind::Plain | NodeKind::SingleQuoted | NodeKind::DoubleQuoted => {
                        let alone = load(written, Limits::default());
                        assert_eq!(alone.doc.to_value(), node.to_value(), "{at}: `{written}`");
                    }
                    // A block scalar's span is its lines (after the `|` or `>`).
                    NodeKind::Literal | NodeKind::Folded => {
                        let first = node.as_str().and_then(|s| s.split_whitespace().next());
                        assert!(written.contains(first.expect(at)), "{at}: `{written}`");
                    }
                    NodeKind::Sequence | NodeKind::Mapping | NodeKind::Alias => {}
                }
                assert_eq!(node.to_value(), *value.pointer(at).expect(at), "{at}");
            }
        }
    }
}
