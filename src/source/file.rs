//! The text of one file as campspec read it, with its path and line index: what every
//! printer and document reads positions and snippets from.

use super::{LineIndex, SharedText};
use std::sync::Arc;

/// The text of a checked file, shared by every printer.
#[derive(Debug)]
pub struct Source {
    /// The path as given (shown in every output).
    pub path: String,
    /// The text, shared with the loaded document (which reads its strings from it).
    pub text: SharedText,
    pub lines: LineIndex,
}

impl Source {
    pub fn new(path: String, text: String) -> Source {
        let text = Arc::new(text);
        let lines = LineIndex::new(&text);
        Source { path, text, lines }
    }
}
