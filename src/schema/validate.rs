//! Validating a document against the schema: every error at once, each turned into an
//! issue in the user's terms, located at the exact key or value, with the node to set aside.

use crate::i18n::Msg;
use crate::model::{OrderTime, TimeZoneName};
use crate::msg;
use crate::source::{Doc, pointer};
use crate::suggest;
use crate::values;
use rayon::prelude::*;
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, OnceLock};

/// What kind of schema problem an issue is; each maps to one rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IssueKind {
    /// A key the format does not know.
    UnknownKey,
    /// A required key is missing.
    MissingKey,
    /// A value of the wrong shape (text where a list is expected, …).
    WrongType,
    /// A value of the right shape that is not a valid value (`15` for a percentage, an
    /// unknown channel, 2027-02-30).
    InvalidValue,
}

/// What the schema stage found, as facts; the rule that reports it (through the
/// registry's table) owns the message and help.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IssueFacts {
    /// An unknown key (`S001`), with the closest allowed key not written yet, and the
    /// keys allowed in its mapping.
    UnknownKey {
        key: String,
        place: Msg,
        suggestion: Option<String>,
        allowed: Arc<[String]>,
    },
    /// The unknown keys of a mapping past the first [`LISTED_UNKNOWN_KEYS`] (`S001`):
    /// how many, the first and the last.
    UnlistedKeys {
        place: Msg,
        count: usize,
        first: String,
        last: String,
        allowed: Arc<[String]>,
    },
    /// A missing required key (`S002`), with the key's description.
    MissingKey {
        name: String,
        place: Msg,
        description: Option<Msg>,
    },
    /// A value of the wrong type (`S003`): the JSON types expected (`None` when the
    /// schema names none), what was found, the text found and an example.
    WrongType {
        place: Msg,
        types: Option<Vec<String>>,
        found: Msg,
        text: Option<String>,
        example: Option<String>,
    },
    /// A value type's parser refused the value, in its own words (`S004`, or `S003`
    /// for a list, mapping or nothing).
    ValueType {
        place: Msg,
        message: Msg,
        help: Option<Msg>,
        /// The whole value's text to write instead (a mechanical fix), checked to read.
        fix: Option<Box<values::Replacement>>,
    },
    /// An unknown IANA time zone (`S004`), with the closest known one.
    TimeZone {
        place: Msg,
        name: String,
        suggestion: Option<String>,
    },
    /// A currency that is no ISO 4217 code (`S004`).
    Currency { place: Msg, code: String },
    /// A value that is not one of the allowed ones (`S004`).
    NotAllowed {
        place: Msg,
        found: Msg,
        text: Option<String>,
        allowed: Vec<String>,
    },
    /// A format version campspec does not read (`S004`).
    Version { found: Msg, expected: String },
    /// A value other than the one constant allowed (`S004`).
    Constant {
        place: Msg,
        found: Msg,
        expected: String,
    },
    /// A list with fewer items than it needs (`S004`).
    MinItems { place: Msg, limit: u64 },
    /// A value out of a bound or form (`S004`).
    Limit {
        place: Msg,
        found: Msg,
        limit: LimitKind,
    },
    /// The built-in schema does not compile (`S004`).
    SchemaBroken,
}

/// Which bound or form a value breaks, with the limit as written in the schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LimitKind {
    Minimum(String),
    Maximum(String),
    ExclusiveMinimum(String),
    MaxLength(String),
    Form,
    Other,
}

/// One schema problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemaIssue {
    pub kind: IssueKind,
    /// The node the issue is about.
    pub pointer: String,
    /// Label the node's key rather than its value (unknown and missing keys).
    pub on_key: bool,
    /// What was found, as facts: the rule reporting the issue words them.
    pub facts: IssueFacts,
    /// The node to leave out of the model, if any.
    pub prune: Option<String>,
    /// For unknown keys, the valid key suggested; for missing keys, the key missing.
    pub key_hint: Option<String>,
    /// For a misspelt key (`chanel`), the missing required key it stands for
    /// (`channel`): reported in its place when unknown keys are silenced (S001 off),
    /// since the item still lacks the key.
    pub stands_for: Option<Box<SchemaIssue>>,
    /// For the issue counting the unknown keys of a mapping past the first
    /// [`LISTED_UNKNOWN_KEYS`] (at the first of them): those keys, all left out of the
    /// model like any other unknown key. Empty otherwise.
    pub unlisted: Vec<String>,
}

/// Unknown keys of one mapping reported one by one; any more are counted in one issue
/// at the first of them. Hundreds of unknown keys in one mapping are never a typo (a
/// file that is not a plan, a block indented under the wrong key), and listing them
/// all would bury the plan's other findings.
pub const LISTED_UNKNOWN_KEYS: usize = 100;

/// Which document a schema describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Document {
    Campaign,
    Cart,
}

