//! Rule P001 `tiers-out-of-order`: tier spends do not rise, or a higher tier saves less.

use crate::model::Loc;
use crate::model::PromotionKind;
use crate::rules::{Ctx, Draft, Rule};
use crate::values::{Discount, Money};
use crate::{declare_rule, msg};
use rust_decimal::Decimal;

declare_rule! {
    /// ## What it checks
    ///
    /// In a `spend_tiers` promotion the tiers are listed from the lowest spend up: each
    /// spend strictly above the one before, and each tier saving more than the tier
    /// before would save on the same subtotal (9 % at ¥299, then more than 9 % at ¥599).
    /// In a `gift_with_purchase` promotion the spends rise the same way.
    ///
    /// ## Why it matters
    ///
    /// Engines apply the highest tier reached. A higher tier that saves less punishes
    /// customers for spending more, and spends out of order usually mean a typo.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// tiers:
    ///   - { spend: 299, discount: 9% }
    ///   - { spend: 599, discount: 8% }    # saves less than 9 % on ¥599
    /// ```
    ///
    /// ## Depends on
    ///
    /// Each tier's `spend` and `discount` (`promotions[].tiers[].spend`,
    /// `promotions[].tiers[].discount`): a tier whose spend or discount is unknown is left
    /// out, and the tiers either side of it are compared.
    ///
    /// ## How to fix
    ///
    /// Sort the tiers by spend and make each one save more than the one before.
    pub struct TiersOutOfOrder;
    code = "P001", name = "tiers-out-of-order", family = "pricing",
    severity = Error, summary = "tier spends do not rise, or a higher tier saves less"
}

/// What a tier's discount saves on `subtotal`.
fn saving(discount: &Discount, subtotal: Decimal) -> Decimal {
    match discount.off_ratio() {
        Some(off) => off.saturating_mul(subtotal),
        None => discount.amount().map(|m| m.amount).unwrap_or_default(),
    }
}

fn spends_rise(spends: &[(Loc, &Money)], out: &mut Vec<Draft>) {
    for pair in spends.windows(2) {
        let ((a_at, a), (b_at, b)) = (&pair[0], &pair[1]);
        if b.amount <= a.amount {
            out.push(
                Draft::new(
                    &TiersOutOfOrder::META,
                    b_at,
                    msg!(
                        "p001-spend-not-rising",
                        spend = b.to_string(),
                        previous = a.to_string()
                    ),
                )
                .related(a_at, msg!("p001-previous-tier"))
                .help(msg!("p001-spend-help")),
            );
        }
    }
}

impl Rule for TiersOutOfOrder {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        for (at, promotion) in ctx.campaign.promotions_at() {
            match &promotion.kind {
                PromotionKind::SpendTiers { tiers, .. } => {
                    // Tiers whose spend (or discount) is unknown are left out: two tiers
                    // either side of one still must rise.
                    let spends: Vec<(Loc, &Money)> = tiers
                        .known()
                        .into_iter()
                        .flat_map(|l| l.iter_at(at.tiers()))
                        .filter_map(|(tier_at, t)| Some((tier_at.spend(), t.spend.known()?)))
                        .collect();
                    spends_rise(&spends, out);
                    let list: Vec<_> = tiers
                        .known()
                        .into_iter()
                        .flat_map(|l| l.iter_at(at.tiers()))
                        .filter_map(|(tier_at, t)| {
                            Some((tier_at, t.spend.known()?, t.discount.known()?))
                        })
                        .collect();
                    for pair in list.windows(2) {
                        let [
                            (lower_at, lower_spend, lower),
                            (higher_at, higher_spend, higher),
                        ] = pair
                        else {
                            continue;
                        };
                        if higher_spend.amount <= lower_spend.amount {
                            continue;
                        }
                        let at = higher_spend.amount;
                        if saving(higher, at) <= saving(lower, at) {
                            out.push(
                                Draft::new(
                                    &Self::META,
                                    higher_at.discount(),
                                    msg!(
                                        "p001-saves-less",
                                        spend = higher_spend.to_string(),
                                        discount = higher.to_string(),
                                        previous = lower.to_string(),
                                    ),
                                )
                                .related(lower_at.discount(), msg!("p001-previous-tier"))
                                .help(msg!("p001-saving-help")),
                            );
                        }
                    }
                }
                PromotionKind::GiftWithPurchase { tiers } => {
                    let spends: Vec<(Loc, &Money)> = tiers
                        .known()
                        .into_iter()
                        .flat_map(|l| l.iter_at(at.gift_tiers()))
                        .filter_map(|(tier_at, t)| Some((tier_at.spend(), t.spend.known()?)))
                        .collect();
                    spends_rise(&spends, out);
                }
                _ => {}
            }
        }
    }
}
