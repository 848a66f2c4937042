//! Source files: reading them safely, loading YAML into a compact document tree (values
//! and spans),
//! and turning byte offsets into lines and columns.

pub mod doc;
pub mod lines;
pub mod pointer;
mod split;
pub mod text;
pub mod yaml;

pub use doc::{Doc, Items, Located, NodeKind, NodeRef, NodeSpans};
pub use lines::{LineIndex, Position};
pub use text::text_span;
pub use yaml::{Limits, Loaded, Problem, ProblemKind};
