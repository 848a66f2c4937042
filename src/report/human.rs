//! Human output: compiler-style diagnostics rendered by miette, with the exact span
//! underlined, secondary labels, and help; colour only when asked for. Plan text is
//! shown through [`crate::escape`]: messages and labels on one line, source lines with
//! their control characters escaped and the underlines still under the characters.

use super::Summary;
use crate::check::{CheckedFile, Source};
use crate::escape;
use crate::finding::{Finding, Severity};
use crate::i18n::{Lang, Msg};
use crate::msg;
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, NamedSource, SourceCode, SourceSpan, SpanContents,
};
use std::borrow::Cow;
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

/// Bytes of a file's text between two marks of a [`Mapping`].
const MARK_EVERY: usize = 1_024;

/// A file's text as the terminal shows it: the text itself, or (when it holds a control
/// character) a copy with each one escaped by [`escape::lines`], which keeps every line
/// break, so both have the same lines. Spans are given to miette in the shown text.
struct Shown {
    /// What miette reads; its path is escaped too.
    source: Arc<Source>,
    /// When the shown text is a copy: how its offsets relate to the file's.
    mapping: Option<Arc<Mapping>>,
}

/// Offsets between a file's text and its escaped copy.
#[derive(Debug)]
struct Mapping {
    original: Arc<Source>,
    /// (offset in the file, offset in the copy) at character boundaries, about one every
    /// [`MARK_EVERY`] bytes, starting with (0, 0): a lookup walks at most that far.
    marks: Vec<(usize, usize)>,
}

/// The length of the character `c` at the start of `rest` once shown.
fn shown_len(c: char, rest: &str) -> usize {
    let next = rest[c.len_utf8()..].chars().next();
    if escape::is_escaped(c) && !escape::kept_in_lines(c, next) {
        escape::escape_len(c)
    } else {
        c.len_utf8()
    }
}

impl Shown {
    fn of(source: &Arc<Source>) -> Shown {
        let text: &str = &source.text;
        match (escape::lines(text), escape::line(&source.path)) {
            (Cow::Borrowed(_), Cow::Borrowed(_)) => Shown {
                source: source.clone(),
                mapping: None,
            },
            (Cow::Borrowed(_), path) => Shown {
                source: Arc::new(Source {
                    path: path.into_owned(),
                    text: source.text.clone(),
                    lines: source.lines.clone(),
                }),
                mapping: None,
            },
            (Cow::Owned(copy), path) => {
                let mut marks = vec![(0, 0)];
                let mut shown = 0;
                let mut next_mark = MARK_EVERY;
                for (at, c) in text.char_indices() {
                    if at >= next_mark {
                        marks.push((at, shown));
                        next_mark = at + MARK_EVERY;
                    }
                    shown += shown_len(c, &text[at..]);
                }
                debug_assert_eq!(shown, copy.len());
                Shown {
                    source: Arc::new(Source::new(path.into_owned(), copy)),
                    mapping: Some(Arc::new(Mapping {
                        original: source.clone(),
                        marks,
                    })),
                }
            }
        }
    }

    /// The offset in the shown text of an offset in the file.
    fn to_shown(&self, offset: usize) -> usize {
        let Some(mapping) = &self.mapping else {
            return offset;
        };
        let (mut at, mut shown) = mapping.mark_before(|(file, _)| file <= offset);
        let text: &str = &mapping.original.text;
        while at < offset {
            let Some(rest) = text.get(at..) else { break };
            let Some(c) = rest.chars().next() else { break };
            shown += shown_len(c, rest);
            at += c.len_utf8();
        }
        shown
    }
}

impl Mapping {
    /// The last mark for which `before` holds (marks are in order of both offsets).
    fn mark_before(&self, before: impl Fn((usize, usize)) -> bool) -> (usize, usize) {
        let k = self.marks.partition_point(|m| before(*m));
        self.marks
            .get(k.saturating_sub(1))
            .copied()
            .unwrap_or((0, 0))
    }

