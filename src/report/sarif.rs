//! `--format sarif`: SARIF 2.1.0 for code-scanning tools (GitHub code scanning, IDEs),
//! with every rule's documentation, results with exact regions in characters, related
//! locations, stable fingerprints so a finding is tracked across commits, and each
//! finding's mechanical fixes (`result.fixes`).

use super::position;
use crate::check::CheckedFile;
use crate::finding::{Finding, Fix, Severity};
use crate::i18n::Lang;
use crate::msg;
use crate::rules::registry;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// The SARIF level of a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A file path as a relative URI reference: forward slashes, spaces and other
/// characters that may not appear in a URI percent-encoded.
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let path = path.strip_prefix("./").unwrap_or(&path);
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn region(file: &CheckedFile, start: usize, end: usize) -> Value {
    let (start_line, start_column) = position(file, start);
    let (end_line, end_column) = position(file, end.max(start));
    let mut region = json!({
        "startLine": start_line,
        "startColumn": start_column,
        "endLine": end_line,
        "endColumn": end_column.max(if end_line == start_line { start_column } else { 1 }),
    });
    if let Some(text) = file.snippet(start, end) {
        region["snippet"] = json!({ "text": text });
    }
    region
}

/// A fingerprint that survives edits elsewhere in the file: the rule, the JSON pointer
/// and the message, hashed.
fn fingerprint(f: &Finding) -> String {
    let mut hash = Sha256::new();
    hash.update(f.code.as_bytes());
    hash.update([0]);
    hash.update(f.primary.pointer.as_bytes());
    hash.update([0]);
    hash.update(f.message.as_bytes());
    let digest = hash.finalize();
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

fn result(file: &CheckedFile, f: &Finding, rule_index: Option<usize>) -> Value {
    let location = |start: usize, end: usize| {
        json!({
            "physicalLocation": {
                "artifactLocation": { "uri": uri(&file.path) },
                "region": region(file, start, end),
            }
        })
    };
    let mut message = f.message.clone();
    if let Some(help) = &f.help {
        message.push('\n');
        message.push_str(&super::help_heading(f.lang));
        message.push_str(help);
    }
    let mut result = json!({
        "ruleId": f.code,
        "level": level(f.severity),
        "message": { "text": message },
        "locations": [location(f.primary.span.start, f.primary.span.end)],
        "partialFingerprints": { "campspecFinding/v1": fingerprint(f) },
        "properties": { "rule": f.rule, "pointer": f.primary.pointer },
    });
    if let Some(i) = rule_index {
        result["ruleIndex"] = json!(i);
    }
    if !f.fixes.is_empty() {
        result["fixes"] = f.fixes.iter().map(|fix| sarif_fix(file, fix)).collect();
    }
    if !f.related.is_empty() {
        result["relatedLocations"] = f
            .related
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let mut loc = location(r.span.start, r.span.end);
                loc["id"] = json!(i + 1);
                if let Some(m) = &r.message {
                    loc["message"] = json!({ "text": m });
                }
                loc
            })
            .collect();
    }
    result
}

/// A fix as SARIF puts it (§3.55): its title, and each edit as a replacement in the
/// file, whose `deletedRegion` gives the bytes replaced both as a byte range
/// (`byteOffset`, `byteLength`; empty for an insertion) and as lines and columns.
/// Whether it is safe goes in `properties.applicability`.
fn sarif_fix(file: &CheckedFile, fix: &Fix) -> Value {
    let replacements: Vec<Value> = fix
        .edits
        .iter()
        .map(|edit| {
            let (start_line, start_column) = position(file, edit.span.start);
            let (end_line, end_column) = position(file, edit.span.end);
            json!({
                "deletedRegion": {
                    "byteOffset": edit.span.start,
                    "byteLength": edit.span.len(),
                    "startLine": start_line,
                    "startColumn": start_column,
                    "endLine": end_line,
                    "endColumn": end_column,
                },
                "insertedContent": { "text": edit.replacement },
            })
        })
        .collect();
    json!({
        "description": { "text": fix.title },
        "artifactChanges": [{
            "artifactLocation": { "uri": uri(&file.path) },
            "replacements": replacements,
        }],
        "properties": { "applicability": fix.applicability.as_str() },
    })
}

/// The SARIF log, pretty-printed, with a trailing newline.
pub fn render(files: &[CheckedFile]) -> String {
    render_in(files, Lang::En)
}

/// [`render`] with the rules' descriptions and the log's own words in `lang` (the
/// findings are in the language they were written in).
pub fn render_in(files: &[CheckedFile], lang: Lang) -> String {
    let rules = registry::all();
    let driver_rules: Vec<Value> = rules
        .iter()
        .map(|rule| {
            let meta = rule.meta();
            let docs = meta.documentation_in(lang);
            let summary = meta.summary_words().render(lang);
            json!({
                "id": meta.code,
                "name": meta.name,
                "shortDescription": { "text": summary },
                "fullDescription": { "text": summary },
                "help": { "text": docs, "markdown": docs },
                "defaultConfiguration": { "level": level(meta.severity) },
                "properties": { "tags": [meta.family] },
            })
        })
        .collect();
    let mut results = Vec::new();
    let mut notifications = Vec::new();
    for file in files {
        if let Some(failure) = &file.failure {
            notifications.push(json!({
                "level": "error",
                "message": { "text": msg!("report-file-failure", path = &file.path, failure = failure).render(lang) },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(&file.path) } } }],
            }));
        }
        for f in &file.findings {
            let index = rules.iter().position(|r| r.meta().code == f.code);
            results.push(result(file, f, index));
        }
    }
    let artifacts: Vec<Value> = files
        .iter()
        .map(|f| json!({ "location": { "uri": uri(&f.path) } }))
        .collect();
    let mut log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "campspec",
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "version": env!("CARGO_PKG_VERSION"),
                "rules": driver_rules,
            }},
            "invocations": [{
                "executionSuccessful": notifications.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "artifacts": artifacts,
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    if lang != Lang::En {
        // The language of the log's text (SARIF `run.language`).
        log["runs"][0]["language"] = json!(lang.tag());
    }
    // Values stay exact; the control characters JSON allows raw are written as escapes.
    let mut text = crate::escape::json(serde_json::to_string_pretty(&log).unwrap_or_default());
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("specs/a.campaign.yaml"), "specs/a.campaign.yaml");
        assert_eq!(
            uri("./my plans/新年.yaml"),
            "my%20plans/%E6%96%B0%E5%B9%B4.yaml"
        );
        assert_eq!(uri("dir\\a.yaml"), "dir/a.yaml");
    }
}