impl Document {
    fn schema(self) -> &'static Value {
        match self {
            Document::Campaign => super::campaign_schema(),
            Document::Cart => super::cart_schema(),
        }
    }
}

fn build(schema: &Value) -> Option<jsonschema::Validator> {
    let mut options = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .with_format(TimeZoneName::FORMAT, TimeZoneName::is_known)
        .with_format(OrderTime::FORMAT, OrderTime::is_valid);
    for (name, check) in values::formats() {
        options = options.with_format(name, check);
    }
    options.build(schema).ok()
}

fn validator(document: Document) -> Option<&'static jsonschema::Validator> {
    static CAMPAIGN: OnceLock<Option<jsonschema::Validator>> = OnceLock::new();
    static CART: OnceLock<Option<jsonschema::Validator>> = OnceLock::new();
    let cell = match document {
        Document::Campaign => &CAMPAIGN,
        Document::Cart => &CART,
    };
    cell.get_or_init(|| build(document.schema())).as_ref()
}

/// Compiles the validator of `document` now (it is otherwise compiled on first use), so
/// that a command can do it on another core while it reads its settings.
pub fn warm_up(document: Document) {
    validator(document);
}

/// Objects that stay modelled when a required key is missing (their fields are optional
/// in the model). Elsewhere a missing key of a field read as `Known`
/// (`model::RECOVERABLE`) sets aside nothing, and any other missing key sets aside the
/// object that lacks it.
const TOLERATES_MISSING: &[&str] = &["", "/window", "/budget"];

/// Required keys whose absence sets aside only themselves: display text and a copy
/// entry's channel (`Channel::Unknown`), read as empty
/// so that the item's other fields are still checked (the missing key is still an error,
/// `S002`, and `build` writes nothing for a plan with errors).
pub const BLANK_WHEN_MISSING: &[&str] = &["name", "channel"];

/// Validates `instance` and returns every issue, at most one per node, in document order
/// of discovery.
pub fn validate(instance: &Value) -> Vec<SchemaIssue> {
    validate_as(Document::Campaign, instance)
}

/// Validates `instance` as a `document` (a campaign spec or a cart).
pub fn validate_as(document: Document, instance: &Value) -> Vec<SchemaIssue> {
    let Some(validator) = validator(document) else {
        return vec![SchemaIssue {
            kind: IssueKind::InvalidValue,
            pointer: String::new(),
            on_key: false,
            facts: IssueFacts::SchemaBroken,
            prune: None,
            key_hint: None,
            stands_for: None,
            unlisted: Vec::new(),
        }];
    };
    // Most documents are valid: the yes/no check is much cheaper than collecting errors.
    if validator.is_valid(instance) {
        return Vec::new();
    }
    let mut issues = Vec::new();
    describe_all(document.schema(), validator, instance, None, &mut issues);
    finish(issues)
}

/// Lists with at least this many items are validated one item at a time.
const ITEM_BY_ITEM: usize = 256;

/// Validates a loaded document as a `document`. The long lists of a campaign (thousands
/// of coupons or copy entries) are validated item by item, each item as its own small
/// JSON value, so a large plan never exists as one JSON tree; the issues are exactly
/// those of validating the whole document, possibly in another order (tests compare
/// both).
pub fn validate_doc(document: Document, doc: &Doc) -> Vec<SchemaIssue> {
    validate_doc_with(document, doc, ITEM_BY_ITEM)
}

