//! Rule L004 `quantity-limit-without-number`: limited-quantity wording without a quantity.

use super::read::quantity;
use super::{claims_in, offers_of, offers_unknown, triggers};
use crate::declare_rule;
use crate::model::PromotionKind;
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::claims::{ClaimKind, Offer};

declare_rule! {
    /// ## What it checks
    ///
    /// Limited-quantity wording — 限量, 数量有限, 售完即止, 手慢无, 库存紧张, 货源极少, 存量不多,
    /// 稀缺名额, 卖一件少一件, "while stocks last", "limited stock", "running out", "last few"
    /// (trigger words in the lexicons) — needs a quantity: the text states it (限量2000件,
    /// 共10份, 共发售888双, 本次共备货3000台, 仅剩200袋, 名额100个, "only 500 available",
    /// "1,000 units at launch") or the offer it belongs to or advertises sets `quantity` (or
    /// prize quantities). A limit per customer (每人限购1双, "2 per customer") is no stock
    /// quantity; a stock policy (如遇库存不足，将退款) is no scarcity claim.
    ///
    /// ## Why it matters
    ///
    /// Customers cannot judge their chance, and regulators treat unquantified scarcity as bait:
    /// the stock must be known and honest.
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
    /// Set `quantity` on the advertised promotion (and link it with `advertises`), or state the
    /// number in the text.
    ///
    /// ## Source
    ///
    /// CN: 《规范促销行为暂行规定》 Art. 5 (promotion information must be true and clear) (V*).
    /// EU: UCPD 2005/29/EC Annex I point 5 (bait advertising) (S — verify). UK: CAP Code rule 8.10
    /// (estimate demand, tell consumers their chance) (S — verify).
    pub struct QuantityLimitWithoutNumber;
    code = "L004", name = "quantity-limit-without-number", family = "legal",
    severity = Error, summary = "limited-quantity wording without a quantity",
    cites = [
        (Cn, "《规范促销行为暂行规定》 Art. 5", V),
        (Eu, "UCPD 2005/29/EC Annex I point 5", S),
        (Uk, "CAP Code 8.10", S),
    ]
}

impl Rule for QuantityLimitWithoutNumber {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        // One finding per text: the fix is the same for every such word in it.
        let mut reported = std::collections::HashSet::new();
        for trigger in triggers(wording, Self::META.name) {
            if reported.contains(&trigger.place_index) {
                continue;
            }
            let stated = claims_in(wording, trigger.place_index).any(|c| {
                matches!(
                    c,
                    ClaimKind::Quantity { .. }
                        | ClaimKind::Total { .. }
                        | ClaimKind::Remaining { .. }
                        | ClaimKind::QuantityDaily { .. }
                )
            }) || quantity::states_quantity(trigger.place.text);
            if stated || offers_unknown(ctx, trigger.place.owner) {
                continue;
            }
            let offers = offers_of(ctx, trigger.place.owner);
            let known = offers.iter().any(|o| match o {
                Offer::Promotion(_, p) => {
                    p.quantity.is_some()
                        // Prizes that are unknown may state a quantity.
                        || matches!(&p.kind, PromotionKind::Lottery { prizes, .. } if prizes.known().is_none_or(|l| !l.is_empty()))
                        || matches!(&p.kind, PromotionKind::MysteryBox { grand_prize: Some(_), .. })
                }
                Offer::Coupon(_, c) => c.quantity.is_some(),
            });
            if known {
                continue;
            }
            let help = match offers.first() {
                Some(o) => format!("set `quantity` on `{}`, or state the number (限量2000件, \"only 500 available\")", o.id()),
                None => "advertise the limited offer (`advertises`) and set its `quantity`, or state the number".into(),
            };
            let mut draft = Draft::text(
                &Self::META,
                trigger.place.at(),
                trigger.start,
                trigger.end,
                format!(
                    "`{}` says the quantity is limited, but no quantity is given",
                    trigger.words
                ),
            )
            .help(help);
            if let Some(o) = offers.first() {
                draft = draft.related(o.id_at(), "no `quantity` here");
            }
            reported.insert(trigger.place_index);
            out.push(draft);
        }
    }
}
