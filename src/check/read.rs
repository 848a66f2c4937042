//! The read step: a file's bytes, read safely (regular files only, at most the size
//! limit), as UTF-8 text, or why they could not be.

use crate::fs::io_words;
use crate::i18n::Lang;
use crate::msg;
use crate::settings::Settings;
use std::io::Read as _;
use std::path::Path;

/// What reading a file gave.
pub(super) enum Read {
    /// The text, to check.
    Text(String),
    /// The file is larger than the limit (`size` bytes): finding Y010.
    TooLarge { size: u64 },
    /// The bytes are not UTF-8: finding Y011 at the first invalid byte `bad`, at byte
    /// `at`; `text` is the file read lossily, for showing the place.
    NotUtf8 { text: String, at: usize, bad: u8 },
    /// The file could not be read at all (I/O): campspec exits with code 2.
    Failed(String),
}

/// Reads the file at `path`; `display` is its path as shown.
pub(super) fn read(path: &Path, display: &str, settings: &Settings) -> Read {
    let lang = settings.lang().run_lang();
    let file = match crate::fs::open_regular(path) {
        Ok(file) => file,
        Err(error) => return Read::Failed(cannot_read(display, &error, lang)),
    };
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if crate::rules::yaml::FileTooLarge::applies(size, settings.max_file_size) {
        return Read::TooLarge { size };
    }
    read_sized(file, size, display, settings)
}

/// Reads a stream (standard input) to its end, at most the size limit, as [`read`]
/// does a file; `display` is the name shown for it.
pub(super) fn read_from(input: impl std::io::Read, display: &str, settings: &Settings) -> Read {
    read_sized(input, 0, display, settings)
}

/// The bytes of `file` (`size` long, or unknown when 0), within the size limit, as text.
fn read_sized(file: impl std::io::Read, size: u64, display: &str, settings: &Settings) -> Read {
    let lang = settings.lang().run_lang();
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // Read at most one byte past the limit, in case the file grew since `metadata`.
    let limit = settings.max_file_size.saturating_add(1);
    if let Err(error) = file.take(limit).read_to_end(&mut bytes) {
        return Read::Failed(cannot_read(display, &error, lang));
    }
    if bytes.len() as u64 > settings.max_file_size {
        return Read::Failed(
            msg!(
                "file-over-limit",
                path = display,
                limit = settings.max_file_size
            )
            .render(lang),
        );
    }
    match String::from_utf8(bytes) {
        Ok(text) => Read::Text(text),
        Err(error) => {
            let at = error.utf8_error().valid_up_to();
            let bytes = error.into_bytes();
            let bad = bytes.get(at).copied().unwrap_or(0);
            let text = String::from_utf8_lossy(&bytes).into_owned();
            Read::NotUtf8 { text, at, bad }
        }
    }
}

/// `cannot read <path>: <why>` in `lang`.
pub(super) fn cannot_read(display: &str, error: &std::io::Error, lang: Lang) -> String {
    msg!("file-cannot-read", path = display, reason = io_words(error)).render(lang)
}
