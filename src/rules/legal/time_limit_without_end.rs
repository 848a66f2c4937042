//! Rule L003 `time-limit-without-end`: time-limited wording whose text states no end.

use super::read::end;
use super::{claims_in, offer_known, offers_of, offers_unknown, triggers, under};
use crate::model::Jurisdiction;
use crate::rules::{Ctx, Draft, Rule};
use crate::values::Date;
use crate::wording::Owner;
use crate::wording::claims::{ClaimKind, offer_period};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Copy with time-limited wording — 限时, 秒杀, 倒计时, 马上结束, 随时结束, 今晚过后, 错过今天,
    /// "limited time", "ends soon", "last chance", "this deal will not last", "prices go up"
    /// (trigger words in the lexicons) — must state in its own words when the offer ends: a
    /// date with an end (截至12月18日, 12月20日前, "until 30 November"), a range of dates
    /// (11月1日至11日, "Thursday 26 to Sunday 29 November"), a date with times (11月11日
    /// 0:00—23:59, "2pm–4pm, Friday 4 December"), or the daily slots of a flash sale (每日10点、
    /// 14点、20点). That the advertised offer has an end in the plan is not enough: the customer
    /// reading the banner sees the banner, not the plan; the help names the offer's end to
    /// write in. Relative ends (今晚, 明天, "at midnight", "today") are no end. Under plans not
    /// under `EU` or `UK`, "today only" words (仅限今天, 今日截止) are read the same way (under
    /// `EU` and `UK`, `false-urgency` compares them with the offer's run). An offer's own name
    /// and terms are not judged: they are shown with the offer.
    ///
    /// A weekday alone ends it too ("ends Sunday", "until midnight Sunday", 本周日24点结束:
    /// `claim-mismatch` checks that the offer ends on that weekday). The period of a former
    /// price ("was $80 from Sep 1 – Oct 15") and a delivery cut-off ("order by 18 December
    /// for Christmas delivery") are not the offer's end.
    ///
    /// ## Why it matters
    ///
    /// A time limit without an end cannot be checked and invites rolling "limited time"
    /// offers, a classic false-urgency practice; Chinese law asks time-limited reductions to
    /// show their period conspicuously.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// copy:
    ///   - { id: banner, channel: app_home, text: 限时抢购，全场好价, advertises: [sale] }
    /// ```
    ///
    /// ## Depends on
    ///
    /// For the help only: the offers the copy advertises (`copy[].advertises`) and their run
    /// (`phases[].start`, `phases[].end`, a coupon's `valid`, the plan's `window`).
    ///
    /// ## How to fix
    ///
    /// Write the period into the copy (限时特惠，1月16日至2月6日; "Limited time: 20% off, until
    /// 30 November").
    ///
    /// ## Source
    ///
    /// CN: 《规范促销行为暂行规定》 (SAMR Order 32) Art. 20 para. 2 (time-limited reductions must
    /// show the period conspicuously) (S — verify the article) and Art. 5 (promotion
    /// information true, clear and conspicuous) (V*). EU: UCPD 2005/29/EC Annex I point 7 (S).
    /// US: 16 CFR 233.5 (limited offers must be limited) (V). UK: CAP Code rule 8.17.4
    /// (closing dates) (V, reprint).
    pub struct TimeLimitWithoutEnd;
    code = "L003", name = "time-limit-without-end", family = "legal",
    severity = Error, summary = "time-limited wording whose text states no end",
    cites = [
        (Cn, "《规范促销行为暂行规定》 Art. 20", S),
        (Eu, "UCPD 2005/29/EC Annex I point 7", S),
        (Us, "16 CFR 233.5", V),
        (Uk, "CAP Code 8.17.4", V),
    ]
}

impl Rule for TimeLimitWithoutEnd {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        // "Today only" words are `false-urgency`'s where it runs.
        let today_words = !under(ctx, &[Jurisdiction::Eu, Jurisdiction::Uk]);
        let mut found: Vec<_> = triggers(wording, Self::META.name)
            .chain(triggers(wording, super::FalseUrgency::META.name).filter(|_| today_words))
            .filter(|t| matches!(t.place.owner, Owner::Copy(_)))
            .collect();
        found.sort_by_key(|t| (t.place_index, t.start));
        // One finding per text: the fix is the same for every such word in it.
        let mut reported = std::collections::HashSet::new();
        for trigger in found {
            if reported.contains(&trigger.place_index) {
                continue;
            }
            // An end stated by date ("order by Dec 20", 截至12月20日), by slots, or by
            // weekday alone ("ends Sunday", 本周日24点结束); a former price's period is no end.
            let dated = claims_in(wording, trigger.place_index).any(|c| {
                matches!(
                    c,
                    ClaimKind::Period { to: Some(_), .. }
                        | ClaimKind::Session { .. }
                        | ClaimKind::Slots { .. }
                        | ClaimKind::EndsOn { .. }
                )
            }) || end::states_end(trigger.place.text);
            if dated {
                continue;
            }
            reported.insert(trigger.place_index);
            let chinese = trigger.words.chars().any(crate::wording::normalize::is_cjk);
            let offers = if offers_unknown(ctx, trigger.place.owner) {
                Vec::new()
            } else {
                offers_of(ctx, trigger.place.owner)
            };
            let known_end = offers
                .into_iter()
                .filter(|o| offer_known(ctx, o))
                .find_map(|o| {
                    offer_period(ctx.campaign, &o).map(|(_, to, at)| (o.id().to_owned(), to, at))
                });
            let draft = match known_end {
                Some((id, to, at)) => {
                    let write = if chinese {
                        format!("截至{}月{}日", to.month(), to.day())
                    } else {
                        format!(
                            "until {} {}",
                            to.day(),
                            crate::values::english_month(to.month())
                        )
                    };
                    Draft::text(
                        &Self::META,
                        trigger.place.at(),
                        trigger.start,
                        trigger.end,
                        msg!("l003-no-end-known", words = trigger.words),
                    )
                    .related(at, msg!("l003-ends-on", id = &id, end = Date::from(to)))
                    .help(msg!(
                        "l003-help-known",
                        id = &id,
                        end = Date::from(to),
                        write = write
                    ))
                }
                None => Draft::text(
                    &Self::META,
                    trigger.place.at(),
                    trigger.start,
                    trigger.end,
                    msg!("l003-no-end", words = trigger.words),
                )
                .help(msg!("l003-help")),
            };
            out.push(draft);
        }
    }
}
