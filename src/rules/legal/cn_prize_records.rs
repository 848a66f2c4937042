//! Rule L007 `cn-prize-records`: prize records are not kept for two years.

use super::under;
use crate::declare_rule;
use crate::model::PLAN;
use crate::model::{Jurisdiction, PromotionKind};
use crate::rules::{Ctx, Draft, Rule};
use rust_decimal::Decimal;

declare_rule! {
    /// ## What it checks
    ///
    /// A plan with a prize promotion (a `lottery`, or a `mystery_box` with a grand prize) keeps
    /// its records — rules, notices, results, winners — for at least two years:
    /// `compliance.data_retention` must be `2y` or longer.
    ///
    /// ## Why it matters
    ///
    /// Regulators ask for the records of prize promotions long after they end; without them the
    /// organiser cannot show the draw was fair.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// compliance:
    ///   data_retention: 1y
    /// ```
    ///
    /// ## Depends on
    ///
    /// The prize draws among the `promotions` (`promotions[].prizes`,
    /// `promotions[].entry`).
    ///
    /// ## How to fix
    ///
    /// Set `data_retention: 2y` (e-commerce platforms must keep transaction records three years:
    /// `3y`).
    ///
    /// ## Source
    ///
    /// 《规范促销行为暂行规定》 (believed Art. 18: prize-sale records kept for two years) (S/M —
    /// verify); 《电子商务法》 Art. 31 (platforms: transaction records ≥ 3 years) (V).
    pub struct CnPrizeRecords;
    code = "L007", name = "cn-prize-records", family = "legal",
    severity = Warning, summary = "prize records are not kept for two years",
    cites = [
        (Cn, "《规范促销行为暂行规定》 Art. 18; 《电子商务法》 Art. 31", U),
    ]
}

impl Rule for CnPrizeRecords {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if !under(ctx, &[Jurisdiction::Cn]) {
            return;
        }
        let c = ctx.campaign;
        let Some((i, p)) = c.promotions.iter().flat_map(|p| p.iter()).find(|(_, p)| {
            matches!(
                &p.kind,
                PromotionKind::Lottery { .. }
                    | PromotionKind::MysteryBox {
                        grand_prize: Some(_),
                        ..
                    }
            )
        }) else {
            return;
        };
        if ctx.failed_at(&PLAN.compliance().data_retention()) {
            return;
        }
        let retention = c
            .compliance
            .as_ref()
            .and_then(|c| c.data_retention.as_ref());
        let two_years = Decimal::from(730);
        match retention {
            Some(d) if d.approx_days() >= two_years => {}
            Some(d) => out.push(
                Draft::new(&Self::META, PLAN.compliance().data_retention(), format!("records are kept {d}, but prize promotion `{}` needs them for at least two years", p.id))
                    .related(PLAN.promotions().item(i).id(), "a prize promotion")
                    .help("set `data_retention: 2y` (platforms: `3y`)"),
            ),
            None => out.push(
                Draft::new(&Self::META, PLAN.promotions().item(i).id(), format!("prize promotion `{}` needs its records kept for two years, but `compliance.data_retention` is not set", p.id))
                    .help("add `compliance: { data_retention: 2y }`"),
            ),
        }
    }
}
