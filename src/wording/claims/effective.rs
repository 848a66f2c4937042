//! Ratio claims computed from the mechanics: 相当于8.7折, 约9折, 折合7.5折, "that's 25% off",
//! "= 55% off in total", and "save 15%" next to an amount off. The ratio is computed
//! exactly from the 满X减Y or "$X off $Y" the same sentence states (else from the offers
//! the text speaks for) and compared at the precision the words state: 8.7折 is right for
//! 满300减40 (260/300 = 8.67折), 8.5折 is not; 7折 for 满200减50 (7.5折, which rounds half
//! up to 8折) is not.

use super::{
    Claim, ClaimKind, Mismatch, NUM, Offer, Pattern, number, p, pay_ratios, percent_pay, show, zhe,
};
use crate::i18n::Arg;
use crate::model::{Campaign, Loc, PLAN, PromotionKind};
use crate::msg;
use rust_decimal::{Decimal, RoundingStrategy};
use std::str::FromStr;

/// A ratio as the words state it: the figure (8.7 for 8.7折, 25 for "25% off"), its
/// decimal places, and whether it is written in 折.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stated {
    pub figure: Decimal,
    pub places: u32,
    pub zhe: bool,
}

impl Stated {
    fn of_zhe(text: &str) -> Option<Stated> {
        let figure = zhe(text)?.checked_mul(Decimal::TEN)?.normalize();
        Some(Stated {
            places: figure.scale(),
            figure,
            zhe: true,
        })
    }

    fn of_percent(text: &str) -> Option<Stated> {
        percent_pay(text)?;
        let figure = Decimal::from_str(text).ok()?.normalize();
        Some(Stated {
            places: figure.scale(),
            figure,
            zhe: false,
        })
    }

    /// The pay share the figure states.
    pub fn pay(&self) -> Option<Decimal> {
        if self.zhe {
            self.figure.checked_div(Decimal::TEN)
        } else {
            Decimal::ONE.checked_sub(self.figure.checked_div(Decimal::ONE_HUNDRED)?)
        }
    }

    /// The figure a pay share gives in the words' terms, exactly.
    fn figure_of(&self, pay: Decimal) -> Option<Decimal> {
        if self.zhe {
            pay.checked_mul(Decimal::TEN)
        } else {
            Decimal::ONE
                .checked_sub(pay)?
                .checked_mul(Decimal::ONE_HUNDRED)
        }
    }

    /// Whether a pay share, rounded half up to the stated places, is the stated figure.
    fn holds_for(&self, pay: Decimal) -> bool {
        self.figure_of(pay).is_some_and(|f| {
            f.round_dp_with_strategy(self.places, RoundingStrategy::MidpointAwayFromZero)
                == self.figure
        })
    }

    /// A pay share in the words' terms, to two places and, when that differs, at the
    /// stated precision: `8.67折 (≈8.7折)`, `13.33% off (≈13% off)`.
    fn show(&self, pay: Decimal) -> String {
        let Some(exact) = self.figure_of(pay) else {
            return show(pay);
        };
        let unit = |f: Decimal| {
            if self.zhe {
                format!("{}折", f.normalize())
            } else {
                format!("{}% off", f.normalize())
            }
        };
        let near = exact.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        let at_stated =
            exact.round_dp_with_strategy(self.places, RoundingStrategy::MidpointAwayFromZero);
        let mut out = unit(near);
        if at_stated.normalize() != near.normalize() {
            out = format!("{out} (≈{})", unit(at_stated));
        }
        out
    }

    /// The stated figure written in the words' terms (`8.5折`, `30% off`).
    pub fn text(&self) -> String {
        if self.zhe {
            format!("{}折", self.figure.normalize())
        } else {
            format!("{}% off", self.figure.normalize())
        }
    }

    /// The right figure for a pay share at the stated precision (`8.7`).
    pub fn right_figure(&self, pay: Decimal) -> Option<Decimal> {
        Some(
            self.figure_of(pay)?
                .round_dp_with_strategy(self.places, RoundingStrategy::MidpointAwayFromZero)
                .normalize(),
        )
    }
}

/// A currency sign, required: `spend 2, get 1 free` is not money.
const SIGN: &str = r"(?:¥|\$|€|£)";

