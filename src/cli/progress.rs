//! A progress bar on stderr for long runs on a terminal: `checking [=====>    ] 412/1000`,
//! redrawn a few times a second and erased when the run ends. Never drawn when stderr is
//! not a terminal.

use campspec::check::Progress;
use campspec::i18n::Lang;
use std::io::Write;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Runs with fewer files than this finish before a bar would be worth drawing.
pub const MIN_FILES: usize = 20;

/// The bar for `done` of `total`, `width` characters between the brackets.
#[cfg(test)]
pub fn bar(done: usize, total: usize, width: usize) -> String {
    bar_in(done, total, width, Lang::En)
}

/// [`bar`] in `lang`.
pub fn bar_in(done: usize, total: usize, width: usize, lang: Lang) -> String {
    let total = total.max(1);
    let done = done.min(total);
    let filled = done * width / total;
    let mut inner = "=".repeat(filled);
    if filled < width {
        inner.push('>');
        inner.push_str(&" ".repeat(width - filled - 1));
    }
    campspec::msg!("progress-bar", bar = inner, done = done, total = total).render(lang)
}

/// Draws the bar for `progress` until the returned guard is dropped.
pub struct Drawer {
    stop: Arc<AtomicBool>,
    /// Whether the bar is on the screen; held while drawing or printing around it.
    drawn: Arc<Mutex<bool>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// Erases the bar's line on stderr.
fn erase() {
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "\r\x1b[2K");
    let _ = err.flush();
}

impl Drawer {
    pub fn start(progress: Arc<Progress>, lang: Lang) -> Drawer {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let drawn = Arc::new(Mutex::new(false));
        let shown = drawn.clone();
        let thread = std::thread::spawn(move || {
            while !flag.load(Ordering::Relaxed) {
                let total = progress.total.load(Ordering::Relaxed);
                if total >= MIN_FILES {
                    let done = progress.done.load(Ordering::Relaxed);
                    let mut drawn = shown.lock().unwrap_or_else(|e| e.into_inner());
                    let mut err = std::io::stderr().lock();
                    let _ = write!(err, "\r{}", bar_in(done, total, 30, lang));
                    let _ = err.flush();
                    *drawn = true;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            if *shown.lock().unwrap_or_else(|e| e.into_inner()) {
                erase();
            }
        });
        Drawer {
            stop,
            drawn,
            thread: Some(thread),
        }
    }

    /// Runs `print` with the bar off the screen (it is drawn again on its next tick), so
    /// output printed while files are checked never runs into the bar.
    pub fn suspended(&self, print: impl FnOnce()) {
        let mut drawn = self.drawn.lock().unwrap_or_else(|e| e.into_inner());
        if *drawn {
            erase();
            *drawn = false;
        }
        print();
    }
}

impl Drop for Drawer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_fills_with_the_count() {
        assert_eq!(bar(0, 10, 10), "checking [>         ] 0/10");
        assert_eq!(bar(5, 10, 10), "checking [=====>    ] 5/10");
        assert_eq!(bar(10, 10, 10), "checking [==========] 10/10");
        assert_eq!(bar(12, 10, 10), "checking [==========] 10/10");
    }
}
