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

use crate::rules::{Ctx, Draft, Meta};
use crate::suggest;

/// One reference to check: the id it names and where it is written.
pub(crate) struct Ref<'a> {
    id: &'a str,
    at: At,
    /// The id is a mapping key: findings point at the key.
    on_key: bool,
}

/// Where a reference is written. The parts are kept and the pointer written only for a
/// finding: a large plan has tens of thousands of references and few findings.
enum At {
    Pointer(String),
    /// `{list}/{i}{field}`.
    Field(&'static str, usize, &'static str),
    /// `{list}/{i}{field}/{j}`.
    Entry(&'static str, usize, &'static str, usize),
}

impl<'a> Ref<'a> {
    /// `id`, written at `pointer`.
    pub(crate) fn at(pointer: String, id: &'a str) -> Ref<'a> {
        Ref {
            id,
            at: At::Pointer(pointer),
            on_key: false,
        }
    }

    /// `id`, written at `{list}/{i}{field}` (`field` is empty or starts with `/`).
    pub(crate) fn field(list: &'static str, i: usize, field: &'static str, id: &'a str) -> Ref<'a> {
        Ref {
            id,
            at: At::Field(list, i, field),
            on_key: false,
        }
    }

    /// `id`, the `j`-th entry of `{list}/{i}{field}`.
    pub(crate) fn entry(
        list: &'static str,
        i: usize,
        field: &'static str,
        j: usize,
        id: &'a str,
    ) -> Ref<'a> {
        Ref {
            id,
            at: At::Entry(list, i, field, j),
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

    /// The JSON pointer of the reference.
    pub(crate) fn pointer(&self) -> String {
        match &self.at {
            At::Pointer(p) => p.clone(),
            At::Field(list, i, field) => format!("{list}/{i}{field}"),
            At::Entry(list, i, field, j) => format!("{list}/{i}{field}/{j}"),
        }
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
        let pointer = reference.pointer();
        if ctx.failed_at(&pointer) {
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
        let mut draft = Draft::new(meta, pointer, format!("unknown {what} `{id}`")).help(help);
        if reference.on_key {
            draft = draft.on_key();
        }
        out.push(draft);
    }
}