    /// The offset in the file of an offset in the shown text (one inside an escape
    /// gives the escaped character's).
    fn to_original(&self, offset: usize) -> usize {
        let (mut at, mut shown) = self.mark_before(|(_, copy)| copy <= offset);
        let text: &str = &self.original.text;
        while shown < offset {
            let Some(rest) = text.get(at..) else { break };
            let Some(c) = rest.chars().next() else { break };
            let len = shown_len(c, rest);
            if shown + len > offset {
                break;
            }
            shown += len;
            at += c.len_utf8();
        }
        at
    }
}

/// A miette source backed by the file's line index: each lookup is a binary search
/// instead of a scan from the start of the file, so thousands of findings stay fast.
/// The header column is a character column of the file, like every other output. A long
/// line (a 100,000-character text) is shown as a window around the label on it.
#[derive(Clone, Debug)]
struct Indexed {
    /// The text shown (see [`Shown`]).
    source: Arc<Source>,
    /// The file's own text, when the shown text is an escaped copy.
    mapping: Option<Arc<Mapping>>,
    /// The finding's labels, as byte ranges of the shown text: any other span asked for
    /// is a merge of several labels into one snippet.
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
        let span_chars = lines.chars_between(text, at, shown_end);
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
        let column = lines.chars_between(text, lines.line_start(first_line).min(from), from);
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
            // The header's column counts the file's characters, not the escapes shown.
            let (file_text, file_lines, at): (&str, _, _) = match &self.mapping {
                Some(m) => (&m.original.text, &m.original.lines, m.to_original(start)),
                None => (text, lines, start),
            };
            let column =
                file_lines.chars_between(file_text, file_lines.line_start(first_line).min(at), at);
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

fn diag(file: &CheckedFile, shown: Option<&Shown>, finding: &Finding) -> Diag {
    // Spans in the shown text.
    let span = |s: crate::finding::Span| match shown {
        Some(shown) => (shown.to_shown(s.start), shown.to_shown(s.end)),
        None => (s.start, s.end),
    };
    let ranges: Vec<(usize, usize)> = std::iter::once(&finding.primary)
        .chain(&finding.related)
        .map(|label| span(label.span))
        .collect();
    let to_source = |(start, end): (usize, usize)| SourceSpan::new(start.into(), end - start);
    let text = |message: &Option<String>| message.as_deref().map(|m| escape::line(m).into_owned());
    let mut labels = Vec::with_capacity(ranges.len());
    labels.push(LabeledSpan::new_primary_with_span(
        text(&finding.primary.message),
        to_source(ranges[0]),
    ));
    for (related, range) in finding.related.iter().zip(&ranges[1..]) {
        labels.push(LabeledSpan::new_with_span(
            text(&related.message),
            to_source(*range),
        ));
    }
    let source = shown.map(|shown| {
        let indexed = Indexed {
            source: shown.source.clone(),
            mapping: shown.mapping.clone(),
            labels: ranges,
        };
        NamedSource::new(shown.source.path.clone(), indexed)
    });
    let message = if source.is_some() {
        escape::line(&finding.message).into_owned()
    } else {
        format!(
            "{}: {}",
            escape::line(&file.path),
            escape::line(&finding.message)
        )
    };
    Diag {
        message,
        code: format!(
            "{}({}){}",
            finding.code,
            finding.rule,
            super::fix_mark(finding)
        ),
        severity: match finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        },
        help: text(&finding.help),
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

/// The findings and failures of `files`, without the summary line; each finding's
/// `help:` heading is in the language the finding is written in.
pub fn diagnostics<'a>(
    files: impl IntoIterator<Item = &'a CheckedFile>,
    options: Options,
) -> String {
    render_findings(files, options)
}

/// miette's `help:` heading replaced by `lang`'s, on the lines that start with it
/// (after any colour codes).
fn help_heading_in(out: String, lang: Lang) -> String {
    const HEADING: &str = "  help: ";
    if lang == Lang::En || !out.contains(HEADING) {
        return out;
    }
    let heading = format!("  {}", msg!("report-help-heading").render(lang));
    // The help's wrapped lines are indented under its text, which starts further right
    // after the wider heading (a CJK character takes two columns).
    let width = |text: &str| -> usize {
        text.chars()
            .map(|c| if c.is_ascii() { 1usize } else { 2 })
            .sum()
    };
    let indent = " ".repeat(width(&heading));
    let wrapped = " ".repeat(HEADING.len());
    let mut in_help = false;
    let mut shown = String::with_capacity(out.len());
    for line in out.split_inclusive('\n') {
        let colours = colour_codes_len(line);
        let rest = line.get(colours..).unwrap_or("");
        if let Some(text) = rest.strip_prefix(HEADING) {
            shown.push_str(&line[..colours]);
            shown.push_str(&heading);
            shown.push_str(text);
            in_help = true;
        } else if let Some(text) = rest.strip_prefix(&wrapped).filter(|_| in_help) {
            shown.push_str(&line[..colours]);
            shown.push_str(&indent);
            shown.push_str(text);
        } else {
            in_help = false;
            shown.push_str(line);
        }
    }
    shown
}

/// The length of the ANSI colour codes at the start of `line`.
fn colour_codes_len(line: &str) -> usize {
    let mut at = 0;
    while let Some(rest) = line.get(at..).and_then(|r| r.strip_prefix("\x1b[")) {
        match rest.find('m') {
            Some(end) => at = at.saturating_add(end).saturating_add(3),
            None => break,
        }
    }
    at
}

/// The findings and failures of `files`, as miette writes them.
fn render_findings<'a>(
    files: impl IntoIterator<Item = &'a CheckedFile>,
    options: Options,
) -> String {
    let handler = handler(options);
    let mut out = String::new();
    for file in files {
        if let Some(failure) = &file.failure {
            let _ = writeln!(out, "  × {}\n", escape::line(failure));
        }
        if file.findings.is_empty() {
            continue;
        }
        let shown = file.source.as_ref().map(Shown::of);
        for finding in &file.findings {
            let mut one = String::new();
            let _ = handler.render_report(&mut one, &diag(file, shown.as_ref(), finding));
            // The `help:` heading in the language of the finding it heads.
            out.push_str(&help_heading_in(one, finding.lang));
            out.push('\n');
        }
    }
    // A long message or help is wrapped: plan text could begin a wrapped line.
    escape::no_commands(out)
}

