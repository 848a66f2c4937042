//! `campspec simulate`: price a cart with a plan's offers and show every step.

use super::check::load_settings;
use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, print, print_error};
use crate::check::{CheckedFile, check_file};
use crate::escape;
use crate::report::human;
use crate::simulate::{self, Receipt};
use clap::ValueEnum;
use std::fmt::Write;
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Examples:
  campspec simulate specs/cny-2027.campaign.yaml --cart specs/carts/cny-2027-diamond.cart.yaml
  campspec simulate plan.campaign.yaml --cart cart.yaml --format json

A cart gives the order time, the customer and the items:
  at: 2027-01-20 20:05
  customer: { member_level: diamond, audience: [dormant_90d] }
  items:
    - { name: 年货礼盒, price: 399, quantity: 2, scope: 礼品 }
    - { name: 爆款保温杯, price: 129, flash: true }
  coupons: [win-back, gifting]      # optional: the coupons held (default: all allowed)

The cart is priced as the plan says (item-level price, then spend tiers on the
item-level subtotal, then coupons on what the tiers leave, never below zero, half-up
to the cent), with the best combination the customer may use.

Exit codes: 0 priced, 1 the plan or the cart has errors, 2 campspec could not run.";

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

    /// Settings file [default: campspec.toml in the current directory or a parent]
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,

    /// Ignore any campspec.toml
    #[arg(long)]
    pub no_config: bool,
}

fn show_findings(file: &CheckedFile) {
    print(&human::render(
        std::slice::from_ref(file),
        human::Options::default(),
    ));
}

pub fn run(args: Args) -> i32 {
    let settings = match load_settings(args.config.as_ref(), args.no_config) {
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
    if spec.crashed() {
        show_findings(&spec);
        return EXIT_FAILURE;
    }
    let errors = spec.count(crate::finding::Severity::Error);
    let (Some(campaign), Some(analysis)) = (&spec.campaign, &spec.analysis) else {
        show_findings(&spec);
        print_error("the plan's offers cannot be priced until its errors are fixed");
        return EXIT_FINDINGS;
    };
    if errors > 0 {
        show_findings(&spec);
        print_error("the plan has errors; fix them before simulating");
        return EXIT_FINDINGS;
    }
    let text = match crate::fs::read_regular_to_string(&args.cart) {
        Ok(text) => text,
        Err(error) => {
            print_error(&format!("cannot read {}: {error}", args.cart.display()));
            return EXIT_FAILURE;
        }
    };
    let cart_path = args.cart.display().to_string();
    let checked = simulate::check_cart(&cart_path, text, campaign, &settings);
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
    let Some(cart) = &checked.cart else {
        return EXIT_FINDINGS;
    };
    let receipt = simulate::price(campaign, &analysis.offers, cart, Some(analysis.worst.depth));
    match args.format {
        Format::Json => {
            let mut text =
                crate::escape::json(serde_json::to_string_pretty(&receipt).unwrap_or_default());
            text.push('\n');
            print(&text);
        }
        Format::Human => print(&render(&receipt, &spec.path, &cart_path)),
    }
    EXIT_OK
}

/// The breakdown as text. Names come last on each line so that CJK text never breaks
/// the alignment of the numbers. Names and file names are shown through
/// [`escape::line`]: each stays on its line, control characters visible.
pub fn render(r: &Receipt, spec: &str, cart: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} priced with {}", one_line(cart), one_line(spec));
    let _ = writeln!(out, "order at {}\n", r.at);
    let width = r
        .lines
        .iter()
        .map(|l| l.list.len())
        .chain([r.list_total.len(), r.paid.len()])
        .max()
        .unwrap_or(10)
        .max(10);
    receipt_lines(&mut out, r, width);
    receipt_steps(&mut out, r, width);
    receipt_saving(&mut out, r);
    // The first line starts with the cart's file name, which could start with `::`.
    escape::no_commands(out)
}

/// A name or file name on one line, control characters visible.
fn one_line(text: &str) -> String {
    escape::line(text).into_owned()
}

