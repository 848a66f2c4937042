//! The check pipeline for one file: read → load (YAML + spans) → schema → model → rules →
//! waivers → located, sorted findings. Files are independent and checked in parallel.

use crate::analysis::Analysis;
use crate::finding::{Finding, Label, Severity, Span};
use crate::model::{self, Campaign};
use crate::rules::{self, Ctx, Draft, Part, Place, registry};
use crate::schema::{self, IssueKind};
use crate::settings::Settings;
use crate::source::{self, LineIndex, Loaded, ProblemKind, pointer};
use crate::values::Date;
use rayon::prelude::*;
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The text of a checked file, shared by every printer.
#[derive(Debug)]
pub struct Source {
    /// The path as given (shown in every output).
    pub path: String,
    /// The text, shared with the loaded document (which reads its strings from it).
    pub text: crate::source::SharedText,
    pub lines: LineIndex,
}

impl Source {
    pub fn new(path: String, text: String) -> Source {
        let text = Arc::new(text);
        let lines = LineIndex::new(&text);
        Source { path, text, lines }
    }
}

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
    exposure: Option<crate::analysis::Exposure>,
}

/// Spans longer than this have no snippet in SARIF.
pub const SNIPPET_LIMIT: usize = 200;

impl CheckedFile {
    /// A file that could not be checked at all (I/O): campspec exits with code 2.
    pub fn failed(path: String, message: String) -> CheckedFile {
        CheckedFile {
            path,
            source: None,
            findings: Vec::new(),
            campaign: None,
            failure: Some(message),
            analysis: None,
            released: None,
        }
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
    /// positions and short texts the findings point at, and the exposure.
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
            let mut offsets: Vec<usize> = spans
                .iter()
                .flat_map(|&(start, end)| [start, end, end.max(start)])
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
    pub fn exposure(&self) -> Option<crate::analysis::Exposure> {
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

/// The rule meta for a loader problem.
fn problem_meta(kind: ProblemKind) -> &'static rules::Meta {
    use rules::yaml::*;
    match kind {
        ProblemKind::Syntax => &YamlSyntax::META,
        ProblemKind::EmptyFile => &EmptyFile::META,
        ProblemKind::MultipleDocuments => &MultipleDocuments::META,
        ProblemKind::TooDeep => &NestingTooDeep::META,
        ProblemKind::AliasBudget => &AliasExpansionLimit::META,
        ProblemKind::DuplicateKey => &DuplicateKey::META,
        ProblemKind::UnsupportedKey | ProblemKind::UnsupportedTag => &UnsupportedYaml::META,
        ProblemKind::InexactNumber => &InexactNumber::META,
        ProblemKind::Yaml11Ambiguity => &Yaml11Ambiguity::META,
        ProblemKind::ControlCharacter => &ControlCharacter::META,
    }
}

fn issue_meta(kind: IssueKind) -> &'static rules::Meta {
    use rules::schema::*;
    match kind {
        IssueKind::UnknownKey => &UnknownKey::META,
        IssueKind::MissingKey => &MissingKey::META,
        IssueKind::WrongType => &WrongType::META,
        IssueKind::InvalidValue => &InvalidValue::META,
    }
}

/// Builds findings for one file, applying the settings' severities.
pub(crate) struct Collector<'a> {
    settings: &'a Settings,
    findings: Vec<Finding>,
}

impl<'a> Collector<'a> {
    pub(crate) fn new(settings: &'a Settings) -> Collector<'a> {
        Collector {
            settings,
            findings: Vec::new(),
        }
    }

    /// The findings, sorted and without duplicates.
    pub(crate) fn finish(mut self) -> Vec<Finding> {
        self.findings
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        self.findings.dedup();
        self.findings
    }

    pub(crate) fn push(
        &mut self,
        meta: &'static rules::Meta,
        primary: Label,
        message: String,
        help: Option<String>,
        related: Vec<Label>,
    ) {
        let Some(severity) = self.settings.severity(meta.code, meta.severity) else {
            return;
        };
        self.findings.push(Finding {
            code: meta.code,
            rule: meta.name,
            severity,
            message,
            primary,
            related,
            help,
        });
    }
}

/// Locates places in one loaded document.
pub(crate) struct Locator<'a> {
    loaded: &'a Loaded,
    text: &'a str,
}

