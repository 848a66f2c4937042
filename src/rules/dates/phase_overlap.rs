//! Rule D003 `phase-overlap`: two phases share days.

use super::phases_in_order;
use crate::rules::{Ctx, Draft, Rule};
use crate::values::Date;
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// No day belongs to two phases. Phases are taken in time order; a phase that starts
    /// on or before the last day of an earlier phase overlaps it. Both phases are
    /// labelled: the later one's start and the earlier one's end. (Both days of a phase
    /// are inclusive, so a phase must start the day after the previous one ends.)
    ///
    /// ## Why it matters
    ///
    /// Phases carry budgets, targets and offers. On overlapping days two sets of offers
    /// run at once (and stack), and the phase targets count the same sales twice.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// phases:
    ///   - { id: preheat, name: 预热期, start: 2027-01-01, end: 2027-01-16 }
    ///   - { id: burst, name: 爆发期, start: 2027-01-16, end: 2027-01-28 }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The phases' dates (`phases[].start`, `phases[].end`): an overlap with a phase whose
    /// date failed to read cannot be measured, so it is not reported.
    ///
    /// ## How to fix
    ///
    /// End the earlier phase the day before the later one starts (here `end: 2027-01-15`).
    pub struct PhaseOverlap;
    code = "D003", name = "phase-overlap", family = "dates",
    severity = Error, summary = "two phases share days"
}

impl Rule for PhaseOverlap {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let phases = phases_in_order(ctx.campaign);
        // The phase reaching furthest so far.
        let mut reach: Option<usize> = None;
        for (k, phase) in phases.iter().enumerate() {
            if let Some(r) = reach {
                let earlier = &phases[r];
                if phase.start <= earlier.end {
                    let last = phase.end.min(earlier.end);
                    let days = super::days_between(phase.start, last).saturating_add(1);
                    out.push(
                        Draft::new(
                            &Self::META,
                            phase.at.start(),
                            msg!(
                                "d003-overlap",
                                phase = &phase.id,
                                start = phase.start,
                                earlier = &earlier.id,
                                end = earlier.end,
                                days = days,
                            ),
                        )
                        .related(
                            earlier.at.end(),
                            msg!("d003-ends-here", phase = &earlier.id),
                        )
                        .help(
                            match (phase.start.get().yesterday(), earlier.end.get().tomorrow()) {
                                (Ok(before), Ok(after)) => msg!(
                                    "d003-help",
                                    earlier = &earlier.id,
                                    before = Date::from(before),
                                    phase = &phase.id,
                                    after = Date::from(after),
                                ),
                                _ => msg!("d003-help-general"),
                            },
                        ),
                    );
                }
                if phase.end > earlier.end {
                    reach = Some(k);
                }
            } else {
                reach = Some(k);
            }
        }
    }
}
