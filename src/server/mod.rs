//! The language server (`campspec server`): the Language Server Protocol over stdio, so an
//! editor shows the findings of `check` while a plan is written.
//!
//! Each open document is checked with [`crate::check_text`] and the settings of the
//! `campspec.toml` found from the document's folder upwards (see `config.rs`: read once,
//! and again when the file changes, after which every open document is checked again).
//! Diagnostics are published on open, on change once the input has been quiet for a
//! moment ([`quiet_after`]: a burst of changes is checked once, at its last version),
//! and cleared on close. Only plans and carts are checked: an editor attaches the server
//! to every YAML file, and a workflow or compose file gets nothing from it. Hovers explain findings, values, ids and offers; completion offers ids, and
//! the keys and enum values the schema allows.

pub mod complete;
mod config;
pub mod cursor;
mod diagnostics;
mod docs;
pub mod fields;
pub mod ids;
pub mod offers;
pub mod position;
pub mod symbols;
pub mod values;

use crate::check::CheckedFile;
use crate::i18n::Choice;
use crate::settings::Settings;
use crate::source::yaml::{self, Loaded};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidChangeWatchedFiles, DidCloseTextDocument, DidOpenTextDocument,
    DidSaveTextDocument, Notification as _, PublishDiagnostics, ShowMessage,
};
use lsp_types::request::{
    CodeActionRequest, Completion, DocumentSymbolRequest, GotoDefinition, HoverRequest, References,
    Rename, Request as _,
};
use lsp_types::{
    Diagnostic, HoverParams, HoverProviderCapability, MessageType, PublishDiagnosticsParams,
    ServerCapabilities, ShowMessageParams, TextDocumentSyncCapability, TextDocumentSyncKind, Uri,
};
use position::Lines;
use std::cell::OnceCell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

/// How long the input must be quiet after a change before the document is checked,
/// given how long the last check took: twice that, between 5 and 150 ms. A plan that
/// checks in a millisecond answers a keystroke at once (10 ms later); a large plan whose
/// check takes longer than the gap between keystrokes is checked once a burst ends,
/// at its last version, instead of after every key.
pub fn quiet_after(last_check: Duration) -> Duration {
    (last_check * 2).clamp(Duration::from_millis(5), Duration::from_millis(150))
}

/// Whether the server checks a document: a plan or a cart by its file name
/// (`*.campaign.yaml|yml`, `*.cart.yaml|yml`), or any YAML whose top level declares
/// `campspec:` (an unsaved plan, or one named otherwise).
pub fn is_checked(path: Option<&std::path::Path>, text: &str) -> bool {
    if path.is_some_and(|p| crate::check::is_spec_name(p) || crate::check::is_cart_name(p)) {
        return true;
    }
    text.lines().any(|line| {
        line.strip_prefix("campspec")
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    })
}

/// How the server is run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The language of findings when given (`--lang`); else `lang` in `campspec.toml`,
    /// else `auto` (each plan's own language).
    pub lang: Option<Choice>,
    /// Where the rules' documentation (`docs/rules.md`) is published: diagnostics link
    /// to the rule's section there. Without it they link to the rule's page written
    /// under the user's cache directory (`docs.rs`).
    pub rules_url: Option<String>,
}

/// An open document and what its last check found.
struct Open {
    text: String,
    lines: Lines,
    checked: CheckedFile,
    version: Option<i32>,
    /// The plan's language: that of its last text that modelled.
    plan_lang: Option<crate::i18n::Lang>,
    /// The YAML, loaded by the first request that needs it and kept until the text
    /// changes.
    loaded: OnceCell<Loaded>,
    /// The ids defined and used, likewise.
    index: OnceCell<ids::Index>,
}

impl Open {
    fn loaded(&self) -> &Loaded {
        self.loaded
            .get_or_init(|| yaml::load(&self.text, Default::default()))
    }

    fn index(&self) -> &ids::Index {
        self.index
            .get_or_init(|| ids::Index::of_loaded(self.loaded()))
    }
}

/// The server's state: the open documents, the changes not checked yet, and the
/// settings read.
struct Server<'a> {
    connection: &'a Connection,
    options: Options,
    open: HashMap<Uri, Open>,
    /// The latest text and version of documents changed since their last check.
    pending: HashMap<Uri, (String, Option<i32>)>,
    config: config::Configs,
    /// How long the last check took: it sets the pause before the next ([`quiet_after`]).
    last_check: Duration,
    /// The rules' pages written locally, linked when no `rules_url` is given.
    docs: docs::RuleDocs,
}

