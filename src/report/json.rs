//! `--format json`: a stable, versioned report for tools.

use super::{Summary, position};
use crate::analysis::Exposure;
use crate::check::CheckedFile;
use crate::finding::{Finding, Fix};
use serde::Serialize;

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    files: Vec<File<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    findings: Vec<JsonFinding<'a>>,
    /// The worst-case stacking exposure; `null` when the offers could not be analysed.
    exposure: Option<Exposure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    failure: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    code: &'a str,
    rule: &'a str,
    severity: &'a str,
    message: &'a str,
    pointer: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    help: Option<&'a str>,
    related: Vec<Related<'a>>,
    /// Mechanical fixes (`check --fix`); empty for most findings.
    fixes: Vec<JsonFix<'a>>,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    title: &'a str,
    /// `safe` (applied by `--fix`) or `unsafe` (only with `--unsafe-fixes`).
    applicability: &'a str,
    edits: Vec<JsonEdit<'a>>,
}

/// The bytes `start..end` of the file (0-based byte offsets, end exclusive), at
/// 1-based lines and columns, replaced by `replacement`.
#[derive(Serialize)]
struct JsonEdit<'a> {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    replacement: &'a str,
}

#[derive(Serialize)]
struct Related<'a> {
    pointer: &'a str,
    line: usize,
    column: usize,
    message: Option<&'a str>,
}

fn finding<'a>(file: &CheckedFile, f: &'a Finding) -> JsonFinding<'a> {
    let (line, column) = position(file, f.primary.span.start);
    let (end_line, end_column) = position(file, f.primary.span.end);
    JsonFinding {
        code: f.code,
        rule: f.rule,
        severity: f.severity.as_str(),
        message: &f.message,
        pointer: &f.primary.pointer,
        line,
        column,
        end_line,
        end_column,
        help: f.help.as_deref(),
        related: f
            .related
            .iter()
            .map(|r| {
                let (line, column) = position(file, r.span.start);
                Related {
                    pointer: &r.pointer,
                    line,
                    column,
                    message: r.message.as_deref(),
                }
            })
            .collect(),
        fixes: f.fixes.iter().map(|fix| json_fix(file, fix)).collect(),
    }
}

fn json_fix<'a>(file: &CheckedFile, fix: &'a Fix) -> JsonFix<'a> {
    JsonFix {
        title: &fix.title,
        applicability: fix.applicability.as_str(),
        edits: fix
            .edits
            .iter()
            .map(|edit| {
                let (line, column) = position(file, edit.span.start);
                let (end_line, end_column) = position(file, edit.span.end);
                JsonEdit {
                    start: edit.span.start,
                    end: edit.span.end,
                    line,
                    column,
                    end_line,
                    end_column,
                    replacement: &edit.replacement,
                }
            })
            .collect(),
    }
}

/// The JSON report, pretty-printed, with a trailing newline.
pub fn render(files: &[CheckedFile]) -> String {
    let report = Report {
        version: 1,
        files: files
            .iter()
            .map(|file| File {
                path: &file.path,
                findings: file.findings.iter().map(|f| finding(file, f)).collect(),
                exposure: file.exposure(),
                failure: file.failure.as_deref(),
            })
            .collect(),
        summary: Summary::of(files),
    };
    // Values stay exact; the control characters JSON allows raw are written as escapes.
    let mut text = crate::escape::json(serde_json::to_string_pretty(&report).unwrap_or_default());
    text.push('\n');
    text
}
