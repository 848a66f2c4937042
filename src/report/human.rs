//! Human output: compiler-style diagnostics rendered by miette, with the exact span
//! underlined, secondary labels, and help; colour only when asked for.

use super::Summary;
use crate::check::{CheckedFile, Source};
use crate::finding::{Finding, Severity};
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, NamedSource, SourceCode, SourceSpan, SpanContents,
};
use std::fmt::{self, Write};
use std::sync::Arc;

/// How to render.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// ANSI colours.
    pub color: bool,
    /// Wrap width.
    pub width: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            color: false,
            width: 100,
        }
    }
}

/// A miette source backed by the file's line index: each lookup is a binary search
/// instead of a scan from the start of the file, so thousands of findings stay fast.
/// The header column is a character column, like every other output.
#[derive(Clone, Debug)]
struct Indexed(Arc<Source>);

impl SourceCode for Indexed {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let source = &self.0;
        let text = source.text.as_str();
        let start = span.offset();
        let end = start + span.len();
        if end > text.len() {
            return Err(MietteError::OutOfBounds);
        }
        let lines = &source.lines;
        let first_line = lines.line_of(start);
        let last_line = lines.line_of(if end > start { end - 1 } else { end });
        let context_first = first_line.saturating_sub(before);
        let context_last = (last_line + after).min(lines.line_count().saturating_sub(1));
        let data_end = if context_last + 1 < lines.line_count() {
            lines.line_start(context_last + 1)
        } else {
            text.len()
        };
        let (data_start, column) = if before == 0 {
            let column = text
                .get(lines.line_start(first_line).min(start)..start)
                .map(|s| s.chars().count())
                .unwrap_or(0);
            (start, column)
        } else {
            (lines.line_start(context_first), 0)
        };
        let data_start = data_start.min(data_end);
        let data = text.as_bytes().get(data_start..data_end).unwrap_or(&[]);
        Ok(Box::new(MietteSpanContents::new_named(
            source.path.clone(),
            data,
            SourceSpan::new(data_start.into(), data_end - data_start),
            if before == 0 {
                first_line
            } else {
                context_first
            },
            column,
            context_last - context_first + 1,
        )))
    }
}

struct Diag {
    message: String,
    code: String,
    severity: miette::Severity,
    help: Option<String>,
    labels: Vec<LabeledSpan>,
    source: Option<NamedSource<Indexed>>,
}

impl fmt::Debug for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diag {}

impl Diagnostic for Diag {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display + 'a>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.source.is_none() || self.labels.is_empty() {
            return None;
        }
        Some(Box::new(self.labels.iter().cloned()))
    }
}

fn diag(file: &CheckedFile, finding: &Finding) -> Diag {
    let source = file
        .source
        .as_ref()
        .map(|s| NamedSource::new(s.path.clone(), Indexed(s.clone())));
    let mut labels = Vec::with_capacity(1 + finding.related.len());
    let span = |s: crate::finding::Span| SourceSpan::new(s.start.into(), s.len());
    labels.push(LabeledSpan::new_primary_with_span(
        finding.primary.message.clone(),
        span(finding.primary.span),
    ));
    for related in &finding.related {
        labels.push(LabeledSpan::new_with_span(
            related.message.clone(),
            span(related.span),
        ));
    }
    let message = if source.is_some() {
        finding.message.clone()
    } else {
        format!("{}: {}", file.path, finding.message)
    };
    Diag {
        message,
        code: format!("{}({})", finding.code, finding.rule),
        severity: match finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        },
        help: finding.help.clone(),
        labels,
        source,
    }
}

/// Renders every finding and failure, then a summary line.
pub fn render(files: &[CheckedFile], options: Options) -> String {
    let mut out = diagnostics(files, options);
    out.push_str(&summary_line(files));
    out
}

fn handler(options: Options) -> GraphicalReportHandler {
    let theme = if options.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    GraphicalReportHandler::new_themed(theme)
        .with_width(options.width)
        .with_context_lines(1)
}

/// The findings and failures of `files`, without the summary line.
pub fn diagnostics<'a>(
    files: impl IntoIterator<Item = &'a CheckedFile>,
    options: Options,
) -> String {
    let handler = handler(options);
    let mut out = String::new();
    for file in files {
        if let Some(failure) = &file.failure {
            let _ = writeln!(out, "  × {failure}\n");
        }
        for finding in &file.findings {
            let _ = handler.render_report(&mut out, &diag(file, finding));
            out.push('\n');
        }
    }
    out
}

/// One diagnostic that is not a finding (a template error), rendered like findings.
pub fn diagnostic(error: &dyn Diagnostic, options: Options) -> String {
    let mut out = String::new();
    let _ = handler(options).render_report(&mut out, error);
    out.push('\n');
    out
}

/// `2 errors, 1 warning in 1 of 3 files` or `3 files checked: no findings`.
pub fn summary_line(files: &[CheckedFile]) -> String {
    let s = Summary::of(files);
    let failures = files.iter().filter(|f| f.failure.is_some()).count();
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("1 {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let with_findings = files.iter().filter(|f| !f.findings.is_empty()).count();
    let mut parts = Vec::new();
    if s.errors > 0 {
        parts.push(plural(s.errors, "error"));
    }
    if s.warnings > 0 {
        parts.push(plural(s.warnings, "warning"));
    }
    if s.infos > 0 {
        parts.push(plural(s.infos, "info"));
    }
    let mut line = if parts.is_empty() {
        format!(
            "{} checked: no findings",
            plural(s.files - failures, "file")
        )
    } else {
        format!(
            "{} in {} of {}",
            parts.join(", "),
            with_findings,
            plural(s.files - failures, "file")
        )
    };
    if failures > 0 {
        line.push_str(&format!("; {} could not be read", plural(failures, "file")));
    }
    line.push('\n');
    line
}
