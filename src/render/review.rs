//! The review report's context: for every goal its target, actual result and attainment,
//! phase by phase where the plan records phase results, and a generated summary
//! ("5 of 6 goals met; units 120% of target"). Exact decimals throughout.

use super::charts::{Bar, Layout};
use super::context::{file_name, metric_label, plan_id};
use super::locale::{Labels, Lang};
use super::names::{DASH, Names};
use crate::model::{Campaign, Goal, GoalResult, Metric};
use crate::numfmt::percent;
use crate::values::{MeasureKind, MeasureValue};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;

/// What `review.md` and `review.html` show.
#[derive(Debug, Serialize)]
pub struct ReviewContext {
    pub lang: &'static str,
    pub l: &'static Labels,
    pub id: String,
    pub name: String,
    pub source: String,
    pub window: String,
    /// One sentence: how many goals were met, the best attainment, the misses.
    pub summary: String,
    pub goals: Vec<GoalReview>,
    /// Goals with results by phase.
    pub phases: Vec<PhaseReview>,
    /// Attainment bars for the HTML page (100% marked).
    pub chart: AttainmentChart,
    /// The same for phones: labels above the bars.
    pub chart_narrow: AttainmentChart,
}

#[derive(Debug, Serialize)]
pub struct GoalReview {
    pub name: String,
    pub metric: String,
    pub target: String,
    pub actual: String,
    pub attainment: String,
    /// `met`, `missed` or `unknown` (for styling).
    pub state: &'static str,
    /// The state in words.
    pub status: &'static str,
}

#[derive(Debug, Serialize)]
pub struct PhaseReview {
    pub goal: String,
    pub rows: Vec<PhaseRow>,
}

#[derive(Debug, Serialize)]
pub struct PhaseRow {
    pub phase: String,
    pub target: String,
    pub actual: String,
    pub attainment: String,
    pub state: &'static str,
    pub status: &'static str,
}

#[derive(Debug, Serialize)]
pub struct AttainmentChart {
    pub width: i64,
    pub height: i64,
    pub x0: i64,
    /// The x of 100 %.
    pub full_x: i64,
    pub bars: Vec<Bar>,
}

/// A goal's target as one number: the target (a range's low end), or baseline × (1 +
/// growth) when only those are given.
fn target_of(goal: &Goal, kind: MeasureKind) -> Option<Decimal> {
    if let Some(t) = &goal.target {
        return t.interpret(kind).ok().map(|v| v.low());
    }
    let baseline = goal.baseline.as_ref()?.interpret(kind).ok()?;
    let growth = goal.growth.as_ref()?.ratio();
    baseline
        .low()
        .checked_mul(Decimal::ONE.checked_add(growth)?)
}

/// Actual / target, when both are positive.
fn attainment(actual: Decimal, target: Decimal) -> Option<Decimal> {
    if target > Decimal::ZERO && actual >= Decimal::ZERO {
        actual.checked_div(target)
    } else {
        None
    }
}

/// The whole-campaign actual: as written, or for money and counts the sum of the phases.
fn actual_of(result: &GoalResult, kind: MeasureKind) -> Option<Decimal> {
    if let Some((m, _)) = result.actual() {
        return m.interpret(kind).ok().map(|v| v.low());
    }
    if matches!(kind, MeasureKind::Money | MeasureKind::Count) {
        let values: Option<Vec<Decimal>> = result
            .phases()
            .map(|(_, m)| m.interpret(kind).ok().map(|v| v.low()))
            .collect();
        return values
            .filter(|v| !v.is_empty())
            .map(|v| v.into_iter().sum());
    }
    None
}