/// The cart's lines and the list total; amounts right-aligned to `width`.
fn receipt_lines(out: &mut String, r: &Receipt, width: usize) {
    for line in &r.lines {
        let mut notes = Vec::new();
        if let Some(scope) = &line.scope {
            notes.push(one_line(scope));
        }
        if line.flash {
            notes.push("flash".into());
        }
        let notes = if notes.is_empty() {
            String::new()
        } else {
            format!(" ({})", notes.join(", "))
        };
        let _ = writeln!(
            out,
            "  {:>3} × {:>10} {:>width$}  {}{}",
            line.quantity,
            line.unit_price,
            line.list,
            one_line(&line.name),
            notes
        );
    }
    let _ = writeln!(out, "  {:>16} {:>width$}  list total\n", "", r.list_total);
}

/// The three steps (item level, spend tiers, coupons) and what is paid.
fn receipt_steps(out: &mut String, r: &Receipt, width: usize) {
    let step = |out: &mut String, label: &str, amount: &str, text: &str| {
        let _ = writeln!(out, "  {label:<16} {amount:>width$}  {text}");
    };
    match &r.item_level {
        Some(item) => {
            step(
                out,
                "1 item level",
                &format!("−{}", item.saving),
                &one_line(&format!(
                    "{} {}: {} → {} ({})",
                    item.id, item.name, item.applies_to, item.becomes, item.price
                )),
            );
        }
        None => step(out, "1 item level", "", "no item-level price"),
    }
    step(out, "", &r.subtotal, "item-level subtotal");
    if r.tiers.is_empty() {
        step(out, "2 spend tiers", "", "none reached");
    }
    for (n, tier) in r.tiers.iter().enumerate() {
        let label = if n == 0 { "2 spend tiers" } else { "" };
        step(
            out,
            label,
            &format!("−{}", tier.saving),
            &one_line(&format!("{} {}: {}", tier.id, tier.name, tier.tier)),
        );
    }
    step(out, "", &r.after_tiers, "after tiers");
    if r.coupons.is_empty() {
        step(out, "3 coupons", "", "none usable");
    }
    for (n, coupon) in r.coupons.iter().enumerate() {
        let label = if n == 0 { "3 coupons" } else { "" };
        step(
            out,
            label,
            &format!("−{}", coupon.saving),
            &one_line(&format!(
                "{} {}: {} ≥ {}",
                coupon.id, coupon.name, coupon.base, coupon.min_spend
            )),
        );
    }
    if r.floored {
        step(out, "", "", "(floored at zero)");
    }
    let _ = writeln!(out, "  {:<16} {:>width$}", "= paid", r.paid);
}

/// The saving against the worst case, the gifts and the offers not applied.
fn receipt_saving(out: &mut String, r: &Receipt) {
    let percent = r
        .depth
        .parse::<rust_decimal::Decimal>()
        .map(|d| crate::numfmt::percent(d, 2))
        .unwrap_or_default();
    let _ = write!(out, "\n  saving {} = {percent} of the list total", r.saving);
    if let Some(worst) = &r.worst_case_depth {
        let worst = worst
            .parse::<rust_decimal::Decimal>()
            .map(|d| crate::numfmt::percent(d, 2))
            .unwrap_or_default();
        let _ = write!(out, " (the plan's worst case: {worst})");
    }
    out.push('\n');
    if r.below_min_order {
        out.push_str(
            "  note: this order is below the smallest order value the worst case considers\n",
        );
    }
    for gift in &r.gifts {
        let _ = writeln!(
            out,
            "  gift: {} ({}: paid ≥ {})",
            one_line(&gift.gift),
            gift.id,
            gift.spend
        );
    }
    if !r.not_applied.is_empty() {
        out.push_str("\nnot applied:\n");
        let id_width = r.not_applied.iter().map(|s| s.id.len()).max().unwrap_or(0);
        for skipped in &r.not_applied {
            let _ = writeln!(
                out,
                "  {:id_width$}  {}",
                one_line(&skipped.id),
                one_line(&skipped.reason)
            );
        }
    }
}
