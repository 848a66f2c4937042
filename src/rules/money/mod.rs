//! Money at risk: what each offer can cost against the budget line that funds it
//! (`funded_by`), from the liabilities of `analysis::liability`.

mod liability_over_line;
mod liability_unbounded;
mod line_overcommitted;
mod offer_unfunded;
mod worst_case_over_line;

pub use liability_over_line::LiabilityOverLine;
pub use liability_unbounded::LiabilityUnbounded;
pub use line_overcommitted::LineOvercommitted;
pub use offer_unfunded::OfferUnfunded;
pub use worst_case_over_line::WorstCaseOverLine;

use crate::analysis::liability::{Basis, Cost, Liability, OfferAt, liabilities};
use crate::i18n::Msg;
use crate::model::{At, BudgetLine, Loc, PLAN};
use crate::msg;
use crate::numfmt;
use crate::rules::Ctx;
use rust_decimal::Decimal;

/// The plan's offers with their liabilities, and its budget lines by id.
pub(crate) struct Funding<'a> {
    pub offers: Vec<Liability>,
    /// `(id, place, amount)` of every line whose amount was read, in the order written.
    pub lines: Vec<(&'a str, At<BudgetLine>, Option<Decimal>)>,
}

impl<'a> Funding<'a> {
    pub fn of(ctx: &Ctx<'a>) -> Funding<'a> {
        let lines = ctx
            .campaign
            .budget_lines_at()
            .map(|(at, line)| {
                let amount = line.amount.known().map(|m| m.amount);
                let amount = amount.filter(|_| ctx.clean(&at.amount()));
                (line.id.as_str(), at, amount)
            })
            .collect();
        Funding {
            offers: liabilities(ctx.campaign),
            lines,
        }
    }

    /// Whether any offer names a funding line: the plan accounts for what its offers cost.
    pub fn declared(&self) -> bool {
        self.offers.iter().any(|o| o.funded_by.is_some())
    }

    /// Every offer that names a line whose amount was read, with the line's id, place
    /// and amount: what the rules comparing an offer with its line look at.
    pub fn funded(&self) -> impl Iterator<Item = (&Liability, &'a str, &At<BudgetLine>, Decimal)> {
        self.offers.iter().filter_map(|offer| {
            let (id, at, amount) = self.line(offer.funded_by.as_deref()?)?;
            Some((offer, *id, at, (*amount)?))
        })
    }

    /// The line `id` funds, with its place and amount (when read).
    pub fn line(&self, id: &str) -> Option<&(&'a str, At<BudgetLine>, Option<Decimal>)> {
        self.lines.iter().find(|l| l.0 == id)
    }
}

/// Where an offer is written.
pub(crate) fn offer_loc(offer: &Liability) -> Loc {
    match &offer.at {
        OfferAt::Promotion(at) => at.clone().into(),
        OfferAt::Coupon(at) => at.clone().into(),
    }
}

/// Where an offer's id is written (the finding's place).
pub(crate) fn offer_id_loc(offer: &Liability) -> Loc {
    match &offer.at {
        OfferAt::Promotion(at) => at.id(),
        OfferAt::Coupon(at) => at.id(),
    }
}

/// Where an offer's `funded_by` is written.
pub(crate) fn funded_by_loc(offer: &Liability) -> Loc {
    match &offer.at {
        OfferAt::Promotion(at) => at.funded_by(),
        OfferAt::Coupon(at) => at.funded_by(),
    }
}

/// Whether the offer was read whole (its figures can be trusted).
pub(crate) fn readable(ctx: &Ctx<'_>, offer: &Liability) -> bool {
    ctx.clean(&offer_loc(offer)) && !matches!(offer.cost, Cost::Unknown)
}

/// "coupon `new-user`" / "promotion `gifts`".
pub(crate) fn offer_name(offer: &Liability) -> Msg {
    match offer.at {
        OfferAt::Promotion(_) => msg!("m-offer-promotion", id = offer.id.as_str()),
        OfferAt::Coupon(_) => msg!("m-offer-coupon", id = offer.id.as_str()),
    }
}

/// The worst case with how it was reached: `20,000 × ¥50 = ¥100万`.
pub(crate) fn computation(ctx: &Ctx<'_>, offer: &Liability) -> Msg {
    match offer.cost {
        Cost::Bounded {
            worst,
            basis: Basis::PerUnit { units, each },
        } => msg!(
            "m-computation-units",
            units = numfmt::group_thousands(Decimal::from(units)),
            each = ctx.money(each),
            worst = ctx.money(worst),
        ),
        Cost::Bounded {
            worst,
            basis: Basis::Forecast { sales, depth },
        } => msg!(
            "m-computation-forecast",
            worst = ctx.money(worst),
            depth = numfmt::percent_short(depth),
            sales = ctx.money(sales),
        ),
        Cost::Bounded { worst, .. } => msg!("m-computation-sum", worst = ctx.money(worst)),
        Cost::Unbounded(_) | Cost::Unknown => msg!("m-computation-sum", worst = "?"),
    }
}

/// The label of a funding line: "budget line `promo`: ¥80万".
pub(crate) fn line_label(ctx: &Ctx<'_>, id: &str, amount: Decimal) -> Msg {
    msg!("m-line-label", line = id, amount = ctx.money(amount))
}

/// The labels of the offers a line funds.
pub(crate) fn funded_offers(ctx: &Ctx<'_>, offers: &[&Liability]) -> Vec<(Loc, Msg)> {
    offers
        .iter()
        .filter_map(|o| {
            let planned = o.planned()?;
            Some((
                funded_by_loc(o),
                msg!(
                    "m-funded-offer",
                    offer = offer_name(o),
                    cost = ctx.money(planned)
                ),
            ))
        })
        .collect()
}

/// The plan's budget total, when read.
pub(crate) fn budget_total(ctx: &Ctx<'_>) -> Option<Decimal> {
    let total = ctx.campaign.budget.as_ref()?.total.as_ref()?.amount;
    ctx.clean(&PLAN.budget().total()).then_some(total)
}
