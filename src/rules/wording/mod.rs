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
mod en_health_claim;
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
pub use en_health_claim::EnHealthClaim;
pub use en_superlative_claim::EnSuperlativeClaim;

use crate::finding::Severity;
use crate::i18n::{Arg, Msg};
use crate::model::Jurisdiction;
use crate::msg;
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
    describe: impl Fn(&Found<'_>) -> Option<(Msg, Msg, Option<Severity>)>,
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
        out.push(
            Draft::text(meta, place.at(), f.start, f.end, message)
                .help(with_note(wording, term, help))
                .severity(severity.or(term.severity)),
        );
    }
}

/// Text written in both languages (a lexicon's note and its `note_zh`), shown in the
/// reader's: both are arguments of one message, and each language's catalogue shows
/// its own (`wording-own-language`).
fn own_language(en: Arg, zh: Arg) -> Msg {
    msg!("wording-own-language", en = en, zh = zh)
}

/// `help` followed by the term's note, with the law it cites for the plan's
/// jurisdictions only; Chinese findings show the term's `note_zh` and `cite_zh` where
/// it has them.
fn with_note(wording: &Wording<'_>, term: &Term, help: Msg) -> Msg {
    let notes = term.notes();
    let cited: Vec<&(Jurisdiction, String)> = notes
        .cite
        .iter()
        .filter(|(j, _)| wording.jurisdictions.contains(j))
        .collect();
    let laws = (!cited.is_empty()).then(|| {
        let en = cited.iter().map(|(_, law)| Arg::text(law)).collect();
        let zh = cited
            .iter()
            .map(|(j, law)| {
                let chinese = notes.cite_zh.iter().find(|(k, _)| k == j);
                Arg::text(chinese.map_or(law, |(_, z)| z))
            })
            .collect();
        own_language(Arg::Semi(en), Arg::Semi(zh))
    });
    let note = notes.note.as_ref().map(|n| {
        let zh = notes.note_zh.as_ref().unwrap_or(n);
        own_language(Arg::text(n), Arg::text(zh))
    });
    match (note, laws) {
        (Some(note), Some(laws)) => {
            msg!(
                "wording-help-note-laws",
                help = help,
                note = note,
                laws = laws
            )
        }
        (Some(note), None) => msg!("wording-help-note", help = help, note = note),
        (None, Some(laws)) => msg!("wording-help-laws", help = help, laws = laws),
        (None, None) => help,
    }
}

/// Reports every efficacy claim of `meta`'s rule — an efficacy verb and an illness in one
/// clause (`wording::efficacy`) — with `describe` giving message and help from the claim's
/// words and its illness. The severity is the illness term's, else the rule's.
pub(crate) fn report_efficacy(
    ctx: &Ctx<'_>,
    meta: &'static Meta,
    out: &mut Vec<Draft>,
    describe: impl Fn(&str, &str) -> (Msg, Msg),
) {
    let Some(wording) = ctx.wording else { return };
    for claim in crate::wording::efficacy::claims(wording, meta.name) {
        let Some(place) = wording.places.get(claim.place) else {
            continue;
        };
        let (message, help) = describe(claim.words, claim.condition);
        out.push(
            Draft::text(meta, place.at(), claim.start, claim.end, message)
                .help(with_note(wording, claim.condition_term, help))
                .severity(claim.condition_term.severity),
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
