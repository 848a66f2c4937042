//! Fuzz target: an arbitrary string through every value parser (as written text and, when
//! it reads as one, as a JSON number), and each value's canonical form read back; the
//! checks are `campspec::values::check_every_parser`, shared with `cargo test`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        campspec::values::check_every_parser(text);
    }
});