impl<'a> Locator<'a> {
    pub(crate) fn new(loaded: &'a Loaded, text: &'a str) -> Locator<'a> {
        Locator { loaded, text }
    }

    fn span(&self, place: &Place) -> Span {
        let Some(found) = self.loaded.doc.locate(&place.pointer) else {
            return Span::at(0);
        };
        let value = found.spans.value;
        match &place.part {
            Part::Key => found.spans.key.filter(|_| found.exact).unwrap_or(value),
            Part::Value => value,
            Part::Text { start, end } => {
                if found.exact {
                    source::text_span(self.text, found.spans, *start, *end).unwrap_or(value)
                } else {
                    value
                }
            }
        }
    }

    /// The label of a place a rule reported. Its pointer is built from the model, so it
    /// names a node written in the document; one that names nothing would be a bug in
    /// campspec, which `tests/locations.rs` catches on every fixture and plan. A user's
    /// run never stops on it: it is shown at the nearest node that is written, never at
    /// the start of the file.
    fn rule_label(&self, place: &Place, message: Option<String>) -> Label {
        self.label(place, message)
    }

    pub(crate) fn label(&self, place: &Place, message: Option<String>) -> Label {
        Label {
            pointer: place.pointer.clone(),
            span: self.span(place),
            message,
        }
    }

    /// A missing key inside a list item has no key of its own: label the item's `id`
    /// (its first line) instead of the whole multi-line item.
    fn item_label(&self, at: &str) -> Label {
        let id = pointer::join(at, "id");
        let located = self.loaded.doc.locate(&id);
        match located {
            Some(found) if found.exact => Label {
                pointer: at.to_owned(),
                span: found.spans.value,
                message: None,
            },
            _ => self.label(&Place::key(at), None),
        }
    }
}

/// Files of this size or more free their document tree in the background.
const LARGE_FILE: usize = 1 << 20;

/// Checks one document's text. `path` is only used for display.
pub fn check_text(path: &str, text: String, settings: &Settings) -> CheckedFile {
    let source = Arc::new(Source::new(path.to_owned(), text));
    let mut collector = Collector {
        settings,
        findings: Vec::new(),
    };
    let loaded = source::yaml::load_shared(source.text.clone(), settings.limits);
    let (campaign, analysis) = match analyse(&source, &loaded, settings, &mut collector) {
        Some((campaign, analysis)) => (Some(campaign), analysis),
        None => (None, None),
    };
    // The document tree of a large file takes long to free (a million small
    // allocations for 10 MB): that happens on another thread, off the critical path.
    if source.text.len() >= LARGE_FILE {
        rayon::spawn(move || drop(loaded));
    } else {
        drop(loaded);
    }
    let mut findings = collector.findings;
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings.dedup();
    CheckedFile {
        path: path.to_owned(),
        source: Some(source),
        findings,
        campaign,
        failure: None,
        analysis,
        released: None,
    }
}

/// The sections the stacking analysis reads.
const PRICE_SECTIONS: &[&str] = &["/promotions", "/coupons", "/stacking", "/guardrails"];

