//! Rule L010 `us-former-price`: a US former-price comparison without its basis.

use super::{FormerBasis, former_basis, former_price_words, offers_of, offers_unknown, under};
use crate::declare_rule;
use crate::model::Jurisdiction;
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::claims::Offer;

declare_rule! {
    /// ## What it checks
    ///
    /// For plans under `US`, text comparing with a former or list price — "was", "regular
    /// price", "compare at", "originally", "MSRP", "list price", "worth $75" (trigger words
    /// in `lexicons/en.yaml`, shared with `uk-reference-price`) — must belong to or
    /// advertise a promotion whose `reference_price` is the trader's own earlier price
    /// (`former_price`, `last_price`, `lowest_30d`) offered openly for at least 28 days
    /// (`days: 28` or more), or a price set by others (`msrp`, `counter_price`,
    /// `tag_price`) with `evidence` of substantial sales at that price. Copy that states the
    /// basis next to the price ("Was $89 from Sep 1 to Oct 15", "Compare at $199 refers to
    /// the average price at …") is not flagged.
    ///
    /// ## Why it matters
    ///
    /// A former price must be one at which the article was offered to the public, openly and
    /// in good faith, for a reasonably substantial period; fictitious former prices are
    /// deceptive pricing.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [US]
    /// copy:
    ///   - { id: hero, channel: web, text: Was $80, now $49!, advertises: [sale] }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Add `reference_price: { basis: former_price, days: 30, evidence: … }` to the promotion.
    ///
    /// ## Source
    ///
    /// 16 CFR 233.1 (former price comparisons), 233.2 (comparable prices in the trade
    /// area), 233.3 (manufacturers' suggested prices) (V);
    /// the 28-day period is a conventional reading of "reasonably substantial" (M — verify).
    pub struct UsFormerPrice;
    code = "L010", name = "us-former-price", family = "legal",
    severity = Error, summary = "a US former-price comparison without its basis",
    cites = [
        (Us, "16 CFR 233.1, 233.3", V),
    ]
}

/// The shortest period a former price must have been offered (a conventional reading of
/// "a reasonably substantial period").
const MIN_DAYS: u64 = 28;

impl Rule for UsFormerPrice {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        if !under(ctx, &[Jurisdiction::Us]) {
            return;
        }
        for trigger in former_price_words(wording) {
            if offers_unknown(ctx, trigger.place.owner) {
                continue;
            }
            let offers = offers_of(ctx, trigger.place.owner);
            let supported = offers.iter().any(|o| match o {
                Offer::Promotion(_, p) => match former_basis(p) {
                    Some(FormerBasis::Own { days }) => days.is_some_and(|d| d >= MIN_DAYS),
                    Some(FormerBasis::Others { evidenced }) => evidenced,
                    None => false,
                },
                Offer::Coupon(..) => false,
            });
            if supported {
                continue;
            }
            let mut draft = Draft::text(&Self::META, trigger.place.at(), trigger.start, trigger.end,
                format!("`{}` compares with a former price, but no advertised promotion shows it was offered for at least {MIN_DAYS} days", trigger.words))
                .help("add `reference_price: { basis: former_price, days: 30, evidence: … }` (or an `msrp` with evidence of real sales)");
            if let Some(o) = offers.first() {
                draft = draft.related(o.id_at(), "the advertised offer");
            }
            out.push(draft);
        }
    }
}
