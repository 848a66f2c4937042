//! Rule L001 `claim-mismatch`: numbers in the words disagree with the offers.

use super::{offer_known, offers_of, offers_unknown};
use crate::declare_rule;
use crate::model::{Loc, PLAN, PromotionKind};
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::claims::{ClaimKind, Offer, fix, verify};

declare_rule! {
    /// ## What it checks
    ///
    /// The numbers and dates customer-facing text states are read and compared with the offers
    /// it speaks for: a copy entry with the offers in its `advertises`, a name or terms with the
    /// promotion or coupon they belong to. Read in Chinese and English:
    ///
    /// - 满X减Y / "Spend $X, get $Y off" — a tier or coupon from X taking Y off;
    /// - 满X享Y折 / "Spend $X, get Y% off" — a tier from X paying that share (9折 pays 90 %,
    ///   i.e. 10 % off: not a 9 %-off tier);
    /// - 每满X减Y / "every $X, $Y off" — a 每满减;
    /// - Y折起, 最低Y折, 低至Y折, "up to Y% off" — the deepest price; Y折, "Y% off" — some price;
    /// - 最高减Y, 封顶Y元, "up to $Y off" — the largest saving (an amount off, a coupon's
    ///   `cap`, a repeating tier's amount times `max_repeats`); 立减Y元, "$Y off" — an amount
    ///   off;
    /// - 每人限购N件 (and 每个账号限领N张, 每户限购N箱: any measure word), "limit N per
    ///   customer" — `per_user`; 限量N件, "only N available" — `quantity`; 共N份, N部
    ///   (prizes), "N prizes" — a quantity; 无门槛 — a zero minimum;
    /// - 上不封顶, 不设上限, "no cap" — a repeating tier without `max_repeats` or a percentage
    ///   coupon without `cap`;
    /// - 价值X元, X元购物卡, "worth $X" — a prize or coupon value; 2至3倍 — a box value range;
    /// - 每场N款 — items per slot; 每日10点、14点 — the flash slots; 提前N天 — early access;
    /// - 1月16日至2月6日, 1月13日起, 有效期至2月15日, "Nov 1 – Nov 11", "ends Nov 30" —
    ///   the offer's period (member early access included).
    ///
    /// A mismatch labels the words and the spec field that says otherwise.
    ///
    /// ## Why it matters
    ///
    /// Prices, promises and conditions in advertising must be accurate: "满299享9折" on a
    /// tier that takes 9 % off promises a tenth off and delivers less, which is both a
    /// misleading advertisement and a customer dispute at checkout.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// promotions:
    ///   - { id: tiers, type: spend_tiers, name: 满额折扣, tiers: [{ spend: 299, discount: 9% }] }
    /// copy:
    ///   - { id: hero, channel: app_home, text: 满299享9折, advertises: [tiers] }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The offers the text speaks for (`copy[].advertises`, or the promotion or coupon
    /// the name or terms belong to) and what the claim is compared with: their mechanics
    /// and their run, which comes from the phases a promotion names (`phases[].start`,
    /// `phases[].end`), a coupon's `valid`, or else the plan's `window`. When any of
    /// these failed to read, nothing is reported about that text: a run computed without
    /// a phase that failed would point at the wrong line.
    ///
    /// Beyond the run, every field of the offers compared with (`promotions`,
    /// `promotions[]`, `coupons`, `coupons[]`): an offer set aside for any of them is not
    /// compared.
    ///
    /// ## How to fix
    ///
    /// Make the words and the spec agree: here either `discount: 9折` (10 % off) or the copy
    /// 满299享91折.
    ///
    /// ## Source
    ///
    /// CN: 《广告法》 Art. 8(1) (prices and promises must be accurate and clear) and 《明码标价和
    /// 禁止价格欺诈规定》 Art. 19 (V). EU: Unfair Commercial Practices Directive 2005/29/EC
    /// Art. 6(1)(d) (misleading price statements) (S — verify). US: FTC Act §5 (S — verify). UK: Digital Markets,
    /// Competition and Consumers Act 2024 s.226 (misleading actions) (S — verify).
    pub struct ClaimMismatch;
    code = "L001", name = "claim-mismatch", family = "legal",
    severity = Error, summary = "numbers in the words disagree with the offers",
    cites = [
        (Cn, "《广告法》 Art. 8(1); 《明码标价和禁止价格欺诈规定》 Art. 19"),
        (Eu, "UCPD 2005/29/EC Art. 6(1)(d)"),
        (Us, "FTC Act §5 (15 U.S.C. §45); 16 CFR 233"),
        (Uk, "DMCC Act 2024 s.226"),
    ]
}

impl Rule for ClaimMismatch {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        for claim in &wording.claims {
            let Some(place) = wording.places.get(claim.place) else {
                continue;
            };
            if offers_unknown(ctx, place.owner) {
                continue;
            }
            let offers = offers_of(ctx, place.owner);
            // Copy that advertises nothing has nothing to be compared with; an offer
            // with a value that failed would only repeat that failure.
            if offers.is_empty() || offers.iter().any(|o| !offer_known(ctx, o)) {
                continue;
            }
            // A bare count (5个, 11部) is a quantity claim only next to prizes.
            let prizes = offers.iter().any(|o| {
                matches!(o, Offer::Promotion(_, p) if matches!(p.kind, PromotionKind::Lottery { .. } | PromotionKind::MysteryBox { .. }))
            });
            if matches!(claim.kind, ClaimKind::Count { .. }) && !prizes {
                continue;
            }
            if !stacking_known(ctx, &claim.kind) {
                continue;
            }
            let words = place.text.get(claim.start..claim.end).unwrap_or("");
            let english = !words.chars().any(|c| c as u32 >= 0x2E80);
            let Err(mismatch) = verify(ctx.campaign, &claim.kind, &offers, english) else {
                continue;
            };
            let help = fix::fix(
                ctx.campaign,
                &claim.kind,
                &mismatch,
                &offers,
                words,
                english,
            )
            .help();
            let mut draft = Draft::text(
                &Self::META,
                place.at(),
                claim.start,
                claim.end,
                format!("the text says `{words}`, but {}", mismatch.actual),
            )
            .help(help);
            if let Some(at) = mismatch.at {
                draft = draft.related(at, "the spec says otherwise here");
            }
            out.push(draft);
        }
    }
}

/// Whether what a stacking claim is compared with read: the `stacking` section, and
/// every promotion and coupon (an offer set aside might be the one the words speak of).
fn stacking_known(ctx: &Ctx<'_>, claim: &ClaimKind) -> bool {
    match claim {
        ClaimKind::Exclusive { .. }
        | ClaimKind::Stackable { .. }
        | ClaimKind::CouponsPerOrder { .. } => {
            ctx.campaign.stacking.is_some()
                && ctx.clean(&Loc::from(PLAN.stacking()))
                && ctx.clean(&Loc::from(PLAN.promotions()))
                && ctx.clean(&Loc::from(PLAN.coupons()))
        }
        _ => true,
    }
}
