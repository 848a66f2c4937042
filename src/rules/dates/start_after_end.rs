//! Rule D001 `start-after-end`: a period starts after it ends.

use crate::i18n::Msg;
use crate::model::{Loc, PLAN};
use crate::rules::{Ctx, Draft, Rule};
use crate::values::Date;
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Every period runs forwards: the campaign `window`, each phase (`start`, `end`) and
    /// each coupon's `valid` period (`from`, `to`). Both days are inclusive, so a one-day
    /// period has the same start and end. Both dates are labelled.
    ///
    /// ## Why it matters
    ///
    /// A period that ends before it starts is empty: the phase never runs, the coupon
    /// can never be used, and every date check that depends on it is meaningless.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// phases:
    ///   - { id: burst, name: 爆发期, start: 2027-01-28, end: 2027-01-16 }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The dates of each period: the `window` (`window.start`, `window.end`), each phase
    /// (`phases[].start`, `phases[].end`) and each coupon's `valid`. A period with a date
    /// unknown is not judged.
    ///
    /// ## How to fix
    ///
    /// Swap the dates, or correct the one that is wrong.
    pub struct StartAfterEnd;
    code = "D001", name = "start-after-end", family = "dates",
    severity = Error, summary = "a period starts after it ends"
}

fn check_period(
    out: &mut Vec<Draft>,
    what: Msg,
    (start_at, start): (Loc, &Date),
    (end_at, end): (Loc, &Date),
) {
    if start > end {
        out.push(
            Draft::new(
                &StartAfterEnd::META,
                start_at,
                msg!("d001-starts-after", what = what, start = start, end = end),
            )
            .related(end_at, msg!("d001-ends-here"))
            .help(msg!("d001-help")),
        );
    }
}

impl Rule for StartAfterEnd {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let c = ctx.campaign;
        if let Some(window) = &c.window
            && let (Some(start), Some(end)) = (&window.start, &window.end)
        {
            check_period(
                out,
                msg!("d001-window"),
                (PLAN.window().start(), start),
                (PLAN.window().end(), end),
            );
        }
        for (at, phase) in c.phases_at() {
            if let (Some(start), Some(end)) = (phase.start.known(), phase.end.known()) {
                check_period(
                    out,
                    msg!("d001-phase", phase = &phase.id),
                    (at.start(), start),
                    (at.end(), end),
                );
            }
        }
        for (at, coupon) in c.coupons_at() {
            if let Some(valid) = &coupon.valid {
                check_period(
                    out,
                    msg!("d001-coupon", coupon = &coupon.id),
                    (at.valid().from(), &valid.from),
                    (at.valid().to(), &valid.to),
                );
            }
        }
    }
}
