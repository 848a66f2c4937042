//! `campspec check --statistics`: how many findings each rule gave over a run, most
//! first, with whether `--fix` (or `--fix --unsafe-fixes`) can fix them.

use crate::check::CheckedFile;
use crate::i18n::Lang;
use crate::msg;
use std::collections::BTreeMap;

/// Whether a rule's findings of a run carry fixes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fixable {
    /// None of them.
    No,
    /// Only fixes `--unsafe-fixes` applies.
    Unsafe,
    /// Fixes `--fix` applies.
    Safe,
}

/// One rule's line of the statistics.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub code: &'static str,
    pub name: &'static str,
    pub count: usize,
    pub fixable: Fixable,
}

/// The rules that gave findings in `files`: most findings first, then by code.
pub fn rows(files: &[CheckedFile]) -> Vec<Row> {
    let mut by_code: BTreeMap<&'static str, Row> = BTreeMap::new();
    for finding in files.iter().flat_map(|f| &f.findings) {
        let row = by_code.entry(finding.code).or_insert(Row {
            code: finding.code,
            name: finding.rule,
            count: 0,
            fixable: Fixable::No,
        });
        row.count += 1;
        let fixable = if finding.fixes.iter().any(|f| f.is_safe()) {
            Fixable::Safe
        } else if finding.fixes.is_empty() {
            Fixable::No
        } else {
            Fixable::Unsafe
        };
        row.fixable = row.fixable.max(fixable);
    }
    let mut rows: Vec<Row> = by_code.into_values().collect();
    rows.sort_by(|a, b| b.count.cmp(&a.count).then(a.code.cmp(b.code)));
    rows
}

/// The statistics as text: `count  code  [*] name` a line, then what the marks mean,
/// in `lang`.
pub fn render_text(files: &[CheckedFile], lang: Lang) -> String {
    let rows = rows(files);
    if rows.is_empty() {
        return format!("{}\n", msg!("statistics-none").render(lang));
    }
    let count_width = rows
        .iter()
        .map(|r| r.count.to_string().len())
        .max()
        .unwrap_or(1);
    let code_width = rows.iter().map(|r| r.code.len()).max().unwrap_or(4);
    let mut out = String::new();
    for row in &rows {
        let mark = match row.fixable {
            Fixable::Safe => "[*]",
            Fixable::Unsafe => "[-]",
            Fixable::No => "   ",
        };
        out.push_str(&format!(
            "{:>count_width$}  {:<code_width$}  {mark} {}\n",
            row.count, row.code, row.name
        ));
    }
    if rows.iter().any(|r| r.fixable == Fixable::Safe) {
        out.push_str(&format!("{}\n", msg!("statistics-fixable").render(lang)));
    }
    if rows.iter().any(|r| r.fixable == Fixable::Unsafe) {
        out.push_str(&format!(
            "{}\n",
            msg!("statistics-unsafe-fixable").render(lang)
        ));
    }
    out
}

/// The statistics as a JSON array of `{code, name, count, fixable, unsafe_fixable}`:
/// `fixable` when `--fix` fixes some, `unsafe_fixable` when only `--unsafe-fixes` does.
pub fn render_json(files: &[CheckedFile]) -> String {
    let rows: Vec<serde_json::Value> = rows(files)
        .into_iter()
        .map(|r| {
            serde_json::json!({
                "code": r.code,
                "name": r.name,
                "count": r.count,
                "fixable": r.fixable == Fixable::Safe,
                "unsafe_fixable": r.fixable == Fixable::Unsafe,
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&rows).unwrap_or_default();
    text.push('\n');
    text
}
