//! Findings as LSP diagnostics, and the hover that explains a finding's rule.

use super::position::Lines;
use crate::finding::{Finding, Severity};
use crate::rules::registry;
use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Hover,
    HoverContents, Location, MarkupContent, MarkupKind, NumberOrString, Uri,
};

/// The `source` of every diagnostic.
pub const SOURCE: &str = "campspec";

/// The diagnostic of `finding` in the document `uri` whose text is `text`, with `link`
/// to its rule's documentation.
pub fn diagnostic(
    finding: &Finding,
    uri: &Uri,
    text: &str,
    lines: &Lines,
    link: Option<CodeDescription>,
) -> Diagnostic {
    let range = lines.range(text, finding.primary.span.start, finding.primary.span.end);
    let mut message = finding.message.clone();
    if let Some(help) = &finding.help {
        message.push('\n');
        message.push_str(&crate::msg!("report-help-heading").render(finding.lang));
        message.push_str(help);
    }
    let related: Vec<DiagnosticRelatedInformation> = finding
        .related
        .iter()
        .map(|label| DiagnosticRelatedInformation {
            location: Location::new(
                uri.clone(),
                lines.range(text, label.span.start, label.span.end),
            ),
            message: label
                .message
                .clone()
                .unwrap_or_else(|| finding.message.clone()),
        })
        .collect();
    Diagnostic {
        range,
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.code.to_owned())),
        code_description: link,
        source: Some(SOURCE.to_owned()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: Some(serde_json::json!({ "rule": finding.rule })),
    }
}

/// The link to the rule's section of the rules' documentation (`docs/rules.md`, whose
/// headings are `### D003 phase-overlap`).
pub fn rule_link(base: &str, finding: &Finding) -> Option<CodeDescription> {
    let anchor = format!("{}-{}", finding.code.to_ascii_lowercase(), finding.rule);
    let href = format!("{}#{anchor}", base.trim_end_matches('#'));
    href.parse::<Uri>()
        .ok()
        .map(|href| CodeDescription { href })
}

/// An LSP severity.
fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// The hover at byte `offset`: the summary of the rule of each finding whose range
/// holds it, in the finding's language (`None` when no finding is there).
pub fn hover(findings: &[Finding], text: &str, lines: &Lines, offset: usize) -> Option<Hover> {
    let here: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.primary.span.start <= offset && offset <= f.primary.span.end)
        .collect();
    let first = here.first()?;
    let mut value = String::new();
    for finding in &here {
        if !value.is_empty() {
            value.push_str("\n\n");
        }
        let summary = registry::find(finding.code)
            .map(|rule| rule.meta().summary_words().render(finding.lang))
            .unwrap_or_default();
        value.push_str(&format!(
            "**{}** `{}`: {summary}",
            finding.code, finding.rule
        ));
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: Some(lines.range(text, first.primary.span.start, first.primary.span.end)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Label, Span};
    use crate::i18n::Lang;

    #[test]
    fn related_places_and_help_travel_with_the_diagnostic() {
        let text = "phases:\n  - id: 预热\n  - id: burst\n";
        let lines = Lines::new(text);
        let at = |needle: &str| {
            let start = text.find(needle).unwrap();
            Span::new(start, start + needle.len())
        };
        let finding = Finding {
            code: "D003",
            rule: "phase-overlap",
            severity: Severity::Warning,
            message: "phases overlap".to_owned(),
            primary: Label {
                pointer: "/phases/1/id".to_owned(),
                span: at("burst"),
                message: None,
            },
            related: vec![Label {
                pointer: "/phases/0/id".to_owned(),
                span: at("预热"),
                message: Some("this one".to_owned()),
            }],
            help: Some("move one".to_owned()),
            fixes: Vec::new(),
            lang: Lang::En,
        };
        let uri: Uri = "file:///p.campaign.yaml".parse().unwrap();
        let d = diagnostic(&finding, &uri, text, &lines, None);
        assert_eq!(d.severity, Some(DiagnosticSeverity::WARNING));
        assert_eq!(d.message, "phases overlap\nhelp: move one");
        assert_eq!(d.code_description, None);
        let related = d.related_information.unwrap();
        assert_eq!(related.len(), 1);
        assert_eq!(related[0].message, "this one");
        let range = related[0].location.range;
        assert_eq!((range.start.line, range.start.character), (1, 8));
        assert_eq!((range.end.line, range.end.character), (1, 10));
    }
}
