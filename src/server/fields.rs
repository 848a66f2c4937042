//! Completion from the plan's JSON schema (`schema/campaign.schema.json`, generated from
//! the model): the keys a mapping may still take, and the values an enum field allows,
//! each with its description. Nothing here lists fields or values by hand, so a field or
//! value added to the model is offered as soon as it exists.

use super::cursor::{Place, Seg, Spot};
use serde_json::Value;

/// A completion drawn from the schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// What is inserted: a key (with `: ` after it) or a value.
    pub label: String,
    /// Whether it is a key (else a value).
    pub key: bool,
    /// Whether the mapping requires the key.
    pub required: bool,
    /// The schema's description.
    pub description: Option<String>,
    /// Where the text it replaces starts (what was typed so far), in bytes.
    pub start: usize,
}

/// The alternatives a value may take: the schema itself, and each of its
/// `anyOf` / `oneOf` branches, references followed.
fn alternatives<'a>(root: &'a Value, schema: &'a Value) -> Vec<&'a Value> {
    let schema = crate::schema::follow_ref(root, schema);
    let mut out = vec![schema];
    for key in ["anyOf", "oneOf"] {
        if let Some(options) = schema.get(key).and_then(Value::as_array) {
            out.extend(options.iter().map(|o| crate::schema::follow_ref(root, o)));
        }
    }
    out
}

/// The properties of an object schema: its own, then those of the `allOf` branches whose
/// `if` holds for the mapping's written keys (a promotion's `type`), or of every
/// branch when what decides them is not written yet.
fn properties<'a>(schema: &'a Value, written: &[(String, String)]) -> Vec<(&'a str, &'a Value)> {
    let mut out: Vec<(&str, &Value)> = Vec::new();
    let mut add = |props: Option<&'a Value>| {
        for (k, v) in props.and_then(Value::as_object).into_iter().flatten() {
            if !out.iter().any(|(o, _)| o == k) {
                out.push((k.as_str(), v));
            }
        }
    };
    add(schema.get("properties"));
    for branch in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if branch_applies(branch.get("if"), written) {
            add(branch.get("then").and_then(|t| t.get("properties")));
        }
    }
    out
}

/// Whether an `if` of constant properties (`type: const spend_tiers`) holds, or may:
/// a property not written yet does not rule the branch out.
fn branch_applies(condition: Option<&Value>, written: &[(String, String)]) -> bool {
    let Some(props) = condition
        .and_then(|c| c.get("properties"))
        .and_then(Value::as_object)
    else {
        return true;
    };
    props.iter().all(|(key, rule)| {
        let Some(constant) = rule.get("const") else {
            return true;
        };
        written
            .iter()
            .find(|(k, _)| k == key)
            .is_none_or(|(_, v)| v.is_empty() || constant.as_str() == Some(v.as_str()))
    })
}

/// The schema of the node at `path` from the root; `written[i]` are the keys written in
/// the mapping that holds step `i` (they choose its conditional properties).
pub fn at_path<'a>(
    root: &'a Value,
    path: &[Seg],
    written: &[Vec<(String, String)>],
) -> Option<&'a Value> {
    let mut at = root;
    for (n, seg) in path.iter().enumerate() {
        let here: &[(String, String)] = written.get(n).map_or(&[], Vec::as_slice);
        at = alternatives(root, at)
            .into_iter()
            .find_map(|schema| match seg {
                Seg::Item => schema.get("items"),
                Seg::Key(key) => properties(schema, here)
                    .into_iter()
                    .find(|(k, _)| *k == key.as_str())
                    .map(|(_, v)| v)
                    .or_else(|| schema.get("additionalProperties").filter(|a| a.is_object())),
            })?;
    }
    Some(at)
}

/// The `format` the schema gives the value at `path` (`campspec-money`…), looked up in
/// its alternatives too (an optional field is `anyOf` the type and null).
pub fn format_at<'a>(
    root: &'a Value,
    path: &[Seg],
    written: &[Vec<(String, String)>],
) -> Option<&'a str> {
    let schema = at_path(root, path, written)?;
    alternatives(root, schema)
        .into_iter()
        .find_map(|s| s.get("format").and_then(Value::as_str))
}

/// The keys the mapping at `object` may still take, with their descriptions.
fn keys(
    root: &Value,
    object: &[Seg],
    written: &[Vec<(String, String)>],
    siblings: &[(String, String)],
    start: usize,
) -> Vec<Field> {
    let Some(schema) = at_path(root, object, written) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for schema in alternatives(root, schema) {
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        for (key, property) in properties(schema, siblings) {
            if siblings.iter().any(|(k, _)| k == key) || out.iter().any(|f: &Field| f.label == key)
            {
                continue;
            }
            out.push(Field {
                label: key.to_owned(),
                key: true,
                required: required.contains(&key),
                description: description(root, property),
                start,
            });
        }
    }
    out
}

