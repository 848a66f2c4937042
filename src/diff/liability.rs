//! The money at risk before and after, per budget line: the worst case and the expected
//! cost of the offers each line funds (`analysis::liability`), stated for every line
//! whose figures changed — for an added or removed plan, every line it funds, as money
//! now at risk or no longer at risk.

use super::Ctx;
use crate::analysis::liability::{LineTotal, liabilities, line_totals};
use crate::i18n::Msg;
use crate::model::Campaign;
use crate::msg;
use serde::Serialize;

/// What the offers funded by one line can cost.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct LineCost {
    /// The worst case of the offers whose cost is bounded, as a decimal string.
    pub worst: String,
    /// The expected cost (each offer's worst case at its redemption; the worst case
    /// when it states none), as a decimal string.
    pub expected: String,
    /// Whether an offer of the line has no bound (no quantity, no cap…): the worst
    /// case is then a floor.
    pub unbounded: bool,
    /// How many offers the line funds.
    pub offers: usize,
}

/// One budget line whose money at risk changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LiabilityChange {
    /// The `budget.lines` id.
    pub line: String,
    pub old: Option<LineCost>,
    pub new: Option<LineCost>,
    /// The change in words.
    pub text: String,
}

/// The lines whose money at risk differs between the two plans, in line order.
pub(super) fn changes(
    old: Option<&Campaign>,
    new: Option<&Campaign>,
    ctx: &Ctx<'_>,
) -> Vec<LiabilityChange> {
    if old.is_none() && new.is_none() {
        return Vec::new();
    }
    // A whole plan added or removed: its lines' money at risk is added or removed.
    let whole_plan = old.is_none() || new.is_none();
    let totals = |plan: Option<&Campaign>| {
        plan.map(|p| line_totals(&liabilities(p)))
            .unwrap_or_default()
    };
    let (old, new) = (totals(old), totals(new));
    let mut ids: Vec<&String> = old.keys().chain(new.keys()).collect();
    ids.sort();
    ids.dedup();
    let mut out = Vec::new();
    for id in ids {
        let (a, b) = (old.get(id), new.get(id));
        if a == b {
            continue;
        }
        let cost = |c: &LineTotal| LineCost {
            worst: c.worst.normalize().to_string(),
            expected: c.expected.normalize().to_string(),
            unbounded: c.unbounded,
            offers: c.offers.len(),
        };
        let text = match (a, b) {
            (Some(a), Some(b)) => msg!(
                "diff-liability-changed",
                line = id.as_str(),
                old_worst = worst(a, ctx),
                new_worst = worst(b, ctx),
                old_expected = ctx.lang.money(a.expected, &ctx.currency),
                new_expected = ctx.lang.money(b.expected, &ctx.currency),
            ),
            (None, Some(b)) if whole_plan => msg!(
                "diff-liability-plan-added",
                line = id.as_str(),
                worst = worst(b, ctx),
                expected = ctx.lang.money(b.expected, &ctx.currency),
            ),
            (Some(a), None) if whole_plan => msg!(
                "diff-liability-plan-removed",
                line = id.as_str(),
                worst = worst(a, ctx),
                expected = ctx.lang.money(a.expected, &ctx.currency),
            ),
            (None, Some(b)) => msg!(
                "diff-liability-added",
                line = id.as_str(),
                worst = worst(b, ctx),
                expected = ctx.lang.money(b.expected, &ctx.currency),
            ),
            (Some(a), None) => msg!(
                "diff-liability-removed",
                line = id.as_str(),
                worst = worst(a, ctx),
                expected = ctx.lang.money(a.expected, &ctx.currency),
            ),
            (None, None) => continue,
        };
        out.push(LiabilityChange {
            line: id.clone(),
            old: a.map(cost),
            new: b.map(cost),
            text: ctx.say(text),
        });
    }
    out
}

/// The worst case in words: the amount, "at least" it when an offer has no bound.
fn worst(cost: &LineTotal, ctx: &Ctx<'_>) -> Msg {
    let amount = ctx.lang.money(cost.worst, &ctx.currency);
    if cost.unbounded {
        msg!("diff-liability-at-least", amount = amount)
    } else {
        Msg::raw(amount)
    }
}
