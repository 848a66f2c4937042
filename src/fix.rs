//! Applying findings' fixes to a plan's text (`campspec check --fix`, `--diff`): edits
//! on exact byte spans, never overlapping, nothing outside them changed.

use crate::check::check_text;
use crate::finding::{Edit, Finding, Fix, Span};
use crate::settings::Settings;
use crate::source::{Doc, NodeKind, NodeSpans};

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

/// Whether a value is a placeholder left for a human to replace: it starts with `TODO`,
/// `TBD` or `FIXME` (any case), `待填写` or `待定`, as the values unsafe fixes insert do
/// (`opt_out: "TODO: …"`). Rules that read such a value report it instead of taking it.
pub fn is_placeholder(value: &str) -> bool {
    let value = value.trim_start();
    let starts = |mark: &str| {
        value
            .get(..mark.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(mark))
    };
    ["TODO", "TBD", "FIXME", "待填写", "待定"]
        .into_iter()
        .any(starts)
}

/// An edit adding the entry `key: value` (`value` written as YAML) to the mapping at the
/// JSON pointer `mapping`, in the mapping's own layout: in a block mapping a line of its
/// own after the last entry, indented as the other keys (at any depth, in a list item
/// too); in a flow mapping `, key: value` after the last value. The edit is a pure
/// insertion: no byte of the file changes, comments and blank lines stay where they
/// are. `None` when the mapping is not written exactly (behind an alias), is empty,
/// holds `key` already, or is laid out in a way an entry cannot be added to safely (a
/// complex key, tabs, a last value kept with its trailing blank lines `|+`).
pub(crate) fn insertion(
    text: &str,
    doc: &Doc,
    mapping: &str,
    key: &str,
    value: &str,
) -> Option<Edit> {
    let found = doc.locate(mapping)?;
    if !found.exact || found.spans.kind != NodeKind::Mapping {
        return None;
    }
    let node = doc.pointer(mapping)?;
    if node.get(key).is_some() {
        return None;
    }
    let entries: Vec<NodeSpans> = node.entries().map(|(_, child)| child.spans()).collect();
    let first_key = entries.first()?.key?;
    let last = entries.last()?;
    let entry = format!("{key}: {value}");
    if flow(text, first_key.start) {
        flow_insertion(text, last, &entry)
    } else {
        block_insertion(text, first_key, last, &entry)
    }
}

/// Whether the mapping whose first key starts at `first_key` is a flow mapping: the
/// first thing before that key is its `{`.
fn flow(text: &str, first_key: usize) -> bool {
    text.get(..first_key)
        .and_then(|before| before.trim_end().chars().next_back())
        == Some('{')
}

/// `, key: value` right after the last value of a flow mapping.
fn flow_insertion(text: &str, last: &NodeSpans, entry: &str) -> Option<Edit> {
    if last.value.is_empty() {
        return None;
    }
    let end = last.value.end;
    text.get(end..)?;
    Some(Edit::insert(end, format!(", {entry}")))
}

/// A line `key: value` after the last entry of a block mapping, indented as its first
/// key (which may follow a list item's `- `).
fn block_insertion(text: &str, first_key: Span, last: &NodeSpans, entry: &str) -> Option<Edit> {
    let line_start = text
        .get(..first_key.start)?
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let prefix = text.get(line_start..first_key.start)?;
    // Only spaces and the `- ` of list items may stand before a block mapping's key.
    if !prefix.chars().all(|c| c == ' ' || c == '-') || prefix.ends_with('-') {
        return None;
    }
    let indent = " ".repeat(prefix.chars().count());
    if matches!(last.kind, NodeKind::Literal | NodeKind::Folded) {
        // `|+` keeps its trailing blank lines: a line after its text would change it.
        let after_key = last.key.map_or(last.value.start, |key| key.end);
        let header = text.get(after_key..)?.lines().next()?;
        if header.contains('+') {
            return None;
        }
    }
    // After the last line with text of the entry (its key's, when its value is
    // empty), before any blank lines after it.
    let content_end = if last.value.is_empty() {
        last.key?.end
    } else {
        let written = text.get(last.value.start..last.value.end)?.trim_end();
        last.value.start + written.len()
    };
    let rest = text.get(content_end..)?;
    match rest.find('\n') {
        Some(newline) => {
            let at = content_end + newline + 1;
            let eol = if rest.get(..newline)?.ends_with('\r') {
                "\r\n"
            } else {
                "\n"
            };
            Some(Edit::insert(at, format!("{indent}{entry}{eol}")))
        }
        None => Some(Edit::insert(text.len(), format!("\n{indent}{entry}"))),
    }
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

/// Past this many changed lines a diff is not worked out line by line: the whole file
/// is shown removed and added.
const MAX_CHANGES: usize = 2_000;

/// What a diff does with one line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    /// Line `.0` of the old text, the same as line `.1` of the new.
    Keep(usize, usize),
    /// Line `.0` of the old text, removed.
    Remove(usize),
    /// Line `.0` of the new text, added.
    Add(usize),
}

