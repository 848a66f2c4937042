//! Rule P004 `member-levels-not-deeper`: a higher member level does not pay less.

use crate::model::PromotionKind;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Member levels are listed from the lowest to the highest, and each level pays less
    /// than the one below it (金卡 8.5折, 铂金 7.5折, 钻石 6.5折). Levels written as amounts
    /// off must take more off at each higher level.
    ///
    /// ## Why it matters
    ///
    /// Members who reach a higher level and pay more feel cheated, and it is usually a
    /// swapped line.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// levels:
    ///   - { level: gold, name: 金卡会员, price: 8.5折 }
    ///   - { level: platinum, name: 铂金会员, price: 9折 }
    /// ```
    ///
    /// ## Depends on
    ///
    /// Each level's `price` (`promotions[].levels[].price`): a level whose price is unknown
    /// is left out, and the levels either side of it are compared.
    ///
    /// ## How to fix
    ///
    /// List the levels from the lowest up, each with a deeper price than the one before.
    pub struct MemberLevelsNotDeeper;
    code = "P004", name = "member-levels-not-deeper", family = "pricing",
    severity = Error, summary = "a higher member level does not pay less"
}

impl Rule for MemberLevelsNotDeeper {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        for (at, promotion) in ctx.campaign.promotions_at() {
            let PromotionKind::MemberPrice { levels, .. } = &promotion.kind else {
                continue;
            };
            // Levels whose price is unknown are left out: two levels either side of one
            // still must rise.
            let list: Vec<_> = levels
                .known()
                .into_iter()
                .flat_map(|l| l.iter_at(at.levels()))
                .filter_map(|(level_at, l)| Some((level_at, l, l.price.known()?)))
                .collect();
            for pair in list.windows(2) {
                let [
                    (lower_at, lower, lower_price),
                    (higher_at, higher, higher_price),
                ] = pair
                else {
                    continue;
                };
                let deeper = match (
                    lower_price.pay_ratio(),
                    higher_price.pay_ratio(),
                    lower_price.amount(),
                    higher_price.amount(),
                ) {
                    (Some(a), Some(b), _, _) => Some(b < a),
                    (_, _, Some(a), Some(b)) => Some(b.amount > a.amount),
                    _ => None,
                };
                if deeper == Some(false) {
                    out.push(
                        Draft::new(
                            &Self::META,
                            higher_at.price(),
                            msg!(
                                "p004-not-deeper",
                                level = higher.level.to_string(),
                                name = higher.name.to_string(),
                                lower = lower.level.to_string(),
                                price = higher_price.to_string(),
                                lower_price = lower_price.to_string(),
                            ),
                        )
                        .related(
                            lower_at.price(),
                            msg!("p004-level", level = lower.level.to_string()),
                        )
                        .help(msg!("p004-help")),
                    );
                }
            }
        }
    }
}
