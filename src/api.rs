//! The library's front door: one call per thing campspec does, each returning values
//! (never printing), used alike by the command line, the tests and editor integrations.
//!
//! - [`check_text`](crate::check_text): check one plan held in memory.
//! - [`build`]: a checked plan's documents, engine config and calendar, as bytes.
//! - [`diff`]: what changed between two versions of a plan.
//! - [`simulate`]: price a cart with a checked plan's offers.
//! - [`scaffold`]: the text of a starter plan.

use crate::check::check_cart_with;
use crate::check::{CheckedFile, check_text, load_value};
use crate::diff::{PlanDiff, Side};
use crate::finding::Severity;
use crate::render::templates::TemplateError;
use crate::render::{Output, OutputKind, Templates};
use crate::scaffold::Options;
use crate::settings::Settings;
use crate::simulate::{CheckedCart, Receipt, price_in, receipt_lang};

/// The documents of `kinds` for a checked plan, as files to write into its output
/// directory; nothing for a plan that did not model. The review is produced only when
/// the plan has `results`.
pub fn build(
    checked: &CheckedFile,
    templates: &Templates,
    kinds: &[OutputKind],
) -> Result<Vec<Output>, Box<TemplateError>> {
    crate::render::outputs(checked, templates, kinds)
}

/// One version of a plan to compare: what it is called in the output
/// (`specs/a.campaign.yaml`, `main:specs/a.campaign.yaml`) and its text.
#[derive(Clone, Debug)]
pub struct Version {
    pub label: String,
    pub text: String,
}

/// What changed from `old` to `new` (either missing: a plan added or removed), each side
/// checked under `settings` (each side's findings in the language it asks for), the
/// diff's sentences in `lang`.
pub fn diff(
    old: Option<Version>,
    new: Option<Version>,
    settings: &Settings,
    lang: crate::i18n::Lang,
) -> PlanDiff {
    let load = |v: Version| {
        let raw = load_value(&v.text, settings).unwrap_or(serde_json::Value::Null);
        let checked = check_text(&v.label, v.text, settings);
        (v.label, checked, raw)
    };
    let (old, new) = (old.map(load), new.map(load));
    let (old, new) = (old.as_ref().map(side), new.as_ref().map(side));
    crate::diff::diff(old.as_ref(), new.as_ref(), lang)
}

/// A checked version as the comparison reads it.
fn side((label, checked, raw): &(String, CheckedFile, serde_json::Value)) -> Side<'_> {
    Side {
        label: label.clone(),
        checked,
        raw: raw.clone(),
    }
}

/// Why a checked plan cannot price a cart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unpriced {
    /// campspec failed on the plan (or could not read it).
    Crashed,
    /// The plan did not model, or its offers could not be analysed.
    Unmodelled,
    /// The plan has errors.
    Errors,
}

impl Unpriced {
    /// Why `plan` cannot price a cart, or `None` when it can.
    pub fn of(plan: &CheckedFile) -> Option<Unpriced> {
        if plan.failure.is_some() || plan.crashed() {
            Some(Unpriced::Crashed)
        } else if plan.campaign.is_none() || plan.analysis.is_none() {
            Some(Unpriced::Unmodelled)
        } else if plan.count(Severity::Error) > 0 {
            Some(Unpriced::Errors)
        } else {
            None
        }
    }
}

/// A cart checked against a plan and, when it has no errors, priced.
#[derive(Debug)]
pub struct Simulation {
    /// The cart's text and findings.
    pub cart: CheckedCart,
    /// Every step of the price, when the cart could be priced.
    pub receipt: Option<Receipt>,
}

/// Checks the cart `cart_text` (called `cart_path` in findings) and prices it with
/// `plan`'s offers, the best combination the customer may use.
pub fn simulate(
    plan: &CheckedFile,
    cart_path: &str,
    cart_text: String,
    settings: &Settings,
) -> Result<Simulation, Unpriced> {
    if let Some(why) = Unpriced::of(plan) {
        return Err(why);
    }
    let (Some(campaign), Some(analysis)) = (&plan.campaign, &plan.analysis) else {
        return Err(Unpriced::Unmodelled);
    };
    // A cart that names another plan than `plan` is said to (a warning).
    let plan_path = std::path::Path::new(&plan.path);
    let cart = check_cart_with(cart_path, cart_text, campaign, Some(plan_path), settings);
    let lang = receipt_lang(campaign, settings);
    let receipt = cart.cart.as_ref().map(|c| {
        price_in(
            campaign,
            &analysis.offers,
            c,
            Some(analysis.worst.depth),
            lang,
        )
    });
    Ok(Simulation { cart, receipt })
}

/// The starter plan's text for `options`, with `schema` (a relative path or URL) in its
/// editor modeline. Fails only when the dates run past the calendar's end.
pub fn scaffold(options: &Options, schema: &str) -> Result<String, String> {
    crate::scaffold::render(options, schema)
}