/// The ratio patterns, and the amount-off wordings (`$20 off $80`, `spend £100, save
/// £15`) a ratio is computed from.
pub(super) fn patterns() -> Vec<Pattern> {
    let zhe_re = r"(?:([0-9]\.[0-9]|[0-9]{1,2})[ \t]*折|(半价))";
    vec![
        p(format!(r"(?:相当于|相当|等于|等同于|约等于|约合|约为|约|折合|算下来约?)[ \t]*(?:全场|全店|到手|打|仅|只要|只需|约)?[ \t]*{zhe_re}"), |c| {
            let stated = match (c.get(1), c.get(2)) {
                (Some(m), _) => Stated::of_zhe(m.as_str())?,
                (None, Some(_)) => Stated::of_zhe("5")?,
                _ => return None,
            };
            Some(ClaimKind::Effective { stated, basis: None, loose: false })
        }),
        p(r"(?:that's|that is|thats|equivalent to|equal to|equals|works out (?:at|to|as)|effectively|which is|which means|meaning|making it|=)(?: an?| over| almost| nearly| about| around| roughly| approx\.?| approximately| just| only| a whopping)? ([0-9]+(?:\.[0-9]+)?)% off|([0-9]+(?:\.[0-9]+)?)% off (?:in total|overall|altogether|in all)".into(), |c| {
            let figure = c.get(1).or_else(|| c.get(2))?;
            Some(ClaimKind::Effective { stated: Stated::of_percent(figure.as_str())?, basis: None, loose: false })
        }),
        // `save 15%`: a ratio claim only next to an amount off it can be computed from.
        p(r"(?:you save|so you save|saving you|a saving of|save) ([0-9]+(?:\.[0-9]+)?)%".into(), |c| {
            Some(ClaimKind::Effective { stated: Stated::of_percent(c.get(1)?.as_str())?, basis: None, loose: true })
        }),
        p(format!(r"spend {SIGN}{NUM}(?: or more)?,? (?:and |to )?(?:save|get|take) {SIGN}{NUM}(?: off)?"), |c| {
            Some(ClaimKind::SpendAmount { spend: number(c, 1, 2)?, off: number(c, 3, 4)? })
        }),
        p(format!(r"{SIGN}{NUM} off (?:a |an |any |your )?{SIGN}{NUM}(?: spend| order| purchase| basket| shop)?"), |c| {
            Some(ClaimKind::SpendAmount { spend: number(c, 3, 4)?, off: number(c, 1, 2)? })
        }),
    ]
}

/// Words one of which a sentence without digits holds when it states a ratio.
pub(super) const WORDS: &[&str] = &["半价"];

/// Gives each ratio claim of one sentence the amount off it is computed from: the
/// nearest 满X减Y (or "$X off $Y") before it, else after it. A `save 15%` with none is
/// no ratio claim and is dropped.
pub(super) fn attach(claims: &mut Vec<Claim>) {
    let bases: Vec<(usize, usize, (Decimal, Decimal))> = claims
        .iter()
        .filter_map(|c| match c.kind {
            ClaimKind::SpendAmount { spend, off } | ClaimKind::EverySpend { spend, off } => {
                Some((c.start, c.end, (spend, off)))
            }
            _ => None,
        })
        .collect();
    claims.retain_mut(|claim| {
        let ClaimKind::Effective { basis, loose, .. } = &mut claim.kind else {
            return true;
        };
        let before = bases
            .iter()
            .filter(|(_, end, _)| *end <= claim.start)
            .max_by_key(|(_, end, _)| *end);
        let after = bases
            .iter()
            .filter(|(start, _, _)| *start >= claim.end)
            .min_by_key(|(start, _, _)| *start);
        *basis = before.or(after).map(|(_, _, b)| *b);
        basis.is_some() || !*loose
    });
}

/// A ratio the mechanics give, with how it comes about and where it is written.
struct Candidate {
    pay: Decimal,
    how: Option<String>,
    at: Loc,
}

/// `满300减40` / `$40 off $300`, in the words' terms.
fn spend_off(campaign: &Campaign, spend: Decimal, off: Decimal, zhe: bool) -> String {
    if zhe {
        format!("满{}减{}", show(spend), show(off))
    } else {
        let currency = campaign
            .currency
            .as_ref()
            .map(|c| c.as_str())
            .unwrap_or("USD");
        let money = |a: Decimal| crate::numfmt::money(a, currency, crate::numfmt::Money::Message);
        format!("{} off {}", money(off), money(spend))
    }
}

/// The pay share of spending `spend` and saving `off`.
fn share(spend: Decimal, off: Decimal) -> Option<Decimal> {
    (spend > Decimal::ZERO && off >= Decimal::ZERO && off < spend)
        .then(|| spend.checked_sub(off)?.checked_div(spend))
        .flatten()
}

/// Every ratio the offers give: their prices and shares off, each amount tier and
/// amount coupon at its threshold, and two shares of different offers together.
fn candidates(campaign: &Campaign, offers: &[Offer<'_>], zhe: bool) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    for offer in offers {
        for (pay, at) in pay_ratios(offer) {
            out.push(Candidate { pay, how: None, at });
        }
        for (spend, off, at) in thresholds(offer) {
            if let Some(pay) = share(spend, off) {
                out.push(Candidate {
                    pay,
                    how: Some(spend_off(campaign, spend, off, zhe)),
                    at,
                });
            }
        }
    }
    let shares: Vec<(usize, Decimal, Loc)> = offers
        .iter()
        .enumerate()
        .flat_map(|(k, o)| pay_ratios(o).into_iter().map(move |(r, at)| (k, r, at)))
        .collect();
    for (i, (k1, r1, at)) in shares.iter().enumerate() {
        for (k2, r2, _) in shares.iter().skip(i.saturating_add(1)) {
            if k1 != k2
                && let Some(pay) = r1.checked_mul(*r2)
            {
                out.push(Candidate {
                    pay,
                    how: Some("together".into()),
                    at: at.clone(),
                });
            }
        }
    }
    out
}