/// What the server can do, as told to the client in `initialize`.
pub fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        document_symbol_provider: Some(lsp_types::OneOf::Left(true)),
        definition_provider: Some(lsp_types::OneOf::Left(true)),
        code_action_provider: Some(lsp_types::CodeActionProviderCapability::Simple(true)),
        references_provider: Some(lsp_types::OneOf::Left(true)),
        rename_provider: Some(lsp_types::OneOf::Left(true)),
        completion_provider: Some(lsp_types::CompletionOptions {
            trigger_characters: Some(vec![
                ":".into(),
                " ".into(),
                ",".into(),
                "[".into(),
                "{".into(),
                "-".into(),
            ]),
            ..lsp_types::CompletionOptions::default()
        }),
        ..ServerCapabilities::default()
    }
}

/// How the client ended the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ended {
    /// `shutdown`, then `exit`.
    Cleanly,
    /// `exit` without `shutdown`: the protocol asks the server to exit with code 1.
    WithoutShutdown,
}

/// Serves over stdin and stdout until the client says `exit`. Fails on a protocol
/// error or a connection closed before `exit`.
pub fn serve_stdio(options: Options) -> Result<Ended, String> {
    let (connection, io_threads) = Connection::stdio();
    let ended = serve(&connection, options)?;
    drop(connection);
    io_threads.join().map_err(|e| e.to_string())?;
    Ok(ended)
}

/// Serves over `connection`: the handshake, then messages until `shutdown` and `exit`.
pub fn serve(connection: &Connection, options: Options) -> Result<Ended, String> {
    let (id, params) = connection.initialize_start().map_err(|e| e.to_string())?;
    let result = serde_json::json!({
        "capabilities": capabilities(),
        "serverInfo": { "name": "campspec", "version": env!("CARGO_PKG_VERSION") },
    });
    connection
        .initialize_finish(id, result)
        .map_err(|e| e.to_string())?;
    let mut server = Server {
        connection,
        options,
        open: HashMap::new(),
        pending: HashMap::new(),
        config: config::Configs::default(),
        last_check: Duration::ZERO,
        docs: docs::RuleDocs::in_cache(),
    };
    if config::can_watch(&params) {
        server.send(config::watch_request().into());
    }
    loop {
        let message = if server.pending.is_empty() {
            connection.receiver.recv().ok()
        } else {
            match connection
                .receiver
                .recv_timeout(quiet_after(server.last_check))
            {
                Ok(message) => Some(message),
                Err(quiet) if quiet.is_timeout() => {
                    server.flush();
                    continue;
                }
                Err(_) => None,
            }
        };
        let Some(message) = message else {
            return Err("the client closed the connection before exit".to_owned());
        };
        match message {
            Message::Request(request) => {
                if connection
                    .handle_shutdown(&request)
                    .map_err(|e| e.to_string())?
                {
                    return Ok(Ended::Cleanly);
                }
                // A request answers about the latest text.
                server.flush();
                server.request(request);
            }
            Message::Notification(notification) => {
                if notification.method == lsp_types::notification::Exit::METHOD {
                    return Ok(Ended::WithoutShutdown);
                }
                server.notification(notification);
            }
            Message::Response(_) => {}
        }
    }
}

