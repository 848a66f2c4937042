//! Rule G002 `growth-mismatch`: a goal's growth disagrees with its baseline and target.

use super::{read, show};
use crate::numfmt;
use crate::rules::{Ctx, Draft, Rule};
use crate::values::MeasureValue;
use crate::{declare_rule, msg};
use rust_decimal::Decimal;

declare_rule! {
    /// ## What it checks
    ///
    /// When a goal gives `baseline`, `target` and `growth`, the growth must equal
    /// (target − baseline) / baseline within half a percentage point. For a target range
    /// the growth must fall within the range's growths. The growth is labelled together
    /// with the baseline and target, and the message gives the growth they imply.
    ///
    /// ## Why it matters
    ///
    /// Two of the three numbers are usually updated and the third forgotten; reviewers
    /// then approve a target that is not the one the growth figure promises.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// goals:
    ///   - { id: gmv, metric: gmv, name: 总销售额, baseline: 1.25亿, target: 1.5亿, growth: 25% }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The goal's `metric` (`goals[].metric`, which fixes the unit), `baseline`, `target`
    /// and `growth`. A goal whose metric is unknown is not judged.
    ///
    /// ## How to fix
    ///
    /// Write the growth the numbers give (here `20%`), or correct the baseline or target.
    pub struct GrowthMismatch;
    code = "G002", name = "growth-mismatch", family = "goals",
    severity = Error, summary = "a goal's growth disagrees with its baseline and target"
}

impl Rule for GrowthMismatch {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let tolerance = Decimal::new(5, 3);
        for (at, goal) in ctx.campaign.goals_at() {
            let (Some(MeasureValue::Single(baseline)), Some(target), Some(growth)) = (
                read(goal, goal.baseline.as_ref()),
                read(goal, goal.target.as_ref()),
                goal.growth.as_ref(),
            ) else {
                continue;
            };
            if baseline.is_zero() {
                continue;
            }
            let growth = growth.ratio();
            let (low, high) = match target {
                MeasureValue::Single(t) => (t, t),
                MeasureValue::Range(l, h) => (l, h),
            };
            let growth_to = |v: Decimal| v.checked_sub(baseline)?.checked_div(baseline);
            let (Some(low_growth), Some(high_growth)) = (growth_to(low), growth_to(high)) else {
                continue;
            };
            if growth >= low_growth.saturating_sub(tolerance)
                && growth <= high_growth.saturating_add(tolerance)
            {
                continue;
            }
            let Some(kind) = goal.metric.known().map(|m| m.kind()) else {
                continue;
            };
            let implied = if low == high {
                numfmt::percent(low_growth, 2).into()
            } else {
                msg!(
                    "goal-range",
                    low = numfmt::percent(low_growth, 2),
                    high = numfmt::percent(high_growth, 2),
                )
            };
            let target_shown = if low == high {
                show(ctx, kind, low).into()
            } else {
                msg!(
                    "goal-range",
                    low = show(ctx, kind, low),
                    high = show(ctx, kind, high),
                )
            };
            out.push(
                Draft::new(
                    &Self::META,
                    at.growth(),
                    msg!(
                        "g002-mismatch",
                        goal = &goal.id,
                        growth = numfmt::percent_short(growth),
                        baseline = show(ctx, kind, baseline),
                        target = target_shown,
                        implied = implied,
                    ),
                )
                .related(at.baseline(), msg!("g002-baseline"))
                .related(at.target(), msg!("g002-target"))
                .help(if low == high {
                    msg!(
                        "g002-help",
                        growth = numfmt::percent_short(low_growth.round_dp(4)),
                    )
                } else {
                    msg!("g002-help-range")
                }),
            );
        }
    }
}