pub fn review_context(path: &str, campaign: &Campaign) -> ReviewContext {
    let names = Names::new(campaign);
    let lang = names.lang;
    let l = lang.labels();
    let show =
        |metric: Metric, goal: &Goal, v: Decimal| names.value(metric, goal.unit.as_deref(), v);
    let verdict = |a: Option<Decimal>, actual: Option<Decimal>, target: Option<Decimal>| match (
        actual, target,
    ) {
        (Some(x), Some(t)) if x >= t => ("met", l.met, a),
        (Some(_), Some(_)) => ("missed", l.missed, a),
        (None, _) => ("unknown", l.no_result, None),
        (_, None) => ("unknown", l.no_target, None),
    };
    let results = campaign.results.as_ref();
    let mut goals = Vec::new();
    let mut phases = Vec::new();
    let mut measured: Vec<(String, Decimal, bool)> = Vec::new();
    // Reviews are built from plans without errors, where every metric is known.
    let goals_known = campaign
        .goals
        .iter()
        .flat_map(|g| g.items())
        .filter_map(|g| Some((g, *g.metric.known()?)));
    for (goal, metric) in goals_known {
        let kind = metric.kind();
        let target = target_of(goal, kind);
        let result = results.and_then(|r| r.get(goal.id.as_str()));
        let actual = result.and_then(|r| actual_of(r, kind));
        let ratio = match (actual, target) {
            (Some(x), Some(t)) => attainment(x, t),
            _ => None,
        };
        let (state, status, ratio) = verdict(ratio, actual, target);
        if let (Some(x), Some(t)) = (actual, target) {
            measured.push((goal.name.clone(), ratio.unwrap_or_default(), x >= t));
        }
        goals.push(GoalReview {
            name: goal.name.clone(),
            metric: metric_label(metric, lang).into(),
            target: match (&goal.target, target) {
                (Some(t), _) => names.measure(metric, goal.unit.as_deref(), t),
                (None, Some(t)) => show(metric, goal, t),
                (None, None) => DASH.into(),
            },
            actual: actual
                .map(|x| show(metric, goal, x))
                .unwrap_or_else(|| DASH.into()),
            attainment: ratio.map(|r| percent(r, 1)).unwrap_or_else(|| DASH.into()),
            state,
            status,
        });
        // Phase by phase: the phase's share of the goal's target, against its result.
        let Some(result) = result else { continue };
        let rows: Vec<PhaseRow> = result
            .phases()
            .map(|(phase_id, m)| {
                let phase = names.phase(phase_id);
                let share = phase
                    .and_then(|p| p.targets.as_ref())
                    .and_then(|t| t.get(goal.id.as_str()))
                    .map(|s| s.ratio());
                let phase_target = match (target, share) {
                    (Some(t), Some(s))
                        if matches!(kind, MeasureKind::Money | MeasureKind::Count) =>
                    {
                        t.checked_mul(s)
                    }
                    _ => None,
                };
                let actual = m.interpret(kind).ok().map(|v: MeasureValue| v.low());
                let ratio = match (actual, phase_target) {
                    (Some(x), Some(t)) => attainment(x, t),
                    _ => None,
                };
                let (state, status, ratio) = verdict(ratio, actual, phase_target);
                PhaseRow {
                    phase: phase
                        .map(|p| p.name.clone())
                        .unwrap_or_else(|| phase_id.clone()),
                    target: phase_target
                        .map(|t| show(metric, goal, t))
                        .unwrap_or_else(|| DASH.into()),
                    actual: names.measure(metric, goal.unit.as_deref(), m),
                    attainment: ratio.map(|r| percent(r, 1)).unwrap_or_else(|| DASH.into()),
                    state,
                    status,
                }
            })
            .collect();
        if !rows.is_empty() {
            phases.push(PhaseReview {
                goal: goal.name.clone(),
                rows,
            });
        }
    }
    let summary = summarize(lang, &measured);
    let chart_narrow = chart(&measured, Layout::Narrow);
    let chart = chart(&measured, Layout::Wide);
    ReviewContext {
        lang: lang.tag(),
        l,
        id: plan_id(campaign),
        name: campaign.name.clone().unwrap_or_default(),
        source: file_name(path),
        window: names.window(),
        summary,
        goals,
        phases,
        chart,
        chart_narrow,
    }
}

