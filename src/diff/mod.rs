//! The semantic diff of two versions of a plan: what a change *means* — goals, phases
//! and dates, budget, offers field by field, guardrails, copy; the change in the
//! worst-case stacking exposure; findings introduced and resolved. Items are matched by
//! id; an id whose item is otherwise unchanged is reported as a rename.

mod liability;
pub mod render;
mod values;

use crate::analysis::Exposure;
use crate::check::CheckedFile;
use crate::finding::Finding;
use crate::i18n::{self, Msg};
use crate::msg;
use crate::render::locale::Lang;
pub use liability::{LiabilityChange, LineCost};
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use values::{display, field_changes};

/// One side of a diff: a checked plan and its text as written.
pub struct Side<'a> {
    /// What the side is called in the output (`specs/a.campaign.yaml`, `main:specs/a…`).
    pub label: String,
    pub checked: &'a CheckedFile,
    /// The document as written (for showing values the way the author wrote them).
    pub raw: Value,
}

/// Whether a plan was added, removed, changed or left as it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Added,
    Removed,
    Changed,
    Unchanged,
}

/// What happened to one item or field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Added,
    Removed,
    Changed,
    Renamed,
    Moved,
}

/// One change, with a sentence that states it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    pub kind: Kind,
    /// The item's id, for changes to an item of a list.
    pub id: Option<String>,
    /// The field, dotted below the item (`tiers[2].discount`).
    pub field: Option<String>,
    pub old: Option<String>,
    pub new: Option<String>,
    /// The change in words (plain text; renderers escape it).
    pub text: String,
}

/// The changes in one section of the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Section {
    /// The section's key in the format (`phases`).
    pub key: &'static str,
    /// Its title, in the diff's language.
    pub title: String,
    pub changes: Vec<Change>,
}

/// The worst-case stacking exposure before and after.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ExposureChange {
    pub old: Option<Exposure>,
    pub new: Option<Exposure>,
    /// The change of the depth in percentage points, e.g. `+4.50`.
    pub depth_change: Option<String>,
    pub text: String,
}

/// A finding on one side only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FindingNote {
    pub code: &'static str,
    pub rule: &'static str,
    pub severity: &'static str,
    pub message: String,
    /// The line in the side it was found on.
    pub line: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FindingChanges {
    pub introduced: Vec<FindingNote>,
    pub resolved: Vec<FindingNote>,
}

/// The diff of one plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlanDiff {
    pub old: Option<String>,
    pub new: Option<String>,
    /// The plan's name (the new one when there is one).
    pub name: String,
    pub status: Status,
    /// One sentence: how many changes, the exposure, the findings.
    pub summary: String,
    pub exposure: Option<ExposureChange>,
    /// The budget lines whose money at risk (worst case, expected cost) changed.
    pub liability: Vec<LiabilityChange>,
    pub sections: Vec<Section>,
    pub findings: FindingChanges,
    /// Why a side could not be compared (it could not be read or modelled).
    pub problems: Vec<String>,
}

/// Sections compared item by item (by id), in the order they are shown.
const KEYED: &[&str] = &[
    "goals",
    "phases",
    "promotions",
    "coupons",
    "copy",
    "teams",
    "risks",
    "materials",
];

/// The plan's language, for money in sentences.
fn lang_of(side: Option<&Side<'_>>) -> (Lang, String) {
    match side.and_then(|s| s.checked.campaign.as_ref()) {
        Some(c) => (
            Lang::of(c),
            c.currency
                .as_ref()
                .map(|x| x.as_str().to_owned())
                .unwrap_or_default(),
        ),
        None => (Lang::En, String::new()),
    }
}

/// The plan as canonical JSON (exact values in one spelling, for comparing).
fn canonical(side: Option<&Side<'_>>) -> Value {
    side.and_then(|s| s.checked.campaign.as_ref())
        .and_then(|c| serde_json::to_value(c).ok())
        .unwrap_or(Value::Null)
}

