//! The check stage: for one file, a short pipeline over named steps — discover → read →
//! load → validate/model → analyse → rules → waivers → locate — each in its own module;
//! for a run, files checked in parallel (`run`). The concurrency and memory tricks sit
//! in `speed`, each behind one function. Later stages read a plan's result through the
//! small public [`Checked`]; the collector and locator stay inside.

mod analyse;
mod cart;
mod discover;
mod file;
mod load;
mod locate;
mod read;
mod rules;
mod run;
mod speed;
mod validate;
mod waivers;

pub use crate::source::Source;
pub use cart::{CheckedCart, check_cart, check_cart_with, is_cart_name};
pub use discover::{
    Collected, collect, collect_for, collect_in, is_glob, is_spec_name, nothing_to_check,
    nothing_to_check_in,
};
pub use file::{Checked, CheckedFile, Released, SNIPPET_LIMIT};
pub use load::load_value;
pub use run::{Progress, check_paths, check_paths_each};
pub use speed::leave_to_exit;

use crate::analysis::Analysis;
use crate::finding::Span;
use crate::model::Campaign;
use crate::rules::{Ctx, internal::InternalError, yaml::FileTooLarge, yaml::NotUtf8};
use crate::schema::Document;
use crate::settings::Settings;
use crate::source::Loaded;
use locate::{Collector, Locator};
use read::Read;
use std::path::Path;
use std::sync::Arc;

/// Checks one document's text. `path` is used for display, and for a cart
/// (`*.cart.yaml`, see [`is_cart_name`]) to find the plan it is checked against.
pub fn check_text(path: &str, text: String, settings: &Settings) -> CheckedFile {
    if is_cart_name(Path::new(path)) {
        return cart::check_cart_file(path, text, settings);
    }
    let source = Arc::new(Source::new(path.to_owned(), text));
    let loaded = load::load(&source, settings);
    let locator = Locator::new(&loaded, &source.text);
    let mut out = Collector::for_plan(settings, &loaded.doc);
    let modelled = validate::front::<Campaign>(&loaded, &locator, Document::Campaign, &mut out);
    let analysis = modelled.as_ref().and_then(|(campaign, failed)| {
        judge(
            path, campaign, failed, &loaded, &locator, settings, &mut out,
        )
    });
    speed::free_document(loaded, source.text.len());
    let campaign = modelled.map(|(campaign, _)| campaign);
    CheckedFile::new(
        path.to_owned(),
        Some(source),
        out.finish(),
        campaign,
        analysis,
        None,
    )
}

/// The steps after the model — analyse → rules → waivers — located into `out`, for a
/// plan whose values at `failed` did not read (`path` names the file). Returns the
/// plan's exact worst-case analysis, when there is one.
fn judge(
    path: &str,
    campaign: &Campaign,
    failed: &[String],
    loaded: &Loaded,
    locator: &Locator<'_>,
    settings: &Settings,
    out: &mut Collector<'_>,
) -> Option<Analysis> {
    let analysed = analyse::analyse(campaign, failed, settings);
    let today = rules::today(campaign, settings);
    let ctx = Ctx {
        campaign,
        document: &loaded.doc,
        failed,
        today,
        analysis: analysed.analysis.as_ref(),
        wording: Some(&analysed.wording),
    };
    let mark = out.mark();
    for draft in rules::run(&ctx, settings, path) {
        out.push_draft(locator, draft);
    }
    waivers::apply(campaign, &loaded.doc, today, mark, locator, out);
    analysed.exposure()
}

/// Reads and checks one file, with the rules `[per-file-ignores]` turns off for it. Never
/// panics: I/O problems become a `failure`, and a panic inside campspec (a bug) becomes
/// finding I001 for this file alone.
pub fn check_file(path: &Path, settings: &Settings) -> CheckedFile {
    let display = path.display().to_string();
    let settings = &*settings.for_file(path);
    contained(&display, settings, || {
        read_and_check(path, &display, settings)
    })
}

/// Reads one plan from `input` (standard input) and checks it, as [`check_file`] does a
/// file: `name` is shown for it and picks its `[per-file-ignores]`. Never panics.
pub fn check_reader(name: &str, input: impl std::io::Read, settings: &Settings) -> CheckedFile {
    let settings = &*settings.for_file(Path::new(name));
    contained(name, settings, || {
        checked(read::read_from(input, name, settings), name, settings)
    })
}

/// The check `run` makes, with a panic inside campspec (a bug) turned into finding I001
/// of the file `display`.
fn contained(display: &str, settings: &Settings, run: impl FnOnce() -> CheckedFile) -> CheckedFile {
    match crate::contain::contain(run) {
        Ok(checked) => checked,
        Err(panic) => {
            let mut out = Collector::new(settings);
            out.push_file(
                &InternalError::META,
                InternalError::words(&panic),
                Span::at(0),
            );
            CheckedFile::new(display.to_owned(), None, out.finish(), None, None, None)
        }
    }
}

/// The read step, then the pipeline on the text read (or the finding about why it could
/// not be).
fn read_and_check(path: &Path, display: &str, settings: &Settings) -> CheckedFile {
    checked(read::read(path, display, settings), display, settings)
}

/// The pipeline on what the read step gave.
fn checked(read: Read, display: &str, settings: &Settings) -> CheckedFile {
    let mut out = Collector::new(settings);
    match read {
        Read::Text(text) => check_text(display, text, settings),
        Read::Failed(message) => CheckedFile::failed(display.to_owned(), message),
        Read::TooLarge { size } => {
            let words = FileTooLarge::words(size, settings.max_file_size);
            out.push_file(&FileTooLarge::META, words, Span::at(0));
            CheckedFile::new(display.to_owned(), None, out.finish(), None, None, None)
        }
        Read::NotUtf8 { text, at, bad } => {
            let source = Arc::new(Source::new(display.to_owned(), text));
            let position = source.lines.position(&source.text, at);
            let end = source.text[at..]
                .chars()
                .next()
                .map(|c| at + c.len_utf8())
                .unwrap_or(at);
            let words = NotUtf8::words(bad, at, position.line, position.column);
            out.push_file(&NotUtf8::META, words, Span::new(at, end));
            CheckedFile::new(
                display.to_owned(),
                Some(source),
                out.finish(),
                None,
                None,
                None,
            )
        }
    }
}
