//! The validate and model steps, shared by plans and carts: the loader's problems and
//! the schema's issues become findings, what failed is set aside, and the model is read
//! from everything that passed.

use super::locate::{Collector, Locator};
use super::speed;
use crate::finding::Applicability;
use crate::model;
use crate::rules::registry::{self, StageProblem};
use crate::rules::{self, Place};
use crate::schema::{self, IssueKind, SchemaIssue};
use crate::source::{Loaded, ProblemKind, pointer};
use std::collections::HashSet;

/// The front stages shared by specs and carts: YAML, schema, model. Reports their
/// findings and returns the modelled document with the pointers that were set aside.
pub(crate) fn front<T: serde::de::DeserializeOwned + Default + Send>(
    loaded: &Loaded,
    locator: &Locator<'_>,
    document: schema::Document,
    out: &mut Collector<'_>,
) -> Option<(T, Vec<String>)> {
    if loaded.fatal {
        report_loader_problems(loaded, &[], out);
        return None;
    }
    // Schema: every issue at once; values the loader set aside are not reported again.
    let set_aside: HashSet<&str> = loaded.set_aside.iter().map(String::as_str).collect();
    let (issues, early) = speed::schema_beside_model(
        || {
            schema::validate_doc(document, &loaded.doc)
                .into_iter()
                .filter(|issue| !within_any(&issue.pointer, &set_aside))
                .collect::<Vec<_>>()
        },
        || {
            if loaded.set_aside.is_empty() {
                T::deserialize(loaded.doc.reader(&Default::default())).ok()
            } else {
                None
            }
        },
    );
    report_loader_problems(loaded, &issues, out);
    let mut left_out = LeftOut {
        failed: loaded.set_aside.clone(),
        ..LeftOut::default()
    };
    // With unknown keys silenced (S001 off), a misspelt required key is still a missing
    // key: the item lacks it, and that is reported instead.
    let unknown_keys_silenced = out.is_off(&rules::schema::UnknownKey::META);
    for found in &issues {
        let issue = match &found.stands_for {
            Some(missing) if unknown_keys_silenced => missing,
            _ => found,
        };
        report_issue(issue, locator, out);
        left_out.note(found, issue);
    }
    Some(read_model(loaded, locator, &issues, early, left_out, out))
}

/// Reports the loader's problems; a YAML 1.1 lint on a value the schema finds wrong
/// anyway (`issues`) is one mistake, shown once.
fn report_loader_problems(loaded: &Loaded, issues: &[SchemaIssue], out: &mut Collector<'_>) {
    let issue_at: HashSet<&str> = issues.iter().map(|i| i.pointer.as_str()).collect();
    for problem in &loaded.problems {
        if problem.kind == ProblemKind::Yaml11Ambiguity
            && issue_at.contains(problem.pointer.as_str())
        {
            continue;
        }
        out.push_problem(
            registry::stage_rule(StageProblem::Load(problem.kind)),
            problem,
        );
    }
}

/// Reports one schema issue, labelled at its key or value.
fn report_issue(issue: &SchemaIssue, locator: &Locator<'_>, out: &mut Collector<'_>) {
    let primary = match (issue.kind, issue.on_key) {
        (IssueKind::MissingKey, _) if is_list_item(&issue.pointer) => {
            locator.item_label(&issue.pointer)
        }
        (_, true) => locator.label(&Place::key(&issue.pointer), None),
        (_, false) => locator.label(&Place::value(&issue.pointer), None),
    };
    let meta = registry::stage_rule(StageProblem::Schema(issue.kind));
    let words = registry::schema_words(&issue.facts);
    let fixes = issue_fix(issue, locator)
        .and_then(|fix| locator.fix(&fix, out.lang()))
        .into_iter()
        .collect();
    out.push_fixed(meta, meta.severity, (primary, Vec::new()), words, fixes);
}

/// A fix from the facts of `issue`, if it has one.
fn issue_fix(issue: &SchemaIssue, locator: &Locator<'_>) -> Option<rules::DraftFix> {
    match &issue.facts {
        schema::IssueFacts::ValueType { fix: Some(fix), .. } => Some(rules::DraftFix::replace(
            if fix.safe {
                Applicability::Safe
            } else {
                Applicability::Unsafe
            },
            fix.title.clone(),
            Place::value(&issue.pointer),
            fix.text.as_str(),
        )),
        _ => key_fix(issue, locator),
    }
}

/// For a misspelt key: renaming it to the key it was evidently meant to be — safe when
/// that key is the only one as close and the mapping does not hold it already.
fn key_fix(issue: &SchemaIssue, locator: &Locator<'_>) -> Option<rules::DraftFix> {
    let schema::IssueFacts::UnknownKey {
        key,
        suggestion: Some(meant),
        allowed,
        ..
    } = &issue.facts
    else {
        return None;
    };
    let parent = pointer::parent(&issue.pointer)?;
    if locator.exists(&pointer::join(parent, meant)) {
        return None;
    }
    let unambiguous =
        crate::suggest::unambiguous(key, allowed.iter().map(String::as_str)) == Some(meant);
    let applicability = if unambiguous {
        Applicability::Safe
    } else {
        Applicability::Unsafe
    };
    Some(rules::DraftFix::replace(
        applicability,
        crate::msg!("fix-rename-key", key = key.as_str(), meant = meant.as_str()),
        Place::key(&issue.pointer),
        meant.as_str(),
    ))
}

