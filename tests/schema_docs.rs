//! Editor help: every property of every object in the generated schemas (campaign and
//! cart) has a description and at least one example, and every example is a valid value
//! of its own property (formats included: money, percentages, 折, dates…).
//!
//! Editors with the YAML language server show both on hover. A new model field fails
//! here until it has a doc comment and a `#[schemars(example = …)]`.

use campspec::model::{OrderTime, TimeZoneName};
use serde_json::{Map, Value};

/// Every property schema below `node`, with its JSON pointer. The conditions of
/// `if`/`then` branches (`{"type": {"const": "lottery"}}`) are not properties.
fn properties<'a>(node: &'a Value, at: &str, out: &mut Vec<(String, &'a Value)>) {
    match node {
        Value::Object(map) => {
            for (key, child) in map {
                let here = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                if key == "if" {
                    continue;
                }
                if key == "properties"
                    && let Value::Object(props) = child
                {
                    for (name, schema) in props {
                        out.push((format!("{here}/{name}"), schema));
                    }
                }
                properties(child, &here, out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                properties(item, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// A validator for one property's schema, with the root's definitions for its `$ref`s
/// and every campspec format checked.
fn validator_for(root: &Value, property: &Value) -> jsonschema::Validator {
    let mut schema = match property {
        Value::Object(map) => map.clone(),
        other => {
            let mut map = Map::new();
            map.insert("allOf".into(), Value::Array(vec![other.clone()]));
            map
        }
    };
    schema.insert("$schema".into(), root["$schema"].clone());
    if let Some(defs) = root.get("$defs") {
        schema.insert("$defs".into(), defs.clone());
    }
    let mut options = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .with_format(TimeZoneName::FORMAT, TimeZoneName::is_known)
        .with_format(OrderTime::FORMAT, OrderTime::is_valid);
    for (name, check) in campspec::values::formats() {
        options = options.with_format(name, check);
    }
    options
        .build(&Value::Object(schema))
        .expect("a property schema compiles")
}

/// Every problem with the documentation of `root`'s properties.
fn problems(name: &str, root: &Value) -> Vec<String> {
    let mut found = Vec::new();
    properties(root, "", &mut found);
    assert!(found.len() > 10, "{name}: the walk found no properties");
    let mut problems = Vec::new();
    for (pointer, property) in found {
        let described = property
            .get("description")
            .and_then(Value::as_str)
            .is_some_and(|d| !d.trim().is_empty());
        if !described {
            problems.push(format!("{name}{pointer}: no description"));
        }
        let examples = property
            .get("examples")
            .and_then(Value::as_array)
            .filter(|e| !e.is_empty());
        let Some(examples) = examples else {
            problems.push(format!("{name}{pointer}: no examples"));
            continue;
        };
        let validator = validator_for(root, property);
        for example in examples {
            for error in validator.iter_errors(example) {
                problems.push(format!(
                    "{name}{pointer}: example {example} is not valid: {error} (at `{}`)",
                    error.instance_path()
                ));
            }
        }
    }
    problems
}

#[test]
fn every_campaign_property_has_a_description_and_valid_examples() {
    let problems = problems("campaign", campspec::schema::campaign_schema());
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn every_cart_property_has_a_description_and_valid_examples() {
    let problems = problems("cart", campspec::schema::cart_schema());
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_check_catches_a_missing_example_and_an_invalid_one() {
    let root = serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": {
            "good": {"description": "A percentage.", "$ref": "#/$defs/Percent", "examples": ["15%"]},
            "bad": {"description": "A percentage.", "$ref": "#/$defs/Percent", "examples": [15, "15"]},
            "bare": {"type": "string"},
            "kind": {"type": "string", "description": "x", "examples": ["a"]},
            "a": {"description": "x", "examples": [1]},
            "b": {"description": "x", "examples": [1]},
            "c": {"description": "x", "examples": [1]},
            "d": {"description": "x", "examples": [1]},
            "e": {"description": "x", "examples": [1]},
            "f": {"description": "x", "examples": [1]},
            "g": {"description": "x", "examples": [1]}
        },
        "allOf": [{"if": {"properties": {"kind": {"const": "a"}}}, "then": {}}],
        "$defs": {"Percent": {"type": "string", "format": "campspec-percent"}}
    });
    let problems = problems("test", &root);
    assert_eq!(problems.len(), 4, "{problems:#?}");
    // The wrong type, and the right type in the wrong format (a bare number as text).
    assert!(problems[0].starts_with("test/properties/bad: example 15 is not valid"));
    assert!(problems[1].starts_with("test/properties/bad: example \"15\" is not valid"));
    assert_eq!(problems[2], "test/properties/bare: no description");
    assert_eq!(problems[3], "test/properties/bare: no examples");
}