/// A property's description: its own, else that of the definition it refers to.
fn description(root: &Value, property: &Value) -> Option<String> {
    property
        .get("description")
        .or_else(|| crate::schema::follow_ref(root, property).get("description"))
        .and_then(Value::as_str)
        .map(str::to_owned)
}

/// The values an enum node allows: `enum`, `const` and `oneOf` constants with their
/// descriptions, and `true` / `false` for a boolean.
fn values(root: &Value, node: &Value, start: usize) -> Vec<Field> {
    let mut out: Vec<Field> = Vec::new();
    let mut add = |value: &Value, description: Option<String>| {
        let label = match value {
            Value::String(s) => s.clone(),
            Value::Bool(_) | Value::Number(_) => value.to_string(),
            _ => return,
        };
        if !out.iter().any(|f| f.label == label) {
            out.push(Field {
                label,
                key: false,
                required: false,
                description,
                start,
            });
        }
    };
    for schema in alternatives(root, node) {
        if let Some(constant) = schema.get("const") {
            add(constant, description(root, schema));
        }
        for value in schema
            .get("enum")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            add(value, None);
        }
        if schema.get("type").and_then(Value::as_str) == Some("boolean") {
            add(&Value::Bool(true), None);
            add(&Value::Bool(false), None);
        }
    }
    out
}

/// What the schema offers at the place of the cursor.
pub fn complete(root: &Value, place: &Place) -> Vec<Field> {
    let mut out: Vec<Field> = Vec::new();
    let written = &place.written;
    for spot in &place.spots {
        let found = match spot {
            Spot::Key {
                object,
                siblings,
                start,
                ..
            } => keys(root, object, written, siblings, *start),
            Spot::Value { node, start, .. } => {
                let mut found = at_path(root, node, written)
                    .map(|schema| values(root, schema, *start))
                    .unwrap_or_default();
                // An item of a list: not one the list already has.
                if node.last() == Some(&Seg::Item) {
                    found.retain(|f| !place.listed.contains(&f.label));
                }
                found
            }
        };
        for field in found {
            if !out.iter().any(|f| f.label == field.label) {
                out.push(field);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::cursor::place;

    fn labels(text: &str) -> Vec<String> {
        let offset = text.find('|').expect("a cursor");
        let clean = text.replacen('|', "", 1);
        complete(crate::schema::campaign_schema(), &place(&clean, offset))
            .into_iter()
            .map(|f| f.label)
            .collect()
    }

    #[test]
    fn enum_values_come_from_the_schema() {
        let types = labels("promotions:\n  - id: a\n    type: |\n");
        assert!(types.contains(&"spend_tiers".to_owned()), "{types:?}");
        assert!(types.contains(&"flash_sale".to_owned()), "{types:?}");
        let places = labels("jurisdictions: [CN, |]\n");
        assert_eq!(places, ["EU", "US", "UK"]);
        let places = labels("jurisdictions:\n  - EU\n  - |\n  - 'UK'\n");
        assert_eq!(places, ["CN", "US"]);
        let places = labels("jurisdictions: [|, EU, 'US']\n");
        assert_eq!(places, ["CN", "UK"]);
        let metrics = labels("goals:\n  - { id: a, metric: | }\n");
        assert!(metrics.contains(&"gmv".to_owned()), "{metrics:?}");
        let channels = labels("copy:\n  - id: a\n    channel: |\n");
        assert!(channels.contains(&"sms".to_owned()), "{channels:?}");
        assert_eq!(labels("id: |\n"), Vec::<String>::new());
    }

    #[test]
    fn keys_come_from_the_schema_minus_those_written() {
        let top = labels("campspec: 1\nid: x\n|\n");
        assert!(top.contains(&"promotions".to_owned()), "{top:?}");
        assert!(!top.contains(&"id".to_owned()), "{top:?}");
        let tiers = labels("promotions:\n  - id: a\n    type: spend_tiers\n    |\n");
        assert!(tiers.contains(&"tiers".to_owned()), "{tiers:?}");
        assert!(!tiers.contains(&"slots".to_owned()), "{tiers:?}");
        assert!(!tiers.contains(&"type".to_owned()), "{tiers:?}");
        let coupon = labels("coupons:\n  - id: a\n    min|\n");
        assert!(coupon.contains(&"min_spend".to_owned()), "{coupon:?}");
        let window = labels("window:\n  start: 2027-01-01\n  |");
        assert_eq!(window, ["end"]);
        // A gift tier's keys, not a spend tier's: the promotion's type decides.
        let gift = labels(
            "promotions:\n  - id: a\n    type: gift_with_purchase\n    tiers:\n      - spend: 299\n        |\n",
        );
        assert!(gift.contains(&"gift".to_owned()), "{gift:?}");
        assert!(!gift.contains(&"discount".to_owned()), "{gift:?}");
    }
}
