//! Reference rules: every id a field names must exist, and ids are unique.

mod duplicate_id;
mod duplicate_plan_id;
mod unknown_goal;
mod unknown_offer;
mod unknown_phase;
mod unknown_team;

pub use duplicate_id::DuplicateId;
pub use duplicate_plan_id::DuplicatePlanId;
pub use unknown_goal::UnknownGoal;
pub use unknown_offer::UnknownOffer;
pub use unknown_phase::UnknownPhase;
pub use unknown_team::UnknownTeam;

use crate::model::Loc;
use crate::rules::{Ctx, Draft, Meta};
use crate::suggest;

/// One reference to check: the id it names and where it is written.
pub(crate) struct Ref<'a> {
    id: &'a str,
    at: Loc,
    /// The id is a mapping key: findings point at the key.
    on_key: bool,
}

impl<'a> Ref<'a> {
    /// `id`, written at `at` (the pointer is written out only for a finding: a large
    /// plan has tens of thousands of references and few findings).
    pub(crate) fn at(at: impl Into<Loc>, id: &'a str) -> Ref<'a> {
        Ref {
            id,
            at: at.into(),
            on_key: false,
        }
    }

    /// The id is written as a mapping key.
    pub(crate) fn on_key(self) -> Ref<'a> {
        Ref {
            on_key: true,
            ..self
        }
    }

    pub(crate) fn id(&self) -> &'a str {
        self.id
    }

    /// Where the reference is written.
    pub(crate) fn loc(&self) -> &Loc {
        &self.at
    }
}

/// Reports every reference in `refs` that is not among `known`, with a did-you-mean.
/// `what` names the kind of thing referenced ("team"), `section` where they are declared.
pub(crate) fn report_unknown<'a>(
    ctx: &Ctx<'_>,
    meta: &'static Meta,
    refs: impl IntoIterator<Item = Ref<'a>>,
    known: &[&str],
    what: &str,
    section: &str,
    out: &mut Vec<Draft>,
) {
    let known_set: std::collections::HashSet<&str> = known.iter().copied().collect();
    for reference in refs {
        let id = reference.id;
        // An empty id is a reference that is missing (read as empty so that its item is
        // still checked); its absence is reported where it is (S002).
        if id.is_empty() || known_set.contains(id) {
            continue;
        }
        if ctx.failed_at(&reference.at) {
            continue;
        }
        let help = suggest::did_you_mean(id, known.iter().copied()).unwrap_or_else(|| {
            if known.is_empty() {
                format!("declare it under `{section}`")
            } else {
                let mut list: Vec<&str> = known_set.iter().copied().collect();
                list.sort_unstable();
                const SHOWN: usize = 12;
                if list.len() > SHOWN {
                    let more = list.len().saturating_sub(SHOWN);
                    list.truncate(SHOWN);
                    format!("known {what}s: {}, … ({more} more)", list.join(", "))
                } else {
                    format!("known {what}s: {}", list.join(", "))
                }
            }
        });
        let mut draft = Draft::new(meta, reference.at, format!("unknown {what} `{id}`")).help(help);
        if reference.on_key {
            draft = draft.on_key();
        }
        out.push(draft);
    }
}
