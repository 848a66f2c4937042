//! Reference rules: every id a field names must exist, and ids are unique.

mod duplicate_id;
mod unknown_goal;
mod unknown_offer;
mod unknown_phase;
mod unknown_team;

pub use duplicate_id::DuplicateId;
pub use unknown_goal::UnknownGoal;
pub use unknown_offer::UnknownOffer;
pub use unknown_phase::UnknownPhase;
pub use unknown_team::UnknownTeam;

use crate::rules::{Ctx, Draft, Meta};
use crate::suggest;

/// Reports every reference in `refs` that is not among `known`, with a did-you-mean.
/// `what` names the kind of thing referenced ("team"), `section` where they are declared.
pub(crate) fn report_unknown(
    ctx: &Ctx<'_>,
    meta: &'static Meta,
    refs: &[(String, String, bool)],
    known: &[&str],
    what: &str,
    section: &str,
    out: &mut Vec<Draft>,
) {
    let known_set: std::collections::HashSet<&str> = known.iter().copied().collect();
    for (pointer, id, on_key) in refs {
        if known_set.contains(id.as_str()) || ctx.failed_at(pointer) {
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
                    let more = list.len() - SHOWN;
                    list.truncate(SHOWN);
                    format!("known {what}s: {}, … ({more} more)", list.join(", "))
                } else {
                    format!("known {what}s: {}", list.join(", "))
                }
            }
        });
        let mut draft =
            Draft::new(meta, pointer.clone(), format!("unknown {what} `{id}`")).help(help);
        if *on_key {
            draft = draft.on_key();
        }
        out.push(draft);
    }
}
