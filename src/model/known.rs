//! `Known<T>`: a required field of a list item whose value may be unknown (missing,
//! misspelt or unreadable, and reported), so that the item is still modelled from its
//! other fields.
//!
//! The design, once for every such field:
//!
//! - **Schema.** The key stays required: `Known<T>` has exactly `T`'s schema, and serde
//!   reads a missing field of this type as [`Known::unknown`] (the way it reads a missing
//!   `Option`), so no `#[serde(default)]` is needed and schemars still lists the key under
//!   `required`. A missing key is an error (`S002`, locked), so a plan holding an unknown
//!   value is never built.
//! - **Check stage.** For a field listed in [`RECOVERABLE`], a missing key sets aside no
//!   node, and an unreadable value sets aside only that value: the item stays in the
//!   model, and the value's pointer (`/phases/1/start`), not the item's, is in the
//!   failed pointers rules see (`Ctx::failed`, `Ctx::clean`).
//! - **Rules** ask for the value with [`Known::known`] and get `None` when it is
//!   unknown; a fact derived from it (a promotion's run from its phases, a sum over
//!   budget lines, a tier list) is unknown too, and the comparison it would feed is
//!   withheld rather than made against a partial value. Every rule that reads such a
//!   field names it under "Depends on" in its documentation.

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::{Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::borrow::Cow;

/// A required value of a list item, known or not (see the module docs).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Known<T>(Option<T>);

impl<T> Known<T> {
    /// A known value.
    pub const fn new(value: T) -> Self {
        Known(Some(value))
    }

    /// A value that is not known: its key was missing or misspelt, or it failed to read.
    pub const fn unknown() -> Self {
        Known(None)
    }

    /// The value, when it is known.
    pub const fn known(&self) -> Option<&T> {
        self.0.as_ref()
    }

    /// Whether the value is known.
    pub const fn is_known(&self) -> bool {
        self.0.is_some()
    }

    /// The value, when it is known.
    pub fn into_known(self) -> Option<T> {
        self.0
    }
}

impl<T> Default for Known<T> {
    fn default() -> Self {
        Known(None)
    }
}

impl<T> From<T> for Known<T> {
    fn from(value: T) -> Self {
        Known(Some(value))
    }
}

/// A known value as itself, an unknown one as `?` (documents are built only from plans
/// without errors, where every value is known).
impl<T: std::fmt::Display> std::fmt::Display for Known<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Some(value) => value.fmt(f),
            None => f.write_str("?"),
        }
    }
}

impl<T: Serialize> Serialize for Known<T> {
    /// A known value as itself; an unknown one as `null` (a plan holding one has an
    /// error and is never built, so nothing shows it).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Known<T> {
    /// Reads the value as `T`. Asks for an option, so that serde reads a missing field
    /// as unknown (as it does a missing `Option`); a value that is written but does not
    /// read as `T` is still an error, which the model reports and sets aside.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_option(KnownVisitor(std::marker::PhantomData))
    }
}

struct KnownVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for KnownVisitor<T> {
    type Value = Known<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a value")
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Known<T>, E> {
        Ok(Known(None))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Known<T>, E> {
        Ok(Known(None))
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Known<T>, D::Error> {
        T::deserialize(deserializer).map(Known::new)
    }
}

impl<T: JsonSchema> JsonSchema for Known<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }

    /// Exactly the schema of `T` (a `$ref` where `T` is a definition): the generated
    /// schema does not change when a field becomes `Known`.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        generator.subschema_for::<T>()
    }
}

/// The required fields of list items that are read as [`Known`]: when one is missing or
/// unreadable, only that field is set aside, never its item. Field paths as in the
/// docs' "Depends on" sections (list items as `[]`). Everything else that is required
/// of a list item — its `id`, a promotion's `type` and a member level's `level` (they
/// change what the item is), a waiver's fields (a waiver with an unknown field must
/// silence nothing), a cart item's `price` — still sets the item aside (`name` and
/// `channel` are read as empty instead, see `schema::BLANK_WHEN_MISSING`).
pub const RECOVERABLE: &[&str] = &[
    "phases[].start",
    "phases[].end",
    "materials[].item",
    "materials[].quantity",
    "materials[].owner",
    "materials[].due",
    "budget.lines[].amount",
    "budget.lines[].owner",
    "coupons[].min_spend",
    "add_ons[].price",
    "add_ons[].preselected",
    "promotions[].tiers",
    "promotions[].slots",
    "promotions[].levels",
    "promotions[].prices",
    "promotions[].prizes",
    "promotions[].pieces",
    "promotions[].discount",
    "promotions[].price",
    "promotions[].value_multiple",
    "promotions[].entry",
    "promotions[].reward",
    "promotions[].earn",
    "promotions[].redeem",
    "promotions[].reward_referrer",
    "promotions[].reward_invitee",
    "promotions[].tiers[].spend",
    "promotions[].tiers[].discount",
    "promotions[].tiers[].gift",
    "promotions[].tiers[].gift_cost",
    "promotions[].levels[].price",
    "promotions[].prizes[].value",
    "promotions[].prizes[].quantity",
    "goals[].metric",
    "goals[].parts[].target",
    "copy[].text",
    "risks[].risk",
    "risks[].prevention",
    "risks[].response",
    "risks[].owner",
];

/// A pointer as a field path: list indices as `[]` (`/phases/0/start` →
/// `phases[].start`).
pub fn field_path(at: &str) -> String {
    let mut out = String::with_capacity(at.len());
    for token in crate::source::pointer::tokens(at) {
        if !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str("[]");
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&token);
        }
    }
    out
}

