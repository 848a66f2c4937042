//! Rule L019 `gift-not-named`: an English text offers a gift without saying what it is.

use super::read::gift;
use super::under;
use crate::model::Jurisdiction;
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::{Field, TermKind};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// For plans under `EU`, `UK` or `US`, customer-facing text that offers a gift names
    /// it. A word for a gift that names no kind — "gift", "surprise", "treat", "goodie bag"
    /// (the `gift-generic` group of `lexicons/en.yaml`) — is reported when it is offered
    /// ("get a free gift", "mystery gift with every order", "a little surprise in every
    /// box", "goodie bag for the first 50 shoppers") with only words such as "free",
    /// "mystery", "bonus", "exclusive" or "special" before it and nothing after it saying
    /// what it is. A product word names the kind ("free canvas tote bag", "tote gift",
    /// "dog treats"), and so does what follows ("a free gift: a 50ml hand cream", "goodie bag
    /// (tote, lip balm and a £5 voucher)"). Gift cards, gift wrapping, gift sets and gift
    /// guides are products and services, not gifts; "treat yourself" and "surprise sale"
    /// offer none. Copy and terms are read; names are labels. Chinese text is read by
    /// `cn-gift-disclosure`.
    ///
    /// ## Why it matters
    ///
    /// The nature of a gift is what the customer weighs when deciding to buy: a promise of
    /// "a free gift" leaves out the one thing they need to judge it, and the gift handed over
    /// can be worth anything.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [UK]
    /// copy:
    ///   - { id: hero, channel: email, text: Spend £50 and get a free gift, advertises: [tote] }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Name the gift in the text the customer reads: "Spend £50 and get a free canvas tote
    /// bag (while stocks last, 1,000 bags)".
    ///
    /// ## Source
    ///
    /// UK: CAP Code rule 8.17 (significant conditions of a promotion, among them the nature
    /// of the gifts) (S — verify the sub-rule); DMCC Act 2024 misleading omissions (S —
    /// verify the section). EU: UCPD 2005/29/EC Art. 7 (misleading omissions; Art. 7(4)(a):
    /// the main characteristics of the product in an invitation to purchase) (S — verify).
    /// US: FTC Act s.5 (15 U.S.C. 45), deceptive omissions of material facts (S — verify).
    pub struct GiftNotNamed;
    code = "L019", name = "gift-not-named", family = "legal",
    severity = Warning, summary = "an English text offers a gift without saying what it is",
    cites = [
        (Eu, "UCPD 2005/29/EC Art. 7", S),
        (Uk, "CAP Code 8.17", S),
        (Us, "FTC Act s.5", S),
    ]
}

/// The lexicon group of words for a gift that name no kind.
const GENERIC: &str = "gift-generic";

impl Rule for GiftNotNamed {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        if !under(ctx, &[Jurisdiction::Eu, Jurisdiction::Uk, Jurisdiction::Us]) {
            return;
        }
        let mut by_place: std::collections::BTreeMap<usize, Vec<(usize, usize)>> =
            Default::default();
        for (found, term) in wording.hits_of(Self::META.name) {
            if term.kind == TermKind::Trigger && term.group.as_deref() == Some(GENERIC) {
                by_place
                    .entry(found.place)
                    .or_default()
                    .push((found.hit.start, found.hit.end));
            }
        }
        for (index, words) in by_place {
            // Names are labels ("Gift with purchase" names a promotion whose terms say
            // what it gives): copy and terms are read.
            let Some(place) = wording
                .places
                .get(index)
                .filter(|p| matches!(p.field, Field::CopyText | Field::Terms))
            else {
                continue;
            };
            for (start, end) in gift::read_en(place.text, &words) {
                let Some(text) = place.text.get(start..end) else {
                    continue;
                };
                out.push(
                    Draft::text(
                        &Self::META,
                        place.at(),
                        start,
                        end,
                        msg!("l019-unnamed", text = text),
                    )
                    .help(msg!("l019-help")),
                );
            }
        }
    }
}
