//! Rule V001 `currency-mismatch`: an amount is written with another currency's sign.

use crate::i18n::Msg;
use crate::model::{Campaign, PromotionKind};
use crate::model::{Loc, PLAN};
use crate::rules::{Ctx, Draft, Rule};
use crate::values::{CurrencySign, Discount, Money, Share};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Every amount is in the plan's `currency`. An amount may carry its sign (`"¥299"`,
    /// `"299元"`, `"$30"`, `"€20"`), but the sign must agree with `currency`: `$` with
    /// `USD` (or another dollar), `¥`/`￥` with `CNY` or `JPY`, `元` with `CNY`, `€` with
    /// `EUR`, `£` with `GBP`.
    ///
    /// ## Why it matters
    ///
    /// campspec never converts currencies. A `$30` coupon in a CNY plan is read as ¥30,
    /// which is certainly not what its author meant.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// currency: CNY
    /// coupons:
    ///   - { id: welcome, name: 新人券, amount: "$30", min_spend: 199 }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The plan's `currency`, which every amount is compared with.
    ///
    /// ## How to fix
    ///
    /// Write the amount in the plan's currency (here `30` or `"¥30"`).
    pub struct CurrencyMismatch;
    code = "V001", name = "currency-mismatch", family = "values",
    severity = Error, summary = "an amount is written with another currency's sign"
}

/// The amounts of the model that `keep` accepts, with their locations. Locations are
/// made only for those: a large plan has tens of thousands of amounts.
fn amounts(c: &Campaign, keep: impl Fn(&Money) -> bool) -> Vec<(Loc, &Money)> {
    let mut out = Amounts {
        keep,
        found: Vec::new(),
    };
    if let Some(budget) = &c.budget
        && let Some(total) = &budget.total
    {
        out.push(|| PLAN.budget().total(), total);
    }
    for (at, line) in c.budget_lines_at() {
        out.push(|| at.amount(), line.amount.known());
    }
    for (at, phase) in c.phases_at() {
        if let Some(Share::Money(m)) = &phase.budget {
            out.push(|| at.budget(), m);
        }
    }
    for (at, p) in c.promotions_at() {
        match &p.kind {
            PromotionKind::SpendTiers { tiers, .. } => {
                for (at, tier) in tiers
                    .known()
                    .into_iter()
                    .flat_map(|l| l.iter_at(at.tiers()))
                {
                    out.push(|| at.spend(), tier.spend.known());
                    out.discount(|| at.discount(), tier.discount.known());
                }
            }
            PromotionKind::Discount { discount, .. } => {
                out.discount(|| at.discount(), discount.known())
            }
            PromotionKind::FlashSale { price, .. } => out.discount(|| at.price(), price.known()),
            PromotionKind::MemberPrice { levels, .. } => {
                for (at, level) in levels
                    .known()
                    .into_iter()
                    .flat_map(|l| l.iter_at(at.levels()))
                {
                    out.discount(|| at.price(), level.price.known());
                }
            }
            PromotionKind::GiftWithPurchase { tiers } => {
                for (at, tier) in tiers
                    .known()
                    .into_iter()
                    .flat_map(|l| l.iter_at(at.gift_tiers()))
                {
                    out.push(|| at.spend(), tier.spend.known());
                    out.push(|| at.gift_cost(), tier.gift_cost.known());
                }
            }
            PromotionKind::MysteryBox {
                prices,
                grand_prize,
                ..
            } => {
                for (at, price) in prices
                    .known()
                    .into_iter()
                    .flat_map(|l| l.iter_at(at.prices()))
                {
                    out.push(|| at.into(), price);
                }
                if let Some(prize) = grand_prize {
                    out.push(|| at.grand_prize().value(), prize.value.known());
                }
            }
            PromotionKind::Lottery { prizes, .. } => {
                for (at, prize) in prizes
                    .known()
                    .into_iter()
                    .flat_map(|l| l.iter_at(at.prizes()))
                {
                    out.push(|| at.value(), prize.value.known());
                }
            }
            PromotionKind::Points { redeem, .. } => {
                out.push(|| at.redeem().worth(), redeem.known().map(|r| &r.worth));
            }
            PromotionKind::CollectToWin { .. } | PromotionKind::Referral { .. } => {}
        }
    }
    for (at, coupon) in c.coupons_at() {
        if let Some(amount) = &coupon.amount {
            out.push(|| at.amount(), amount);
        }
        if let Some(cap) = &coupon.cap {
            out.push(|| at.cap(), cap);
        }
        out.push(|| at.min_spend(), coupon.min_spend.known());
    }
    if let Some(min_order) = c.guardrails.as_ref().and_then(|g| g.min_order.as_ref()) {
        out.push(|| PLAN.guardrails().min_order(), min_order);
    }
    out.found
}

/// Gathers [`amounts`].
struct Amounts<'a, F> {
    keep: F,
    found: Vec<(Loc, &'a Money)>,
}

impl<'a, F: Fn(&Money) -> bool> Amounts<'a, F> {
    /// An amount, when it is known (`Known::known`).
    fn push(&mut self, at: impl FnOnce() -> Loc, money: impl Into<Option<&'a Money>>) {
        if let Some(money) = money.into()
            && (self.keep)(money)
        {
            self.found.push((at(), money));
        }
    }

    fn discount(&mut self, at: impl FnOnce() -> Loc, discount: Option<&'a Discount>) {
        if let Some(Discount::Amount(money)) = discount {
            self.push(at, money);
        }
    }
}

fn currency_words(sign: &CurrencySign) -> Msg {
    match sign {
        CurrencySign::Yuan => msg!("v001-sign-yuan-or-yen"),
        CurrencySign::YuanWord => msg!("v001-sign-yuan"),
        CurrencySign::Dollar => msg!("v001-sign-dollar"),
        CurrencySign::Euro => msg!("v001-sign-euro"),
        CurrencySign::Pound => msg!("v001-sign-pound"),
    }
}

impl Rule for CurrencyMismatch {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(currency) = &ctx.campaign.currency else {
            return;
        };
        let currency = currency.as_str();
        let mismatched = |m: &Money| m.sign.as_ref().is_some_and(|s| !s.matches(currency));
        for (at, money) in amounts(ctx.campaign, mismatched) {
            let Some(sign) = &money.sign else { continue };
            let plain = money.amount.normalize();
            let written = match ctx.raw(&at).and_then(|v| v.as_str()) {
                Some(text) => text.to_owned(),
                None => money.to_string(),
            };
            out.push(
                Draft::new(
                    &Self::META,
                    at,
                    msg!(
                        "v001-mismatch",
                        written = written,
                        sign = currency_words(sign),
                        currency = currency,
                    ),
                )
                .related(PLAN.currency(), msg!("v001-plans-currency"))
                .help(msg!("v001-help", plain = plain.to_string())),
            );
        }
    }
}
