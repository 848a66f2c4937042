//! What to change when words and offers disagree (L001's help): the field, named as the
//! plan writes it (`promotions[tiers].tiers[0].discount`), with the value that makes the
//! words true, or the words corrected to what the plan gives (满299享9.1折).

use super::{ClaimKind, Mismatch, Offer, Stated, combine, eq, percent_pay, show, zhe};
use crate::i18n::Msg;
use crate::model::{Campaign, Loc, PromotionKind};
use crate::msg;
use crate::values::Discount;
use rust_decimal::Decimal;
use std::str::FromStr;
use std::sync::OnceLock;

/// The two ways to make a claim and the plan agree.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fix {
    /// What to change in the plan: "change `coupons[spring].amount` to `50`".
    pub spec: Option<Msg>,
    /// What to change in the copy: "the copy to `满300减40`", "take `…` out of the copy".
    pub copy: Option<Msg>,
}

impl Fix {
    /// The help line: both ways when both are known.
    pub fn help(&self) -> Msg {
        match (&self.spec, &self.copy) {
            (Some(spec), Some(copy)) => {
                msg!("wording-fix-both", spec = spec.clone(), copy = copy.clone())
            }
            (Some(spec), None) => msg!("wording-fix-spec", spec = spec.clone()),
            (None, Some(copy)) => msg!("wording-fix-copy", copy = copy.clone()),
            (None, None) => msg!("wording-fix-agree"),
        }
    }
}

