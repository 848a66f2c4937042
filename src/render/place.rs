//! Where a finding is, in words a reader of the plan knows: the section, the item's own
//! name and the field (`促销机制 › 限时秒杀 › 价格` / `Promotions › Flash sale › Price`),
//! read from its pointer and the plan, never the pointer itself.

use super::context::channel_label;
use super::locale::Lang;
use crate::model::Campaign;
use crate::source::pointer;

/// The separator between the steps of a place.
const SEP: &str = " › ";

/// The place a pointer names, in the document's language; empty for the whole plan.
pub fn place(campaign: &Campaign, ptr: &str, lang: Lang) -> String {
    let tokens: Vec<String> = pointer::tokens(ptr).collect();
    let mut steps: Vec<String> = Vec::new();
    let mut rest = tokens.as_slice();
    if let [section, tail @ ..] = rest {
        steps.push(field(section, lang));
        rest = tail;
        // `budget.lines[i]` and `compliance.waivers[i]` / `.messaging[i]` are named like
        // a top-level list's items.
        let sub = match (section.as_str(), rest) {
            ("budget" | "compliance", [list, tail @ ..]) if is_index(tail.first()) => {
                steps.push(field(list, lang));
                rest = tail;
                Some(list.as_str())
            }
            _ => None,
        };
        let list = sub.unwrap_or(section.as_str());
        if let [key, tail @ ..] = rest
            && let Some(name) = item_name(campaign, section, list, key, lang)
        {
            steps.push(name);
            rest = tail;
        }
    }
    for token in rest {
        steps.push(match token.parse::<usize>() {
            Ok(i) => nth(i, lang),
            Err(_) => field(token, lang),
        });
    }
    steps.join(SEP)
}

fn is_index(token: Option<&String>) -> bool {
    token.is_some_and(|t| t.parse::<usize>().is_ok())
}

/// `第2项` / `item 2` for the item at index `i`.
fn nth(i: usize, lang: Lang) -> String {
    lang.nth(i.saturating_add(1))
}

/// The name of the item `key` of the list `list` (under `section`): its own name as the
/// plan writes it, else its id, else its position.
fn item_name(
    campaign: &Campaign,
    section: &str,
    list: &str,
    key: &str,
    lang: Lang,
) -> Option<String> {
    let trimmed = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    if section == "results" {
        let goal = campaign
            .goals
            .iter()
            .flat_map(|g| g.items())
            .find(|g| g.id.as_str() == key);
        return Some(goal.map_or_else(|| key.to_owned(), |g| g.name.clone()));
    }
    let i: usize = key.parse().ok()?;
    let named = match (section, list) {
        ("goals", _) => campaign.goals.as_ref()?.get(i).map(|x| x.name.clone()),
        ("phases", _) => campaign.phases.as_ref()?.get(i).map(|x| x.name.clone()),
        ("promotions", _) => campaign.promotions.as_ref()?.get(i).map(|x| x.name.clone()),
        ("coupons", _) => campaign.coupons.as_ref()?.get(i).map(|x| x.name.clone()),
        ("add_ons", _) => campaign.add_ons.as_ref()?.get(i).map(|x| x.name.clone()),
        ("teams", _) => campaign.teams.as_ref()?.get(i).map(|x| x.name.clone()),
        ("approvals", _) => campaign.approvals.as_ref()?.get(i).map(|x| x.role.clone()),
        ("copy", _) => campaign
            .copy
            .as_ref()?
            .get(i)
            .map(|x| format!("{} {}", channel_label(x.channel, lang), x.id.as_str())),
        ("risks", _) => campaign
            .risks
            .as_ref()?
            .get(i)
            .and_then(|x| x.risk.known().cloned()),
        ("materials", _) => campaign
            .materials
            .as_ref()?
            .get(i)
            .and_then(|x| x.item.known().cloned()),
        ("budget", "lines") => campaign
            .budget
            .as_ref()?
            .lines
            .as_ref()?
            .get(i)
            .map(|x| x.name.clone()),
        ("compliance", "waivers") => campaign
            .compliance
            .as_ref()?
            .waivers
            .as_ref()?
            .get(i)
            .map(|x| x.rule.clone()),
        ("compliance", "messaging") => campaign
            .compliance
            .as_ref()?
            .messaging
            .as_ref()?
            .get(i)
            .map(|x| channel_label(x.channel, lang).to_owned()),
        _ => return Some(nth(i, lang)),
    };
    Some(
        named
            .as_deref()
            .and_then(trimmed)
            .unwrap_or_else(|| nth(i, lang)),
    )
}

/// A field's name in words; a key campspec does not name is shown as written.
fn field(key: &str, lang: Lang) -> String {
    lang.field(key).unwrap_or(key).to_owned()
}

/// A finding's message cut at its backticks: plain text, then code, then plain text…
/// (the page shows code as code, never a raw backtick).
pub fn spans(message: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for (i, part) in message.split('`').enumerate() {
        if !part.is_empty() {
            out.push(Span {
                text: part.to_owned(),
                code: i % 2 == 1,
            });
        }
    }
    out
}

/// A piece of a message: text, or a value from the plan shown as code.
#[derive(Debug, serde::Serialize, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub code: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_cut_at_backticks() {
        let s = spans("phase `burst` ends after `2027-02-15`.");
        let codes: Vec<_> = s
            .iter()
            .filter(|s| s.code)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(codes, ["burst", "2027-02-15"]);
        assert!(s.iter().all(|s| !s.text.contains('`')));
    }

    #[test]
    fn unnamed_keys_stay_as_written_and_indexes_count_from_one() {
        let c = Campaign::default();
        assert_eq!(
            place(&c, "/stacking/exclusive/1", Lang::En),
            "Stacking › Mutually exclusive › item 2"
        );
        assert_eq!(place(&c, "/window/start", Lang::Zh), "活动时间 › 开始日期");
        assert_eq!(place(&c, "/x_custom", Lang::En), "x_custom");
        assert_eq!(place(&c, "", Lang::En), "");
    }
}