fn validate_doc_with(document: Document, doc: &Doc, min_items: usize) -> Vec<SchemaIssue> {
    let Some(root) = doc.root().filter(|r| r.is_object()) else {
        let value = doc.root().map_or(Value::Null, |r| r.to_value());
        return validate_as(document, &value);
    };
    let Some(validator) = validator(document) else {
        return validate_as(document, &Value::Null);
    };
    let schema = document.schema();
    let mut issues = Vec::new();
    // Unknown top-level keys are found on the document itself and never become JSON:
    // a file that is not a plan can have tens of thousands.
    let allowed = closed_properties(schema);
    let allowed_set: Option<crate::source::FastSet<&str>> =
        allowed.as_ref().map(|a| a.iter().copied().collect());
    let (entries, unknown): (Vec<_>, Vec<_>) = root
        .entries()
        .partition(|(key, _)| allowed_set.as_ref().is_none_or(|a| a.contains(key)));
    if let Some(allowed) = allowed.as_ref().filter(|_| !unknown.is_empty()) {
        let unknown: Vec<&str> = unknown.iter().map(|(k, _)| *k).collect();
        let candidates: Vec<&str> = allowed
            .iter()
            .copied()
            .filter(|k| root.get(k).is_none())
            .collect();
        let allowed: Arc<[String]> = allowed.iter().map(|k| (*k).to_owned()).collect();
        let place = place_name("");
        issues = unknown_key_issues("", &place, &unknown, &candidates, &allowed);
    }
    let long_lists: Vec<(&str, crate::source::Items<'_>)> = if document == Document::Campaign {
        entries
            .iter()
            .filter_map(|(key, node)| Some((*key, node.as_array()?)))
            .filter(|(key, items)| items.len() >= min_items && item_validator(key).is_some())
            .collect()
    } else {
        Vec::new()
    };
    // The document with its long lists empty (`[]` is valid for each of them, which
    // `item_validator` makes sure of), then every item of each long list.
    let mut skeleton = Map::new();
    for (key, node) in entries {
        let long = long_lists.iter().any(|(k, _)| *k == key);
        let value = if long {
            Value::Array(Vec::new())
        } else {
            node.to_value()
        };
        skeleton.insert(key.to_owned(), value);
    }
    let skeleton = Value::Object(skeleton);
    if !validator.is_valid(&skeleton) {
        describe_all(schema, validator, &skeleton, None, &mut issues);
    }
    drop(skeleton);
    for (key, items) in long_lists {
        let Some(item_validator) = item_validator(key) else {
            continue;
        };
        let found: Vec<Vec<SchemaIssue>> = (0..items.len())
            .into_par_iter()
            .with_min_len(64)
            .map(|i| {
                let item = items.get(i).map_or(Value::Null, |n| n.to_value());
                let mut probe = Map::with_capacity(1);
                probe.insert(key.to_owned(), Value::Array(vec![item]));
                let probe = Value::Object(probe);
                let mut out = Vec::new();
                if !item_validator.is_valid(&probe) {
                    let list = pointer::join("", key);
                    let (from, to) = (format!("{list}/0"), format!("{list}/{i}"));
                    describe_all(schema, item_validator, &probe, Some((&from, &to)), &mut out);
                }
                out
            })
            .collect();
        issues.extend(found.into_iter().flatten());
    }
    finish(issues)
}

/// The keys a document's top level may have, in the schema's order, when it may have no
/// others (`additionalProperties: false`).
fn closed_properties(schema: &Value) -> Option<Vec<&str>> {
    if schema.get("additionalProperties") != Some(&Value::Bool(false)) {
        return None;
    }
    let properties = schema.get("properties")?.as_object()?;
    Some(properties.keys().map(String::as_str).collect())
}

/// A validator for one item of the top-level list `key`, when `key` is a list whose
/// schema is only `type: array` with `items` (so that an empty list stands for it in the
/// rest of the document): the schema `{properties: {key: …}}` with every definition,
/// so keyword locations are the same as in the whole schema.
fn item_validator(key: &str) -> Option<&'static jsonschema::Validator> {
    type Cells = HashMap<String, OnceLock<Option<jsonschema::Validator>>>;
    static VALIDATORS: OnceLock<Cells> = OnceLock::new();
    let schema = Document::Campaign.schema();
    let cells = VALIDATORS.get_or_init(|| {
        let names = schema.get("properties").and_then(Value::as_object);
        names
            .into_iter()
            .flat_map(|p| p.keys())
            .map(|k| (k.clone(), OnceLock::new()))
            .collect()
    });
    // Each is compiled on first use, once for the whole run.
    cells
        .get(key)?
        .get_or_init(|| {
            let property = schema.get("properties")?.get(key)?;
            let only_items = property.as_object()?.iter().all(|(k, v)| match k.as_str() {
                "type" => v == "array",
                "items" => true,
                k => ANNOTATIONS.contains(&k),
            });
            if !only_items || property.get("items").is_none() {
                return None;
            }
            let mut probe = Map::new();
            for name in ["$schema", "$id", "$defs"] {
                if let Some(value) = schema.get(name) {
                    probe.insert(name.to_owned(), value.clone());
                }
            }
            probe.insert("type".into(), "object".into());
            let mut properties = Map::new();
            properties.insert(key.to_owned(), property.clone());
            probe.insert("properties".into(), Value::Object(properties));
            build(&Value::Object(probe))
        })
        .as_ref()
}

/// Keywords that only describe a schema and never fail a value.
const ANNOTATIONS: &[&str] = &["description", "examples", "title", "default", "$comment"];

/// Describes every error of `instance`; with `rebase = Some((from, to))`, pointers
/// that start with `from` are reported as starting with `to` (an item validated alone).
fn describe_all(
    schema: &Value,
    validator: &jsonschema::Validator,
    instance: &Value,
    rebase: Option<(&str, &str)>,
    issues: &mut Vec<SchemaIssue>,
) {
    let moved = |at: &str| match rebase {
        Some((from, to)) => match at.strip_prefix(from) {
            Some(rest) if rest.is_empty() || rest.starts_with('/') => format!("{to}{rest}"),
            _ => at.to_owned(),
        },
        None => at.to_owned(),
    };
    for error in validator.iter_errors(instance) {
        let found_at = error.instance_path().as_str().to_owned();
        let at = moved(&found_at);
        let schema_path = error.schema_path().as_str().to_owned();
        let node = error.instance();
        issues.extend(describe(
            schema,
            instance,
            &found_at,
            &at,
            &schema_path,
            error.kind(),
            node,
        ));
    }
}

