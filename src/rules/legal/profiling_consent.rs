//! Rule L012 `profiling-consent`: profiling for marketing without the safeguards the
//! law asks for (CN: a way to refuse or a non-personalised option; EU: a lawful basis
//! and the right to object).

use super::under;
use crate::model::{At, Jurisdiction, LawfulBasis, Loc, PLAN, PersonalData};
use crate::rules::{Ctx, Draft, Rule};
use crate::source::pointer;
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// When `compliance.personal_data.profiling` is `true` (customers are targeted by
    /// automated decisions: personalised feeds, offers or messages), the plan must record
    /// the safeguards of each jurisdiction it declares:
    ///
    /// - **CN**: a convenient way to refuse personalised marketing (`opt_out: true`) **or**
    ///   a version not based on personal characteristics (`non_personalised_option:
    ///   true`). Either suffices; consent is not asked for by this article.
    /// - **EU**: a recorded lawful basis (`lawful_basis`: `consent`, `contract`,
    ///   `legitimate_interest`, …; `consent: true` with no `lawful_basis` stands as the
    ///   basis `consent`) **and** the right to object to direct marketing, profiling
    ///   included (`opt_out: true`). A basis of `consent` with `consent: false` is
    ///   reported: the basis is not there. A non-personalised option does not replace the
    ///   right to object.
    ///
    /// A plan that does not profile needs none of these. The rule does not judge whether
    /// the recorded basis is the right one (legitimate interest needs a balancing test;
    /// tracking cookies need consent under ePrivacy Art. 5(3), and decisions with legal or
    /// similarly significant effects fall under GDPR Art. 22): that stays with the
    /// reviewer.
    ///
    /// ## Why it matters
    ///
    /// Marketing by automated decision-making must let people turn it off (PIPL: or offer
    /// them a non-personalised version), and in the EU every processing needs a lawful
    /// basis and direct marketing an unconditional right to object; a plan that cannot
    /// show them is fined, and the targeting has to stop.
    ///
    /// ## Why the reading changed
    ///
    /// Until issue 17 this rule asked for `consent: true` and `opt_out: true` whenever a
    /// plan profiled. That misread the law: PIPL Art. 24(2) asks for a non-personalised
    /// option *or* a convenient way to refuse, not consent, and under GDPR legitimate
    /// interest (or another Art. 6 basis) plus the Art. 21 right to object can suffice —
    /// consent comes in only through ePrivacy Art. 5(3) (tracking) or GDPR Art. 22. A
    /// plan that profiles with `opt_out: true` and no consent was wrongly reported; it is
    /// clean under CN law, and under EU law once its basis is recorded. `consent` is
    /// still read: as recorded consent, and as the basis `consent` when no other is
    /// written.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [CN, EU]
    /// compliance:
    ///   personal_data: { profiling: true, opt_out: false }
    /// ```
    ///
    /// ## Depends on
    ///
    /// `personal_data`'s `profiling`, `lawful_basis`, `consent`, `opt_out` and
    /// `non_personalised_option`: a finding that rests on one of them is withheld while
    /// it is unreadable, and one that rests on a field being absent is withheld while
    /// `personal_data` holds an unknown key (it may be that field, misspelt).
    ///
    /// ## How to fix
    ///
    /// CN: offer a convenient way to refuse personalised marketing (or a non-personalised
    /// version) and record `opt_out: true` (or `non_personalised_option: true`). EU: record
    /// the lawful basis (`lawful_basis: legitimate_interest` after a balancing test, or
    /// `consent` with the consent obtained) and let customers object at any time
    /// (`opt_out: true`).
    ///
    /// ## Source
    ///
    /// CN: 《个人信息保护法》 Art. 24(2) (information push and commercial marketing by
    /// automated decision-making must at the same time offer an option not targeted at
    /// personal characteristics, or a convenient way to refuse) (V). EU: GDPR Art. 6(1)
    /// (lawful bases) (S) and Art. 21(2)–(3) (right to object to direct marketing,
    /// including profiling; processing stops on objection) (S); the reading that consent
    /// is not required as such (ePrivacy Directive Art. 5(3), GDPR Art. 22) (S — verify).
    pub struct ProfilingConsent;
    code = "L012", name = "profiling-consent", family = "legal",
    severity = Error, summary = "profiling without a way to refuse or a lawful basis",
    cites = [
        (Cn, "《个人信息保护法》 Art. 24(2)", V),
        (Eu, "GDPR Art. 6(1), Art. 21(2)–(3)", S),
    ]
}

/// What the plan says of one yes/no safeguard.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Said {
    Yes,
    /// Written `false`.
    No,
    /// Not written (and no unreadable key could be it).
    Absent,
    /// Written but unreadable, or possibly written under a misspelt key.
    Unknown,
}