/// The front stages shared by specs and carts: YAML, schema, model. Reports their
/// findings and returns the modelled document with the pointers that were set aside.
pub(crate) fn front<T: serde::de::DeserializeOwned + Default + Send>(
    loaded: &Loaded,
    locator: &Locator<'_>,
    document: schema::Document,
    out: &mut Collector<'_>,
) -> Option<(T, Vec<String>)> {
    let loader_findings: Vec<_> = loaded.problems.iter().collect();
    if loaded.fatal {
        for problem in loader_findings {
            push_problem(out, problem);
        }
        return None;
    }

    // Schema: every issue at once; values the loader set aside are not reported again.
    let set_aside: std::collections::HashSet<&str> =
        loaded.set_aside.iter().map(String::as_str).collect();
    // The schema check and reading the model are independent when nothing was set
    // aside: on a large plan they run side by side, and the model read here is kept
    // when the schema finds nothing (otherwise it is read again below, without what
    // failed).
    let (issues, early) = rayon::join(
        || {
            schema::validate_doc(document, &loaded.doc)
                .into_iter()
                .filter(|issue| !within_any(&issue.pointer, &set_aside))
                .collect::<Vec<_>>()
        },
        || {
            if loaded.set_aside.is_empty() {
                T::deserialize(loaded.doc.reader(&Default::default())).ok()
            } else {
                None
            }
        },
    );
    let issue_at: std::collections::HashSet<&str> =
        issues.iter().map(|i| i.pointer.as_str()).collect();
    for problem in loader_findings {
        // A YAML 1.1 lint on a value that is wrong anyway is one mistake, shown once.
        if problem.kind == ProblemKind::Yaml11Ambiguity
            && issue_at.contains(problem.pointer.as_str())
        {
            continue;
        }
        push_problem(out, problem);
    }
    let mut failed: Vec<String> = loaded.set_aside.clone();
    let mut blanks: Vec<(String, &'static str)> = Vec::new();
    let mut unknown_keys: Vec<String> = Vec::new();
    let mut unlisted: Vec<(String, Vec<String>)> = Vec::new();
    // With unknown keys silenced (S001 off), a misspelt required key is still a missing
    // key: the item lacks it, and that is reported instead.
    let unknown_keys_silenced = out
        .settings
        .severity(
            rules::schema::UnknownKey::META.code,
            rules::schema::UnknownKey::META.severity,
        )
        .is_none();
    for found in &issues {
        let issue = match &found.stands_for {
            Some(missing) if unknown_keys_silenced => missing,
            _ => found,
        };
        let primary = match (issue.kind, issue.on_key) {
            (IssueKind::MissingKey, _) if is_list_item(&issue.pointer) => {
                locator.item_label(&issue.pointer)
            }
            (_, true) => locator.label(&Place::key(&issue.pointer), None),
            (_, false) => locator.label(&Place::value(&issue.pointer), None),
        };
        out.push(
            issue_meta(issue.kind),
            primary,
            issue.message.clone(),
            issue.help.clone(),
            Vec::new(),
        );
        // The unknown keys counted by one issue are left out of the model by name.
        if !found.unlisted.is_empty() {
            if let Some(mapping) = pointer::parent(&found.pointer) {
                unlisted.push((mapping.to_owned(), found.unlisted.clone()));
            }
        }
        // An unknown key is left out of the model, but it is no failed value of the
        // plan: the section holding it stays clean for the rules.
        match &found.prune {
            Some(prune) if found.kind == IssueKind::UnknownKey && *prune == found.pointer => {
                unknown_keys.push(prune.clone());
            }
            Some(prune) => failed.push(prune.clone()),
            None => {}
        }
        // A missing display text (an item's `name`, also when misspelt) or copy channel
        // sets aside only itself: it reads as empty (or unknown) and the item's other
        // fields are still checked.
        let blank = std::iter::once(found)
            .chain(found.stands_for.as_deref())
            // List items only: the top level, `window` and `budget` keep their
            // fields optional in the model already.
            .find(|i| i.kind == IssueKind::MissingKey && is_list_item(&i.pointer))
            .and_then(|i| {
                let key = schema::BLANK_WHEN_MISSING
                    .iter()
                    .find(|k| i.key_hint.as_deref() == Some(**k))?;
                Some((i.pointer.clone(), *key))
            });
        if let Some(blank) = blank {
            blanks.push(blank);
            continue;
        }
        // A missing field read as `Known` sets aside only itself: the item is modelled
        // with that field unknown, and the field (not the item) counts as failed.
        if let (IssueKind::MissingKey, None, Some(key)) =
            (issue.kind, &issue.prune, &issue.key_hint)
        {
            let field = pointer::join(&issue.pointer, key);
            if model::is_recoverable(&field) {
                failed.push(field);
            }
        }
        // A misspelt key (`promotoins`) hides the node it meant: references into it
        // cannot be judged, so that node counts as failed too.
        if let (IssueKind::UnknownKey, Some(meant), Some(parent)) =
            (found.kind, &found.key_hint, pointer::parent(&found.pointer))
        {
            failed.push(pointer::join(parent, meant));
        }
    }

    // Model: everything that passed.
    let (value, dropped) = match early {
        Some(value) if issues.is_empty() => (value, Vec::new()),
        _ => {
            let mut left_out = failed.clone();
            left_out.extend(unknown_keys.iter().cloned());
            model::model_pruning::<T>(&loaded.doc, &left_out, &unlisted, &blanks)
        }
    };
    for (at, message) in &dropped {
        // A plan that could not be read at all is reported whatever else was.
        let covered = !at.is_empty()
            && issues
                .iter()
                .any(|i| pointer::is_within(at, &i.pointer) || pointer::is_within(&i.pointer, at));
        if !covered {
            out.push(
                &rules::schema::UnreadableValue::META,
                locator.label(&Place::value(at), None),
                format!(
                    "`{}` could not be read: {message}",
                    pointer::display_path(at)
                ),
                None,
                Vec::new(),
            );
        }
        failed.push(at.clone());
    }
    failed.sort();
    failed.dedup();
    Some((value, failed))
}

fn analyse(
    source: &Source,
    loaded: &Loaded,
    settings: &Settings,
    out: &mut Collector<'_>,
) -> Option<(Campaign, Option<Analysis>)> {
    let locator = Locator {
        loaded,
        text: &source.text,
    };
    let (campaign, failed) = front::<Campaign>(loaded, &locator, schema::Document::Campaign, out)?;

    // The worst-case analysis, once, when every price-relevant section is clean.
    let clean = |at: &str| {
        !failed
            .iter()
            .any(|f| pointer::is_within(f, at) || pointer::is_within(at, f))
    };
    let priced = PRICE_SECTIONS.iter().all(|s| clean(s));
    // With some offers unreadable but every limit read (the stacking section and the
    // minimum order), the offers that did read give a lower bound of the depth.
    // Only whole offers may be missing: an offer kept without a field that failed (a
    // coupon's `cap`, a tier's repeat limit) could make the worst case deeper than the
    // plan allows, and the figure would be no bound at all. An offer with a required
    // value unknown (`model::Known`: a tier's spend, a coupon's `min_spend`) is left out
    // of the analysis whole, like one that failed.
    let failed_set: std::collections::HashSet<&str> = failed.iter().map(String::as_str).collect();
    let whole_offers = failed.iter().all(|f| {
        let offer = ["/promotions/", "/coupons/"].iter().find_map(|section| {
            let rest = f.strip_prefix(section)?;
            let index = rest.split('/').next()?;
            f.get(..section.len().saturating_add(index.len()))
        });
        offer.is_none_or(|item| failed_set.contains(item) || model::is_recoverable(f))
    });
    let bounded = !priced && whole_offers && clean("/stacking") && clean("/guardrails/min_order");
    // The worst-case analysis (once, when every price-relevant section is clean) and
    // the customer-facing text (scanned once for every wording rule) are independent:
    // on a large plan they run side by side.
    let (analysis, wording) = rayon::join(
        || {
            if priced || bounded {
                Analysis::of(&campaign).ok().map(|mut a| {
                    a.lower_bound = !priced;
                    a
                })
            } else {
                None
            }
        },
        || crate::wording::Wording::of_lazy(&campaign, || settings.lexicon()),
    );

    // Rules.
    let today = settings.today.unwrap_or_else(|| today_in(&campaign));
    let ctx = Ctx {
        campaign: &campaign,
        document: &loaded.doc,
        failed: &failed,
        today,
        analysis: analysis.as_ref(),
        wording: Some(&wording),
    };
    // Rules are independent readers of the plan: they run side by side (which matters
    // on a large plan) and their drafts are taken in registry order, so the output does
    // not depend on which finished first.
    let drafts: Vec<Vec<Draft>> = registry::all()
        .par_iter()
        .filter(|rule| {
            let meta = rule.meta();
            settings.severity(meta.code, meta.severity).is_some()
        })
        .map(|rule| {
            #[cfg(debug_assertions)]
            crate::contain::test_panic(&source.path);
            let mut drafts = Vec::new();
            rule.check(&ctx, &mut drafts);
            cite(&mut drafts, &wording.jurisdictions);
            drafts
        })
        .collect();
    let start = out.findings.len();
    for draft in drafts.into_iter().flatten() {
        push_draft(out, &locator, draft);
    }

    // Waivers act on rule findings only (earlier stages cannot be waived).
    let outcome = crate::waivers::evaluate(&campaign, &loaded.doc, today, &out.findings[start..]);
    if !outcome.silenced.is_empty() {
        let silenced: std::collections::HashSet<usize> =
            outcome.silenced.iter().map(|i| start + i).collect();
        let mut index = 0;
        out.findings.retain(|_| {
            index += 1;
            !silenced.contains(&(index - 1))
        });
    }
    for draft in outcome.drafts {
        push_draft(out, &locator, draft);
    }
    // Only an exact analysis is shown as the plan's exposure.
    Some((campaign, analysis.filter(|a| !a.lower_bound)))
}

/// Appends to each draft's help the law its rule cites for the plan's jurisdictions
/// (only those: a US plan is never pointed to 广告法).
fn cite(drafts: &mut [Draft], jurisdictions: &[crate::model::Jurisdiction]) {
    for draft in drafts {
        if let Some(law) = draft.meta.citation(jurisdictions) {
            draft.help = Some(match draft.help.take() {
                Some(help) => format!("{help} — {law}"),
                None => law,
            });
        }
    }
}

/// Whether `at` lies at or under one of `nodes`: checks `at` and each of its ancestors
/// in the set, so it costs the depth of `at`, not the number of nodes.
fn within_any(at: &str, nodes: &std::collections::HashSet<&str>) -> bool {
    pointer::ancestors(at).any(|p| nodes.contains(p))
}

fn is_list_item(at: &str) -> bool {
    pointer::last_token(at).is_some_and(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
}

fn push_problem(out: &mut Collector<'_>, problem: &source::Problem) {
    let primary = Label {
        pointer: problem.pointer.clone(),
        span: problem.span,
        message: None,
    };
    let related = problem
        .related
        .iter()
        .map(|(span, message)| Label {
            pointer: problem.pointer.clone(),
            span: *span,
            message: Some(message.clone()),
        })
        .collect();
    out.push(
        problem_meta(problem.kind),
        primary,
        problem.message.clone(),
        problem.help.clone(),
        related,
    );
}

pub(crate) fn push_draft(out: &mut Collector<'_>, locator: &Locator<'_>, draft: Draft) {
    let primary = locator.rule_label(&draft.at, None);
    let related = draft
        .related
        .iter()
        .map(|(place, message)| locator.rule_label(place, Some(message.clone())))
        .collect();
    let default = draft.severity.unwrap_or(draft.meta.severity);
    let Some(severity) = out.settings.severity(draft.meta.code, default) else {
        return;
    };
    out.findings.push(Finding {
        code: draft.meta.code,
        rule: draft.meta.name,
        severity,
        message: draft.message,
        primary,
        related,
        help: draft.help,
    });
}

/// Today's date in the spec's time zone (or the system's when it has none).
fn today_in(campaign: &Campaign) -> Date {
    let now = jiff::Timestamp::now();
    let tz = campaign
        .timezone
        .as_ref()
        .and_then(|t| t.tz())
        .unwrap_or_else(jiff::tz::TimeZone::system);
    Date::from(now.to_zoned(tz).date())
}

/// A file-level finding (no usable text position).
fn file_finding(meta: &'static rules::Meta, message: String, help: String, span: Span) -> Finding {
    Finding {
        code: meta.code,
        rule: meta.name,
        severity: meta.severity,
        message,
        primary: Label {
            pointer: String::new(),
            span,
            message: None,
        },
        related: Vec::new(),
        help: Some(help),
    }
}

/// Reads and checks one file. Never panics: I/O problems become a `failure`, and a panic
/// inside campspec (a bug) becomes finding I001 for this file alone.
pub fn check_file(path: &Path, settings: &Settings) -> CheckedFile {
    match crate::contain::contain(|| read_and_check(path, settings)) {
        Ok(checked) => checked,
        Err(panic) => crashed(path.display().to_string(), &panic),
    }
}

/// The outcome for a file campspec failed on: finding I001 and nothing else.
fn crashed(path: String, panic: &str) -> CheckedFile {
    CheckedFile {
        path,
        source: None,
        findings: vec![file_finding(
            &rules::internal::InternalError::META,
            format!(
                "campspec failed on this file (internal error: {panic}); please report it"
            ),
            "this is a bug in campspec, not in the plan: report it to the campspec maintainers with the file and this message; the other files were checked".into(),
            Span::at(0),
        )],
        campaign: None,
        failure: None,
        analysis: None,
        released: None,
    }
}

fn read_and_check(path: &Path, settings: &Settings) -> CheckedFile {
    let display = path.display().to_string();
    let failed = |message: String| CheckedFile::failed(display.clone(), message);
    let file = match crate::fs::open_regular(path) {
        Ok(file) => file,
        Err(error) => return failed(format!("cannot read {display}: {}", io_words(&error))),
    };
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > settings.max_file_size {
        return CheckedFile {
            path: display.clone(),
            source: None,
            findings: vec![file_finding(
                &rules::yaml::FileTooLarge::META,
                format!(
                    "the file is {} bytes, larger than the limit of {} bytes",
                    size, settings.max_file_size
                ),
                "check that this is a campaign spec; to read larger files set `max_file_size` under `[limits]` in campspec.toml or pass `--max-file-size`".into(),
                Span::at(0),
            )],
            campaign: None,
            failure: None,
            analysis: None,
            released: None,
        };
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // Read at most one byte past the limit, in case the file grew since `metadata`.
    let limit = settings.max_file_size.saturating_add(1);
    if let Err(error) = file.take(limit).read_to_end(&mut bytes) {
        return failed(format!("cannot read {display}: {}", io_words(&error)));
    }
    if bytes.len() as u64 > settings.max_file_size {
        return failed(format!(
            "cannot read {display}: it holds more than the limit of {} bytes (it grew while being read, or is not a regular file)",
            settings.max_file_size
        ));
    }
    match String::from_utf8(bytes) {
        Ok(text) => check_text(&display, text, settings),
        Err(error) => {
            let at = error.utf8_error().valid_up_to();
            let bytes = error.into_bytes();
            let bad = bytes.get(at).copied().unwrap_or(0);
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let source = Arc::new(Source::new(display.clone(), text));
            let position = source.lines.position(&source.text, at);
            let end = source.text[at..]
                .chars()
                .next()
                .map(|c| at + c.len_utf8())
                .unwrap_or(at);
            CheckedFile {
                path: display.clone(),
                findings: vec![file_finding(
                    &rules::yaml::NotUtf8::META,
                    format!(
                        "the file is not UTF-8: byte 0x{bad:02X} at offset {at} (line {}, column {}) is invalid",
                        position.line, position.column
                    ),
                    "save the file as UTF-8 (it may be in GBK/GB18030 or another legacy encoding)"
                        .into(),
                    Span::new(at, end),
                )],
                source: Some(source),
                campaign: None,
                failure: None,
                analysis: None,
                released: None,
            }
        }
    }
}

fn io_words(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => error.to_string(),
    }
}

/// Whether a path names a spec file by convention.
pub fn is_spec_name(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.ends_with(".campaign.yaml") || n.ends_with(".campaign.yml"))
}

/// The error of a run that found nothing to check: it names the paths searched and the
/// file names searched for, so that plans named `*.yaml` are not passed over silently.
pub fn nothing_to_check<P: AsRef<Path>>(paths: &[P]) -> String {
    let shown: Vec<String> = paths
        .iter()
        .map(|p| {
            format!(
                "`{}`",
                crate::escape::line(&p.as_ref().display().to_string())
            )
        })
        .collect();
    format!(
        "nothing to check: no plan files (*.campaign.yaml, *.campaign.yml) in {}; a file named \
         on the command line is checked whatever its name",
        shown.join(", ")
    )
}

/// What `collect` found: spec files, and paths that could not be read.
#[derive(Debug, Default)]
pub struct Collected {
    pub files: Vec<PathBuf>,
    pub failures: Vec<(String, String)>,
}

/// Expands the given paths: files are taken as they are, directories are searched
/// recursively for `*.campaign.yaml|yml` (following symlinks, each directory once).
pub fn collect(paths: &[PathBuf]) -> Collected {
    let mut collected = Collected::default();
    let mut visited = std::collections::HashSet::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut visited, &mut collected),
            Ok(_) => collected.files.push(path.clone()),
            Err(error) => collected.failures.push((
                path.display().to_string(),
                format!("cannot read {}: {}", path.display(), io_words(&error)),
            )),
        }
    }
    collected
}

