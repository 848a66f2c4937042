//! Rule L015 `sweepstakes-free-entry`: a paid prize draw without a free entry route.

use super::under;
use crate::model::{Jurisdiction, PLAN, Promotion, PromotionKind};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};
use rust_decimal::Decimal;

declare_rule! {
    /// ## What it checks
    ///
    /// A prize draw (`lottery`) that customers pay to enter needs `free_entry`: a way to enter
    /// without paying, with the same chance of winning.
    ///
    /// - **US**: any payment counts — an `entry` that involves buying (下单, 消费, 购买,
    ///   order, purchase, spend), an `entry_fee`, or a `price_uplift`. The draw's `terms`
    ///   must also say "No purchase necessary".
    /// - **UK** (Great Britain): only a real payment to enter counts — an `entry_fee`, or a
    ///   `price_uplift` (goods priced higher because they enter the draw). A draw entered by
    ///   buying goods at their normal price is a lawful prize draw and needs no free route.
    ///
    /// ## Why it matters
    ///
    /// Prize + chance + payment is an illegal lottery. In the US buying anything is payment
    /// (consideration), so a free entry route of equal chance turns the draw into a lawful
    /// sweepstakes. In Great Britain the Gambling Act 2005 treats a purchase as payment to
    /// enter only when the price reflects the chance to win (Sch. 2 para 2(c)): a draw
    /// entered by buying at the normal price is lawful, a fee or a raised price is not
    /// without a free route. The Act covers England, Wales and Scotland, not Northern
    /// Ireland, whose lotteries law differs: a plan for Northern Ireland needs its own
    /// review.
    ///
    /// The reading changed (issue 17): the rule used to ask a free route of every UK draw
    /// that purchases enter; the audit of the shipped rules found that Schedule 2 makes a
    /// purchase at the normal price no payment to enter.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [UK]
    /// - { id: draw, type: lottery, name: Summer draw, entry: Buy a ticket to enter,
    ///     entry_fee: 2, prizes: [{ name: Bike, value: 900, quantity: 1 }] }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The draw's `entry`, `entry_fee`, `price_uplift` and `free_entry`: a payment that is
    /// unreadable withholds the finding it would prove.
    ///
    /// ## How to fix
    ///
    /// Add `free_entry:` (e.g. "mail a postcard to …") with the same chance of winning; in the
    /// US state "No purchase necessary. A purchase will not improve your chances of winning."
    /// in the terms. In Great Britain, dropping the fee or the raised price also makes the
    /// draw lawful.
    ///
    /// ## Source
    ///
    /// US: lotteries are prize + chance + consideration under state law and 18 U.S.C.
    /// §§1301–1307 (M); Deceptive Mail Prevention and Enforcement Act, 39 U.S.C. §3001(k) (S).
    /// UK: Gambling Act 2005 s.14 (lottery: payment to enter, prize by chance) and Sch. 2
    /// (payment to enter; para 2(c): buying goods is payment only where the price reflects
    /// the chance to win) (S — verify); CAP Code 8.17.2 (S — verify). The Act extends to
    /// Great Britain, not Northern Ireland.
    pub struct SweepstakesFreeEntry;
    code = "L015", name = "sweepstakes-free-entry", family = "legal",
    severity = Error, summary = "a paid prize draw without a free entry route",
    cites = [
        (Us, "18 U.S.C. §§1301–1307; 39 U.S.C. §3001(k)", M),
        (Uk, "Gambling Act 2005 s.14, Sch. 2 para 2(c); CAP Code 8.17.2", S),
    ]
}

/// Entry wording that involves buying.
pub(crate) fn purchase_pattern() -> Option<&'static regex::Regex> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)(下单|消费|购买|购物|付款|满\s*\d|\border|\bpurchas|\bbuy|\bspend|\bcheckout)",
        )
        .ok()
    })
    .as_ref()
}

/// How a draw is paid for, as the plan proves it.
enum Payment {
    /// Its `entry` involves buying (payment under US law only).
    Purchase,
    /// An entry fee above zero.
    Fee(String),
    /// Goods priced higher because they enter the draw.
    Uplift,
}

/// The payment for draw `i` that the plan proves, the fee or uplift before a purchase;
/// `Err(())` when a fee or uplift is unreadable and nothing else proves payment.
fn payment(ctx: &Ctx<'_>, i: usize, p: &Promotion, us: bool) -> Result<Option<Payment>, ()> {
    let PromotionKind::Lottery {
        entry,
        entry_fee,
        price_uplift,
        ..
    } = &p.kind
    else {
        return Ok(None);
    };
    let at = PLAN.promotions().item(i);
    if let Some(fee) = entry_fee.as_ref().filter(|f| f.amount > Decimal::ZERO) {
        return Ok(Some(Payment::Fee(ctx.money(fee.amount))));
    }
    if price_uplift.as_ref().is_some_and(|u| u.raised()) {
        return Ok(Some(Payment::Uplift));
    }
    let purchase = entry
        .known()
        .is_some_and(|e| purchase_pattern().is_some_and(|re| re.is_match(e)));
    if us && purchase {
        return Ok(Some(Payment::Purchase));
    }
    if ctx.failed_at(&at.entry_fee()) || ctx.failed_at(&at.price_uplift()) {
        return Err(());
    }
    Ok(None)
}

impl Rule for SweepstakesFreeEntry {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let us = under(ctx, &[Jurisdiction::Us]);
        if !us && !under(ctx, &[Jurisdiction::Uk]) {
            return;
        }
        for (i, p) in ctx.campaign.promotions.iter().flat_map(|p| p.iter()) {
            let PromotionKind::Lottery { free_entry, .. } = &p.kind else {
                continue;
            };
            let Ok(Some(payment)) = payment(ctx, i, p, us) else {
                continue;
            };
            let at = PLAN.promotions().item(i);
            if free_entry.is_none() && !ctx.has(&at.free_entry()) {
                let id = &p.id;
                let (loc, message) = match &payment {
                    Payment::Purchase => (at.entry(), msg!("l015-purchase", id = id)),
                    Payment::Fee(fee) => (at.entry_fee(), msg!("l015-fee", id = id, fee = fee)),
                    Payment::Uplift => (at.price_uplift(), msg!("l015-uplift", id = id)),
                };
                let help = if us {
                    msg!("l015-help-us")
                } else {
                    msg!("l015-help-uk")
                };
                out.push(Draft::new(&Self::META, loc, message).help(help));
                continue;
            }
            let says_no_purchase = p
                .terms
                .as_deref()
                .is_some_and(|t| t.to_lowercase().contains("no purchase necessary"));
            if us && !says_no_purchase {
                let at = if p.terms.is_some() {
                    PLAN.promotions().item(i).terms()
                } else {
                    PLAN.promotions().item(i).id()
                };
                out.push(
                    Draft::new(
                        &Self::META,
                        at,
                        msg!("l015-no-purchase-necessary", id = &p.id),
                    )
                    .help(msg!("l015-no-purchase-necessary-help")),
                );
            }
        }
    }
}