/// A section built from its changes, titled in `words`.
fn section(key: &'static str, changes: Vec<Change>, words: i18n::Lang) -> Section {
    Section {
        key,
        title: msg!("diff-section", key = key).render(words),
        changes,
    }
}

/// Compares two versions of a plan, its sentences in `words`; either may be absent (an
/// added or removed plan).
pub fn diff(old: Option<&Side<'_>>, new: Option<&Side<'_>>, words: i18n::Lang) -> PlanDiff {
    let mut problems = Vec::new();
    for side in [old, new].into_iter().flatten() {
        let label = side.label.as_str();
        if let Some(failure) = &side.checked.failure {
            problems
                .push(msg!("diff-problem-failure", label = label, failure = failure).render(words));
        } else if side.checked.campaign.is_none() {
            problems.push(msg!("diff-problem-unread", label = label).render(words));
        }
    }
    let (old_value, new_value) = (canonical(old), canonical(new));
    let raw = |side: Option<&Side<'_>>| side.map(|s| s.raw.clone()).unwrap_or(Value::Null);
    let (old_raw, new_raw) = (raw(old), raw(new));
    // Money is written the way the plan writes it: the new side's, or the old one's
    // when the new one did not model.
    let has_plan = |s: &&Side<'_>| s.checked.campaign.is_some();
    let (lang, currency) = lang_of(new.filter(has_plan).or(old.filter(has_plan)));
    let ctx = Ctx {
        old: &old_value,
        new: &new_value,
        old_raw: &old_raw,
        new_raw: &new_raw,
        lang,
        currency,
        words,
    };

    let mut sections = Vec::new();
    if old.is_some() && new.is_some() {
        let plan = ctx.plan_fields();
        if !plan.is_empty() {
            sections.push(section("plan", plan, words));
        }
        for key in KEYED {
            let changes = ctx.keyed(key);
            if !changes.is_empty() {
                sections.push(section(key, changes, words));
            }
            // The budget goes after the phases.
            if *key == "phases" {
                let budget = ctx.budget();
                if !budget.is_empty() {
                    sections.push(section("budget", budget, words));
                }
            }
        }
        for key in ["stacking", "guardrails", "compliance", "results"] {
            let changes = ctx.object(key);
            if !changes.is_empty() {
                sections.push(section(key, changes, words));
            }
        }
    }

    let exposure_of = |side: Option<&Side<'_>>| {
        side.and_then(|s| s.checked.analysis.as_ref())
            .map(|a| a.exposure())
    };
    let exposure = exposure_change(exposure_of(old), exposure_of(new), &ctx, old, new);
    // A side that did not model has no money to compare (an absent side is a plan
    // added or removed).
    let modelled = |side: Option<&Side<'_>>| side.is_none_or(|s| s.checked.campaign.is_some());
    let liability = if modelled(old) && modelled(new) {
        liability::changes(
            old.and_then(|s| s.checked.campaign.as_ref()),
            new.and_then(|s| s.checked.campaign.as_ref()),
            &ctx,
        )
    } else {
        Vec::new()
    };
    let findings = finding_changes(old, new);
    let status = match (old, new) {
        (None, Some(_)) => Status::Added,
        (Some(_), None) => Status::Removed,
        _ if sections.is_empty()
            && exposure.is_none()
            && liability.is_empty()
            && findings == FindingChanges::default() =>
        {
            Status::Unchanged
        }
        _ => Status::Changed,
    };
    let name = [&new_value, &old_value]
        .iter()
        .find_map(|v| v["name"].as_str())
        .unwrap_or_default()
        .to_owned();
    let summary = summary(status, &sections, exposure.as_ref(), &findings, words);
    PlanDiff {
        old: old.map(|s| s.label.clone()),
        new: new.map(|s| s.label.clone()),
        name,
        status,
        summary,
        exposure,
        liability,
        sections,
        findings,
        problems,
    }
}