fn walk(dir: &Path, visited: &mut std::collections::HashSet<PathBuf>, out: &mut Collected) {
    let Ok(canonical) = std::fs::canonicalize(dir) else {
        out.failures.push((
            dir.display().to_string(),
            format!("cannot read directory {}", dir.display()),
        ));
        return;
    };
    if !visited.insert(canonical) {
        return; // A symlink loop or a directory reached twice.
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            out.failures.push((
                dir.display().to_string(),
                format!(
                    "cannot read directory {}: {}",
                    dir.display(),
                    io_words(&error)
                ),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, visited, out),
            Ok(meta) if is_spec_name(&path) && meta.is_file() => out.files.push(path),
            // A FIFO or device would block or never end: only files named on the
            // command line are read whatever they are.
            Ok(_) if is_spec_name(&path) => out.failures.push((
                path.display().to_string(),
                format!("cannot read {}: not a regular file", path.display()),
            )),
            Ok(_) => {}
            Err(_) if is_spec_name(&path) => out.failures.push((
                path.display().to_string(),
                format!("cannot read {}: broken link or no access", path.display()),
            )),
            Err(_) => {}
        }
    }
}

/// How far a run has come: files found and files checked (read from another thread to
/// draw a progress bar).
#[derive(Debug, Default)]
pub struct Progress {
    pub total: std::sync::atomic::AtomicUsize,
    pub done: std::sync::atomic::AtomicUsize,
}