/// What the schema's issues leave out of the model.
#[derive(Default)]
struct LeftOut {
    /// Pointers of values that failed (the rules see them as failed).
    failed: Vec<String>,
    /// Display texts read as empty when missing: (item pointer, key).
    blanks: Vec<(String, &'static str)>,
    /// Unknown keys, left out but no failed value of the plan.
    unknown_keys: Vec<String>,
    /// The unknown keys counted by one issue, by mapping.
    unlisted: Vec<(String, Vec<String>)>,
}

impl LeftOut {
    /// Notes what the issue `found` (reported as `issue`) leaves out of the model.
    fn note(&mut self, found: &SchemaIssue, issue: &SchemaIssue) {
        // The unknown keys counted by one issue are left out of the model by name.
        if !found.unlisted.is_empty()
            && let Some(mapping) = pointer::parent(&found.pointer)
        {
            self.unlisted
                .push((mapping.to_owned(), found.unlisted.clone()));
        }
        // An unknown key is left out of the model, but it is no failed value of the
        // plan: the section holding it stays clean for the rules.
        match &found.prune {
            Some(prune) if found.kind == IssueKind::UnknownKey && *prune == found.pointer => {
                self.unknown_keys.push(prune.clone());
            }
            Some(prune) => self.failed.push(prune.clone()),
            None => {}
        }
        // A missing display text (an item's `name`, also when misspelt) or copy channel
        // sets aside only itself: it reads as empty (or unknown) and the item's other
        // fields are still checked.
        let blank = std::iter::once(found)
            .chain(found.stands_for.as_deref())
            // List items only: the top level, `window` and `budget` keep their
            // fields optional in the model already.
            .find(|i| i.kind == IssueKind::MissingKey && is_list_item(&i.pointer))
            .and_then(|i| {
                let key = schema::BLANK_WHEN_MISSING
                    .iter()
                    .find(|k| i.key_hint.as_deref() == Some(**k))?;
                Some((i.pointer.clone(), *key))
            });
        if let Some(blank) = blank {
            self.blanks.push(blank);
            return;
        }
        // A missing field read as `Known` sets aside only itself: the item is modelled
        // with that field unknown, and the field (not the item) counts as failed.
        if let (IssueKind::MissingKey, None, Some(key)) =
            (issue.kind, &issue.prune, &issue.key_hint)
        {
            let field = pointer::join(&issue.pointer, key);
            if model::is_recoverable(&field) {
                self.failed.push(field);
            }
        }
        // A misspelt key (`promotoins`) hides the node it meant: references into it
        // cannot be judged, so that node counts as failed too.
        if let (IssueKind::UnknownKey, Some(meant), Some(parent)) =
            (found.kind, &found.key_hint, pointer::parent(&found.pointer))
        {
            self.failed.push(pointer::join(parent, meant));
        }
    }
}

/// The model step: everything that passed, read into `T` (the model read beside the
/// schema when nothing failed), with the sorted pointers of what failed.
fn read_model<T: serde::de::DeserializeOwned + Default>(
    loaded: &Loaded,
    locator: &Locator<'_>,
    issues: &[SchemaIssue],
    early: Option<T>,
    left_out: LeftOut,
    out: &mut Collector<'_>,
) -> (T, Vec<String>) {
    let LeftOut {
        mut failed,
        blanks,
        unknown_keys,
        unlisted,
    } = left_out;
    let (value, dropped) = match early {
        Some(value) if issues.is_empty() => (value, Vec::new()),
        _ => {
            let mut pruned = failed.clone();
            pruned.extend(unknown_keys.iter().cloned());
            model::model_pruning::<T>(&loaded.doc, &pruned, &unlisted, &blanks)
        }
    };
    for (at, message) in &dropped {
        // A plan that could not be read at all is reported whatever else was.
        let covered = !at.is_empty()
            && issues
                .iter()
                .any(|i| pointer::is_within(at, &i.pointer) || pointer::is_within(&i.pointer, at));
        if !covered {
            let meta = &rules::schema::UnreadableValue::META;
            let label = locator.label(&Place::value(at), None);
            let words = rules::schema::UnreadableValue::words(at, message);
            out.push(meta, meta.severity, label, words, Vec::new());
        }
        failed.push(at.clone());
    }
    failed.sort();
    failed.dedup();
    (value, failed)
}

/// Whether `at` lies at or under one of `nodes`: checks `at` and each of its ancestors
/// in the set, so it costs the depth of `at`, not the number of nodes.
fn within_any(at: &str, nodes: &HashSet<&str>) -> bool {
    pointer::ancestors(at).any(|p| nodes.contains(p))
}

fn is_list_item(at: &str) -> bool {
    pointer::last_token(at).is_some_and(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
}
