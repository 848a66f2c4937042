//! Rule L014 `free-claim-conditions`: 'free' with a charge beside it, or without its conditions.

use super::read::charge::{self, Charge, ChargeKind};
use super::{Trigger, claims_in, offers_of, offers_unknown, triggers, under};
use crate::i18n::Msg;
use crate::model::{Jurisdiction, PromotionKind};
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::Wording;
use crate::wording::claims::{ClaimKind, Offer};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Text that calls something free — 免费, 白送, 0元, 免单, "free", "complimentary", "on us"
    /// (trigger words in the lexicons) — must be free in its own words, and its conditions
    /// must stand beside it:
    ///
    /// - the same text must not ask the customer to pay or commit to more: a fee (仅需支付19.9元
    ///   服务费, 另付手续费15元, 补差价, "just pay £6.99 handling", "small admin fee applies",
    ///   "materials charged separately"), a contract, top-up or purchase the free thing
    ///   requires (需签约两年套餐, 需先充值500元, 需购买会员卡, "requires a 36-month contract"),
    ///   features paid by use (高级功能按次收费), a review in return (需好评返图后发货), or a paid
    ///   plan after the free period without its price and how to cancel (到期自动按月扣费,
    ///   "then auto-renews at $14.99/month"; "then £7.99/month. Cancel anytime." is clear).
    ///   Under `CN` postage counts too (白送！只要付个邮费59元); under `EU`, `UK` and `US` the
    ///   unavoidable cost of delivery may be charged. A condition moved to a footnote behind
    ///   a mark ("free*") is not beside the claim. Denied words are none of these (无需购买,
    ///   "no admin fee"), nor a charge the merchant bears (运费由商家承担) or one by actual use
    ///   (辅材按实际用量收费);
    /// - text that belongs to or advertises an offer with a condition (a minimum spend, a
    ///   spend tier, a purchase) must state that condition ("free gift with orders over $50",
    ///   满199元免费领).
    ///
    /// Free delivery over a stated threshold, free returns and trials with their price and
    /// cancellation stated are free as said.
    ///
    /// ## Why it matters
    ///
    /// "Free" is only free when nothing beyond the unavoidable cost of delivery is asked;
    /// a fee, a contract or a paid renewal beside the word makes the claim false, and
    /// conditions must be stated clearly and conspicuously at the outset, next to the word.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [US]
    /// copy:
    ///   - { id: hero, channel: web, text: Get a FREE tote bag!, advertises: [gifts] }
    /// # the tote comes with orders over $75
    /// ```
    ///
    /// ## Depends on
    ///
    /// For the second check, the gifts the text speaks for: the `promotions` with gift tiers
    /// (`promotions[]`, with `promotions[].tiers`: `spend`, `gift`, `gift_cost`).
    ///
    /// ## How to fix
    ///
    /// Do not call it free when the customer pays or commits to more: give the price instead.
    /// State the condition next to the claim: "Free tote bag with orders over $75"; for a
    /// trial, the price after it and how to cancel.
    ///
    /// ## Source
    ///
    /// CN: 《规范促销行为暂行规定》 Art. 20 para. 1 (conditions of a price promotion shown
    /// conspicuously) (S — verify the article) and Art. 5 (V*); 《明码标价和禁止价格欺诈规定》
    /// Art. 19(4) and 19(6) (misleading price information; not showing or weakening
    /// unfavourable price conditions) (V). EU: UCPD 2005/29/EC Annex I point 20 ("free" when
    /// the consumer pays anything but the unavoidable cost of responding and of delivery) (S —
    /// verify). US: 16 CFR 251.1(c) (conditions of a free offer stated clearly at the outset,
    /// not in a footnote behind an asterisk) (S — verify). UK: CAP Code rules 3.23–3.24 (S —
    /// verify).
    pub struct FreeClaimConditions;
    code = "L014", name = "free-claim-conditions", family = "legal",
    severity = Error, summary = "'free' with a charge, or without its conditions",
    cites = [
        (Cn, "《规范促销行为暂行规定》 Art. 20; 《明码标价和禁止价格欺诈规定》 Art. 19(4), 19(6)", S),
        (Eu, "UCPD 2005/29/EC Annex I point 20", S),
        (Us, "16 CFR 251.1(c)", S),
        (Uk, "CAP Code 3.23–3.24", S),
    ]
}

/// Words that state a purchase condition next to a free claim.
pub(crate) fn condition_pattern() -> Option<&'static regex::Regex> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"(?i)(with (any |every |your )?(purchase|order)|when you (spend|buy|order)|orders? (of|over|above|from)|spend(ing)? [$€£¥]?\d|purchases? (of|over|above)|满\s*\d|消费满|购买)")
            .ok()
    })
    .as_ref()
}

