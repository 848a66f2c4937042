//! Ids for the editor: where an id is defined (an item's `id:`) and where it is used
//! (owners, phases, goal targets, `advertises`, `exclusive`, `standalone`, `needed_by`,
//! `funded_by`), for go to definition and find references.

use crate::finding::Span;
use crate::source::{NodeRef, yaml};

/// The keys whose values (a scalar or a list of scalars) name ids of other items, and
/// mappings whose keys are ids (`targets`).
const REFERENCE_KEYS: &[&str] = &[
    "owner",
    "phase",
    "phases",
    "needed_by",
    "funded_by",
    "advertises",
    "exclusive",
    "standalone",
    "goal",
];

/// The mappings whose keys are goal ids.
pub const KEYED_BY_ID: &[&str] = &["targets"];

/// Every id definition and use of one document.
#[derive(Debug, Default)]
pub struct Index {
    /// (id, span of its value) for each item's `id:`.
    pub definitions: Vec<(String, Span)>,
    /// The section of each definition, in the same order (`teams`, `budget.lines`…).
    pub sections: Vec<String>,
    /// The `name` of each defined item, when it has one, in the same order.
    pub names: Vec<Option<String>>,
    /// (id, span) for each use.
    pub uses: Vec<(String, Span)>,
}

impl Index {
    /// The index of `text`.
    pub fn of(text: &str) -> Index {
        Index::of_loaded(&yaml::load(text, Default::default()))
    }

    /// The index of a document already loaded.
    pub fn of_loaded(loaded: &yaml::Loaded) -> Index {
        let mut index = Index::default();
        if let Some(root) = loaded.doc.root() {
            walk(root, None, "", &mut index);
        }
        index
    }

    /// The id at byte `offset`, from a definition or a use.
    pub fn id_at(&self, offset: usize) -> Option<&str> {
        self.definitions
            .iter()
            .chain(&self.uses)
            .find(|(_, span)| span.start <= offset && offset <= span.end)
            .map(|(id, _)| id.as_str())
    }

    /// Where `id` is defined.
    pub fn definition(&self, id: &str) -> Option<Span> {
        self.definitions
            .iter()
            .find(|(d, _)| d == id)
            .map(|(_, span)| *span)
    }

    /// The section and name of the item `id` names.
    pub fn item(&self, id: &str) -> Option<(&str, Option<&str>)> {
        let at = self.definitions.iter().position(|(d, _)| d == id)?;
        let section = self.sections.get(at)?;
        let name = self.names.get(at).and_then(|n| n.as_deref());
        Some((section.as_str(), name))
    }

    /// Every place `id` is written: its definition first, then its uses in order.
    pub fn references(&self, id: &str) -> Vec<Span> {
        let mut out: Vec<Span> = self.definition(id).into_iter().collect();
        out.extend(
            self.uses
                .iter()
                .filter(|(u, _)| u == id)
                .map(|(_, span)| *span),
        );
        out
    }
}

impl Index {
    /// The ids defined in `sections`, in order, without repeats.
    pub fn ids_in(&self, sections: &[&str]) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for ((id, _), section) in self.definitions.iter().zip(&self.sections) {
            if sections.contains(&section.as_str()) && !out.contains(&id.as_str()) {
                out.push(id);
            }
        }
        out
    }
}

fn walk(node: NodeRef<'_>, key: Option<&str>, section: &str, index: &mut Index) {
    if let Some(items) = node.as_array() {
        for item in items {
            walk(item, key, section, index);
        }
        return;
    }
    if !node.is_object() {
        if let (Some(k), Some(text)) = (key, node.as_str())
            && REFERENCE_KEYS.contains(&k)
        {
            index.uses.push((text.to_owned(), node.spans().value));
        }
        return;
    }
    for (k, child) in node.entries() {
        if k == "id" {
            if let Some(text) = child.as_str() {
                index
                    .definitions
                    .push((text.to_owned(), child.spans().value));
                index.sections.push(section.to_owned());
                index
                    .names
                    .push(node.get("name").and_then(|n| n.as_str()).map(str::to_owned));
            }
            continue;
        }
        if key.is_some_and(|parent| KEYED_BY_ID.contains(&parent))
            && let Some(span) = child.spans().key
        {
            index.uses.push((k.to_owned(), span));
        }
        let inner = match section {
            "" => k.to_owned(),
            "budget" => format!("budget.{k}"),
            other => other.to_owned(),
        };
        walk(child, Some(k), &inner, index);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definitions_and_uses_are_found() {
        let text = "teams:\n  - { id: ops, name: 运营部 }\ngoals:\n  - { id: gmv, owner: ops }\nphases:\n  - { id: burst, targets: { gmv: 50% } }\ncopy:\n  - { id: hero, advertises: [burst] }\n";
        let index = Index::of(text);
        let ops = index.references("ops");
        assert_eq!(ops.len(), 2, "{index:?}");
        assert_eq!(&text[ops[0].start..ops[0].end], "ops");
        let gmv = index.references("gmv");
        assert_eq!(gmv.len(), 2, "{index:?}");
        let target_key = gmv[1];
        assert_eq!(&text[target_key.start..target_key.end], "gmv");
        assert!(text[..target_key.start].ends_with("targets: { "));
        assert_eq!(index.references("burst").len(), 2);
        let at = text.find("owner: ops").map(|i| i + 8).unwrap_or_default();
        assert_eq!(index.id_at(at), Some("ops"));
    }
}