/// One diagnostic that is not a finding (a template error), rendered like findings, its
/// message, labels and help on one line each.
pub fn diagnostic(error: &dyn Diagnostic, options: Options) -> String {
    let mut out = String::new();
    let _ = handler(options).render_report(&mut out, &OneLine(error));
    out.push('\n');
    escape::no_commands(out)
}

/// A diagnostic whose texts are shown through [`escape::line`].
struct OneLine<'a>(&'a dyn Diagnostic);

impl fmt::Debug for OneLine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for OneLine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&escape::line(&self.0.to_string()))
    }
}

impl std::error::Error for OneLine<'_> {}

impl Diagnostic for OneLine<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.0.code()
    }

    fn severity(&self) -> Option<miette::Severity> {
        self.0.severity()
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        let help = escape::line(&self.0.help()?.to_string()).into_owned();
        Some(Box::new(help))
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.0.source_code()
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let labels = self.0.labels()?.map(|label| {
            let text = label.label().map(|l| escape::line(l).into_owned());
            if label.primary() {
                LabeledSpan::new_primary_with_span(text, *label.inner())
            } else {
                LabeledSpan::new_with_span(text, *label.inner())
            }
        });
        Some(Box::new(labels))
    }
}

/// `2 errors, 1 warning in 1 of 3 files` or `3 files checked: no findings`.
pub fn summary_line(files: &[CheckedFile]) -> String {
    summary_line_in(files, Lang::En)
}

