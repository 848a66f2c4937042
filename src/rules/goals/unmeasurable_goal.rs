//! Rule G003 `unmeasurable-goal`: a goal has neither a target nor a growth.

use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Every goal states what success is: a `target`, a `growth`, or both.
    ///
    /// ## Why it matters
    ///
    /// A goal without either cannot be met or missed; the review report cannot compute
    /// its attainment, and the plan promises nothing measurable.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// goals:
    ///   - { id: brand, metric: search_volume, name: 品牌搜索量 }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Add a target (`target: 50万`) or a growth (`growth: 30%`).
    pub struct UnmeasurableGoal;
    code = "G003", name = "unmeasurable-goal", family = "goals",
    severity = Error, summary = "a goal has neither a target nor a growth"
}

impl Rule for UnmeasurableGoal {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        for (at, goal) in ctx.campaign.goals_at() {
            // A target or growth that was written but failed is not "missing".
            if ctx.has(&at.target()) || ctx.has(&at.growth()) {
                continue;
            }
            out.push(
                Draft::new(
                    &Self::META,
                    at.id(),
                    msg!("g003-unmeasurable", goal = &goal.id),
                )
                .help(msg!("g003-help")),
            );
        }
    }
}