/// How the help for a mismatch reads.
pub fn fix(
    campaign: &Campaign,
    claim: &ClaimKind,
    mismatch: &Mismatch,
    offers: &[Offer<'_>],
    words: &str,
    english: bool,
) -> Fix {
    match claim {
        ClaimKind::Exclusive { a, b } => {
            let spec = combine::exclusive_witness(campaign, a, b, offers).map(|(x, y)| {
                let both_coupons = matches!(x, Offer::Coupon(..)) && matches!(y, Offer::Coupon(..));
                if both_coupons {
                    msg!("wording-fix-coupons-exclusive", x = x.id(), y = y.id())
                } else {
                    msg!("wording-fix-exclusive", x = x.id(), y = y.id())
                }
            });
            return Fix {
                spec,
                copy: Some(take_out(words)),
            };
        }
        ClaimKind::Stackable { a, b } => {
            let spec = combine::stackable_obstacle(campaign, a, b, offers)
                .and_then(|(x, y, _, at)| unstack(campaign, &at, &x, &y));
            return Fix {
                spec,
                copy: Some(take_out(words)),
            };
        }
        _ => {}
    }
    let Some(at) = &mismatch.at else {
        return Fix {
            spec: None,
            copy: corrected(campaign, claim, None, offers, words, english),
        };
    };
    let field = field_name(campaign, at);
    let leaf = field_leaf(at);
    if let Some(add) = missing_field(claim, at) {
        return Fix {
            spec: Some(msg!("wording-fix-add", add = add, field = &field)),
            copy: corrected(campaign, claim, Some(at), offers, words, english),
        };
    }
    let spec = match to_value(campaign, claim, at, &leaf, english) {
        Some(Change::To(value)) => {
            Some(msg!("wording-fix-change-to", field = &field, value = value))
        }
        Some(Change::AddRepeat) => Some(msg!("wording-fix-add-repeat", field = &field)),
        Some(Change::Remove) => Some(msg!("wording-fix-remove", field = &field)),
        Some(Change::RepeatEvery) => Some(msg!("wording-fix-repeat-every", field = &field)),
        Some(Change::Runs(from, to)) => Some(msg!(
            "wording-fix-runs",
            field = &field,
            from = from,
            to = to
        )),
        None => Some(msg!("wording-fix-change", field = &field)),
    };
    Fix {
        spec,
        copy: corrected(campaign, claim, Some(at), offers, words, english),
    }
}

/// The field to add when a mismatch points at an offer that does not set it (a limit
/// the words state, and the offer has none): `per_user: 1`.
fn missing_field(claim: &ClaimKind, at: &Loc) -> Option<String> {
    let pointer = at.pointer();
    let tokens: Vec<&str> = pointer.split('/').skip(1).collect();
    let item =
        matches!(tokens.as_slice(), ["promotions" | "coupons", i] if i.parse::<usize>().is_ok());
    if !item {
        return None;
    }
    match claim {
        ClaimKind::PerUser { n } => Some(format!("per_user: {n}")),
        ClaimKind::Quantity { n } | ClaimKind::Total { n } => Some(format!("quantity: {n}")),
        ClaimKind::ItemsPerSlot { n } => Some(format!("items_per_slot: {n}")),
        ClaimKind::EarlyDays { n } => Some(format!("early_access_days: {n}")),
        _ => None,
    }
}

/// `take `不与其他优惠同享` out of the copy`.
fn take_out(words: &str) -> Msg {
    msg!("wording-fix-take-out", words = words)
}

/// What lets two offers stack: the field that keeps them apart, changed.
fn unstack(campaign: &Campaign, at: &Loc, x: &Offer<'_>, y: &Offer<'_>) -> Option<Msg> {
    let field = field_name(campaign, at);
    let pointer = at.pointer();
    if pointer.starts_with("/stacking/standalone") {
        Some(msg!("wording-fix-not-standalone", x = x.id()))
    } else if pointer.starts_with("/stacking/exclusive") {
        Some(msg!(
            "wording-fix-not-exclusive",
            x = x.id(),
            y = y.id(),
            field = &field
        ))
    } else if pointer.starts_with("/stacking/max_coupons_per_order") {
        Some(msg!("wording-fix-two-coupons"))
    } else {
        // Two item prices never stack: only the words can change.
        None
    }
}

/// The field a location names, as the plan writes it: list items of the sections by
/// their id (`promotions[tiers].tiers[0].discount`, `stacking.max_coupons_per_order`).
pub fn field_name(campaign: &Campaign, at: &Loc) -> String {
    let pointer = at.pointer();
    let mut out = String::new();
    let mut parent = String::new();
    for (depth, raw) in pointer.split('/').skip(1).enumerate() {
        let token = raw.replace("~1", "/").replace("~0", "~");
        match token.parse::<usize>() {
            Ok(i) => {
                let id = if depth == 1 {
                    id_of(campaign, &parent, i)
                } else {
                    None
                };
                out.push('[');
                out.push_str(&id.unwrap_or_else(|| i.to_string()));
                out.push(']');
            }
            Err(_) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(&token);
            }
        }
        parent = token;
    }
    out
}

/// The last field name of a location (`discount` for `/promotions/0/tiers/1/discount`).
fn field_leaf(at: &Loc) -> String {
    at.pointer()
        .rsplit('/')
        .find(|t| t.parse::<usize>().is_err())
        .unwrap_or_default()
        .to_owned()
}

/// The id of item `i` of a section.
fn id_of(campaign: &Campaign, section: &str, i: usize) -> Option<String> {
    match section {
        "promotions" => campaign
            .promotions
            .as_ref()?
            .get(i)
            .map(|p| p.id.to_string()),
        "coupons" => campaign.coupons.as_ref()?.get(i).map(|c| c.id.to_string()),
        "phases" => campaign.phases.as_ref()?.get(i).map(|p| p.id.to_string()),
        "copy" => campaign.copy.as_ref()?.get(i).map(|c| c.id.to_string()),
        "goals" => campaign.goals.as_ref()?.get(i).map(|g| g.id.to_string()),
        _ => None,
    }
}

/// What the field should become.
enum Change {
    /// A value to write.
    To(String),
    /// `repeat: true` added to the promotion of the field (the amount is right).
    AddRepeat,
    /// The field removed.
    Remove,
    /// `repeat: true` added, so the tier repeats at every multiple of the spend.
    RepeatEvery,
    /// The field changed so that the offer runs between these days.
    Runs(String, String),
}