/// Both sides' canonical and written values, and how to write money.
struct Ctx<'a> {
    old: &'a Value,
    new: &'a Value,
    old_raw: &'a Value,
    new_raw: &'a Value,
    lang: Lang,
    currency: String,
    /// The language of the sentences.
    words: i18n::Lang,
}

impl Ctx<'_> {
    /// A message in the diff's language.
    fn say(&self, message: Msg) -> String {
        message.render(self.words)
    }

    /// A value as the author wrote it at `pointer`, else its canonical form.
    fn shown(&self, new_side: bool, pointer: &str, canonical: &Value) -> String {
        let raw = if new_side { self.new_raw } else { self.old_raw };
        match raw.pointer(pointer) {
            Some(v) if !v.is_null() => display(v),
            _ => display(canonical),
        }
    }

    /// Top-level facts: name, owner, locale, currency, time zone, jurisdictions, window.
    fn plan_fields(&self) -> Vec<Change> {
        let mut out = Vec::new();
        for key in [
            "name",
            "summary",
            "owner",
            "locale",
            "currency",
            "timezone",
            "jurisdictions",
        ] {
            let (a, b) = (&self.old[key], &self.new[key]);
            if a != b {
                out.push(self.field_change(None, key, &format!("/{key}"), a, b));
            }
        }
        let window = |v: &Value| {
            (
                v["window"]["start"].as_str().map(str::to_owned),
                v["window"]["end"].as_str().map(str::to_owned),
            )
        };
        let (old_window, new_window) = (window(self.old), window(self.new));
        if old_window != new_window {
            out.push(dates_change(
                None, "window", old_window, new_window, self.words,
            ));
        }
        out
    }

    /// A field's change as a sentence: `` `amount`: 150 → 250 (+100) ``.
    fn field_change(
        &self,
        id: Option<&str>,
        field: &str,
        pointer: &str,
        a: &Value,
        b: &Value,
    ) -> Change {
        let old = (!a.is_null()).then(|| self.shown(false, pointer, a));
        let new = (!b.is_null()).then(|| self.shown(true, pointer, b));
        let subject = match id {
            Some(id) => format!("{id}.{field}"),
            None => field.to_owned(),
        };
        let (kind, text) = match (&old, &new) {
            (None, Some(n)) => (
                Kind::Added,
                msg!("diff-field-set", subject = &subject, new = n),
            ),
            (Some(o), None) => (
                Kind::Removed,
                msg!("diff-field-removed", subject = &subject, old = o),
            ),
            (Some(o), Some(n)) => (Kind::Changed, self.changed(&subject, field, o, n, (a, b))),
            (None, None) => (Kind::Changed, msg!("diff-field", subject = &subject)),
        };
        let text = self.say(text);
        Change {
            kind,
            id: id.map(str::to_owned),
            field: Some(field.to_owned()),
            old,
            new,
            text,
        }
    }

    /// `` `subject`: old → new `` with the difference of the values `a` and `b`, when
    /// they are numbers written alike.
    fn changed(
        &self,
        subject: &str,
        field: &str,
        o: &str,
        n: &str,
        (a, b): (&Value, &Value),
    ) -> Msg {
        match self.delta(field, a, b) {
            Some(delta) => msg!(
                "diff-field-changed-delta",
                subject = subject,
                old = o,
                new = n,
                delta = delta
            ),
            None => msg!("diff-field-changed", subject = subject, old = o, new = n),
        }
    }

    /// The difference of two numbers written alike: `+100`, `+5 pp`, `+¥50万` (money
    /// for the fields that hold money).
    fn delta(&self, field: &str, a: &Value, b: &Value) -> Option<String> {
        const MONEY: [&str; 10] = [
            "amount",
            "spend",
            "total",
            "cap",
            "min_spend",
            "min_order",
            "value",
            "gift_cost",
            "worth",
            "prices",
        ];
        let (a, b) = (a.as_str()?, b.as_str()?);
        let percent = a.ends_with('%') && b.ends_with('%');
        let number = |s: &str| s.trim_end_matches('%').parse::<Decimal>().ok();
        let (x, y) = (number(a)?, number(b)?);
        let d = y.checked_sub(x)?;
        if d.is_zero() {
            return None;
        }
        let sign = if d > Decimal::ZERO { "+" } else { "-" };
        let magnitude = d.abs();
        let last = field.rsplit(['.', ']']).next().unwrap_or(field);
        Some(if percent {
            let delta = format!("{sign}{}", magnitude.normalize());
            self.say(msg!("diff-delta-pp", delta = delta))
        } else if MONEY.contains(&last) {
            format!("{sign}{}", self.lang.money(magnitude, &self.currency))
        } else {
            format!("{sign}{}", crate::numfmt::group_thousands(magnitude))
        })
    }

    /// The items of a list section by id, with their index.
    fn items<'v>(&self, value: &'v Value, key: &str) -> Vec<(String, usize, &'v Value)> {
        value[key]
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, item)| {
                        let id = item["id"].as_str()?.to_owned();
                        Some((id, i, item))
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Added, removed, renamed and changed items of a list section.
    fn keyed(&self, key: &str) -> Vec<Change> {
        let old_items = self.items(self.old, key);
        let new_items = self.items(self.new, key);
        let mut removed: Vec<&(String, usize, &Value)> = old_items
            .iter()
            .filter(|(id, _, _)| !new_items.iter().any(|(n, _, _)| n == id))
            .collect();
        let mut added: Vec<&(String, usize, &Value)> = new_items
            .iter()
            .filter(|(id, _, _)| !old_items.iter().any(|(o, _, _)| o == id))
            .collect();
        let mut out = renames(&mut removed, &mut added, self.words);
        for (id, i, item) in &removed {
            let text = match describe_item(item) {
                Some(name) => msg!("diff-item-removed-named", id = id, name = name),
                None => msg!("diff-item-removed", id = id),
            };
            out.push(Change {
                kind: Kind::Removed,
                id: Some(id.clone()),
                field: None,
                old: Some(self.shown(false, &format!("/{key}/{i}"), item)),
                new: None,
                text: self.say(text),
            });
        }
        for (id, i, item) in &added {
            let text = match describe_item(item) {
                Some(name) => msg!("diff-item-added-named", id = id, name = name),
                None => msg!("diff-item-added", id = id),
            };
            out.push(Change {
                kind: Kind::Added,
                id: Some(id.clone()),
                field: None,
                old: None,
                new: Some(self.shown(true, &format!("/{key}/{i}"), item)),
                text: self.say(text),
            });
        }
        for (id, j, new_item) in &new_items {
            let Some((_, i, old_item)) = old_items.iter().find(|(o, _, _)| o == id) else {
                continue;
            };
            if old_item == new_item {
                continue;
            }
            out.extend(self.item_changes(key, id, (*i, old_item), (*j, new_item)));
        }
        out
    }

    /// The changes of one item kept under its id: `old` and `new` are its index and
    /// value before and after.
    fn item_changes(
        &self,
        key: &str,
        id: &str,
        (i, old_item): (usize, &Value),
        (j, new_item): (usize, &Value),
    ) -> Vec<Change> {
        let mut out = Vec::new();
        // Phases and materials move in time: say by how much.
        let mut moved = false;
        if key == "phases" {
            let dates = |v: &Value| {
                (
                    v["start"].as_str().map(str::to_owned),
                    v["end"].as_str().map(str::to_owned),
                )
            };
            let (a, b) = (dates(old_item), dates(new_item));
            if a != b {
                out.push(dates_change(Some(id), "dates", a, b, self.words));
                moved = true;
            }
        }
        if key == "materials" && old_item["due"] != new_item["due"] {
            let due = |v: &Value| v["due"].as_str().map(str::to_owned);
            out.push(due_change(id, due(old_item), due(new_item), self.words));
            moved = true;
        }
        for (field, a, b) in field_changes(old_item, new_item) {
            if moved && matches!(field.as_str(), "start" | "end" | "due") {
                continue;
            }
            let pointer_old = format!("/{key}/{i}/{}", values::pointer_of(&field));
            let pointer_new = format!("/{key}/{j}/{}", values::pointer_of(&field));
            let mut change = self.field_change(Some(id), &field, &pointer_new, &a, &b);
            if !a.is_null() {
                change.old = Some(self.shown(false, &pointer_old, &a));
                if let (Some(o), Some(n)) = (&change.old, &change.new)
                    && change.kind == Kind::Changed
                {
                    let text = self.changed(&format!("{id}.{field}"), &field, o, n, (&a, &b));
                    change.text = self.say(text);
                }
            }
            out.push(change);
        }
        out
    }

    /// The budget: total, reserve and lines by id.
    fn budget(&self) -> Vec<Change> {
        let mut out = Vec::new();
        for key in ["total", "reserve"] {
            let (a, b) = (&self.old["budget"][key], &self.new["budget"][key]);
            if a != b {
                out.push(self.field_change(
                    None,
                    &format!("budget.{key}"),
                    &format!("/budget/{key}"),
                    a,
                    b,
                ));
            }
        }
        let wrap = |v: &Value| serde_json::json!({ "lines": v["budget"]["lines"].clone() });
        let (old, new) = (wrap(self.old), wrap(self.new));
        let wrap_raw = |v: &Value| serde_json::json!({ "lines": v["budget"]["lines"].clone() });
        let (old_raw, new_raw) = (wrap_raw(self.old_raw), wrap_raw(self.new_raw));
        let lines = Ctx {
            old: &old,
            new: &new,
            old_raw: &old_raw,
            new_raw: &new_raw,
            lang: self.lang,
            currency: self.currency.clone(),
            words: self.words,
        };
        out.extend(lines.keyed("lines"));
        out
    }

    /// An object section (stacking, guardrails, compliance, results), field by field.
    fn object(&self, key: &str) -> Vec<Change> {
        let (a, b) = (&self.old[key], &self.new[key]);
        if a == b {
            return Vec::new();
        }
        if a.is_null() || b.is_null() {
            return vec![self.field_change(None, key, &format!("/{key}"), a, b)];
        }
        field_changes(a, b)
            .into_iter()
            .map(|(field, x, y)| {
                let pointer = format!("/{key}/{}", values::pointer_of(&field));
                self.field_change(None, &format!("{key}.{field}"), &pointer, &x, &y)
            })
            .collect()
    }
}

