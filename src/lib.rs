//! campspec: compile and validate declarative marketing-campaign plans.
//!
//! The library never prints: it returns values, and the `campspec` binary's own `cli`
//! module (not part of this library) owns all terminal output. The front door is a
//! handful of calls, used alike by the command line, the tests and editor integrations:
//! [`check_text`] (and [`check_file`], [`check_paths`]), [`build`], [`diff()`],
//! [`simulate()`] and [`scaffold()`].
//!
//! Pipeline: [`source`] (YAML → compact document tree with spans) → [`schema`] (all errors at
//! once) → [`model`] (typed campaign, exact values; broken values set aside) →
//! [`analysis`] (worst-case stacking) → [`rules`] (consistency) → [`finding`]s →
//! [`report`] (human, concise, github, json, sarif, junit). From a plan that checks,
//! [`render`] writes its documents, [`simulate`](mod@simulate) prices carts (with
//! [`simulate::receipt`] printing them) and [`diff`](mod@diff) compares versions; all
//! amounts and percentages are written by [`numfmt`].

#[deny(clippy::arithmetic_side_effects)]
pub mod analysis;
mod api;
pub mod check;
pub mod contain;
#[deny(clippy::arithmetic_side_effects)]
pub mod diff;
pub mod escape;
pub mod finding;
pub mod fix;
pub mod fs;
pub mod i18n;
#[deny(clippy::arithmetic_side_effects)]
pub mod model;
#[deny(clippy::arithmetic_side_effects)]
pub mod numfmt;
#[deny(clippy::arithmetic_side_effects)]
pub mod render;
pub mod report;
#[deny(clippy::arithmetic_side_effects)]
pub mod rules;
pub mod scaffold;
pub mod schema;
pub mod server;
pub mod settings;
#[deny(clippy::arithmetic_side_effects)]
pub mod simulate;
pub mod source;
pub mod suggest;
#[deny(clippy::arithmetic_side_effects)]
pub mod values;
#[deny(clippy::arithmetic_side_effects)]
pub mod wording;

pub use api::{Simulation, Unpriced, Version, build, diff, scaffold, simulate};
pub use check::{CheckedFile, check_file, check_paths, check_text};
pub use finding::{Finding, Label, Severity, Span};
pub use settings::Settings;
