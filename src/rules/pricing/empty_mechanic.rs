//! Rule P019 `empty-mechanic`: a promotion whose mechanic has nothing in it.

use crate::declare_rule;
use crate::model::PromotionKind;
use crate::rules::{Ctx, Draft, Rule};
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
    /// ## How to fix
    ///
    /// Complete the mechanic, or remove the promotion.
    pub struct EmptyMechanic;
    code = "P019", name = "empty-mechanic", family = "pricing",
    severity = Error, summary = "a promotion's mechanic has nothing in it"
}

impl Rule for EmptyMechanic {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        for (p, promotion) in ctx.campaign.promotions.iter().flat_map(|p| p.iter()) {
            let base = format!("/promotions/{p}");
            let id = promotion.id.as_str();
            let mut empty = |key: &str, what: &str| {
                if ctx.clean(&format!("{base}/{key}")) {
                    out.push(
                        Draft::new(
                            &Self::META,
                            format!("{base}/{key}"),
                            format!("`{id}` has no {what}"),
                        )
                        .help(format!("add {what}, or remove the promotion")),
                    );
                }
            };
            match &promotion.kind {
                PromotionKind::SpendTiers { tiers, .. } if tiers.is_empty() => {
                    empty("tiers", "tiers")
                }
                PromotionKind::GiftWithPurchase { tiers } if tiers.is_empty() => {
                    empty("tiers", "gift tiers")
                }
                PromotionKind::MemberPrice { levels, .. } if levels.is_empty() => {
                    empty("levels", "member levels")
                }
                PromotionKind::FlashSale { slots, .. } if slots.is_empty() => {
                    empty("slots", "time slots")
                }
                PromotionKind::MysteryBox { prices, .. } if prices.is_empty() => {
                    empty("prices", "box prices")
                }
                PromotionKind::Lottery { prizes, .. } if prizes.is_empty() => {
                    empty("prizes", "prizes")
                }
                PromotionKind::FlashSale { slots, .. } => {
                    let mut seen = HashSet::new();
                    for (i, slot) in slots.iter() {
                        if !seen.insert(*slot) {
                            out.push(
                                Draft::new(
                                    &Self::META,
                                    format!("{base}/slots/{i}"),
                                    format!("the slot `{slot}` of `{id}` is listed twice"),
                                )
                                .help("list each slot once"),
                            );
                        }
                    }
                }
                PromotionKind::CollectToWin { pieces, .. } => {
                    let mut seen = HashSet::new();
                    for (i, piece) in pieces.iter() {
                        if !seen.insert(piece.as_str()) {
                            out.push(
                                Draft::new(
                                    &Self::META,
                                    format!("{base}/pieces/{i}"),
                                    format!("the piece `{piece}` of `{id}` is listed twice"),
                                )
                                .help("list each piece to collect once"),
                            );
                        }
                    }
                    if seen.len() < 2 && ctx.clean(&format!("{base}/pieces")) {
                        out.push(
                            Draft::new(
                                &Self::META,
                                format!("{base}/pieces"),
                                format!("`{id}` needs at least two different pieces to collect"),
                            )
                            .help("list the pieces, e.g. `[福, 禄, 寿, 喜, 财]`"),
                        );
                    }
                }
                PromotionKind::Points { redeem, .. }
                    if redeem.points.0 == 0 || redeem.worth.amount.is_zero() =>
                {
                    out.push(
                        Draft::new(
                            &Self::META,
                            format!("{base}/redeem"),
                            format!("the points of `{id}` are worth nothing"),
                        )
                        .help(
                            "give how many points pay how much, e.g. `{ points: 100, worth: 1 }`",
                        ),
                    );
                }
                _ => {}
            }
        }
    }
}