/// Renames: an id gone and a new one whose item is otherwise the same. The renamed
/// items are taken out of `removed` and `added`.
fn renames(
    removed: &mut Vec<&(String, usize, &Value)>,
    added: &mut Vec<&(String, usize, &Value)>,
    words: i18n::Lang,
) -> Vec<Change> {
    let without_id = |v: &Value| {
        let mut v = v.clone();
        if let Some(map) = v.as_object_mut() {
            map.remove("id");
        }
        v
    };
    let mut out = Vec::new();
    let mut renamed = Vec::new();
    for (r, (old_id, _, old_item)) in removed.iter().enumerate() {
        let twin = added
            .iter()
            .position(|(_, _, new_item)| without_id(new_item) == without_id(old_item));
        if let Some(a) = twin {
            let (new_id, _, _) = added[a];
            out.push(Change {
                kind: Kind::Renamed,
                id: Some(new_id.clone()),
                field: None,
                old: Some(old_id.clone()),
                new: Some(new_id.clone()),
                text: msg!("diff-renamed", old = old_id, new = new_id).render(words),
            });
            renamed.push((r, a));
        }
    }
    let (gone_r, gone_a): (Vec<usize>, Vec<usize>) = renamed.into_iter().unzip();
    *removed = std::mem::take(removed)
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !gone_r.contains(i))
        .map(|(_, x)| x)
        .collect();
    *added = std::mem::take(added)
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !gone_a.contains(i))
        .map(|(_, x)| x)
        .collect();
    out
}

