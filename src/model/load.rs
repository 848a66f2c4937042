//! Building the typed model from a loaded document: values that failed are set aside,
//! everything else is modelled (recover, don't stop).

use super::Campaign;
use crate::source::{Doc, FastSet, pointer};
use std::collections::HashMap;

/// The model built from one document.
#[derive(Debug, Default)]
pub struct Modelled {
    pub campaign: Campaign,
    /// Nodes that could not be modelled although no earlier stage reported them, with
    /// the reason: `(pointer, message)`. Normally empty; the schema catches these first.
    pub dropped: Vec<(String, String)>,
}

/// Sets aside the node at `at`: a mapping entry is left out, a list item reads as a hole
/// (`null`) so its siblings keep their index. Returns whether anything changed.
fn prune(doc: &Doc, removed: &mut FastSet<u32>, at: &str) -> bool {
    if at.is_empty() {
        return false;
    }
    doc.prune_target(at).is_some_and(|id| removed.insert(id))
}

fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            serde_path_to_error::Segment::Seq { index } => pointer::push_index(&mut out, *index),
            serde_path_to_error::Segment::Map { key } => pointer::push_token(&mut out, key),
            serde_path_to_error::Segment::Enum { .. } | serde_path_to_error::Segment::Unknown => {}
        }
    }
    out
}

/// The most attempts before giving up on modelling (each attempt sets one node aside).
const MAX_ATTEMPTS: usize = 256;

/// Models `doc` without the nodes at `failed` (already reported elsewhere).
pub fn model(doc: &Doc, failed: &[String]) -> Modelled {
    let (campaign, dropped) = model_as::<Campaign>(doc, failed);
    Modelled { campaign, dropped }
}

/// Models any document type the same way: set aside what failed, deserialize, and set
/// aside (and name) whatever still cannot be read. Returns the value and the dropped nodes.
pub fn model_as<T: serde::de::DeserializeOwned + Default>(
    doc: &Doc,
    failed: &[String],
) -> (T, Vec<(String, String)>) {
    model_blanking::<T>(doc, failed, &[])
}

