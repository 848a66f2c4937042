//! Applying findings' fixes to a plan's text (`campspec check --fix`, `--diff`): edits
//! on exact byte spans, never overlapping, nothing outside them changed.

use crate::check::check_text;
use crate::finding::{Edit, Finding, Fix};
use crate::settings::Settings;

/// Which fixes to apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    /// Only the safe ones (`--fix`).
    Safe,
    /// The unsafe ones as well (`--fix --unsafe-fixes`).
    All,
}

impl Which {
    fn takes(self, fix: &Fix) -> bool {
        self == Which::All || fix.is_safe()
    }
}

/// The text with one fix of each finding applied (the first it may take), skipping a fix
/// whose edits overlap one already taken; and how many findings were fixed.
pub fn apply(text: &str, findings: &[Finding], which: Which) -> (String, usize) {
    let mut taken: Vec<&Edit> = Vec::new();
    let mut fixed = 0usize;
    for finding in findings {
        let Some(fix) = finding.fixes.iter().find(|fix| which.takes(fix)) else {
            continue;
        };
        let clashes = fix.edits.iter().any(|edit| {
            taken
                .iter()
                .any(|t| edit.span.start < t.span.end && t.span.start < edit.span.end)
                || taken.iter().any(|t| t.span == edit.span)
        });
        let inside = fix
            .edits
            .iter()
            .all(|edit| text.get(edit.span.start..edit.span.end).is_some());
        if clashes || !inside {
            continue;
        }
        taken.extend(fix.edits.iter());
        fixed = fixed.saturating_add(1);
    }
    taken.sort_by_key(|edit| edit.span);
    let mut out = String::with_capacity(text.len());
    let mut at = 0usize;
    for edit in taken {
        out.push_str(text.get(at..edit.span.start).unwrap_or_default());
        out.push_str(&edit.replacement);
        at = edit.span.end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    (out, fixed)
}

/// The rounds of fixing one plan: a fix can uncover another (a key renamed, its value
/// then read), so fixing repeats until nothing changes, at most this often.
const ROUNDS: usize = 10;

/// `text` (of the plan at `path`) with every fix `which` takes applied, checked again
/// after each round; and how many findings were fixed.
pub fn fix_text(path: &str, text: &str, settings: &Settings, which: Which) -> (String, usize) {
    let mut current = text.to_owned();
    let mut fixed = 0usize;
    for _ in 0..ROUNDS {
        let checked = check_text(path, current.clone(), settings);
        let (next, count) = apply(&current, &checked.findings, which);
        if count == 0 || next == current {
            break;
        }
        fixed = fixed.saturating_add(count);
        current = next;
    }
    (current, fixed)
}

/// Lines of context around each change in a diff.
const CONTEXT: usize = 3;

/// A unified diff from `old` to `new` of the file `path` (`--- a/path`, `+++ b/path`),
/// empty when they are the same. Fixes never add or remove a line, so lines are
/// compared one to one; texts of different line counts are shown as one hunk.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let a: Vec<&str> = old.split_inclusive('\n').collect();
    let b: Vec<&str> = new.split_inclusive('\n').collect();
    let mut out = format!("--- a/{path}\n+++ b/{path}\n");
    if a.len() != b.len() {
        hunk(&mut out, (&a, 0, a.len()), (&b, 0, b.len()), &[]);
        return out;
    }
    let changed: Vec<usize> = (0..a.len()).filter(|&i| a.get(i) != b.get(i)).collect();
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for &line in &changed {
        let start = line.saturating_sub(CONTEXT);
        let end = line.saturating_add(CONTEXT).saturating_add(1).min(a.len());
        match groups.last_mut() {
            Some(last) if start <= last.1 => last.1 = end,
            _ => groups.push((start, end)),
        }
    }
    for (start, end) in groups {
        hunk(&mut out, (&a, start, end), (&b, start, end), &changed);
    }
    out
}

/// One hunk: lines `start..end` of each side; `changed` lines (when both sides have as
/// many lines) are shown removed and added, the others as context.
fn hunk(
    out: &mut String,
    (a, a_start, a_end): (&[&str], usize, usize),
    (b, b_start, b_end): (&[&str], usize, usize),
    changed: &[usize],
) {
    let count = |start: usize, end: usize| end.saturating_sub(start);
    let first = |start: usize, end: usize| {
        if end > start {
            start.saturating_add(1)
        } else {
            start
        }
    };
    out.push_str(&format!(
        "@@ -{},{} +{},{} @@\n",
        first(a_start, a_end),
        count(a_start, a_end),
        first(b_start, b_end),
        count(b_start, b_end)
    ));
    let line = |out: &mut String, mark: char, text: &str| {
        out.push(mark);
        out.push_str(text);
        if !text.ends_with('\n') {
            out.push_str("\n\\ No newline at end of file\n");
        }
    };
    if a.len() != b.len() {
        a.iter()
            .take(a_end)
            .skip(a_start)
            .for_each(|t| line(out, '-', t));
        b.iter()
            .take(b_end)
            .skip(b_start)
            .for_each(|t| line(out, '+', t));
        return;
    }
    let mut i = a_start;
    while i < a_end {
        if changed.binary_search(&i).is_err() {
            line(out, ' ', a.get(i).copied().unwrap_or_default());
            i = i.saturating_add(1);
            continue;
        }
        // A run of changed lines: all removals, then all additions.
        let run_end = (i..a_end)
            .find(|k| changed.binary_search(k).is_err())
            .unwrap_or(a_end);
        (i..run_end).for_each(|k| line(out, '-', a.get(k).copied().unwrap_or_default()));
        (i..run_end).for_each(|k| line(out, '+', b.get(k).copied().unwrap_or_default()));
        i = run_end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diff_shows_the_changed_line_with_context() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\n";
        let new = "a\nb\nc\nd\nE\nf\ng\nh\n";
        assert_eq!(
            unified_diff("x.yaml", old, new),
            "--- a/x.yaml\n+++ b/x.yaml\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n"
        );
        assert_eq!(unified_diff("x.yaml", old, old), "");
    }
}
