//! Rule L026 `conditional-price`: a member, new-customer or personalised price without
//! its condition shown, or a price set per customer profile.

use super::read::{Text, compiled};
use super::{offers_of, offers_unknown};
use crate::model::{Jurisdiction, PLAN, Promotion};
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::claims::Offer;
use crate::wording::re::Re;
use crate::wording::{Field, Wording};
use crate::{declare_rule, msg};
use std::sync::OnceLock;

declare_rule! {
    /// ## What it checks
    ///
    /// Prices that differ by customer:
    ///
    /// - **Priced by profile (`CN`).** A promotion with `personalised: true` sets its price
    ///   per customer from their profile by automated decisions. Under PIPL Art. 24(1) such
    ///   decisions must not treat individuals unreasonably differently in transaction
    ///   prices: the plan states exactly that, so it is an error. Give every customer who
    ///   meets a stated condition (a member level, a first order) the same price instead.
    /// - **Personalised without notice (`EU`).** A promotion with `personalised: true` and
    ///   no `personalised_notice`: the consumer must be told that the price was
    ///   personalised on the basis of automated decision-making.
    /// - **Condition not shown (`CN`).** Chinese customer-facing text (copy or terms) that
    ///   states a price for some customers only — 会员价, 会员专享价, 新客价, 新人价, 专享价,
    ///   VIP价, 粉丝价, 老客价 — while neither the text nor any offer it speaks for states the
    ///   condition: the text says nothing of who qualifies or how (开通, 注册, 加入, 首单,
    ///   a member level such as 金卡, 仅限…), and the offers have no `condition`. Where the
    ///   text advertises offers, a `condition` on one of them counts as shown with it, and so
    ///   does a `member_price` promotion, whose member levels are the condition.
    ///
    /// English words for member prices are not read yet; no EU, UK or US rule asks for the
    /// condition in those words beyond the general law on misleading omissions.
    ///
    /// ## Why it matters
    ///
    /// A price that only some customers get, without saying who, misleads everyone else
    /// about the price they will pay; a price set per profile is the 大数据杀熟 the law
    /// forbids.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [CN]
    /// copy:
    ///   - { id: hero, channel: app_home, text: 年货会员价，低至6.5折, advertises: [member] }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The copy entry's `advertises`: when it failed to read, the text is not judged.
    ///
    /// ## How to fix
    ///
    /// State who gets the price and how in the text (开通会员（免费）即享会员价; 新用户首单专享),
    /// or record it in the promotion's `condition` when the page shows it next to the price.
    /// Do not price by profile; under EU law tell customers when a price was personalised
    /// (`personalised_notice`).
    ///
    /// ## Source
    ///
    /// CN: 《个人信息保护法》 Art. 24(1) (no unreasonable differential treatment in
    /// transaction prices through automated decision-making) (V); 《明码标价和禁止价格欺诈
    /// 规定》 Art. 6 (different prices for different trading conditions: mark the conditions
    /// and the corresponding prices) (V, read in the text); 《电子商务法》 Art. 18 (S).
    /// EU: Consumer Rights Directive 2011/83/EU Art. 6(1)(ea), inserted by the Omnibus
    /// Directive (EU) 2019/2161 (the price was personalised on the basis of automated
    /// decision-making) (S).
    pub struct ConditionalPrice;
    code = "L026", name = "conditional-price", family = "legal",
    severity = Error, summary = "a price for some customers without its condition, or priced by profile",
    cites = [
        (Cn, "《个人信息保护法》 Art. 24(1)", V),
        (Cn, "《明码标价和禁止价格欺诈规定》 Art. 6", V),
        (Cn, "《电子商务法》 Art. 18", S),
        (Eu, "Directive 2011/83/EU Art. 6(1)(ea) (Directive (EU) 2019/2161)", S),
    ]
}