/// [`model_as`], reading each `(item pointer, key)` of `blank` as empty text where the
/// item lacks the key: a missing display text (`name`) sets aside that text, not the
/// item.
pub fn model_blanking<T: serde::de::DeserializeOwned + Default>(
    doc: &Doc,
    failed: &[String],
    blank: &[(String, &'static str)],
) -> (T, Vec<(String, String)>) {
    model_pruning::<T>(doc, failed, &[], blank)
}

/// [`model_blanking`], also leaving out the keys named in `keys` of the mapping at each
/// pointer (the unknown keys of a mapping that has hundreds of them, found by name
/// rather than one pointer each).
pub fn model_pruning<T: serde::de::DeserializeOwned + Default>(
    doc: &Doc,
    failed: &[String],
    keys: &[(String, Vec<String>)],
    blank: &[(String, &'static str)],
) -> (T, Vec<(String, String)>) {
    let mut blanks: HashMap<u32, Vec<&'static str>> = HashMap::new();
    for (at, key) in blank {
        if let Some(id) = doc.prune_target(at) {
            blanks.entry(id).or_default().push(key);
        }
    }
    let mut removed = FastSet::default();
    for at in failed {
        prune(doc, &mut removed, at);
    }
    for (mapping, names) in keys {
        match doc.prune_target(mapping) {
            Some(id) if doc.is_mapping(id) => {
                removed.extend(names.iter().filter_map(|name| doc.key_child(id, name)));
            }
            // A mapping reached through an alias: one pointer per key, as usual.
            _ => {
                for name in names {
                    prune(doc, &mut removed, &pointer::join(mapping, name));
                }
            }
        }
    }
    let mut dropped = Vec::new();
    for _ in 0..MAX_ATTEMPTS {
        // Usually everything reads: try without tracking the path, which is cheaper,
        // and track it only to name what failed.
        if let Ok(value) = T::deserialize(doc.reader_with(&removed, &blanks)) {
            return (value, dropped);
        }
        match serde_path_to_error::deserialize::<_, T>(doc.reader_with(&removed, &blanks)) {
            Ok(value) => return (value, dropped),
            Err(error) => {
                let mut at = path_to_pointer(error.path());
                let message = error.into_inner().to_string();
                // If setting the node aside changes nothing, set its parent aside instead.
                while !at.is_empty() && !prune(doc, &mut removed, &at) {
                    at = pointer::parent(&at).unwrap_or("").to_owned();
                }
                if at.is_empty() {
                    // Nothing could be read: say so rather than model an empty plan.
                    dropped.push((String::new(), message));
                    break;
                }
                dropped.push((at, message));
            }
        }
    }
    (T::default(), dropped)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    /// A document loaded from JSON text (JSON is YAML).
    fn doc(value: &Value) -> Doc {
        crate::source::yaml::load(&value.to_string(), Default::default()).doc
    }

    fn spec() -> Value {
        json!({
            "campspec": 1, "id": "x", "name": "x", "owner": "ops", "currency": "CNY",
            "timezone": "Asia/Shanghai", "jurisdictions": ["CN"],
            "window": {"start": "2027-03-01", "end": "2027-03-31"},
            "goals": [], "phases": [],
            "coupons": [
                {"id": "a", "name": "A", "amount": 10, "min_spend": 100},
                {"id": "b", "name": "B", "amount": 10, "min_spend": "很多"},
                {"id": "c", "name": "C", "amount": 10, "min_spend": 300}
            ],
            "guardrails": {"max_discount": "70%", "min_margin": 5}
        })
    }

    #[test]
    fn values_nobody_reported_are_dropped_and_named() {
        // Nothing was pruned beforehand: the model itself finds the unreadable values
        // (what rule S005 reports) and sets them aside, keeping everything else — a
        // coupon's required `min_spend` is read as unknown, and the coupon is kept.
        let modelled = model(&doc(&spec()), &[]);
        let dropped: Vec<&str> = modelled.dropped.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(dropped, ["/coupons/1/min_spend", "/guardrails/min_margin"]);
        let coupons = modelled.campaign.coupons.unwrap();
        assert_eq!(coupons.len(), 3);
        assert!(coupons.get(1).is_some_and(|c| !c.min_spend.is_known()));
        assert_eq!(coupons.get(2).map(|c| c.id.as_str()), Some("c"));
        let guardrails = modelled.campaign.guardrails.unwrap();
        assert!(guardrails.max_discount.is_some() && guardrails.min_margin.is_none());
    }

    #[test]
    fn reported_values_are_pruned_first() {
        let failed = ["/coupons/1".to_owned(), "/guardrails/min_margin".to_owned()];
        let modelled = model(&doc(&spec()), &failed);
        assert!(modelled.dropped.is_empty(), "{:?}", modelled.dropped);
        assert_eq!(modelled.campaign.coupons.unwrap().items().count(), 2);
    }

    #[test]
    fn set_aside_values_leave_holes_in_lists_and_gaps_in_mappings() {
        let loaded = doc(&json!({"a": [1, 2, 3], "b": {"c": 1}}));
        let mut removed = FastSet::default();
        assert!(prune(&loaded, &mut removed, "/a/1"));
        assert!(prune(&loaded, &mut removed, "/b/c"));
        assert!(!prune(&loaded, &mut removed, "/b/c"));
        assert!(!prune(&loaded, &mut removed, ""));
        let read: Value = serde::Deserialize::deserialize(loaded.reader(&removed)).unwrap();
        assert_eq!(read, json!({"a": [1, null, 3], "b": {}}));
    }

    #[test]
    fn a_value_set_aside_inside_an_alias_sets_the_alias_aside_not_the_anchor() {
        let text = "a: &x {p: 1, q: 2}\nb: *x\n";
        let loaded = crate::source::yaml::load(text, Default::default()).doc;
        let mut removed = FastSet::default();
        assert!(prune(&loaded, &mut removed, "/b/p"));
        let read: Value = serde::Deserialize::deserialize(loaded.reader(&removed)).unwrap();
        assert_eq!(read, json!({"a": {"p": 1, "q": 2}}));
        // The anchor's own value set aside: the alias still reads it whole.
        let mut removed = FastSet::default();
        assert!(prune(&loaded, &mut removed, "/a/p"));
        let read: Value = serde::Deserialize::deserialize(loaded.reader(&removed)).unwrap();
        assert_eq!(read, json!({"a": {"q": 2}, "b": {"p": 1, "q": 2}}));
    }
}
