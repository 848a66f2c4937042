//! Rule B003 `phase-budget-sum`: phase budgets mix forms or do not add up.

use super::allocation;
use crate::i18n::Msg;
use crate::model::{At, Loc, PLAN, Phase};
use crate::numfmt;
use crate::rules::{Ctx, Draft, Rule};
use crate::values::Share;
use crate::{declare_rule, msg};
use rust_decimal::Decimal;

declare_rule! {
    /// ## What it checks
    ///
    /// Phase `budget`s are either all shares (`20%`) or all amounts (`300万`), never a
    /// mix. Shares add up to 100 % of the spendable budget; amounts add up to
    /// `budget.total` less the reserve. A phase without a budget, while others have
    /// one, counts as zero.
    ///
    /// ## Why it matters
    ///
    /// Phase budgets are how spending is paced. If they do not add up, some phase is
    /// underfunded or the plan spends money it does not have.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// phases:
    ///   - { id: preheat, name: 预热期, start: 2027-01-01, end: 2027-01-15, budget: 20% }
    ///   - { id: burst, name: 爆发期, start: 2027-01-16, end: 2027-02-15, budget: 70% }
    /// ```
    ///
    /// ## Depends on
    ///
    /// Every phase's `budget` share and the budget total (`phases[].budget`,
    /// `budget.total`, `budget.reserve`, and for amounts `budget.lines[].amount`): a
    /// phase that failed to read whole takes its share with it, but one whose dates are
    /// unknown still counts.
    ///
    /// ## How to fix
    ///
    /// Use one form for all phases and make the budgets add up.
    pub struct PhaseBudgetSum;
    code = "B003", name = "phase-budget-sum", family = "budget",
    severity = Error, summary = "phase budgets mix shares and amounts, or do not add up"
}

impl Rule for PhaseBudgetSum {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        // Every phase's budget is needed (a phase that failed takes its share with
        // it); its dates are not.
        if !ctx.list_known(&PLAN.phases(), &[At::<Phase>::budget]) {
            return;
        }
        let budgets: Vec<(Loc, &str, &Share)> = ctx
            .campaign
            .phases_at()
            .filter_map(|(at, p)| p.budget.as_ref().map(|b| (at.budget(), p.id.as_str(), b)))
            .collect();
        let Some((first_at, _, _)) = budgets.first() else {
            return;
        };
        let shares: Vec<_> = budgets
            .iter()
            .filter(|b| matches!(b.2, Share::Percent(_)))
            .collect();
        let amounts: Vec<_> = budgets
            .iter()
            .filter(|b| matches!(b.2, Share::Money(_)))
            .collect();
        if !shares.is_empty() && !amounts.is_empty() {
            // Label the minority form: that is where the odd one out is.
            let (odd, usual, odd_key, usual_key) = if shares.len() < amounts.len() {
                (&shares, &amounts, Form::Share, Form::Amount)
            } else {
                (&amounts, &shares, Form::Amount, Form::Share)
            };
            for (at, id, _) in odd.iter().copied() {
                let mut draft =
                    Draft::new(&Self::META, at, odd_key.odd_one(id)).help(msg!("b003-help-mixed"));
                if let Some((other_at, other, _)) = usual.first().copied() {
                    draft = draft.related(other_at, usual_key.used_by(other));
                }
                out.push(draft);
            }
            return;
        }
        let related = |mut draft: Draft| {
            for (at, id, share) in budgets.iter().skip(1) {
                draft = draft.related(
                    at,
                    msg!("plan-phase-value", phase = *id, value = share.to_string()),
                );
            }
            draft
        };
        if !shares.is_empty() {
            let sum: Decimal = shares
                .iter()
                .filter_map(|(_, _, s)| match s {
                    Share::Percent(p) => Some(p.ratio()),
                    Share::Money(_) => None,
                })
                .sum();
            if sum != Decimal::ONE {
                out.push(related(
                    Draft::new(
                        &Self::META,
                        first_at,
                        msg!("b003-shares-sum", sum = numfmt::percent_short(sum)),
                    )
                    .help(msg!("b003-help-shares")),
                ));
            }
            return;
        }
        let Some(a) = allocation(ctx) else { return };
        let spendable = a.total.saturating_sub(a.reserve);
        let sum: Decimal = amounts
            .iter()
            .filter_map(|(_, _, s)| match s {
                Share::Money(m) => Some(m.amount),
                Share::Percent(_) => None,
            })
            .sum();
        if sum != spendable {
            out.push(related(
                Draft::new(
                    &Self::META,
                    first_at,
                    msg!(
                        "b003-amounts-sum",
                        sum = ctx.money(sum),
                        spendable = ctx.money(spendable),
                        total = ctx.money(a.total),
                    ),
                )
                .related(PLAN.budget().total(), msg!("b003-total-label"))
                .help(msg!("b003-help-amounts")),
            ));
        }
    }
}

/// The two ways of writing a phase budget.
#[derive(Clone, Copy)]
enum Form {
    Share,
    Amount,
}

impl Form {
    /// The finding for phase `id`, written in this form while most use the other.
    fn odd_one(self, id: &str) -> Msg {
        match self {
            Form::Share => msg!("b003-mixed-share", phase = id),
            Form::Amount => msg!("b003-mixed-amount", phase = id),
        }
    }

    /// The label of phase `id`, written in this (the usual) form.
    fn used_by(self, id: &str) -> Msg {
        match self {
            Form::Share => msg!("b003-uses-shares", phase = id),
            Form::Amount => msg!("b003-uses-amounts", phase = id),
        }
    }
}
