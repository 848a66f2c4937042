//! Completion of ids: at a reference position (an owner, a phase, a goal target,
//! `advertises`, `exclusive`, `standalone`, `needed_by`, `funded_by`, a key of `targets`),
//! the ids of the items that position can name.

use super::cursor::{Seg, Spot, spots};
use super::ids::Index;

/// The sections whose ids the value of `key` names.
fn sections_for(key: &str) -> &'static [&'static str] {
    match key {
        "owner" => &["teams"],
        "phase" | "phases" | "needed_by" => &["phases"],
        "funded_by" => &["budget.lines"],
        "advertises" | "exclusive" | "standalone" => &["promotions", "coupons"],
        "goal" | "targets" => &["goals"],
        _ => &[],
    }
}

/// The key whose value is being written at byte `offset`: the innermost key of the
/// value under the cursor (`owner: o`, `{ id: a, owner: o`, a block list item `- bur`
/// under `phases:`), or `targets` for a key of a `targets` mapping, whose keys are ids.
pub fn key_at(text: &str, offset: usize) -> Option<String> {
    let spots = spots(text, offset);
    let last_key = |path: &[Seg]| {
        path.iter().rev().find_map(|s| match s {
            Seg::Key(k) => Some(k.clone()),
            Seg::Item => None,
        })
    };
    spots
        .iter()
        .find_map(|spot| match spot {
            // An item of a top-level list (`phases:` then `- `) begins a new item.
            Spot::Value { node, .. } if matches!(&node[..], [Seg::Key(_), Seg::Item]) => None,
            Spot::Value { node, .. } => last_key(node),
            Spot::Key { .. } => None,
        })
        .or_else(|| {
            spots.iter().find_map(|spot| match spot {
                Spot::Key { object, .. } => {
                    last_key(object).filter(|k| super::ids::KEYED_BY_ID.contains(&k.as_str()))
                }
                Spot::Value { .. } => None,
            })
        })
}

/// The ids that fit at byte `offset` of `text`, with the section they come from;
/// `index` is the text's.
pub fn ids_at(index: &Index, text: &str, offset: usize) -> Vec<(String, &'static str)> {
    let Some(key) = key_at(text, offset) else {
        return Vec::new();
    };
    let sections = sections_for(&key);
    if sections.is_empty() {
        return Vec::new();
    }
    let section = sections.first().copied().unwrap_or_default();
    index
        .ids_in(sections)
        .into_iter()
        .map(|id| (id.to_owned(), section))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_positions_offer_the_ids_they_can_name() {
        let text = "teams:\n  - { id: ops, name: 运营部 }\nphases:\n  - { id: burst, name: 爆发期 }\n  - { id: peak, name: 高峰期 }\ngoals:\n  - { id: gmv, owner: o }\npromotions:\n  - id: tiers\n    phases:\n      - b\n";
        let owner = text.find("owner: o").map(|i| i + 8).expect("owner");
        let index = Index::of(text);
        let ids: Vec<String> = ids_at(&index, text, owner)
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(ids, ["ops"]);
        let item = text.rfind("- b").map(|i| i + 3).expect("item");
        assert_eq!(key_at(text, item).as_deref(), Some("phases"));
        let ids: Vec<String> = ids_at(&index, text, item)
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(ids, ["burst", "peak"]);
        let target = "phases:\n  - id: burst\n    targets:\n      |";
        let offset = target.find('|').expect("cursor");
        assert_eq!(
            key_at(&target.replace('|', ""), offset).as_deref(),
            Some("targets")
        );
    }
}