/// `5 of 6 goals met; units 120% of target; missed: conversion (93.3%)`.
fn summarize(lang: Lang, measured: &[(String, Decimal, bool)]) -> String {
    let met = measured.iter().filter(|(_, _, ok)| *ok).count();
    let total = measured.len();
    if total == 0 {
        return match lang {
            Lang::Zh => "没有可与目标比较的结果。".into(),
            Lang::En => "No results can be compared with a target.".into(),
        };
    }
    let best = measured
        .iter()
        .filter(|(_, r, _)| *r > Decimal::ZERO)
        .max_by(|a, b| a.1.cmp(&b.1));
    let missed: Vec<String> = measured
        .iter()
        .filter(|(_, _, ok)| !ok)
        .map(|(name, r, _)| match lang {
            Lang::Zh => format!("{name}（{}）", percent(*r, 1)),
            Lang::En => format!("{name} ({})", percent(*r, 1)),
        })
        .collect();
    let mut parts = vec![match lang {
        Lang::Zh => format!("{total}个目标中{met}个达成"),
        Lang::En => format!("{met} of {total} goals met"),
    }];
    if let Some((name, r, _)) = best {
        parts.push(match lang {
            Lang::Zh => format!("{name}达成目标的{}", percent(*r, 1)),
            Lang::En => format!("{name} {} of target", percent(*r, 1)),
        });
    }
    if !missed.is_empty() {
        parts.push(match lang {
            Lang::Zh => format!("未达成：{}", missed.join("、")),
            Lang::En => format!("missed: {}", lang.join(&missed)),
        });
    }
    match lang {
        Lang::Zh => format!("{}。", parts.join("；")),
        Lang::En => format!("{}.", parts.join("; ")),
    }
}

/// Horizontal attainment bars; the scale reaches 150 % (longer bars are capped) with a
/// line at 100 %.
#[expect(
    clippy::arithmetic_side_effects,
    reason = "pixel geometry: widths under 2,000 px and one row per goal of a file under 2 GiB keep every i64 far from overflow; the scale divides by a constant"
)]
fn chart(measured: &[(String, Decimal, bool)], layout: Layout) -> AttainmentChart {
    // Values stand in a column at the right edge, clear of the bars and of the line at
    // 100 %; the scale reaches 150 % (longer bars are capped).
    let value_column = 60;
    let (x0, right) = (layout.x0(), layout.x1());
    let plot = right - x0 - value_column;
    let cap = Decimal::new(15, 1);
    let full_x = x0 + (Decimal::from(plot) / cap).round().to_i64().unwrap_or(0);
    let (h, gap) = (22, 8);
    let mut y = 8;
    let mut bars = Vec::new();
    for (name, ratio, ok) in measured {
        let w = (Decimal::from(plot) * (*ratio).min(cap) / cap)
            .round()
            .to_i64()
            .unwrap_or(0)
            .max(2);
        let label = layout.label(name);
        let row = layout.row(y, h, label.len());
        bars.push(Bar {
            x: x0,
            y: row.mark_y,
            w,
            h,
            label,
            title: format!("{name} · {}", percent(*ratio, 1)),
            label_x: row.label_x,
            label_y: row.label_y,
            label_anchor: row.label_anchor,
            text_y: row.text_y,
            value: percent(*ratio, 1),
            value_x: right,
            anchor: "end",
            inside: false,
            class: if *ok { "met".into() } else { "missed".into() },
        });
        y = row.next + gap;
    }
    AttainmentChart {
        width: layout.width(),
        height: y + 2,
        x0,
        full_x,
        bars,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn summary_counts_met_goals_and_names_the_misses() {
        let measured = vec![
            ("units".to_owned(), d("1.2"), true),
            ("gmv".to_owned(), d("1.05"), true),
            ("conversion".to_owned(), d("0.9333"), false),
        ];
        assert_eq!(
            summarize(Lang::En, &measured),
            "2 of 3 goals met; units 120.0% of target; missed: conversion (93.3%)."
        );
        assert_eq!(
            summarize(Lang::Zh, &measured),
            "3个目标中2个达成；units达成目标的120.0%；未达成：conversion（93.3%）。"
        );
    }
}
