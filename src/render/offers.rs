//! When each offer runs, for the timeline and the gantt: coupons over their validity,
//! flash sales over their phases with their daily slots, and members' early access
//! before a member price opens to everyone.

use super::locale::Lang;
use super::names::days_between;
use crate::model::{Campaign, Promotion, PromotionKind};
use jiff::civil::Date;

/// One offer's run on the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferSpan {
    /// The offer's name, with what the span is where it is not the offer itself
    /// (`会员价 · 会员提前购`).
    pub name: String,
    pub from: Date,
    /// The last day (inclusive).
    pub to: Date,
    /// Text beside the bar: the flash slots, else the number of days.
    pub note: String,
    /// `coupon`, `flash` or `early` (for the colour).
    pub class: &'static str,
}

/// The offers' runs, coupons first, then promotions, each as written.
pub fn offer_spans(campaign: &Campaign, lang: Lang) -> Vec<OfferSpan> {
    let l = lang.labels();
    let window = campaign
        .window
        .as_ref()
        .and_then(|w| Some((w.start?.get(), w.end?.get())));
    let mut out = Vec::new();
    for c in campaign.coupons.iter().flat_map(|c| c.items()) {
        let run = c
            .valid
            .as_ref()
            .map(|v| (v.from.get(), v.to.get()))
            .or(window);
        if let Some((from, to)) = run.filter(|(a, b)| a <= b) {
            out.push(span(c.name.clone(), from, to, None, "coupon", lang));
        }
    }
    for p in campaign.promotions.iter().flat_map(|p| p.items()) {
        let Some((from, to)) = promotion_run(campaign, p).or(window) else {
            continue;
        };
        match &p.kind {
            PromotionKind::FlashSale { slots, .. } => {
                let times: Vec<String> = slots
                    .known()
                    .iter()
                    .flat_map(|s| s.items())
                    .map(ToString::to_string)
                    .collect();
                let note = (!times.is_empty()).then(|| format!("{}{}", l.daily, lang.join(&times)));
                out.push(span(p.name.clone(), from, to, note, "flash", lang));
            }
            PromotionKind::MemberPrice {
                early_access_days: Some(days),
                ..
            } if days.0 > 0 => {
                let days = i64::try_from(days.0).unwrap_or(0);
                let (Ok(start), Ok(end)) = (
                    from.checked_sub(jiff::Span::new().days(days)),
                    from.yesterday(),
                ) else {
                    continue;
                };
                let name = format!("{} · {}", p.name, l.early_access);
                out.push(span(name, start, end, None, "early", lang));
            }
            _ => {}
        }
    }
    out
}

fn span(
    name: String,
    from: Date,
    to: Date,
    note: Option<String>,
    class: &'static str,
    lang: Lang,
) -> OfferSpan {
    OfferSpan {
        name,
        from,
        to,
        note: note.unwrap_or_else(|| lang.days(days_between(from, to).saturating_add(1))),
        class,
    }
}

/// The days a promotion runs: from the first of its phases' starts to the last of
/// their ends; `None` without phases (it runs the whole window).
fn promotion_run(campaign: &Campaign, p: &Promotion) -> Option<(Date, Date)> {
    let ids = p.phases.as_ref()?;
    let phases: Vec<_> = campaign
        .phases
        .iter()
        .flat_map(|l| l.items())
        .filter(|ph| ids.items().any(|id| id.as_str() == ph.id.as_str()))
        .filter_map(|ph| Some((ph.start.known()?.get(), ph.end.known()?.get())))
        .collect();
    let from = phases.iter().map(|r| r.0).min()?;
    let to = phases.iter().map(|r| r.1).max()?;
    Some((from, to))
}
