//! Rule R001 `unknown-team`: an owner names a team that is not declared.

use super::{Ref, report_unknown};
use crate::declare_rule;
use crate::rules::{Ctx, Draft, Rule};

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
    /// `teams:`), no reference to a team can be judged.
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
        if ctx.failed_at("/teams") {
            return;
        }
        if !ctx.ids_complete("/teams") {
            return;
        }
        let c = ctx.campaign;
        let mut refs: Vec<Ref<'_>> = Vec::new();
        if let Some(owner) = &c.owner {
            refs.push(Ref::at("/owner".into(), owner.as_str()));
        }
        for (i, goal) in c.goals.iter().flat_map(|g| g.iter()) {
            if let Some(owner) = &goal.owner {
                refs.push(Ref::field("/goals", i, "/owner", owner.as_str()));
            }
        }
        if let Some(lines) = c.budget.as_ref().and_then(|b| b.lines.as_ref()) {
            for (i, line) in lines.iter() {
                refs.push(Ref::field(
                    "/budget/lines",
                    i,
                    "/owner",
                    line.owner.as_str(),
                ));
            }
        }
        for (i, risk) in c.risks.iter().flat_map(|r| r.iter()) {
            refs.push(Ref::field("/risks", i, "/owner", risk.owner.as_str()));
        }
        for (i, material) in c.materials.iter().flat_map(|m| m.iter()) {
            refs.push(Ref::field(
                "/materials",
                i,
                "/owner",
                material.owner.as_str(),
            ));
        }
        if let Some(reviewer) = c.compliance.as_ref().and_then(|c| c.reviewed_by.as_ref()) {
            refs.push(Ref::at("/compliance/reviewed_by".into(), reviewer.as_str()));
        }
        if refs.is_empty() {
            return;
        }
        if !ctx.has("/teams") {
            // One missing section is one mistake: report it once.
            let (pointer, id) = (refs[0].pointer(), refs[0].id());
            out.push(
                Draft::new(
                    &Self::META,
                    pointer,
                    format!("`{id}` names a team, but the spec has no `teams` section"),
                )
                .help("add a `teams` section that lists every team named as an owner"),
            );
            return;
        }
        let known: Vec<&str> = ctx
            .declared_ids("/teams")
            .into_iter()
            .map(|(_, id)| id)
            .collect();
        report_unknown(ctx, &Self::META, refs, &known, "team", "teams", out);
    }
}
