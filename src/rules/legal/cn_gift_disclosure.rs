//! Rule L002 `cn-gift-disclosure`: a gift offer does not state what is given and how many.

use super::read::gift;
use super::{claims_in, offers_of, offers_unknown, under};
use crate::model::PLAN;
use crate::model::{Jurisdiction, PromotionKind};
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::claims::{ClaimKind, Offer};
use crate::wording::{Field, Owner, TermKind, TextPlace, Wording};
use crate::{declare_rule, msg};

/// The lexicon group of gift wording that does not say what the gift is.
const VAGUE: &str = "gift-vague";
/// The lexicon group of words for a gift that name no kind (好礼, 礼品, 大礼包): vague
/// when offered with nothing that says what they are (`read::gift`).
const GENERIC: &str = "gift-generic";

declare_rule! {
    /// ## What it checks
    ///
    /// Advertising a gift must state its kind and quantity. For plans under `CN`, campspec
    /// checks that:
    ///
    /// - the terms of every `gift_with_purchase` promotion state how many gifts there are
    ///   (赠品共10万份), which `claim-mismatch` then compares with `quantity`;
    /// - copy whose text offers a gift (赠, 送, 满赠, 加赠, 赠品为… — from `lexicons/cn.yaml`)
    ///   advertises a `gift_with_purchase` promotion, so that the gifts, their quantity, period
    ///   and way of giving are defined (送货, 配送, 送达 and 当日送出 are not gifts);
    /// - customer-facing text (copy and terms) names the gift it offers. 精美礼品, 神秘好礼,
    ///   随机赠品 (the `gift-vague` group) never do. A word for a gift that names no kind —
    ///   好礼, 礼品, 惊喜, 大礼包, 福袋, 周边, 伴手礼, 好物, 奖品, 有礼 (the `gift-generic`
    ///   group) — does not either when it is offered (after 送, 赠, 领, 得, 享, 抽取, 有, or
    ///   with 相送 after it) with only words such as 精致, 超值, 多重, 专属, 品牌 or 价值99元的
    ///   before it, and nothing after it saying what it is (下单即送精致好礼一份, 签到7天领
    ///   大礼包, 进店有礼, 下单送价值99元的赠品). A product word names the kind (坚果礼盒,
    ///   赠品牌保温杯1只, 赠同款250ml装2盒), so does 赠品为原厂遥控器1个 or 对应赠品, and once a
    ///   text names its gift a later 赠品 is that gift (赠品共1000份). A giving word with
    ///   nothing after it names no gift either (买就送, 全场满赠), unless the same item is
    ///   given again (买一送一). 有, 享, 得 and 拿 also mean buying: after them only a gift
    ///   word by itself (好礼, 赠品, 惊喜, 福袋) is given (5折享好物 is a purchase);
    /// - a named gift says how many: 若干 and 一些 do not (赠面霜小样若干).
    ///
    /// ## Why it matters
    ///
    /// A banner that promises 精致好礼 lets the customer imagine any gift, and the one handed
    /// over can be worth anything; gift promotions whose gifts run out unannounced, or are not
    /// what the banner showed, are among the most common promotion complaints.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// promotions:
    ///   - { id: gifts, type: gift_with_purchase, name: 满额赠礼, terms: 单笔满额即赠。,
    ///       tiers: [{ spend: 299, gift: 新年福袋, gift_cost: 12 }] }
    /// copy:
    ///   - { id: hero, channel: app_home, text: 满299元即送精致好礼一份, advertises: [gifts] }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Name the gift and how many in the words the customer reads (满299元赠定制帆布袋1个), state
    /// the quantity in the terms (赠品共10万份，送完即止) and set `quantity`; link copy that
    /// offers a gift to the gift promotion with `advertises`.
    ///
    /// ## Source
    ///
    /// 《广告法》 Art. 8(2) (an advertisement that offers a gift must state its 品种、规格、数量、期限和
    /// 方式) (V); 《明码标价和禁止价格欺诈规定》 Art. 18 (gifts: name and quantity; a stated value
    /// must be the gift's current price) (V).
    pub struct CnGiftDisclosure;
    code = "L002", name = "cn-gift-disclosure", family = "legal",
    severity = Error, summary = "a gift offer does not state what is given and how many",
    cites = [
        (Cn, "《广告法》 Art. 8(2); 《明码标价和禁止价格欺诈规定》 Art. 18", V),
    ]
}

