//! Plan diffs written out: Markdown for a pull-request comment (user text escaped), plain
//! text for a terminal, and versioned JSON for tools. Plan text and file names show
//! their control characters as escapes (see [`crate::escape`]) in every format.

use super::{FindingNote, PlanDiff, Status};
use crate::escape;
use crate::i18n::{Lang, Msg};
use crate::msg;
use crate::render::filters::escape_markdown;
use std::fmt::Write;

/// Escapes a sentence for Markdown, keeping its backticked values as code spans (which
/// show their content literally); other text is escaped. A sentence with an odd number
/// of backticks is escaped whole. Control characters are shown as escapes, in code spans
/// too.
fn md(text: &str) -> String {
    let text: &str = &escape::lines(text);
    let parts: Vec<&str> = text.split('`').collect();
    if parts.len().is_multiple_of(2) || text.contains('\n') {
        return escape_markdown(text);
    }
    let mut out = String::with_capacity(text.len().saturating_add(8));
    for (i, part) in parts.iter().enumerate() {
        if i % 2 == 1 && !part.is_empty() {
            out.push('`');
            out.push_str(part);
            out.push('`');
        } else {
            out.push_str(&escape_markdown(part));
        }
    }
    out
}

fn label(diff: &PlanDiff) -> String {
    match (&diff.old, &diff.new) {
        (Some(o), Some(n)) if o == n => o.clone(),
        (Some(o), Some(n)) => format!("{o} → {n}"),
        (Some(o), None) => o.clone(),
        (None, Some(n)) => n.clone(),
        (None, None) => String::new(),
    }
}

/// The headings of the findings introduced and resolved, with their notes.
fn finding_groups(d: &PlanDiff) -> [(Msg, &Vec<FindingNote>); 2] {
    [
        (msg!("diff-findings-introduced"), &d.findings.introduced),
        (msg!("diff-findings-resolved"), &d.findings.resolved),
    ]
}

/// Markdown ready for a pull-request comment, in `lang`.
pub fn markdown(diffs: &[PlanDiff], lang: Lang) -> String {
    let say = |m: Msg| m.render(lang);
    let mut out = say(msg!("diff-md-heading"));
    out.push('\n');
    if diffs.is_empty() {
        let _ = writeln!(out, "\n{}", say(msg!("diff-no-changes")));
        return out;
    }
    for d in diffs {
        let _ = write!(out, "\n### {}\n\n", md(&d.name));
        let _ = writeln!(out, "{}\n", md(&label(d)));
        // The status in bold, then what the exposure sentence below does not say
        // already: no sentence twice.
        let summary = md(&capitalize(&super::lead(d, lang)));
        let line = match d.status {
            Status::Added => say(msg!("diff-md-added", summary = summary)),
            Status::Removed => say(msg!("diff-md-removed", summary = summary)),
            _ => summary,
        };
        let line = line.trim_end();
        if !line.is_empty() {
            let _ = writeln!(out, "{line}\n");
        }
        for problem in &d.problems {
            let _ = writeln!(out, "> ⚠ {}\n", md(problem));
        }
        if let Some(e) = &d.exposure {
            let _ = writeln!(out, "> **{}**\n", md(&e.text));
        }
        if !d.liability.is_empty() {
            let _ = writeln!(out, "**{}**\n", say(msg!("diff-liability-title")));
            for change in &d.liability {
                let _ = writeln!(out, "- {}", md(&change.text));
            }
            out.push('\n');
        }
        for section in &d.sections {
            let _ = writeln!(out, "**{}**\n", section.title);
            for change in &section.changes {
                let _ = writeln!(out, "- {}", md(&change.text));
            }
            out.push('\n');
        }
        for (title, notes) in finding_groups(d) {
            if notes.is_empty() {
                continue;
            }
            let _ = writeln!(out, "**{}**\n", say(title));
            for n in notes {
                let text = msg!(
                    "diff-md-finding",
                    severity = msg!("diff-severity", severity = n.severity),
                    code = n.code,
                    rule = n.rule,
                    message = md(&n.message),
                    line = n.line.to_string()
                );
                let _ = writeln!(out, "- {}", say(text));
            }
            out.push('\n');
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    // A plan's label line starts with its file name, which could start with `::`.
    escape::no_commands(out)
}

/// Plain text for a terminal, in `lang`.
pub fn human(diffs: &[PlanDiff], lang: Lang) -> String {
    let say = |m: Msg| m.render(lang);
    let mut out = String::new();
    if diffs.is_empty() {
        let _ = writeln!(out, "{}", say(msg!("diff-no-changes")));
        return out;
    }
    let e = |text: &str| escape::line(text).into_owned();
    for d in diffs {
        let plan = msg!("diff-human-plan", name = e(&d.name), label = e(&label(d)));
        let _ = writeln!(out, "{}", say(plan));
        // A changed plan's exposure has its own line below.
        let summary = match d.status {
            Status::Changed => super::lead(d, lang),
            _ => d.summary.clone(),
        };
        if !summary.is_empty() {
            let _ = writeln!(out, "  {}", e(&capitalize(&summary)));
        }
        for problem in &d.problems {
            let _ = writeln!(out, "  ! {}", e(problem));
        }
        if let Some(exposure) = &d.exposure {
            let _ = writeln!(out, "  {}", e(&exposure.text));
        }
        if !d.liability.is_empty() {
            let title = msg!("diff-human-section", title = msg!("diff-liability-title"));
            let _ = writeln!(out, "  {}", say(title));
            for change in &d.liability {
                let _ = writeln!(out, "    - {}", e(&change.text));
            }
        }
        for section in &d.sections {
            let title = msg!("diff-human-section", title = &section.title);
            let _ = writeln!(out, "  {}", say(title));
            for change in &section.changes {
                let _ = writeln!(out, "    - {}", e(&change.text));
            }
        }
        for (title, notes) in finding_groups(d) {
            if !notes.is_empty() {
                let title = msg!("diff-human-section", title = title);
                let _ = writeln!(out, "  {}", say(title));
                for n in notes {
                    let text = msg!(
                        "diff-human-finding",
                        severity = msg!("diff-severity", severity = n.severity),
                        code = n.code,
                        message = e(&n.message),
                        line = n.line.to_string()
                    );
                    let _ = writeln!(out, "    - {}", say(text));
                }
            }
        }
        out.push('\n');
    }
    // Each plan starts a line with its name, which could start with `::`.
    escape::no_commands(out)
}

/// Versioned JSON.
pub fn json(diffs: &[PlanDiff]) -> String {
    let value = serde_json::json!({ "version": 1, "plans": diffs });
    // Values stay exact; the control characters JSON allows raw are written as escapes.
    let mut text = crate::escape::json(serde_json::to_string_pretty(&value).unwrap_or_default());
    text.push('\n');
    text
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_keep_their_code_spans_and_user_text_is_escaped() {
        assert_eq!(
            md("`win-back` name: <b>A</b> → *B*"),
            "`win-back` name: &lt;b&gt;A&lt;/b&gt; → \\*B\\*"
        );
        assert_eq!(md("the text says `<script>`"), "the text says `<script>`");
        assert_eq!(md("odd ` tick"), "odd \\` tick");
        assert_eq!(md("`a\u{1b}b` c\u{7}"), "`a\\u{1b}b` c\\\\u\\{7\\}");
    }
}
