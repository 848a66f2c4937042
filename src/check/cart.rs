//! The check stage for a cart (`campspec simulate`): the same front stages as a plan
//! (load → validate → model), then the cart rules against the plan it is priced with.

use super::locate::{Collector, Locator};
use super::validate::front;
use crate::finding::{Finding, Severity};
use crate::model::{Campaign, Cart};
use crate::rules::cart::{CartOutsideWindow, CartUnknownReference};
use crate::schema;
use crate::settings::Settings;
use crate::source::Source;
use std::sync::Arc;

/// A cart that was read and checked.
#[derive(Debug)]
pub struct CheckedCart {
    pub source: Arc<Source>,
    pub findings: Vec<Finding>,
    /// The cart, when it could be modelled and has no errors.
    pub cart: Option<Cart>,
}

/// Reads and checks a cart against the plan it is priced with.
pub fn check_cart(
    path: &str,
    text: String,
    campaign: &Campaign,
    settings: &Settings,
) -> CheckedCart {
    let source = Arc::new(Source::new(path.to_owned(), text));
    let loaded = super::load::load(&source, settings);
    // A cart's findings speak the language of the plan it is priced with.
    let plan_lang = crate::render::locale::Lang::of(campaign);
    let mut out = Collector::with_lang(
        settings,
        settings.lang().plan_lang(Some(match plan_lang {
            crate::render::locale::Lang::Zh => crate::i18n::Lang::ZhCn,
            crate::render::locale::Lang::En => crate::i18n::Lang::En,
        })),
    );
    let locator = Locator::new(&loaded, &source.text);
    let cart = front::<Cart>(&loaded, &locator, schema::Document::Cart, &mut out).map(
        |(cart, _failed)| {
            let mut drafts = Vec::new();
            CartUnknownReference::check_cart(&cart, campaign, &mut drafts);
            CartOutsideWindow::check_cart(&cart, campaign, &mut drafts);
            for draft in drafts {
                out.push_draft(&locator, draft);
            }
            cart
        },
    );
    let findings = out.finish();
    let has_errors = findings.iter().any(|f| f.severity == Severity::Error);
    CheckedCart {
        source,
        findings,
        cart: if has_errors { None } else { cart },
    }
}