/// At most one issue per node (the first) — except that every missing key of an object
/// is its own issue — with misspelt keys merged.
fn finish(mut all: Vec<SchemaIssue>) -> Vec<SchemaIssue> {
    // Which issues to keep, decided over borrowed pointers.
    let keep: Vec<bool> = {
        let mut seen: HashSet<(&str, Option<&str>)> = HashSet::new();
        all.iter()
            .map(|issue| {
                let key = (issue.kind == IssueKind::MissingKey)
                    .then_some(issue.key_hint.as_deref())
                    .flatten();
                seen.insert((issue.pointer.as_str(), key))
            })
            .collect()
    };
    let mut keep = keep.into_iter();
    all.retain(|_| keep.next().unwrap_or(true));
    merge_misspelt_keys(&mut all);
    all
}

/// A misspelt key (`minspend`) is also a missing key (`min_spend`): one mistake. The
/// unknown key, with its suggestion, is reported; the missing key is not, but the
/// object is still set aside as before.
fn merge_misspelt_keys(issues: &mut Vec<SchemaIssue>) {
    // An unknown key with no close suggestion may still be a mangled missing key of the
    // same object (`ity` for `quantity`, `0xid` for `id`). The missing keys are grouped
    // by object once, so each unknown key looks up its own object's.
    let mut missing: HashMap<String, Vec<String>> = HashMap::new();
    for issue in issues.iter().filter(|i| i.kind == IssueKind::MissingKey) {
        if let Some(key) = &issue.key_hint {
            missing
                .entry(issue.pointer.clone())
                .or_default()
                .push(key.clone());
        }
    }
    if !missing.is_empty() {
        for issue in issues
            .iter_mut()
            .filter(|i| i.kind == IssueKind::UnknownKey && i.key_hint.is_none())
        {
            let (Some(parent), Some(unknown)) = (
                pointer::parent(&issue.pointer),
                pointer::last_token(&issue.pointer),
            ) else {
                continue;
            };
            let Some(candidates) = missing.get(parent) else {
                continue;
            };
            let fragment = |k: &&str| {
                unknown.contains(*k)
                    || (unknown.chars().count() >= 2 && k.contains(unknown.as_str()))
            };
            let hit = suggest::closest(&unknown, candidates.iter().map(String::as_str))
                .or_else(|| candidates.iter().map(String::as_str).find(fragment));
            if let Some(hit) = hit {
                if let IssueFacts::UnknownKey { suggestion, .. } = &mut issue.facts {
                    *suggestion = Some(hit.to_owned());
                }
                issue.key_hint = Some(hit.to_owned());
            }
        }
    }
    let misspelt: HashSet<(String, String)> = issues
        .iter()
        .filter(|i| i.kind == IssueKind::UnknownKey)
        .filter_map(|i| {
            let parent = pointer::parent(&i.pointer)?.to_owned();
            Some((parent, i.key_hint.clone()?))
        })
        .collect();
    if misspelt.is_empty() {
        return;
    }
    let mut orphaned_prunes = Vec::new();
    let mut merged: HashMap<(String, String), SchemaIssue> = HashMap::new();
    for issue in std::mem::take(issues) {
        let key = issue
            .key_hint
            .as_ref()
            .filter(|_| issue.kind == IssueKind::MissingKey)
            .map(|k| (issue.pointer.clone(), k.clone()))
            .filter(|key| misspelt.contains(key));
        match key {
            Some(key) => {
                orphaned_prunes.extend(issue.prune.clone());
                merged.insert(key, issue);
            }
            None => issues.push(issue),
        }
    }
    for issue in issues
        .iter_mut()
        .filter(|i| i.kind == IssueKind::UnknownKey)
    {
        let Some(parent) = pointer::parent(&issue.pointer) else {
            continue;
        };
        if let Some(hint) = &issue.key_hint
            && let Some(missing) = merged.remove(&(parent.to_owned(), hint.clone()))
        {
            issue.stands_for = Some(Box::new(missing));
        }
    }
    if orphaned_prunes.is_empty() {
        return;
    }
    // The first unknown key of each object, found in one pass.
    let mut first_unknown: HashMap<&str, usize> = HashMap::new();
    for (index, issue) in issues.iter().enumerate() {
        if issue.kind == IssueKind::UnknownKey
            && let Some(parent) = pointer::parent(&issue.pointer)
        {
            first_unknown.entry(parent).or_insert(index);
        }
    }
    let targets: Vec<(usize, String)> = orphaned_prunes
        .into_iter()
        .filter_map(|prune| Some((*first_unknown.get(prune.as_str())?, prune)))
        .collect();
    for (index, prune) in targets {
        if let Some(issue) = issues.get_mut(index) {
            issue.prune = Some(prune);
        }
    }
}