impl Server<'_> {
    /// Answers a request.
    fn request(&mut self, request: Request) {
        let Request { id, method, params } = request;
        let response = match method.as_str() {
            HoverRequest::METHOD => answer(id, params, |p: HoverParams| self.hover(&p)),
            CodeActionRequest::METHOD => answer(id, params, |p: lsp_types::CodeActionParams| {
                self.code_actions(&p)
            }),
            GotoDefinition::METHOD => answer(id, params, |p: lsp_types::GotoDefinitionParams| {
                self.places(&p.text_document_position_params, false)
                    .into_iter()
                    .next()
                    .map(lsp_types::GotoDefinitionResponse::Scalar)
            }),
            Completion::METHOD => answer(id, params, |p: lsp_types::CompletionParams| {
                self.complete(&p)
            }),
            Rename::METHOD => answer(id, params, |p: lsp_types::RenameParams| self.rename(&p)),
            References::METHOD => answer(id, params, |p: lsp_types::ReferenceParams| {
                let at = &p.text_document_position;
                let mut found = self.places(at, true);
                if !p.context.include_declaration {
                    let definition = self.places(at, false);
                    found.retain(|l| !definition.contains(l));
                }
                Some(found)
            }),
            DocumentSymbolRequest::METHOD => {
                answer(id, params, |p: lsp_types::DocumentSymbolParams| {
                    self.open.get(&p.text_document.uri).map(|open| {
                        lsp_types::DocumentSymbolResponse::Nested(symbols::outline(
                            &open.text,
                            &open.lines,
                        ))
                    })
                })
            }
            _ => Response::new_err(
                id,
                ErrorCode::MethodNotFound as i32,
                format!("unknown request {method}"),
            ),
        };
        self.send(response.into());
    }

    /// Follows a notification: documents opened, changed, saved and closed, and
    /// `campspec.toml` files changed on disk.
    fn notification(&mut self, notification: Notification) {
        let Notification { method, params } = notification;
        match method.as_str() {
            DidOpenTextDocument::METHOD => {
                if let Ok(p) =
                    serde_json::from_value::<lsp_types::DidOpenTextDocumentParams>(params)
                {
                    let doc = p.text_document;
                    self.pending.remove(&doc.uri);
                    if !self.settings_document(&doc.uri, Some(doc.text.clone())) {
                        self.update(doc.uri, doc.text, Some(doc.version));
                    }
                }
            }
            DidChangeTextDocument::METHOD => {
                if let Ok(p) =
                    serde_json::from_value::<lsp_types::DidChangeTextDocumentParams>(params)
                {
                    // Full sync: the last change is the whole text.
                    if let Some(change) = p.content_changes.into_iter().next_back() {
                        let doc = p.text_document;
                        if !self.settings_document(&doc.uri, Some(change.text.clone())) {
                            // Checked once the input is quiet (see `serve`).
                            self.pending
                                .insert(doc.uri, (change.text, Some(doc.version)));
                        }
                    }
                }
            }
            DidSaveTextDocument::METHOD => {
                if let Ok(p) =
                    serde_json::from_value::<lsp_types::DidSaveTextDocumentParams>(params)
                {
                    self.settings_document(&p.text_document.uri, p.text);
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Ok(p) =
                    serde_json::from_value::<lsp_types::DidCloseTextDocumentParams>(params)
                {
                    let uri = p.text_document.uri;
                    if uri_path(&uri).is_some_and(|path| config::is_settings_file(&path)) {
                        self.settings_closed(&uri);
                    } else {
                        self.pending.remove(&uri);
                        self.open.remove(&uri);
                        self.publish(uri, Vec::new(), None);
                    }
                }
            }
            DidChangeWatchedFiles::METHOD => {
                if let Ok(p) =
                    serde_json::from_value::<lsp_types::DidChangeWatchedFilesParams>(params)
                {
                    self.watched(p.changes);
                }
            }
            _ => {}
        }
    }

    /// Checks the documents changed since their last check, at their latest text.
    fn flush(&mut self) {
        let mut pending: Vec<(Uri, (String, Option<i32>))> = self.pending.drain().collect();
        pending.sort_by(|a, b| a.0.as_str().cmp(b.0.as_str()));
        for (uri, (text, version)) in pending {
            self.update(uri, text, version);
        }
    }

    /// Checks every open document again (the settings changed) and publishes the results.
    fn recheck_all(&mut self) {
        self.flush();
        let mut uris: Vec<Uri> = self.open.keys().cloned().collect();
        uris.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        for uri in uris {
            if let Some(open) = self.open.remove(&uri) {
                self.update(uri, open.text, open.version);
            }
        }
    }

    /// Checks the new text of document `uri` and publishes its diagnostics.
    fn update(&mut self, uri: Uri, text: String, version: Option<i32>) {
        let path = uri_path(&uri);
        if !is_checked(path.as_deref(), &text) {
            // Not a plan (or no longer one): nothing to say, and nothing said before stays.
            if self.open.remove(&uri).is_some() {
                self.publish(uri, Vec::new(), version);
            }
            return;
        }
        let settings = self.settings(path.as_ref());
        let name = path
            .as_ref()
            .map_or_else(|| uri.as_str().to_owned(), |p| p.display().to_string());
        let started = std::time::Instant::now();
        let checked = crate::check_text(
            &name,
            text.clone(),
            &settings.for_file(std::path::Path::new(&name)),
        );
        // The first check of a document pays for compiling the lexicons and the schema:
        // only the checks of changes set the pause.
        if self.open.contains_key(&uri) {
            self.last_check = started.elapsed();
        }
        let plan_lang = checked
            .campaign
            .as_ref()
            .map(|c| match crate::render::locale::Lang::of(c) {
                crate::render::locale::Lang::Zh => crate::i18n::Lang::ZhCn,
                crate::render::locale::Lang::En => crate::i18n::Lang::En,
            })
            .or_else(|| self.open.get(&uri).and_then(|o| o.plan_lang));
        let lines = Lines::new(&text);
        let rules_url = self.options.rules_url.as_deref();
        let diagnostics = checked
            .findings
            .iter()
            .map(|f| {
                let link = match rules_url {
                    Some(base) => diagnostics::rule_link(base, f),
                    None => self.docs.link(f),
                };
                diagnostics::diagnostic(f, &uri, &text, &lines, link)
            })
            .collect();
        self.open.insert(
            uri.clone(),
            Open {
                text,
                lines,
                checked,
                version,
                plan_lang,
                loaded: OnceCell::new(),
                index: OnceCell::new(),
            },
        );
        self.publish(uri, diagnostics, version);
    }

    /// The settings for the plan at `path`: the `campspec.toml` found from its folder
    /// upwards (from the working directory for a document not on disk), as last read.
    fn settings(&mut self, path: Option<&PathBuf>) -> Settings {
        let start = path
            .and_then(|p| p.parent().map(PathBuf::from))
            .or_else(|| std::env::current_dir().ok());
        let found = start.and_then(|dir| Settings::discover(&dir));
        let mut settings = match found {
            Some(file) => self.config_for(&file),
            None => Settings::default(),
        };
        settings.lang = Some(self.options.lang.or(settings.lang).unwrap_or_default());
        settings
    }

    /// The language of what the server says about an open plan: `--lang`, else the
    /// plan's own (as last known, while a change leaves it unmodelled).
    fn lang_of(&self, open: &Open) -> crate::i18n::Lang {
        self.options
            .lang
            .unwrap_or_default()
            .plan_lang(open.plan_lang)
    }

    /// The hover at a position of an open document: the findings there, else what the
    /// value under the cursor reads as.
    fn hover(&self, params: &HoverParams) -> Option<lsp_types::Hover> {
        let at = &params.text_document_position_params;
        let open = self.open.get(&at.text_document.uri)?;
        let offset = open.lines.offset(&open.text, at.position);
        if let Some(hover) =
            diagnostics::hover(&open.checked.findings, &open.text, &open.lines, offset)
        {
            return Some(hover);
        }
        let scalar = values::scalar_with_path(open.loaded(), offset)?;
        let format = fields::format_at(
            crate::schema::campaign_schema(),
            &scalar.path,
            &scalar.written,
        );
        let (written, span) = (scalar.text, scalar.span);
        let campaign = open.checked.campaign.as_ref();
        let currency = campaign
            .and_then(|c| c.currency.as_ref())
            .map_or("CNY", |c| c.as_str());
        let lang = self.lang_of(open);
        // An offer, at its id or type: its mechanics and worst-case stacking.
        let offer = offers::offer_at(open.loaded(), offset).and_then(|(section, id)| {
            let analysis = open.checked.analysis.as_ref();
            offers::hover(campaign?, analysis, section, &id, lang)
        });
        let text = offer
            .or_else(|| values::reading_as(&written, format, currency, lang))
            .or_else(|| {
                // An id: what it names.
                let index = open.index();
                let id = index.id_at(offset)?;
                let (section, name) = index.item(id)?;
                let section = match section {
                    "budget.lines" => "budget-lines",
                    other => other,
                };
                Some(
                    crate::msg!(
                        "server-hover-id",
                        id = id,
                        section = section,
                        name = crate::escape::line(name.unwrap_or(id)).into_owned(),
                    )
                    .render(lang),
                )
            })?;
        // Plain text: the hover quotes the plan (values, names), whose characters must
        // not become markup in the editor (a name written `**x**` or `<img …>`).
        Some(lsp_types::Hover {
            contents: lsp_types::HoverContents::Markup(lsp_types::MarkupContent {
                kind: lsp_types::MarkupKind::PlainText,
                value: text,
            }),
            range: Some(open.lines.range(&open.text, span.start, span.end)),
        })
    }

    /// The fixes of the findings in a range, as quick fixes: each edits the exact spans
    /// `campspec check --fix` would; safe ones are preferred.
    fn code_actions(&self, params: &lsp_types::CodeActionParams) -> Vec<lsp_types::CodeAction> {
        let uri = &params.text_document.uri;
        let Some(open) = self.open.get(uri) else {
            return Vec::new();
        };
        let start = open.lines.offset(&open.text, params.range.start);
        let end = open.lines.offset(&open.text, params.range.end);
        let mut actions = Vec::new();
        for finding in &open.checked.findings {
            let span = finding.primary.span;
            if span.end < start || span.start > end {
                continue;
            }
            for fix in &finding.fixes {
                let edits = fix
                    .edits
                    .iter()
                    .map(|e| {
                        lsp_types::OneOf::Left(lsp_types::TextEdit {
                            range: open.lines.range(&open.text, e.span.start, e.span.end),
                            new_text: e.replacement.clone(),
                        })
                    })
                    .collect();
                let document = lsp_types::TextDocumentEdit {
                    text_document: lsp_types::OptionalVersionedTextDocumentIdentifier {
                        uri: uri.clone(),
                        version: None,
                    },
                    edits,
                };
                actions.push(lsp_types::CodeAction {
                    title: fix.title.clone(),
                    kind: Some(lsp_types::CodeActionKind::QUICKFIX),
                    is_preferred: Some(fix.is_safe()),
                    edit: Some(lsp_types::WorkspaceEdit {
                        document_changes: Some(lsp_types::DocumentChanges::Edits(vec![document])),
                        ..lsp_types::WorkspaceEdit::default()
                    }),
                    ..lsp_types::CodeAction::default()
                });
            }
        }
        actions
    }

    /// What fits where the cursor is: the ids a reference can name, the keys the
    /// mapping may still take and the values an enum field allows (from the schema).
    fn complete(&self, params: &lsp_types::CompletionParams) -> Vec<lsp_types::CompletionItem> {
        use lsp_types::{CompletionItem, CompletionItemKind, CompletionTextEdit, TextEdit};
        let at = &params.text_document_position;
        let Some(open) = self.open.get(&at.text_document.uri) else {
            return Vec::new();
        };
        let offset = open.lines.offset(&open.text, at.position);
        let mut items: Vec<CompletionItem> = complete::ids_at(open.index(), &open.text, offset)
            .into_iter()
            .map(|(id, section)| CompletionItem {
                label: id,
                kind: Some(CompletionItemKind::REFERENCE),
                detail: Some(section.to_owned()),
                ..CompletionItem::default()
            })
            .collect();
        let lang = self.lang_of(open);
        let place = cursor::place(&open.text, offset);
        for field in fields::complete(crate::schema::campaign_schema(), &place) {
            if items.iter().any(|i| i.label == field.label) {
                continue;
            }
            let new_text = if field.key {
                format!("{}: ", field.label)
            } else {
                field.label.clone()
            };
            items.push(CompletionItem {
                kind: Some(if field.key {
                    CompletionItemKind::PROPERTY
                } else {
                    CompletionItemKind::ENUM_MEMBER
                }),
                detail: field
                    .required
                    .then(|| crate::msg!("server-complete-required").render(lang)),
                documentation: field.description.map(|value| {
                    lsp_types::Documentation::MarkupContent(lsp_types::MarkupContent {
                        kind: lsp_types::MarkupKind::Markdown,
                        value,
                    })
                }),
                filter_text: Some(field.label.clone()),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit {
                    range: open.lines.range(&open.text, field.start, offset),
                    new_text,
                })),
                label: field.label,
                ..CompletionItem::default()
            });
        }
        items
    }

    /// Renames the id at a position: its definition and every use, as one edit. A new
    /// name that is not an id (or is already used) renames nothing.
    fn rename(&self, params: &lsp_types::RenameParams) -> Option<lsp_types::WorkspaceEdit> {
        let at = &params.text_document_position;
        let uri = &at.text_document.uri;
        let open = self.open.get(uri)?;
        let new_name = params.new_name.trim();
        let index = open.index();
        if crate::values::Id::parse(new_name).is_err() || index.definition(new_name).is_some() {
            return None;
        }
        let places = self.places(at, true);
        if places.is_empty() {
            return None;
        }
        let edits = places
            .into_iter()
            .map(|l| {
                lsp_types::OneOf::Left(lsp_types::TextEdit {
                    range: l.range,
                    new_text: new_name.to_owned(),
                })
            })
            .collect();
        let document = lsp_types::TextDocumentEdit {
            text_document: lsp_types::OptionalVersionedTextDocumentIdentifier {
                uri: uri.clone(),
                version: None,
            },
            edits,
        };
        Some(lsp_types::WorkspaceEdit {
            document_changes: Some(lsp_types::DocumentChanges::Edits(vec![document])),
            ..lsp_types::WorkspaceEdit::default()
        })
    }

    /// The id at a position: its definition (`all` false), or its definition and every
    /// use (`all` true; the definition first when the document has one).
    fn places(
        &self,
        at: &lsp_types::TextDocumentPositionParams,
        all: bool,
    ) -> Vec<lsp_types::Location> {
        let uri = &at.text_document.uri;
        let Some(open) = self.open.get(uri) else {
            return Vec::new();
        };
        let offset = open.lines.offset(&open.text, at.position);
        let index = open.index();
        let Some(id) = index.id_at(offset) else {
            return Vec::new();
        };
        let spans = if all {
            index.references(id)
        } else {
            index.definition(id).into_iter().collect()
        };
        spans
            .into_iter()
            .map(|span| lsp_types::Location {
                uri: uri.clone(),
                range: open.lines.range(&open.text, span.start, span.end),
            })
            .collect()
    }

    /// Publishes the diagnostics of document `uri`.
    fn publish(&self, uri: Uri, diagnostics: Vec<Diagnostic>, version: Option<i32>) {
        let params = PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        };
        self.send(Notification::new(PublishDiagnostics::METHOD.to_owned(), params).into());
    }

    /// Shows an error to the user.
    fn show_error(&self, message: String) {
        let params = ShowMessageParams {
            typ: MessageType::ERROR,
            message,
        };
        self.send(Notification::new(ShowMessage::METHOD.to_owned(), params).into());
    }

    /// Sends a message; a client gone away ends the loop on its own.
    fn send(&self, message: Message) {
        let _ = self.connection.sender.send(message);
    }
}

