//! `campspec simulate`: price a cart with a plan's offers and show every step.

use super::check::SettingsArgs;
use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, print, print_error};
use campspec::Unpriced;
use campspec::check::{CheckedFile, check_file};
use campspec::i18n::Lang;
use campspec::msg;
use campspec::report::human;
use campspec::settings::Settings;
use campspec::simulate::{receipt, receipt_lang};
use clap::ValueEnum;
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Examples:
  campspec simulate specs/cny-2027.campaign.yaml --cart specs/carts/cny-2027-diamond.cart.yaml
  campspec simulate plan.campaign.yaml --cart cart.yaml --format json
  campspec simulate plan.campaign.yaml --cart cart.yaml --today 2027-01-15

A cart gives the order time, the customer and the items:
  at: 2027-01-20 20:05
  customer: { member_level: diamond, audience: [dormant_90d] }
  items:
    - { name: 年货礼盒, price: 399, quantity: 2, scope: 礼品 }
    - { name: 爆款保温杯, price: 129, flash: true }
  coupons: [win-back, gifting]      # optional: the coupons held (default: all allowed)

The cart is priced as the plan says (item-level price, then spend tiers on the
item-level subtotal, then coupons on what the tiers leave, never below zero, half-up
to the cent), with the best combination the customer may use. In JSON every amount
is an exact decimal string to the cent in the plan's `currency` (1045.70), as in
rules.json, never a JSON number.

Exit codes: 0 priced, 1 the plan or the cart has errors, 2 campspec could not run (an
unreadable file or settings, a file over --max-file-size).";

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A step-by-step breakdown.
    Human,
    /// The breakdown as JSON.
    Json,
}

/// Price a cart with a plan's offers, step by step.
#[derive(clap::Args, Debug)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// The plan (a *.campaign.yaml file)
    #[arg(value_name = "SPEC")]
    pub spec: PathBuf,

    /// The cart to price (YAML)
    #[arg(long, value_name = "CART")]
    pub cart: PathBuf,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    #[command(flatten)]
    pub settings: SettingsArgs,
}

fn show_findings(file: &CheckedFile) {
    print(&human::render(
        std::slice::from_ref(file),
        human::Options::default(),
    ));
}

pub fn run(args: Args) -> i32 {
    let settings = match args.settings.load() {
        Ok(settings) => settings,
        Err(message) => {
            print_error(&message);
            return EXIT_FAILURE;
        }
    };
    let spec = check_file(&args.spec, &settings);
    if let Some(failure) = &spec.failure {
        print_error(failure);
        return EXIT_FAILURE;
    }
    let lang = lang_of(&spec, &settings);
    // A plan over the size limit is not read (finding Y010): nothing to price with, so
    // campspec could not run, as for a cart over the limit.
    if spec.findings.iter().any(|f| f.code == "Y010") {
        return too_large(&args.spec, &settings, lang);
    }
    if std::fs::metadata(&args.cart).is_ok_and(|m| m.len() > settings.max_file_size) {
        return too_large(&args.cart, &settings, lang);
    }
    if let Some(why) = Unpriced::of(&spec) {
        return unpriced(&spec, why, lang);
    }
    let text = match campspec::fs::read_regular_to_string(&args.cart) {
        Ok(text) => text,
        Err(error) => {
            let path = args.cart.display().to_string();
            let error = campspec::fs::io_words(&error);
            print_error(&msg!("sim-cannot-read", path = path, error = error).render(lang));
            return EXIT_FAILURE;
        }
    };
    let cart_path = args.cart.display().to_string();
    let simulation = match campspec::simulate(&spec, &cart_path, text, &settings) {
        Ok(simulation) => simulation,
        Err(why) => return unpriced(&spec, why, lang),
    };
    let checked = &simulation.cart;
    if !checked.findings.is_empty() {
        let as_file = CheckedFile {
            path: cart_path.clone(),
            source: Some(checked.source.clone()),
            findings: checked.findings.clone(),
            campaign: None,
            failure: None,
            analysis: None,
            released: None,
        };
        show_findings(&as_file);
    }
    let Some(receipt) = &simulation.receipt else {
        return EXIT_FINDINGS;
    };
    match args.format {
        Format::Json => print(&receipt::json(receipt)),
        Format::Human => print(&receipt::text(receipt, &spec.path, &cart_path)),
    }
    EXIT_OK
}

/// Says that `path` is over the size limit and was not read; the exit code.
fn too_large(path: &std::path::Path, settings: &Settings, lang: Lang) -> i32 {
    let path = path.display().to_string();
    let limit = settings.max_file_size;
    print_error(&msg!("sim-too-large", path = path, limit = limit).render(lang));
    EXIT_FAILURE
}

/// The language of what `simulate` says about `spec`: the receipt's (the plan's under
/// `auto`), or the run's when the plan did not model.
fn lang_of(spec: &CheckedFile, settings: &Settings) -> Lang {
    match &spec.campaign {
        Some(campaign) => receipt_lang(campaign, settings),
        None => super::run_lang(Some(settings)),
    }
}

/// Shows why the plan cannot price a cart, in `lang`; the exit code.
fn unpriced(spec: &CheckedFile, why: Unpriced, lang: Lang) -> i32 {
    show_findings(spec);
    let message = match why {
        Unpriced::Crashed => return EXIT_FAILURE,
        Unpriced::Unmodelled => msg!("sim-unmodelled"),
        Unpriced::Errors => msg!("sim-plan-errors"),
    };
    print_error(&message.render(lang));
    EXIT_FINDINGS
}