impl Rule for CnGiftDisclosure {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        if !under(ctx, &[Jurisdiction::Cn]) {
            return;
        }
        for (i, promotion) in ctx.campaign.promotions.iter().flat_map(|p| p.iter()) {
            if !matches!(promotion.kind, PromotionKind::GiftWithPurchase { .. }) {
                continue;
            }
            let terms_place = wording.place_of(Owner::Promotion(i), Field::Terms);
            match terms_place {
                None if !ctx.has(&PLAN.promotions().item(i).terms()) => out.push(
                    Draft::new(
                        &Self::META,
                        PLAN.promotions().item(i).id(),
                        msg!("l002-no-terms", promotion = &promotion.id),
                    )
                    .help(msg!("l002-no-terms-help")),
                ),
                Some(p) => {
                    let states_count = claims_in(wording, p).any(|c| {
                        matches!(
                            c,
                            ClaimKind::Total { .. }
                                | ClaimKind::Quantity { .. }
                                | ClaimKind::Count { .. }
                        )
                    });
                    if !states_count {
                        out.push(
                            Draft::new(
                                &Self::META,
                                PLAN.promotions().item(i).terms(),
                                msg!("l002-no-count", promotion = &promotion.id),
                            )
                            .help(msg!("l002-no-count-help")),
                        );
                    }
                }
                None => {}
            }
        }
        let mut vague = vague_terms(wording, out);
        let stated = read_gifts(ctx, wording, &mut vague, out);
        gifts_without_promotion(ctx, wording, &vague, &stated, out);
    }
}

/// A place and a range in its text.
type Span = (usize, usize, usize);
/// Ranges in one text.
type Ranges = Vec<(usize, usize)>;

/// Reports the `gift-vague` terms (精美礼品, 神秘好礼) wherever they are; gives their spans.
fn vague_terms(wording: &Wording<'_>, out: &mut Vec<Draft>) -> Vec<Span> {
    let mut vague = Vec::new();
    for (found, term) in wording.hits_of(CnGiftDisclosure::META.name) {
        if term.kind != TermKind::Trigger || term.group.as_deref() != Some(VAGUE) {
            continue;
        }
        let Some(place) = wording.places.get(found.place) else {
            continue;
        };
        let Some(words) = place.text.get(found.hit.start..found.hit.end) else {
            continue;
        };
        vague.push((found.place, found.hit.start, found.hit.end));
        out.push(
            Draft::text(
                &CnGiftDisclosure::META,
                place.at(),
                found.hit.start,
                found.hit.end,
                msg!("l002-vague", words = words),
            )
            .help(msg!("l002-name-help")),
        );
    }
    vague
}

/// Whether a text belongs to or advertises a gift promotion.
fn offers_gift(ctx: &Ctx<'_>, owner: Owner) -> bool {
    !offers_unknown(ctx, owner)
        && offers_of(ctx, owner).iter().any(|o| {
            matches!(o, Offer::Promotion(_, p) if matches!(p.kind, PromotionKind::GiftWithPurchase { .. }))
        })
}

