//! Rule V001 `currency-mismatch`: an amount is written with another currency's sign.

use crate::declare_rule;
use crate::model::{Campaign, PromotionKind};
use crate::rules::{Ctx, Draft, Rule};
use crate::values::{CurrencySign, Discount, Money, Share};

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

/// The amounts of the model that `keep` accepts, with their pointers. Pointers are
/// written only for those: a large plan has tens of thousands of amounts.
fn amounts(c: &Campaign, keep: impl Fn(&Money) -> bool) -> Vec<(String, &Money)> {
    let mut out = Amounts {
        keep,
        found: Vec::new(),
    };
    if let Some(budget) = &c.budget {
        if let Some(total) = &budget.total {
            out.push(|| "/budget/total".to_owned(), total);
        }
        for (i, line) in budget.lines.iter().flat_map(|l| l.iter()) {
            out.push(|| format!("/budget/lines/{i}/amount"), &line.amount);
        }
    }
    for (i, phase) in c.phases.iter().flat_map(|p| p.iter()) {
        if let Some(Share::Money(m)) = &phase.budget {
            out.push(|| format!("/phases/{i}/budget"), m);
        }
    }
    for (i, p) in c.promotions.iter().flat_map(|p| p.iter()) {
        let base = |rest: &str| format!("/promotions/{i}{rest}");
        match &p.kind {
            PromotionKind::SpendTiers { tiers, .. } => {
                for (j, tier) in tiers.iter() {
                    out.push(|| base(&format!("/tiers/{j}/spend")), &tier.spend);
                    out.discount(|| base(&format!("/tiers/{j}/discount")), &tier.discount);
                }
            }
            PromotionKind::Discount { discount, .. } => {
                out.discount(|| base("/discount"), discount)
            }
            PromotionKind::FlashSale { price, .. } => out.discount(|| base("/price"), price),
            PromotionKind::MemberPrice { levels, .. } => {
                for (j, level) in levels.iter() {
                    out.discount(|| base(&format!("/levels/{j}/price")), &level.price);
                }
            }
            PromotionKind::GiftWithPurchase { tiers } => {
                for (j, tier) in tiers.iter() {
                    out.push(|| base(&format!("/tiers/{j}/spend")), &tier.spend);
                    out.push(|| base(&format!("/tiers/{j}/gift_cost")), &tier.gift_cost);
                }
            }
            PromotionKind::MysteryBox {
                prices,
                grand_prize,
                ..
            } => {
                for (j, price) in prices.iter() {
                    out.push(|| base(&format!("/prices/{j}")), price);
                }
                if let Some(prize) = grand_prize {
                    out.push(|| base("/grand_prize/value"), &prize.value);
                }
            }
            PromotionKind::Lottery { prizes, .. } => {
                for (j, prize) in prizes.iter() {
                    out.push(|| base(&format!("/prizes/{j}/value")), &prize.value);
                }
            }
            PromotionKind::Points { redeem, .. } => {
                out.push(|| base("/redeem/worth"), &redeem.worth);
            }
            PromotionKind::CollectToWin { .. } | PromotionKind::Referral { .. } => {}
        }
    }
    for (i, coupon) in c.coupons.iter().flat_map(|p| p.iter()) {
        if let Some(amount) = &coupon.amount {
            out.push(|| format!("/coupons/{i}/amount"), amount);
        }
        if let Some(cap) = &coupon.cap {
            out.push(|| format!("/coupons/{i}/cap"), cap);
        }
        out.push(|| format!("/coupons/{i}/min_spend"), &coupon.min_spend);
    }
    if let Some(min_order) = c.guardrails.as_ref().and_then(|g| g.min_order.as_ref()) {
        out.push(|| "/guardrails/min_order".to_owned(), min_order);
    }
    out.found
}

/// Gathers [`amounts`].
struct Amounts<'a, F> {
    keep: F,
    found: Vec<(String, &'a Money)>,
}

impl<'a, F: Fn(&Money) -> bool> Amounts<'a, F> {
    fn push(&mut self, at: impl FnOnce() -> String, money: &'a Money) {
        if (self.keep)(money) {
            self.found.push((at(), money));
        }
    }

    fn discount(&mut self, at: impl FnOnce() -> String, discount: &'a Discount) {
        if let Discount::Amount(money) = discount {
            self.push(at, money);
        }
    }
}

fn currency_words(sign: &CurrencySign) -> &'static str {
    match sign {
        CurrencySign::Yuan => "yuan or yen (¥)",
        CurrencySign::YuanWord => "yuan (元)",
        CurrencySign::Dollar => "dollars ($)",
        CurrencySign::Euro => "euros (€)",
        CurrencySign::Pound => "pounds (£)",
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
                    format!(
                        "`{}` is written in {}, but the plan's currency is {currency}",
                        written,
                        currency_words(sign)
                    ),
                )
                .related("/currency", "the plan's currency")
                .help(format!("write `{plain}` (amounts are in the plan's currency; campspec does not convert)")),
            );
        }
    }
}
