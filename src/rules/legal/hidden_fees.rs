//! Rule L025 `hidden-fees`: a text states the price of an offer that carries a mandatory
//! fee, without that fee (drip pricing, 标价之外收费).

use super::read::{Text, compiled};
use super::{offers_of, offers_unknown};
use crate::i18n::Arg;
use crate::model::{Fee, Jurisdiction, Loc, PLAN};
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::claims::{ClaimKind, Offer};
use crate::wording::re::Re;
use crate::wording::{Field, Wording};
use crate::{declare_rule, msg};
use std::sync::OnceLock;

declare_rule! {
    /// ## What it checks
    ///
    /// For plans under `CN`, `EU` or `UK`: a promotion lists a fee every customer must pay
    /// (`fees: [{name, amount, mandatory: true}]` — 服务费, 包装费, a booking or service
    /// fee) that the prices shown do not include (`included` is not `true`), and a text
    /// that speaks for the promotion — a copy entry that `advertises` it, or the
    /// promotion's `terms` — states a price (`¥99`, `99元`, `£25`, "from $49"). Amounts
    /// that are no price of the offer are not read as one: a spend threshold and the
    /// amount off (满299减50, "spend £50, save £10"), a value (价值199元), a former price
    /// (原价, "was £30") and the fee itself.
    ///
    /// - Under `CN` the fee must be marked: a text that names it (另收服务费3元, "plus a £2
    ///   booking fee") is clean.
    /// - Under `EU` and `UK` the price shown must be the total price: naming the fee
    ///   beside a price that leaves it out is still reported; record `included: true` once
    ///   the prices shown include it.
    ///
    /// An optional fee (`mandatory: false`: express delivery, gift wrap the customer
    /// chooses) is never reported. `US` plans are not judged: the FTC rule on unfair or
    /// deceptive fees (16 CFR Part 464, from 2025-05-12) covers only live-event tickets and
    /// short-term lodging, which the plan does not record, and state laws differ.
    ///
    /// ## Why it matters
    ///
    /// A price that grows at checkout by a fee every customer pays misleads about the
    /// price itself: customers compare and decide on the headline figure.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [UK]
    /// promotions:
    ///   - id: tickets
    ///     fees: [{ name: booking fee, amount: 3, mandatory: true }]
    /// copy:
    ///   - { id: hero, channel: web, text: Tickets from £25, advertises: [tickets] }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The promotion's `fees`, and the copy entry's `advertises`: when either failed to
    /// read, the text is not judged.
    ///
    /// ## How to fix
    ///
    /// Show the price with the fee in it ("Tickets from £28 including booking fee") and
    /// record `included: true`; in China at least mark the fee beside the price (另收服务费
    /// 3元). Or drop the fee.
    ///
    /// ## Source
    ///
    /// CN: 《明码标价和禁止价格欺诈规定》 Art. 8 (no fee that is not marked, no price above the
    /// marked one) (V, read in the text) and Art. 19(6) (price conditions unfavourable to
    /// the consumer not shown or weakened) (V). UK: DMCC Act 2024 Sch. 20 para 13 as the
    /// CMA's guidance CMA207 reads it (in force 2025-04-06: the total price must include
    /// mandatory fees) (S — verify the paragraph). EU: Consumer Rights Directive
    /// 2011/83/EU Art. 6(1)(e) and UCPD 2005/29/EC Art. 7(4)(c) (the price inclusive of
    /// taxes and charges) (S).
    pub struct HiddenFees;
    code = "L025", name = "hidden-fees", family = "legal",
    severity = Error, summary = "a text states a price without a mandatory fee",
    cites = [
        (Cn, "《明码标价和禁止价格欺诈规定》 Arts. 8, 19(6)", V),
        (Eu, "Directive 2011/83/EU Art. 6(1)(e); UCPD 2005/29/EC Art. 7(4)(c)", S),
        (Uk, "DMCC Act 2024 Sch. 20 para 13 (CMA207)", S),
    ]
}

/// A mandatory fee of a promotion the prices shown leave out: the promotion's index, the
/// fee's index and the fee.
type Dripped<'a> = (usize, usize, &'a Fee);

impl Rule for HiddenFees {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        let cn = wording.applies(Jurisdiction::Cn);
        let total = wording.applies(Jurisdiction::Eu) || wording.applies(Jurisdiction::Uk);
        if !cn && !total {
            return;
        }
        for (index, place) in wording.places.iter().enumerate() {
            if !matches!(place.field, Field::CopyText | Field::Terms)
                || offers_unknown(ctx, place.owner)
            {
                continue;
            }
            let fees = dripped(ctx, &offers_of(ctx, place.owner));
            if fees.is_empty() {
                continue;
            }
            let Some((start, end)) = stated_prices(wording, index, place.text).first().copied()
            else {
                continue;
            };
            let lower = place.text.to_lowercase();
            let named = |fee: &Fee| lower.contains(&fee.name.to_lowercase());
            // Under CN a marked fee is lawful; under EU and UK the price must hold it.
            let reported: Vec<&Dripped<'_>> = fees
                .iter()
                .filter(|(_, _, fee)| total || !named(fee))
                .collect();
            if reported.is_empty() {
                continue;
            }
            let names = comma_list(
                reported
                    .iter()
                    .map(|(_, _, fee)| describe(ctx, fee))
                    .collect(),
            );
            let Some(price) = place.text.get(start..end) else {
                continue;
            };
            let message = if reported.iter().all(|(_, _, fee)| named(fee)) {
                msg!("l025-apart", price = price, names = names)
            } else {
                msg!("l025-without", price = price, names = names)
            };
            let mut draft =
                Draft::text(&Self::META, place.at(), start, end, message).help(msg!("l025-help"));
            for (p, f, _) in &reported {
                draft = draft.related(
                    PLAN.promotions().item(*p).fees().item(*f).name(),
                    msg!("l025-the-fee"),
                );
            }
            out.push(draft);
        }
    }
}

