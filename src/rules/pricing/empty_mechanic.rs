//! Rule P019 `empty-mechanic`: a promotion whose mechanic has nothing in it.

use crate::i18n::Msg;
use crate::model::Loc;
use crate::model::PromotionKind;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};
use std::collections::HashSet;

declare_rule! {
    /// ## What it checks
    ///
    /// Each promotion's mechanic is complete: spend tiers and gift tiers have at least one
    /// tier, a member price at least one level, a flash sale at least one slot (each slot
    /// once), a mystery box at least one price, a draw at least one prize, a collect-to-win
    /// at least two different pieces (each once), and points are worth something.
    ///
    /// ## Why it matters
    ///
    /// An empty mechanic is a promotion customers see advertised but cannot use.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// - { id: collect-fu, type: collect_to_win, name: 集福, pieces: [福, 福], reward: 礼盒 }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The mechanic's own fields (`promotions[].tiers`, `promotions[].levels`,
    /// `promotions[].prizes`, `promotions[].pieces`, `promotions[].redeem`): a field that is
    /// unknown or failed is not called empty.
    ///
    /// ## How to fix
    ///
    /// Complete the mechanic, or remove the promotion.
    pub struct EmptyMechanic;
    code = "P019", name = "empty-mechanic", family = "pricing",
    severity = Error, summary = "a promotion's mechanic has nothing in it"
}

impl Rule for EmptyMechanic {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        for (at, promotion) in ctx.campaign.promotions_at() {
            let id = promotion.id.as_str();
            let mut empty = |list: Loc, what: Msg| {
                if ctx.clean(&list) {
                    out.push(
                        Draft::new(
                            &Self::META,
                            list,
                            msg!("p019-empty", id = id, what = what.clone()),
                        )
                        .help(msg!("p019-empty-help", what = what)),
                    );
                }
            };
            match &promotion.kind {
                PromotionKind::SpendTiers { tiers, .. }
                    if tiers.known().is_some_and(|l| l.is_empty()) =>
                {
                    empty(at.tiers().into(), msg!("p019-what-tiers"))
                }
                PromotionKind::GiftWithPurchase { tiers }
                    if tiers.known().is_some_and(|l| l.is_empty()) =>
                {
                    empty(at.gift_tiers().into(), msg!("p019-what-gift-tiers"))
                }
                PromotionKind::MemberPrice { levels, .. }
                    if levels.known().is_some_and(|l| l.is_empty()) =>
                {
                    empty(at.levels().into(), msg!("p019-what-levels"))
                }
                PromotionKind::FlashSale { slots, .. }
                    if slots.known().is_some_and(|l| l.is_empty()) =>
                {
                    empty(at.slots().into(), msg!("p019-what-slots"))
                }
                PromotionKind::MysteryBox { prices, .. }
                    if prices.known().is_some_and(|l| l.is_empty()) =>
                {
                    empty(at.prices().into(), msg!("p019-what-box-prices"))
                }
                PromotionKind::Lottery { prizes, .. }
                    if prizes.known().is_some_and(|l| l.is_empty()) =>
                {
                    empty(at.prizes().into(), msg!("p019-what-prizes"))
                }
                PromotionKind::FlashSale { slots, .. } => {
                    let mut seen = HashSet::new();
                    for (slot_at, slot) in slots
                        .known()
                        .into_iter()
                        .flat_map(|l| l.iter_at(at.slots()))
                    {
                        if !seen.insert(*slot) {
                            out.push(
                                Draft::new(
                                    &Self::META,
                                    slot_at,
                                    msg!("p019-slot-twice", slot = slot.to_string(), id = id),
                                )
                                .help(msg!("p019-slot-twice-help")),
                            );
                        }
                    }
                }
                PromotionKind::CollectToWin { pieces, .. } => {
                    let mut seen = HashSet::new();
                    for (piece_at, piece) in pieces
                        .known()
                        .into_iter()
                        .flat_map(|l| l.iter_at(at.pieces()))
                    {
                        if !seen.insert(piece.as_str()) {
                            out.push(
                                Draft::new(
                                    &Self::META,
                                    piece_at,
                                    msg!("p019-piece-twice", piece = piece.to_string(), id = id),
                                )
                                .help(msg!("p019-piece-twice-help")),
                            );
                        }
                    }
                    if seen.len() < 2 && ctx.clean(&at.pieces()) {
                        out.push(
                            Draft::new(&Self::META, at.pieces(), msg!("p019-pieces", id = id))
                                .help(msg!("p019-pieces-help")),
                        );
                    }
                }
                PromotionKind::Points { redeem, .. }
                    if redeem
                        .known()
                        .is_some_and(|r| r.points.0 == 0 || r.worth.amount.is_zero()) =>
                {
                    out.push(
                        Draft::new(&Self::META, at.redeem(), msg!("p019-points", id = id))
                            .help(msg!("p019-points-help")),
                    );
                }
                _ => {}
            }
        }
    }
}
