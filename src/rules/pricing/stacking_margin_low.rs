//! Rule P013 `stacking-margin-low`: the worst case leaves less margin than `min_margin`.

use super::{describe_worst, label_offers};
use crate::model::PLAN;
use crate::numfmt;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// At the worst case of the stacking analysis (see `stacking-too-deep`), the margin
    /// left is 1 − (1 − `gross_margin`) / (1 − depth): the share of what the customer pays
    /// that is still margin. It must not fall below `guardrails.min_margin`. (Below zero
    /// the order sells under cost: that is `stacking-below-cost`.)
    ///
    /// ## Why it matters
    ///
    /// A discount depth that looks acceptable on its own can leave almost nothing of a
    /// thin gross margin; finance sets `min_margin` so that no order is served at a loss
    /// of contribution.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// guardrails:
    ///   gross_margin: 70%
    ///   min_margin: 10%     # the worst case (67.5 % off) leaves 7.69 %
    /// ```
    ///
    /// ## Depends on
    ///
    /// The worst case of every offer together: `promotions`, `coupons` and `stacking`,
    /// every field of every offer (`promotions[]`, `coupons[]`: mechanics, thresholds,
    /// levels), and `guardrails`. When some offers failed to read but the limits did
    /// (`stacking`, `guardrails.min_order`), the offers that read give a lower bound of
    /// the depth (an offer left out could only make it deeper): the finding says "at
    /// least", and still proves the limit exceeded. When a limit itself failed, more
    /// offers might stack than the plan allows, and nothing is claimed; so too when an
    /// offer is kept without a field that failed (a coupon's `cap`), which could only
    /// overstate the depth.
    ///
    /// ## How to fix
    ///
    /// Reduce the worst case (exclusive groups, fewer coupons per order, higher minimums)
    /// or accept a lower `min_margin`.
    pub struct StackingMarginLow;
    code = "P013", name = "stacking-margin-low", family = "pricing",
    severity = Error, summary = "the worst case leaves less margin than min_margin"
}

impl Rule for StackingMarginLow {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let (Some(analysis), Some(min)) = (
            ctx.analysis,
            ctx.campaign
                .guardrails
                .as_ref()
                .and_then(|g| g.min_margin.as_ref()),
        ) else {
            return;
        };
        let Some(Some(left)) = analysis.margin_left() else {
            return;
        };
        let left = left.to_decimal();
        // Below zero is `stacking-below-cost`.
        if left.is_sign_negative() || left >= min.ratio() {
            return;
        }
        let draft = Draft::new(
            &Self::META,
            PLAN.guardrails().min_margin(),
            if analysis.lower_bound {
                msg!(
                    "p013-margin-low-at-most",
                    left = numfmt::percent(left, 2),
                    min = numfmt::percent_short(min.ratio()),
                    worst = describe_worst(ctx, analysis),
                )
            } else {
                msg!(
                    "p013-margin-low",
                    left = numfmt::percent(left, 2),
                    min = numfmt::percent_short(min.ratio()),
                    worst = describe_worst(ctx, analysis),
                )
            },
        )
        .related(
            PLAN.guardrails().gross_margin(),
            msg!("pricing-gross-margin-at-list-price"),
        )
        .help(msg!("p013-help"));
        out.push(label_offers(ctx, analysis, draft));
    }
}
