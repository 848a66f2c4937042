//! Names and values in the documents' words: a team's, phase's or offer's name by id,
//! money, goal measures and date spans in the plan's language. Shared by the plan
//! context, its charts and the review.

use super::locale::Lang;
use crate::model::{Campaign, Metric, Phase};
use crate::numfmt::{group_thousands, percent_short};
use crate::values::{Measure, MeasureKind, MeasureValue};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

/// Shown where a value is absent.
pub const DASH: &str = "—";

/// Reads names by id and formats values in the plan's language.
pub struct Names<'a> {
    pub campaign: &'a Campaign,
    pub lang: Lang,
    pub currency: String,
}

impl<'a> Names<'a> {
    /// The names of a plan, in its language and currency.
    pub fn new(campaign: &'a Campaign) -> Self {
        Names {
            campaign,
            lang: Lang::of(campaign),
            currency: campaign
                .currency
                .as_ref()
                .map(|c| c.as_str().to_owned())
                .unwrap_or_default(),
        }
    }

    pub fn team(&self, id: &str) -> String {
        self.campaign
            .teams
            .iter()
            .flat_map(|t| t.items())
            .find(|t| t.id.as_str() == id)
            .map(|t| t.name.clone())
            .unwrap_or_else(|| id.to_owned())
    }

    pub fn phase(&self, id: &str) -> Option<&Phase> {
        self.campaign
            .phases
            .iter()
            .flat_map(|p| p.items())
            .find(|p| p.id.as_str() == id)
    }

    /// A promotion's or coupon's name by id.
    pub fn offer(&self, id: &str) -> String {
        let c = self.campaign;
        c.promotions
            .iter()
            .flat_map(|p| p.items())
            .find(|p| p.id.as_str() == id)
            .map(|p| p.name.clone())
            .or_else(|| {
                c.coupons
                    .iter()
                    .flat_map(|p| p.items())
                    .find(|p| p.id.as_str() == id)
                    .map(|p| p.name.clone())
            })
            .unwrap_or_else(|| id.to_owned())
    }

    pub fn money(&self, amount: Decimal) -> String {
        self.lang.money(amount, &self.currency)
    }

    /// A goal value in its metric's unit: `¥1.5亿`, `15%`, `30万`, `45`.
    pub fn measure(&self, metric: Metric, unit: Option<&str>, m: &Measure) -> String {
        let Ok(value) = m.interpret(metric.kind()) else {
            return m.surface().to_owned();
        };
        match value {
            MeasureValue::Single(v) => self.value(metric, unit, v),
            MeasureValue::Range(a, b) => {
                format!(
                    "{}–{}",
                    self.value(metric, unit, a),
                    self.value(metric, unit, b)
                )
            }
        }
    }

    /// One number in a metric's unit (percentages are ratios: 0.15 is `15%`).
    pub fn value(&self, metric: Metric, unit: Option<&str>, v: Decimal) -> String {
        match metric.kind() {
            MeasureKind::Money => self.money(v.round_dp(2)),
            MeasureKind::Percent => percent_short(v.round_dp(4)),
            MeasureKind::Count => match v.fract().is_zero().then(|| v.to_u64()).flatten() {
                Some(n) => self.lang.count(n),
                None => group_thousands(v.round_dp(2)),
            },
            MeasureKind::Score => v.round_dp(2).normalize().to_string(),
            MeasureKind::Custom => match unit {
                Some(u) => format!("{}{u}", v.round_dp(2).normalize()),
                None => v.round_dp(2).normalize().to_string(),
            },
        }
    }

    /// A phase's or offer's dates: the phases' span, or the window.
    pub fn phases_dates(&self, ids: Option<&crate::model::List<crate::values::Id>>) -> String {
        let lang = self.lang;
        match ids {
            Some(ids) => {
                let phases: Vec<&Phase> = ids
                    .items()
                    .filter_map(|id| self.phase(id.as_str()))
                    .collect();
                let names: Vec<String> = phases.iter().map(|p| p.name.clone()).collect();
                let from = phases
                    .iter()
                    .map(|p| p.start.known().map(|d| d.get()))
                    .min()
                    .flatten();
                let to = phases
                    .iter()
                    .map(|p| p.end.known().map(|d| d.get()))
                    .collect::<Option<Vec<_>>>()
                    .and_then(|ends| ends.into_iter().max());
                match (from, to) {
                    (Some(f), Some(t)) => match lang {
                        Lang::Zh => format!("{}（{}）", lang.join(&names), lang.dates(f, t)),
                        Lang::En => format!("{} ({})", lang.join(&names), lang.dates(f, t)),
                    },
                    _ => DASH.into(),
                }
            }
            None => self.window(),
        }
    }

    pub fn window(&self) -> String {
        match self
            .campaign
            .window
            .as_ref()
            .and_then(|w| Some((w.start?, w.end?)))
        {
            Some((s, e)) => self.lang.dates(s.get(), e.get()),
            None => DASH.into(),
        }
    }
}

/// Whole days from `a` to `b`.
pub fn days_between(a: jiff::civil::Date, b: jiff::civil::Date) -> i64 {
    a.until(b).map(|s| i64::from(s.get_days())).unwrap_or(0)
}
