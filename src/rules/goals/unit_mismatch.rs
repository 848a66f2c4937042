//! Rule G001 `unit-mismatch`: a goal value is not written in its metric's unit.

use crate::model::Metric;
use crate::model::{At, GoalResult, PLAN};
use crate::rules::{Ctx, Draft, Rule};
use crate::values::{MeasureKind, MeasureValue};
use crate::{declare_rule, msg};
use rust_decimal::Decimal;

declare_rule! {
    /// ## What it checks
    ///
    /// A goal's `metric` fixes its unit, and `baseline`, `target`, the targets of its
    /// `parts` and its entry in `results` must be written in it:
    ///
    /// - money metrics (`gmv`, `revenue`, `aov`): amounts such as `1.5亿`, `"¥299"`;
    /// - rate metrics (`conversion_rate`, `repurchase_rate`, `coverage`, `satisfaction`,
    ///   `roi`): percentages with their sign, `15%` (a bare `15` or `0.15` is ambiguous);
    /// - count metrics (`units`, `orders`, `new_users`, `active_users`, `reach`,
    ///   `engagement`, `search_volume`): whole numbers such as `30万` or `5000人`;
    /// - `nps`: a number from −100 to 100;
    /// - `custom`: a number, and the goal needs `unit`.
    ///
    /// A target may be a range (`15%..20%`).
    ///
    /// ## Why it matters
    ///
    /// A revenue goal written in 件 or a conversion rate written as `15` cannot be
    /// compared with results, and documents would print it wrongly.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// goals:
    ///   - { id: conversion, metric: conversion_rate, name: 转化率, baseline: 8%, target: 15 }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The goal's `metric` (`goals[].metric`), which fixes the unit every value is compared
    /// with: a goal whose metric is unknown is not judged.
    ///
    /// ## How to fix
    ///
    /// Write the value in the metric's unit (here `target: 15%`), or pick the right metric.
    pub struct UnitMismatch;
    code = "G001", name = "unit-mismatch", family = "goals",
    severity = Error, summary = "a goal value is not written in its metric's unit"
}

impl Rule for UnitMismatch {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let c = ctx.campaign;
        for (goal_at, goal) in c.goals_at() {
            // Without a known metric there is no unit to compare with.
            let Some(&known) = goal.metric.known() else {
                continue;
            };
            let kind = known.kind();
            let metric = known.as_str();
            if known == Metric::Custom && goal.unit.is_none() && !ctx.has(&goal_at.unit()) {
                out.push(
                    Draft::new(
                        &Self::META,
                        goal_at.metric(),
                        msg!("g001-no-unit", goal = &goal.id),
                    )
                    .help(msg!("g001-help-unit")),
                );
            }
            let mut values = vec![
                (goal_at.baseline(), goal.baseline.as_ref()),
                (goal_at.target(), goal.target.as_ref()),
            ];
            for (part_at, part) in goal.parts.iter().flat_map(|p| p.iter_at(goal_at.parts())) {
                values.push((part_at.target(), part.target.known()));
            }
            if let Some(result) = c.results.as_ref().and_then(|r| r.get(goal.id.as_str())) {
                let at: At<GoalResult> = PLAN.results().entry_at(goal.id.as_str());
                if let Some((actual, _)) = result.actual() {
                    values.push((at.actual(result), Some(actual)));
                }
                for (phase, value) in result.phases() {
                    values.push((at.phases().entry(phase), Some(value)));
                }
            }
            for (at, value) in values {
                let Some(value) = value else { continue };
                match value.interpret(kind) {
                    Err(error) => out.push(
                        Draft::new(
                            &Self::META,
                            at,
                            msg!(
                                "g001-value",
                                goal = &goal.id,
                                metric = metric,
                                problem = error.message,
                            ),
                        )
                        .help_opt(error.help),
                    ),
                    Ok(read) if kind == MeasureKind::Score => {
                        let (low, high) = match read {
                            MeasureValue::Single(v) => (v, v),
                            MeasureValue::Range(l, h) => (l, h),
                        };
                        let limit = Decimal::from(100);
                        if low < Decimal::from(-100) || high > limit {
                            out.push(
                                Draft::new(
                                    &Self::META,
                                    at,
                                    msg!(
                                        "g001-score",
                                        goal = &goal.id,
                                        metric = metric,
                                        value = value.to_string(),
                                    ),
                                )
                                .help(msg!("g001-help-score")),
                            );
                        }
                    }
                    Ok(_) => {}
                }
            }
        }
    }
}
