//! Offers in plain words, generated from the data in the plan's language: 满299元享9.1折,
//! "Spend $50, get $10 off", 每日10:00、20:00开抢, "limit 1 per customer".

use super::locale::Lang;
use crate::model::{
    Coupon, GiftTier, Known, List, MemberLevel, Prize, Promotion, PromotionKind, Tier,
};
use crate::numfmt::percent_short;
use crate::values::{Count, Discount, Money, NumberRange, TimeOfDay};
use rust_decimal::Decimal;

/// Writes offers in one language and currency.
pub struct Describer<'a> {
    pub lang: Lang,
    pub currency: &'a str,
}

impl Describer<'_> {
    /// An amount inside a mechanic: `299元` (CNY in Chinese) or `¥299` / `$50`.
    pub fn amount(&self, amount: Decimal) -> String {
        if self.lang == Lang::Zh && self.currency == "CNY" {
            return crate::numfmt::money(amount, "CNY", crate::numfmt::Money::Yuan);
        }
        self.lang.money(amount, self.currency)
    }

    fn money(&self, money: &Money) -> String {
        self.amount(money.amount)
    }

    /// A price written as what customers pay: `9.1折` / `9% off`, or an amount off.
    pub fn discount(&self, discount: &Discount) -> String {
        match (self.lang, discount) {
            (Lang::Zh, Discount::Amount(m)) => format!("减{}", self.money(m)),
            (Lang::En, Discount::Amount(m)) => format!("{} off", self.money(m)),
            (Lang::Zh, d) => zhe(d.pay_ratio().unwrap_or(Decimal::ONE)),
            (Lang::En, d) => format!("{} off", percent_short(d.off_ratio().unwrap_or_default())),
        }
    }

    /// A spend tier: `满299元享9.1折`, `满300元减50元` / `Spend ¥299, get 9% off`.
    pub fn tier(&self, spend: &Money, discount: &Discount) -> String {
        match (self.lang, discount) {
            (Lang::Zh, Discount::Amount(m)) => {
                format!("满{}减{}", self.money(spend), self.money(m))
            }
            (Lang::Zh, d) => format!("满{}享{}", self.money(spend), self.discount(d)),
            (Lang::En, d) => format!("Spend {}, get {}", self.money(spend), self.discount(d)),
        }
    }

    /// What a promotion does, in one or a few sentences.
    pub fn promotion(&self, promotion: &Promotion) -> String {
        let lang = self.lang;
        let text = match &promotion.kind {
            PromotionKind::SpendTiers {
                tiers,
                repeat,
                max_repeats,
            } => self.spend_tiers(tiers, *repeat, *max_repeats),
            PromotionKind::Discount { discount, scope } => discount.known().map(|discount| {
                let scope: Vec<String> = scope.iter().flat_map(|s| s.items().cloned()).collect();
                match (lang, scope.is_empty()) {
                    (Lang::Zh, true) => format!("全场{}", self.discount(discount)),
                    (Lang::Zh, false) => {
                        format!("{}{}", scope.join("、"), self.discount(discount))
                    }
                    (Lang::En, true) => format!("{} everything", self.discount(discount)),
                    (Lang::En, false) => {
                        format!("{} {}", self.discount(discount), lang.join(&scope))
                    }
                }
            }),
            PromotionKind::FlashSale {
                slots,
                items_per_slot,
                price,
                ..
            } => price
                .known()
                .map(|price| self.flash_sale(slots, *items_per_slot, price)),
            PromotionKind::MemberPrice {
                levels,
                early_access_days,
            } => Some(self.member_price(levels, *early_access_days)),
            PromotionKind::GiftWithPurchase { tiers } => Some(self.gift_with_purchase(tiers)),
            PromotionKind::MysteryBox {
                prices,
                value_multiple,
                grand_prize,
            } => value_multiple
                .known()
                .map(|multiple| self.mystery_box(prices, multiple, grand_prize.as_ref())),
            PromotionKind::Lottery {
                prizes,
                entry,
                free_entry,
                ..
            } => Some(self.lottery(prizes, entry, free_entry.as_deref())),
            PromotionKind::CollectToWin { pieces, reward, .. } => {
                let pieces: Vec<String> = pieces
                    .known()
                    .into_iter()
                    .flat_map(|l| l.items())
                    .cloned()
                    .collect();
                Some(match lang {
                    Lang::Zh => format!("集齐{}，兑换{reward}", lang.join(&pieces)),
                    Lang::En => format!("Collect {} to win {reward}", lang.join(&pieces)),
                })
            }
            PromotionKind::Points { earn, redeem } => Some(match (lang, redeem.known()) {
                (_, None) => earn.to_string(),
                (Lang::Zh, Some(redeem)) => format!(
                    "{earn}；{}积分抵{}",
                    redeem.points.0,
                    lang.money(redeem.worth.amount, self.currency)
                ),
                (Lang::En, Some(redeem)) => format!(
                    "{earn}; {} points = {}",
                    lang.count(redeem.points.0),
                    lang.money(redeem.worth.amount, self.currency)
                ),
            }),
            PromotionKind::Referral {
                reward_referrer,
                reward_invitee,
            } => Some(match lang {
                Lang::Zh => format!("邀请人得{reward_referrer}，被邀请人得{reward_invitee}"),
                Lang::En => format!(
                    "The inviting customer gets {reward_referrer}; the invited customer gets {reward_invitee}"
                ),
            }),
        };
        // A promotion without describable data (an unknown value, an empty tier list) is
        // named by its type.
        match text.as_deref().map(str::trim) {
            None | Some("") => promotion.kind.type_name().to_owned(),
            Some(t) => t.to_owned(),
        }
    }

    /// Spend tiers: `满299元享9.1折，满599元享8.5折`, or a repeating tier `每满300元减50元，
    /// 上不封顶`; `None` when a repeating tier's values are unknown.
    fn spend_tiers(
        &self,
        tiers: &Known<List<Tier>>,
        repeat: Option<bool>,
        max_repeats: Option<Count>,
    ) -> Option<String> {
        let lang = self.lang;
        let first = tiers.known().into_iter().flat_map(|l| l.items()).next();
        if repeat.unwrap_or(false)
            && let Some(tier) = first
        {
            let (Some(spend), Some(discount)) = (tier.spend.known(), tier.discount.known()) else {
                return None;
            };
            let base = match (lang, discount) {
                (Lang::Zh, Discount::Amount(m)) => {
                    format!("每满{}减{}", self.money(spend), self.money(m))
                }
                (Lang::Zh, d) => {
                    format!("每满{}享{}", self.money(spend), self.discount(d))
                }
                (Lang::En, d) => {
                    format!("{} for every {} spent", self.discount(d), self.money(spend))
                }
            };
            return Some(match (lang, max_repeats) {
                (Lang::Zh, None) => format!("{base}，上不封顶"),
                (Lang::Zh, Some(n)) => format!("{base}，最多减{}次", n.0),
                (Lang::En, None) => format!("{base}, no cap"),
                (Lang::En, Some(n)) => format!("{base}, up to {} times", n.0),
            });
        }
        let items: Vec<String> = tiers
            .known()
            .into_iter()
            .flat_map(|l| l.items())
            .filter_map(|t| Some(self.tier(t.spend.known()?, t.discount.known()?)))
            .collect();
        Some(match lang {
            Lang::Zh => items.join("，"),
            Lang::En => items.join("; "),
        })
    }

    /// A flash sale: `每日10:00、20:00开抢，每场5款，秒杀价5折`.
    fn flash_sale(
        &self,
        slots: &Known<List<TimeOfDay>>,
        items_per_slot: Option<Count>,
        price: &Discount,
    ) -> String {
        let lang = self.lang;
        let times: Vec<String> = slots
            .known()
            .into_iter()
            .flat_map(|l| l.items())
            .map(|t| t.to_string())
            .collect();
        match lang {
            Lang::Zh => {
                let mut s = format!("每日{}开抢", times.join("、"));
                if let Some(n) = items_per_slot {
                    s.push_str(&format!("，每场{}款", n.0));
                }
                s.push_str(&format!("，秒杀价{}", self.discount(price)));
                s
            }
            Lang::En => {
                let mut s = format!("Daily at {}", lang.join(&times));
                if let Some(n) = items_per_slot {
                    s.push_str(&format!(", {} items per slot", n.0));
                }
                s.push_str(&format!(", at {}", self.discount(price)));
                s
            }
        }
    }

    /// Member prices by level, and members' early access.
    fn member_price(
        &self,
        levels: &Known<List<MemberLevel>>,
        early_access_days: Option<Count>,
    ) -> String {
        let lang = self.lang;
        let items: Vec<String> = levels
            .known()
            .into_iter()
            .flat_map(|l| l.items())
            .filter_map(|l| {
                let price = self.discount(l.price.known()?);
                Some(match lang {
                    Lang::Zh => format!("{}{price}", l.name),
                    Lang::En => format!("{} {price}", l.name),
                })
            })
            .collect();
        let mut s = match lang {
            Lang::Zh => items.join("、"),
            Lang::En => lang.join(&items),
        };
        if let Some(days) = early_access_days {
            match lang {
                Lang::Zh => s.push_str(&format!("；会员提前{}天开放购买", days.0)),
                Lang::En => {
                    s.push_str(&format!("; members buy {} early", lang.days(days.0 as i64)))
                }
            }
        }
        s
    }

    /// Gift tiers: `满299元赠新年福袋（成本¥12）`.
    fn gift_with_purchase(&self, tiers: &Known<List<GiftTier>>) -> String {
        let lang = self.lang;
        let items: Vec<String> = tiers
            .known()
            .into_iter()
            .flat_map(|l| l.items())
            .filter_map(|t| {
                let spend = self.money(t.spend.known()?);
                let cost = lang.money(t.gift_cost.known()?.amount, self.currency);
                Some(match lang {
                    Lang::Zh => format!("满{spend}赠{}（成本{cost}）", t.gift),
                    Lang::En => format!("Spend {spend}, gift: {} (costs {cost})", t.gift),
                })
            })
            .collect();
        match lang {
            Lang::Zh => items.join("，"),
            Lang::En => items.join("; "),
        }
    }

    /// A mystery box: its prices, the value multiple and the grand prize.
    fn mystery_box(
        &self,
        prices: &Known<List<Money>>,
        value_multiple: &NumberRange,
        grand_prize: Option<&Prize>,
    ) -> String {
        let lang = self.lang;
        let prices: Vec<String> = prices
            .known()
            .into_iter()
            .flat_map(|l| l.items())
            .map(|p| lang.money(p.amount, self.currency))
            .collect();
        let (low, high) = (
            value_multiple.low.normalize(),
            value_multiple.high.normalize(),
        );
        let mut s = match lang {
            Lang::Zh if low == high => {
                format!("售价{}，内含商品价值为售价的{low}倍", lang.join(&prices))
            }
            Lang::Zh => format!(
                "售价{}，内含商品价值为售价的{low}至{high}倍",
                lang.join(&prices)
            ),
            Lang::En if low == high => format!(
                "Boxes at {}, holding {low}× their price in goods",
                lang.join(&prices)
            ),
            Lang::En => format!(
                "Boxes at {}, holding {low}–{high}× their price in goods",
                lang.join(&prices)
            ),
        };
        if let Some(prize) = grand_prize
            && let (Some(value), Some(quantity)) = (prize.value.known(), prize.quantity.known())
        {
            match lang {
                Lang::Zh => s.push_str(&format!(
                    "；大奖：{}（价值{}）共{}份",
                    prize.name,
                    lang.money(value.amount, self.currency),
                    lang.count(quantity.0)
                )),
                Lang::En => s.push_str(&format!(
                    "; grand prize: {} (worth {}), {} to be won",
                    prize.name,
                    lang.money(value.amount, self.currency),
                    lang.count(quantity.0)
                )),
            }
        }
        s
    }

    /// A lottery: how to enter, the prizes and the free entry.
    fn lottery(
        &self,
        prizes: &Known<List<Prize>>,
        entry: &Known<String>,
        free_entry: Option<&str>,
    ) -> String {
        let lang = self.lang;
        let items: Vec<String> = prizes
            .known()
            .into_iter()
            .flat_map(|l| l.items())
            .filter_map(|p| {
                let value = lang.money(p.value.known()?.amount, self.currency);
                let n = lang.count(p.quantity.known()?.0);
                Some(match (lang, &p.odds) {
                    (Lang::Zh, Some(o)) => {
                        format!("{}（价值{value}）{n}份，中奖率{o}", p.name)
                    }
                    (Lang::Zh, None) => format!("{}（价值{value}）{n}份", p.name),
                    (Lang::En, Some(o)) => {
                        format!("{} × {} (worth {value}, odds {o})", n, p.name)
                    }
                    (Lang::En, None) => format!("{} × {} (worth {value})", n, p.name),
                })
            })
            .collect();
        let mut s = match lang {
            Lang::Zh => format!("参与方式：{entry}；奖品：{}", items.join("；")),
            Lang::En => format!("Entry: {entry}; prizes: {}", items.join("; ")),
        };
        if let Some(free) = free_entry {
            match lang {
                Lang::Zh => s.push_str(&format!("；免费参与方式：{free}")),
                Lang::En => s.push_str(&format!("; free entry: {free}")),
            }
        }
        s
    }

    /// A promotion's limits: `每款每场限量2,000件，每人限购1件` / `2,000 per item per slot; limit 1 per customer`.
    pub fn promotion_limits(&self, promotion: &Promotion) -> String {
        let lang = self.lang;
        let flash = matches!(promotion.kind, PromotionKind::FlashSale { .. });
        let mut parts = Vec::new();
        if let Some(q) = &promotion.quantity {
            let n = lang.count(q.0);
            parts.push(match (lang, flash) {
                (Lang::Zh, true) => format!("每款每场限量{n}件"),
                (Lang::Zh, false) => format!("共{n}份"),
                (Lang::En, true) => format!("{n} per item per slot"),
                (Lang::En, false) => format!("{n} available"),
            });
        }
        if let Some(p) = &promotion.per_user {
            parts.push(match (lang, flash) {
                (Lang::Zh, true) => format!("每人限购{}件", p.0),
                (Lang::Zh, false) => format!("每人限{}次", p.0),
                (Lang::En, _) => format!("limit {} per customer", p.0),
            });
        }
        match lang {
            Lang::Zh => parts.join("，"),
            Lang::En => parts.join("; "),
        }
    }

    /// What a coupon takes off: `满500元减150元`, `无门槛减50元`, `满300元享9折，最高减100元`.
    pub fn coupon(&self, coupon: &Coupon) -> String {
        let lang = self.lang;
        let Some(min_spend) = coupon.min_spend.known() else {
            return String::new();
        };
        let free = min_spend.amount.is_zero();
        if let Some(amount) = &coupon.amount {
            return match (lang, free) {
                (Lang::Zh, true) => format!("无门槛减{}", self.money(amount)),
                (Lang::Zh, false) => {
                    format!("满{}减{}", self.money(min_spend), self.money(amount))
                }
                (Lang::En, true) => format!("{} off, no minimum spend", self.money(amount)),
                (Lang::En, false) => format!(
                    "{} off orders of {} or more",
                    self.money(amount),
                    self.money(min_spend)
                ),
            };
        }
        let Some(percent) = &coupon.percent else {
            return String::new();
        };
        let off = Discount::Percent(percent.ratio());
        let mut s = match (lang, free) {
            (Lang::Zh, true) => format!("无门槛{}", self.discount(&off)),
            (Lang::Zh, false) => {
                format!("满{}享{}", self.money(min_spend), self.discount(&off))
            }
            (Lang::En, true) => format!("{}, no minimum spend", self.discount(&off)),
            (Lang::En, false) => format!(
                "{} orders of {} or more",
                self.discount(&off),
                self.money(min_spend)
            ),
        };
        if let Some(cap) = &coupon.cap {
            match lang {
                Lang::Zh => s.push_str(&format!("，最高减{}", self.money(cap))),
                Lang::En => s.push_str(&format!(", up to {} off", self.money(cap))),
            }
        }
        s
    }

    /// A coupon's limits: `共发放1万张，每人限领1张` / `10,000 available; limit 1 per customer`.
    pub fn coupon_limits(&self, coupon: &Coupon) -> String {
        let lang = self.lang;
        let mut parts = Vec::new();
        if let Some(q) = &coupon.quantity {
            parts.push(match lang {
                Lang::Zh => format!("共发放{}张", lang.count(q.0)),
                Lang::En => format!("{} available", lang.count(q.0)),
            });
        }
        if let Some(p) = &coupon.per_user {
            parts.push(match lang {
                Lang::Zh => format!("每人限领{}张", p.0),
                Lang::En => format!("limit {} per customer", p.0),
            });
        }
        match lang {
            Lang::Zh => parts.join("，"),
            Lang::En => parts.join("; "),
        }
    }

    /// Who a coupon is for, in words for the audiences plans commonly use.
    pub fn audience(&self, audience: &str) -> String {
        let known = match (self.lang, audience) {
            (Lang::Zh, "new_users") => "新用户",
            (Lang::Zh, "members") => "会员",
            (Lang::Zh, "referral") => "受邀好友",
            (Lang::Zh, "all") => "所有用户",
            (Lang::En, "new_users") => "new customers",
            (Lang::En, "members") => "members",
            (Lang::En, "referral") => "invited friends",
            (Lang::En, "all") => "everyone",
            _ => "",
        };
        if !known.is_empty() {
            return known.to_owned();
        }
        // `dormant_90d`: customers who have not ordered for 90 days.
        if let Some(days) = audience
            .strip_prefix("dormant_")
            .and_then(|d| d.strip_suffix('d'))
            .and_then(|d| d.parse::<u32>().ok())
        {
            return match self.lang {
                Lang::Zh => format!("{days}天未下单的老客"),
                Lang::En => format!("customers inactive for {days} days"),
            };
        }
        audience.to_owned()
    }
}