impl Rule for FreeClaimConditions {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        let all = [
            Jurisdiction::Cn,
            Jurisdiction::Eu,
            Jurisdiction::Us,
            Jurisdiction::Uk,
        ];
        if !under(ctx, &all) {
            return;
        }
        let postage = under(ctx, &[Jurisdiction::Cn]);
        let mut by_place: std::collections::BTreeMap<usize, Vec<Trigger<'_>>> = Default::default();
        for trigger in triggers(wording, Self::META.name) {
            by_place
                .entry(trigger.place_index)
                .or_default()
                .push(trigger);
        }
        for (_, found) in by_place {
            let Some(first) = found.first() else { continue };
            let free_words: Vec<(usize, usize)> = found.iter().map(|t| (t.start, t.end)).collect();
            let charge = charge::charges(first.place.text, &free_words)
                .into_iter()
                .find(|c| postage || c.kind != ChargeKind::Delivery);
            if let Some(charge) = charge {
                out.push(charged(first, &charge));
                continue;
            }
            for trigger in &found {
                if let Some(draft) = unstated_condition(ctx, wording, trigger) {
                    out.push(draft);
                }
            }
        }
    }
}

/// A free claim beside a charge or condition its own text states.
fn charged(trigger: &Trigger<'_>, charge: &Charge) -> Draft {
    let text = trigger.place.text;
    let what = text
        .get(charge.start..charge.end)
        .unwrap_or_default()
        .trim();
    let words = trigger.words;
    let (message, help) = match charge.kind {
        ChargeKind::Fee | ChargeKind::Delivery => (
            msg!("l014-fee", words = words, what = what),
            msg!("l014-fee-help"),
        ),
        ChargeKind::Commitment => (
            msg!("l014-commitment", words = words, what = what),
            msg!("l014-commitment-help"),
        ),
        ChargeKind::PerUse => (
            msg!("l014-per-use", words = words, what = what),
            msg!("l014-per-use-help"),
        ),
        ChargeKind::Subscription => (
            msg!("l014-subscription", words = words, what = what),
            msg!("l014-subscription-help"),
        ),
        ChargeKind::Review => (
            msg!("l014-review", words = words, what = what),
            msg!("l014-review-help"),
        ),
        ChargeKind::Footnote => (
            msg!("l014-footnote", words = words, what = what),
            msg!("l014-footnote-help"),
        ),
    };
    Draft::text(
        &FreeClaimConditions::META,
        trigger.place.at(),
        trigger.start,
        trigger.end,
        message,
    )
    .help(help)
}

/// A free claim in a text that belongs to or advertises an offer with a spend condition
/// the text does not state.
fn unstated_condition(
    ctx: &Ctx<'_>,
    wording: &Wording<'_>,
    trigger: &Trigger<'_>,
) -> Option<Draft> {
    if offers_unknown(ctx, trigger.place.owner) {
        return None;
    }
    let stated = condition_pattern().is_some_and(|re| re.is_match(trigger.place.text))
        || claims_in(wording, trigger.place_index).any(|c| {
            matches!(
                c,
                ClaimKind::SpendAmount { .. }
                    | ClaimKind::SpendRatio { .. }
                    | ClaimKind::EverySpend { .. }
            )
        });
    if stated {
        return None;
    }
    let (id_at, id, condition) = offers_of(ctx, trigger.place.owner)
        .into_iter()
        .find_map(|o| {
            let condition = match &o {
                Offer::Coupon(_, c) => c
                    .min_spend
                    .known()
                    .filter(|m| !m.amount.is_zero())
                    .map(|m| msg!("l014-spend-of", amount = m.to_string())),
                // The lowest spend is unknown when one tier's spend is.
                Offer::Promotion(_, p) => match &p.kind {
                    PromotionKind::GiftWithPurchase { tiers } => lowest(
                        tiers
                            .known()
                            .into_iter()
                            .flat_map(|l| l.items())
                            .map(|t| t.spend.known().map(|s| s.amount)),
                    ),
                    PromotionKind::SpendTiers { tiers, .. } => lowest(
                        tiers
                            .known()
                            .into_iter()
                            .flat_map(|l| l.items())
                            .map(|t| t.spend.known().map(|s| s.amount)),
                    ),
                    _ => None,
                },
            }?;
            Some((o.id_at(), o.id().to_owned(), condition))
        })?;
    Some(
        Draft::text(
            &FreeClaimConditions::META,
            trigger.place.at(),
            trigger.start,
            trigger.end,
            msg!(
                "l014-unstated",
                words = trigger.words,
                offer = id,
                condition = condition
            ),
        )
        .related(id_at, msg!("l014-condition-here"))
        .help(msg!("l014-unstated-help")),
    )
}

/// The lowest of the spends, none when one is unknown.
fn lowest(spends: impl Iterator<Item = Option<rust_decimal::Decimal>>) -> Option<Msg> {
    spends
        .collect::<Option<Vec<_>>>()
        .and_then(|s| s.into_iter().min())
        .map(|s| msg!("l014-spend-of", amount = s.to_string()))
}
