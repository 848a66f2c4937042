//! Source files: reading them safely, loading YAML into a JSON value with a span index,
//! and turning byte offsets into lines and columns.

pub mod lines;
pub mod pointer;
pub mod spans;
mod split;
pub mod text;
pub mod yaml;

pub use lines::{LineIndex, Position};
pub use spans::{Located, NodeKind, NodeSpans, SpanTree};
pub use text::text_span;
pub use yaml::{Limits, Loaded, Problem, ProblemKind};
