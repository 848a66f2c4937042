//! The rules step: every rule `campspec.toml` leaves on reads the plan through one
//! [`Ctx`]; their drafts come back in registry order, with the law each cites for the
//! plan's jurisdictions appended to the help.

use crate::model::{Campaign, Jurisdiction};
use crate::rules::{Ctx, Draft, registry};
use crate::settings::Settings;
use crate::values::Date;
use rayon::prelude::*;

/// Runs the rules on `ctx`; `path` names the file (for the debug-only panic hook).
pub(crate) fn run(ctx: &Ctx<'_>, settings: &Settings, path: &str) -> Vec<Draft> {
    let jurisdictions = ctx
        .wording
        .map(|w| w.jurisdictions.as_slice())
        .unwrap_or_default();
    // Rules are independent readers of the plan: they run side by side (which matters
    // on a large plan) and their drafts are taken in registry order, so the output does
    // not depend on which finished first.
    let drafts: Vec<Vec<Draft>> = registry::all()
        .par_iter()
        .filter(|rule| {
            let meta = rule.meta();
            settings.severity(meta.code, meta.severity).is_some()
        })
        .map(|rule| {
            #[cfg(debug_assertions)]
            crate::contain::test_panic(path);
            #[cfg(not(debug_assertions))]
            let _ = path;
            let mut drafts = Vec::new();
            rule.check(ctx, &mut drafts);
            cite(&mut drafts, jurisdictions);
            drafts
        })
        .collect();
    drafts.into_iter().flatten().collect()
}

/// Appends to each draft's help the law its rule cites for the plan's jurisdictions
/// (only those: a US plan is never pointed to 广告法).
fn cite(drafts: &mut [Draft], jurisdictions: &[Jurisdiction]) {
    for draft in drafts {
        if let Some(law) = draft.meta.citation(jurisdictions) {
            draft.help = Some(match draft.help.take() {
                Some(help) => crate::msg!("finding-help-cites", help = help, law = law),
                None => law,
            });
        }
    }
}

/// The date rules compare with: `settings.today` when given, else today in the spec's
/// time zone (or the system's when it has none).
pub(crate) fn today(campaign: &Campaign, settings: &Settings) -> Date {
    settings.today.unwrap_or_else(|| {
        let now = jiff::Timestamp::now();
        let tz = campaign
            .timezone
            .as_ref()
            .and_then(|t| t.tz())
            .unwrap_or_else(jiff::tz::TimeZone::system);
        Date::from(now.to_zoned(tz).date())
    })
}
