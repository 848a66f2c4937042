//! Source files: reading them safely, loading YAML into a compact document tree (values
//! and spans),
//! and turning byte offsets into lines and columns.

mod controls;
pub mod doc;
pub mod lines;
pub mod pointer;
mod split;
#[cfg(test)]
pub(crate) mod testing;
pub mod text;
pub mod yaml;

pub use doc::{Doc, Items, Located, NodeKind, NodeRef, NodeSpans};

/// A file's text, shared by the loaded document (which reads its strings from it) and
/// the printers. An `Arc<String>` rather than an `Arc<str>`: the text is shared as it
/// was read, without copying it (a copy would also free a large block early, which
/// makes the allocator keep later memory instead of returning it).
pub type SharedText = std::sync::Arc<String>;
pub use lines::{LineIndex, Position};
pub use text::text_span;
pub use yaml::{Limits, Loaded, Problem, ProblemKind};
