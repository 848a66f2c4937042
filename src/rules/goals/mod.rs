//! Goal rules: values fit the metric, growth agrees with baseline and target, every goal
//! is measurable, breakdowns and phase shares add up.

mod growth_mismatch;
mod parts_sum;
mod phase_target_sum;
mod unit_mismatch;
mod unmeasurable_goal;

pub use growth_mismatch::GrowthMismatch;
pub use parts_sum::PartsSum;
pub use phase_target_sum::PhaseTargetSum;
pub use unit_mismatch::UnitMismatch;
pub use unmeasurable_goal::UnmeasurableGoal;

use crate::model::Goal;
use crate::values::{Measure, MeasureKind, MeasureValue};
use rust_decimal::Decimal;

/// A goal value read in its metric's unit, if it reads (and the metric is known).
pub(crate) fn read(goal: &Goal, value: Option<&Measure>) -> Option<MeasureValue> {
    let kind = goal.metric.known()?.kind();
    value.and_then(|m| m.interpret(kind).ok())
}

/// A value as messages show it, in the unit of its kind.
pub(crate) fn show(ctx: &crate::rules::Ctx<'_>, kind: MeasureKind, value: Decimal) -> String {
    match kind {
        MeasureKind::Money => ctx.money(value),
        MeasureKind::Percent => crate::numfmt::percent_short(value),
        _ => crate::numfmt::group_thousands(value),
    }
}
