//! Rule G005 `phase-target-sum`: a goal's phase shares do not add up to 100 %.

use crate::model::{At, Loc, PLAN, Phase};
use crate::numfmt;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};
use indexmap::IndexMap;
use rust_decimal::Decimal;

declare_rule! {
    /// ## What it checks
    ///
    /// A phase's `targets` give the share of a goal's target it delivers
    /// (`targets: { gmv: 45% }`). For every goal that has shares, the shares over all
    /// phases add up to exactly 100 %. A phase without an entry contributes 0 %. Every
    /// share is labelled.
    ///
    /// ## Why it matters
    ///
    /// Phase targets are how a campaign is tracked day by day. Shares that add up to 95 %
    /// leave part of the target unplanned; 105 % makes every phase look behind.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// phases:
    ///   - { id: preheat, name: 预热期, start: 2027-01-01, end: 2027-01-15, targets: { gmv: 10% } }
    ///   - { id: burst, name: 爆发期, start: 2027-01-16, end: 2027-02-15, targets: { gmv: 85% } }
    /// ```
    ///
    /// ## Depends on
    ///
    /// Every phase's `targets` (`phases[].targets`; a phase that failed to read whole
    /// takes its shares with it, one whose dates are unknown still counts) and the
    /// `goals` they name.
    ///
    /// ## How to fix
    ///
    /// Adjust the shares so that they add up to 100 %.
    pub struct PhaseTargetSum;
    code = "G005", name = "phase-target-sum", family = "goals",
    severity = Error, summary = "a goal's phase shares do not add up to 100 %"
}

/// One phase's share of a goal: where it is written, the share, and the phase id.
type Share<'a> = (Loc, Decimal, &'a str);

impl Rule for PhaseTargetSum {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        // Every phase's targets are needed (a phase that failed takes its shares with
        // it); its dates are not.
        if !ctx.list_known(&PLAN.phases(), &[|p: &At<Phase>| p.targets().into()]) {
            return;
        }
        // goal id → (sum, places with their shares)
        let mut sums: IndexMap<&str, (Decimal, Vec<Share<'_>>)> = IndexMap::new();
        for (phase_at, phase) in ctx.campaign.phases_at() {
            for (goal, share) in phase.targets.iter().flat_map(|t| t.iter()) {
                let entry = sums.entry(goal.as_str()).or_default();
                entry.0 = entry.0.saturating_add(share.ratio());
                let at = phase_at.targets().entry(goal);
                entry.1.push((at, share.ratio(), phase.id.as_str()));
            }
        }
        let known: Vec<&str> = ctx
            .declared_ids(&PLAN.goals())
            .into_iter()
            .map(|(_, id)| id)
            .collect();
        for (goal, (sum, places)) in sums {
            if sum == Decimal::ONE || !known.contains(&goal) {
                continue;
            }
            let mut places = places.into_iter();
            let Some((first, _, _)) = places.next() else {
                continue;
            };
            let mut draft = Draft::new(
                &Self::META,
                first,
                msg!(
                    "g005-mismatch",
                    goal = goal,
                    sum = numfmt::percent_short(sum),
                ),
            )
            .help({
                let diff = numfmt::percent_short(Decimal::ONE.saturating_sub(sum).abs());
                if sum < Decimal::ONE {
                    msg!("g005-help-missing", diff = diff)
                } else {
                    msg!("g005-help-too-much", diff = diff)
                }
            });
            for (at, share, phase) in places {
                draft = draft.related(
                    at,
                    msg!(
                        "plan-phase-value",
                        phase = phase,
                        value = numfmt::percent_short(share),
                    ),
                );
            }
            out.push(draft);
        }
    }
}