/// A yes/no field of `personal_data` as the plan states it.
fn said(ctx: &Ctx<'_>, value: Option<bool>, at: &Loc, data_clean: bool) -> Said {
    match value {
        Some(true) => Said::Yes,
        Some(false) => Said::No,
        None if ctx.has(at) => Said::Unknown,
        None if data_clean => Said::Absent,
        None => Said::Unknown,
    }
}

impl Rule for ProfilingConsent {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let cn = under(ctx, &[Jurisdiction::Cn]);
        let eu = under(ctx, &[Jurisdiction::Eu]);
        if !cn && !eu {
            return;
        }
        let Some(data) = ctx
            .campaign
            .compliance
            .as_ref()
            .and_then(|c| c.personal_data.as_ref())
        else {
            return;
        };
        if !data.profiling {
            return;
        }
        let at = PLAN.compliance().personal_data();
        let clean = !stray_key(ctx, &at);
        let opt_out = said(ctx, data.opt_out, &at.opt_out(), clean);
        if cn {
            let other = said(
                ctx,
                data.non_personalised_option,
                &at.non_personalised_option(),
                clean,
            );
            check_cn(&at, opt_out, other, out);
        }
        if eu {
            check_eu_basis(ctx, &at, data, clean, out);
            check_eu_objection(&at, opt_out, out);
        }
    }
}

/// Whether `personal_data` holds a key that failed and is none of its fields: it may be
/// one of them misspelt, so no field can be said to be absent.
fn stray_key(ctx: &Ctx<'_>, at: &At<PersonalData>) -> bool {
    if ctx.failed.is_empty() {
        return false;
    }
    let base = at.pointer();
    let fields = [
        at.profiling(),
        at.lawful_basis(),
        at.consent(),
        at.opt_out(),
        at.non_personalised_option(),
    ]
    .map(|field| field.pointer());
    ctx.failed
        .iter()
        .any(|p| pointer::parent(p) == Some(base.as_str()) && !fields.contains(p))
}

/// Where a finding about a field goes: the field when it is written, else `profiling`.
fn place(at: &At<PersonalData>, field: &Loc, said: Said) -> Loc {
    if said == Said::No {
        field.clone()
    } else {
        at.profiling()
    }
}

/// PIPL Art. 24(2): a way to refuse or a non-personalised option.
fn check_cn(at: &At<PersonalData>, opt_out: Said, other: Said, out: &mut Vec<Draft>) {
    let missing = |s: Said| matches!(s, Said::No | Said::Absent);
    if !(missing(opt_out) && missing(other)) {
        return;
    }
    let mut draft = Draft::new(
        &ProfilingConsent::META,
        place(at, &at.opt_out(), opt_out),
        msg!("l012-cn-neither"),
    );
    if opt_out == Said::No {
        draft = draft.related(at.profiling(), msg!("l012-profiling"));
    }
    if other == Said::No {
        draft = draft.related(
            at.non_personalised_option(),
            msg!("l012-no-non-personalised"),
        );
    }
    out.push(draft.help(msg!("l012-cn-help")));
}

/// GDPR Art. 6(1): a recorded lawful basis (and consent actually held when it is the basis).
fn check_eu_basis(
    ctx: &Ctx<'_>,
    at: &At<PersonalData>,
    data: &PersonalData,
    clean: bool,
    out: &mut Vec<Draft>,
) {
    let help = msg!("l012-basis-help");
    match data.lawful_basis {
        Some(LawfulBasis::Consent) if data.consent == Some(false) => out.push(
            Draft::new(
                &ProfilingConsent::META,
                at.consent(),
                msg!("l012-consent-not-obtained"),
            )
            .related(at.lawful_basis(), msg!("l012-basis-consent"))
            .help(msg!("l012-consent-help")),
        ),
        Some(_) => {}
        None => {
            // The basis is unknown while `lawful_basis` or `consent` is unreadable, or a
            // misspelt key could be one of them.
            let unknown = ctx.has(&at.lawful_basis())
                || (data.consent.is_none() && ctx.has(&at.consent()))
                || !clean;
            if data.basis().is_none() && !unknown {
                out.push(
                    Draft::new(
                        &ProfilingConsent::META,
                        at.profiling(),
                        msg!("l012-no-basis"),
                    )
                    .help(help),
                );
            }
        }
    }
}

/// GDPR Art. 21(2)–(3): the right to object to direct marketing, profiling included.
fn check_eu_objection(at: &At<PersonalData>, opt_out: Said, out: &mut Vec<Draft>) {
    let message = match opt_out {
        Said::Yes | Said::Unknown => return,
        Said::No => msg!("l012-cannot-object"),
        Said::Absent => msg!("l012-no-right-to-object"),
    };
    let mut draft = Draft::new(
        &ProfilingConsent::META,
        place(at, &at.opt_out(), opt_out),
        message,
    );
    if opt_out == Said::No {
        draft = draft.related(at.profiling(), msg!("l012-profiling"));
    }
    out.push(draft.help(msg!("l012-objection-help")));
}
