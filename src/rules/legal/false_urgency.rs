//! Rule L013 `false-urgency`: a 'today only' claim for an offer that runs longer.

use super::{offer_known, offers_of, offers_unknown, triggers, under};
use crate::model::Jurisdiction;
use crate::rules::{Ctx, Draft, Rule};
use crate::values::Date;
use crate::wording::claims::{ClaimKind, offer_period};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// For plans under `EU` or `UK`, text saying an offer lasts only a day — "today only",
    /// "ends today", "one day only", 仅限今天, 今日截止 (trigger words in the lexicons) — must
    /// belong to or advertise offers that run for at most one day.
    ///
    /// Words that are part of a stated end — "ends midnight Sunday 6 December", "ends at
    /// midnight on Sunday" — say when the offer ends, not that it lasts a day: that end is
    /// compared with the offer's run by `claim-mismatch` (L001) instead.
    ///
    /// ## Why it matters
    ///
    /// Falsely stating that a product or its terms are available only for a very limited time
    /// is one of the commercial practices banned in all circumstances.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [EU]
    /// copy:
    ///   - { id: hero, channel: web, text: Today only — 20% off!, advertises: [sale] }
    /// # `sale` runs for ten days
    /// ```
    ///
    /// ## Depends on
    ///
    /// The offers the text speaks for (`copy[].advertises`, or the promotion or coupon
    /// the name or terms belong to) and their run, which comes from the phases a promotion names (`phases[].start`,
    /// `phases[].end`), a coupon's `valid`, or else the plan's `window`. When any of
    /// these failed to read, that offer is not judged: a run computed without
    /// a phase that failed would point at the wrong line.
    ///
    /// Beyond the run, every field of the offers compared with (`promotions`,
    /// `promotions[]`, `coupons`, `coupons[]`, and the `phases` section): an offer set
    /// aside for any of them is not compared.
    ///
    /// ## How to fix
    ///
    /// Say what is true ("until Nov 30") or make the offer a one-day offer.
    ///
    /// ## Source
    ///
    /// EU: UCPD 2005/29/EC Annex I point 7 (S). UK: DMCC Act 2024 Schedule 20 (practices
    /// always unfair) (S — verify the paragraph).
    pub struct FalseUrgency;
    code = "L013", name = "false-urgency", family = "legal",
    severity = Error, summary = "a 'today only' claim for an offer that runs longer",
    cites = [
        (Eu, "UCPD 2005/29/EC Annex I point 7", S),
        (Uk, "DMCC Act 2024 Sch. 20", S),
    ]
}

impl Rule for FalseUrgency {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        if !under(ctx, &[Jurisdiction::Eu, Jurisdiction::Uk]) {
            return;
        }
        for trigger in triggers(wording, Self::META.name) {
            if offers_unknown(ctx, trigger.place.owner) {
                continue;
            }
            // "Offer ends midnight Sunday 6 December": the words are part of a stated end,
            // which L001 compares with the offer's run; they do not say "one day only".
            let stated_end = wording.claims.at(trigger.place_index).iter().any(|c| {
                matches!(
                    c.kind,
                    ClaimKind::Period { to: Some(_), .. }
                        | ClaimKind::Session { .. }
                        | ClaimKind::EndsOn { .. }
                ) && c.start < trigger.end
                    && trigger.start < c.end
            });
            if stated_end {
                continue;
            }
            for offer in offers_of(ctx, trigger.place.owner) {
                if !offer_known(ctx, &offer) {
                    continue;
                }
                let Some((from, to, at)) = offer_period(ctx.campaign, &offer) else {
                    continue;
                };
                if from == to {
                    continue;
                }
                out.push(
                    Draft::text(
                        &Self::META,
                        trigger.place.at(),
                        trigger.start,
                        trigger.end,
                        msg!(
                            "l013-one-day",
                            words = trigger.words,
                            offer = offer.id(),
                            from = Date::from(from),
                            to = Date::from(to),
                        ),
                    )
                    .related(at, msg!("l013-period"))
                    .help(msg!("l013-help")),
                );
                break;
            }
        }
    }
}
