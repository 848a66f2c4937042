//! Rule D005 `material-late`: a material is due on or after the day its phase starts.

use crate::rules::{Ctx, Draft, Rule};
use crate::values::Date;
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// A material with `needed_by: <phase>` must be due before that phase starts — at the
    /// latest the day before. The due date and the phase start are both labelled.
    ///
    /// ## Why it matters
    ///
    /// Posters, gift boxes and banners that arrive on the first day of a phase are late:
    /// they still have to be distributed, installed or published.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// materials:
    ///   - { id: posters, item: 海报, quantity: 10000, owner: marketing, due: 2027-01-16, needed_by: burst }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The material's `due` (`materials[].due`) and the start of the phase it is
    /// `needed_by` (`materials[].needed_by`, `phases[].start`, `phases[].end`; a `phases`
    /// section that failed leaves no phase to compare with). A material whose `due` is
    /// unknown is not judged; its other fields still are.
    ///
    /// ## How to fix
    ///
    /// Bring the due date forward, or attach the material to a later phase.
    pub struct MaterialLate;
    code = "D005", name = "material-late", family = "dates",
    severity = Error, summary = "a material is due on or after the day its phase starts"
}

impl Rule for MaterialLate {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let c = ctx.campaign;
        for (at, material) in c.materials_at() {
            let (Some(needed_by), Some(due)) = (&material.needed_by, material.due.known()) else {
                continue;
            };
            let Some((phase_at, phase)) = c.phases_at().find(|(_, p)| p.id == *needed_by) else {
                continue;
            };
            let Some(start) = phase.start.known() else {
                continue;
            };
            if due >= start {
                let help = match start.get().yesterday() {
                    Ok(day) => msg!("d005-help", day = Date::from(day), phase = &phase.id),
                    Err(_) => msg!("d005-help-general"),
                };
                out.push(
                    Draft::new(
                        &Self::META,
                        at.due(),
                        msg!(
                            "d005-late",
                            material = &material.id,
                            due = due,
                            phase = &phase.id,
                            start = start,
                        ),
                    )
                    .related(
                        phase_at.start(),
                        msg!("d005-starts-here", phase = &phase.id),
                    )
                    .help(help),
                );
            }
        }
    }
}
