//! Rule P011 `stacking-inconsistent`: stacking limits that contradict or repeat themselves.

use crate::model::{At, PLAN};
use crate::rules::{Ctx, Draft, Rule};
use crate::values::Id;
use crate::{declare_rule, msg};
use std::collections::HashMap;

declare_rule! {
    /// ## What it checks
    ///
    /// The `stacking` limits say each thing once:
    ///
    /// - an exclusive group names at least two different ids, each once;
    /// - an id in `standalone` combines with nothing, so listing it in an exclusive
    ///   group as well is redundant;
    /// - an id is listed in `standalone` once.
    ///
    /// ## Why it matters
    ///
    /// Redundant limits hide the real intent: when the standalone entry is removed later,
    /// reviewers assume the exclusive group still covers what it never did.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// stacking:
    ///   max_coupons_per_order: 2
    ///   standalone: [flash]
    ///   exclusive:
    ///     - [flash, tiers]
    ///     - [member-price]
    /// ```
    ///
    /// ## How to fix
    ///
    /// Remove the redundant entries; give every exclusive group two or more ids.
    pub struct StackingInconsistent;
    code = "P011", name = "stacking-inconsistent", family = "pricing",
    severity = Warning, summary = "stacking limits contradict or repeat themselves"
}

impl Rule for StackingInconsistent {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(stacking) = &ctx.campaign.stacking else {
            return;
        };
        let mut standalone: HashMap<&str, At<Id>> = HashMap::new();
        for (i, id) in stacking
            .standalone
            .iter()
            .flat_map(|s| s.iter_at(PLAN.stacking().standalone()))
        {
            if let Some(first) = standalone.get(id.as_str()) {
                out.push(
                    Draft::new(
                        &Self::META,
                        &i,
                        msg!("p011-standalone-twice", id = id.to_string()),
                    )
                    .related(first, msg!("p011-first-listed"))
                    .help(msg!("p011-standalone-twice-help")),
                );
            } else {
                standalone.insert(id.as_str(), i);
            }
        }
        for (g, group) in stacking
            .exclusive
            .iter()
            .flat_map(|e| e.iter_at(PLAN.stacking().exclusive()))
        {
            let mut seen: HashMap<&str, At<Id>> = HashMap::new();
            for (at, id) in group.iter_at(g.clone()) {
                if let Some(first) = seen.get(id.as_str()) {
                    out.push(
                        Draft::new(
                            &Self::META,
                            &at,
                            msg!("p011-group-twice", id = id.to_string()),
                        )
                        .related(first, msg!("p011-first-listed"))
                        .help(msg!("p011-group-twice-help")),
                    );
                } else {
                    seen.insert(id.as_str(), at.clone());
                }
                if let Some(s) = standalone.get(id.as_str()) {
                    out.push(
                        Draft::new(
                            &Self::META,
                            &at,
                            msg!("p011-standalone-in-group", id = id.to_string()),
                        )
                        .related(s, msg!("p011-standalone-here"))
                        .help(msg!("p011-standalone-in-group-help")),
                    );
                }
            }
            if seen.len() < 2 {
                out.push(
                    Draft::new(&Self::META, &g, msg!("p011-group-too-small"))
                        .help(msg!("p011-group-too-small-help")),
                );
            }
        }
    }
}
