//! The model's own schema annotations: transforms schemars applies to a type's generated
//! JSON Schema. They live with the model (the schema stage imports the model, never the
//! other way round), so the model ↔ schema dependency runs one way only.

use schemars::Schema;
use serde_json::{Map, Value, json};

/// Rewrites the schema of `Promotion` so that each `type` gets its own fields checked by
/// `if`/`then` branches. schemars renders a flattened internally-tagged enum as `oneOf`,
/// which makes validators report one useless "matches none of the schemas" error at the
/// promotion; with `if`/`then` every error is reported at its own field, and an unknown
/// `type` is reported at `type` with the list of valid ones.
pub(super) fn promotion(schema: &mut Schema) {
    let Some(object) = schema.as_object_mut() else {
        return;
    };
    let Some(Value::Array(variants)) = object.remove("oneOf") else {
        return;
    };
    let mut names = Vec::new();
    let mut branches = Vec::new();
    let mut evaluated = Map::new();
    for variant in variants {
        let Some(tag) = variant
            .pointer("/properties/type/const")
            .and_then(Value::as_str)
            .map(str::to_owned)
        else {
            continue;
        };
        let description = variant.get("description").cloned();
        let mut properties = variant
            .get("properties")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        properties.shift_remove("type");
        for key in properties.keys() {
            evaluated.insert(key.clone(), Value::Bool(true));
        }
        let mut required: Vec<Value> = variant
            .get("required")
            .and_then(Value::as_array)
            .map(|r| {
                r.iter()
                    .filter(|v| v.as_str() != Some("type"))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        // Common fields some types cannot do without.
        if tag == "flash_sale" {
            required.extend([json!("quantity"), json!("per_user")]);
        }
        let mut then = Map::new();
        if let Some(description) = description {
            then.insert("description".into(), description);
        }
        then.insert("properties".into(), Value::Object(properties));
        if !required.is_empty() {
            then.insert("required".into(), Value::Array(required));
        }
        branches.push(json!({
            "if": {"properties": {"type": {"const": tag}}, "required": ["type"]},
            "then": Value::Object(then)
        }));
        names.push(Value::String(tag));
    }
    let properties = object.entry("properties").or_insert_with(|| json!({}));
    if let Some(properties) = properties.as_object_mut() {
        properties.insert(
            "type".into(),
            json!({
                "description": "The mechanic: spend_tiers (满减), discount (直降/打折), flash_sale (秒杀), member_price (会员价), gift_with_purchase (满赠), mystery_box (福袋/盲盒), lottery (抽奖), collect_to_win (集福), points (积分), referral (邀请).",
                "type": "string",
                "enum": names,
                "examples": ["spend_tiers", "flash_sale", "lottery"]
            }),
        );
    }
    let required = object.entry("required").or_insert_with(|| json!([]));
    if let Some(required) = required.as_array_mut()
        && !required.iter().any(|r| r == "type")
    {
        required.insert(0, json!("type"));
    }
    object.insert("allOf".into(), Value::Array(branches));
    object.insert("unevaluatedProperties".into(), Value::Bool(false));
}
