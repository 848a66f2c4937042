//! Rule G004 `parts-sum`: a goal's breakdown does not add up to its target.

use super::{read, show};
use crate::rules::{Ctx, Draft, Rule};
use crate::values::{MeasureKind, MeasureValue};
use crate::{declare_rule, msg};
use rust_decimal::Decimal;

declare_rule! {
    /// ## What it checks
    ///
    /// The `parts` of a goal (a breakdown by category, store or channel) add up exactly to
    /// its `target` (or fall within a target range). Only amounts and counts are added;
    /// rates do not add up.
    ///
    /// ## Why it matters
    ///
    /// Category and store owners plan against their part. If the parts fall short, the
    /// goal is missed even when everyone meets theirs; if they exceed it, some owner has
    /// been given an impossible share.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// goals:
    ///   - id: gmv
    ///     metric: gmv
    ///     name: 活动总销售额
    ///     target: 8000万
    ///     parts:
    ///       - { name: 美妆个护, target: 3000万 }
    ///       - { name: 服饰鞋包, target: 2500万 }
    ///       - { name: 家用电器, target: 2000万 }   # parts sum to 7500万
    /// ```
    ///
    /// ## Depends on
    ///
    /// The goal's `metric` (`goals[].metric`), `target` and every part's target
    /// (`goals[].parts[].target`): a sum over parts one of which is unknown or failed is not
    /// compared.
    ///
    /// ## How to fix
    ///
    /// Adjust the parts or the target so that they agree.
    pub struct PartsSum;
    code = "G004", name = "parts-sum", family = "goals",
    severity = Error, summary = "a goal's breakdown does not add up to its target"
}

impl Rule for PartsSum {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        for (at, goal) in ctx.campaign.goals_at() {
            let Some(kind) = goal.metric.known().map(|m| m.kind()) else {
                continue;
            };
            if !matches!(kind, MeasureKind::Money | MeasureKind::Count) {
                continue;
            }
            let Some(parts) = &goal.parts else { continue };
            if parts.is_empty() || !ctx.clean(&at.parts()) {
                continue;
            }
            let Some(target) = read(goal, goal.target.as_ref()) else {
                continue;
            };
            let mut sum = Decimal::ZERO;
            let mut complete = true;
            for part in parts.items() {
                // A part whose target is unknown leaves the sum unknown.
                let Some(target) = part.target.known() else {
                    complete = false;
                    break;
                };
                match target.interpret(kind) {
                    Ok(MeasureValue::Single(v)) => sum = sum.saturating_add(v),
                    _ => complete = false,
                }
            }
            if !complete {
                continue;
            }
            let (low, high) = match target {
                MeasureValue::Single(t) => (t, t),
                MeasureValue::Range(l, h) => (l, h),
            };
            if sum >= low && sum <= high {
                continue;
            }
            let detail = if low == high {
                let diff = sum.saturating_sub(low);
                if diff.is_sign_negative() {
                    msg!("g004-short", amount = show(ctx, kind, diff.abs()))
                } else {
                    msg!("g004-over", amount = show(ctx, kind, diff))
                }
            } else {
                msg!(
                    "g004-outside",
                    low = show(ctx, kind, low),
                    high = show(ctx, kind, high),
                )
            };
            out.push(
                Draft::new(
                    &Self::META,
                    at.target(),
                    msg!(
                        "g004-mismatch",
                        goal = &goal.id,
                        sum = show(ctx, kind, sum),
                        detail = detail,
                    ),
                )
                .related_key(at.parts(), msg!("g004-parts", count = parts.len()))
                .help(msg!("g004-help")),
            );
        }
    }
}