/// The issues for the unknown keys `unknown` (in document order) of the mapping at
/// `at`: one each, with the closest of `candidates` suggested or else the `listed`
/// keys, for the first [`LISTED_UNKNOWN_KEYS`], then one counting the rest.
fn unknown_key_issues(
    at: &str,
    place: &Msg,
    unknown: &[&str],
    candidates: &[&str],
    allowed: &Arc<[String]>,
) -> Vec<SchemaIssue> {
    let mut issues = Vec::with_capacity(unknown.len().min(LISTED_UNKNOWN_KEYS.saturating_add(1)));
    for (index, key) in unknown.iter().enumerate() {
        let pointer = pointer::join(at, key);
        if index >= LISTED_UNKNOWN_KEYS {
            let rest = unknown.get(index..).unwrap_or_default();
            issues.push(unlisted_keys(&pointer, place, rest, allowed));
            break;
        }
        let suggestion = suggest::closest(key, candidates.iter().copied()).map(str::to_owned);
        issues.push(SchemaIssue {
            kind: IssueKind::UnknownKey,
            pointer: pointer.clone(),
            on_key: true,
            facts: IssueFacts::UnknownKey {
                key: (*key).to_owned(),
                place: place.clone(),
                suggestion: suggestion.clone(),
                allowed: allowed.clone(),
            },
            prune: Some(pointer),
            key_hint: suggestion,
            stands_for: None,
            unlisted: Vec::new(),
        });
    }
    issues
}

/// The one issue counting the unknown keys of a mapping past the first
/// [`LISTED_UNKNOWN_KEYS`], at the first of them (`rest`, in document order).
fn unlisted_keys(
    first_pointer: &str,
    place: &Msg,
    rest: &[&str],
    allowed: &Arc<[String]>,
) -> SchemaIssue {
    SchemaIssue {
        kind: IssueKind::UnknownKey,
        pointer: first_pointer.to_owned(),
        on_key: true,
        facts: IssueFacts::UnlistedKeys {
            place: place.clone(),
            count: rest.len(),
            first: rest.first().copied().unwrap_or_default().to_owned(),
            last: rest.last().copied().unwrap_or_default().to_owned(),
            allowed: allowed.clone(),
        },
        prune: None,
        key_hint: None,
        stands_for: None,
        unlisted: rest.iter().map(|k| (*k).to_owned()).collect(),
    }
}

/// The definition a keyword belongs to, when the keyword sits directly in a `$defs` entry
/// (`/$defs/Percent/type` → `Percent`).
fn def_of(schema_path: &str) -> Option<String> {
    let at = schema_path.rfind("/$defs/")?;
    let rest = &schema_path[at + "/$defs/".len()..];
    let (name, keyword) = rest.split_once('/')?;
    (!keyword.contains('/')).then(|| name.replace("~1", "/").replace("~0", "~"))
}

/// The schema object containing the keyword at `schema_path`.
fn subschema<'a>(schema: &'a Value, schema_path: &str) -> Option<&'a Value> {
    let parent = pointer::parent(schema_path)?;
    schema.pointer(parent)
}

/// One error as issues. `found_at` is where the node is in `root`; `at` is where it is
/// in the document (they differ for an item validated alone).
fn describe(
    schema: &Value,
    root: &Value,
    found_at: &str,
    at: &str,
    schema_path: &str,
    kind: &jsonschema::error::ValidationErrorKind,
    node: &Value,
) -> Vec<SchemaIssue> {
    use jsonschema::error::ValidationErrorKind as K;
    let place = place_name(at);
    let def = def_of(schema_path);
    let sub = subschema(schema, schema_path);
    if let Some(issue) = value_type_issue(at, &place, def.as_deref(), sub, node) {
        return vec![issue];
    }
    match kind {
        K::AdditionalProperties { unexpected } | K::UnevaluatedProperties { unexpected } => {
            let unevaluated = matches!(kind, K::UnevaluatedProperties { .. });
            unknown_keys(
                schema,
                schema_path,
                root,
                found_at,
                at,
                unexpected,
                unevaluated,
            )
        }
        K::Required { property } => vec![missing_key(schema, sub, at, &place, property)],
        K::Type { .. } => vec![wrong_type(schema, sub, at, &place, node)],
        K::Enum { .. } | K::OneOfNotValid { .. } if enum_names(sub).is_some() => {
            let names = enum_names(sub).unwrap_or_default();
            vec![value_issue(
                at,
                IssueFacts::NotAllowed {
                    place,
                    found: found_words(node),
                    text: node.as_str().map(str::to_owned),
                    allowed: names.iter().map(|n| (*n).to_owned()).collect(),
                },
            )]
        }
        K::Constant { expected_value } => {
            let found = found_words(node);
            let expected = expected_value.to_string();
            let facts = if at == "/campspec" {
                IssueFacts::Version { found, expected }
            } else {
                IssueFacts::Constant {
                    place,
                    found,
                    expected,
                }
            };
            vec![value_issue(at, facts)]
        }
        K::MinItems { limit } => vec![SchemaIssue {
            kind: IssueKind::InvalidValue,
            pointer: at.to_owned(),
            on_key: false,
            facts: IssueFacts::MinItems {
                place,
                limit: *limit,
            },
            prune: None,
            key_hint: None,
            stands_for: None,
            unlisted: Vec::new(),
        }],
        _ => {
            let facts = IssueFacts::Limit {
                place,
                found: found_words(node),
                limit: limit_kind(kind),
            };
            vec![value_issue(at, facts)]
        }
    }
}