/// The amount-off thresholds of an offer: amount tiers and amount coupons.
fn thresholds(offer: &Offer<'_>) -> Vec<(Decimal, Decimal, Loc)> {
    let mut out = Vec::new();
    match offer {
        Offer::Promotion(i, p) => {
            if let PromotionKind::SpendTiers { tiers, .. } = &p.kind {
                for (j, t) in tiers.known().into_iter().flat_map(|l| l.iter()) {
                    if let (Some(spend), Some(off)) =
                        (t.spend.known(), t.discount.known().and_then(|d| d.amount()))
                    {
                        out.push((
                            spend.amount,
                            off.amount,
                            PLAN.promotions().item(i).tiers().item(j).discount(),
                        ));
                    }
                }
            }
        }
        Offer::Coupon(i, c) => {
            if let (Some(min), Some(amount)) = (c.min_spend.known(), &c.amount) {
                out.push((min.amount, amount.amount, PLAN.coupons().item(i).amount()));
            }
        }
    }
    out
}

/// 相当于X折 / "that's X% off": the ratio the stated 满X减Y gives, or else one the offers
/// give, at the stated precision. Nothing to compute from is no contradiction.
pub(super) fn verify(
    campaign: &Campaign,
    offers: &[Offer<'_>],
    stated: &Stated,
    basis: Option<(Decimal, Decimal)>,
) -> Result<(), Box<Mismatch>> {
    if let Some((spend, off)) = basis {
        let Some(pay) = share(spend, off) else {
            return Ok(());
        };
        if stated.holds_for(pay) {
            return Ok(());
        }
        let paid = spend.checked_sub(off).unwrap_or(spend);
        // The words disagree with themselves: no field of the plan is wrong.
        return Err(Box::new(Mismatch {
            actual: msg!(
                "wording-claim-effective-pays",
                basis = spend_off(campaign, spend, off, stated.zhe),
                paid = show(paid),
                spend = show(spend),
                share = stated.show(pay),
            ),
            at: None,
        }));
    }
    let all = candidates(campaign, offers, stated.zhe);
    if all.is_empty() || all.iter().any(|c| stated.holds_for(c.pay)) {
        return Ok(());
    }
    let listed: Vec<Arg> = all
        .iter()
        .filter(|c| c.how.as_deref() != Some("together"))
        .take(6)
        .map(|c| match &c.how {
            Some(how) => Arg::Text(format!("{how} = {}", stated.show(c.pay))),
            None => Arg::Text(stated.show(c.pay)),
        })
        .collect();
    Err(Box::new(Mismatch {
        actual: msg!(
            "wording-claim-offers-give",
            shares = super::comma_list(listed)
        ),
        at: all.first().map(|c| c.at.clone()),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn the_stated_precision_decides() {
        let pay = share(d("300"), d("40")).unwrap();
        assert!(Stated::of_zhe("8.7").unwrap().holds_for(pay));
        assert!(Stated::of_zhe("87").unwrap().holds_for(pay));
        assert!(!Stated::of_zhe("8.5").unwrap().holds_for(pay));
        // 8.67折 is nearer 9折 than 8折.
        assert!(Stated::of_zhe("9").unwrap().holds_for(pay));
        assert!(!Stated::of_zhe("8").unwrap().holds_for(pay));
        // 满200减50 is exactly 7.5折: 7折 is wrong, 8折 rounds half up.
        let pay = share(d("200"), d("50")).unwrap();
        assert!(!Stated::of_zhe("7").unwrap().holds_for(pay));
        assert!(Stated::of_zhe("7.5").unwrap().holds_for(pay));
        // 满399减100 = 7.49折: 75折 is right at one decimal.
        assert!(
            Stated::of_zhe("75")
                .unwrap()
                .holds_for(share(d("399"), d("100")).unwrap())
        );
        // $20 off $80 is 25% off.
        let pay = share(d("80"), d("20")).unwrap();
        assert!(Stated::of_percent("25").unwrap().holds_for(pay));
        assert!(!Stated::of_percent("30").unwrap().holds_for(pay));
        assert_eq!(
            Stated::of_zhe("8.5")
                .unwrap()
                .show(share(d("300"), d("40")).unwrap()),
            "8.67折 (≈8.7折)"
        );
        assert_eq!(Stated::of_percent("30").unwrap().show(d("0.75")), "25% off");
    }
}