/// Checks many paths in parallel and keeps everything of every file (`build` renders
/// from the models); results come back sorted by path.
pub fn check_paths(paths: &[PathBuf], settings: &Settings) -> Vec<CheckedFile> {
    check_in_batches(paths, settings, None, false, |_| {})
}

/// Files checked side by side before their batch is reported and released by
/// [`check_paths_each`]: enough to keep every core busy, few enough that the texts,
/// models and analyses held at once stay small.
const BATCH: usize = 128;

/// Checks many paths in parallel and hands `report` the results in path order, a batch
/// at a time; after `report` has seen a file its text, model and analysis are released
/// ([`CheckedFile::release`]), so memory does not grow with the number of files. Returns
/// every file, released, in path order (for the summary and the formats that need the
/// whole run).
pub fn check_paths_each(
    paths: &[PathBuf],
    settings: &Settings,
    progress: Option<&Progress>,
    report: impl FnMut(&[CheckedFile]),
) -> Vec<CheckedFile> {
    check_in_batches(paths, settings, progress, true, report)
}

/// The run behind [`check_paths`] and [`check_paths_each`]: files in path order, checked
/// in parallel a batch at a time (one batch of all when nothing is released), plan ids
/// compared across the run, each batch handed to `report`, then released if `release`.
fn check_in_batches(
    paths: &[PathBuf],
    settings: &Settings,
    progress: Option<&Progress>,
    release: bool,
    mut report: impl FnMut(&[CheckedFile]),
) -> Vec<CheckedFile> {
    use std::sync::atomic::Ordering;
    let collected = collect(paths);
    if let Some(p) = progress {
        p.total.store(collected.files.len(), Ordering::Relaxed);
    }
    // Files and the paths that could not be read, in the order of the report.
    let mut entries: Vec<(String, Result<PathBuf, String>)> = collected
        .files
        .into_iter()
        .map(|path| (path.display().to_string(), Ok(path)))
        .chain(
            collected
                .failures
                .into_iter()
                .map(|(path, message)| (path, Err(message))),
        )
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let mut results = Vec::with_capacity(entries.len());
    let mut plan_ids = PlanIds::default();
    let batch = if release { BATCH } else { entries.len().max(1) };
    for batch in entries.chunks(batch) {
        let mut checked: Vec<CheckedFile> = batch
            .par_iter()
            .map(|(display, entry)| match entry {
                Ok(path) => {
                    let checked = check_file(path, settings);
                    if let Some(p) = progress {
                        p.done.fetch_add(1, Ordering::Relaxed);
                    }
                    checked
                }
                Err(message) => CheckedFile::failed(display.clone(), message.clone()),
            })
            .collect();
        for file in &mut checked {
            plan_ids.check(file, settings);
        }
        report(&checked);
        // Freeing the texts and models of a batch is work too: it happens side by side.
        if release {
            checked.par_iter_mut().for_each(CheckedFile::release);
        }
        results.extend(checked);
    }
    results
}