/// An invalid value at `at`, left out of the plan.
fn value_issue(at: &str, facts: IssueFacts) -> SchemaIssue {
    SchemaIssue {
        kind: IssueKind::InvalidValue,
        pointer: at.to_owned(),
        on_key: false,
        facts,
        prune: Some(at.to_owned()),
        key_hint: None,
        stands_for: None,
        unlisted: Vec::new(),
    }
}

/// An invalid value of a value type (money, a date, a time zone, a currency…), in
/// the words of the type's own parser; `None` when the node is not such a value.
fn value_type_issue(
    at: &str,
    place: &Msg,
    def: Option<&str>,
    sub: Option<&Value>,
    node: &Value,
) -> Option<SchemaIssue> {
    // A value type's own parser gives the best message for any of its failures; the
    // type is known by its custom `format` (inline or behind a `$ref`).
    let format = sub.and_then(|s| s.get("format")).and_then(Value::as_str);
    let value_error = format
        .and_then(|f| values::diagnose_format(f, node))
        .or_else(|| def.and_then(|d| values::diagnose(d, node)));
    if let Some(error) = value_error {
        // A fix stands only for the whole value, and only when its text reads.
        let reads = |text: &str| {
            let node = Value::String(text.to_owned());
            format
                .and_then(|f| values::diagnose_format(f, &node))
                .or_else(|| def.and_then(|d| values::diagnose(d, &node)))
                .is_none()
        };
        let fix = error.fix.filter(|fix| {
            let whole = node.is_number() || node.as_str().is_some_and(|s| s.trim() == fix.of);
            whole && reads(&fix.text)
        });
        let facts = IssueFacts::ValueType {
            place: place.clone(),
            message: error.message,
            help: error.help,
            fix,
        };
        let mut issue = value_issue(at, facts);
        // A list, mapping or nothing where a single value belongs is the wrong shape; a
        // number or text that does not read as the value is an invalid value.
        if matches!(node, Value::Array(_) | Value::Object(_) | Value::Null) {
            issue.kind = IssueKind::WrongType;
        }
        return Some(issue);
    }
    if format == Some(OrderTime::FORMAT)
        && let Some(text) = node.as_str()
        && let Err(error) = OrderTime::parse(text)
    {
        let facts = IssueFacts::ValueType {
            place: place.clone(),
            message: error.message,
            help: error.help,
            fix: None,
        };
        return Some(value_issue(at, facts));
    }
    if (format == Some(TimeZoneName::FORMAT) || def == Some("TimeZoneName"))
        && let Some(name) = node.as_str()
    {
        let facts = IssueFacts::TimeZone {
            place: place.clone(),
            name: name.to_owned(),
            suggestion: TimeZoneName::suggest(name).map(|s| s.to_string()),
        };
        return Some(value_issue(at, facts));
    }
    if (def == Some("CurrencyCode") || at == "/currency")
        && let Some(code) = node.as_str()
    {
        let facts = IssueFacts::Currency {
            place: place.clone(),
            code: code.to_owned(),
        };
        return Some(value_issue(at, facts));
    }
    None
}

/// Unknown keys of one mapping, suggesting the allowed keys not written yet.
fn unknown_keys(
    schema: &Value,
    schema_path: &str,
    root: &Value,
    found_at: &str,
    at: &str,
    unexpected: &[String],
    unevaluated: bool,
) -> Vec<SchemaIssue> {
    let allowed = allowed_keys(schema, schema_path, root, found_at);
    // Worked out once per mapping, however many unknown keys it has: the keys
    // that may be suggested (allowed and not written yet), the allowed keys as a
    // set, and the help listing them.
    let present = root.pointer(found_at).and_then(Value::as_object);
    let candidates: Vec<&str> = allowed
        .iter()
        .filter(|k| !present.is_some_and(|o| o.contains_key(k.as_str())))
        .map(String::as_str)
        .collect();
    let allowed_set: HashSet<&str> = allowed.iter().map(String::as_str).collect();
    let place = place_name(at);
    // A known key of a promotion counts as "unevaluated" when a sibling failed
    // its type branch; that sibling is the one mistake.
    let unknown: Vec<&str> = unexpected
        .iter()
        .map(String::as_str)
        .filter(|key| !(unevaluated && allowed_set.contains(key)))
        .collect();
    let allowed: Arc<[String]> = allowed.iter().cloned().collect();
    unknown_key_issues(at, &place, &unknown, &candidates, &allowed)
}

