//! A stock quantity written in the words in other ways than 限量N件 and 共N份 (which
//! `crate::wording::claims` reads): 共发售888双, 本次共备货3000台, 仅剩200袋, 名额100个,
//! "1,000 units at launch", "only 200 left". A limit per customer (每人限购1双, "2 per
//! customer") is no stock quantity.

use super::{CLASSIFIER, NUMBER, Text, compiled};
use crate::wording::re::Re;
use std::sync::OnceLock;

fn stated() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        [
            // 共发售888双, 本次共备货3000台, 首批上架500件, 库存200件, 仅剩200袋, 最后3件
            format!(r"(?:发售|备货|上架|推出|提供|放出|准备|投放|开放|限售|发行|生产|供应|库存|现货|剩余|仅剩|只剩|还剩|剩下|最后)\s*(?:仅|只|共|了)?\s*{NUMBER}\s*{CLASSIFIER}"),
            // 名额100个, 名额仅50名
            format!(r"(?:名额|席位|座位)\s*(?:共|仅|只|为|有)?\s*{NUMBER}\s*(?:个|名|位|席)"),
            // 1,000 units at launch, 500 pairs made
            r"(?-u:\b)[0-9]+(?:,[0-9]{3})*\s+(?:units?|pieces|items|pairs|boxes|bottles|sets|tickets|places|spots|seats|vouchers|codes|bags|copies|kits|bikes|prizes|pieces)(?-u:\b)(?:\s+(?:only|in\s+total|at\s+launch|available|in\s+stock|worldwide|made|released|produced|left))?".to_owned(),
            r"(?-u:\b)(?:only|just)\s+[0-9]+(?:,[0-9]{3})*\s+(?:[a-z'-]+\s+){0,2}(?:left|remaining|available|made|produced)(?-u:\b)".to_owned(),
        ]
        .join("|")
    })
}

/// A limit per customer or order right after a count (`2 items per customer`).
fn per_customer() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"^\s*(?:per|each|a)\s+(?:customer|person|household|order|shopper|account)".to_owned()
    })
}

/// Whether the words state a stock quantity (see the module documentation).
pub(crate) fn states_quantity(original: &str) -> bool {
    let text = Text::new(original);
    let s = text.as_str();
    let Some(re) = stated() else { return false };
    re.find_iter(s)
        .any(|m| !per_customer().is_some_and(|p| p.is_match(s.get(m.end()..).unwrap_or_default())))
}

#[cfg(test)]
pub(super) fn compile_all() -> bool {
    stated().is_some() && per_customer().is_some()
}

#[cfg(test)]
mod tests {
    use super::states_quantity;

    #[test]
    fn quantities_in_other_words_are_read() {
        for text in [
            "限量款共发售888双，每人限购1双",
            "本次共备货3000台，售完恢复原价",
            "现货仅剩200袋",
            "名额共100个，报满即止",
            "While stocks last (1,000 units at launch)",
            "Only 200 left in stock",
        ] {
            assert!(states_quantity(text), "{text}");
        }
    }

    #[test]
    fn limits_per_customer_and_vague_stock_are_no_quantity() {
        for text in [
            "限量抢购，每人限购2件",
            "库存紧张，随时下架",
            "Limit 2 items per customer while stocks last",
            "Stocks are running out",
            "3 days left",
        ] {
            assert!(!states_quantity(text), "{text}");
        }
    }
}
