//! The outline of a plan for the editor (`textDocument/documentSymbol`): its sections
//! and, under each, its items by name and id — goals, phases, budget lines, promotions,
//! coupons, copy, risks, materials.

use super::position::Lines;
use crate::source::yaml;
use lsp_types::{DocumentSymbol, SymbolKind};

/// The sections shown, each with the kind its items are drawn as.
const SECTIONS: &[(&str, SymbolKind)] = &[
    ("goals", SymbolKind::CONSTANT),
    ("phases", SymbolKind::EVENT),
    ("promotions", SymbolKind::FUNCTION),
    ("coupons", SymbolKind::STRUCT),
    ("copy", SymbolKind::STRING),
    ("risks", SymbolKind::OBJECT),
    ("materials", SymbolKind::FILE),
    ("teams", SymbolKind::NAMESPACE),
];

/// The outline of `text`; empty when it holds no mapping.
pub fn outline(text: &str, lines: &Lines) -> Vec<DocumentSymbol> {
    let loaded = yaml::load(text, Default::default());
    let Some(root) = loaded.doc.root().filter(|r| r.is_object()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut sections: Vec<(&str, SymbolKind, crate::source::NodeRef<'_>)> = SECTIONS
        .iter()
        .filter_map(|(key, kind)| Some((*key, *kind, root.get(key)?)))
        .collect();
    if let Some(budget_lines) = root.get("budget").and_then(|b| b.get("lines")) {
        sections.push(("budget.lines", SymbolKind::NUMBER, budget_lines));
    }
    for (key, kind, node) in sections {
        let Some(items) = node.as_array() else {
            continue;
        };
        let children: Vec<DocumentSymbol> = items
            .into_iter()
            .filter_map(|item| item_symbol(item, kind, text, lines))
            .collect();
        let spans = node.spans();
        let start = spans.key.map_or(spans.value.start, |k| k.start);
        let selection = spans.key.unwrap_or(spans.value);
        out.push(symbol(
            key.to_owned(),
            None,
            SymbolKind::MODULE,
            lines.range(text, start, spans.value.end.max(selection.end)),
            lines.range(text, selection.start, selection.end),
            children,
        ));
    }
    out
}

/// One item: named by its `name` (or `id`, or `text` for copy), with its id as detail.
fn item_symbol(
    item: crate::source::NodeRef<'_>,
    kind: SymbolKind,
    text: &str,
    lines: &Lines,
) -> Option<DocumentSymbol> {
    let id = item.get("id");
    let id_text = id.and_then(|i| i.as_str()).map(str::to_owned);
    let name = item
        .get("name")
        .or_else(|| item.get("item"))
        .or_else(|| item.get("risk"))
        .and_then(|n| n.as_str())
        .map(str::to_owned)
        .or_else(|| id_text.clone())?;
    let whole = item.spans().value;
    let selection = id.map_or(whole, |i| i.spans().value);
    let detail = id_text.filter(|id| *id != name);
    Some(symbol(
        name,
        detail,
        kind,
        lines.range(text, whole.start, whole.end),
        lines.range(text, selection.start, selection.end),
        Vec::new(),
    ))
}

#[allow(deprecated)] // `deprecated` is a required field of the type.
fn symbol(
    name: String,
    detail: Option<String>,
    kind: SymbolKind,
    range: lsp_types::Range,
    selection_range: lsp_types::Range,
    children: Vec<DocumentSymbol>,
) -> DocumentSymbol {
    DocumentSymbol {
        // An editor shows a name on one line: plan text with line breaks is joined.
        name: Some(name.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| "—".to_owned()),
        detail,
        kind,
        tags: None,
        deprecated: None,
        range,
        selection_range,
        children: (!children.is_empty()).then_some(children),
    }
}
