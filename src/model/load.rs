//! Building the typed model from a loaded document: values that failed are set aside,
//! everything else is modelled (recover, don't stop).

use super::Campaign;
use crate::source::pointer;
use serde_json::Value;

/// The model built from one document.
#[derive(Debug, Default)]
pub struct Modelled {
    pub campaign: Campaign,
    /// Nodes that could not be modelled although no earlier stage reported them, with
    /// the reason: `(pointer, message)`. Normally empty; the schema catches these first.
    pub dropped: Vec<(String, String)>,
}

/// Removes the node at `at`: an object member is deleted, a list item becomes a hole
/// (`null`) so its siblings keep their index. Returns whether anything changed.
pub fn prune(value: &mut Value, at: &str) -> bool {
    let Some(parent_pointer) = pointer::parent(at) else {
        return false;
    };
    let Some(last) = pointer::last_token(at) else {
        return false;
    };
    let mut parent = value;
    for token in pointer::tokens(parent_pointer) {
        let next = match parent {
            Value::Object(map) => map.get_mut(&token),
            Value::Array(items) => token.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
            _ => None,
        };
        match next {
            Some(next) => parent = next,
            None => return false,
        }
    }
    match parent {
        Value::Object(map) => map.shift_remove(&last).is_some(),
        Value::Array(items) => match last.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
            Some(item) if !item.is_null() => {
                *item = Value::Null;
                true
            }
            _ => false,
        },
        _ => false,
    }
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

/// Models `value` after removing the nodes at `failed` (already reported elsewhere).
pub fn model(value: &Value, failed: &[String]) -> Modelled {
    let (campaign, dropped) = model_as::<Campaign>(value, failed);
    Modelled { campaign, dropped }
}

/// Models any document type the same way: prune what failed, deserialize, and set aside
/// (and name) whatever still cannot be read. Returns the value and the dropped nodes.
pub fn model_as<T: serde::de::DeserializeOwned + Default>(
    value: &Value,
    failed: &[String],
) -> (T, Vec<(String, String)>) {
    let mut pruned;
    let mut working = value;
    if !failed.is_empty() {
        pruned = value.clone();
        for at in failed {
            prune(&mut pruned, at);
        }
        working = &pruned;
    }
    let mut dropped = Vec::new();
    let mut owned: Option<Value> = None;
    for _ in 0..MAX_ATTEMPTS {
        let current = owned.as_ref().unwrap_or(working);
        // Usually everything reads: try without tracking the path, which is cheaper,
        // and track it only to name what failed.
        if let Ok(value) = T::deserialize(current) {
            return (value, dropped);
        }
        match serde_path_to_error::deserialize::<_, T>(current) {
            Ok(value) => return (value, dropped),
            Err(error) => {
                let mut at = path_to_pointer(error.path());
                let message = error.into_inner().to_string();
                let target = owned.get_or_insert_with(|| working.clone());
                // If removing the node changes nothing, remove its parent instead.
                while !at.is_empty() && !prune(target, &at) {
                    at = pointer::parent(&at).unwrap_or("").to_owned();
                }
                if at.is_empty() {
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
    use serde_json::json;

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
        // (what rule S005 reports) and sets them aside, keeping everything else.
        let modelled = model(&spec(), &[]);
        let dropped: Vec<&str> = modelled.dropped.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            dropped,
            [
                "/coupons/1/min_spend",
                "/coupons/1",
                "/guardrails/min_margin"
            ]
        );
        let coupons = modelled.campaign.coupons.unwrap();
        assert_eq!(coupons.len(), 3);
        assert!(coupons.get(1).is_none());
        assert_eq!(coupons.get(2).map(|c| c.id.as_str()), Some("c"));
        let guardrails = modelled.campaign.guardrails.unwrap();
        assert!(guardrails.max_discount.is_some() && guardrails.min_margin.is_none());
    }

    #[test]
    fn reported_values_are_pruned_first() {
        let failed = ["/coupons/1".to_owned(), "/guardrails/min_margin".to_owned()];
        let modelled = model(&spec(), &failed);
        assert!(modelled.dropped.is_empty(), "{:?}", modelled.dropped);
        assert_eq!(modelled.campaign.coupons.unwrap().items().count(), 2);
    }

    #[test]
    fn pruning_keeps_list_positions() {
        let mut value = json!({"a": [1, 2, 3], "b": {"c": 1}});
        assert!(prune(&mut value, "/a/1"));
        assert!(prune(&mut value, "/b/c"));
        assert!(!prune(&mut value, "/b/c"));
        assert!(!prune(&mut value, ""));
        assert_eq!(value, json!({"a": [1, null, 3], "b": {}}));
    }
}
