//! Date rules: periods run forwards, sit inside the window, phases neither overlap nor
//! leave gaps, and materials are ready before they are needed.

mod approval_after_start;
mod coupon_outside_window;
mod material_late;
mod outside_window;
mod phase_gap;
mod phase_overlap;
mod start_after_end;

pub use approval_after_start::ApprovalAfterStart;
pub use coupon_outside_window::CouponOutsideWindow;
pub use material_late::MaterialLate;
pub use outside_window::OutsideWindow;
pub use phase_gap::PhaseGap;
pub use phase_overlap::PhaseOverlap;
pub use start_after_end::StartAfterEnd;

use crate::model::{At, Campaign, Phase};
use crate::values::Date;

/// Whole days from `a` to `b` (negative when `b` is earlier).
pub(crate) fn days_between(a: &Date, b: &Date) -> i64 {
    a.get()
        .until(b.get())
        .map(|span| i64::from(span.get_days()))
        .unwrap_or(0)
}

/// A phase with usable dates.
pub(crate) struct Dated<'a> {
    /// Where the phase is written.
    pub at: At<Phase>,
    /// Its position among the phases that were understood.
    pub order: usize,
    pub id: &'a str,
    pub start: &'a Date,
    pub end: &'a Date,
}

/// Phases whose dates are known and whose start is not after their end, in time order
/// (then list order).
pub(crate) fn phases_in_order(campaign: &Campaign) -> Vec<Dated<'_>> {
    let mut phases: Vec<Dated<'_>> = campaign
        .phases_at()
        .enumerate()
        .filter_map(|(order, (at, p))| {
            Some(Dated {
                at,
                order,
                id: p.id.as_str(),
                start: p.start.known()?,
                end: p.end.known()?,
            })
        })
        .filter(|p| p.start <= p.end)
        .collect();
    phases.sort_by(|a, b| a.start.cmp(b.start).then(a.order.cmp(&b.order)));
    phases
}