/// A missing required key, with the key's description as help.
fn missing_key(
    schema: &Value,
    sub: Option<&Value>,
    at: &str,
    place: &Msg,
    property: &Value,
) -> SchemaIssue {
    let name = property.as_str().unwrap_or_default();
    let description = sub
        .and_then(|s| s.pointer(&format!("/properties/{name}")))
        .and_then(|p| property_description(schema, p))
        .map(|english| description_msg(name, &english));
    // A field read as `Known` sets aside nothing: the item is modelled with the
    // field unknown (the check stage counts the field as failed).
    let prune = (!TOLERATES_MISSING.contains(&at)
        && !BLANK_WHEN_MISSING.contains(&name)
        && !crate::model::is_recoverable(&pointer::join(at, name)))
    .then(|| at.to_owned());
    SchemaIssue {
        kind: IssueKind::MissingKey,
        pointer: at.to_owned(),
        on_key: true,
        facts: IssueFacts::MissingKey {
            name: name.to_owned(),
            place: place.clone(),
            description,
        },
        prune,
        key_hint: Some(name.to_owned()),
        stands_for: None,
        unlisted: Vec::new(),
    }
}

/// A value of the wrong type, with an example of the right one.
fn wrong_type(
    schema: &Value,
    sub: Option<&Value>,
    at: &str,
    place: &Msg,
    node: &Value,
) -> SchemaIssue {
    let types = sub.and_then(|s| s.get("type")).map(type_names);
    let example = sub.and_then(|s| example_of(schema, s));
    SchemaIssue {
        kind: IssueKind::WrongType,
        pointer: at.to_owned(),
        on_key: false,
        facts: IssueFacts::WrongType {
            place: place.clone(),
            types,
            found: found_words(node),
            text: node.as_str().map(str::to_owned),
            example,
        },
        prune: Some(at.to_owned()),
        key_hint: None,
        stands_for: None,
        unlisted: Vec::new(),
    }
}

/// The allowed values of an enumeration: `enum: [...]`, or `oneOf` of `const`s (how
/// schemars renders enums whose variants are documented).
fn enum_names(sub: Option<&Value>) -> Option<Vec<&str>> {
    let sub = sub?;
    if let Some(options) = sub.get("enum").and_then(Value::as_array) {
        return Some(options.iter().filter_map(Value::as_str).collect());
    }
    let branches = sub.get("oneOf")?.as_array()?;
    branches
        .iter()
        .map(|b| b.get("const").and_then(Value::as_str))
        .collect()
}

fn limit_kind(kind: &jsonschema::error::ValidationErrorKind) -> LimitKind {
    use jsonschema::error::ValidationErrorKind as K;
    match kind {
        K::Minimum { limit } => LimitKind::Minimum(limit.to_string()),
        K::Maximum { limit } => LimitKind::Maximum(limit.to_string()),
        K::ExclusiveMinimum { limit } => LimitKind::ExclusiveMinimum(limit.to_string()),
        K::MaxLength { limit } => LimitKind::MaxLength(limit.to_string()),
        K::Pattern { .. } | K::Format { .. } => LimitKind::Form,
        _ => LimitKind::Other,
    }
}

/// "`coupons[2]`" or "the top level".
fn place_name(at: &str) -> Msg {
    if at.is_empty() {
        msg!("place-top-level")
    } else {
        msg!("place-path", path = pointer::display_path(at))
    }
}

/// Items joined with commas (`a, b, c` / `a、b、c`), one catalogue link at a time.
pub fn comma_list<T: AsRef<str>>(items: &[T]) -> Msg {
    match items.split_last() {
        None => Msg::raw(""),
        Some((last, rest)) => rest
            .iter()
            .rev()
            .fold(Msg::raw(last.as_ref()), |tail, item| {
                msg!("list-comma", first = item.as_ref(), rest = tail)
            }),
    }
}

/// The JSON types a schema's `type` names (`value` when it names none it can read).
fn type_names(types: &Value) -> Vec<String> {
    match types {
        Value::String(t) => vec![t.clone()],
        Value::Array(ts) => ts
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => vec!["value".to_owned()],
    }
}

/// How a value reads in a message.
pub(crate) fn found_words(node: &Value) -> Msg {
    match node {
        Value::Null => msg!("found-nothing"),
        Value::Bool(b) => msg!("found-value", value = b.to_string()),
        Value::Number(n) => msg!("found-number", value = n.to_string()),
        Value::String(s) => {
            let shown: String = s.chars().take(40).collect();
            let ellipsis = if s.chars().count() > 40 { "…" } else { "" };
            msg!("found-value", value = format!("{shown}{ellipsis}"))
        }
        Value::Array(_) => msg!("found-list"),
        Value::Object(_) => msg!("found-mapping"),
    }
}

