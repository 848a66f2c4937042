//! Rule R004 `unknown-offer`: stacking or copy names a promotion or coupon that is not declared.

use super::{Kind, Ref, report_unknown};
use crate::declare_rule;
use crate::model::PLAN;
use crate::rules::{Ctx, Draft, Rule};

declare_rule! {
    /// ## What it checks
    ///
    /// `stacking.standalone`, `stacking.exclusive` and `copy[].advertises` name
    /// promotions or coupons; each must be declared under `promotions` or `coupons`.
    /// The closest id is suggested.
    ///
    /// ## Why it matters
    ///
    /// A stacking limit on a misspelt id limits nothing: the offers it was meant to keep
    /// apart combine at checkout. Copy that advertises a misspelt offer escapes the check
    /// that its numbers match the offer.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// stacking:
    ///   max_coupons_per_order: 2
    ///   exclusive:
    ///     - [member-prices, tiers]    # did you mean `member-price`?
    /// ```
    ///
    /// ## Depends on
    ///
    /// The ids declared under `promotions` and `coupons`: when a section itself failed to
    /// read, no reference to an offer can be judged.
    ///
    /// ## How to fix
    ///
    /// Correct the id, or declare the promotion or coupon.
    pub struct UnknownOffer;
    code = "R004", name = "unknown-offer", family = "refs",
    severity = Error, summary = "stacking or copy names a promotion or coupon that is not declared"
}

impl Rule for UnknownOffer {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if ctx.failed_at(&PLAN.promotions()) || ctx.failed_at(&PLAN.coupons()) {
            return;
        }
        if !ctx.ids_complete(&PLAN.promotions()) || !ctx.ids_complete(&PLAN.coupons()) {
            return;
        }
        let c = ctx.campaign;
        // The references are visited, not collected: a large plan's copy has tens of
        // thousands.
        let stacking = c.stacking.as_ref();
        let standalone = stacking
            .and_then(|s| s.standalone.as_ref())
            .into_iter()
            .flat_map(|s| s.iter_at(PLAN.stacking().standalone()))
            .map(|(at, id)| Ref::at(at, id.as_str()));
        let exclusive = stacking
            .and_then(|s| s.exclusive.as_ref())
            .into_iter()
            .flat_map(|e| e.iter_at(PLAN.stacking().exclusive()))
            .flat_map(|(at, group)| group.iter_at(at).map(|(at, id)| Ref::at(at, id.as_str())));
        let advertised = c.copy_at().flat_map(|(at, copy)| {
            copy.advertises
                .iter()
                .flat_map(move |a| a.iter_at(at.advertises()))
                .map(|(at, id)| Ref::at(at, id.as_str()))
        });
        let refs = standalone.chain(exclusive).chain(advertised);
        let mut known: Vec<&str> = ctx
            .declared_ids(&PLAN.promotions())
            .into_iter()
            .map(|(_, id)| id)
            .collect();
        known.extend(
            ctx.declared_ids(&PLAN.coupons())
                .into_iter()
                .map(|(_, id)| id),
        );
        report_unknown(ctx, &Self::META, refs, &known, Kind::Offer, out);
    }
}
