//! Rule L001 `claim-mismatch`: numbers in the words disagree with the offers.

use super::{offer_known, offers_of, offers_unknown};
use crate::model::{Loc, PLAN, PromotionKind};
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::claims::{ClaimKind, Offer, fix, verify};
use crate::{declare_rule, msg};

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
    /// - 最高减Y, 最多减Y, 封顶Y元, "up to $Y off", "capped at $Y", "maximum discount $Y" —
    ///   the largest saving (an amount off, a coupon's `cap`, a repeating tier's amount
    ///   times `max_repeats`); 立减Y元, "$Y off" — an amount off;
    /// - 每人限购N件 (and 每个账号限领N张, 每户限购N箱, 每人限买/限下/可参与/仅可购买, 限购N件
    ///   with nobody named, 一人一份: any measure word, digits or Chinese numerals), "limit N
    ///   per customer", "one code per household", "limit five boxes per customer" —
    ///   `per_user`; a limit per day (每人每天限领一份, "one voucher per customer per day") —
    ///   `stacking.claims_per_user_per_day` when the words limit claiming and the plan sets
    ///   it, otherwise nothing (`per_user` is over the whole campaign); a limit per order or
    ///   per slot (每单限购) — nothing, the plan cannot state one;
    /// - 限量N件, 全网仅N份, 只有N单, 共发售N双, 现货N件, "only N available", "N units" —
    ///   `quantity`; 仅剩N件, "only N left" — no more than `quantity`; 共N份, N部 (prizes),
    ///   "N prizes", "N vouchers up for grabs" — a quantity; 每日限量N杯 — nothing (no
    ///   quantity per day); 无门槛 — a zero minimum;
    /// - 上不封顶, 不设上限, "no cap" — a repeating tier without `max_repeats` or a percentage
    ///   coupon without `cap`;
    /// - 价值X元, X元购物卡, "worth $X" — a prize or coupon value; 2至3倍 — a box value range;
    /// - 每场N款 — items per slot; 每日10点、14点 — the flash slots; 提前N天 — early access;
    /// - 1月16日至2月6日, 12月10日起至12月20日, 12月3日（周四）至12月6日（周日）, 1月13日起,
    ///   1月5日开启, 有效期至2月15日, 截至12月20日, 12月20日截止, 即日起至12月20日, 持续到11月15日,
    ///   "Nov 1 – Nov 11", "Thursday 26 – Sunday 29 November", "Thu 26th Nov to Sun 29th
    ///   Nov", "26-29 November", "Friday 28 to Monday 1 December" (the first day in the month
    ///   before), "from 26 November until 2 December", "ends Nov 30", "through Dec 2", "until
    ///   midnight on 13 December", "order by Dec 20", "from Thursday 1 January" — the offer's
    ///   period, its end or its start (member early access included);
    /// - "ends Sunday", "until midnight Sunday", 本周日24点结束 — an end given by its weekday
    ///   alone: the offer's last day must be that weekday (no date is guessed for it).
    /// - 不与其他优惠同享, 不可叠加任何优惠, 不与店铺券同享, 红包与店铺券不能同享, 特价商品不参与
    ///   满减, "cannot be combined with any other offer", "not valid with other promotions",
    ///   "excludes sale items" — against `stacking`: no offer the words name may go on one
    ///   order with the offer the text speaks for. Two offers go on one order unless one is
    ///   `standalone`, an `exclusive` group holds both, both are item prices (an item has
    ///   one price), or both are coupons and `max_coupons_per_order` is 1; and they must run
    ///   on a common day;
    /// - 可与店铺券叠加, 满减与折扣可同享, 可叠加使用, "stacks with", "can be used together
    ///   with sale prices" — at least one such pair goes on one order (each of them, for
    ///   所有优惠 or "any other offer");
    /// - 每单限用1张优惠券, 仅可使用一张优惠券, 优惠券不可叠加, "one code per order" —
    ///   `max_coupons_per_order` (优惠券不可叠加 with one coupon per order is true, although a
    ///   coupon still stacks with a 满减);
    /// - 相当于X折, 约X折, 折合X折, "that's X% off", "= X% off in total", and "save X%" beside
    ///   an amount off — the ratio computed exactly from the 满X减Y ("$X off $Y", "spend $Y,
    ///   save $X") of the same sentence, else from the offers (their prices and shares off,
    ///   each amount tier and amount coupon at its threshold, two shares together). The
    ///   figure is right when the exact ratio, rounded half up to the precision the words
    ///   state, is that figure: 满300减40 pays 260/300 = 8.67折, so 8.7折 and 9折 are right and
    ///   8.5折 is not; 满200减50 is 7.5折, so 7折 is not.
    ///
    /// Numeric English dates are read only when their order is plain: `12/20` and `20/12`
    /// are 20 December, and one such date settles a range (`1/12 – 15/12`); `12/2` alone
    /// (12 February or December 2) is not read. A period that is the period of a former or
    /// reference price — a price word before it in the same clause ("was $80 from Sep 1 –
    /// Oct 15", "sold at £80 between 1 Sep and 15 Oct", "RRP", "compare at", 原价199元（9月1日至
    /// 10月15日售价）, 划线价为…) or right after it (10月1日至10月31日售价259元, …的成交价) — is not
    /// the offer's run and is not compared; nor is a delivery cut-off ("order by 18 December
    /// for Christmas delivery"). A weekday written with a date is checked against the
    /// calendar by `weekday-mismatch` (L017).
    ///
    /// The words name offers by kind: 券, 红包, "codes", "vouchers" are coupons; 满减 spend
    /// tiers; 折扣, 特价, 直降, "sale prices" discounts and flash sales; 秒杀 flash sales;
    /// 会员价 member prices; 满赠 gifts; 优惠, 活动, "offers" any offer; 本券, "this offer", or
    /// no subject, the offers the text speaks for. A qualifier (店铺券, 直播间专属券, "loyalty
    /// voucher", "Black Friday prices") names the offers whose name or id carries it; when
    /// none does, every offer of the kind not named as another kind (a 平台券 is not a 店铺券);
    /// "student discount" with no such offer names nothing. Offers that lower no price
    /// (lotteries, points, collect-to-win, mystery boxes, referrals) are not compared.
    ///
    /// A mismatch labels the words and the spec field that says otherwise. The message
    /// says what the words say and what the mechanics give, with the number (`the text says
    /// 相当于8.5折, but 满300减40 pays 260/300 = 8.67折 (≈8.7折)`); the help names the field as
    /// the plan writes it with the value that makes the words true, and the copy corrected
    /// to the plan (`change promotions[tiers].tiers[0].discount to 9折, or the copy to
    /// 满299享9.1折`); for stacking words, the `stacking` entry to add or remove.
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
    /// Stacking words are compared with the `stacking` section and every promotion and
    /// coupon: when the plan has no `stacking` section (P018 reports that), or any of them
    /// failed to read, nothing is said about such words.
    ///
    /// ## How to fix
    ///
    /// Make the words and the spec agree: here either `discount: 9折` (10 % off) or the copy
    /// 满299享91折. For stacking words, change `stacking` (`standalone`, `exclusive`,
    /// `max_coupons_per_order`) or the words; a ratio the words compute wrongly is fixed in
    /// the words.
    ///
    /// ## Source
    ///
    /// CN: 《广告法》 Art. 8(1) (prices and promises must be accurate and clear) and 《明码标价和
    /// 禁止价格欺诈规定》 Art. 19 (V): Art. 19(3)–(4) for false discounts and misleading
    /// figures (a ratio that the 满减 does not give), Art. 19(6) and Art. 6(1) for the
    /// conditions of a price, stacking exclusions among them, with 《规范促销行为暂行规定》
    /// Art. 20 (S — verify). EU: Unfair Commercial Practices Directive 2005/29/EC
    /// Art. 6(1)(d) (misleading price statements) (S — verify). US: FTC Act §5 (S — verify). UK: Digital Markets,
    /// Competition and Consumers Act 2024 s.226 (misleading actions) (S — verify).
    pub struct ClaimMismatch;
    code = "L001", name = "claim-mismatch", family = "legal",
    severity = Error, summary = "numbers in the words disagree with the offers",
    cites = [
        (Cn, "《广告法》 Art. 8(1); 《明码标价和禁止价格欺诈规定》 Art. 19", V),
        (Eu, "UCPD 2005/29/EC Art. 6(1)(d)", S),
        (Us, "FTC Act §5 (15 U.S.C. §45); 16 CFR 233", S),
        (Uk, "DMCC Act 2024 s.226", S),
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
                msg!("l001-says", words = words, actual = mismatch.actual.clone()),
            )
            .help(help);
            if let Some(at) = mismatch.at {
                draft = draft.related(at, msg!("l001-spec-here"));
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
