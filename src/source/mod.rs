//! Source files: reading them safely, loading YAML into a compact document tree (values
//! and spans),
//! and turning byte offsets into lines and columns.

mod controls;
pub mod doc;
mod file;
pub mod lines;
pub mod pointer;
mod split;
#[cfg(test)]
pub(crate) mod testing;
pub mod text;
pub mod yaml;

pub use doc::{Doc, Items, Located, NodeKind, NodeRef, NodeSpans};
pub use file::Source;

/// Hash maps and sets over a plan's keys and nodes: a plan can hold tens of thousands of
/// keys, each looked up several times, so they use a fast hash, randomly seeded per run
/// like the standard one (crafted keys cannot force collisions).
pub type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
/// See [`FastMap`].
pub type FastSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

/// A file's text, shared by the loaded document (which reads its strings from it) and
/// the printers. An `Arc<String>` rather than an `Arc<str>`: the text is shared as it
/// was read, without copying it (a copy would also free a large block early, which
/// makes the allocator keep later memory instead of returning it).
pub type SharedText = std::sync::Arc<String>;
pub use lines::{LineIndex, Position};
pub use text::text_span;
pub use yaml::{
    Limits, LoadFacts, Loaded, Problem, ProblemKind, SyntaxHint, Yaml11Reading, Yaml12Reading,
};
