//! The server's `campspec.toml` files: each is read once, when a plan first needs it, and
//! again when it changes — on disk (`workspace/didChangeWatchedFiles`, registered
//! dynamically when the client can), or in the editor (opened, changed, saved, closed).
//! After a reread every open plan is checked again. A file that no longer reads is told
//! to the user (a diagnostic on it when it is open in the editor, else a message) and
//! the settings read before stay in force.

use super::{Server, uri_path};
use crate::settings::{CONFIG_FILE, Settings, SettingsError};
use lsp_server::{Notification, Request, RequestId};
use lsp_types::notification::{Notification as _, PublishDiagnostics};
use lsp_types::request::{RegisterCapability, Request as _};
use lsp_types::{
    Diagnostic, DiagnosticSeverity, FileChangeType, FileEvent, PublishDiagnosticsParams, Uri,
};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The settings files known to the server.
#[derive(Default)]
pub struct Configs {
    /// The last settings read from each file (the defaults when it never read).
    read: HashMap<PathBuf, Settings>,
    /// The files open in the editor: their document and text, which the editor owns.
    editing: HashMap<PathBuf, (Uri, String)>,
}

/// Whether `path` is a `campspec.toml`.
pub fn is_settings_file(path: &Path) -> bool {
    path.file_name().is_some_and(|name| name == CONFIG_FILE)
}

/// Whether the client (its `initialize` parameters) can be asked to watch files.
pub fn can_watch(params: &serde_json::Value) -> bool {
    params
        .pointer("/capabilities/workspace/didChangeWatchedFiles/dynamicRegistration")
        .and_then(serde_json::Value::as_bool)
        .unwrap_or(false)
}

/// The request asking the client to tell of every `campspec.toml` created, changed or
/// deleted.
pub fn watch_request() -> Request {
    let options = lsp_types::DidChangeWatchedFilesRegistrationOptions {
        watchers: vec![lsp_types::FileSystemWatcher {
            glob_pattern: lsp_types::GlobPattern::String(format!("**/{CONFIG_FILE}")),
            kind: None,
        }],
    };
    let params = lsp_types::RegistrationParams {
        registrations: vec![lsp_types::Registration {
            id: "campspec-settings".to_owned(),
            method: lsp_types::notification::DidChangeWatchedFiles::METHOD.to_owned(),
            register_options: serde_json::to_value(options).ok(),
        }],
    };
    Request::new(
        RequestId::from("campspec-watch-settings".to_owned()),
        RegisterCapability::METHOD.to_owned(),
        params,
    )
}

impl Server<'_> {
    /// The settings of the file at `path`, read the first time they are asked for.
    pub(super) fn config_for(&mut self, path: &Path) -> Settings {
        if let Some(settings) = self.config.read.get(path) {
            return settings.clone();
        }
        let settings = self.read_config(path).unwrap_or_default();
        self.config.read.insert(path.to_owned(), settings.clone());
        settings
    }

    /// Reads the settings file at `path` (its text in the editor when it is open there);
    /// `None`, with the reason told, when it does not read.
    fn read_config(&self, path: &Path) -> Option<Settings> {
        let editing = self.config.editing.get(path);
        let result = match editing {
            Some((_, text)) => Settings::from_toml_words(text)
                .map(|mut settings| {
                    settings.config_path = Some(path.to_owned());
                    settings
                })
                .map_err(|message| SettingsError::Invalid {
                    path: path.to_owned(),
                    message,
                }),
            None => Settings::from_file(path),
        };
        let error = result.as_ref().err().map(|error| {
            let lang = self.options.lang.unwrap_or_default().run_lang();
            crate::msg!("server-settings-kept", error = error.render(lang)).render(lang)
        });
        match (editing, &error) {
            (Some((uri, _)), _) => self.settings_diagnostic(uri, error.clone()),
            (None, Some(message)) => self.show_error(message.clone()),
            (None, None) => {}
        }
        result.ok()
    }

    /// Publishes the diagnostic of a settings file open in the editor: its error, or none.
    fn settings_diagnostic(&self, uri: &Uri, error: Option<String>) {
        let diagnostics = error
            .into_iter()
            .map(|message| Diagnostic {
                range: lsp_types::Range::default(),
                severity: Some(DiagnosticSeverity::ERROR),
                source: Some(super::diagnostics::SOURCE.to_owned()),
                message,
                ..Diagnostic::default()
            })
            .collect();
        let params = PublishDiagnosticsParams {
            uri: uri.clone(),
            diagnostics,
            version: None,
        };
        self.send(Notification::new(PublishDiagnostics::METHOD.to_owned(), params).into());
    }

    /// Reads the settings file at `path` again; the settings before stay when it does
    /// not read. Then checks every open plan again.
    fn reload(&mut self, path: &Path) {
        if let Some(settings) = self.read_config(path) {
            self.config.read.insert(path.to_owned(), settings);
        }
        self.recheck_all();
    }

    /// Follows a document that may be a settings file, opened, changed or saved with
    /// `text` (`None`: as on disk). Returns whether it was one.
    pub(super) fn settings_document(&mut self, uri: &Uri, text: Option<String>) -> bool {
        let Some(path) = uri_path(uri).filter(|p| is_settings_file(p)) else {
            return false;
        };
        // Saved without its text: the text the editor last sent is what was saved.
        if let Some(text) = text {
            self.config
                .editing
                .insert(path.clone(), (uri.clone(), text));
        }
        self.reload(&path);
        true
    }

    /// A settings file closed in the editor: it is read from disk again.
    pub(super) fn settings_closed(&mut self, uri: &Uri) {
        let Some(path) = uri_path(uri) else {
            return;
        };
        if self.config.editing.remove(&path).is_some() {
            self.settings_diagnostic(uri, None);
        }
        self.reload(&path);
    }

    /// Files changed on disk: each `campspec.toml` among them is read again (forgotten
    /// when deleted), then every open plan is checked again.
    pub(super) fn watched(&mut self, changes: Vec<FileEvent>) {
        let mut any = false;
        for change in changes {
            let Some(path) = uri_path(&change.uri).filter(|p| is_settings_file(p)) else {
                continue;
            };
            any = true;
            if change.typ == FileChangeType::DELETED {
                self.config.read.remove(&path);
            } else if !self.config.editing.contains_key(&path)
                && let Some(settings) = self.read_config(&path)
            {
                self.config.read.insert(path, settings);
            }
        }
        if any {
            self.recheck_all();
        }
    }
}