/// Reads every text that offers a gift (`read::gift`): reports the gifts offered without
/// their kind (精致好礼, 价值99元的赠品, 进店有礼) and the counts that say no number
/// (若干). Gives the gift words followed by what the gift is (赠品为原厂遥控器1个).
fn read_gifts(
    ctx: &Ctx<'_>,
    wording: &Wording<'_>,
    vague: &mut Vec<Span>,
    out: &mut Vec<Draft>,
) -> Vec<Span> {
    let mut by_place: std::collections::BTreeMap<usize, (Ranges, Ranges)> = Default::default();
    for (found, term) in wording.hits_of(CnGiftDisclosure::META.name) {
        if term.kind != TermKind::Trigger {
            continue;
        }
        let entry = by_place.entry(found.place).or_default();
        let range = (found.hit.start, found.hit.end);
        match term.group.as_deref() {
            Some(GENERIC) | Some(VAGUE) => entry.1.push(range),
            _ => entry.0.push(range),
        }
    }
    let mut stated = Vec::new();
    for (index, (verbs, words)) in by_place {
        let Some(place) = wording.places.get(index).filter(|p| read_for_gifts(ctx, p)) else {
            continue;
        };
        let reading = gift::read_zh(place.text, &verbs, &words);
        stated.extend(reading.stated.iter().map(|&(a, b)| (index, a, b)));
        for (a, b) in reading.vague {
            let overlaps = vague.iter().any(|&(p, s, e)| p == index && s < b && a < e);
            let Some(words) = place.text.get(a..b).filter(|_| !overlaps) else {
                continue;
            };
            vague.push((index, a, b));
            out.push(
                Draft::text(
                    &CnGiftDisclosure::META,
                    place.at(),
                    a,
                    b,
                    msg!("l002-vague", words = words),
                )
                .help(msg!("l002-name-help")),
            );
        }
        for (a, b) in reading.unquantified {
            let Some(words) = place.text.get(a..b) else {
                continue;
            };
            out.push(
                Draft::text(
                    &CnGiftDisclosure::META,
                    place.at(),
                    a,
                    b,
                    msg!("l002-unquantified", words = words),
                )
                .help(msg!("l002-unquantified-help")),
            );
        }
    }
    stated
}

/// Whether a text is read for the gifts it offers: copy and the terms of offers. Names
/// are labels (加赠好礼 names a promotion whose terms say what it gives), and the prizes of
/// a lottery or a mystery box are `cn-prize-disclosure`'s.
fn read_for_gifts(ctx: &Ctx<'_>, place: &TextPlace<'_>) -> bool {
    match (place.owner, place.field) {
        (Owner::Copy(_), _) => true,
        (Owner::Promotion(i), Field::Terms) => ctx
            .campaign
            .promotions
            .as_ref()
            .and_then(|l| l.get(i))
            .is_some_and(|p| {
                !matches!(
                    p.kind,
                    PromotionKind::Lottery { .. } | PromotionKind::MysteryBox { .. }
                )
            }),
        (Owner::Coupon(_), Field::Terms) => true,
        _ => false,
    }
}

/// Copy that offers a gift (a giving word, or a gift stated: 赠品为…) must advertise a
/// gift promotion, where the gifts, their quantity, period and way of giving are defined.
fn gifts_without_promotion(
    ctx: &Ctx<'_>,
    wording: &Wording<'_>,
    vague: &[Span],
    stated: &[Span],
    out: &mut Vec<Draft>,
) {
    let mut offers: Vec<Span> = wording
        .hits_of(CnGiftDisclosure::META.name)
        .filter(|(_, term)| {
            term.kind == TermKind::Trigger
                && !matches!(term.group.as_deref(), Some(GENERIC) | Some(VAGUE))
        })
        .map(|(found, _)| (found.place, found.hit.start, found.hit.end))
        .collect();
    offers.extend(stated.iter().copied());
    offers.sort_unstable();
    for (index, start, end) in offers {
        let Some(place) = wording.places.get(index) else {
            continue;
        };
        let Owner::Copy(_) = place.owner else {
            continue;
        };
        if vague.iter().any(|&(p, s, _)| p == index && s == start)
            || offers_unknown(ctx, place.owner)
        {
            continue;
        }
        if offers_gift(ctx, place.owner) {
            continue;
        }
        let Some(words) = place.text.get(start..end) else {
            continue;
        };
        out.push(
            Draft::text(
                &CnGiftDisclosure::META,
                place.at(),
                start,
                end,
                msg!("l002-no-promotion", words = words),
            )
            .help(msg!("l002-no-promotion-help")),
        );
    }
}
