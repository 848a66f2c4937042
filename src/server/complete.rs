//! Completion of ids: at a reference position (an owner, a phase, a goal target,
//! `advertises`, `exclusive`, `standalone`, `needed_by`, `funded_by`), the ids of the
//! items that position can name.

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

/// The key whose value is being written at byte `offset`: the last `key:` on the line
/// before the cursor, or, on a block list item (`  - bur`), the key the list belongs to.
pub fn key_at(text: &str, offset: usize) -> Option<String> {
    let before = text.get(..offset)?;
    let line_start = before.rfind('\n').map_or(0, |n| n.saturating_add(1));
    let line = before.get(line_start..)?;
    if let Some(colon) = line.rfind(':') {
        return last_word(line.get(..colon)?);
    }
    let indent = line.len().saturating_sub(line.trim_start().len());
    if !line.trim_start().starts_with('-') {
        return None;
    }
    // A block list: the nearest line above, less indented, that ends with `key:`.
    for above in before.get(..line_start)?.lines().rev() {
        let trimmed = above.trim_end();
        let their = above.len().saturating_sub(above.trim_start().len());
        if their < indent && trimmed.ends_with(':') {
            return last_word(trimmed.trim_end_matches(':'));
        }
        if their < indent && !trimmed.is_empty() {
            return None;
        }
    }
    None
}

fn last_word(text: &str) -> Option<String> {
    let word: String = text
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (!word.is_empty()).then_some(word)
}

/// The ids that fit at byte `offset` of `text`, with the section they come from.
pub fn ids_at(text: &str, offset: usize) -> Vec<(String, &'static str)> {
    let Some(key) = key_at(text, offset) else {
        return Vec::new();
    };
    let sections = sections_for(&key);
    if sections.is_empty() {
        return Vec::new();
    }
    let index = Index::of(text);
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
        let ids: Vec<String> = ids_at(text, owner).into_iter().map(|(id, _)| id).collect();
        assert_eq!(ids, ["ops"]);
        let item = text.rfind("- b").map(|i| i + 3).expect("item");
        assert_eq!(key_at(text, item).as_deref(), Some("phases"));
        let ids: Vec<String> = ids_at(text, item).into_iter().map(|(id, _)| id).collect();
        assert_eq!(ids, ["burst", "peak"]);
    }
}
