//! Wording rules: terms from the lexicons (`lexicons/*.yaml`) found in customer-facing
//! text, each rule for one jurisdiction's law. The underline covers exactly the words.

mod cn_absolute_claim;
mod cn_final_interpretation;
mod cn_medical_claim;
mod cn_ranking_claim;
mod cn_state_endorsement;
mod en_endorsement_claim;
mod en_final_decision_clause;
mod en_guarantee_claim;
mod en_superlative_claim;
mod pairs;

pub use cn_absolute_claim::CnAbsoluteClaim;
pub use cn_final_interpretation::CnFinalInterpretation;
pub use cn_medical_claim::CnMedicalClaim;
pub use cn_ranking_claim::CnRankingClaim;
pub use cn_state_endorsement::CnStateEndorsement;
pub use en_endorsement_claim::EnEndorsementClaim;
pub use en_final_decision_clause::EnFinalDecisionClause;
pub use en_guarantee_claim::EnGuaranteeClaim;
pub use en_superlative_claim::EnSuperlativeClaim;

use crate::finding::Severity;
use crate::rules::{Ctx, Draft, Meta};
use crate::wording::{Owner, Term, TermKind, Wording};

/// What a reported term looks like to the rule: its words, term and place.
pub(crate) struct Found<'a> {
    pub words: &'a str,
    pub term: &'a Term,
    pub owner: Owner,
    pub start: usize,
    pub end: usize,
}

/// Reports every `flag` term of `meta`'s rule, with `describe` giving message and help.
pub(crate) fn report(
    ctx: &Ctx<'_>,
    meta: &'static Meta,
    out: &mut Vec<Draft>,
    describe: impl Fn(&Found<'_>) -> Option<(String, String, Option<Severity>)>,
) {
    let Some(wording) = ctx.wording else { return };
    for (found, term) in wording.hits_of(meta.name) {
        if term.kind != TermKind::Flag {
            continue;
        }
        let place = &wording.places[found.place];
        let words = place.text.get(found.hit.start..found.hit.end).unwrap_or("");
        let f = Found {
            words,
            term,
            owner: place.owner,
            start: found.hit.start,
            end: found.hit.end,
        };
        let Some((message, help, severity)) = describe(&f) else {
            continue;
        };
        // The term's note, with the law it cites for the plan's jurisdictions only.
        let laws: Vec<&str> = term
            .cite
            .iter()
            .filter(|(j, _)| wording.jurisdictions.contains(j))
            .map(|(_, law)| law.as_str())
            .collect();
        let note = match (&term.note, laws.is_empty()) {
            (Some(n), true) => format!("{help} ({n})"),
            (Some(n), false) => format!("{help} ({n}: {})", laws.join("; ")),
            (None, false) => format!("{help} ({})", laws.join("; ")),
            (None, true) => help,
        };
        out.push(
            Draft::text(meta, place.at(), f.start, f.end, message)
                .help(note)
                .severity(severity.or(term.severity)),
        );
    }
}

/// Whether the plan is checked under CN law.
pub(crate) fn cn(ctx: &Ctx<'_>) -> bool {
    ctx.wording
        .is_some_and(|w: &Wording| w.applies(crate::model::Jurisdiction::Cn))
}

/// Whether the plan is checked under EU, US or UK law.
pub(crate) fn en(ctx: &Ctx<'_>) -> bool {
    ctx.wording.is_some_and(|w: &Wording| w.applies_en())
}
