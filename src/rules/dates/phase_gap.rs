//! Rule D004 `phase-gap`: days of the window that belong to no phase.

use super::{days_between, phases_in_order};
use crate::model::{At, PLAN, Phase};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Phases cover the campaign window without holes: each phase starts the day after
    /// the previous one ends, the first starts on the window's first day and the last
    /// ends on its last day. Every uncovered stretch is one warning that says how many
    /// days and which.
    ///
    /// ## Why it matters
    ///
    /// A day that belongs to no phase has no offers, no budget and no target in the plan.
    /// That is sometimes intended (a pause) but usually a typo in a date.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// phases:
    ///   - { id: burst, name: 爆发期, start: 2027-01-16, end: 2027-01-28 }
    ///   - { id: peak, name: 高峰期, start: 2027-01-30, end: 2027-02-06 }   # 2027-01-29 is uncovered
    /// ```
    ///
    /// ## Depends on
    ///
    /// The phases' dates (`phases[].start`, `phases[].end`) and the `window`
    /// (`window.start`, `window.end`) they should fill: a gap next to a date that failed to
    /// read is not reported.
    ///
    /// ## How to fix
    ///
    /// Move a date so that the phases meet, shorten the window, or — for an intended
    /// pause — waive the finding with a reason (`compliance.waivers`).
    pub struct PhaseGap;
    code = "D004", name = "phase-gap", family = "dates",
    severity = Warning, summary = "days of the window belong to no phase"
}

impl Rule for PhaseGap {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        // A phase that failed to load, or whose dates are unknown, would look like a gap.
        if !ctx.list_known(&PLAN.phases(), &[At::<Phase>::start, At::<Phase>::end]) {
            return;
        }
        // A phase running backwards (reported by `start-after-end`) covers nothing
        // sensible; gaps around it would repeat that finding.
        if ctx
            .campaign
            .phases
            .iter()
            .flat_map(|p| p.items())
            .any(|p| matches!((p.start.known(), p.end.known()), (Some(s), Some(e)) if s > e))
        {
            return;
        }
        let phases = phases_in_order(ctx.campaign);
        let (Some(first), Some(window)) = (phases.first(), ctx.campaign.window.as_ref()) else {
            return;
        };
        if let Some(start) = &window.start {
            let uncovered = days_between(start, first.start);
            if uncovered > 0 {
                out.push(
                    Draft::new(
                        &Self::META,
                        first.at.start(),
                        msg!(
                            "d004-before-first",
                            opens = start,
                            phase = first.id,
                            start = first.start,
                            days = uncovered,
                        ),
                    )
                    .related(PLAN.window().start(), msg!("dates-window-opens"))
                    .help(msg!(
                        "d004-help-first",
                        phase = first.id,
                        opens = start
                    )),
                );
            }
        }
        let mut reach = first;
        for phase in phases.iter().skip(1) {
            let gap = days_between(reach.end, phase.start).saturating_sub(1);
            if gap > 0 {
                out.push(
                    Draft::new(
                        &Self::META,
                        phase.at.start(),
                        msg!(
                            "d004-between",
                            days = gap,
                            earlier = reach.id,
                            end = reach.end,
                            phase = phase.id,
                            start = phase.start,
                        ),
                    )
                    .related(reach.at.end(), msg!("d003-ends-here", phase = reach.id))
                    .help(msg!(
                        "d004-help-between",
                        phase = phase.id,
                        earlier = reach.id
                    )),
                );
            }
            if phase.end > reach.end {
                reach = phase;
            }
        }
        if let Some(end) = &window.end {
            let uncovered = days_between(reach.end, end);
            if uncovered > 0 {
                out.push(
                    Draft::new(
                        &Self::META,
                        reach.at.end(),
                        msg!(
                            "d004-after-last",
                            phase = reach.id,
                            end = reach.end,
                            closes = end,
                            days = uncovered,
                        ),
                    )
                    .related(PLAN.window().end(), msg!("dates-window-closes"))
                    .help(msg!(
                        "d004-help-last",
                        phase = reach.id,
                        closes = end
                    )),
                );
            }
        }
    }
}
