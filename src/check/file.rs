//! What the check stage hands on for one file: [`CheckedFile`] (built here, in one
//! place, for every way a file can end), the small public view [`Checked`] that the
//! documents read, and what a file keeps once released after being reported.

use crate::analysis::{Analysis, Exposure};
use crate::finding::{Finding, Severity};
use crate::model::Campaign;
use crate::rules;
use crate::source::Source;
use std::sync::Arc;

/// The outcome of checking one file.
#[derive(Debug)]
pub struct CheckedFile {
    pub path: String,
    /// The file's text, when it could be read.
    pub source: Option<Arc<Source>>,
    /// Findings, sorted by position.
    pub findings: Vec<Finding>,
    /// The model, when the file could be modelled (it may still have findings).
    pub campaign: Option<Campaign>,
    /// Why the file could not be checked at all (I/O); campspec exits with code 2.
    pub failure: Option<String>,
    /// The worst-case stacking analysis, when the plan's offers could be priced.
    pub analysis: Option<Analysis>,
    /// What the reports still need once the text, model and analysis are released
    /// ([`CheckedFile::release`]).
    pub released: Option<Box<Released>>,
}

/// What the documents (`render`) and other later stages read of a checked plan: its
/// model, findings, analysis and text. Borrowed from a [`CheckedFile`].
#[derive(Clone, Copy, Debug)]
pub struct Checked<'a> {
    /// The path as given.
    pub path: &'a str,
    /// The model, when the file could be modelled.
    pub campaign: Option<&'a Campaign>,
    /// Findings, sorted by position.
    pub findings: &'a [Finding],
    /// The worst-case stacking analysis, when the plan's offers could be priced exactly.
    pub analysis: Option<&'a Analysis>,
    /// The file's text, when it is still held.
    pub source: Option<&'a Source>,
}

impl<'a> From<&'a CheckedFile> for Checked<'a> {
    fn from(file: &'a CheckedFile) -> Checked<'a> {
        Checked {
            path: &file.path,
            campaign: file.campaign.as_ref(),
            findings: &file.findings,
            analysis: file.analysis.as_ref(),
            source: file.source.as_deref(),
        }
    }
}

/// What the reports need of a file after its text, model and analysis are released:
/// the positions and short texts its findings point at, and its exposure.
#[derive(Debug, Default)]
pub struct Released {
    /// Line and column (1-based, in characters) of every offset the findings use,
    /// sorted by offset.
    positions: Vec<(usize, (usize, usize))>,
    /// The text of every span of 200 bytes or fewer the findings use (SARIF snippets).
    snippets: Vec<((usize, usize), Box<str>)>,
    /// The worst-case stacking exposure.
    exposure: Option<Exposure>,
}

/// Spans longer than this have no snippet in SARIF.
pub const SNIPPET_LIMIT: usize = 200;

impl CheckedFile {
    /// The one place a checked file is put together.
    pub(crate) fn new(
        path: String,
        source: Option<Arc<Source>>,
        findings: Vec<Finding>,
        campaign: Option<Campaign>,
        analysis: Option<Analysis>,
        failure: Option<String>,
    ) -> CheckedFile {
        CheckedFile {
            path,
            source,
            findings,
            campaign,
            failure,
            analysis,
            released: None,
        }
    }

    /// A file that could not be checked at all (I/O): campspec exits with code 2.
    pub fn failed(path: String, message: String) -> CheckedFile {
        CheckedFile::new(path, None, Vec::new(), None, None, Some(message))
    }

    /// What the documents read of this file.
    pub fn checked(&self) -> Checked<'_> {
        Checked::from(self)
    }

    /// Whether campspec failed on this file (finding I001 `internal-error`); campspec
    /// exits with code 2.
    pub fn crashed(&self) -> bool {
        self.findings
            .iter()
            .any(|f| f.code == rules::internal::InternalError::META.code)
    }

    /// Releases the file's text, model and analysis (most of the memory a checked file
    /// holds), keeping the findings and what the reports read besides them: the
    /// positions and short texts the findings point at, and the exposure. Called by
    /// the run once a batch is reported (`super::speed::release_batch`).
    pub fn release(&mut self) {
        let mut released = Released {
            exposure: self.exposure(),
            ..Released::default()
        };
        if let Some(source) = self.source.take() {
            let mut spans: Vec<(usize, usize)> = Vec::new();
            for finding in &self.findings {
                spans.push((finding.primary.span.start, finding.primary.span.end));
                for related in &finding.related {
                    spans.push((related.span.start, related.span.end));
                }
            }
            // The fixes' edits are reported with their lines and columns too.
            let edits = self
                .findings
                .iter()
                .flat_map(|f| &f.fixes)
                .flat_map(|fix| &fix.edits)
                .flat_map(|edit| [edit.span.start, edit.span.end]);
            let mut offsets: Vec<usize> = spans
                .iter()
                .flat_map(|&(start, end)| [start, end, end.max(start)])
                .chain(edits)
                .collect();
            offsets.sort_unstable();
            offsets.dedup();
            released.positions = offsets
                .into_iter()
                .map(|offset| {
                    let p = source.lines.position(&source.text, offset);
                    (offset, (p.line, p.column))
                })
                .collect();
            spans.sort_unstable();
            spans.dedup();
            released.snippets = spans
                .into_iter()
                .filter_map(|(start, end)| {
                    let text = source.text.get(start..end)?;
                    (!text.is_empty() && text.len() <= SNIPPET_LIMIT)
                        .then(|| ((start, end), text.into()))
                })
                .collect();
        }
        self.campaign = None;
        self.analysis = None;
        self.findings.shrink_to_fit();
        self.released = Some(Box::new(released));
    }

    /// 1-based line and character column of a byte offset in the file.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        if let Some(source) = &self.source {
            let p = source.lines.position(&source.text, offset);
            return (p.line, p.column);
        }
        self.released
            .as_ref()
            .and_then(|r| {
                let at = r.positions.binary_search_by_key(&offset, |p| p.0).ok()?;
                r.positions.get(at).map(|p| p.1)
            })
            .unwrap_or((1, 1))
    }

    /// The text between two byte offsets, when it is short enough for a snippet.
    pub fn snippet(&self, start: usize, end: usize) -> Option<&str> {
        let text = match &self.source {
            Some(source) => source.text.get(start..end)?,
            None => {
                let released = self.released.as_ref()?;
                let at = released
                    .snippets
                    .binary_search_by_key(&(start, end), |s| s.0)
                    .ok()?;
                released.snippets.get(at).map(|s| &*s.1)?
            }
        };
        (!text.is_empty() && text.len() <= SNIPPET_LIMIT).then_some(text)
    }

    /// The worst-case stacking exposure, when the offers could be analysed.
    pub fn exposure(&self) -> Option<Exposure> {
        match &self.analysis {
            Some(analysis) => Some(analysis.exposure()),
            None => self.released.as_ref().and_then(|r| r.exposure.clone()),
        }
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}
