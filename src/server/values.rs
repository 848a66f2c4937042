//! Hover on a value: its exact reading — money with 万/亿 written out, a 折 as the share
//! paid and saved, a percentage as a ratio, a date with its weekday.

use crate::finding::Span;
use crate::i18n::{Lang, Msg};
use crate::msg;
use crate::source::{NodeRef, yaml};
use crate::values::{Date, Discount, Money, Percent};

/// The scalar value at byte `offset` of `text`, as written, with its span.
pub fn scalar_at(text: &str, offset: usize) -> Option<(String, Span)> {
    scalar_in(&yaml::load(text, Default::default()), offset)
}

/// The scalar value at byte `offset` of a loaded document, as written, with its span.
pub fn scalar_in(loaded: &yaml::Loaded, offset: usize) -> Option<(String, Span)> {
    let root = loaded.doc.root()?;
    find(root, offset)
}

fn find(node: NodeRef<'_>, offset: usize) -> Option<(String, Span)> {
    let span = node.spans().value;
    if let Some(items) = node.as_array() {
        return items.into_iter().find_map(|item| find(item, offset));
    }
    if node.is_object() {
        return node.entries().find_map(|(_, child)| find(child, offset));
    }
    let inside = span.start <= offset && offset <= span.end;
    let text = node
        .as_str()
        .map(str::to_owned)
        .or_else(|| node.as_number().map(|n| n.to_string()))?;
    inside.then_some((text, span))
}

/// What a value reads as, in `lang`; `None` for text that is no value campspec reads.
pub fn reading(written: &str, currency: &str, lang: Lang) -> Option<String> {
    let written = written.trim();
    let message: Msg = if let Ok(date) = Date::parse(written) {
        let weekday = date.get().weekday().to_monday_one_offset();
        msg!(
            "server-hover-date",
            date = date,
            weekday = i64::from(weekday)
        )
    } else if (written.contains('折') || written.to_ascii_lowercase().contains("off"))
        && let Ok(discount) = Discount::parse(written)
    {
        let (Some(pay), Some(off)) = (discount.pay_ratio(), discount.off_ratio()) else {
            return None;
        };
        msg!(
            "server-hover-discount",
            value = written,
            pay = crate::numfmt::percent_short(pay),
            off = crate::numfmt::percent_short(off),
        )
    } else if written.ends_with('%')
        && let Ok(percent) = Percent::parse(written)
    {
        msg!(
            "server-hover-percent",
            value = written,
            ratio = percent.ratio().normalize().to_string(),
        )
    } else if written
        .chars()
        .any(|c| matches!(c, '¥' | '￥' | '$' | '€' | '£' | '元'))
        && let Ok(money) = Money::parse(written)
    {
        msg!(
            "server-hover-money",
            value = written,
            amount = crate::numfmt::money_cents(money.amount, currency),
        )
    } else if written.chars().any(|c| matches!(c, '万' | '亿'))
        && let Ok(number) = Money::parse(written)
    {
        // A count or an amount without its sign: the number written out.
        msg!(
            "server-hover-number",
            value = written,
            number = crate::numfmt::group_thousands(number.amount),
        )
    } else {
        return None;
    };
    Some(message.render(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_exactly() {
        assert_eq!(
            reading("¥1.5亿", "CNY", Lang::En).as_deref(),
            Some("`¥1.5亿` is ¥150,000,000.00")
        );
        assert_eq!(
            reading("2万", "CNY", Lang::ZhCn).as_deref(),
            Some("`2万` 即 20,000")
        );
        assert_eq!(
            reading("9折", "CNY", Lang::ZhCn).as_deref(),
            Some("`9折`：按原价的 90% 付款，优惠 10%")
        );
        assert_eq!(
            reading("2027-01-16", "CNY", Lang::En).as_deref(),
            Some("2027-01-16, a Saturday")
        );
        assert_eq!(reading("预热期", "CNY", Lang::En), None);
    }

    #[test]
    fn the_scalar_under_the_cursor_is_found() {
        let text = "budget:\n  total: 1.5亿\n";
        let at = text.find("1.5").expect("value");
        let (value, span) = scalar_at(text, at.saturating_add(1)).expect("a scalar");
        assert_eq!(value, "1.5亿");
        assert_eq!(&text[span.start..span.end], "1.5亿");
    }
}
