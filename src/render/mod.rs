//! Outputs built from a checked plan: the stakeholder documents (Markdown and HTML via
//! templates), the engine rule config (`rules.json`, via serde), the calendar and the
//! review report. Pure functions of the checked plan; writing files is the caller's job.

pub mod charts;
pub mod context;
pub mod describe;
pub mod filters;
pub mod funding;
pub mod ics;
pub mod locale;
pub mod names;
pub mod offers;
pub mod place;
pub mod review;
pub mod rules_json;
pub mod templates;

pub use templates::{TemplateError, Templates};

use crate::check::Checked;

/// One kind of output of `campspec build`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum OutputKind {
    /// `plan.md`.
    Md,
    /// `plan.html`.
    Html,
    /// `rules.json`.
    Rules,
    /// `calendar.ics`.
    Ics,
    /// `review.md` and `review.html`, when the plan has `results`.
    Review,
}

impl OutputKind {
    pub const ALL: [OutputKind; 5] = [
        OutputKind::Md,
        OutputKind::Html,
        OutputKind::Rules,
        OutputKind::Ics,
        OutputKind::Review,
    ];

    /// The name used by `--only`.
    pub fn name(self) -> &'static str {
        match self {
            OutputKind::Md => "md",
            OutputKind::Html => "html",
            OutputKind::Rules => "rules",
            OutputKind::Ics => "ics",
            OutputKind::Review => "review",
        }
    }

    pub fn parse(name: &str) -> Option<OutputKind> {
        OutputKind::ALL
            .into_iter()
            .find(|k| k.name() == name.trim())
    }
}

/// A file to write into the plan's output directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Output {
    /// The file name, e.g. `plan.md`.
    pub file: &'static str,
    pub bytes: Vec<u8>,
}

/// Renders the outputs of `kinds` for a checked plan (one that modelled, without errors).
/// The review is produced only when the plan has `results`.
pub fn outputs<'a>(
    checked: impl Into<Checked<'a>>,
    templates: &Templates,
    kinds: &[OutputKind],
) -> Result<Vec<Output>, Box<TemplateError>> {
    let checked: Checked<'a> = checked.into();
    let Some(campaign) = checked.campaign else {
        return Ok(Vec::new());
    };
    let analysis = checked.analysis;
    let source = checked.source;
    let wants = |k: OutputKind| kinds.contains(&k);
    let mut out = Vec::new();
    if wants(OutputKind::Md) || wants(OutputKind::Html) {
        let ctx = context::plan_context(checked.path, campaign, analysis, checked.findings, source);
        if wants(OutputKind::Md) {
            out.push(Output {
                file: "plan.md",
                bytes: templates.render("plan.md.j2", &ctx)?.into_bytes(),
            });
        }
        if wants(OutputKind::Html) {
            out.push(Output {
                file: "plan.html",
                bytes: templates.render("plan.html.j2", &ctx)?.into_bytes(),
            });
        }
    }
    if wants(OutputKind::Rules) {
        let bytes = source.map(|s| s.text.as_bytes()).unwrap_or_default();
        let config = rules_json::rules_config(campaign, analysis, bytes);
        out.push(Output {
            file: "rules.json",
            bytes: rules_json::to_json(&config).into_bytes(),
        });
    }
    if wants(OutputKind::Ics) {
        out.push(Output {
            file: "calendar.ics",
            bytes: ics::calendar(campaign).into_bytes(),
        });
    }
    if wants(OutputKind::Review) && campaign.results.is_some() {
        let ctx = review::review_context(checked.path, campaign);
        out.push(Output {
            file: "review.md",
            bytes: templates.render("review.md.j2", &ctx)?.into_bytes(),
        });
        out.push(Output {
            file: "review.html",
            bytes: templates.render("review.html.j2", &ctx)?.into_bytes(),
        });
    }
    Ok(out)
}