/// `年货专区券`: an item's name or text, for added and removed items.
fn describe_item(item: &Value) -> Option<String> {
    ["name", "item", "risk", "text"]
        .iter()
        .find_map(|k| item[*k].as_str())
        .map(values::short)
}

fn parse_date(s: &str) -> Option<jiff::civil::Date> {
    s.parse().ok()
}

/// `3 days later`, `2 days earlier`.
fn shift(days: i64) -> Msg {
    match days {
        0 => msg!("diff-shift-same"),
        d if d > 0 => msg!("diff-shift-later", days = d),
        d => msg!("diff-shift-earlier", days = d.unsigned_abs()),
    }
}

fn days(a: &str, b: &str) -> Option<i64> {
    let (a, b) = (parse_date(a)?, parse_date(b)?);
    a.until(b).ok().map(|s| i64::from(s.get_days()))
}

/// A change of a start/end pair: moved as a whole, or each end on its own.
fn dates_change(
    id: Option<&str>,
    field: &str,
    old: (Option<String>, Option<String>),
    new: (Option<String>, Option<String>),
    words: i18n::Lang,
) -> Change {
    let range = |(s, e): &(Option<String>, Option<String>)| {
        format!(
            "{} – {}",
            s.as_deref().unwrap_or("?"),
            e.as_deref().unwrap_or("?")
        )
    };
    // Only the plan's own dates (`window`) have no id.
    let subject = match id {
        Some(id) => msg!("diff-subject-id", id = id),
        None => msg!("diff-window"),
    };
    let start = match (&old.0, &new.0) {
        (Some(a), Some(b)) => days(a, b),
        _ => None,
    };
    let end = match (&old.1, &new.1) {
        (Some(a), Some(b)) => days(a, b),
        _ => None,
    };
    let how = match (start, end) {
        (Some(s), Some(e)) if s == e => msg!("diff-moved", shift = shift(s)),
        (Some(0), Some(e)) => msg!("diff-ends", shift = shift(e)),
        (Some(s), Some(0)) => msg!("diff-starts", shift = shift(s)),
        (Some(s), Some(e)) => msg!("diff-starts-ends", start = shift(s), end = shift(e)),
        _ => msg!("diff-dates-changed"),
    };
    let text = msg!(
        "diff-dates",
        subject = subject,
        how = how,
        old = range(&old),
        new = range(&new)
    );
    Change {
        kind: Kind::Moved,
        id: id.map(str::to_owned),
        field: Some(field.to_owned()),
        old: Some(range(&old)),
        new: Some(range(&new)),
        text: text.render(words),
    }
}

