//! The analyse step: the worst-case stacking analysis (when the plan's price-relevant
//! sections read, or enough of them for a lower bound) and the customer-facing text
//! the wording rules read, computed once per plan for every rule.

use super::speed;
use crate::analysis::Analysis;
use crate::model::{self, Campaign};
use crate::settings::Settings;
use crate::source::pointer;
use crate::wording::Wording;
use std::collections::HashSet;

/// The sections the stacking analysis reads.
const PRICE_SECTIONS: &[&str] = &["/promotions", "/coupons", "/stacking", "/guardrails"];

/// What the rules read besides the model.
pub(crate) struct Analysed<'c> {
    /// The worst-case analysis; a lower bound (`Analysis::lower_bound`) when some whole
    /// offers failed to read.
    pub(crate) analysis: Option<Analysis>,
    /// The customer-facing text, its lexicon hits and claims.
    pub(crate) wording: Wording<'c>,
}

impl Analysed<'_> {
    /// The analysis shown as the plan's exposure: only an exact one.
    pub(crate) fn exposure(self) -> Option<Analysis> {
        self.analysis.filter(|a| !a.lower_bound)
    }
}

/// Analyses `campaign`, whose values at `failed` did not read.
pub(crate) fn analyse<'c>(
    campaign: &'c Campaign,
    failed: &[String],
    settings: &Settings,
) -> Analysed<'c> {
    let clean = |at: &str| {
        !failed
            .iter()
            .any(|f| pointer::is_within(f, at) || pointer::is_within(at, f))
    };
    // The worst-case analysis, once, when every price-relevant section is clean.
    let priced = PRICE_SECTIONS.iter().all(|s| clean(s));
    let bounded = !priced
        && only_whole_offers_failed(failed)
        && clean("/stacking")
        && clean("/guardrails/min_order");
    let (analysis, wording) = speed::analysis_beside_wording(
        || {
            if priced || bounded {
                Analysis::of(campaign).ok().map(|mut a| {
                    a.lower_bound = !priced;
                    a
                })
            } else {
                None
            }
        },
        || Wording::of_lazy(campaign, || settings.lexicon()),
    );
    Analysed { analysis, wording }
}

/// With some offers unreadable but every limit read (the stacking section and the
/// minimum order), the offers that did read give a lower bound of the depth. Only whole
/// offers may be missing: an offer kept without a field that failed (a coupon's `cap`,
/// a tier's repeat limit) could make the worst case deeper than the plan allows, and
/// the figure would be no bound at all. An offer with a required value unknown
/// (`model::Known`: a tier's spend, a coupon's `min_spend`) is left out of the analysis
/// whole, like one that failed.
fn only_whole_offers_failed(failed: &[String]) -> bool {
    let failed_set: HashSet<&str> = failed.iter().map(String::as_str).collect();
    failed.iter().all(|f| {
        let offer = ["/promotions/", "/coupons/"].iter().find_map(|section| {
            let rest = f.strip_prefix(section)?;
            let index = rest.split('/').next()?;
            f.get(..section.len().saturating_add(index.len()))
        });
        offer.is_none_or(|item| failed_set.contains(item) || model::is_recoverable(f))
    })
}
