//! Waivers, applied by the check stage after the rules: each silences the findings of
//! one rule at one place; the stage reports waivers that are invalid, expired or unused
//! (the rules `C001`–`C003` declared in `rules::waivers`).

use crate::finding::Finding;
use crate::model::Campaign;
use crate::rules::waivers::{WaiverExpired, WaiverInvalid, WaiverUnused};
use crate::rules::{Draft, registry};
use crate::source::pointer;
use crate::source::{Doc, NodeRef};
use crate::suggest;
use crate::values::Date;

/// What the waivers of a file do to its findings.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Indices of findings silenced by a valid waiver.
    pub silenced: Vec<usize>,
    /// Findings about the waivers themselves.
    pub drafts: Vec<Draft>,
}

/// Resolves a waiver's `at` to a JSON pointer that exists in the document.
///
/// Accepts a pointer (`/copy/2/text`) or an id path (`copy.hero.text`): each dotted
/// segment is a key of a mapping, or the `id` of an item of a list.
pub fn resolve_place(document: &Doc, at: &str) -> Option<String> {
    let at = at.trim();
    if at.starts_with('/') {
        return document.pointer(at).map(|_| at.to_owned());
    }
    let mut current = document.root()?;
    let mut out = String::new();
    for segment in at.split('.') {
        if current.is_object() {
            current = current.get(segment)?;
            pointer::push_token(&mut out, segment);
        } else {
            let (index, item) = current
                .as_array()?
                .iter()
                .enumerate()
                .find(|(_, item)| item.get("id").and_then(NodeRef::as_str) == Some(segment))?;
            current = item;
            pointer::push_index(&mut out, index);
        }
    }
    Some(out)
}

/// Applies the waivers of `campaign` (loaded as `document`) to `findings`, the rules'
/// findings; a waiver that expired before `today` silences nothing.
pub fn evaluate(campaign: &Campaign, document: &Doc, today: Date, findings: &[Finding]) -> Outcome {
    let mut outcome = Outcome::default();
    for (at, waiver) in campaign.waivers_at() {
        let Some(rule) = registry::find(&waiver.rule) else {
            let names = registry::all()
                .iter()
                .flat_map(|r| [r.meta().code, r.meta().name]);
            outcome.drafts.push(
                Draft::new(
                    &WaiverInvalid::META,
                    at.rule(),
                    format!(
                        "the waiver names `{}`, which is not a campspec rule",
                        waiver.rule
                    ),
                )
                .help(
                    suggest::did_you_mean(&waiver.rule, names)
                        .unwrap_or_else(|| "`campspec rules` lists every rule".into()),
                ),
            );
            continue;
        };
        let meta = rule.meta();
        if meta.is_locked() || meta.family == "waivers" {
            outcome.drafts.push(
                Draft::new(
                    &WaiverInvalid::META,
                    at.rule(),
                    format!("findings of {} `{}` cannot be waived", meta.code, meta.name),
                )
                .help("fix the spec instead: this rule means part of the file could not be read"),
            );
            continue;
        }
        let Some(target) = resolve_place(document, &waiver.at) else {
            outcome.drafts.push(
                Draft::new(
                    &WaiverInvalid::META,
                    at.at(),
                    format!("the waiver's place `{}` is not in this spec", waiver.at),
                )
                .help("write a JSON pointer (`/copy/2/text`) or an id path (`copy.hero.text`)"),
            );
            continue;
        };
        if let Some(expires) = &waiver.expires {
            if *expires < today {
                outcome.drafts.push(
                    Draft::new(
                        &WaiverExpired::META,
                        at.expires(),
                        format!(
                            "the waiver of `{}` at `{}` expired on {expires}; the finding it covered is reported again",
                            meta.name, waiver.at
                        ),
                    )
                    .help(format!("ask {} to renew it with a later `expires`, or fix the finding and delete the waiver", waiver.approved_by)),
                );
                continue;
            }
        }
        let before = outcome.silenced.len();
        for (k, finding) in findings.iter().enumerate() {
            if finding.code == meta.code && pointer::is_within(&finding.primary.pointer, &target) {
                outcome.silenced.push(k);
            }
        }
        if outcome.silenced.len() == before {
            outcome.drafts.push(
                Draft::new(
                    &WaiverUnused::META,
                    at.rule(),
                    format!(
                        "the waiver of `{}` at `{}` silences nothing",
                        meta.name, waiver.at
                    ),
                )
                .help("the finding is gone: delete the waiver"),
            );
        }
    }
    outcome.silenced.sort_unstable();
    outcome.silenced.dedup();
    outcome
}
