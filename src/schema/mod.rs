//! The JSON Schema of the format: generated from the model types with schemars, committed
//! as `schema/campaign.schema.json`, compiled once, and used to check every file.

mod validate;

pub use validate::{
    BLANK_WHEN_MISSING, Document, IssueFacts, IssueKind, LISTED_UNKNOWN_KEYS, LimitKind,
    SchemaIssue, comma_list, validate, validate_as, validate_doc, warm_up,
};

use crate::model::Campaign;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};
use std::sync::OnceLock;

/// The schema's stable `$id`; editors and the `yaml-language-server` modeline refer to it.
pub const SCHEMA_ID: &str = "https://campspec.dev/schema/v1/campaign.schema.json";

/// Path of the committed schema, relative to the repository root.
pub const SCHEMA_PATH: &str = "schema/campaign.schema.json";

/// The cart schema's stable `$id`.
pub const CART_SCHEMA_ID: &str = "https://campspec.dev/schema/v1/cart.schema.json";

/// Path of the committed cart schema.
pub const CART_SCHEMA_PATH: &str = "schema/cart.schema.json";

/// Generates the campaign schema from the model types.
pub fn generate() -> Value {
    generate_for::<Campaign>(SCHEMA_ID)
}

/// Generates the cart schema (for `campspec simulate`).
pub fn generate_cart() -> Value {
    generate_for::<crate::model::Cart>(CART_SCHEMA_ID)
}

fn generate_for<T: schemars::JsonSchema>(id: &str) -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let schema = generator.into_root_schema_for::<T>();
    let mut generated = schema.to_value();
    strip_null(&mut generated);
    // Put `$schema` and `$id` first, then the rest in generation order.
    let mut ordered = Map::new();
    if let Some(dialect) = generated.get("$schema") {
        ordered.insert("$schema".into(), dialect.clone());
    }
    ordered.insert("$id".into(), json!(id));
    if let Value::Object(map) = generated {
        for (key, value) in map {
            if key != "$schema" {
                ordered.insert(key, value);
            }
        }
    }
    Value::Object(ordered)
}

/// Removes the `null` alternative schemars adds for `Option` fields. In a spec, an optional
/// key is either absent or has a value; `key:` with nothing after it is a mistake the
/// schema should name ("expected a percentage, found nothing") rather than accept.
fn strip_null(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let single = types.remove(0);
                    map.insert("type".into(), single);
                }
            }
            let nullable_any_of = match map.get("anyOf") {
                Some(Value::Array(options)) => {
                    options.len() == 2 && options.iter().any(|o| o == &json!({"type": "null"}))
                }
                _ => false,
            };
            if nullable_any_of
                && let Some(Value::Array(options)) = map.shift_remove("anyOf")
                && let Some(Value::Object(inner)) =
                    options.into_iter().find(|o| o != &json!({"type": "null"}))
            {
                for (key, v) in inner {
                    map.entry(key).or_insert(v);
                }
            }
            for child in map.values_mut() {
                strip_null(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(strip_null),
        _ => {}
    }
}

/// The schema as committed: pretty JSON with a trailing newline.
pub fn schema_text() -> String {
    pretty(campaign_schema())
}

/// The cart schema as committed.
pub fn cart_schema_text() -> String {
    pretty(cart_schema())
}

fn pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// The schema node `node` refers to (`$ref: "#/$defs/X"`, followed through a chain of
/// references, at most eight), or `node` itself. `root` is the schema the pointers are in.
pub fn follow_ref<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    let mut at = node;
    for _ in 0..8 {
        let Some(target) = at
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
            .and_then(|pointer| root.pointer(pointer))
        else {
            break;
        };
        at = target;
    }
    at
}

/// The generated schema, built once per process.
pub fn campaign_schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(generate)
}

/// The generated cart schema, built once per process.
pub fn cart_schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(generate_cart)
}
