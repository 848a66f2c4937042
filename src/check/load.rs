//! The load step: a file's text into the compact document tree with every node's spans,
//! and the loader's problems (`Y` rules), within the settings' limits.

use crate::settings::Settings;
use crate::source::{Loaded, Source};
use serde_json::Value;

/// Loads the text of `source` (shared with the document, which reads its strings from
/// it).
pub(super) fn load(source: &Source, settings: &Settings) -> Loaded {
    crate::source::yaml::load_shared(source.text.clone(), settings.limits)
}

/// Raw JSON of a document (for tools that want the loaded value).
pub fn load_value(text: &str, settings: &Settings) -> Option<Value> {
    let loaded = crate::source::yaml::load(text, settings.limits);
    (!loaded.fatal).then(|| loaded.doc.to_value())
}
