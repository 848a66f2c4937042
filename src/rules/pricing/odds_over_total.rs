//! Rule P016 `odds-over-total`: a draw's prize odds add up to more than 100 %.

use crate::model::PromotionKind;
use crate::model::{At, Prize};
use crate::numfmt;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};
use rust_decimal::Decimal;

declare_rule! {
    /// ## What it checks
    ///
    /// The `odds` of a lottery's prizes (the chance per entry of winning each prize) add
    /// up to at most 100 %.
    ///
    /// ## Why it matters
    ///
    /// Odds are disclosed to customers; impossible odds are a misleading disclosure and
    /// usually a typo (0.1 % written as 10 %).
    ///
    /// ## Example
    ///
    /// ```yaml
    /// prizes:
    ///   - { name: 手机, value: 6999, quantity: 11, odds: 60% }
    ///   - { name: 红包, value: 5, quantity: 200000, odds: 50% }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Correct the odds so that together they are at most 100 %.
    pub struct OddsOverTotal;
    code = "P016", name = "odds-over-total", family = "pricing",
    severity = Error, summary = "a draw's prize odds add up to more than 100 %"
}

impl Rule for OddsOverTotal {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        for (at, promotion) in ctx.campaign.promotions_at() {
            let PromotionKind::Lottery { prizes, .. } = &promotion.kind else {
                continue;
            };
            let with_odds: Vec<(At<Prize>, Decimal)> = prizes
                .known()
                .into_iter()
                .flat_map(|l| l.iter_at(at.prizes()))
                .filter_map(|(prize_at, prize)| prize.odds.as_ref().map(|o| (prize_at, o.ratio())))
                .collect();
            let total: Decimal = with_odds.iter().map(|(_, o)| *o).sum();
            if total > Decimal::ONE {
                let Some((first, _)) = with_odds.first() else {
                    continue;
                };
                let mut draft = Draft::new(
                    &Self::META,
                    first.odds(),
                    msg!(
                        "p016-over-total",
                        promotion = &promotion.id,
                        total = numfmt::percent_short(total),
                    ),
                )
                .help(msg!("p016-help"));
                for (prize_at, _) in with_odds.iter().skip(1) {
                    draft = draft.related(prize_at.odds(), msg!("p016-odds"));
                }
                out.push(draft);
            }
        }
    }
}
