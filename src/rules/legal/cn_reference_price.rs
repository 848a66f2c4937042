//! Rule L008 `cn-reference-price`: a reference price (原价, 划线价) without its basis.

use super::{offers_of, offers_unknown, triggers, under};
use crate::model::{Jurisdiction, ReferenceBasis};
use crate::model::{Loc, PLAN};
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::basis;
use crate::wording::claims::Offer;
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Text that compares with a reference price — 原价, 划线价, 专柜价, 吊牌价, 市场价, 厂商建议零售价
    /// (trigger words in `lexicons/cn.yaml`) — must belong to or advertise a promotion whose
    /// `reference_price` states its basis. With `lowest_7d` or `last_price` the 7-day rule is
    /// followed; `msrp`, `counter_price` and `tag_price` also need `evidence`. Copy whose
    /// sentence says what the reference price is — the kind of price and its period or a
    /// definition: 划线价为本店前7日内最低成交价, 日常价为10月1日至10月31日实际成交价,
    /// 以活动开始前7日内最低成交价作为划线价 — states the basis in the words and is not
    /// flagged; a bare 原价299 or 专柜价899，到手价499 is.
    ///
    /// ## Why it matters
    ///
    /// When the basis is not stated, the reference price may not exceed the lowest price
    /// actually charged in the 7 days before the promotion; inflated or groundless reference
    /// prices are price fraud.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// copy:
    ///   - { id: hero, channel: app_home, text: 原价599，现价299, advertises: [sale] }
    /// # promotion `sale` has no reference_price
    /// ```
    ///
    /// ## How to fix
    ///
    /// Add `reference_price: { basis: lowest_7d }` to the promotion (or another basis with its
    /// `evidence`), and make sure the figure shown follows it.
    ///
    /// ## Source
    ///
    /// 《明码标价和禁止价格欺诈规定》 (SAMR Order 56) Art. 16(1)–(3) and Art. 17 (V);
    /// 《规范促销行为暂行规定》 Art. 21 (S — verify).
    pub struct CnReferencePrice;
    code = "L008", name = "cn-reference-price", family = "legal",
    severity = Error, summary = "a reference price (原价, 划线价) without its basis",
    cites = [
        (Cn, "《明码标价和禁止价格欺诈规定》 Arts. 16–17", V),
    ]
}

impl Rule for CnReferencePrice {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        if !under(ctx, &[Jurisdiction::Cn]) {
            return;
        }
        for trigger in triggers(wording, Self::META.name) {
            if offers_unknown(ctx, trigger.place.owner) {
                continue;
            }
            let offers = offers_of(ctx, trigger.place.owner);
            let mut based = false;
            for offer in &offers {
                let Offer::Promotion(i, p) = offer else {
                    continue;
                };
                let Some(reference) = &p.reference_price else {
                    continue;
                };
                based = true;
                let needs_evidence = matches!(
                    reference.basis,
                    ReferenceBasis::Msrp
                        | ReferenceBasis::CounterPrice
                        | ReferenceBasis::TagPrice
                        | ReferenceBasis::TradeAreaPrice
                );
                if needs_evidence && reference.evidence.is_none() {
                    out.push(
                        Draft::text(
                            &Self::META,
                            trigger.place.at(),
                            trigger.start,
                            trigger.end,
                            msg!(
                                "l008-no-evidence",
                                words = trigger.words,
                                basis = reference.basis.as_str(),
                                promotion = &p.id
                            ),
                        )
                        .related(
                            Loc::from(PLAN.promotions().item(i).reference_price()),
                            msg!("l008-the-reference"),
                        )
                        .help(msg!("l008-no-evidence-help")),
                    );
                }
            }
            // Words that say what the reference price is (划线价为前7日内最低成交价)
            // tell the customer its basis as the plan's `reference_price` would.
            if !based && !basis::stated(trigger.place.text, trigger.start, trigger.end) {
                let mut draft = Draft::text(
                    &Self::META,
                    trigger.place.at(),
                    trigger.start,
                    trigger.end,
                    msg!("l008-no-basis", words = trigger.words),
                )
                .help(msg!("l008-no-basis-help"));
                if let Some(o) = offers.first() {
                    draft = draft.related(o.id_at(), msg!("l008-no-reference-here"));
                }
                out.push(draft);
            }
        }
    }
}
