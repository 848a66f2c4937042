//! Rule L004 `quantity-limit-without-number`: limited-quantity wording the plan gives no quantity for.

use super::read::quantity;
use super::{claims_in, offers_of, offers_unknown, triggers};
use crate::model::PromotionKind;
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::claims::{ClaimKind, Offer};
use crate::wording::{Owner, Wording};
use crate::{declare_rule, msg};
use std::collections::{BTreeSet, HashSet};

declare_rule! {
    /// ## What it checks
    ///
    /// Limited-quantity wording — 限量, 数量有限, 售完即止, 手慢无, 库存紧张, 货源极少, 存量不多,
    /// 稀缺名额, 卖一件少一件, "while stocks last", "limited stock", "running out", "last few"
    /// (trigger words in the lexicons) — must rest on a quantity the plan knows, so a
    /// reviewer can check the claim is honest. The quantity may be stated in the plan:
    /// the text itself (限量2000件, 共10份, 仅剩200袋, "only 500 available"), or the offer it
    /// belongs to or advertises — its `quantity`, its prize quantities, or its name or terms
    /// (活动共发放1000份). The copy need not repeat the number. A limit per customer
    /// (每人限购1双, "2 per customer") is no stock quantity; a stock policy (如遇库存不足，将退款)
    /// is no scarcity claim.
    ///
    /// ## Why it matters
    ///
    /// Scarcity claims must be honest: regulators treat invented scarcity as bait and false
    /// urgency. A quantity in the plan is what lets a reviewer check the claim; when the plan
    /// has none, the claim cannot be checked.
    ///
    /// The reading changed (issue 17): the rule used to be an error asking the number in the
    /// copy or the offer's `quantity` field; the law asks for honesty, not for a number in the
    /// copy, so a quantity the plan states anywhere suffices and the rule is a warning.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// copy:
    ///   - { id: fu, channel: weibo, text: 新年礼盒数量有限，兑完即止 }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Set `quantity` on the advertised promotion (and link it with `advertises`) or state it
    /// in the offer's terms; or, if the stock is not really limited, drop the wording.
    ///
    /// ## Source
    ///
    /// CN: 《规范促销行为暂行规定》 Art. 5 (promotion information must be true and clear) (V*).
    /// EU: UCPD 2005/29/EC Annex I point 5 (bait advertising) (S — verify). UK: CAP Code rule 8.10
    /// (estimate demand, tell consumers their chance) (S — verify).
    pub struct QuantityLimitWithoutNumber;
    code = "L004", name = "quantity-limit-without-number", family = "legal",
    severity = Warning, summary = "limited-quantity wording the plan gives no quantity for",
    cites = [
        (Cn, "《规范促销行为暂行规定》 Art. 5", V),
        (Eu, "UCPD 2005/29/EC Annex I point 5", S),
        (Uk, "CAP Code 8.10", S),
    ]
}

/// Whether the text at `place` states a stock quantity.
fn states_stock(wording: &Wording<'_>, place: usize) -> bool {
    claims_in(wording, place).any(|c| {
        matches!(
            c,
            ClaimKind::Quantity { .. }
                | ClaimKind::Total { .. }
                | ClaimKind::Remaining { .. }
                | ClaimKind::QuantityDaily { .. }
        )
    }) || wording
        .places
        .get(place)
        .is_some_and(|p| quantity::states_quantity(p.text))
}

/// The quantities the plan states: offers whose own texts (name, terms, prize names) state
/// one, read once per plan and only when a finding is in question.
struct Stated {
    owners: BTreeSet<Owner>,
}

impl Stated {
    fn read(wording: &Wording<'_>) -> Stated {
        let owners = (0..wording.places.len())
            .filter(|&i| !matches!(wording.places[i].owner, Owner::Copy(_)))
            .filter(|&i| states_stock(wording, i))
            .map(|i| wording.places[i].owner)
            .collect();
        Stated { owners }
    }

    /// Whether `offer` sets or states its quantity.
    fn offer(&self, offer: &Offer<'_>) -> bool {
        match offer {
            Offer::Promotion(i, p) => {
                p.quantity.is_some()
                    // Prizes that are unknown may state a quantity.
                    || matches!(&p.kind, PromotionKind::Lottery { prizes, .. } if prizes.known().is_none_or(|l| !l.is_empty()))
                    || matches!(&p.kind, PromotionKind::MysteryBox { grand_prize: Some(_), .. })
                    || self.owners.contains(&Owner::Promotion(*i))
            }
            Offer::Coupon(i, c) => c.quantity.is_some() || self.owners.contains(&Owner::Coupon(*i)),
        }
    }
}

impl Rule for QuantityLimitWithoutNumber {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        // One finding per text: the fix is the same for every such word in it.
        let mut reported = HashSet::new();
        let mut stated: Option<Stated> = None;
        for trigger in triggers(wording, Self::META.name) {
            if reported.contains(&trigger.place_index) {
                continue;
            }
            if states_stock(wording, trigger.place_index)
                || offers_unknown(ctx, trigger.place.owner)
            {
                continue;
            }
            let offers = offers_of(ctx, trigger.place.owner);
            let stated = stated.get_or_insert_with(|| Stated::read(wording));
            if offers.iter().any(|o| stated.offer(o)) {
                continue;
            }
            let help = match offers.first() {
                Some(o) => msg!("l004-help", offer = o.id()),
                None => msg!("l004-help-advertise"),
            };
            let mut draft = Draft::text(
                &Self::META,
                trigger.place.at(),
                trigger.start,
                trigger.end,
                msg!("l004-no-quantity", words = trigger.words),
            )
            .help(help);
            if let Some(o) = offers.first() {
                draft = draft.related(o.id_at(), msg!("l004-no-quantity-here"));
            }
            reported.insert(trigger.place_index);
            out.push(draft);
        }
    }
}
