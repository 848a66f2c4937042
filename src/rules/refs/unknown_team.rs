//! Rule R001 `unknown-team`: an owner names a team that is not declared.

use super::{Kind, Ref, report_unknown};
use crate::model::PLAN;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Every `owner` (of the campaign, goals, budget lines, risks and materials) and
    /// `compliance.reviewed_by` must name a team declared under `teams`. The closest
    /// declared id is suggested.
    ///
    /// ## Why it matters
    ///
    /// Ownership is how a plan gets executed: a misspelt owner is a task nobody picks up,
    /// and the generated documents would list a team that does not exist.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// teams:
    ///   - { id: marketing, name: 市场部 }
    /// risks:
    ///   - { id: pr-crisis, risk: 舆情危机, prevention: 监测预警, response: 及时回应, owner: marketting }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The ids declared under `teams`: when the section itself failed to read (a misspelt
    /// `teams:`), no reference to a team can be judged. Each reference is judged alone: an
    /// owner that is unknown (`budget.lines[].owner`, `materials[].owner`,
    /// `risks[].owner` missing or unreadable) is not, and the item's other fields still
    /// are.
    ///
    /// ## How to fix
    ///
    /// Correct the id (here `marketing`), or add the team under `teams`.
    pub struct UnknownTeam;
    code = "R001", name = "unknown-team", family = "refs",
    severity = Error, summary = "an owner names a team that is not declared"
}

impl Rule for UnknownTeam {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if ctx.failed_at(&PLAN.teams()) {
            return;
        }
        if !ctx.ids_complete(&PLAN.teams()) {
            return;
        }
        let c = ctx.campaign;
        let mut refs: Vec<Ref<'_>> = Vec::new();
        if let Some(owner) = &c.owner {
            refs.push(Ref::at(PLAN.owner(), owner.as_str()));
        }
        for (at, goal) in c.goals_at() {
            if let Some(owner) = &goal.owner {
                refs.push(Ref::at(at.owner(), owner.as_str()));
            }
        }
        for (at, line) in c.budget_lines_at() {
            if let Some(owner) = line.owner.known() {
                refs.push(Ref::at(at.owner(), owner.as_str()));
            }
        }
        for (at, risk) in c.risks_at() {
            if let Some(owner) = risk.owner.known() {
                refs.push(Ref::at(at.owner(), owner.as_str()));
            }
        }
        for (at, material) in c.materials_at() {
            if let Some(owner) = material.owner.known() {
                refs.push(Ref::at(at.owner(), owner.as_str()));
            }
        }
        if let Some(reviewer) = c.compliance.as_ref().and_then(|c| c.reviewed_by.as_ref()) {
            refs.push(Ref::at(PLAN.compliance().reviewed_by(), reviewer.as_str()));
        }
        if refs.is_empty() {
            return;
        }
        if !ctx.has(&PLAN.teams()) {
            // One missing section is one mistake: report it once.
            let (at, id) = (refs[0].loc().clone(), refs[0].id());
            out.push(
                Draft::new(&Self::META, at, msg!("r001-no-teams", id = id))
                    .help(msg!("r001-help-no-teams")),
            );
            return;
        }
        let known: Vec<&str> = ctx
            .declared_ids(&PLAN.teams())
            .into_iter()
            .map(|(_, id)| id)
            .collect();
        report_unknown(ctx, &Self::META, refs, &known, Kind::Team, out);
    }
}
