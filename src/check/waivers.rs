//! The waivers step, after the rules: each waiver silences the findings of one rule at
//! one place; waivers that are invalid, expired or unused are reported by the rules
//! `C001`–`C003`, whose files (`rules::waivers`) say when each applies and word it.

use super::locate::{Collector, Locator};
use crate::finding::Finding;
use crate::model::Campaign;
use crate::rules::waivers::{WaiverExpired, WaiverInvalid, WaiverUnused};
use crate::rules::{Draft, registry};
use crate::source::pointer;
use crate::source::{Doc, NodeRef};
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
            let did_you_mean = crate::rules::refs::did_you_mean(&waiver.rule, names);
            outcome
                .drafts
                .push(WaiverInvalid::unknown_rule(&at, waiver, did_you_mean));
            continue;
        };
        let meta = rule.meta();
        if !WaiverInvalid::can_be_waived(meta) {
            outcome
                .drafts
                .push(WaiverInvalid::cannot_be_waived(&at, meta));
            continue;
        }
        let Some(target) = resolve_place(document, &waiver.at) else {
            outcome
                .drafts
                .push(WaiverInvalid::unknown_place(&at, waiver));
            continue;
        };
        if let Some(expired) = WaiverExpired::check(&at, waiver, meta, today) {
            outcome.drafts.push(expired);
            continue;
        }
        let before = outcome.silenced.len();
        for (k, finding) in findings.iter().enumerate() {
            if finding.code == meta.code && pointer::is_within(&finding.primary.pointer, &target) {
                outcome.silenced.push(k);
            }
        }
        if outcome.silenced.len() == before {
            outcome.drafts.push(WaiverUnused::draft(&at, waiver, meta));
        }
    }
    outcome.silenced.sort_unstable();
    outcome.silenced.dedup();
    outcome
}

/// The waivers step: applies the plan's waivers to the rules' findings collected since
/// `mark` (earlier stages cannot be waived), removes those silenced and adds the
/// findings about the waivers themselves.
pub(crate) fn apply(
    campaign: &Campaign,
    document: &Doc,
    today: Date,
    mark: usize,
    locator: &Locator<'_>,
    out: &mut Collector<'_>,
) {
    let outcome = evaluate(campaign, document, today, out.since(mark));
    out.remove_since(mark, &outcome.silenced);
    for draft in outcome.drafts {
        out.push_draft(locator, draft);
    }
}