impl Rule for ConditionalPrice {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        let cn = wording.applies(Jurisdiction::Cn);
        let eu = wording.applies(Jurisdiction::Eu);
        if !cn && !eu {
            return;
        }
        for (i, promotion) in ctx
            .campaign
            .promotions
            .iter()
            .flat_map(|p| p.items())
            .enumerate()
        {
            personalised(promotion, i, cn, eu, out);
        }
        if cn {
            unstated_conditions(ctx, wording, out);
        }
    }
}

/// The findings about a promotion priced per profile.
fn personalised(promotion: &Promotion, i: usize, cn: bool, eu: bool, out: &mut Vec<Draft>) {
    if promotion.personalised != Some(true) {
        return;
    }
    let at = PLAN.promotions().item(i);
    if cn {
        out.push(
            Draft::new(
                &ConditionalPrice::META,
                at.personalised(),
                msg!("l026-profile", promotion = promotion.id.as_str()),
            )
            .help(msg!("l026-profile-help")),
        );
    }
    if eu && promotion.personalised_notice.is_none() {
        out.push(
            Draft::new(
                &ConditionalPrice::META,
                at.personalised(),
                msg!("l026-no-notice", promotion = promotion.id.as_str()),
            )
            .help(msg!("l026-no-notice-help")),
        );
    }
}

/// Chinese texts stating a price for some customers only, without who or how.
fn unstated_conditions(ctx: &Ctx<'_>, wording: &Wording<'_>, out: &mut Vec<Draft>) {
    let (Some(words), Some(condition)) = (conditional_words(), condition_words()) else {
        return;
    };
    for place in &wording.places {
        // Every such word has 价 (價 before normalising): a text without it is not
        // normalised again, which on a plan of thousands of texts is most of the work.
        if !matches!(place.field, Field::CopyText | Field::Terms)
            || !place.text.contains(['价', '價'])
            || offers_unknown(ctx, place.owner)
        {
            continue;
        }
        let text = Text::new(place.text);
        let s = text.as_str();
        let Some(m) = words.find(s) else { continue };
        if condition.is_match(s) || offers_state_condition(&offers_of(ctx, place.owner)) {
            continue;
        }
        let (start, end) = text.to_original(m.start(), m.end());
        let Some(found) = place.text.get(start..end) else {
            continue;
        };
        out.push(
            Draft::text(
                &ConditionalPrice::META,
                place.at(),
                start,
                end,
                msg!("l026-unstated", found = found),
            )
            .help(msg!("l026-unstated-help")),
        );
    }
}

/// Whether some offer the text speaks for states its condition.
fn offers_state_condition(offers: &[Offer<'_>]) -> bool {
    offers.iter().any(|offer| match offer {
        Offer::Promotion(_, p) => {
            p.condition.as_deref().is_some_and(|c| !c.trim().is_empty())
                // A member price's levels are its condition: who pays which price is
                // the plan's member levels, and a text for it speaks of members.
                || matches!(p.kind, crate::model::PromotionKind::MemberPrice { .. })
        }
        // A coupon's audience says who may use it.
        Offer::Coupon(_, c) => c.audience.is_some(),
    })
}

/// Words of a price for some customers only (normalised text).
fn conditional_words() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"会员专享价|会员价|新客价|新人专享价|新人价|新用户价|专享价|专属价|vip\s*价|plus\s*价|粉丝价|老客价|老用户价".to_owned()
    })
}

/// Words that state who gets such a price, or how (normalised text).
fn condition_words() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"开通|注册|加入|入会|成为|办理|领取会员|关注|订阅|入群|进群|绑定|认证|首单|首次|首购|仅限|限[^,。!?;]{0,6}(?:会员|用户|新客|新人)|[金银铜钻黑白]卡|钻石|[0-9一二三四五六七八九十]+级|v[0-9]|等级|积分满|累计消费|天内|之日起".to_owned()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn patterns_compile() {
        assert!(super::conditional_words().is_some());
        assert!(super::condition_words().is_some());
    }
}