/// [`summary_line`] in `lang`.
pub fn summary_line_in(files: &[CheckedFile], lang: Lang) -> String {
    let s = Summary::of(files);
    let failures = files.iter().filter(|f| f.failure.is_some()).count();
    let read = s.files.saturating_sub(failures);
    let with_findings = files.iter().filter(|f| !f.findings.is_empty()).count();
    let mut parts = Vec::new();
    if s.errors > 0 {
        parts.push(msg!("summary-errors", n = s.errors));
    }
    if s.warnings > 0 {
        parts.push(msg!("summary-warnings", n = s.warnings));
    }
    if s.infos > 0 {
        parts.push(msg!("summary-infos", n = s.infos));
    }
    let counts = match <[Msg; 3]>::try_from(parts) {
        Ok([a, b, c]) => Some(msg!("summary-three", a = a, b = b, c = c)),
        Err(parts) => match <[Msg; 2]>::try_from(parts) {
            Ok([a, b]) => Some(msg!("summary-two", a = a, b = b)),
            Err(parts) => parts.into_iter().next(),
        },
    };
    let line = match counts {
        None => msg!("summary-clean", files = read),
        Some(counts) => msg!(
            "summary-found",
            counts = counts,
            with = with_findings,
            files = read
        ),
    };
    let mut line = line.render(lang);
    if failures > 0 {
        line.push_str(&msg!("summary-unread", n = failures).render(lang));
    }
    line.push('\n');
    if let Some(fixable) = fixable_line(files) {
        line.push_str(&fixable.render(lang));
        line.push('\n');
    }
    line
}