/// The response to a request: its parameters read as `P` and answered by `handle`, or
/// an invalid-parameters error saying why they could not be read.
fn answer<P: serde::de::DeserializeOwned, R: serde::Serialize>(
    id: lsp_server::RequestId,
    params: serde_json::Value,
    handle: impl FnOnce(P) -> R,
) -> Response {
    match serde_json::from_value::<P>(params) {
        Ok(params) => Response::new_ok(id, handle(params)),
        Err(e) => Response::new_err(id, ErrorCode::InvalidParams as i32, e.to_string()),
    }
}

/// The file a `file:` URI names (percent-escapes decoded), `None` for other schemes.
pub fn uri_path(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    // `file:///C:/…` on Windows, `file:///home/…` elsewhere.
    let rest = match rest.get(1..3) {
        Some(drive) if cfg!(windows) && drive.ends_with(':') => rest.get(1..)?,
        _ => rest,
    };
    let mut bytes = Vec::with_capacity(rest.len());
    let mut iter = rest.bytes();
    while let Some(b) = iter.next() {
        if b == b'%' {
            let hex: Vec<u8> = iter.by_ref().take(2).collect();
            let value = std::str::from_utf8(&hex)
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())?;
            bytes.push(value);
        } else {
            bytes.push(b);
        }
    }
    String::from_utf8(bytes).ok().map(PathBuf::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris_name_paths() {
        let uri: Uri = "file:///tmp/a%20b/%E6%96%B0%E6%98%A5.campaign.yaml"
            .parse()
            .unwrap();
        assert_eq!(
            uri_path(&uri),
            Some(PathBuf::from("/tmp/a b/新春.campaign.yaml"))
        );
        let other: Uri = "untitled:Untitled-1".parse().unwrap();
        assert_eq!(uri_path(&other), None);
    }
}