/// The plan ids of a run so far, with the file that first used each.
#[derive(Default)]
struct PlanIds {
    first: std::collections::HashMap<String, String>,
}

impl PlanIds {
    /// Records `file`'s plan id, or reports it (R006) when an earlier file has it.
    fn check(&mut self, file: &mut CheckedFile, settings: &Settings) {
        let (Some(campaign), Some(source)) = (&file.campaign, &file.source) else {
            return;
        };
        let Some(id) = campaign.id.as_ref().map(|id| id.as_str().to_owned()) else {
            return;
        };
        let Some(first) = self.first.get(&id) else {
            self.first.insert(id, file.path.clone());
            return;
        };
        // Rare: the document is read again only to place the finding.
        let loaded = source::yaml::load(&source.text, settings.limits);
        let label =
            Locator::new(&loaded, &source.text).label(&Place::value(crate::model::PLAN.id()), None);
        let mut collector = Collector::new(settings);
        collector.push(
            &rules::refs::DuplicatePlanId::META,
            label,
            format!(
                "plan id `{id}` is also the id of `{}`",
                crate::escape::line(first)
            ),
            Some(
                "give each plan its own id: `build` writes a plan's documents into a \
                 directory named by it"
                    .to_owned(),
            ),
            Vec::new(),
        );
        file.findings.extend(collector.finish());
        file.findings
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    }
}

