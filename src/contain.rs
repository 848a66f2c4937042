//! Containing a panic to the file being checked: [`contain`] runs one file's check and
//! turns a panic into an error message, so the other files are still checked and
//! reported (the file gets finding I001 `internal-error`).
//!
//! A panic hook, installed once, keeps the default hook's message and backtrace note off
//! stderr for a panic that is contained — on the checking thread itself, or on a rayon
//! worker while a check runs (a rule running on another thread hands its panic back to
//! the check that spawned it). Any other panic is shown by the hook that was there before.

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;
use std::sync::atomic::{AtomicUsize, Ordering};

thread_local! {
    /// How many contained checks this thread is inside.
    static INSIDE: Cell<usize> = const { Cell::new(0) };
}

/// How many contained checks are running on any thread.
static RUNNING: AtomicUsize = AtomicUsize::new(0);

static HOOK: Once = Once::new();

/// The longest panic message kept, in characters.
const LONGEST: usize = 500;

/// Runs `check`, returning its value, or the panic's message (one line, control
/// characters escaped) when it panicked.
pub fn contain<T>(check: impl FnOnce() -> T) -> Result<T, String> {
    HOOK.call_once(install_hook);
    RUNNING.fetch_add(1, Ordering::SeqCst);
    INSIDE.with(|inside| inside.set(inside.get() + 1));
    let result = catch_unwind(AssertUnwindSafe(check));
    INSIDE.with(|inside| inside.set(inside.get().saturating_sub(1)));
    RUNNING.fetch_sub(1, Ordering::SeqCst);
    result.map_err(|payload| message(payload.as_ref()))
}

fn install_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let contained = INSIDE.with(|inside| inside.get() > 0)
            || (RUNNING.load(Ordering::SeqCst) > 0 && rayon::current_thread_index().is_some());
        if !contained {
            previous(info);
        }
    }));
}

/// The text a panic carries, shown on one line.
fn message(payload: &(dyn std::any::Any + Send)) -> String {
    let text = if let Some(text) = payload.downcast_ref::<&str>() {
        text
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.as_str()
    } else {
        "a panic without a message"
    };
    let mut shown = crate::escape::line(text).into_owned();
    if let Some((cut, _)) = shown.char_indices().nth(LONGEST) {
        shown.truncate(cut);
        shown.push('…');
    }
    shown
}

/// Test hook, compiled only into debug builds: when `CAMPSPEC_TEST_PANIC_ON` is set to a
/// non-empty part of a file's path, checking that file panics here, so tests can see
/// how a panic is contained. Release builds have no such hook.
#[cfg(debug_assertions)]
pub(crate) fn test_panic(path: &str) {
    let part = std::env::var_os("CAMPSPEC_TEST_PANIC_ON");
    let part = part.as_ref().and_then(|p| p.to_str()).unwrap_or("");
    if !part.is_empty() && path.contains(part) {
        panic!("deliberate test panic (CAMPSPEC_TEST_PANIC_ON)\x1b]0;title\x07 on {path}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_its_message_on_one_line() {
        assert_eq!(contain(|| 7), Ok(7));
        let error = contain(|| -> u8 { panic!("bad\nvalue \x1b[2J {}", 1) }).expect_err("caught");
        assert_eq!(error, "bad\\nvalue \\u{1b}[2J 1");
        let long = contain(|| -> u8 { panic!("{}", "x".repeat(2000)) }).expect_err("caught");
        assert_eq!(long.chars().count(), LONGEST + 1);
    }
}