/// A pay share as a discount written in the plan: `9折` (Chinese copy) or `10%`.
fn discount_text(pay: Decimal, english: bool, leaf: &str) -> Option<String> {
    let off = Decimal::ONE
        .checked_sub(pay)?
        .checked_mul(Decimal::ONE_HUNDRED)?;
    if english || leaf == "percent" {
        Some(format!("{}%", off.normalize()))
    } else {
        Some(format!("{}折", pay.checked_mul(Decimal::TEN)?.normalize()))
    }
}

/// The value of the field at `at` that makes the claim true.
fn to_value(
    campaign: &Campaign,
    claim: &ClaimKind,
    at: &Loc,
    leaf: &str,
    english: bool,
) -> Option<Change> {
    let amount_field = matches!(leaf, "discount" | "amount" | "cap" | "value");
    let count = |n: u64| Some(Change::To(n.to_string()));
    match claim {
        ClaimKind::EverySpend { off, .. } if leaf == "discount" => {
            // The amount is right: the tier does not repeat.
            match value_at(campaign, at) {
                Some(Value::Discount(Discount::Amount(m))) if eq(m.amount, *off) => {
                    Some(Change::AddRepeat)
                }
                _ => Some(Change::To(show(*off))),
            }
        }
        ClaimKind::SpendAmount { off, .. } if amount_field => Some(Change::To(show(*off))),
        ClaimKind::SpendRatio { pay, .. }
        | ClaimKind::Deepest { pay }
        | ClaimKind::Ratio { pay }
            if matches!(leaf, "discount" | "price" | "percent") =>
        {
            discount_text(*pay, english, leaf).map(Change::To)
        }
        ClaimKind::Effective {
            stated,
            basis: None,
            ..
        } if matches!(leaf, "discount" | "price" | "percent") => {
            discount_text(stated.pay()?, english, leaf).map(Change::To)
        }
        ClaimKind::MostSaved { amount } if leaf == "max_repeats" => {
            let off = repeat_off(campaign, at)?;
            let n = amount.checked_div(off)?;
            n.fract()
                .is_zero()
                .then(|| Change::To(n.normalize().to_string()))
        }
        ClaimKind::MostSaved { amount }
        | ClaimKind::AmountOff { amount }
        | ClaimKind::Value { amount }
            if amount_field =>
        {
            Some(Change::To(show(*amount)))
        }
        ClaimKind::PerUser { n }
        | ClaimKind::Quantity { n }
        | ClaimKind::Total { n }
        | ClaimKind::Count { n }
        | ClaimKind::ItemsPerSlot { n }
        | ClaimKind::EarlyDays { n } => count(*n),
        ClaimKind::CouponsPerOrder { most: Some(n) } => count(*n),
        ClaimKind::NoThreshold if leaf == "min_spend" => Some(Change::To("0".into())),
        ClaimKind::NoCap => match leaf {
            "max_repeats" | "cap" => Some(Change::Remove),
            _ => Some(Change::RepeatEvery),
        },
        ClaimKind::Multiple { low, high } => {
            Some(Change::To(format!("{}..{}", show(*low), show(*high))))
        }
        ClaimKind::Slots { times } => Some(Change::To(format!(
            "[{}]",
            times
                .iter()
                .map(|(h, m)| format!("\"{h:02}:{m:02}\""))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
        ClaimKind::Period {
            from: Some(from),
            to: Some(to),
            ..
        } => Some(Change::Runs(from.to_string(), to.to_string())),
        _ => None,
    }
}

/// The amount off of the repeating tier of the promotion a location lies in.
fn repeat_off(campaign: &Campaign, at: &Loc) -> Option<Decimal> {
    let i = index_after(&at.pointer(), "promotions")?;
    let promotion = campaign.promotions.as_ref()?.get(i)?;
    let PromotionKind::SpendTiers { tiers, .. } = &promotion.kind else {
        return None;
    };
    let tier = tiers.known()?.items().next()?;
    Some(tier.discount.known()?.amount()?.amount)
}

/// The index that follows `section` at the start of a pointer (`/promotions/3/…` → 3).
fn index_after(pointer: &str, section: &str) -> Option<usize> {
    let mut tokens = pointer.split('/').skip(1);
    (tokens.next()? == section).then_some(())?;
    tokens.next()?.parse().ok()
}

/// A value of the plan a mismatch points at.
enum Value {
    Discount(Discount),
    Money(Decimal),
    Count(u64),
    /// A coupon's percentage, as the share off.
    Percent(Decimal),
}

/// The value at a location L001 points at: a tier's or price's discount, an amount, a
/// limit or a quantity.
fn value_at(campaign: &Campaign, at: &Loc) -> Option<Value> {
    let pointer = at.pointer();
    let tokens: Vec<&str> = pointer.split('/').skip(1).collect();
    let index = |k: usize| tokens.get(k).and_then(|t| t.parse::<usize>().ok());
    match tokens.first().copied()? {
        "promotions" => {
            let p = campaign.promotions.as_ref()?.get(index(1)?)?;
            match (tokens.get(2).copied()?, &p.kind) {
                ("tiers", PromotionKind::SpendTiers { tiers, .. }) => {
                    let t = tiers.known()?.get(index(3)?)?;
                    Some(Value::Discount(t.discount.known()?.clone()))
                }
                ("discount", PromotionKind::Discount { discount, .. }) => {
                    Some(Value::Discount(discount.known()?.clone()))
                }
                ("price", PromotionKind::FlashSale { price, .. }) => {
                    Some(Value::Discount(price.known()?.clone()))
                }
                ("levels", PromotionKind::MemberPrice { levels, .. }) => {
                    let l = levels.known()?.get(index(3)?)?;
                    Some(Value::Discount(l.price.known()?.clone()))
                }
                ("per_user", _) => Some(Value::Count(p.per_user?.0)),
                ("quantity", _) => Some(Value::Count(p.quantity?.0)),
                ("max_repeats", PromotionKind::SpendTiers { max_repeats, .. }) => {
                    let n = max_repeats.as_ref()?.0;
                    let off = repeat_off(campaign, at)?;
                    Some(Value::Money(off.checked_mul(Decimal::from(n))?))
                }
                ("items_per_slot", PromotionKind::FlashSale { items_per_slot, .. }) => {
                    Some(Value::Count(items_per_slot.as_ref()?.0))
                }
                (
                    "early_access_days",
                    PromotionKind::MemberPrice {
                        early_access_days, ..
                    },
                ) => Some(Value::Count(early_access_days.as_ref()?.0)),
                (
                    "grand_prize",
                    PromotionKind::MysteryBox {
                        grand_prize: Some(prize),
                        ..
                    },
                ) => match tokens.get(3).copied()? {
                    "value" => Some(Value::Money(prize.value.known()?.amount)),
                    "quantity" => Some(Value::Count(prize.quantity.known()?.0)),
                    _ => None,
                },
                ("prizes", PromotionKind::Lottery { prizes, .. }) => {
                    let prize = prizes.known()?.get(index(3)?)?;
                    match tokens.get(4).copied()? {
                        "value" => Some(Value::Money(prize.value.known()?.amount)),
                        "quantity" => Some(Value::Count(prize.quantity.known()?.0)),
                        _ => None,
                    }
                }
                _ => None,
            }
        }
        "coupons" => {
            let c = campaign.coupons.as_ref()?.get(index(1)?)?;
            match tokens.get(2).copied()? {
                "amount" => Some(Value::Money(c.amount.as_ref()?.amount)),
                "cap" => Some(Value::Money(c.cap.as_ref()?.amount)),
                "min_spend" => Some(Value::Money(c.min_spend.known()?.amount)),
                "percent" => Some(Value::Percent(c.percent.as_ref()?.ratio())),
                "per_user" => Some(Value::Count(c.per_user?.0)),
                "quantity" => Some(Value::Count(c.quantity?.0)),
                _ => None,
            }
        }
        "stacking" => Some(Value::Count(
            campaign.stacking.as_ref()?.max_coupons_per_order.0,
        ))
        .filter(|_| tokens.get(1) == Some(&"max_coupons_per_order")),
        _ => None,
    }
}

/// A number the words state, to find it in them.
enum Target {
    Amount(Decimal),
    Count(u64),
    /// A pay share written in 折 or as a percentage off.
    Pay(Decimal),
}

/// The copy corrected to what the plan gives, when the words' number can be found and
/// replaced: `满299享9.1折`, `每人限购1件`, `相当于8.7折`. No-cap words become the ceiling.
fn corrected(
    campaign: &Campaign,
    claim: &ClaimKind,
    at: Option<&Loc>,
    offers: &[Offer<'_>],
    words: &str,
    english: bool,
) -> Option<Msg> {
    if let ClaimKind::Effective { stated, basis, .. } = claim {
        return effective_words(stated, *basis, offers, words)
            .map(|w| msg!("wording-fix-copy-to", words = w));
    }
    let value = value_at(campaign, at?)?;
    if let ClaimKind::NoCap = claim {
        let most = match value {
            Value::Money(m) => m,
            _ => return None,
        };
        // The words as the copy's language writes them.
        let ceiling = if english {
            format!("up to {} off", ctx_money(campaign, most))
        } else {
            format!("最高减{}元", show(most))
        };
        return Some(msg!("wording-fix-copy-to", words = ceiling));
    }
    let (target, replacement) = match (claim, value) {
        (
            ClaimKind::SpendRatio { pay, .. }
            | ClaimKind::Deepest { pay }
            | ClaimKind::Ratio { pay },
            Value::Discount(d),
        ) => (Target::Pay(*pay), pay_text(d.pay_ratio()?, words)?),
        (
            ClaimKind::SpendRatio { pay, .. }
            | ClaimKind::Deepest { pay }
            | ClaimKind::Ratio { pay },
            Value::Percent(off),
        ) => (
            Target::Pay(*pay),
            pay_text(Decimal::ONE.checked_sub(off)?, words)?,
        ),
        (
            ClaimKind::SpendAmount { off: amount, .. }
            | ClaimKind::EverySpend { off: amount, .. }
            | ClaimKind::MostSaved { amount }
            | ClaimKind::AmountOff { amount }
            | ClaimKind::Value { amount },
            Value::Discount(Discount::Amount(m)),
        ) => (Target::Amount(*amount), show(m.amount)),
        (
            ClaimKind::SpendAmount { off: amount, .. }
            | ClaimKind::MostSaved { amount }
            | ClaimKind::AmountOff { amount }
            | ClaimKind::Value { amount },
            Value::Money(m),
        ) => (Target::Amount(*amount), show(m)),
        (
            ClaimKind::PerUser { n }
            | ClaimKind::Quantity { n }
            | ClaimKind::Total { n }
            | ClaimKind::Count { n }
            | ClaimKind::ItemsPerSlot { n }
            | ClaimKind::EarlyDays { n }
            | ClaimKind::CouponsPerOrder { most: Some(n) },
            Value::Count(c),
        ) => (Target::Count(*n), c.to_string()),
        _ => return None,
    };
    replace_number(words, &target, &replacement).map(|w| msg!("wording-fix-copy-to", words = w))
}

fn ctx_money(campaign: &Campaign, amount: Decimal) -> String {
    let currency = campaign
        .currency
        .as_ref()
        .map(|c| c.as_str())
        .unwrap_or("USD");
    crate::numfmt::money(amount, currency, crate::numfmt::Money::Message)
}

/// A pay share written like the words write theirs: `9.1` before 折, `9` before `% off`.
fn pay_text(pay: Decimal, words: &str) -> Option<String> {
    if words.contains('折') {
        Some(pay.checked_mul(Decimal::TEN)?.normalize().to_string())
    } else {
        Some(
            Decimal::ONE
                .checked_sub(pay)?
                .checked_mul(Decimal::ONE_HUNDRED)?
                .normalize()
                .to_string(),
        )
    }
}

/// 相当于8.5折 → 相当于8.7折: the stated figure replaced by the right one.
fn effective_words(
    stated: &Stated,
    basis: Option<(Decimal, Decimal)>,
    offers: &[Offer<'_>],
    words: &str,
) -> Option<String> {
    let pay = match basis {
        Some((spend, off)) => spend.checked_sub(off)?.checked_div(spend)?,
        // Without a basis the right figure is a guess among the offers: only one offer
        // with one share gives it.
        None => {
            let shares: Vec<Decimal> = offers
                .iter()
                .flat_map(super::pay_ratios)
                .map(|(r, _)| r)
                .collect();
            match shares.as_slice() {
                [one] => *one,
                _ => return None,
            }
        }
    };
    let right = stated.right_figure(pay)?;
    replace_number(words, &Target::Pay(stated.pay()?), &right.to_string())
}

fn number_re() -> Option<&'static regex::Regex> {
    static RE: OnceLock<Option<regex::Regex>> = OnceLock::new();
    RE.get_or_init(|| regex::Regex::new(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?").ok())
        .as_ref()
}

/// The words with the last number that states `target` replaced by `replacement`;
/// `None` when no number in them does (numbers in 万 and full-width digits are left
/// alone).
fn replace_number(words: &str, target: &Target, replacement: &str) -> Option<String> {
    let re = number_re()?;
    let found = re
        .find_iter(words)
        .filter(|m| {
            let after = words[m.end()..].trim_start();
            if after.starts_with(['万', '亿', 'k']) {
                return false;
            }
            let digits = m.as_str().replace(',', "");
            match target {
                Target::Amount(a) => Decimal::from_str(&digits).is_ok_and(|d| eq(d, *a)),
                Target::Count(n) => digits.parse::<u64>().is_ok_and(|d| d == *n),
                Target::Pay(pay) => {
                    if after.starts_with('折') {
                        zhe(&digits).is_some_and(|p| eq(p, *pay))
                    } else if after.starts_with('%') {
                        percent_pay(&digits).is_some_and(|p| eq(p, *pay))
                    } else {
                        false
                    }
                }
            }
        })
        .last()?;
    Some(format!(
        "{}{replacement}{}",
        &words[..found.start()],
        &words[found.end()..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn the_number_the_words_state_is_replaced() {
        assert_eq!(
            replace_number("满299享9折", &Target::Pay(d("0.9")), "9.1").as_deref(),
            Some("满299享9.1折")
        );
        assert_eq!(
            replace_number("满300减50", &Target::Amount(d("50")), "40").as_deref(),
            Some("满300减40")
        );
        assert_eq!(
            replace_number("$20 off orders over $100", &Target::Amount(d("20")), "25").as_deref(),
            Some("$25 off orders over $100")
        );
        assert_eq!(
            replace_number("that's 30% off", &Target::Pay(d("0.7")), "25").as_deref(),
            Some("that's 25% off")
        );
        assert_eq!(replace_number("限量1万件", &Target::Count(1), "2"), None);
    }

    #[test]
    fn help_reads_both_ways() {
        let fix = Fix {
            spec: Some(msg!(
                "wording-fix-change-to",
                field = "promotions[tiers].tiers[0].discount",
                value = "9折",
            )),
            copy: Some(msg!("wording-fix-copy-to", words = "满299享9.1折")),
        };
        assert_eq!(
            fix.help(),
            "change `promotions[tiers].tiers[0].discount` to `9折`, or the copy to `满299享9.1折`"
        );
        assert_eq!(
            fix.help().render(crate::i18n::Lang::ZhCn),
            "把 `promotions[tiers].tiers[0].discount` 改为 `9折`，或把文案改为 `满299享9.1折`"
        );
    }
}
