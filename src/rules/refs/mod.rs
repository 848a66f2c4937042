//! Reference rules: every id a field names must exist, and ids are unique.

mod duplicate_id;
mod duplicate_plan_id;
mod unknown_budget_line;
mod unknown_goal;
mod unknown_offer;
mod unknown_phase;
mod unknown_team;

pub use duplicate_id::DuplicateId;
pub use duplicate_plan_id::DuplicatePlanId;
pub use unknown_budget_line::UnknownBudgetLine;
pub use unknown_goal::UnknownGoal;
pub use unknown_offer::UnknownOffer;
pub use unknown_phase::UnknownPhase;
pub use unknown_team::UnknownTeam;

use crate::finding::Applicability;
use crate::i18n::{Arg, Msg};
use crate::model::Loc;
use crate::msg;
use crate::rules::{Ctx, Draft, DraftFix, Meta, Place};
use crate::suggest;

/// What a reference names.
#[derive(Clone, Copy)]
pub(crate) enum Kind {
    Team,
    Goal,
    Phase,
    /// A promotion or a coupon.
    Offer,
    BudgetLine,
}

impl Kind {
    /// The thing named (`team`).
    fn what(self) -> Msg {
        match self {
            Kind::Team => msg!("ref-team"),
            Kind::Goal => msg!("ref-goal"),
            Kind::Phase => msg!("ref-phase"),
            Kind::Offer => msg!("ref-offer"),
            Kind::BudgetLine => msg!("ref-budget-line"),
        }
    }

    /// The things named, in the plural (`teams`).
    fn whats(self) -> Msg {
        match self {
            Kind::Team => msg!("ref-teams"),
            Kind::Goal => msg!("ref-goals"),
            Kind::Phase => msg!("ref-phases"),
            Kind::Offer => msg!("ref-offers"),
            Kind::BudgetLine => msg!("ref-budget-lines"),
        }
    }

    /// The section (or sections) where they are declared.
    fn section(self) -> Msg {
        match self {
            Kind::Team => msg!("ref-section-team"),
            Kind::Goal => msg!("ref-section-goal"),
            Kind::Phase => msg!("ref-section-phase"),
            Kind::Offer => msg!("ref-section-offer"),
            Kind::BudgetLine => msg!("ref-section-budget-line"),
        }
    }
}

/// Ids listed one after the other (`a, b, c` / `a、b、c`), as one argument.
pub(crate) fn id_list<'a>(ids: impl DoubleEndedIterator<Item = &'a str>) -> Arg {
    let mut ids = ids.rev().map(|id| msg!("plan-id", id = id));
    let Some(last) = ids.next() else {
        return Arg::from("");
    };
    ids.fold(Arg::from(last), |tail, head| {
        Arg::from(msg!("plan-list", head = head, tail = tail))
    })
}

/// "did you mean `…`?", when one of `candidates` is close to `wrong`.
pub(crate) fn did_you_mean<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<Msg> {
    suggest::closest(wrong, candidates).map(|name| msg!("plan-did-you-mean", name = name))
}

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
/// `kind` names the kind of thing referenced and where they are declared.
pub(crate) fn report_unknown<'a>(
    ctx: &Ctx<'_>,
    meta: &'static Meta,
    refs: impl IntoIterator<Item = Ref<'a>>,
    known: &[&str],
    kind: Kind,
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
        let help = did_you_mean(id, known.iter().copied()).unwrap_or_else(|| {
            if known.is_empty() {
                msg!("ref-declare", section = kind.section())
            } else {
                let mut list: Vec<&str> = known_set.iter().copied().collect();
                list.sort_unstable();
                const SHOWN: usize = 12;
                if list.len() > SHOWN {
                    let more = list.len().saturating_sub(SHOWN);
                    list.truncate(SHOWN);
                    msg!(
                        "ref-known-more",
                        whats = kind.whats(),
                        list = id_list(list.into_iter()),
                        more = more,
                    )
                } else {
                    msg!(
                        "ref-known",
                        whats = kind.whats(),
                        list = id_list(list.into_iter()),
                    )
                }
            }
        });
        let mut draft = Draft::new(
            meta,
            reference.at,
            msg!("ref-unknown", what = kind.what(), id = id),
        )
        .help(help);
        if reference.on_key {
            draft = draft.on_key();
        }
        if let Some(meant) = suggest::unambiguous(id, known.iter().copied()) {
            let place = if reference.on_key {
                Place::key(draft.at.pointer.clone())
            } else {
                Place::value(draft.at.pointer.clone())
            };
            draft = draft.fix(DraftFix::replace(
                Applicability::Safe,
                msg!("fix-replace-id", id = id, meant = meant),
                place,
                meant,
            ));
        }
        out.push(draft);
    }
}
