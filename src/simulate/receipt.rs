//! The receipt of a priced cart, as text for people and as JSON: the printers of
//! `campspec simulate`, pure functions returning what the command line prints.

use super::Receipt;
use crate::escape;
use std::fmt::Write;

/// The receipt as pretty JSON, one trailing newline, its text escaped for terminals.
pub fn json(r: &Receipt) -> String {
    let mut text = escape::json(serde_json::to_string_pretty(r).unwrap_or_default());
    text.push('\n');
    text
}

/// The breakdown as text. Names come last on each line so that CJK text never breaks
/// the alignment of the numbers. Names and file names are shown through
/// [`escape::line`]: each stays on its line, control characters visible.
pub fn text(r: &Receipt, spec: &str, cart: &str) -> String {
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
