//! Rule L010 `us-former-price`: a US former-price comparison without its basis.

use super::{FormerBasis, former_basis, former_price_words, offers_of, offers_unknown, under};
use crate::model::Jurisdiction;
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::claims::Offer;
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// For plans under `US`, text comparing with a former or list price — "was", "regular
    /// price", "compare at", "originally", "MSRP", "list price", "worth $75" (trigger words
    /// in `lexicons/en.yaml`, shared with `uk-reference-price`) — must belong to or
    /// advertise a promotion whose `reference_price` states its basis:
    ///
    /// - the trader's own earlier price (`former_price`, `last_price`, `lowest_30d`) offered
    ///   for `days`; fewer than 28 days is flagged — a heuristic, not the law's figure;
    /// - other sellers' prices in the trade area (`trade_area_price`, what "compare at" and
    ///   "comparable value" usually mean), or a price set by others (`msrp`,
    ///   `counter_price`, `tag_price`), with `evidence` that substantial sales are made at it.
    ///
    /// Copy that states the basis next to the price ("Was $89 from Sep 1 to Oct 15", "Compare
    /// at $199 refers to the average price at …") is not flagged.
    ///
    /// ## Why it matters
    ///
    /// A former price must be one at which the article was offered to the public, openly and
    /// in good faith, for a reasonably substantial period (16 CFR 233.1); a "compare at" price
    /// must not appreciably exceed the price at which substantial sales are made in the trade
    /// area (233.2). Fictitious reference prices are deceptive pricing.
    ///
    /// The law sets no day count: 28 days is campspec's heuristic for "a reasonably
    /// substantial period", so the rule is a warning for a reviewer to judge. The reading
    /// changed (issue 17): the rule used to be an error that treated 28 days as the law's
    /// figure and had no way to accept a trade-area "compare at" price (233.2).
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
    /// Add `reference_price: { basis: former_price, days: 90, evidence: … }` to the promotion,
    /// or for a "compare at" price `{ basis: trade_area_price, evidence: … }` (where the
    /// other sellers' prices were seen).
    ///
    /// ## Source
    ///
    /// 16 CFR 233.1 (former price comparisons: "a reasonably substantial period"), 233.2
    /// (comparable prices in the trade area), 233.3 (manufacturers' suggested prices) (V);
    /// the 28-day threshold is campspec's heuristic, not in the text.
    pub struct UsFormerPrice;
    code = "L010", name = "us-former-price", family = "legal",
    severity = Warning, summary = "a US former-price comparison without its basis",
    cites = [
        (Us, "16 CFR 233.1, 233.2, 233.3", V),
    ]
}

/// The period below which an own former price is flagged: a heuristic for "a reasonably
/// substantial period" (16 CFR 233.1 names no day count).
const MIN_DAYS: u64 = 28;

/// What the advertised offers say about the compared price, best first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Basis {
    /// No offer states a basis.
    None,
    /// A price set by others without evidence.
    Unevidenced,
    /// The trader's own price, no period stated.
    NoPeriod,
    /// The trader's own price, offered for fewer days than the heuristic.
    Short(u64),
    /// A basis the rule accepts.
    Supported,
}

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
            let basis = offers
                .iter()
                .map(|o| match o {
                    Offer::Promotion(_, p) => match former_basis(p) {
                        Some(FormerBasis::Own { days: Some(d) }) if d >= MIN_DAYS => {
                            Basis::Supported
                        }
                        Some(FormerBasis::Own { days: Some(d) }) => Basis::Short(d),
                        Some(FormerBasis::Own { days: None }) => Basis::NoPeriod,
                        Some(FormerBasis::Others { evidenced: true }) => Basis::Supported,
                        Some(FormerBasis::Others { evidenced: false }) => Basis::Unevidenced,
                        None => Basis::None,
                    },
                    Offer::Coupon(..) => Basis::None,
                })
                .max()
                .unwrap_or(Basis::None);
            let words = trigger.words;
            let (message, help) = match basis {
                Basis::Supported => continue,
                Basis::Short(d) => (
                    msg!("l010-short", words = words, days = d, min = MIN_DAYS),
                    msg!("l010-short-help"),
                ),
                Basis::NoPeriod => (
                    msg!("l010-no-period", words = words),
                    msg!("l010-no-period-help"),
                ),
                Basis::Unevidenced => (
                    msg!("l010-unevidenced", words = words),
                    msg!("l010-unevidenced-help"),
                ),
                Basis::None => (
                    msg!("l010-missing", words = words),
                    msg!("l010-missing-help"),
                ),
            };
            let mut draft = Draft::text(
                &Self::META,
                trigger.place.at(),
                trigger.start,
                trigger.end,
                message,
            )
            .help(help);
            if let Some(o) = offers.first() {
                draft = draft.related(o.id_at(), msg!("l010-the-advertised-offer"));
            }
            out.push(draft);
        }
    }
}