fn due_change(id: &str, old: Option<String>, new: Option<String>, words: i18n::Lang) -> Change {
    let how = match (&old, &new) {
        (Some(a), Some(b)) => days(a, b)
            .map(shift)
            .unwrap_or_else(|| msg!("diff-changed")),
        _ => msg!("diff-changed"),
    };
    let text = msg!(
        "diff-due",
        id = id,
        how = how,
        old = old.as_deref().unwrap_or("?"),
        new = new.as_deref().unwrap_or("?")
    );
    Change {
        kind: Kind::Moved,
        id: Some(id.to_owned()),
        field: Some("due".into()),
        old: old.clone(),
        new: new.clone(),
        text: text.render(words),
    }
}

/// The exposure change as a sentence, when it changed.
fn exposure_change(
    old: Option<Exposure>,
    new: Option<Exposure>,
    ctx: &Ctx<'_>,
    old_side: Option<&Side<'_>>,
    new_side: Option<&Side<'_>>,
) -> Option<ExposureChange> {
    if old == new || (old_side.is_none() && new_side.is_none()) {
        return None;
    }
    let depth = |e: &Option<Exposure>| e.as_ref().and_then(|e| e.depth.parse::<Decimal>().ok());
    let pct = |d: Decimal| crate::numfmt::percent(d, 2);
    let (a, b) = (depth(&old), depth(&new));
    let depth_change = match (a, b) {
        (Some(a), Some(b)) => b
            .checked_sub(a)
            .and_then(|d| d.checked_mul(Decimal::ONE_HUNDRED))
            .map(|d| format!("{}{:.2}", if d >= Decimal::ZERO { "+" } else { "" }, d)),
        _ => None,
    };
    let money = |e: &Option<Exposure>| {
        e.as_ref()
            .and_then(|e| e.order_value.parse::<Decimal>().ok())
            .map(|v| ctx.lang.money(v, &ctx.currency))
            .unwrap_or_else(|| "?".into())
    };
    let combo = |e: &Option<Exposure>| {
        e.as_ref()
            .map(|e| e.combination.join(" + "))
            .filter(|c| !c.is_empty())
            .unwrap_or_else(|| ctx.say(msg!("diff-combination-none")))
    };
    let margin = |e: &Option<Exposure>| match e.as_ref().and_then(|e| e.margin_left.clone()) {
        Some(m) if m == "-inf" => ctx.say(msg!("diff-below-cost")),
        Some(m) => m.parse::<Decimal>().map(pct).unwrap_or(m),
        None => "—".into(),
    };
    let text = match (a, b) {
        (Some(a), Some(b)) => {
            let change = depth_change.clone().unwrap_or_default();
            let mut t = ctx.say(msg!(
                "diff-exposure",
                old = pct(a),
                new = pct(b),
                change = change
            ));
            let (m_old, m_new) = (money(&old), money(&new));
            if m_old != m_new {
                t.push_str(&ctx.say(msg!("diff-exposure-at", old = m_old, new = m_new)));
            }
            let (c_old, c_new) = (combo(&old), combo(&new));
            t.push_str(&ctx.say(if c_old != c_new {
                msg!(
                    "diff-exposure-combination-changed",
                    old = c_old,
                    new = c_new
                )
            } else {
                msg!("diff-exposure-combination", combination = c_new)
            }));
            let (x_old, x_new) = (margin(&old), margin(&new));
            if x_old != x_new {
                t.push_str(&ctx.say(msg!("diff-exposure-margin", old = x_old, new = x_new)));
            }
            t
        }
        // A new plan's exposure is added, a removed plan's removed: no change from or
        // to nothing.
        (None, Some(b)) if old_side.is_none() => ctx.say(msg!(
            "diff-exposure-added",
            new = pct(b),
            at = money(&new),
            combination = combo(&new)
        )),
        (Some(a), None) if new_side.is_none() => ctx.say(msg!(
            "diff-exposure-removed",
            old = pct(a),
            at = money(&old),
            combination = combo(&old)
        )),
        (None, Some(b)) => ctx.say(msg!(
            "diff-exposure-now",
            new = pct(b),
            combination = combo(&new)
        )),
        (Some(a), None) => ctx.say(msg!("diff-exposure-gone", old = pct(a))),
        (None, None) => return None,
    };
    Some(ExposureChange {
        old,
        new,
        depth_change,
        text,
    })
}

