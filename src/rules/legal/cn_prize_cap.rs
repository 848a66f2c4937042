//! Rule L005 `cn-prize-cap`: a prize draw's top prize exceeds the legal cap.

use super::under;
use crate::model::{Jurisdiction, PromotionKind};
use crate::model::{Loc, PLAN};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};
use rust_decimal::Decimal;

declare_rule! {
    /// ## What it checks
    ///
    /// In a prize draw (`lottery`) or a mystery box's grand prize (福袋 giveaways are draws), no
    /// single prize may be worth more than 50,000 yuan. The finding cites the law in force on
    /// the campaign's first day: the Anti-Unfair Competition Law as revised in 2019 (Art. 10)
    /// before 15 October 2025, the 2025 revision (Art. 11) from then. Values are compared in
    /// the plan's currency, so only CNY plans are checked.
    ///
    /// ## Why it matters
    ///
    /// A top prize over the cap is unfair competition: the prize promotion can be stopped and
    /// fined 50,000–500,000 yuan.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// - { id: draw, type: lottery, name: 抽奖, entry: 下单即可抽奖,
    ///     prizes: [{ name: 汽车, value: 60000, quantity: 1 }] }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The plan's `jurisdictions` (the cap is Chinese law) and `currency` (the cap is in
    /// yuan), and the prizes' values (`promotions[].prizes[].value`,
    /// `promotions[].grand_prize`): a prize whose value is unknown is not judged.
    ///
    /// ## How to fix
    ///
    /// Lower the top prize to 50,000 yuan or less, or give it to everyone who qualifies (then
    /// it is not a draw).
    ///
    /// ## Source
    ///
    /// 《反不正当竞争法》 (2019) Art. 10(3) / (2025, in force 2025-10-15) Art. 11(4): a draw's
    /// top prize may not exceed 50,000 yuan; penalty Art. 22 (2019) / Art. 27 (2025) (V).
    /// 《规范促销行为暂行规定》 Art. 17 (valuing non-cash prizes) (S — verify).
    pub struct CnPrizeCap;
    code = "L005", name = "cn-prize-cap", family = "legal",
    severity = Error, summary = "a prize draw's top prize exceeds the legal cap",
    cites = [(Cn, "《反不正当竞争法》 (2025) Art. 11(4); (2019) Art. 10(3) before 2025-10-15", V)]
}

/// The prize cap of the Anti-Unfair Competition Law, in yuan.
const CAP_YUAN: i64 = 50_000;

impl Rule for CnPrizeCap {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if !under(ctx, &[Jurisdiction::Cn]) {
            return;
        }
        let c = ctx.campaign;
        if c.currency.as_ref().is_none_or(|cur| cur.as_str() != "CNY") {
            return;
        }
        // The law in force on the campaign's first day.
        let revised = jiff::civil::date(2025, 10, 15);
        let law = match c.window.as_ref().and_then(|w| w.start) {
            Some(start) if start.get() < revised => msg!("l005-law-2019"),
            Some(_) => msg!("l005-law-2025"),
            None => msg!("l005-law-either"),
        };
        let cap = Decimal::from(CAP_YUAN);
        let mut prizes: Vec<(Loc, &str, Decimal)> = Vec::new();
        for (i, p) in c.promotions.iter().flat_map(|p| p.iter()) {
            match &p.kind {
                PromotionKind::Lottery { prizes: list, .. } => {
                    for (j, prize) in list.known().into_iter().flat_map(|l| l.iter()) {
                        if let Some(value) = prize.value.known() {
                            prizes.push((
                                PLAN.promotions().item(i).prizes().item(j).value(),
                                prize.name.as_str(),
                                value.amount,
                            ));
                        }
                    }
                }
                PromotionKind::MysteryBox {
                    grand_prize: Some(prize),
                    ..
                } => {
                    if let Some(value) = prize.value.known() {
                        prizes.push((
                            PLAN.promotions().item(i).grand_prize().value(),
                            prize.name.as_str(),
                            value.amount,
                        ));
                    }
                }
                _ => {}
            }
        }
        for (at, name, value) in prizes {
            if value > cap {
                out.push(
                    Draft::new(
                        &Self::META,
                        at,
                        msg!(
                            "l005-over-cap",
                            prize = name,
                            value = ctx.money(value),
                            law = law.clone(),
                        ),
                    )
                    .help(msg!("l005-help")),
                );
            }
        }
    }
}