/// How many findings `check --fix` would fix, and how many more `--unsafe-fixes`
/// would: `[*] 3 fixable with `campspec check --fix` (1 more with `--unsafe-fixes`)`;
/// `None` when no finding has a fix.
fn fixable_line(files: &[CheckedFile]) -> Option<Msg> {
    let s = Summary::of(files);
    match (s.fixable, s.unsafe_fixable) {
        (0, 0) => None,
        (0, more) => Some(msg!("summary-fixable-unsafe", n = more)),
        (n, 0) => Some(msg!("summary-fixable", n = n)),
        (n, more) => Some(msg!("summary-fixable-more", n = n, more = more)),
    }
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
            lang: crate::i18n::Lang::En,
            fixes: Vec::new(),
        };
        CheckedFile {
            path: "a.yaml".into(),
            source: Some(Arc::new(Source::new("a.yaml".into(), text))),
            findings: vec![finding],
            campaign: None,
            failure: None,
            analysis: None,
            released: None,
        }
    }

    fn rendered(file: CheckedFile) -> String {
        render(&[file], Options::default())
    }

    /// The display columns of `needle`'s first character on `line`.
    fn column_of(line: &str, needle: char) -> usize {
        line.chars().take_while(|c| *c != needle).count()
    }

    #[test]
    fn control_characters_in_source_lines_are_escaped_under_their_underline() {
        let text = "a: 1\nb: x\u{1b}[2J\ry 全网最低价\u{7}\r\nc: 2\u{9b}\n".to_owned();
        let zh = text.find('全').unwrap();
        let (x, y) = (text.find('x').unwrap(), text.find('y').unwrap());
        let out = rendered(file(text, Span::new(zh, zh + 15), &[Span::new(x, y)]));
        let raw = |c: char| escape::is_escaped(c) && c != '\n';
        assert!(!out.chars().any(raw), "{out:?}");
        // The header counts the file's characters: `全` is the 12th on line 2.
        assert!(out.contains("[a.yaml:2:12]"), "{out}");
        let lines: Vec<&str> = out.lines().collect();
        let shown = lines.iter().position(|l| l.starts_with(" 2 │ ")).unwrap();
        assert_eq!(lines[shown], " 2 │ b: x\\u{1b}[2J\\ry 全网最低价\\u{7}");
        // The related label spans `x\u{1b}[2J\r`, the primary one `全网最低价` (10 columns).
        let underline = lines[shown + 1];
        let width_at = |column: usize| {
            underline
                .chars()
                .skip(column)
                .take_while(|c| matches!(c, '─' | '┬'))
                .count()
        };
        assert_eq!(width_at(column_of(lines[shown], 'x')), 12, "{underline}");
        assert_eq!(width_at(column_of(lines[shown], '全')), 10, "{underline}");
        assert!(out.contains(" 3 │ c: 2\\u{9b}"), "{out}");
    }

    #[test]
    fn messages_labels_help_and_paths_stay_on_one_line() {
        let text = "name: x\n".to_owned();
        let mut checked = file(text, Span::new(6, 7), &[Span::new(0, 4)]);
        checked.path = "evil\n::error::x.yaml".into();
        if let Some(source) = &mut checked.source {
            *source = Arc::new(Source::new(checked.path.clone(), source.text.to_string()));
        }
        let finding = &mut checked.findings[0];
        finding.message = "`a\u{1b}]0;t\u{7}\n::warning::m`".into();
        finding.help = Some(format!("{}\n::warning::h", "w ".repeat(60)));
        finding.related[0].message = Some("l\r\n::warning::l".into());
        let out = rendered(checked);
        assert!(
            !out.chars().any(|c| escape::is_escaped(c) && c != '\n'),
            "{out:?}"
        );
        assert!(
            out.lines().all(|l| !l.trim_start().starts_with("::")),
            "{out}"
        );
        for shown in [
            "[evil\\n::error::x.yaml:1:7]",
            "`a\\u{1b}]0;t\\u{7}\\n::warning::m`",
            "l\\r\\n::warning::l",
            "\\n::warning::h",
        ] {
            assert!(out.contains(shown), "{shown} in {out}");
        }
    }

    #[test]
    fn a_long_line_of_control_characters_is_shown_escaped_in_a_window() {
        let text = format!("a: 1\nb: {}全网最低价\n", "\u{1b}".repeat(50_000));
        let start = text.find('全').unwrap();
        let out = rendered(file(text, Span::new(start, start + 15), &[]));
        assert!(out.contains("[a.yaml:2:50004]"), "{out}");
        assert!(!out.chars().any(|c| escape::is_escaped(c) && c != '\n'));
        let lines: Vec<&str> = out.lines().collect();
        let shown = lines
            .iter()
            .position(|l| l.ends_with("全网最低价"))
            .unwrap();
        assert!(
            lines[shown].contains("\\u{1b}\\u{1b}全网"),
            "{}",
            lines[shown]
        );
        assert!(lines[shown].chars().count() < 400, "{}", lines[shown]);
        let underline = lines[shown + 1];
        assert_eq!(
            underline.chars().position(|c| c == '─'),
            lines[shown].chars().position(|c| c == '全')
        );
    }

    #[test]
    fn offsets_map_both_ways_across_escapes_and_marks() {
        let text: String = (0..400)
            .map(|i| format!("k{i}: a\u{1b}b\u{2028}c\r\n"))
            .collect();
        let source = Arc::new(Source::new("a.yaml".into(), text.clone()));
        let shown = Shown::of(&source);
        let mapping = shown.mapping.clone().unwrap();
        assert!(mapping.marks.len() > 5);
        for (at, _) in text.char_indices().step_by(7) {
            let to = shown.to_shown(at);
            assert_eq!(mapping.to_original(to), at);
            // The character there starts its shown form there.
            let mut chars = text[at..].chars();
            let c = chars.next().unwrap();
            let expected = if escape::is_escaped(c) && !escape::kept_in_lines(c, chars.next()) {
                '\\'
            } else {
                c
            };
            assert!(shown.source.text[to..].starts_with(expected), "at {at}");
        }
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
