//! Rule L007 `cn-prize-records`: prize records are not kept for two years.

use super::under;
use crate::model::PLAN;
use crate::model::{Jurisdiction, PromotionKind};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};
use rust_decimal::Decimal;

declare_rule! {
    /// ## What it checks
    ///
    /// A plan under `CN` with a prize promotion (a `lottery`, or a `mystery_box` with a grand
    /// prize) states how long it keeps the prize records — rules, notices, draw results,
    /// winners — in `compliance.prize_records`, and keeps them at least two years (`2y`).
    /// A plan without prize promotions is not asked for them.
    ///
    /// ## Why it matters
    ///
    /// Regulators ask for the records of prize promotions long after they end; without them the
    /// organiser cannot show the draw was fair. Prize records are kept apart from personal
    /// data: PIPL Art. 19 asks personal data to be kept no longer than its purpose needs, so
    /// the rule no longer asks to lengthen `data_retention`.
    ///
    /// The reading changed (issue 17): the rule used to check `data_retention` (the plan's
    /// personal-data retention) and cited 暂行规定 Art. 18 as settled; that article could not
    /// be found in any text read, so the citation is marked unverified and the rule stays a
    /// warning until it is verified.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// compliance:
    ///   data_retention: 90d
    ///   prize_records: 1y
    /// ```
    ///
    /// ## Depends on
    ///
    /// The prize draws among the `promotions` and `compliance.prize_records`: an unreadable
    /// duration withholds the finding.
    ///
    /// ## How to fix
    ///
    /// Set `compliance.prize_records: 2y` (e-commerce platforms keep transaction records
    /// three years: `3y`). Keep `data_retention` as short as the purpose allows.
    ///
    /// ## Source
    ///
    /// 《规范促销行为暂行规定》 (SAMR Order No. 32): a two-year prize-record duty, believed to
    /// be Art. 18 — the article could not be found in any text read (U — unverified, verify
    /// before relying). 《电子商务法》 Art. 31 (platforms: goods, service and transaction
    /// information kept ≥ 3 years from the transaction) (V). 《个人信息保护法》 Art. 19
    /// (personal data kept for the shortest period the purpose needs) (M — verify).
    pub struct CnPrizeRecords;
    code = "L007", name = "cn-prize-records", family = "legal",
    severity = Warning, summary = "prize records are not kept for two years",
    cites = [
        (Cn, "《规范促销行为暂行规定》 (believed Art. 18; unverified); 《电子商务法》 Art. 31", U),
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
        let at = PLAN.compliance().prize_records();
        if ctx.failed_at(&at) {
            return;
        }
        let kept = c.compliance.as_ref().and_then(|c| c.prize_records.as_ref());
        let two_years = Decimal::from(730);
        match kept {
            Some(d) if d.approx_days() >= two_years => {}
            Some(d) => out.push(
                Draft::new(
                    &Self::META,
                    at,
                    msg!("l007-short", kept = d.to_string(), promotion = &p.id),
                )
                .related(PLAN.promotions().item(i).id(), msg!("l007-prize-promotion"))
                .help(msg!("l007-short-help")),
            ),
            None => out.push(
                Draft::new(
                    &Self::META,
                    PLAN.promotions().item(i).id(),
                    msg!("l007-unset", promotion = &p.id),
                )
                .help(msg!("l007-unset-help")),
            ),
        }
    }
}
