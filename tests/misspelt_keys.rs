//! One misspelt key hides no finding elsewhere. For every key of every bundled plan,
//! rule fixture and planted test plan (other than `id` and `type`, which change what an
//! item is), the key is misspelt and the plan checked again: every finding of the
//! original plan outside the item or section that holds the key must still be reported,
//! unless its rule names the key under "Depends on" in its documentation (its truth
//! depends on that value). A sample runs in `cargo test`; every variant with
//! `cargo test --test misspelt_keys -- --ignored`.

use campspec::rules::registry;
use campspec::source::{pointer, yaml};
use campspec::{Settings, check_text};
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The plans: bundled specs, each rule's `fires` fixture, the planted CLI plans.
fn plans() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut add_dir = |dir: PathBuf, only: Option<&str>| {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
        paths.sort();
        for path in paths {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.ends_with(".campaign.yaml") && only.is_none_or(|o| name == o) {
                out.push(path);
            }
        }
    };
    add_dir(root().join("specs"), None);
    add_dir(root().join("tests/cli"), Some("planted.campaign.yaml"));
    add_dir(root().join("tests/cli"), Some("wording.campaign.yaml"));
    let mut rule_dirs: Vec<PathBuf> = std::fs::read_dir(root().join("tests/rules"))
        .map(|d| d.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    rule_dirs.sort();
    for dir in rule_dirs {
        // Fixtures with their own settings are checked with them elsewhere.
        if !dir.join("campspec.toml").exists() {
            add_dir(dir, Some("fires.campaign.yaml"));
        }
    }
    out
}

fn settings() -> Settings {
    Settings {
        today: campspec::values::Date::new(2027, 1, 1),
        ..Default::default()
    }
}

/// Keys whose values are ids of other items (a map from goal id or phase id to a
/// value): misspelling one of them is a wrong reference, not a misspelt key.
fn map_of_ids(parent_field: &str) -> bool {
    matches!(parent_field, "targets" | "results" | "phases")
}

/// Every key in the document (a pointer to it), but `id` and `type`.
fn keys(value: &Value, at: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            let parent_field = pointer::last_token(at).unwrap_or_default();
            for (key, child) in map {
                let here = pointer::join(at, key);
                let skip =
                    key == "id" || key == "type" || (!at.is_empty() && map_of_ids(&parent_field));
                if !skip {
                    out.push(here.clone());
                }
                keys(child, &here, out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                keys(item, &pointer::join(at, &i.to_string()), out);
            }
        }
        _ => {}
    }
}