/// Raw JSON of a document (for tools that want the loaded value).
pub fn load_value(text: &str, settings: &Settings) -> Option<Value> {
    let loaded = source::yaml::load(text, settings.limits);
    (!loaded.fatal).then(|| loaded.doc.to_value())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Loc, PLAN};

    fn locate(pointer: Loc) -> Finding {
        let text = "id: plan\nwindow:\n  start: 2027-01-01\n";
        let loaded = source::yaml::load(text, Default::default());
        let settings = Settings::default();
        let mut out = Collector::new(&settings);
        let draft = Draft::new(&rules::dates::PhaseGap::META, pointer, "test")
            .related(PLAN.id(), "related");
        push_draft(&mut out, &Locator::new(&loaded, text), draft);
        out.finish().remove(0)
    }

    #[test]
    fn a_rule_place_is_located_at_its_node() {
        let finding = locate(PLAN.window().start());
        assert_eq!(finding.primary.pointer, "/window/start");
        assert_eq!(finding.primary.span, Span::new(26, 36));
        assert_eq!(finding.related[0].span, Span::new(4, 8));
    }

    /// A place that names nothing (a bug in campspec, caught by `tests/locations.rs`)
    /// is shown at the nearest node that is written, never at the start of the file,
    /// and never stops the run.
    #[test]
    fn a_rule_place_that_names_nothing_is_shown_at_its_nearest_node() {
        let finding = locate(PLAN.window().end());
        assert_eq!(finding.primary.pointer, "/window/end");
        assert_ne!(finding.primary.span.start, 0);
    }
}
