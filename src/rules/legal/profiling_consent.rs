//! Rule L012 `profiling-consent`: profiling without consent and an opt-out.

use super::under;
use crate::declare_rule;
use crate::model::Jurisdiction;
use crate::model::PLAN;
use crate::rules::{Ctx, Draft, Rule};

declare_rule! {
    /// ## What it checks
    ///
    /// When `compliance.personal_data.profiling` is `true` (customers are targeted by automated
    /// decisions), the plan must record both `consent: true` and `opt_out: true`; a plan
    /// that does not profile needs neither. Checked for plans under `CN` or `EU`.
    ///
    /// ## Why it matters
    ///
    /// Marketing by automated decision-making must offer an option not based on personal
    /// characteristics or an easy way to refuse, on top of a lawful basis for the processing.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// compliance:
    ///   personal_data: { profiling: true, consent: true, opt_out: false }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Provide the opt-out (and consent) before targeting, and record them.
    ///
    /// ## Source
    ///
    /// CN: 《个人信息保护法》 Art. 24(2) (opt-out from automated marketing) and Arts. 13–14
    /// (consent) (V). EU: GDPR Art. 21(2)–(3) (right to object to direct marketing, including
    /// profiling) and Art. 6 (M — verify).
    pub struct ProfilingConsent;
    code = "L012", name = "profiling-consent", family = "legal",
    severity = Error, summary = "profiling without consent and an opt-out",
    cites = [
        (Cn, "《个人信息保护法》 Art. 24(2)", V),
        (Eu, "GDPR Art. 21(2)–(3)", S),
    ]
}

impl Rule for ProfilingConsent {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if !under(ctx, &[Jurisdiction::Cn, Jurisdiction::Eu]) {
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
        for (field, field_at, given, what) in [
            ("consent", at.consent(), data.consent, "consent"),
            (
                "opt_out",
                at.opt_out(),
                data.opt_out,
                "an opt-out from personalised marketing",
            ),
        ] {
            let help = "obtain consent and offer a non-personalised option or an easy way to refuse; then record `true`";
            match given {
                Some(true) => {}
                Some(false) => out.push(
                    Draft::new(
                        &Self::META,
                        &field_at,
                        format!("customers are profiled, but without {what}"),
                    )
                    .related(at.profiling(), "profiling")
                    .help(help),
                ),
                // Not written: the plan does not show it was obtained.
                None if !ctx.has(&field_at) => out.push(
                    Draft::new(
                        &Self::META,
                        at.profiling(),
                        format!("customers are profiled, but the plan does not record {what} (`{field}:`)"),
                    )
                    .help(format!("{help}: add `{field}: true` under `personal_data`")),
                ),
                None => {}
            }
        }
    }
}
