//! Rule D002 `outside-window`: a phase starts before or ends after the campaign window.

use crate::model::PLAN;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Every phase lies inside the campaign `window`: it starts on or after the window's
    /// first day and ends on or before its last day. The phase date and the window date
    /// it crosses are both labelled.
    ///
    /// ## Why it matters
    ///
    /// The window is the period the plan is approved for (budget, legal review, stock).
    /// A phase outside it runs offers nobody signed off, or the window is out of date.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// window: { start: 2027-01-01, end: 2027-02-15 }
    /// phases:
    ///   - { id: tail, name: 延续期, start: 2027-02-07, end: 2027-02-20 }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The dates compared: the plan's `window` (`window.start`, `window.end`) and the dates
    /// of the phases and offers it contains. A window that failed to read leaves nothing to
    /// compare with.
    ///
    /// ## How to fix
    ///
    /// Move the phase into the window, or widen the window if the plan really runs longer.
    pub struct OutsideWindow;
    code = "D002", name = "outside-window", family = "dates",
    severity = Error, summary = "a phase starts before or ends after the campaign window"
}

impl Rule for OutsideWindow {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let c = ctx.campaign;
        let Some(window) = &c.window else { return };
        for (at, phase) in c.phases_at() {
            // Each date is compared alone: an unknown start leaves the end to judge.
            let (phase_start, phase_end) = (phase.start.known(), phase.end.known());
            if let Some(start) = &window.start {
                if let Some(phase_start) = phase_start
                    && phase_start < start
                {
                    out.push(
                        Draft::new(
                            &Self::META,
                            at.start(),
                            msg!(
                                "d002-starts-before",
                                phase = &phase.id,
                                start = phase_start,
                                opens = start,
                            ),
                        )
                        .related(PLAN.window().start(), msg!("dates-window-opens"))
                        .help(msg!("d002-help")),
                    );
                }
                if let (Some(s), Some(e)) = (phase_start, phase_end)
                    && e < start
                    && s <= e
                {
                    // Entirely before the window: the start finding already says it.
                    continue;
                }
            }
            if let Some(end) = &window.end
                && let Some(phase_end) = phase_end
                && phase_end > end
            {
                out.push(
                    Draft::new(
                        &Self::META,
                        at.end(),
                        msg!(
                            "d002-ends-after",
                            phase = &phase.id,
                            end = phase_end,
                            closes = end,
                        ),
                    )
                    .related(PLAN.window().end(), msg!("dates-window-closes"))
                    .help(msg!("d002-help")),
                );
            }
        }
    }
}
