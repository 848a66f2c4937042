//! Rule R003 `unknown-phase`: a promotion, budget line, material or result names an undeclared phase.

use super::{Kind, Ref, report_unknown};
use crate::declare_rule;
use crate::model::{At, GoalResult, PLAN};
use crate::rules::{Ctx, Draft, Rule};

declare_rule! {
    /// ## What it checks
    ///
    /// `promotions[].phases`, `budget.lines[].phase`, `materials[].needed_by` and the
    /// phase keys of `results.<goal>.phases` name phases; each must be declared under
    /// `phases`. The closest phase id is suggested.
    ///
    /// ## Why it matters
    ///
    /// A promotion tied to a misspelt phase has no dates: the engine config would not
    /// know when it runs, and a material would have no deadline to be checked against.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// promotions:
    ///   - id: tiers
    ///     type: spend_tiers
    ///     name: 满额阶梯折扣
    ///     phases: [burst, peek]     # did you mean `peak`?
    /// ```
    ///
    /// ## Depends on
    ///
    /// The ids declared under `phases`: when the section itself failed to read, no
    /// reference to a phase can be judged.
    ///
    /// ## How to fix
    ///
    /// Correct the id, or declare the phase.
    pub struct UnknownPhase;
    code = "R003", name = "unknown-phase", family = "refs",
    severity = Error, summary = "a promotion, budget line, material or result names an undeclared phase"
}

impl Rule for UnknownPhase {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if ctx.failed_at(&PLAN.phases()) {
            return;
        }
        if !ctx.ids_complete(&PLAN.phases()) {
            return;
        }
        let c = ctx.campaign;
        let mut refs: Vec<Ref<'_>> = Vec::new();
        for (at, promotion) in c.promotions_at() {
            for (at, phase) in promotion.phases.iter().flat_map(|p| p.iter_at(at.phases())) {
                refs.push(Ref::at(at, phase.as_str()));
            }
        }
        for (at, line) in c.budget_lines_at() {
            if let Some(phase) = &line.phase {
                refs.push(Ref::at(at.phase(), phase.as_str()));
            }
        }
        for (at, material) in c.materials_at() {
            if let Some(phase) = &material.needed_by {
                refs.push(Ref::at(at.needed_by(), phase.as_str()));
            }
        }
        for (goal, result) in c.results.iter().flat_map(|r| r.iter()) {
            let at: At<GoalResult> = PLAN.results().entry_at(goal);
            for (phase, _) in result.phases() {
                refs.push(Ref::at(at.phases().entry(phase), phase).on_key());
            }
        }
        let known: Vec<&str> = ctx
            .declared_ids(&PLAN.phases())
            .into_iter()
            .map(|(_, id)| id)
            .collect();
        report_unknown(ctx, &Self::META, refs, &known, Kind::Phase, out);
    }
}
