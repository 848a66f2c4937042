//! Rule L006 `cn-prize-disclosure`: a prize promotion's terms do not disclose its prizes.

use super::{claims_in, under};
use crate::i18n::Msg;
use crate::model::PLAN;
use crate::model::{Jurisdiction, PromotionKind};
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::claims::ClaimKind;
use crate::wording::{Field, Owner};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// The terms of a prize promotion must let participants know what they can win and how to
    /// claim it:
    ///
    /// - a `lottery` has `terms` stating every prize's quantity (手机11部, 红包5000个) or odds
    ///   (0.1%), and how prizes are claimed (领取, 兑奖, 发放, 到账);
    /// - a `mystery_box` with a `grand_prize` has `terms` stating how many grand prizes there
    ///   are and what the contents are worth (2至3倍).
    ///
    /// `claim-mismatch` then checks the stated numbers against the spec.
    ///
    /// ## Why it matters
    ///
    /// Unclear prize information that affects redemption is unfair competition, and the
    /// promotion rules require prize names, quantities or odds and redemption terms before the
    /// promotion starts.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// - { id: draw, type: lottery, name: 抽奖, entry: 下单即可抽奖, terms: 下单即可抽奖，好礼等你拿。,
    ///     prizes: [{ name: 手机, value: 6999, quantity: 11 }] }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The prizes of the draw or box (`promotions[].prizes[].quantity`,
    /// `promotions[].grand_prize`): a prize whose quantity is unknown is not looked for.
    ///
    /// ## How to fix
    ///
    /// State each prize with its quantity and how and when it is claimed (中奖后7日内在“我的奖品”中领取).
    ///
    /// ## Source
    ///
    /// 《规范促销行为暂行规定》 Art. 13 (prize-promotion disclosures) (S — verify the article);
    /// 《反不正当竞争法》 (2025) Art. 11(1) (V).
    pub struct CnPrizeDisclosure;
    code = "L006", name = "cn-prize-disclosure", family = "legal",
    severity = Error, summary = "a prize promotion's terms do not disclose its prizes",
    cites = [
        (Cn, "《规范促销行为暂行规定》 Art. 13; 《反不正当竞争法》 (2025) Art. 11(1)", S),
    ]
}

/// Words that say how a prize is claimed.
const CLAIMING: &[&str] = &[
    "领取", "兑奖", "领奖", "兑换", "发放", "派发", "到账", "寄送", "发货",
];

impl Rule for CnPrizeDisclosure {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        if !under(ctx, &[Jurisdiction::Cn]) {
            return;
        }
        for (i, p) in ctx.campaign.promotions.iter().flat_map(|p| p.iter()) {
            let is_prize = matches!(
                &p.kind,
                PromotionKind::Lottery { .. }
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
                            msg!("l006-no-terms", promotion = &p.id),
                        )
                        .help(msg!("l006-no-terms-help")),
                    );
                }
                continue;
            };
            let stated: Vec<u64> = claims_in(wording, place)
                .filter_map(|c| match c {
                    ClaimKind::Total { n } | ClaimKind::Quantity { n } | ClaimKind::Count { n } => {
                        Some(*n)
                    }
                    _ => None,
                })
                .collect();
            let text = wording.places[place].text;
            let mut missing: Vec<Msg> = Vec::new();
            match &p.kind {
                PromotionKind::Lottery { prizes, .. } => {
                    for prize in prizes.known().into_iter().flat_map(|l| l.items()) {
                        // A prize whose quantity is unknown cannot be looked for.
                        let Some(quantity) = prize.quantity.known() else {
                            continue;
                        };
                        let odds_stated = prize.odds.is_some() && text.contains('%');
                        if !stated.contains(&quantity.0) && !odds_stated {
                            missing.push(msg!(
                                "l006-prize-count",
                                prize = &prize.name,
                                quantity = quantity.0,
                            ));
                        }
                    }
                    if !CLAIMING.iter().any(|w| text.contains(w)) {
                        missing.push(msg!("l006-claiming"));
                    }
                }
                PromotionKind::MysteryBox {
                    grand_prize: Some(g),
                    ..
                } => {
                    if let Some(quantity) = g.quantity.known()
                        && !stated.contains(&quantity.0)
                    {
                        missing.push(msg!(
                            "l006-grand-count",
                            prize = &g.name,
                            quantity = quantity.0,
                        ));
                    }
                    if !claims_in(wording, place).any(|c| matches!(c, ClaimKind::Multiple { .. })) {
                        missing.push(msg!("l006-worth"));
                    }
                }
                _ => {}
            }
            if let Some(missing) = listed(missing) {
                out.push(
                    Draft::new(
                        &Self::META,
                        terms_at,
                        msg!("l006-not-stated", promotion = &p.id, missing = missing),
                    )
                    .help(msg!("l006-help")),
                );
            }
        }
    }
}

/// The items joined as the language lists them (`a, b, c` / `a、b、c`), none when empty.
fn listed(items: Vec<Msg>) -> Option<Msg> {
    items
        .into_iter()
        .rev()
        .reduce(|rest, first| msg!("l006-list", first = first, rest = rest))
}