/// A pay ratio as a 折: 0.91 → `9.1折`, 0.5 → `5折`.
pub fn zhe(pay: Decimal) -> String {
    match pay.checked_mul(Decimal::TEN) {
        Some(zhe) => format!("{}折", zhe.normalize()),
        None => format!("{}×10折", pay.normalize()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn tiers_in_both_languages() {
        let zh = Describer {
            lang: Lang::Zh,
            currency: "CNY",
        };
        let en = Describer {
            lang: Lang::En,
            currency: "USD",
        };
        let spend = Money::new(d("299"));
        let nine = Discount::Percent(d("0.09"));
        assert_eq!(zh.tier(&spend, &nine), "满299元享9.1折");
        assert_eq!(en.tier(&spend, &nine), "Spend $299, get 9% off");
        let off = Discount::Amount(Money::new(d("50")));
        assert_eq!(zh.tier(&Money::new(d("300")), &off), "满300元减50元");
        assert_eq!(
            en.tier(&Money::new(d("50")), &Discount::Amount(Money::new(d("10")))),
            "Spend $50, get $10 off"
        );
        assert_eq!(zh.discount(&Discount::Zhe(d("0.65"))), "6.5折");
        assert_eq!(en.discount(&Discount::Zhe(d("0.65"))), "35% off");
        assert_eq!(zh.amount(d("100000")), "10万元");
    }

    #[test]
    fn audiences() {
        let zh = Describer {
            lang: Lang::Zh,
            currency: "CNY",
        };
        assert_eq!(zh.audience("dormant_90d"), "90天未下单的老客");
        assert_eq!(zh.audience("vip_club"), "vip_club");
    }
}