fn note(side: &Side<'_>, f: &Finding) -> FindingNote {
    let line = side
        .checked
        .source
        .as_ref()
        .map(|s| s.lines.position(&s.text, f.primary.span.start).line)
        .unwrap_or(1);
    FindingNote {
        code: f.code,
        rule: f.rule,
        severity: f.severity.as_str(),
        message: f.message.clone(),
        line,
    }
}

/// Findings on one side and not the other, matched by rule and message.
fn finding_changes(old: Option<&Side<'_>>, new: Option<&Side<'_>>) -> FindingChanges {
    let count = |side: Option<&Side<'_>>| {
        let mut m: BTreeMap<(&'static str, String), usize> = BTreeMap::new();
        for f in side
            .map(|s| s.checked.findings.as_slice())
            .unwrap_or_default()
        {
            let n = m.entry((f.code, f.message.clone())).or_default();
            *n = n.saturating_add(1);
        }
        m
    };
    let (before, after) = (count(old), count(new));
    let only = |side: Option<&Side<'_>>,
                this: &BTreeMap<(&'static str, String), usize>,
                other: &BTreeMap<(&'static str, String), usize>| {
        let mut seen: BTreeMap<(&'static str, String), usize> = BTreeMap::new();
        let mut out = Vec::new();
        let Some(side) = side else { return out };
        for f in &side.checked.findings {
            let key = (f.code, f.message.clone());
            let n = seen.entry(key.clone()).or_default();
            *n = n.saturating_add(1);
            if *n > other.get(&key).copied().unwrap_or(0) && this.contains_key(&key) {
                out.push(note(side, f));
            }
        }
        out
    };
    FindingChanges {
        introduced: only(new, &after, &before),
        resolved: only(old, &before, &after),
    }
}

fn summary(
    status: Status,
    sections: &[Section],
    exposure: Option<&ExposureChange>,
    findings: &FindingChanges,
    words: i18n::Lang,
) -> String {
    let mut parts: Vec<Msg> = Vec::new();
    match status {
        Status::Added => parts.push(msg!("diff-summary-added")),
        Status::Removed => parts.push(msg!("diff-summary-removed")),
        Status::Unchanged => return msg!("diff-summary-unchanged").render(words),
        Status::Changed => {}
    }
    parts.extend(details(status, sections, exposure, findings, words));
    join_parts(&parts, words)
}

/// What the summary says besides the plan's status and its exposure, for the lines of
/// the Markdown and text outputs that already state those (`**Plan removed.**`, the
/// exposure sentence): empty when there is nothing else.
pub(crate) fn lead(d: &PlanDiff, words: i18n::Lang) -> String {
    if d.status == Status::Unchanged {
        return d.summary.clone();
    }
    let parts = details(d.status, &d.sections, None, &d.findings, words);
    join_parts(&parts, words)
}

fn join_parts(parts: &[Msg], words: i18n::Lang) -> String {
    let sep = msg!("diff-part-sep").render(words);
    parts
        .iter()
        .map(|p| p.render(words))
        .collect::<Vec<_>>()
        .join(&sep)
}

/// The parts of the summary after the status: the changes by section, the exposure's
/// change (when `exposure` is given), the findings introduced and resolved.
fn details(
    status: Status,
    sections: &[Section],
    exposure: Option<&ExposureChange>,
    findings: &FindingChanges,
    words: i18n::Lang,
) -> Vec<Msg> {
    let mut parts: Vec<Msg> = Vec::new();
    let changes: usize = sections.iter().map(|s| s.changes.len()).sum();
    if status == Status::Changed && changes > 0 {
        let sep = msg!("diff-list-sep").render(words);
        let names: Vec<String> = sections
            .iter()
            .map(|s| msg!("diff-section-in", key = s.key).render(words))
            .collect();
        parts.push(msg!(
            "diff-summary-changes",
            count = changes,
            sections = names.join(&sep)
        ));
    }
    if let Some(e) = exposure
        && let Some(d) = &e.depth_change
    {
        parts.push(msg!("diff-summary-exposure", change = d));
    }
    if !findings.introduced.is_empty() {
        parts.push(msg!(
            "diff-summary-introduced",
            count = findings.introduced.len()
        ));
    }
    if !findings.resolved.is_empty() {
        parts.push(msg!(
            "diff-summary-resolved",
            count = findings.resolved.len()
        ));
    }
    parts
}