/// The mandatory fees the prices leave out, of the promotions among `offers` whose fees
/// read cleanly.
fn dripped<'a>(ctx: &Ctx<'_>, offers: &[Offer<'a>]) -> Vec<Dripped<'a>> {
    let mut out = Vec::new();
    for offer in offers {
        let Offer::Promotion(p, promotion) = offer else {
            continue;
        };
        let Some(fees) = promotion.fees.as_ref() else {
            continue;
        };
        if !ctx.clean(&Loc::from(PLAN.promotions().item(*p).fees())) {
            continue;
        }
        for (f, fee) in fees.items().enumerate() {
            if fee.mandatory && fee.included != Some(true) {
                out.push((*p, f, fee));
            }
        }
    }
    out
}

/// A fee as the message names it: `booking fee (£3)`.
fn describe(ctx: &Ctx<'_>, fee: &Fee) -> Arg {
    match &fee.amount {
        Some(amount) => msg!(
            "l025-fee-amount",
            fee = &fee.name,
            amount = ctx.money(amount.amount)
        )
        .into(),
        None => msg!("l025-fee-name", fee = &fee.name).into(),
    }
}

/// Items joined with commas only (`a, b, c` / `a、b、c`), as a list of names reads
/// when no "and" belongs before the last.
pub(crate) fn comma_list(items: Vec<Arg>) -> Arg {
    let mut items = items.into_iter().rev();
    let Some(last) = items.next() else {
        return Arg::from("");
    };
    items.fold(last, |rest, first| {
        msg!("l025-comma-list", first = first, rest = rest).into()
    })
}

fn money_pattern() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"[¥￥$€£]\s?[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?|[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?\s*(?:元|块)".to_owned()
    })
}

/// Words before an amount that make it no price of the offer: a threshold, a saving, a
/// value, a former price, a fee.
fn not_price_before() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"(?:满|减|省|返|送|价值|原价|划线价|吊牌价|专柜价|市场价|门槛|服务费|包装费|手续费|运费|邮费|费|(?-u:\b)(?:spend|spending|over|above|save|saving|worth|was|rrp|value|valued|fee|fees|off|minimum|min|orders\s+of))\s*$".to_owned()
    })
}

/// Words after an amount that make it no price of the offer: an amount off, a coupon, a
/// fee.
fn not_price_after() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"^\s*(?:减|优惠|券|红包|购物卡|礼品卡|以上|及以上|起用|的?(?:服务|包装|手续|运|邮)费|(?-u:\b)(?:off|or\s+more|and\s+over|voucher|coupon|credit|gift\s+card|booking|service|fee|fees|delivery)(?-u:\b))".to_owned()
    })
}

/// The amounts a text states as a price of its offers, as original ranges, in text
/// order: money amounts that no claim reads as a threshold, a saving or a value, and that
/// no word beside makes a threshold, saving, value, former price or fee.
pub(crate) fn stated_prices(
    wording: &Wording<'_>,
    place: usize,
    original: &str,
) -> Vec<(usize, usize)> {
    let Some(money) = money_pattern() else {
        return Vec::new();
    };
    let other: Vec<(usize, usize)> = wording
        .claims
        .at(place)
        .iter()
        .filter(|c| {
            matches!(
                c.kind,
                ClaimKind::SpendAmount { .. }
                    | ClaimKind::SpendRatio { .. }
                    | ClaimKind::EverySpend { .. }
                    | ClaimKind::AmountOff { .. }
                    | ClaimKind::MostSaved { .. }
                    | ClaimKind::Value { .. }
                    | ClaimKind::Effective { .. }
                    | ClaimKind::PricePeriod { .. }
            )
        })
        .map(|c| (c.start, c.end))
        .collect();
    let text = Text::new(original);
    let s = text.as_str();
    let mut out = Vec::new();
    for m in money.find_iter(s) {
        let head = s.get(..m.start()).unwrap_or_default();
        let head = head
            .char_indices()
            .rev()
            .nth(15)
            .map_or(head, |(i, _)| head.get(i..).unwrap_or_default());
        let tail = s.get(m.end()..).unwrap_or_default();
        if not_price_before().is_some_and(|r| r.is_match(head))
            || not_price_after().is_some_and(|r| r.is_match(tail))
        {
            continue;
        }
        let (start, end) = text.to_original(m.start(), m.end());
        if other.iter().any(|&(a, b)| a < end && start < b) {
            continue;
        }
        out.push((start, end));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn patterns_compile() {
        assert!(super::money_pattern().is_some());
        assert!(super::not_price_before().is_some());
        assert!(super::not_price_after().is_some());
    }

    #[test]
    fn names_are_joined_with_commas_only() {
        use crate::i18n::{Arg, Lang};
        let list = super::comma_list(vec![Arg::from("a"), Arg::from("b"), Arg::from("c")]);
        assert_eq!(list.render(Lang::En), "a, b, c");
        assert_eq!(list.render(Lang::ZhCn), "a、b、c");
        assert_eq!(
            super::comma_list(vec![Arg::from("a")]).render(Lang::En),
            "a"
        );
    }
}