/// Whether the value at `at` is a field read as [`Known`] (`/phases/0/start`): when it
/// is missing or unreadable, only it is set aside.
pub fn is_recoverable(at: &str) -> bool {
    // Cheap first: the last token must be a key some recoverable field has.
    let Some(key) = crate::source::pointer::last_token(at) else {
        return false;
    };
    if !RECOVERABLE
        .iter()
        .any(|p| p.rsplit('.').next() == Some(key.as_str()))
    {
        return false;
    }
    RECOVERABLE.contains(&field_path(at).as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, Serialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    struct Item {
        id: String,
        start: Known<crate::values::Date>,
    }

    #[test]
    fn a_missing_field_reads_as_unknown_and_stays_required() {
        let item: Item = serde_json::from_str(r#"{"id": "a"}"#).unwrap();
        assert!(!item.start.is_known());
        let item: Item = serde_json::from_str(r#"{"id": "a", "start": "2027-01-02"}"#).unwrap();
        assert_eq!(
            item.start.known().map(|d| d.to_string()).as_deref(),
            Some("2027-01-02")
        );
        assert!(serde_json::from_str::<Item>(r#"{"id": "a", "start": "soon"}"#).is_err());
        let schema = serde_json::to_value(schemars::schema_for!(Item)).unwrap();
        assert_eq!(schema["required"], serde_json::json!(["id", "start"]));
        assert_eq!(
            serde_json::to_string(&Item {
                id: "a".into(),
                start: Known::unknown()
            })
            .unwrap(),
            r#"{"id":"a","start":null}"#
        );
    }

    /// The names a schema (or definition) allows and requires: its own `properties` and
    /// `required`, and those of the branches it chooses between (a promotion's fields
    /// per `type`).
    fn fields(schema: &serde_json::Value, allowed: &mut Vec<String>, required: &mut Vec<String>) {
        if let Some(props) = schema.get("properties").and_then(|p| p.as_object()) {
            allowed.extend(props.keys().cloned());
        }
        if let Some(names) = schema.get("required").and_then(|r| r.as_array()) {
            required.extend(names.iter().filter_map(|n| n.as_str().map(str::to_owned)));
        }
        for combinator in ["allOf", "anyOf", "oneOf"] {
            for branch in schema
                .get(combinator)
                .and_then(|b| b.as_array())
                .into_iter()
                .flatten()
            {
                fields(branch, allowed, required);
                for part in ["then", "else"] {
                    if let Some(part) = branch.get(part) {
                        fields(part, allowed, required);
                    }
                }
            }
        }
    }

    /// `schema` with its `$ref` followed.
    fn deref<'a>(
        root: &'a serde_json::Value,
        schema: &'a serde_json::Value,
    ) -> &'a serde_json::Value {
        match schema.get("$ref").and_then(|r| r.as_str()) {
            Some(r) => root.pointer(r.trim_start_matches('#')).unwrap_or(schema),
            None => schema,
        }
    }

    /// Every property `name` of `schema` (in any branch: a promotion's `tiers` are spend
    /// tiers or gift tiers), with `$ref`s followed.
    fn property<'a>(
        root: &'a serde_json::Value,
        schema: &'a serde_json::Value,
        name: &str,
        out: &mut Vec<&'a serde_json::Value>,
    ) {
        let schema = deref(root, schema);
        if let Some(p) = schema.pointer(&format!("/properties/{name}")) {
            out.push(deref(root, p));
        }
        for combinator in ["allOf", "anyOf", "oneOf"] {
            for branch in schema
                .get(combinator)
                .and_then(|b| b.as_array())
                .into_iter()
                .flatten()
            {
                for part in [Some(branch), branch.get("then"), branch.get("else")]
                    .into_iter()
                    .flatten()
                {
                    property(root, part, name, out);
                }
            }
        }
    }

    #[test]
    fn every_recoverable_field_is_a_required_key_of_a_list_item_in_the_schema() {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/campaign.schema.json"),
        )
        .unwrap();
        let root: serde_json::Value = serde_json::from_str(&text).unwrap();
        for path in RECOVERABLE {
            let steps: Vec<&str> = path.split('.').collect();
            let (parents, last) = steps.split_at(steps.len() - 1);
            assert!(
                parents.last().is_some_and(|p| p.ends_with("[]")),
                "{path}: not a field of a list item"
            );
            // The schemas the path may lead to (a key may mean several types).
            let mut here = vec![&root];
            for step in parents {
                let name = step.trim_end_matches("[]");
                let mut next = Vec::new();
                for schema in &here {
                    property(&root, schema, name, &mut next);
                }
                if step.ends_with("[]") {
                    next = next
                        .into_iter()
                        .filter_map(|s| s.get("items").map(|i| deref(&root, i)))
                        .collect();
                }
                assert!(!next.is_empty(), "{path}: no `{step}`");
                here = next;
            }
            let name = last[0];
            let holds = here.iter().any(|schema| {
                let (mut allowed, mut required) = (Vec::new(), Vec::new());
                fields(schema, &mut allowed, &mut required);
                allowed.iter().any(|a| a == name) && required.iter().any(|r| r == name)
            });
            assert!(holds, "{path}: `{name}` is not a required key there");
        }
    }

    #[test]
    fn recoverable_fields_are_found_by_pointer() {
        assert_eq!(
            field_path("/promotions/0/tiers/1/spend"),
            "promotions[].tiers[].spend"
        );
        assert!(is_recoverable("/phases/3/start"));
        assert!(is_recoverable("/budget/lines/0/owner"));
        assert!(!is_recoverable("/phases/3/id"));
        assert!(!is_recoverable("/window/start"));
        assert!(!is_recoverable("/phases/3"));
    }
}
