//! Hover on a value: its exact reading — money with 万/亿 written out, a 折 as the share
//! paid and saved, a percentage as a ratio, a date with its weekday, a range from its low
//! to its high end. Where the field's schema says what it holds (money), a number
//! written bare reads as that (`amount: 200万` is ¥2,000,000.00 in a CNY plan).

use crate::finding::Span;
use crate::i18n::{Lang, Msg};
use crate::msg;
use crate::server::cursor::Seg;
use crate::source::{NodeRef, yaml};
use crate::values::{Date, Discount, Money, Percent};

/// A scalar under the cursor: as written, its span, and where it sits — the path from
/// the root and, for each step, the scalar entries of the mapping that step is a key of
/// (they choose a promotion's conditional fields in the schema).
pub struct Scalar {
    pub text: String,
    pub span: Span,
    pub path: Vec<Seg>,
    pub written: Vec<Vec<(String, String)>>,
}

/// The scalar value at byte `offset` of `text`, as written, with its span.
pub fn scalar_at(text: &str, offset: usize) -> Option<(String, Span)> {
    scalar_in(&yaml::load(text, Default::default()), offset)
}

/// The scalar value at byte `offset` of a loaded document, as written, with its span.
pub fn scalar_in(loaded: &yaml::Loaded, offset: usize) -> Option<(String, Span)> {
    scalar_with_path(loaded, offset).map(|s| (s.text, s.span))
}

/// The scalar value at byte `offset` of a loaded document, with where it sits.
pub fn scalar_with_path(loaded: &yaml::Loaded, offset: usize) -> Option<Scalar> {
    let root = loaded.doc.root()?;
    let mut path = Vec::new();
    let mut written = Vec::new();
    let (text, span) = find_path(root, offset, &mut path, &mut written)?;
    Some(Scalar {
        text,
        span,
        path,
        written,
    })
}

/// [`find`], recording the steps taken (each node is visited once: a step that leads
/// nowhere is taken back).
fn find_path(
    node: NodeRef<'_>,
    offset: usize,
    path: &mut Vec<Seg>,
    written: &mut Vec<Vec<(String, String)>>,
) -> Option<(String, Span)> {
    let depth = path.len();
    let mut step = |seg: Seg, child: NodeRef<'_>| {
        path.push(seg);
        written.push(Vec::new());
        let found = find_path(child, offset, path, written);
        if found.is_none() {
            path.pop();
            written.pop();
        }
        found
    };
    if let Some(items) = node.as_array() {
        return items.into_iter().find_map(|item| step(Seg::Item, item));
    }
    if node.is_object() {
        let found = node
            .entries()
            .find_map(|(key, child)| step(Seg::Key(key.to_owned()), child))?;
        // The keys written beside the step taken, read only on the way that led there.
        if let Some(slot) = written.get_mut(depth) {
            *slot = node
                .entries()
                .filter_map(|(k, v)| Some((k.to_owned(), v.as_str()?.to_owned())))
                .collect();
        }
        return Some(found);
    }
    find(node, offset)
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

/// What a value reads as, in `lang`, given the `format` its field's schema declares
/// (`campspec-money`, `campspec-numberrange`…), if known; `None` for text that is no
/// value campspec reads.
pub fn reading_as(
    written: &str,
    format: Option<&str>,
    currency: &str,
    lang: Lang,
) -> Option<String> {
    let written = written.trim();
    if let Some((low, high)) = written.split_once("..") {
        let (Some(low), Some(high)) = (exact(low, format, currency), exact(high, format, currency))
        else {
            return None;
        };
        return Some(
            msg!(
                "server-hover-range",
                value = written,
                low = low,
                high = high
            )
            .render(lang),
        );
    }
    if format == Some("campspec-money")
        && let Ok(money) = Money::parse(written)
    {
        return Some(
            msg!(
                "server-hover-money",
                value = written,
                amount = crate::numfmt::money_cents(money.amount, currency),
            )
            .render(lang),
        );
    }
    reading(written, currency, lang)
}

/// One end of a range, exactly: an amount with its currency, a percentage, a number
/// written out.
fn exact(side: &str, format: Option<&str>, currency: &str) -> Option<String> {
    let side = side.trim();
    if side.ends_with('%') {
        let percent = Percent::parse(side).ok()?;
        return Some(crate::numfmt::percent_short(percent.ratio()));
    }
    let money = Money::parse(side).ok()?;
    let sign = side
        .chars()
        .any(|c| matches!(c, '¥' | '￥' | '$' | '€' | '£' | '元'));
    Some(if sign || format == Some("campspec-money") {
        crate::numfmt::money_cents(money.amount, currency)
    } else {
        crate::numfmt::group_thousands(money.amount)
    })
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
    fn a_field_says_what_a_bare_number_is() {
        let money = Some("campspec-money");
        assert_eq!(
            reading_as("200万", money, "CNY", Lang::En).as_deref(),
            Some("`200万` is ¥2,000,000.00")
        );
        assert_eq!(
            reading_as("1500", money, "USD", Lang::En).as_deref(),
            Some("`1500` is $1,500.00")
        );
        // Without the field's word a bare number is only a number.
        assert_eq!(
            reading_as("200万", None, "CNY", Lang::En).as_deref(),
            Some("`200万` is 2,000,000")
        );
        assert_eq!(reading_as("1500", None, "CNY", Lang::En), None);
    }

    #[test]
    fn ranges_read_from_end_to_end() {
        assert_eq!(
            reading_as("15%..20%", Some("campspec-numberrange"), "CNY", Lang::En).as_deref(),
            Some("`15%..20%`: from 15% to 20%, both included")
        );
        assert_eq!(
            reading_as("2..3", None, "CNY", Lang::ZhCn).as_deref(),
            Some("`2..3`：从 2 到 3（含两端）")
        );
        assert_eq!(
            reading_as("¥1万..¥2万", None, "CNY", Lang::En).as_deref(),
            Some("`¥1万..¥2万`: from ¥10,000.00 to ¥20,000.00, both included")
        );
        assert_eq!(reading_as("a..b", None, "CNY", Lang::En), None);
    }

    #[test]
    fn the_path_of_the_scalar_is_found() {
        let text = "budget:\n  lines:\n    - { id: kol, amount: 350万 }\n";
        let loaded = yaml::load(text, Default::default());
        let at = text.find("350").expect("value");
        let scalar = scalar_with_path(&loaded, at).expect("a scalar");
        assert_eq!(scalar.text, "350万");
        assert_eq!(
            scalar.path,
            [
                Seg::Key("budget".into()),
                Seg::Key("lines".into()),
                Seg::Item,
                Seg::Key("amount".into())
            ]
        );
        assert!(scalar.written[3].contains(&("id".to_owned(), "kol".to_owned())));
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
