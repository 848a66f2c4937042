//! The receipt of a priced cart, as text for people and as JSON: the printers of
//! `campspec simulate`, pure functions returning what the command line prints.

use super::Receipt;
use crate::escape;
use crate::i18n::Msg;
use crate::msg;
use std::fmt::Write;

/// The receipt as pretty JSON, one trailing newline, its text escaped for terminals.
pub fn json(r: &Receipt) -> String {
    let mut text = escape::json(serde_json::to_string_pretty(r).unwrap_or_default());
    text.push('\n');
    text
}

/// The breakdown as text, in the receipt's language. Names come last on each line so
/// that CJK text never breaks the alignment of the numbers. Names and file names are
/// shown through [`escape::line`]: each stays on its line, control characters visible.
pub fn text(r: &Receipt, spec: &str, cart: &str) -> String {
    let mut out = String::new();
    let say = |m: Msg| m.render(r.lang);
    let _ = writeln!(
        out,
        "{}",
        say(msg!(
            "sim-header",
            cart = one_line(cart),
            spec = one_line(spec)
        ))
    );
    let _ = writeln!(out, "{}\n", say(msg!("sim-order-at", at = &r.at)));
    let width = r
        .lines
        .iter()
        .map(|l| l.list.shown().len())
        .chain([r.list_total.shown().len(), r.paid.shown().len()])
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

/// The columns a terminal gives `c`: two for the wide (CJK, full-width) characters.
fn columns(c: char) -> usize {
    let wide = matches!(
        u32::from(c),
        0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
    );
    if wide { 2 } else { 1 }
}

/// `text` padded with spaces on the right to `width` terminal columns.
fn pad(text: &str, width: usize) -> String {
    let used = text
        .chars()
        .map(columns)
        .fold(0usize, usize::saturating_add);
    let mut out = text.to_owned();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// The cart's lines and the list total; amounts right-aligned to `width`.
fn receipt_lines(out: &mut String, r: &Receipt, width: usize) {
    let say = |m: Msg| m.render(r.lang);
    for line in &r.lines {
        let mut notes = Vec::new();
        if let Some(scope) = &line.scope {
            notes.push(one_line(scope));
        }
        if line.flash {
            notes.push(say(msg!("sim-note-flash")));
        }
        let notes = match notes.as_slice() {
            [] => String::new(),
            [note] => say(msg!("sim-notes-one", note = note)),
            [first, second, ..] => say(msg!("sim-notes-two", first = first, second = second)),
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
    let _ = writeln!(
        out,
        "  {:>16} {:>width$}  {}\n",
        "",
        r.list_total,
        say(msg!("sim-list-total"))
    );
}

/// The three steps (item level, spend tiers, coupons) and what is paid.
fn receipt_steps(out: &mut String, r: &Receipt, width: usize) {
    let say = |m: Msg| m.render(r.lang);
    let step = |out: &mut String, label: &str, amount: &str, text: &str| {
        let _ = writeln!(out, "  {} {amount:>width$}  {text}", pad(label, 16));
    };
    let item_label = say(msg!("sim-step-item"));
    match &r.item_level {
        Some(item) => {
            let text = msg!(
                "sim-item-step",
                id = &item.id,
                name = &item.name,
                applies = item.applies_to.shown(),
                becomes = item.becomes.shown(),
                price = &item.price
            );
            step(
                out,
                &item_label,
                &format!("−{}", item.saving),
                &one_line(&say(text)),
            );
        }
        None => step(out, &item_label, "", &say(msg!("sim-no-item-level"))),
    }
    step(out, "", r.subtotal.shown(), &say(msg!("sim-item-subtotal")));
    let tiers_label = say(msg!("sim-step-tiers"));
    if r.tiers.is_empty() {
        step(out, &tiers_label, "", &say(msg!("sim-no-tiers")));
    }
    for (n, tier) in r.tiers.iter().enumerate() {
        let label = if n == 0 { tiers_label.as_str() } else { "" };
        let text = msg!(
            "sim-tier-step",
            id = &tier.id,
            name = &tier.name,
            tier = &tier.tier
        );
        step(
            out,
            label,
            &format!("−{}", tier.saving),
            &one_line(&say(text)),
        );
    }
    step(
        out,
        "",
        r.after_tiers.shown(),
        &say(msg!("sim-after-tiers")),
    );
    let coupons_label = say(msg!("sim-step-coupons"));
    if r.coupons.is_empty() {
        step(out, &coupons_label, "", &say(msg!("sim-no-coupons")));
    }
    for (n, coupon) in r.coupons.iter().enumerate() {
        let label = if n == 0 { coupons_label.as_str() } else { "" };
        let text = msg!(
            "sim-coupon-step",
            id = &coupon.id,
            name = &coupon.name,
            base = coupon.base.shown(),
            min = coupon.min_spend.shown()
        );
        step(
            out,
            label,
            &format!("−{}", coupon.saving),
            &one_line(&say(text)),
        );
    }
    if r.floored {
        step(out, "", "", &say(msg!("sim-floored")));
    }
    let _ = writeln!(
        out,
        "  {} {:>width$}",
        pad(&say(msg!("sim-paid")), 16),
        r.paid
    );
}

/// The saving against the worst case, the gifts and the offers not applied.
fn receipt_saving(out: &mut String, r: &Receipt) {
    let say = |m: Msg| m.render(r.lang);
    let percent = r
        .depth
        .parse::<rust_decimal::Decimal>()
        .map(|d| crate::numfmt::percent(d, 2))
        .unwrap_or_default();
    let saving = msg!("sim-saving", saving = r.saving.shown(), percent = percent);
    let _ = write!(out, "\n  {}", say(saving));
    if let Some(worst) = &r.worst_case_depth {
        let worst = worst
            .parse::<rust_decimal::Decimal>()
            .map(|d| crate::numfmt::percent(d, 2))
            .unwrap_or_default();
        let _ = write!(out, "{}", say(msg!("sim-saving-worst", worst = worst)));
    }
    out.push('\n');
    if r.below_min_order {
        let _ = writeln!(out, "  {}", say(msg!("sim-below-min-order")));
    }
    for gift in &r.gifts {
        let text = msg!(
            "sim-gift",
            gift = one_line(&gift.gift),
            id = &gift.id,
            spend = gift.spend.shown()
        );
        let _ = writeln!(out, "  {}", say(text));
    }
    if !r.not_applied.is_empty() {
        let _ = writeln!(out, "\n{}", say(msg!("sim-not-applied")));
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
