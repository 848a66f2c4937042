//! Generated files stay in sync with the code: the JSON Schema and the rule reference.
//!
//! When one is stale the test fails and says how to regenerate it:
//! `CAMPSPEC_BLESS=1 cargo test --test generated`.

use std::path::Path;

fn check_generated(relative: &str, expected: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var_os("CAMPSPEC_BLESS").is_some() {
        std::fs::write(&path, expected).expect("write generated file");
        return;
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{relative} is stale: regenerate it with `CAMPSPEC_BLESS=1 cargo test --test generated`"
    );
}

#[test]
fn campaign_schema_is_current() {
    check_generated(
        campspec::schema::SCHEMA_PATH,
        &campspec::schema::schema_text(),
    );
}

#[test]
fn cart_schema_is_current() {
    check_generated(
        campspec::schema::CART_SCHEMA_PATH,
        &campspec::schema::cart_schema_text(),
    );
}

#[test]
fn rule_reference_is_current() {
    check_generated(
        "docs/rules.md",
        &campspec::rules::registry::reference_markdown(),
    );
}

#[test]
fn schema_is_valid_draft_2020_12_and_has_a_stable_id() {
    let schema = campspec::schema::campaign_schema();
    assert_eq!(schema["$id"], campspec::schema::SCHEMA_ID);
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    jsonschema::draft202012::meta::validate(schema).expect("the schema is valid JSON Schema");
}

#[test]
fn rules_schema_is_current() {
    check_generated(
        campspec::render::rules_json::RULES_SCHEMA_PATH,
        &campspec::render::rules_json::rules_schema_text(),
    );
}
