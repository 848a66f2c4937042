//! Findings: what a check found, where, and how to fix it — plain data every printer reads.

use serde::Serialize;
use std::fmt;

/// How serious a finding is. Errors fail `campspec check`; warnings fail it only with
/// `--deny warnings`; infos never do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    /// The lowercase name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// Parses `error`, `warning` (or `warn`) and `info`.
    pub fn parse(text: &str) -> Option<Severity> {
        match text {
            "error" => Some(Severity::Error),
            "warning" | "warn" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A byte range in a source file (`start..end`, end exclusive).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// An empty span at one position.
    pub fn at(offset: usize) -> Span {
        Span {
            start: offset,
            end: offset,
        }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
}

/// One place a finding points at: a JSON pointer into the spec and its resolved byte span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// RFC 6901 pointer of the node, e.g. `/phases/1/start`.
    pub pointer: String,
    /// The byte span underlined in the source.
    pub span: Span,
    /// What this place contributes ("phase `burst` ends here").
    pub message: Option<String>,
}

/// One problem found in one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Stable rule code, e.g. `D003`.
    pub code: &'static str,
    /// Kebab-case rule name, e.g. `phase-overlap`.
    pub rule: &'static str,
    pub severity: Severity,
    /// What is wrong, in the user's terms; values in backticks.
    pub message: String,
    /// The main place.
    pub primary: Label,
    /// Other places involved (cross-field findings label both).
    pub related: Vec<Label>,
    /// What to do about it.
    pub help: Option<String>,
    /// The language the message, labels and help are written in (the plan's, under
    /// `--lang auto`); a report's own words around them (`help:`) follow it.
    pub lang: crate::i18n::Lang,
    /// Ways to fix it mechanically (`check --fix`, an editor's code actions); most
    /// findings have none.
    pub fixes: Vec<Fix>,
}

/// Whether a fix may be applied without a human looking at it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Keeps the plan's meaning as its writer evidently meant it (`check --fix`).
    Safe,
    /// A likely fix that needs a human's eye (`check --fix --unsafe-fixes`).
    Unsafe,
}

impl Applicability {
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
        }
    }
}

/// One text edit: the bytes `span` of the file replaced by `replacement`; an empty
/// span inserts `replacement` at its position (a new entry of a mapping). Nothing
/// outside the span changes.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

impl Edit {
    /// `text` inserted at `offset`, no byte replaced.
    pub fn insert(offset: usize, text: impl Into<String>) -> Edit {
        Edit {
            span: Span::at(offset),
            replacement: text.into(),
        }
    }

    /// Whether the edit only adds text.
    pub fn is_insertion(&self) -> bool {
        self.span.is_empty()
    }
}

/// A mechanical fix of a finding: edits on exact spans of its file, none overlapping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    /// What it does, in the finding's language ("Rename the key to `tiers`").
    pub title: String,
    pub applicability: Applicability,
    /// Sorted by position, not overlapping.
    pub edits: Vec<Edit>,
}

impl Fix {
    pub fn is_safe(&self) -> bool {
        self.applicability == Applicability::Safe
    }
}

impl Finding {
    /// Sort key: position first, then code, so output is stable.
    pub fn sort_key(&self) -> (usize, usize, &'static str, &str) {
        (
            self.primary.span.start,
            self.primary.span.end,
            self.code,
            &self.message,
        )
    }
}
