//! Analyses over the model: the exact worst-case stacking of offers, and the pricing of
//! carts. Their results are data that rules, documents and reports share.

pub mod exact;
pub mod liability;
pub mod offers;
pub mod select;
pub mod stacking;

pub use exact::{Cents, Ratio};
pub use offers::{Offers, Unpriceable};
pub use stacking::{Worst, worst_case};

use crate::model::Campaign;
use rust_decimal::Decimal;
use serde::Serialize;

/// The stacking exposure of a plan: its worst case and what it leaves of the margin.
#[derive(Clone, Debug)]
pub struct Analysis {
    pub offers: Offers,
    pub worst: Worst,
    /// `guardrails.gross_margin`, if given.
    pub gross_margin: Option<Ratio>,
    /// Some offers failed to read and were left out: the depth is a lower bound (an
    /// offer left out could only make the worst case deeper), enough to prove a depth
    /// or margin limit exceeded, never to show the exposure.
    pub lower_bound: bool,
}

/// The exposure as reported in `check --format json`, documents and `rules.json`:
/// decimal strings, ratios to four places, money to the cent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Exposure {
    /// Saving / list price, e.g. `"0.6750"`.
    pub depth: String,
    /// The list-price order value where it happens, e.g. `"923.08"`.
    pub order_value: String,
    /// The offers' ids in the order they apply.
    pub combination: Vec<String>,
    /// 1 − (1 − gross margin) / (1 − depth), e.g. `"0.0769"`; `null` without a gross margin.
    pub margin_left: Option<String>,
}

impl Analysis {
    /// Analyses a plan's offers; `None` with the reasons when they cannot be priced.
    pub fn of(campaign: &Campaign) -> Result<Analysis, Vec<Unpriceable>> {
        let offers = Offers::from_campaign(campaign)?;
        let worst = worst_case(&offers);
        let gross_margin = campaign
            .guardrails
            .as_ref()
            .and_then(|g| g.gross_margin.as_ref())
            .map(|m| Ratio::from_decimal(m.ratio()));
        Ok(Analysis {
            offers,
            worst,
            gross_margin,
            lower_bound: false,
        })
    }

    /// The margin left at the worst case: 1 − (1 − gross margin) · list / paid.
    /// `None` without a gross margin (or for one written so precisely that the exact
    /// arithmetic would leave its range); a free order leaves minus infinity, reported as
    /// `Some(None)`.
    pub fn margin_left(&self) -> Option<Option<Ratio>> {
        let gm = self.gross_margin?;
        let w = &self.worst;
        if w.paid <= 0 {
            return Some(None);
        }
        // 1 − (1 − gm)·V/paid = (paid·gm.den − (gm.den − gm.num)·V) / (paid·gm.den)
        let (paid, value) = (i128::from(w.paid), i128::from(w.order_value));
        // Out of range only for margins written with absurd precision: not judged.
        let den = paid.checked_mul(gm.den)?;
        let num = den.checked_sub(gm.den.checked_sub(gm.num)?.checked_mul(value)?)?;
        Some(Some(Ratio::new(num, den)))
    }

    /// The figures as reported.
    pub fn exposure(&self) -> Exposure {
        Exposure {
            depth: format!("{:.4}", self.worst.depth.rounded(4)),
            order_value: format!("{:.2}", exact::from_cents(self.worst.order_value)),
            combination: self.worst.combination(&self.offers),
            margin_left: match self.margin_left() {
                None => None,
                Some(None) => Some("-inf".into()),
                Some(Some(m)) => Some(format!("{:.4}", m.rounded(4))),
            },
        }
    }

    /// The depth as a decimal (for messages and documents).
    pub fn depth(&self) -> Decimal {
        self.worst.depth.to_decimal()
    }
}
