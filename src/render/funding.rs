//! The plan's "offer cost against budget" section: for each budget line that funds
//! offers, its amount beside the worst case and the expected cost of those offers
//! (`analysis::liability`), with the bars of a chart scaled to the largest figure, and
//! the offers that pay out without a line.

use super::names::Names;
use crate::analysis::liability::{LineTotal, liabilities, line_totals};
use crate::model::Campaign;
use rust_decimal::Decimal;
use serde::Serialize;

/// The section; `None` when no offer names a funding line.
#[derive(Debug, Serialize)]
pub struct FundingView {
    pub lines: Vec<FundingRow>,
    /// Offers that pay out money with a bounded cost but name no line.
    pub unfunded: Vec<String>,
}

/// One funding line.
#[derive(Debug, Serialize)]
pub struct FundingRow {
    pub name: String,
    /// The line's budget.
    pub amount: String,
    /// The worst case of its offers (a floor, marked, when one has no bound).
    pub worst: String,
    /// The expected cost (each offer's worst case at its redemption; its worst case
    /// when it states none).
    pub expected: String,
    /// The offers it funds, by name.
    pub offers: Vec<String>,
    /// Whether the worst case is above the line.
    pub worst_over: bool,
    /// Whether the expected cost is above the line.
    pub expected_over: bool,
    /// Whether an offer of the line has no bound.
    pub unbounded: bool,
    /// Bar lengths in percent of the largest figure of the section (`62.5`).
    pub bar_amount: String,
    pub bar_worst: String,
    pub bar_expected: String,
}

/// The section of `campaign`.
pub fn funding_view(campaign: &Campaign, names: &Names<'_>) -> Option<FundingView> {
    let offers = liabilities(campaign);
    if offers.iter().all(|o| o.funded_by.is_none()) {
        return None;
    }
    let budget = campaign.budget.as_ref()?;
    struct Line {
        name: String,
        amount: Option<Decimal>,
        total: LineTotal,
    }
    let totals = line_totals(&offers);
    let lines: Vec<Line> = budget
        .lines
        .iter()
        .flat_map(|l| l.items())
        .filter_map(|line| {
            Some(Line {
                name: line.name.clone(),
                amount: line.amount.known().map(|m| m.amount),
                total: totals.get(line.id.as_str())?.clone(),
            })
        })
        .collect();
    let largest = lines
        .iter()
        .flat_map(|l| {
            [
                l.amount.unwrap_or_default(),
                l.total.worst,
                l.total.expected,
            ]
        })
        .max()
        .unwrap_or_default();
    let bar = |value: Decimal| -> String {
        if largest <= Decimal::ZERO {
            return "0".into();
        }
        value
            .saturating_mul(Decimal::ONE_HUNDRED)
            .checked_div(largest)
            .unwrap_or_default()
            .round_dp(1)
            .normalize()
            .to_string()
    };
    let rows = lines
        .iter()
        .map(|l| {
            let amount = l.amount.unwrap_or_default();
            let t = &l.total;
            let worst = names.money(t.worst);
            FundingRow {
                name: l.name.clone(),
                amount: l.amount.map_or_else(|| "—".into(), |a| names.money(a)),
                worst: if t.unbounded {
                    format!("≥ {worst}")
                } else {
                    worst
                },
                expected: names.money(t.expected),
                offers: t.offers.iter().map(|id| names.offer(id)).collect(),
                worst_over: l.amount.is_some() && (t.worst > amount || t.unbounded),
                expected_over: l.amount.is_some() && t.expected > amount,
                unbounded: t.unbounded,
                bar_amount: bar(amount),
                bar_worst: bar(t.worst),
                bar_expected: bar(t.expected),
            }
        })
        .collect();
    let unfunded = offers
        .iter()
        .filter(|o| o.funded_by.is_none() && o.is_payout() && o.worst().is_some())
        .map(|o| names.offer(&o.id))
        .collect();
    Some(FundingView {
        lines: rows,
        unfunded,
    })
}
