//! A run over many paths: the files discovered, checked in parallel a batch at a time
//! in path order, plan ids compared across the run, each batch reported and (for the
//! streaming formats) released.

use super::discover::collect_for;
use super::file::CheckedFile;
use super::locate::{Collector, Locator};
use super::speed::{self, BATCH};
use crate::rules::refs::DuplicatePlanId;
use crate::settings::Settings;
use crate::source;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How far a run has come: files found and files checked (read from another thread to
/// draw a progress bar).
#[derive(Debug, Default)]
pub struct Progress {
    pub total: AtomicUsize,
    pub done: AtomicUsize,
}

/// Checks many paths in parallel and keeps everything of every file (`build` renders
/// from the models); results come back sorted by path.
pub fn check_paths(paths: &[PathBuf], settings: &Settings) -> Vec<CheckedFile> {
    check_in_batches(paths, settings, None, false, |_| {})
}

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
    let collected = collect_for(paths, settings);
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
                    let checked = super::check_file(path, settings);
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
        if release {
            speed::release_batch(&mut checked);
        }
        results.extend(checked);
    }
    results
}

/// The plan ids of a run so far, with the file that first used each.
#[derive(Default)]
struct PlanIds {
    first: HashMap<String, String>,
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
        let settings = settings.for_file(std::path::Path::new(&file.path));
        let settings = &*settings;
        let loaded = source::yaml::load(&source.text, settings.limits);
        let mut collector = Collector::for_plan(settings, &loaded.doc);
        collector.push_draft(
            &Locator::new(&loaded, &source.text),
            DuplicatePlanId::draft(&id, first),
        );
        file.findings.extend(collector.finish());
        file.findings
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    }
}
