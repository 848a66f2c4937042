//! Hover on an offer (a promotion or coupon, at its `id:` or its `type`): its mechanics
//! in one line, in the plan's words (满300元减50元, 8.5折, member prices…), and where it
//! stands in the plan's worst-case stacking — the partners it stacks with there, as the
//! stacking analysis of `check` found them.

use crate::analysis::{Analysis, exact};
use crate::i18n::{Lang, Msg};
use crate::model::Campaign;
use crate::msg;
use crate::render::describe::Describer;
use crate::render::locale;
use crate::source::yaml::Loaded;

/// The offer whose `id` or `type` value holds byte `offset`: its section and id.
pub fn offer_at(loaded: &Loaded, offset: usize) -> Option<(&'static str, String)> {
    let root = loaded.doc.root()?;
    for section in ["promotions", "coupons"] {
        let Some(items) = root.get(section).and_then(|s| s.as_array()) else {
            continue;
        };
        for item in items {
            let id = item.get("id").and_then(|n| n.as_str());
            let hit = ["id", "type"].iter().any(|key| {
                item.get(key).is_some_and(|n| {
                    let span = n.spans().value;
                    span.start <= offset && offset <= span.end
                })
            });
            if let (true, Some(id)) = (hit, id) {
                return Some((section, id.to_owned()));
            }
        }
    }
    None
}

/// The hover text of offer `id` of `section`: its mechanics, then its worst-case
/// stacking. `None` when the plan has no such offer (it did not model).
pub fn hover(
    campaign: &Campaign,
    analysis: Option<&Analysis>,
    section: &str,
    id: &str,
    lang: Lang,
) -> Option<String> {
    let currency = campaign.currency.as_ref().map_or("CNY", |c| c.as_str());
    let describer = Describer {
        lang: match lang {
            Lang::ZhCn => locale::Lang::Zh,
            Lang::En => locale::Lang::En,
        },
        currency,
    };
    let (name, mechanics, kind) = if section == "promotions" {
        let promotion = campaign
            .promotions
            .iter()
            .flat_map(|l| l.items())
            .find(|p| p.id.as_str() == id)?;
        let kind = serde_json::to_value(&promotion.kind)
            .ok()
            .and_then(|v| v.get("type").and_then(|t| t.as_str()).map(str::to_owned))
            .unwrap_or_default();
        (promotion.name.clone(), describer.promotion(promotion), kind)
    } else {
        let coupon = campaign
            .coupons
            .iter()
            .flat_map(|l| l.items())
            .find(|c| c.id.as_str() == id)?;
        (
            coupon.name.clone(),
            describer.coupon(coupon),
            "coupon".to_owned(),
        )
    };
    let mechanics = one_line(&mechanics);
    let head = msg!(
        "server-offer",
        name = crate::escape::line(&name).into_owned(),
        id = id,
        kind = kind,
        mechanics = crate::escape::line(&mechanics).into_owned(),
    );
    let mut text = head.render(lang);
    if let Some(stacking) = analysis.map(|a| stacking(a, id, currency)) {
        text.push_str("\n\n");
        text.push_str(&stacking.render(lang));
    }
    Some(text)
}

/// A description on one line: its sentences joined where it broke them.
fn one_line(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where offer `id` stands in the worst case the analysis found.
fn stacking(analysis: &Analysis, id: &str, currency: &str) -> Msg {
    let worst = &analysis.worst;
    let ids = worst.combination(&analysis.offers);
    let money = |cents| crate::numfmt::money_cents(exact::from_cents(cents), currency);
    let joined = |ids: &[&String]| {
        ids.iter()
            .map(|id| format!("`{id}`"))
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let all: Vec<&String> = ids.iter().collect();
    let depth = crate::numfmt::percent(worst.depth.rounded(4), 2);
    let at_least = if analysis.lower_bound { "yes" } else { "no" };
    let priced = analysis.offers.item_levels.iter().any(|o| o.id == id)
        || analysis.offers.tiers.iter().any(|o| o.id == id)
        || analysis.offers.coupons.iter().any(|o| o.id == id);
    if !priced {
        return msg!("server-offer-not-priced");
    }
    if !ids.iter().any(|i| i == id) {
        return msg!(
            "server-offer-not-in-worst",
            offers = joined(&all),
            depth = depth,
            at_least = at_least,
        );
    }
    let partners: Vec<&String> = ids.iter().filter(|i| *i != id).collect();
    msg!(
        "server-offer-worst",
        partners = joined(&partners),
        count = partners.len(),
        order = money(worst.order_value),
        paid = money(worst.paid),
        depth = depth,
        at_least = at_least,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offers_read_in_english_with_their_place_in_the_worst_case() {
        let text = include_str!("../../specs/spring-refresh-2026.campaign.yaml");
        let checked = crate::check_text("spring.yaml", text.to_owned(), &Default::default());
        let campaign = checked.campaign.as_ref().expect("the plan models");
        let analysis = checked.analysis.as_ref();
        let hover = |section, id| hover(campaign, analysis, section, id, Lang::En);
        let welcome = hover("coupons", "welcome").expect("welcome");
        assert!(
            welcome.starts_with("**Welcome coupon** (`welcome`, coupon): $10 off orders of $50"),
            "{welcome}"
        );
        assert!(
            welcome.contains("In the worst case it stacks with `linen-event`: a list-price order of $62.50 pays $40.00, 36.00% off"),
            "{welcome}"
        );
        let tiers = hover("promotions", "spend-save").expect("spend-save");
        assert!(
            tiers.contains("Spend $100, get $15 off; Spend $200"),
            "{tiers}"
        );
        assert!(tiers.contains("Not part of the worst case"), "{tiers}");
        let tote = hover("promotions", "tote").expect("tote");
        assert!(tote.contains("does not price"), "{tote}");
        assert_eq!(hover("coupons", "nothing"), None);
    }
}
