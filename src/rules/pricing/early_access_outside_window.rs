//! Rule P005 `early-access-outside-window`: member early access starts before the window.

use crate::model::PromotionKind;
use crate::model::{At, PLAN, Phase};
use crate::rules::{Ctx, Draft, Rule};
use crate::values::Date;
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// A member price with `early_access_days: N` opens N days before the first day of
    /// its phases (or of the window when it has none). That day must still be inside the
    /// campaign window.
    ///
    /// ## Why it matters
    ///
    /// Early access before the window sells at campaign prices on days the budget, the
    /// stock plan and the legal review do not cover.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// window: { start: 2027-01-01, end: 2027-02-15 }
    /// promotions:
    ///   - { id: member-price, type: member_price, name: 会员价, phases: [preheat],
    ///       early_access_days: 3, levels: [{ level: gold, name: 金卡, price: 9折 }] }
    ///     # preheat starts 2027-01-01: early access would open 2026-12-29
    /// ```
    ///
    /// ## Depends on
    ///
    /// The member price's `early_access_days`, the start of its first phase
    /// (`phases[].start`, `phases[].end`, `phases`) or of the `window` (`window.start`).
    ///
    /// ## How to fix
    ///
    /// Shorten the early access, attach the promotion to a later phase, or open the
    /// window earlier.
    pub struct EarlyAccessOutsideWindow;
    code = "P005", name = "early-access-outside-window", family = "pricing",
    severity = Error, summary = "member early access starts before the campaign window"
}

impl Rule for EarlyAccessOutsideWindow {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let c = ctx.campaign;
        let Some(window_start) = c.window.as_ref().and_then(|w| w.start.as_ref()) else {
            return;
        };
        for (at, promotion) in c.promotions_at() {
            let PromotionKind::MemberPrice {
                early_access_days: Some(days),
                ..
            } = &promotion.kind
            else {
                continue;
            };
            if days.0 == 0 {
                continue;
            }
            // The promotion's first day: its earliest phase, or the window.
            let first = match &promotion.phases {
                // The earliest start is unknown when a phase it names failed to read.
                Some(ids)
                    if !ctx.named_items_known(
                        &PLAN.phases(),
                        ids.items().map(|id| id.as_str()),
                        &[At::<Phase>::start],
                    ) =>
                {
                    continue;
                }
                Some(ids) => {
                    // Unknown when the start of a phase it names is unknown.
                    let starts: Option<Vec<_>> = ids
                        .items()
                        .filter_map(|id| {
                            c.phases
                                .iter()
                                .flat_map(|ph| ph.items())
                                .find(|ph| ph.id == *id)
                                .map(|ph| ph.start.known().copied())
                        })
                        .collect();
                    match starts.and_then(|s| s.into_iter().min()) {
                        Some(start) => start,
                        None => continue,
                    }
                }
                None => *window_start,
            };
            let Some(opens) = i32::try_from(days.0)
                .ok()
                .and_then(|d| jiff::Span::new().try_days(d).ok())
                .and_then(|span| first.get().checked_sub(span).ok())
            else {
                // Too many days for the calendar: certainly before the window.
                out.push(
                    Draft::new(
                        &Self::META,
                        at.early_access_days(),
                        msg!("p005-unrepresentable", days = days.0),
                    )
                    .help(msg!("p005-unrepresentable-help")),
                );
                continue;
            };
            if opens < window_start.get() {
                out.push(
                    Draft::new(
                        &Self::META,
                        at.early_access_days(),
                        msg!(
                            "p005-before-window",
                            days = days.0,
                            first = first,
                            opens = Date::from(opens),
                            start = *window_start,
                        ),
                    )
                    .related(PLAN.window().start(), msg!("p005-window-opens"))
                    .help(msg!("p005-help")),
                );
            }
        }
    }
}