/// A key's description as a message: the catalogue's `field-<Def>-<key>` whose English
/// is the schema's description (the Chinese catalogue gives it in Chinese), or, for a
/// description the catalogue lacks, the English alone (`s002-help-english` shows it in
/// English only).
fn description_msg(name: &str, english: &str) -> Msg {
    let suffix = format!("-{name}");
    crate::i18n::catalogue::KEYS
        .iter()
        .map(|(key, _)| *key)
        .filter(|key| key.starts_with("field-") && key.ends_with(&suffix))
        .find(|key| crate::i18n::catalogue::format(crate::i18n::Lang::En, key, &[]) == english)
        .map_or_else(|| Msg::raw(english), Msg::key)
}

fn property_description(schema: &Value, property: &Value) -> Option<String> {
    property
        .get("description")
        .or_else(|| super::follow_ref(schema, property).get("description"))
        .and_then(Value::as_str)
        .map(|d| d.lines().next().unwrap_or(d).trim().to_owned())
}

/// The first example of a value, for help; lists and mappings (the examples of sections
/// such as `goals`, shown by editors) are too long for one line of help.
fn example_of(schema: &Value, node: &Value) -> Option<String> {
    let node = super::follow_ref(schema, node);
    let example = node.get("examples")?.as_array()?.first()?;
    match example {
        Value::String(s) => Some(format!("`{s}`")),
        Value::Array(_) | Value::Object(_) => None,
        other => Some(format!("`{other}`")),
    }
}

/// The keys a mapping may have at `at`: the properties of the schema object holding the
/// failing keyword, plus, for a promotion, those of its `type`.
fn allowed_keys(schema: &Value, schema_path: &str, root: &Value, at: &str) -> Vec<String> {
    let Some(sub) = subschema(schema, schema_path) else {
        return Vec::new();
    };
    let mut keys: Vec<String> = sub
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    let kind = root
        .pointer(at)
        .and_then(|v| v.get("type"))
        .and_then(Value::as_str);
    if let Some(branches) = sub.get("allOf").and_then(Value::as_array) {
        let tag = |b: &Value| {
            b.pointer("/if/properties/type/const")
                .and_then(Value::as_str)
                .map(str::to_owned)
        };
        let known_kind = kind.is_some() && branches.iter().any(|b| tag(b).as_deref() == kind);
        for branch in branches {
            // Without a valid `type` nobody knows which fields belong: accept them all,
            // so that only the `type` itself is reported.
            if known_kind && tag(branch).as_deref() != kind {
                continue;
            }
            if let Some(props) = branch
                .pointer("/then/properties")
                .and_then(Value::as_object)
            {
                for key in props.keys() {
                    if !keys.contains(key) {
                        keys.push(key.clone());
                    }
                }
            }
        }
    }
    keys
}

/// Keys already written in the object at `at` (never suggested for a misspelt one).
#[cfg(test)]
mod tests {
    use super::*;

    /// The bundled plans and hundreds of damaged copies: validating every list item by
    /// item (as a large plan's long lists are) gives exactly the issues of validating
    /// the whole document as one JSON value.
    #[test]
    fn item_by_item_gives_the_issues_of_the_whole_document() {
        use crate::source::testing::{bundled_plans, damaged_plans};
        let (mut compared, mut with_issues) = (0, 0);
        for text in bundled_plans().into_iter().chain(damaged_plans(60)) {
            let loaded = crate::source::yaml::load(&text, Default::default());
            if loaded.fatal {
                continue;
            }
            // The same issues; their order does not matter (findings are sorted by
            // place).
            let sorted = |mut issues: Vec<SchemaIssue>| {
                issues.sort_by(|a, b| {
                    (&a.pointer, format!("{:?}", a.facts))
                        .cmp(&(&b.pointer, format!("{:?}", b.facts)))
                });
                issues
            };
            let whole = sorted(validate_as(Document::Campaign, &loaded.doc.to_value()));
            let by_item = sorted(validate_doc_with(Document::Campaign, &loaded.doc, 1));
            assert_eq!(by_item, whole, "{text}");
            compared += 1;
            if !whole.is_empty() {
                with_issues += 1;
            }
        }
        assert!(compared >= 120, "only {compared} plans compared");
        assert!(with_issues >= 60, "only {with_issues} plans with issues");
    }

    #[test]
    fn def_names_come_from_the_keyword_location() {
        assert_eq!(def_of("/$defs/Percent/type").as_deref(), Some("Percent"));
        assert_eq!(def_of("/$defs/Coupon/properties/x/type"), None);
        assert_eq!(def_of("/properties/id/type"), None);
    }
}
