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

/// Lines longer than this many bytes are shown as a window around the label on them.
const LONG_LINE: usize = 1_000;
/// Characters shown on either side of a label on a long line.
const WINDOW_MARGIN: usize = 40;
/// The most characters of a long line shown at once: miette cannot indent an underline
/// by more than 65,535 columns (a character is at most 4 columns wide, a tab).
const WINDOW_MAX: usize = 8_000;

/// A miette source backed by the file's line index: each lookup is a binary search
/// instead of a scan from the start of the file, so thousands of findings stay fast.
/// The header column is a character column, like every other output. A long line (a
/// 100,000-character text) is shown as a window around the label on it.
#[derive(Clone, Debug)]
struct Indexed {
    source: Arc<Source>,
    /// The finding's labels, as byte ranges: any other span asked for is a merge of
    /// several labels into one snippet.
    labels: Vec<(usize, usize)>,
}

impl Indexed {
    fn is_long(&self, line: usize) -> bool {
        let lines = &self.source.lines;
        let length = lines
            .line_end(&self.source.text, line)
            .saturating_sub(lines.line_start(line));
        length > LONG_LINE
    }

    /// The snippet of a span that lies on a long line: its first line from a few
    /// characters before the span to a few after it, at most [`WINDOW_MAX`] characters.
    fn window(
        &self,
        start: usize,
        end: usize,
        first_line: usize,
        last_line: usize,
    ) -> Result<Box<dyn SpanContents<'_> + '_>, MietteError> {
        let source = &self.source;
        let text: &str = &source.text;
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Err(MietteError::OutOfBounds);
        }
        let lines = &source.lines;
        let line_end = lines.line_end(text, first_line);
        let line_start = lines.line_start(first_line).min(start).min(line_end);
        let at = start.clamp(line_start, line_end);
        let shown_end = end.clamp(at, line_end);
        let merged = !self.labels.contains(&(start, end));
        let span_chars = text[at..shown_end].chars().count();
        if merged && (first_line != last_line || span_chars > WINDOW_MAX) {
            // Labels far apart: miette then shows each label on its own.
            return Err(MietteError::OutOfBounds);
        }
        let from = text[line_start..at]
            .char_indices()
            .rev()
            .nth(WINDOW_MARGIN.saturating_sub(1))
            .map_or(line_start, |(i, _)| line_start + i);
        let wanted = text[from..at].chars().count() + span_chars + WINDOW_MARGIN;
        let to = text[from..line_end]
            .char_indices()
            .nth(wanted.min(WINDOW_MAX))
            .map_or(line_end, |(i, _)| from + i);
        // A window reaching the end of the line takes its line break, as snippets do.
        let to = if to == line_end && first_line + 1 < lines.line_count() {
            lines.line_start(first_line + 1)
        } else {
            to
        };
        let column = text[lines.line_start(first_line).min(from)..from]
            .chars()
            .count();
        let data = text.as_bytes().get(from..to).unwrap_or(&[]);
        Ok(Box::new(MietteSpanContents::new_named(
            source.path.clone(),
            data,
            SourceSpan::new(from.into(), to - from),
            first_line,
            column,
            1,
        )))
    }
}

impl SourceCode for Indexed {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let source = &self.source;
        let text: &str = &source.text;
        let start = span.offset();
        let end = start + span.len();
        if end > text.len() {
            return Err(MietteError::OutOfBounds);
        }
        let lines = &source.lines;
        let first_line = lines.line_of(start);
        let last_line = lines.line_of(if end > start { end - 1 } else { end });
        let mut context_first = first_line.saturating_sub(before);
        let mut context_last = (last_line + after).min(lines.line_count().saturating_sub(1));
        if before > 0 || after > 0 {
            if (first_line..=last_line).any(|line| self.is_long(line)) {
                return self.window(start, end, first_line, last_line);
            }
            // Long lines around the span are left out of its context.
            while context_first < first_line && self.is_long(context_first) {
                context_first += 1;
            }
            while context_last > last_line && self.is_long(context_last) {
                context_last -= 1;
            }
        }
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
    let ranges = std::iter::once(&finding.primary)
        .chain(&finding.related)
        .map(|label| (label.span.start, label.span.end))
        .collect();
    let source = file.source.as_ref().map(|s| {
        let indexed = Indexed {
            source: s.clone(),
            labels: ranges,
        };
        NamedSource::new(s.path.clone(), indexed)
    });
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Label, Span};

    /// A file holding `text` with one finding on `primary` and `related` spans.
    fn file(text: String, primary: Span, related: &[Span]) -> CheckedFile {
        let label = |span: Span, message: Option<&str>| Label {
            pointer: String::new(),
            span,
            message: message.map(str::to_owned),
        };
        let finding = Finding {
            code: "X001",
            rule: "test",
            severity: Severity::Error,
            message: "here".into(),
            primary: label(primary, None),
            related: related.iter().map(|s| label(*s, Some("also"))).collect(),
            help: None,
        };
        CheckedFile {
            path: "a.yaml".into(),
            source: Some(Arc::new(Source::new("a.yaml".into(), text))),
            findings: vec![finding],
            campaign: None,
            failure: None,
            analysis: None,
        }
    }

    fn rendered(file: CheckedFile) -> String {
        render(&[file], Options::default())
    }

    #[test]
    fn a_label_far_along_a_long_line_is_shown_in_a_window() {
        // 100,000 wide characters: miette alone cannot indent an underline that far.
        let text = format!("a: 1\nb: {}全网最低价\nc: 2\n", "好".repeat(100_000));
        let start = text.find("全网").unwrap();
        let out = rendered(file(text, Span::new(start, start + 15), &[]));
        assert!(out.contains("[a.yaml:2:100004]"), "{out}");
        let lines: Vec<&str> = out.lines().collect();
        let shown = lines
            .iter()
            .position(|l| l.ends_with("全网最低价"))
            .unwrap();
        assert!(lines[shown].starts_with(" 2 │ 好好"), "{}", lines[shown]);
        assert!(lines[shown].chars().count() < 100);
        assert_eq!(
            lines[shown + 1]
                .trim_end()
                .chars()
                .filter(|c| *c == '─')
                .count(),
            10
        );
        // The window is the label's line alone.
        assert!(!out.contains(" 1 │ a: 1"), "{out}");
    }

    #[test]
    fn labels_far_apart_on_one_long_line_are_shown_apart() {
        let text = format!("{{k: 1,{} k: 2}}\n", " ".repeat(100_000));
        let second = text.rfind('k').unwrap();
        let out = rendered(file(
            text,
            Span::new(second, second + 1),
            &[Span::new(1, 2)],
        ));
        assert!(out.contains("[a.yaml:1:100008]"), "{out}");
        assert!(out.contains("╰── also"), "{out}");
        assert!(out.lines().all(|l| l.chars().count() < 200), "{out}");
    }

    #[test]
    fn a_label_as_wide_as_a_long_line_is_cut_at_the_window() {
        let text = format!("id: {}\n", "a".repeat(100_000));
        let out = rendered(file(text, Span::new(4, 100_004), &[]));
        assert!(out.contains("[a.yaml:1:5]"), "{out}");
        assert!(out.lines().all(|l| l.chars().count() < 9_000));
    }
}
