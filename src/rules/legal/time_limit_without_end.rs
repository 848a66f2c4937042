//! Rule L003 `time-limit-without-end`: time-limited wording without a known end.

use super::{claims_in, offers_of, offers_unknown, triggers};
use crate::declare_rule;
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::Owner;
use crate::wording::claims::ClaimKind;

declare_rule! {
    /// ## What it checks
    ///
    /// Time-limited wording — 限时, 秒杀, 倒计时, 仅限今天, "limited time", "ends soon",
    /// "countdown" (trigger words in the lexicons) — needs an end. The text must state one,
    /// or the offer it belongs to or advertises must have one (its phases or the window).
    /// Copy that says 限时 but advertises nothing and gives no end is reported.
    ///
    /// An end is stated by a date (截至12月20日, 12月20日截止, 即日起至12月20日, "ends Nov 30",
    /// "until midnight on 13 December", "order by Dec 20", a period "Thu 26 – Sun 29 Nov"),
    /// or by a weekday alone ("ends Sunday", "until midnight Sunday", 本周日24点结束). The
    /// period of a former price ("was $80 from Sep 1 – Oct 15") and a delivery cut-off
    /// ("order by 18 December for Christmas delivery") are not the offer's end.
    ///
    /// ## Why it matters
    ///
    /// A time limit without an end cannot be honoured or checked; rolling "limited time"
    /// offers are a classic false-urgency practice.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// copy:
    ///   - { id: banner, channel: app_home, text: 限时抢购，全场好价 }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Link the copy to its offer (`advertises`) or state the period (1月16日至2月6日).
    ///
    /// ## Source
    ///
    /// CN: 《规范促销行为暂行规定》 (SAMR Order 32) Art. 20 (time-limited reductions must show
    /// the period) (S — verify the article). EU: UCPD 2005/29/EC Annex I point 7 (S). US:
    /// 16 CFR 233.5 (limited offers must be limited) (V). UK: CAP Code rule 8.17.4 (closing
    /// dates) (V, reprint).
    pub struct TimeLimitWithoutEnd;
    code = "L003", name = "time-limit-without-end", family = "legal",
    severity = Error, summary = "time-limited wording without a known end",
    cites = [
        (Cn, "《规范促销行为暂行规定》 Art. 20"),
        (Eu, "UCPD 2005/29/EC Annex I point 7"),
        (Us, "16 CFR 233.5"),
        (Uk, "CAP Code 8.17.4"),
    ]
}

impl Rule for TimeLimitWithoutEnd {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        // One finding per text: the fix is the same for every such word in it.
        let mut reported = std::collections::HashSet::new();
        for trigger in triggers(wording, Self::META.name) {
            if reported.contains(&trigger.place_index) {
                continue;
            }
            // An end stated by date ("order by Dec 20", 截至12月20日) or by weekday alone
            // ("ends Sunday", 本周日24点结束); a former price's period is no end.
            let dated = claims_in(wording, trigger.place_index).any(|c| {
                matches!(
                    c,
                    ClaimKind::Period { to: Some(_), .. } | ClaimKind::EndsOn { .. }
                )
            });
            // An offer's own name and terms end with the offer; copy ends with what it
            // advertises.
            let owned = !matches!(trigger.place.owner, Owner::Copy(_));
            if dated || owned || offers_unknown(ctx, trigger.place.owner) {
                continue;
            }
            if !offers_of(ctx, trigger.place.owner).is_empty() {
                continue;
            }
            reported.insert(trigger.place_index);
            out.push(
                Draft::text(
                    &Self::META,
                    trigger.place.at(),
                    trigger.start,
                    trigger.end,
                    format!("`{}` promises a time limit, but the text gives no end and advertises no offer", trigger.words),
                )
                .help("link the copy to its offer with `advertises`, or state the period (1月16日至2月6日, \"until Nov 30\")"),
            );
        }
    }
}
