//! Rule L021 `rewarded-reviews`: a reward is offered for a positive review (好评返现).

use super::read::review;
use super::under;
use crate::model::{Jurisdiction, List, Loc, Requirement};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// For plans under `CN`, `EU`, `US` or `UK`, no offer is given in return for a positive
    /// review. Two places show one:
    ///
    /// - **The mechanic**: a promotion or coupon whose `requires` lists `positive_review`
    ///   (a good or five-star review, 好评) as the condition of the reward.
    /// - **The words**: customer-facing text (copy, names, terms) that asks for a good or
    ///   five-star review and offers something for it — 晒图好评返现2元, 五星好评送5元红包,
    ///   五星好评截图发客服，领5元红包, 给个好评，即送无门槛券; "leave us a 5-star review
    ///   and get 10% off", "rate us five stars, get a free gift". The review words are the
    ///   `rewarded-reviews` triggers of `lexicons/cn.yaml` and `lexicons/en.yaml`; the
    ///   request and the reward are read in the same clause, or in the next one when the
    ///   request leads on to it (截图发客服, 即送, "then get").
    ///
    /// Praise that is not asked for (好评如潮, 好评率99%, "our 5-star reviews") is no
    /// offer. A reward for any review, whatever it says (评价有礼, `requires: review`,
    /// "review your order and earn 50 points") is not reported: the law forbids buying a
    /// *favourable* review, and a reward that does not depend on what the review says
    /// buys none — show such reviews as incentivised where they are displayed.
    ///
    /// ## Why it matters
    ///
    /// Customers read reviews as the independent opinion of other buyers; a review paid
    /// for its rating is false publicity about the product and misleads every later buyer.
    /// Chinese law forbids misleading publicity by invented or induced reviews, the US FTC
    /// rule on consumer reviews forbids rewards conditioned on a review's sentiment, and
    /// EU law lists commissioning false reviews among the always-unfair practices.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [CN]
    /// copy:
    ///   - { id: card, channel: other, text: 晒图好评返现2元，联系客服领取 }
    /// ```
    ///
    /// ## Depends on
    ///
    /// `promotions[].requires`, `coupons[].requires`, and the customer-facing text
    /// (`copy[].text`, names, terms).
    ///
    /// ## How to fix
    ///
    /// Reward any honest review, whatever its rating, or none: write `requires: [review]`
    /// and 评价有礼（好评差评均可）, "review your order — good or bad — and earn 50 points";
    /// never ask for a rating or a 好评 in return for a reward.
    ///
    /// ## Source
    ///
    /// CN: 《电子商务法》 Art. 17 (no false or misleading publicity by invented transactions
    /// or user reviews) (V); 《反不正当竞争法》 (2025 revision) Art. 9(2) (organising false
    /// transactions or reviews) (S — verify); 《网络交易监督管理办法》 Art. 14 (inducing
    /// specified positive reviews with cash back, red packets or coupons) (M — verify). US:
    /// 16 CFR Part 465 (Trade Regulation Rule on the Use of Consumer Reviews and
    /// Testimonials, 2024), §465.4 (compensation conditioned on a review expressing a
    /// particular sentiment) (S). EU: UCPD 2005/29/EC Annex I points 23b–23c (inserted by
    /// Directive (EU) 2019/2161) (S — verify). UK: DMCC Act 2024 Sch. 20 (banned practices,
    /// in force 2025-04-06: commissioning or incentivising consumer reviews that do not
    /// reflect a genuine experience, and publishing them) with the CMA's guidance on fake
    /// reviews (CMA208) (S — verify the paragraph numbers).
    pub struct RewardedReviews;
    code = "L021", name = "rewarded-reviews", family = "legal",
    severity = Error, summary = "a reward is offered for a positive review (好评返现)",
    cites = [
        (Cn, "《电子商务法》 Art. 17; 《反不正当竞争法》 (2025) Art. 9(2)", S),
        (Eu, "UCPD 2005/29/EC Annex I points 23b–23c", S),
        (Us, "16 CFR 465.4", S),
        (Uk, "DMCC Act 2024 Sch. 20 (fake and incentivised reviews)", S),
    ]
}

impl Rule for RewardedReviews {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if !under(
            ctx,
            &[
                Jurisdiction::Cn,
                Jurisdiction::Eu,
                Jurisdiction::Us,
                Jurisdiction::Uk,
            ],
        ) {
            return;
        }
        let campaign = ctx.campaign;
        for (at, promotion) in campaign.promotions_at() {
            mechanic(
                &promotion.name,
                promotion.requires.as_ref(),
                at.requires(),
                out,
            );
        }
        for (at, coupon) in campaign.coupons_at() {
            mechanic(&coupon.name, coupon.requires.as_ref(), at.requires(), out);
        }
        words(ctx, out);
    }
}

/// An offer whose `requires` asks for a positive review.
fn mechanic(
    name: &str,
    requires: Option<&List<Requirement>>,
    at: crate::model::At<List<Requirement>>,
    out: &mut Vec<Draft>,
) {
    let Some(requires) = requires else { return };
    for (item, requirement) in requires.iter_at(at) {
        if *requirement == Requirement::PositiveReview {
            out.push(
                Draft::new(
                    &RewardedReviews::META,
                    Loc::from(item),
                    msg!("l021-mechanic", name = name),
                )
                .help(msg!("l021-help")),
            );
        }
    }
}

/// Customer-facing text that offers a reward for a positive review.
fn words(ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
    let Some(wording) = ctx.wording else { return };
    for (index, words) in super::trigger_ranges_by_place(wording, RewardedReviews::META.name) {
        let Some(place) = wording.places.get(index) else {
            continue;
        };
        for (start, end) in review::rewarded(place.text, &words) {
            let Some(text) = place.text.get(start..end) else {
                continue;
            };
            out.push(
                Draft::text(
                    &RewardedReviews::META,
                    place.at(),
                    start,
                    end,
                    msg!("l021-words", text = text),
                )
                .help(msg!("l021-help")),
            );
        }
    }
}
