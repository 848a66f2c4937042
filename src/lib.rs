//! campspec: compile and validate declarative marketing-campaign plans.
//!
//! The library never prints; the `cli` module owns all terminal output.
//!
//! Pipeline: [`source`] (YAML → compact document tree with spans) → [`schema`] (all errors at
//! once) → [`model`] (typed campaign, exact values; broken values set aside) →
//! [`rules`] (consistency) → [`finding`]s → [`report`] (human, concise, json).

#[deny(clippy::arithmetic_side_effects)]
pub mod analysis;
pub mod check;
pub mod cli;
pub mod contain;
#[deny(clippy::arithmetic_side_effects)]
pub mod diff;
pub mod escape;
pub mod finding;
pub mod fs;
#[deny(clippy::arithmetic_side_effects)]
pub mod model;
#[deny(clippy::arithmetic_side_effects)]
pub mod numfmt;
#[deny(clippy::arithmetic_side_effects)]
pub mod render;
pub mod report;
#[deny(clippy::arithmetic_side_effects)]
pub mod rules;
pub mod schema;
pub mod settings;
#[deny(clippy::arithmetic_side_effects)]
pub mod simulate;
pub mod source;
pub mod suggest;
#[deny(clippy::arithmetic_side_effects)]
pub mod values;
#[deny(clippy::arithmetic_side_effects)]
pub mod wording;

pub use check::{CheckedFile, check_file, check_paths, check_text};
pub use finding::{Finding, Label, Severity, Span};
pub use settings::Settings;
