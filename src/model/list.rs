//! `List<T>`: a YAML list whose broken items are set aside without shifting the others.

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;

/// A list in the spec. An item that failed its schema check is kept as a hole (`None`),
/// so every other item keeps its index and therefore its JSON pointer and span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct List<T>(pub Vec<Option<T>>);

impl<T> Default for List<T> {
    fn default() -> Self {
        List(Vec::new())
    }
}

impl<T> List<T> {
    /// The items that were understood, with their index in the source list.
    pub fn iter(&self) -> impl Iterator<Item = (usize, &T)> {
        self.0
            .iter()
            .enumerate()
            .filter_map(|(i, item)| item.as_ref().map(|item| (i, item)))
    }

    /// The items that were understood.
    pub fn items(&self) -> impl Iterator<Item = &T> {
        self.0.iter().flatten()
    }

    /// Number of entries written, broken ones included.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether every entry was understood.
    pub fn is_complete(&self) -> bool {
        self.0.iter().all(Option::is_some)
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        self.0.get(index).and_then(Option::as_ref)
    }
}

impl<T> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        List(iter.into_iter().map(Some).collect())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(ListVisitor(std::marker::PhantomData))
    }
}

/// At most this many bytes are reserved on a deserializer's word (beyond, the list
/// grows as it is read).
const RESERVE_BYTES: usize = 256 << 20;

/// Reads a list into a vector of exactly its length when the deserializer tells it
/// (the document tree does): a large plan's coupons are tens of thousands of
/// 300-byte items, and a vector grown by doubling may hold nearly twice that.
struct ListVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ListVisitor<T> {
    type Value = List<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List<T>, A::Error> {
        let most = RESERVE_BYTES
            .checked_div(std::mem::size_of::<Option<T>>())
            .unwrap_or(RESERVE_BYTES);
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(most));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(List(items))
    }
}

impl<T: Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.items())
    }
}

impl<T: JsonSchema> JsonSchema for List<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        <Vec<T> as JsonSchema>::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        <Vec<T> as JsonSchema>::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        <Vec<T> as JsonSchema>::json_schema(generator)
    }
}