/// The key as a field path: list indices as `[]` (`/phases/0/start` → `phases[].start`).
fn field_path(at: &str) -> String {
    let mut out = String::new();
    for token in pointer::tokens(at) {
        if token.bytes().all(|b| b.is_ascii_digit()) && !token.is_empty() {
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

/// The item or section that holds the key: the outermost list item on its path, or
/// else its top-level section.
fn holder(at: &str) -> String {
    let tokens: Vec<String> = pointer::tokens(at).collect();
    let mut out = String::new();
    for (i, token) in tokens.iter().enumerate() {
        out = pointer::join(&out, token);
        let is_index = !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit());
        if is_index {
            return out;
        }
        if i + 1 == tokens.len() && i > 0 {
            break;
        }
    }
    tokens
        .first()
        .map(|t| pointer::join("", t))
        .unwrap_or_default()
}

/// A misspelling: the middle character dropped (`channel` → `chanel`), or an `x`
/// appended to a key of one or two characters.
fn misspell(key: &str) -> String {
    let chars: Vec<char> = key.chars().collect();
    if chars.len() < 3 {
        return format!("{key}x");
    }
    let mut out = chars.clone();
    out.remove(chars.len() / 2);
    out.into_iter().collect()
}

/// The field paths each rule declares it depends on (`## Depends on` in its docs).
fn dependencies() -> HashMap<&'static str, Vec<String>> {
    let mut out = HashMap::new();
    for rule in registry::all() {
        let meta = rule.meta();
        let docs = meta.documentation();
        let mut paths = Vec::new();
        if let Some(start) = docs.find("## Depends on") {
            let section = &docs[start + "## Depends on".len()..];
            let section = section.split("\n## ").next().unwrap_or("");
            for (i, piece) in section.split('`').enumerate() {
                if i % 2 == 1 {
                    paths.push(piece.to_owned());
                }
            }
        }
        // Waivers decide whether any rule's finding is shown: a misspelt key of a waiver
        // shows or hides the findings it names, by design.
        paths.push("compliance.waivers[]".to_owned());
        out.insert(meta.code, paths);
    }
    out
}

/// Whether a declared dependency covers the misspelt key's field path (`promotions[]`
/// covers every key of a promotion; `*` stands for any map key).
fn covers(declared: &str, field: &str) -> bool {
    let declared: Vec<&str> = declared.split('.').collect();
    let field: Vec<&str> = field.split('.').collect();
    declared.len() <= field.len()
        && declared
            .iter()
            .zip(&field)
            .all(|(d, f)| d == f || *d == "*")
}

/// One variant that hid findings.
#[derive(Debug)]
struct Hidden {
    plan: String,
    key: String,
    missing: Vec<(String, String)>,
}

/// The findings of a check as (code, pointer).
fn findings(path: &str, text: &str, settings: &Settings) -> BTreeSet<(String, String)> {
    check_text(path, text.to_owned(), settings)
        .findings
        .iter()
        .map(|f| (f.code.to_owned(), f.primary.pointer.clone()))
        .collect()
}

/// Checks every `step`-th variant; returns the variants checked and those that hid
/// findings.
fn run(step: usize) -> (usize, Vec<Hidden>) {
    let settings = settings();
    let depends = dependencies();
    let mut checked = 0;
    let mut hidden = Vec::new();
    let mut index = 0usize;
    for path in plans() {
        // Fixtures of the loader's own rules (not UTF-8) are not plans to misspell.
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let name = path
            .strip_prefix(root())
            .unwrap_or(&path)
            .display()
            .to_string();
        let loaded = yaml::load(&text, Default::default());
        if loaded.fatal {
            continue;
        }
        let original = findings(&name, &text, &settings);
        let mut pointers = Vec::new();
        keys(&loaded.doc.to_value(), "", &mut pointers);
        for at in pointers {
            index += 1;
            if !index.is_multiple_of(step) {
                continue;
            }
            let Some(located) = loaded.doc.locate(&at) else {
                continue;
            };
            let Some(span) = located.spans.key.filter(|_| located.exact) else {
                continue;
            };
            let Some(written) = text.get(span.start..span.end) else {
                continue;
            };
            // Quoted keys and keys inside aliases are left alone.
            if written != pointer::last_token(&at).unwrap_or_default() {
                continue;
            }
            let mut variant = text.clone();
            variant.replace_range(span.start..span.end, &misspell(written));
            let after = findings(&name, &variant, &settings);
            checked += 1;
            let holder = holder(&at);
            let field = field_path(&at);
            let missing: Vec<(String, String)> = original
                .iter()
                .filter(|(code, at)| {
                    !pointer::is_within(at, &holder)
                        && !depends
                            .get(code.as_str())
                            .is_some_and(|d| d.iter().any(|d| covers(d, &field)))
                })
                .filter(|f| !after.contains(*f))
                .cloned()
                .collect();
            if !missing.is_empty() {
                hidden.push(Hidden {
                    plan: name.clone(),
                    key: at,
                    missing,
                });
            }
        }
    }
    (checked, hidden)
}

fn report(checked: usize, hidden: &[Hidden]) {
    assert!(checked > 0, "no variant was checked");
    // Shown with `--nocapture`.
    println!(
        "{checked} misspellings checked, {} hid findings elsewhere",
        hidden.len()
    );
    if !hidden.is_empty() {
        let lines: Vec<String> = hidden
            .iter()
            .take(std::env::var("MISSPELT_SHOW").map_or(40, |_| usize::MAX))
            .map(|h| format!("{} {}: hides {:?}", h.plan, h.key, h.missing))
            .collect();
        panic!(
            "{} of {checked} misspellings hid findings elsewhere:\n{}",
            hidden.len(),
            lines.join("\n")
        );
    }
}

#[test]
fn a_sample_of_misspelt_keys_hides_nothing_elsewhere() {
    let (checked, hidden) = run(23);
    report(checked, &hidden);
}

#[test]
#[ignore = "every key of every plan: minutes in a debug build"]
fn no_misspelt_key_hides_anything_elsewhere() {
    let (checked, hidden) = run(1);
    report(checked, &hidden);
}

/// Every field listed as recoverable (`model::RECOVERABLE`) is read as unknown when its
/// key is misspelt: the item holding it stays in the model, with every other item of its
/// list.
#[test]
fn a_misspelt_recoverable_field_keeps_its_item_in_the_model() {
    let settings = settings();
    let mut checked = 0;
    for path in plans() {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let loaded = yaml::load(&text, Default::default());
        if loaded.fatal {
            continue;
        }
        let Some(original) = check_text("plan.campaign.yaml", text.clone(), &settings).campaign
        else {
            continue;
        };
        let original = serde_json::to_value(&original).expect("model as JSON");
        let mut pointers = Vec::new();
        keys(&loaded.doc.to_value(), "", &mut pointers);
        for at in pointers {
            if !campspec::model::is_recoverable(&at) {
                continue;
            }
            let (Some(item), Some(located)) = (pointer::parent(&at), loaded.doc.locate(&at)) else {
                continue;
            };
            let Some(span) = located.spans.key.filter(|_| located.exact) else {
                continue;
            };
            let Some(written) = text.get(span.start..span.end) else {
                continue;
            };
            if written != pointer::last_token(&at).unwrap_or_default() {
                continue;
            }
            // Only lists the original model holds whole (the plan may have set aside
            // items for their own mistakes, and the model's lists skip those).
            let list = pointer::parent(item).unwrap_or_default();
            let count = |v: &Value| v.pointer(list).and_then(Value::as_array).map(Vec::len);
            if count(&original) != count(&loaded.doc.to_value()) {
                continue;
            }
            let mut variant = text.clone();
            variant.replace_range(span.start..span.end, &misspell(written));
            let modelled = check_text("plan.campaign.yaml", variant, &settings)
                .campaign
                .map(|c| serde_json::to_value(&c).expect("model as JSON"));
            let after = modelled.as_ref();
            assert_eq!(
                after.and_then(count),
                count(&original),
                "{}: misspelling {at} changed the items of {list}",
                path.display()
            );
            assert!(
                after
                    .and_then(|v| v.pointer(&at))
                    .is_some_and(Value::is_null),
                "{}: {at} is not read as unknown",
                path.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 0, "no recoverable field was found");
}

#[test]
fn the_harness_finds_keys_and_holders() {
    assert_eq!(holder("/copy/3/channel"), "/copy/3");
    assert_eq!(holder("/window/start"), "/window");
    assert_eq!(holder("/window"), "/window");
    assert_eq!(holder("/budget/lines/2/amount"), "/budget/lines/2");
    assert_eq!(
        field_path("/promotions/0/tiers/1/spend"),
        "promotions[].tiers[].spend"
    );
    assert!(covers("promotions[]", "promotions[].tiers[].spend"));
    assert!(covers("phases[].start", "phases[].start"));
    assert!(!covers("phases[].start", "phases[].end"));
    assert_eq!(misspell("channel"), "chanel");
    assert_eq!(misspell("to"), "tox");
}
