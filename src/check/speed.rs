//! The check stage's concurrency and memory tricks, each behind one function with what
//! it buys (figures from `BENCHMARKS.md`): none changes a finding or a byte of output.

use super::file::CheckedFile;
use crate::source::Loaded;
use rayon::prelude::*;

/// Runs the schema check (`validate`) and the first reading of the model (`read`) side
/// by side. They are independent when the loader set nothing aside; the model read
/// here is kept when the schema finds nothing (otherwise it is read again without what
/// failed). Buys wall time on a large plan, where each is a large part of a check
/// (`BENCHMARKS.md`, Notes, "Stages side by side": the 10 MB plan checks in about
/// 460 ms, loading being the largest stage).
pub(super) fn schema_beside_model<I: Send, M: Send>(
    validate: impl FnOnce() -> I + Send,
    read: impl FnOnce() -> M + Send,
) -> (I, M) {
    rayon::join(validate, read)
}

/// Runs the worst-case stacking analysis and the scan of the customer-facing text side
/// by side: they only read the model. Buys wall time on a large plan (thousands of
/// coupons, each advertised by its own copy entry), as [`schema_beside_model`].
pub(super) fn analysis_beside_wording<A: Send, W: Send>(
    analysis: impl FnOnce() -> A + Send,
    wording: impl FnOnce() -> W + Send,
) -> (A, W) {
    rayon::join(analysis, wording)
}

/// Files of this size or more free their document tree in the background.
const LARGE_FILE: usize = 1 << 20;

/// Frees a loaded document, on another thread when the file is large (`text_len`
/// bytes, 1 MiB or more). The document tree of a 10 MB plan is about a million small
/// allocations (20 MiB of the 90 MiB peak, `BENCHMARKS.md`, Notes, "Memory of a large
/// plan"): freeing it takes long, and off the critical path the findings are reported
/// meanwhile.
pub(super) fn free_document(loaded: Loaded, text_len: usize) {
    if text_len >= LARGE_FILE {
        rayon::spawn(move || drop(loaded));
    } else {
        drop(loaded);
    }
}

/// Files checked side by side before their batch is reported and released by
/// [`super::check_paths_each`]: enough to keep every core busy, few enough that the
/// texts, models and analyses held at once stay small.
pub(super) const BATCH: usize = 128;

/// Releases the files of a reported batch ([`CheckedFile::release`]), side by side
/// (freeing is work too). With batches of [`BATCH`] files, a run's memory does not grow
/// with its number of files: 20,000 typical plans peak at 61.4 MiB instead of 668.0 MiB
/// (`--format human`) and 72.4 MiB instead of 679.4 MiB (`--format json`), with the
/// same reports byte for byte (`BENCHMARKS.md`, "Memory").
pub(super) fn release_batch(batch: &mut [CheckedFile]) {
    batch.par_iter_mut().for_each(CheckedFile::release);
}

/// Leaves the files of a finished run to the operating system instead of freeing them:
/// the process exits right after the report, and freeing every file's findings piece
/// by piece (tens of thousands of small allocations on a large run) would only delay
/// the exit. Not measured separately in `BENCHMARKS.md`; call it only on the way out.
pub fn leave_to_exit(files: Vec<CheckedFile>) {
    std::mem::forget(files);
}