/// A unified diff from `old` to `new` of the file `path` (`--- a/path`, `+++ b/path`),
/// empty when they are the same: the fewest lines removed and added (a fix that adds an
/// entry shows as the lines it adds), each change with three lines of context.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let a: Vec<&str> = old.split_inclusive('\n').collect();
    let b: Vec<&str> = new.split_inclusive('\n').collect();
    let ops = shortest_edit(&a, &b).unwrap_or_else(|| {
        (0..a.len())
            .map(Op::Remove)
            .chain((0..b.len()).map(Op::Add))
            .collect()
    });
    let changed: Vec<usize> = (0..ops.len())
        .filter(|&i| !matches!(ops.get(i), Some(Op::Keep(..))))
        .collect();
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for &i in &changed {
        let start = i.saturating_sub(CONTEXT);
        let end = i.saturating_add(CONTEXT).saturating_add(1).min(ops.len());
        match groups.last_mut() {
            Some(last) if start <= last.1 => last.1 = end,
            _ => groups.push((start, end)),
        }
    }
    // A file name is shown escaped: a line break in it cannot start a line of the diff.
    let path = crate::escape::line(path);
    let mut out = format!("--- a/{path}\n+++ b/{path}\n");
    for (start, end) in groups {
        hunk(&mut out, (&a, &b), &ops, start..end);
    }
    out
}

/// The lines of `a` and `b` matched by a shortest edit script (Myers' O(ND) algorithm),
/// in order; `None` past [`MAX_CHANGES`] changed lines.
fn shortest_edit(a: &[&str], b: &[&str]) -> Option<Vec<Op>> {
    let (n, m) = (a.len() as isize, b.len() as isize);
    let max = n.saturating_add(m);
    let limit = max.min(MAX_CHANGES as isize);
    let offset = max.saturating_add(1);
    let mut v = vec![0isize; (2 * offset + 1) as usize];
    let at = |k: isize| (k + offset) as usize;
    // `trace[d]`: the furthest x on each diagonal -d..=d after d changes.
    let mut trace: Vec<Vec<isize>> = Vec::new();
    let mut done = None;
    'search: for d in 0..=limit {
        for k in (-d..=d).step_by(2) {
            let down = k == -d || (k != d && v[at(k - 1)] < v[at(k + 1)]);
            let mut x = if down { v[at(k + 1)] } else { v[at(k - 1)] + 1 };
            let mut y = x - k;
            while x < n && y < m && a.get(x as usize) == b.get(y as usize) {
                x += 1;
                y += 1;
            }
            v[at(k)] = x;
            if x >= n && y >= m {
                trace.push(v[at(-d)..=at(d)].to_vec());
                done = Some(d);
                break 'search;
            }
        }
        trace.push(v[at(-d)..=at(d)].to_vec());
    }
    let depth = done?;
    let mut ops = Vec::new();
    let (mut x, mut y) = (n, m);
    for d in (1..=depth).rev() {
        let previous = trace.get((d - 1) as usize)?;
        let get = |k: isize| previous.get((k + d - 1) as usize).copied();
        let k = x - y;
        let down = k == -d || (k != d && get(k - 1)? < get(k + 1)?);
        let prev_k = if down { k + 1 } else { k - 1 };
        let prev_x = get(prev_k)?;
        let prev_y = prev_x - prev_k;
        let (mid_x, mid_y) = if down {
            (prev_x, prev_y + 1)
        } else {
            (prev_x + 1, prev_y)
        };
        while x > mid_x && y > mid_y {
            x -= 1;
            y -= 1;
            ops.push(Op::Keep(x as usize, y as usize));
        }
        ops.push(if down {
            Op::Add(prev_y as usize)
        } else {
            Op::Remove(prev_x as usize)
        });
        (x, y) = (prev_x, prev_y);
    }
    while x > 0 && y > 0 {
        x -= 1;
        y -= 1;
        ops.push(Op::Keep(x as usize, y as usize));
    }
    ops.reverse();
    Some(ops)
}

