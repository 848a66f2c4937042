//! Rule L016 `uk-prize-terms`: a UK prize promotion's terms lack significant conditions.

use super::{claims_in, under};
use crate::i18n::Arg;
use crate::model::PLAN;
use crate::model::{Jurisdiction, PromotionKind};
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::claims::ClaimKind;
use crate::wording::{Field, Owner};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// For plans under `UK`, a prize promotion (a `lottery`, a `collect_to_win`, or a
    /// `mystery_box` with a grand prize) has `terms` that state its closing date (a date, e.g.
    /// "closes 30 Nov 2027") and the number of prizes, so that participants know them before
    /// they take part.
    ///
    /// ## Why it matters
    ///
    /// Closing dates and significant conditions must be given before purchase or entry; a
    /// prize promotion without a closing date breaches the CAP Code.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [UK]
    /// - { id: draw, type: lottery, name: Winter draw, entry: Sign up to enter, free_entry: Email us,
    ///     terms: Enter for a chance to win!, prizes: [{ name: Bike, value: 900, quantity: 2 }] }
    /// ```
    ///
    /// ## How to fix
    ///
    /// State the closing date and the number of prizes in the terms ("2 bikes to be won; closes
    /// 30 Nov 2027").
    ///
    /// ## Source
    ///
    /// UK: CAP Code rule 8.17 (significant conditions) and 8.17.4 (closing dates) (V, reprint);
    /// DMCC Act 2024 Part 4 (S — verify).
    pub struct UkPrizeTerms;
    code = "L016", name = "uk-prize-terms", family = "legal",
    severity = Error, summary = "a UK prize promotion's terms lack significant conditions",
    cites = [
        (Uk, "CAP Code 8.17, 8.17.4", V),
    ]
}

impl Rule for UkPrizeTerms {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        if !under(ctx, &[Jurisdiction::Uk]) {
            return;
        }
        for (i, p) in ctx.campaign.promotions.iter().flat_map(|p| p.iter()) {
            let is_prize = matches!(
                &p.kind,
                PromotionKind::Lottery { .. }
                    | PromotionKind::CollectToWin { .. }
                    | PromotionKind::MysteryBox {
                        grand_prize: Some(_),
                        ..
                    }
            );
            if !is_prize {
                continue;
            }
            let terms_at = PLAN.promotions().item(i).terms();
            let Some(place) = wording.place_of(Owner::Promotion(i), Field::Terms) else {
                if !ctx.has(&terms_at) {
                    out.push(
                        Draft::new(
                            &Self::META,
                            PLAN.promotions().item(i).id(),
                            msg!("l016-no-terms", id = &p.id),
                        )
                        .help(msg!("l016-no-terms-help")),
                    );
                }
                continue;
            };
            let mut missing = Vec::new();
            if !claims_in(wording, place)
                .any(|c| matches!(c, ClaimKind::Period { to: Some(_), .. }))
            {
                missing.push(msg!("l016-closing-date"));
            }
            if !claims_in(wording, place).any(|c| {
                matches!(
                    c,
                    ClaimKind::Total { .. } | ClaimKind::Quantity { .. } | ClaimKind::Count { .. }
                )
            }) {
                missing.push(msg!("l016-number-of-prizes"));
            }
            if !missing.is_empty() {
                out.push(
                    Draft::new(
                        &Self::META,
                        terms_at,
                        msg!("l016-missing", id = &p.id, missing = Arg::any(missing)),
                    )
                    .help(msg!("l016-missing-help")),
                );
            }
        }
    }
}
