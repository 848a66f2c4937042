//! Rule R002 `unknown-goal`: a phase target or a result names a goal that is not declared.

use super::{Kind, Ref, report_unknown};
use crate::declare_rule;
use crate::model::PLAN;
use crate::rules::{Ctx, Draft, Rule};

declare_rule! {
    /// ## What it checks
    ///
    /// The keys of each phase's `targets` and of `results` are goal ids; each must name a
    /// goal declared under `goals`. The key is underlined and the closest goal suggested.
    ///
    /// ## Why it matters
    ///
    /// A phase share or a result filed under a misspelt goal is silently lost: the goal
    /// looks unplanned, and the review report shows it as not measured.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// goals:
    ///   - { id: gmv, metric: gmv, name: 总销售额, target: 1.5亿 }
    /// phases:
    ///   - { id: burst, name: 爆发期, start: 2027-01-16, end: 2027-01-28, targets: { gvm: 45% } }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The ids declared under `goals`: when the section itself failed to read, no reference
    /// to a goal can be judged.
    ///
    /// ## How to fix
    ///
    /// Correct the key (here `gmv`), or declare the goal.
    pub struct UnknownGoal;
    code = "R002", name = "unknown-goal", family = "refs",
    severity = Error, summary = "a phase target or result names a goal that is not declared"
}

impl Rule for UnknownGoal {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if ctx.failed_at(&PLAN.goals()) {
            return;
        }
        if !ctx.ids_complete(&PLAN.goals()) {
            return;
        }
        let c = ctx.campaign;
        let mut refs: Vec<Ref<'_>> = Vec::new();
        for (phase_at, phase) in c.phases_at() {
            for key in phase.targets.iter().flat_map(|t| t.keys()) {
                refs.push(Ref::at(phase_at.targets().entry(key), key).on_key());
            }
        }
        for key in c.results.iter().flat_map(|r| r.keys()) {
            refs.push(Ref::at(PLAN.results().entry(key), key).on_key());
        }
        let known: Vec<&str> = ctx
            .declared_ids(&PLAN.goals())
            .into_iter()
            .map(|(_, id)| id)
            .collect();
        report_unknown(ctx, &Self::META, refs, &known, Kind::Goal, out);
    }
}