/// One hunk: the ops `range`, each run of changes written as its removed lines, then
/// its added ones.
fn hunk(out: &mut String, (a, b): (&[&str], &[&str]), ops: &[Op], range: std::ops::Range<usize>) {
    let before = ops.get(..range.start).unwrap_or_default();
    let ops = ops.get(range).unwrap_or_default();
    let old_lines = |ops: &[Op]| ops.iter().filter(|op| !matches!(op, Op::Add(_))).count();
    let new_lines = |ops: &[Op]| ops.iter().filter(|op| !matches!(op, Op::Remove(_))).count();
    // A side's first line, 1-based; for a side with no line in the hunk, the line
    // before it.
    let first = |before: usize, count: usize| if count > 0 { before + 1 } else { before };
    let (a_count, b_count) = (old_lines(ops), new_lines(ops));
    out.push_str(&format!(
        "@@ -{},{a_count} +{},{b_count} @@\n",
        first(old_lines(before), a_count),
        first(new_lines(before), b_count),
    ));
    let line = |out: &mut String, mark: char, text: &str| {
        out.push(mark);
        out.push_str(text);
        if !text.ends_with('\n') {
            out.push_str("\n\\ No newline at end of file\n");
        }
    };
    let mut i = 0;
    while let Some(op) = ops.get(i) {
        if let Op::Keep(k, _) = op {
            line(out, ' ', a.get(*k).copied().unwrap_or_default());
            i += 1;
            continue;
        }
        let run_end = (i..ops.len())
            .find(|&r| matches!(ops.get(r), Some(Op::Keep(..))))
            .unwrap_or(ops.len());
        let run = ops.get(i..run_end).unwrap_or_default();
        for op in run {
            if let Op::Remove(k) = op {
                line(out, '-', a.get(*k).copied().unwrap_or_default());
            }
        }
        for op in run {
            if let Op::Add(k) = op {
                line(out, '+', b.get(*k).copied().unwrap_or_default());
            }
        }
        i = run_end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::yaml::load;

    /// `text` with `opt_out: "TODO: x"` inserted into the mapping at `at`; asserts the
    /// edit is a pure insertion and the result loads, without a problem, as the same
    /// data with that entry added.
    fn insert(text: &str, at: &str) -> Option<String> {
        let loaded = load(text, Default::default());
        let edit = insertion(text, &loaded.doc, at, "opt_out", "\"TODO: x\"")?;
        assert!(edit.is_insertion(), "a pure insertion");
        let mut out = text.to_owned();
        out.insert_str(edit.span.start, &edit.replacement);
        let after = load(&out, Default::default());
        assert!(after.problems.is_empty(), "{out}");
        let mut expected = loaded.doc.to_value();
        expected
            .pointer_mut(at)
            .and_then(|m| m.as_object_mut())
            .map(|m| m.insert("opt_out".into(), "TODO: x".into()));
        assert_eq!(after.doc.to_value(), expected, "{out}");
        Some(out)
    }

    #[test]
    fn an_entry_goes_after_the_last_one_of_a_block_mapping() {
        assert_eq!(
            insert("a: 1\nb: 2 # two\n", "").as_deref(),
            Some("a: 1\nb: 2 # two\nopt_out: \"TODO: x\"\n")
        );
        assert_eq!(
            insert(
                "copy:\n  - id: a   # first\n    text: hi  # c\n\n  - id: b\n",
                "/copy/0"
            )
            .as_deref(),
            Some(
                "copy:\n  - id: a   # first\n    text: hi  # c\n    opt_out: \"TODO: x\"\n\n  - id: b\n"
            )
        );
        assert_eq!(
            insert("p:\n  q:\n    r:\n      a: 1\n# end\n", "/p/q/r").as_deref(),
            Some("p:\n  q:\n    r:\n      a: 1\n      opt_out: \"TODO: x\"\n# end\n")
        );
        assert_eq!(
            insert("- - a: 1\n    b: 2\n", "/0/0").as_deref(),
            Some("- - a: 1\n    b: 2\n    opt_out: \"TODO: x\"\n")
        );
    }

    #[test]
    fn an_entry_goes_after_a_last_value_on_several_lines() {
        assert_eq!(
            insert("m:\n  a: 1\n  t: |\n    line\n\n# c\nw: 2\n", "/m").as_deref(),
            Some("m:\n  a: 1\n  t: |\n    line\n  opt_out: \"TODO: x\"\n\n# c\nw: 2\n")
        );
        assert_eq!(
            insert("m:\n  a: [1]\n  l:\n    - 1\n    - 2 # two\nw: 1\n", "/m").as_deref(),
            Some("m:\n  a: [1]\n  l:\n    - 1\n    - 2 # two\n  opt_out: \"TODO: x\"\nw: 1\n")
        );
        assert_eq!(
            insert("m:\n  a: 1\n  b:\nw: 1\n", "/m").as_deref(),
            Some("m:\n  a: 1\n  b:\n  opt_out: \"TODO: x\"\nw: 1\n")
        );
        assert_eq!(
            insert("m:\n  t: plain\n    folded on\nw: 1\n", "/m").as_deref(),
            Some("m:\n  t: plain\n    folded on\n  opt_out: \"TODO: x\"\nw: 1\n")
        );
        // `|+` keeps its trailing blank lines: no line can go after it.
        assert_eq!(insert("m:\n  t: |+\n    line\n\nw: 1\n", "/m"), None);
    }

    #[test]
    fn an_entry_keeps_the_files_line_ends() {
        assert_eq!(
            insert("a: 1\r\nb: 2\r\n", "").as_deref(),
            Some("a: 1\r\nb: 2\r\nopt_out: \"TODO: x\"\r\n")
        );
        assert_eq!(
            insert("a: 1\nb: 2", "").as_deref(),
            Some("a: 1\nb: 2\nopt_out: \"TODO: x\"")
        );
    }

    #[test]
    fn an_entry_goes_after_the_last_value_of_a_flow_mapping() {
        assert_eq!(
            insert("copy:\n  - { id: a, text: hi }  # c\n", "/copy/0").as_deref(),
            Some("copy:\n  - { id: a, text: hi, opt_out: \"TODO: x\" }  # c\n")
        );
        assert_eq!(
            insert("m: {\n  a: 1,\n  b: \"q\"\n}\n", "/m").as_deref(),
            Some("m: {\n  a: 1,\n  b: \"q\", opt_out: \"TODO: x\"\n}\n")
        );
        assert_eq!(
            insert("m: {a: 1, b: [2],}\n", "/m").as_deref(),
            Some("m: {a: 1, b: [2], opt_out: \"TODO: x\",}\n")
        );
    }

    #[test]
    fn no_entry_where_it_cannot_go_safely() {
        // The key is there already.
        assert_eq!(insert("a: 1\nopt_out: 2\n", ""), None);
        // Behind an alias, the mapping is another's.
        assert_eq!(insert("base: &b {a: 1}\nm: *b\n", "/m"), None);
        // Not a mapping, or not written.
        assert_eq!(insert("a: [1]\n", "/a"), None);
        assert_eq!(insert("a: 1\n", "/b"), None);
        // An empty mapping has no layout to follow.
        assert_eq!(insert("a: {}\n", "/a"), None);
    }

    #[test]
    fn placeholders_are_recognised() {
        assert!(is_placeholder("TODO: say how"));
        assert!(is_placeholder("  todo"));
        assert!(is_placeholder("待填写：收件人如何退订"));
        assert!(is_placeholder("TBD"));
        assert!(!is_placeholder("设置→消息通知→活动推送"));
        assert!(!is_placeholder("unsubscribe link in the footer"));
    }

    #[test]
    fn a_diff_shows_added_lines_as_added() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n";
        let new = "a\nb\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nM\n";
        assert_eq!(
            unified_diff("x.yaml", old, new),
            "--- a/x.yaml\n+++ b/x.yaml\n@@ -1,5 +1,6 @@\n a\n b\n+B\n c\n d\n e\n\
             @@ -11,3 +12,4 @@\n k\n l\n m\n+M\n"
        );
        assert_eq!(
            unified_diff("x.yaml", "", "a\n"),
            "--- a/x.yaml\n+++ b/x.yaml\n@@ -0,0 +1,1 @@\n+a\n"
        );
    }

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

    #[test]
    fn a_file_name_cannot_start_a_line_of_the_diff() {
        let diff = unified_diff("a\n+++ b/evil.yaml", "a\n", "b\n");
        assert_eq!(diff.lines().filter(|l| l.starts_with("+++")).count(), 1);
        assert!(diff.starts_with("--- a/a\\n+++ b/evil.yaml\n"), "{diff}");
    }
}
