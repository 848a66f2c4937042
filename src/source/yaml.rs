//! YAML text → the compact document tree ([`Doc`]: values and spans), in one iterative
//! pass over parser events.
//!
//! Parser choice: `saphyr-parser` (the saphyr-rs project, the maintained successor of
//! yaml-rust/yaml-rust2, YAML 1.2, no `unsafe` C port, two small dependencies). serde_yaml
//! is archived and its forks expose no node positions; `serde_yml` is unsound; the tree
//! builders of saphyr/yaml-rust2 recurse and abort on deep nesting. The event parser gives
//! a span for every event, so we build the document tree and every policy check
//! ourselves, with an explicit stack (never recursion):
//!
//! - one document per file; duplicate keys rejected (both keys labelled, the first kept);
//! - nesting limited; aliases allowed but their expansion budgeted (alias bombs);
//! - YAML 1.2 core-schema scalar resolution for plain scalars; quoted and block
//!   scalars are always strings; numbers must be exact (no silent float rounding);
//! - merge keys (`<<`, not YAML 1.2), complex keys and unknown tags rejected;
//! - plain scalars that a YAML 1.1 reader would read differently (`yes`, `on`, `10:00`,
//!   `017`, `1_000`) produce a lint, because specs must mean the same to every tool.
//!
//! saphyr-parser positions count characters; [`CharMap`] turns them into byte offsets.

use super::FastMap;
use super::doc::{Doc, NodeKind, Scalar};
use super::pointer::{self, Segment};
use crate::finding::Span;
use rust_decimal::Decimal;
use saphyr_parser::{Event, Parser, ScalarStyle, ScanError, Tag};
use serde_json::Number;
use std::collections::HashMap;
use std::str::FromStr;
use std::sync::Arc;

/// Files of this size or more are loaded on two threads (parser and tree builder).
const PIPELINE_BYTES: usize = 256 * 1024;
/// Events per batch handed from the parser thread to the tree builder.
const BATCH: usize = 4096;
/// A parser event with its byte span, or the syntax error that ended parsing.
type Parsed<'a> = Result<(Event<'a>, Span), ScanError>;

/// Structural limits that keep hostile files cheap to reject.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Maximum nesting of mappings and sequences.
    pub max_depth: usize,
    /// Maximum number of nodes that alias expansion may add to the document.
    pub max_alias_nodes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_depth: 64,
            max_alias_nodes: 100_000,
        }
    }
}

/// The kinds of problem the loader reports; each maps to one rule in the registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    Syntax,
    EmptyFile,
    MultipleDocuments,
    TooDeep,
    AliasBudget,
    DuplicateKey,
    UnsupportedKey,
    UnsupportedTag,
    InexactNumber,
    Yaml11Ambiguity,
    /// A raw control character (see [`super::controls`]).
    ControlCharacter,
}

impl ProblemKind {
    /// Whether the file cannot be modelled at all after this problem.
    pub fn is_fatal(self) -> bool {
        matches!(
            self,
            ProblemKind::Syntax
                | ProblemKind::EmptyFile
                | ProblemKind::MultipleDocuments
                | ProblemKind::TooDeep
                | ProblemKind::AliasBudget
        )
    }
}

/// What the loader found, as facts; the rule reporting it (through the registry's
/// table) owns the message and help.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadFacts {
    /// A syntax error: the parser's description, and what most likely causes it.
    Syntax { info: String, hint: SyntaxHint },
    /// An alias used before (or without) its anchor.
    UnknownAlias,
    /// No campaign: the file is empty or only comments.
    EmptyFile,
    /// A second document starts.
    SecondDocument,
    /// The document nests deeper than `max` levels.
    TooDeep { max: usize },
    /// Aliases expand to more than `max` nodes.
    AliasBudget { max: usize },
    /// The key `key` is written twice in one mapping.
    DuplicateKey { key: String },
    /// A merge key (`<<`).
    MergeKey,
    /// An alias used as a mapping key.
    AliasKey,
    /// A list or mapping used as a mapping key.
    CollectionKey,
    /// A tag campspec does not read (`tag` as written: handle and suffix).
    UnsupportedTag { tag: String },
    /// A value that is not what its core tag (`!!suffix`) says.
    InvalidTagged { text: String, suffix: String },
    /// A core tag that cannot be used on a plain value.
    TagOnPlain { suffix: String },
    /// `.inf` or `.nan`.
    NotFinite { text: String },
    /// An integer too large to be read exactly.
    TooLarge { text: String },
    /// A decimal with more digits than a number holds exactly.
    TooManyDigits { text: String },
    /// A plain value YAML 1.1 tools read differently.
    Yaml11Value {
        text: String,
        yaml12: Yaml12Reading,
        yaml11: Yaml11Reading,
    },
    /// A plain key YAML 1.1 tools read as something else than text.
    Yaml11Key { text: String, yaml11: Yaml11Reading },
    /// A raw control character (`code`), with how many more its line holds and, on the
    /// last line reported, how many more the file holds further on.
    ControlCharacter { code: u32, more: usize, rest: usize },
}

impl LoadFacts {
    /// The kind of problem these facts are: the registry maps it to its rule.
    pub fn kind(&self) -> ProblemKind {
        use LoadFacts as F;
        match self {
            F::Syntax { .. } | F::UnknownAlias => ProblemKind::Syntax,
            F::EmptyFile => ProblemKind::EmptyFile,
            F::SecondDocument => ProblemKind::MultipleDocuments,
            F::TooDeep { .. } => ProblemKind::TooDeep,
            F::AliasBudget { .. } => ProblemKind::AliasBudget,
            F::DuplicateKey { .. } => ProblemKind::DuplicateKey,
            F::MergeKey | F::AliasKey | F::CollectionKey => ProblemKind::UnsupportedKey,
            F::UnsupportedTag { .. } | F::InvalidTagged { .. } | F::TagOnPlain { .. } => {
                ProblemKind::UnsupportedTag
            }
            F::NotFinite { .. } | F::TooLarge { .. } | F::TooManyDigits { .. } => {
                ProblemKind::InexactNumber
            }
            F::Yaml11Value { .. } | F::Yaml11Key { .. } => ProblemKind::Yaml11Ambiguity,
            F::ControlCharacter { .. } => ProblemKind::ControlCharacter,
        }
    }
}

/// What most likely causes a syntax error, judged from the text around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxHint {
    /// A tab where YAML allows none (not indentation).
    TabHere,
    /// Tabs used for indentation.
    TabIndentation,
    /// A quoted text not closed.
    UnclosedQuote,
    /// A value holding `: `, or a line indented differently.
    ColonInValue,
    /// Indentation against the line above.
    Indentation,
    /// A flow list or mapping not closed.
    UnclosedFlow,
    /// Indentation under the key on the line above.
    UnderKey,
    /// None of the above.
    Other,
}

/// How YAML 1.2 reads a plain value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Yaml12Reading {
    Number,
    Boolean,
    Text,
}

/// How YAML 1.1 tools read a plain value YAML 1.2 reads otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Yaml11Reading {
    /// `yes`, `on`, `y`…
    True,
    /// `no`, `off`, `n`…
    False,
    /// `10:00` → 600.
    Base60,
    /// `017` → 15.
    Octal,
    /// `1_000` → 1000.
    Grouped,
}

/// A problem found while loading, located by byte span and (where the node exists) pointer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub kind: ProblemKind,
    pub pointer: String,
    pub span: Span,
    /// What was found: the rule reporting it words the message and help.
    pub facts: LoadFacts,
    /// Other places the finding labels (the first of two duplicate keys), worded by
    /// the rule too.
    pub related: Vec<Span>,
}

impl Problem {
    /// The problem `facts` at `pointer` and `span`.
    pub fn new(pointer: String, span: Span, facts: LoadFacts) -> Problem {
        Problem {
            kind: facts.kind(),
            pointer,
            span,
            facts,
            related: Vec::new(),
        }
    }
}

/// A loaded document.
#[derive(Debug)]
pub struct Loaded {
    /// The document: values and spans (mappings keep source order). Empty when loading
    /// stopped.
    pub doc: Doc,
    /// Every problem, fatal or not, in source order.
    pub problems: Vec<Problem>,
    /// Pointers of values that were reported and replaced by `null` (inexact numbers,
    /// unknown tags): later stages must neither check nor report them again.
    pub set_aside: Vec<String>,
    /// Whether loading stopped at a fatal problem.
    pub fatal: bool,
}

/// Converts saphyr character indices to byte offsets.
struct CharMap<'a> {
    text: &'a str,
    /// Byte offset of every 64th character; empty for ASCII text (identity map).
    checkpoints: Vec<usize>,
    /// The last position looked up (character index, byte offset): parser events come
    /// in text order, so most lookups walk forward a few characters from here.
    cursor: std::cell::Cell<(usize, usize)>,
}

impl<'a> CharMap<'a> {
    const STEP: usize = 64;

    fn new(text: &'a str) -> CharMap<'a> {
        let checkpoints = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices()
                .step_by(Self::STEP)
                .map(|(b, _)| b)
                .collect()
        };
        CharMap {
            text,
            checkpoints,
            cursor: std::cell::Cell::new((0, 0)),
        }
    }

    fn byte(&self, char_index: usize) -> usize {
        if self.checkpoints.is_empty() {
            return char_index.min(self.text.len());
        }
        // Walk from the cursor when it is just behind, else from the checkpoint.
        let (cursor_char, cursor_byte) = self.cursor.get();
        let (base_char, base) = if char_index >= cursor_char
            && char_index - cursor_char < Self::STEP
            && char_index / Self::STEP == cursor_char / Self::STEP
        {
            (cursor_char, cursor_byte)
        } else {
            let Some(&base) = self.checkpoints.get(char_index / Self::STEP) else {
                return self.text.len();
            };
            (char_index - char_index % Self::STEP, base)
        };
        let rest = char_index - base_char;
        let byte = self
            .text
            .get(base..)
            .and_then(|tail| tail.char_indices().nth(rest))
            .map(|(b, _)| base + b)
            .unwrap_or(self.text.len());
        self.cursor.set((char_index, byte));
        byte
    }

    fn span(&self, span: &saphyr_parser::Span) -> Span {
        Span::new(self.byte(span.start.index()), self.byte(span.end.index()))
    }
}

enum Container {
    Seq,
    Map {
        /// The key waiting for its value: name, span, and whether the value is dropped.
        pending: Option<PendingKey>,
    },
}

struct PendingKey {
    /// The interned key.
    key: u32,
    span: Span,
    drop_value: bool,
}

struct Frame {
    container: Container,
    id: u32,
    children: Vec<u32>,
    anchor: usize,
    start: usize,
    last_end: usize,
    nodes: usize,
    /// Key → position, for a mapping with many keys (built when it grows past the scan
    /// limit, kept up to date after), so finding repeated keys never goes quadratic.
    key_index: Option<FastMap<u32, usize>>,
}

/// Resolution of a plain scalar under the YAML 1.2 core schema.
enum Resolved<'t> {
    Value(Scalar<'t>),
    /// Reported and set aside.
    Problem(LoadFacts),
}

struct Loader<'a> {
    text: &'a str,
    limits: Limits,
    frames: Vec<Frame>,
    doc: Doc,
    problems: Vec<Problem>,
    set_aside: Vec<String>,
    /// Anchor → its node and how many nodes it holds.
    anchors: HashMap<usize, (u32, usize)>,
    alias_nodes: usize,
    /// Whether an alias was used (even one that expands to a single node).
    aliased: bool,
    documents: usize,
    root: Option<u32>,
}

/// Loads one YAML document. Never panics; every problem is returned located.
pub fn load(text: &str, limits: Limits) -> Loaded {
    load_shared(Arc::new(text.to_owned()), limits)
}

/// As [`load`], for a text already shared: the document reads its strings from it
/// instead of holding a copy.
pub fn load_shared(text: super::SharedText, limits: Limits) -> Loaded {
    let piece = |piece: &str, max_depth: usize| {
        load_piece(
            piece,
            Limits {
                max_depth,
                ..limits
            },
        )
        .map(|l| l.doc)
    };
    let mut loaded = if text.len() >= super::split::SPLIT_BYTES {
        super::split::load(&text, limits.max_depth, &piece).map(whole_piece)
    } else {
        None
    }
    .unwrap_or_else(|| load_whole(&text, limits, true).0);
    if !loaded.fatal {
        let controls = super::controls::problems(&text, &loaded.doc);
        if !controls.is_empty() {
            loaded.problems.extend(controls);
            loaded.problems.sort_by_key(|p| p.span.start);
        }
    }
    loaded.doc.set_source(text);
    loaded
}

/// Loads a piece of a large file cut out by [`super::split`] (its document has no
/// source of its own: it is grafted into the whole file's): `Some` only when the
/// piece loaded without any problem and without aliases (which may refer across
/// pieces); anything else is left to the whole-file loader, which reports it.
pub(crate) fn load_piece(text: &str, limits: Limits) -> Option<Loaded> {
    let (loaded, aliased) = load_whole(text, limits, false);
    (!loaded.fatal && !aliased && loaded.problems.is_empty() && loaded.set_aside.is_empty())
        .then_some(loaded)
}

/// A document joined from pieces that each loaded without a problem.
pub(crate) fn whole_piece(doc: Doc) -> Loaded {
    Loaded {
        doc,
        problems: Vec::new(),
        set_aside: Vec::new(),
        fatal: false,
    }
}

/// The whole-file loader alone, on this thread (tests compare it with the cut one).
#[cfg(test)]
pub(crate) fn load_whole_for_tests(text: &str, limits: Limits) -> Loaded {
    let mut loaded = load_whole(text, limits, false).0;
    loaded.doc.set_source(Arc::new(text.to_owned()));
    loaded
}

/// Loads `text` on this thread (or, for a large file and `pipeline`, two); also says
/// whether any alias was used.
fn load_whole(text: &str, limits: Limits, pipeline: bool) -> (Loaded, bool) {
    let mut loader = Loader {
        text,
        limits,
        frames: Vec::new(),
        doc: Doc::default(),
        problems: Vec::new(),
        set_aside: Vec::new(),
        anchors: HashMap::new(),
        alias_nodes: 0,
        aliased: false,
        documents: 0,
        root: None,
    };
    let fatal = loader.run(pipeline).is_err();
    let mut doc = if fatal {
        Doc::default()
    } else {
        std::mem::take(&mut loader.doc)
    };
    if let Some(root) = loader.root.filter(|_| !fatal) {
        doc.set_root(root);
    }
    // The arena grew by doubling; a large document keeps it for the whole check.
    doc.shrink_to_fit();
    let loaded = Loaded {
        doc,
        problems: loader.problems,
        set_aside: loader.set_aside,
        fatal,
    };
    (loaded, loader.aliased)
}

/// Marker for "loading stopped"; the problem itself is already recorded.
struct Stop;

impl<'a> Loader<'a> {
    fn run(&mut self, pipeline: bool) -> Result<(), Stop> {
        let text = self.text;
        if !pipeline || text.len() < PIPELINE_BYTES {
            let chars = CharMap::new(text);
            let mut parser = Parser::new_from_str(text);
            while let Some(next) = parser.next_event() {
                let next = next.map(|(event, span)| (event, chars.span(&span)));
                if self.event(&next)? {
                    break;
                }
            }
            return self.finish();
        }
        // A large file is read on two threads: this one builds the tree while the
        // other scans and parses ahead, handing over events in batches. Each batch goes
        // back to the parser thread to be emptied and reused: the events' strings are
        // freed by the thread that allocated them (freeing them here made both threads
        // fight over the allocator's lock and cost more than the second thread gained).
        // A stop on this side drops the receiver, which ends the parser thread too.
        std::thread::scope(|scope| {
            let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<Parsed<'a>>>(4);
            let (returns, returned) = std::sync::mpsc::channel::<Vec<Parsed<'a>>>();
            scope.spawn(move || {
                let chars = CharMap::new(text);
                let mut parser = Parser::new_from_str(text);
                let fresh = || match returned.try_recv() {
                    Ok(mut used) => {
                        used.clear();
                        used
                    }
                    Err(_) => Vec::with_capacity(BATCH),
                };
                let mut batch = fresh();
                while let Some(next) = parser.next_event() {
                    let last = matches!(next, Err(_) | Ok((Event::StreamEnd, _)));
                    batch.push(next.map(|(event, span)| (event, chars.span(&span))));
                    if last || batch.len() == BATCH {
                        let full = std::mem::replace(&mut batch, fresh());
                        if sender.send(full).is_err() || last {
                            break;
                        }
                    }
                }
                if !batch.is_empty() {
                    let _ = sender.send(batch);
                }
                // Free the batches still coming back here, not on the builder's side.
                drop(sender);
                for used in returned {
                    drop(used);
                }
            });
            for batch in receiver {
                let mut ended = false;
                for next in &batch {
                    if self.event(next)? {
                        ended = true;
                        break;
                    }
                }
                let _ = returns.send(batch);
                if ended {
                    break;
                }
            }
            drop(returns);
            self.finish()
        })
    }

    /// Adds one parser event (with its byte span) to the tree; `true` at the stream's end.
    fn event(&mut self, next: &Parsed<'a>) -> Result<bool, Stop> {
        let (event, span) = match next {
            Ok((event, span)) => (event, *span),
            Err(error) => return Err(self.syntax(error)),
        };
        match event {
            Event::StreamStart | Event::Nothing | Event::DocumentEnd => {}
            Event::StreamEnd => return Ok(true),
            Event::DocumentStart(_) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(self.stop(span, LoadFacts::SecondDocument));
                }
            }
            Event::Scalar(text, style, anchor, tag) => {
                self.scalar(text, *style, *anchor, tag.as_deref(), span)?
            }
            Event::SequenceStart(anchor, tag) => {
                self.check_tag_collection(tag.as_deref(), "seq", span);
                self.open(Container::Seq, *anchor, span)?
            }
            Event::MappingStart(anchor, tag) => {
                self.check_tag_collection(tag.as_deref(), "map", span);
                self.open(Container::Map { pending: None }, *anchor, span)?
            }
            Event::SequenceEnd | Event::MappingEnd => self.close(span)?,
            Event::Alias(anchor) => self.alias(*anchor, span)?,
        }
        Ok(false)
    }

    /// Checks the finished document: it must hold a campaign.
    fn finish(&mut self) -> Result<(), Stop> {
        let empty = match self.root.and_then(|r| self.doc.node_ref(r)) {
            Some(root) => root.is_null(),
            None => true,
        };
        if self.documents == 0 || empty {
            return Err(self.stop(Span::at(0), LoadFacts::EmptyFile));
        }
        Ok(())
    }

    fn stop(&mut self, span: Span, facts: LoadFacts) -> Stop {
        let pointer = self.current_pointer();
        self.problems.push(Problem::new(pointer, span, facts));
        Stop
    }

    fn syntax(&mut self, error: &ScanError) -> Stop {
        let info = error.info();
        let mut at = CharMap::new(self.text).byte(error.marker().index());
        if info.contains("recursion limit") {
            // The scanner's own flow nesting limit, reached before ours is checked.
            let max = self.limits.max_depth;
            let end = self.text[at..]
                .chars()
                .next()
                .map_or(at, |c| at + c.len_utf8());
            return self.stop(Span::new(at, end), LoadFacts::TooDeep { max });
        }
        if info.contains("tab") || (info.contains("whitespace") && self.text[..at].ends_with('\t'))
        {
            // Tab errors are marked after the tab, or at the end of the line before it.
            at = tab_near(self.text, at).unwrap_or(at);
        }
        let end = self.text[at..]
            .chars()
            .next()
            .filter(|c| *c != '\n' && *c != '\r')
            .map(|c| at + c.len_utf8())
            .unwrap_or(at);
        let facts = LoadFacts::Syntax {
            info: info.to_owned(),
            hint: syntax_hint(self.text, at, info),
        };
        self.problems
            .push(Problem::new(String::new(), Span::new(at, end), facts));
        Stop
    }

    /// The pointer of the node about to be attached at the top of the stack.
    fn current_pointer(&self) -> String {
        let mut segments = Vec::with_capacity(self.frames.len());
        for frame in &self.frames {
            match &frame.container {
                Container::Seq => segments.push(Segment::Index(frame.children.len())),
                Container::Map { pending } => {
                    if let Some(key) = pending {
                        segments.push(Segment::Key(self.doc.key_name(key.key).to_owned()));
                    }
                }
            }
        }
        pointer::from_segments(&segments)
    }

    fn expecting_key(&self) -> bool {
        matches!(
            self.frames.last(),
            Some(Frame {
                container: Container::Map { pending: None, .. },
                ..
            })
        )
    }

    fn check_tag_collection(&mut self, tag: Option<&Tag>, expected: &str, span: Span) {
        if let Some(tag) = tag
            && !(tag.is_yaml_core_schema() && tag.suffix == expected)
        {
            let pointer = self.current_pointer();
            let tag = format!("{}{}", tag.handle, tag.suffix);
            let facts = LoadFacts::UnsupportedTag { tag };
            self.problems.push(Problem::new(pointer, span, facts));
        }
    }

    fn open(&mut self, container: Container, anchor: usize, span: Span) -> Result<(), Stop> {
        if self.expecting_key() {
            return Err(self.stop(span, LoadFacts::CollectionKey));
        }
        if self.frames.len() >= self.limits.max_depth {
            let max = self.limits.max_depth;
            return Err(self.stop(
                Span::new(span.start, span.start + 1),
                LoadFacts::TooDeep { max },
            ));
        }
        let kind = match container {
            Container::Seq => NodeKind::Sequence,
            Container::Map { .. } => NodeKind::Mapping,
        };
        // Anchored collections include `&name ` in the event span; start at the content.
        let start = self.skip_properties(span.start);
        let id = self.doc.push_collection(kind, start);
        self.frames.push(Frame {
            container,
            id,
            children: Vec::new(),
            anchor,
            start,
            last_end: start,
            nodes: 1,
            key_index: None,
        });
        Ok(())
    }

    /// Skips an anchor (`&a`) and tag (`!!map`) written before a node's content.
    fn skip_properties(&self, mut at: usize) -> usize {
        let bytes = self.text.as_bytes();
        loop {
            match bytes.get(at) {
                Some(b'&') | Some(b'!') => {
                    while let Some(b) = bytes.get(at) {
                        if b.is_ascii_whitespace() {
                            break;
                        }
                        at += 1;
                    }
                    while let Some(b' ' | b'\t' | b'\r' | b'\n') = bytes.get(at) {
                        at += 1;
                    }
                }
                _ => return at,
            }
        }
    }

    fn close(&mut self, span: Span) -> Result<(), Stop> {
        let Some(frame) = self.frames.pop() else {
            return Ok(());
        };
        // Flow collections end at their `]`/`}`; block ones at their last child.
        let end = if span.is_empty() {
            frame.last_end
        } else {
            span.end
        };
        self.doc.set_end(frame.id, end);
        self.doc.set_children(frame.id, &frame.children);
        if frame.anchor != 0 {
            self.anchors.insert(frame.anchor, (frame.id, frame.nodes));
        }
        self.attach(frame.id, Span::new(frame.start, end), frame.nodes);
        Ok(())
    }

    fn alias(&mut self, anchor: usize, span: Span) -> Result<(), Stop> {
        if self.expecting_key() {
            return Err(self.stop(span, LoadFacts::AliasKey));
        }
        let Some(&(target, nodes)) = self.anchors.get(&anchor) else {
            return Err(self.stop(span, LoadFacts::UnknownAlias));
        };
        self.aliased = true;
        self.alias_nodes = self.alias_nodes.saturating_add(nodes);
        if self.alias_nodes > self.limits.max_alias_nodes {
            let max = self.limits.max_alias_nodes;
            return Err(self.stop(span, LoadFacts::AliasBudget { max }));
        }
        let id = self.doc.push_alias(span, target);
        self.attach(id, span, nodes);
        Ok(())
    }

    fn scalar(
        &mut self,
        text: &str,
        style: ScalarStyle,
        anchor: usize,
        tag: Option<&Tag>,
        span: Span,
    ) -> Result<(), Stop> {
        let span = if matches!(style, ScalarStyle::Literal | ScalarStyle::Folded) {
            // Block scalar events run through trailing blank lines; underline the text only.
            let raw = &self.text[span.start..span.end];
            Span::new(span.start, span.start + raw.trim_end().len())
        } else {
            span
        };
        if self.expecting_key() {
            return self.key(text, style, span);
        }
        let kind = match style {
            ScalarStyle::Plain => NodeKind::Plain,
            ScalarStyle::SingleQuoted => NodeKind::SingleQuoted,
            ScalarStyle::DoubleQuoted => NodeKind::DoubleQuoted,
            ScalarStyle::Literal => NodeKind::Literal,
            ScalarStyle::Folded => NodeKind::Folded,
        };
        let resolved = match tag {
            Some(tag) => resolve_tagged(text, tag),
            None if style == ScalarStyle::Plain => {
                if let Some(yaml11) = yaml11_reading(text) {
                    let pointer = self.current_pointer();
                    let facts = LoadFacts::Yaml11Value {
                        text: text.to_owned(),
                        yaml12: yaml12_reading(text),
                        yaml11,
                    };
                    self.problems.push(Problem::new(pointer, span, facts));
                }
                resolve_plain(text)
            }
            None => Resolved::Value(Scalar::Str(text)),
        };
        let value = match resolved {
            Resolved::Value(value) => value,
            Resolved::Problem(facts) => {
                let pointer = self.current_pointer();
                self.set_aside.push(pointer.clone());
                self.problems.push(Problem::new(pointer, span, facts));
                Scalar::Null
            }
        };
        let id = self.doc.push_scalar(kind, span, value, self.text);
        if anchor != 0 {
            self.anchors.insert(anchor, (id, 1));
        }
        self.attach(id, span, 1);
        Ok(())
    }

    fn key(&mut self, text: &str, style: ScalarStyle, span: Span) -> Result<(), Stop> {
        let mut drop_value = false;
        if style == ScalarStyle::Plain {
            if text == "<<" {
                drop_value = true;
                let pointer = self.current_pointer();
                self.problems
                    .push(Problem::new(pointer, span, LoadFacts::MergeKey));
            } else if let Some(yaml11) = yaml11_reading(text) {
                let mut pointer = self.current_pointer();
                pointer::push_token(&mut pointer, text);
                let facts = LoadFacts::Yaml11Key {
                    text: text.to_owned(),
                    yaml11,
                };
                self.problems.push(Problem::new(pointer, span, facts));
            }
        }
        let key = self.doc.intern(text);
        let duplicate_of = match self.frames.last() {
            Some(Frame {
                container: Container::Map { .. },
                children,
                key_index,
                ..
            }) if !drop_value => {
                let position = match key_index {
                    Some(index) => index.get(&key).copied(),
                    None => children
                        .iter()
                        .position(|c| self.doc.key_of(*c) == Some(key)),
                };
                position.and_then(|i| children.get(i).copied())
            }
            _ => None,
        };
        if let Some(first) = duplicate_of {
            drop_value = true;
            let mut pointer = self.current_pointer();
            pointer::push_token(&mut pointer, text);
            let first_span = self.doc.spans(first).and_then(|s| s.key);
            let facts = LoadFacts::DuplicateKey {
                key: text.to_owned(),
            };
            let mut problem = Problem::new(pointer, span, facts);
            problem.related = first_span.into_iter().collect();
            self.problems.push(problem);
        }
        if let Some(Frame {
            container: Container::Map { pending },
            ..
        }) = self.frames.last_mut()
        {
            *pending = Some(PendingKey {
                key,
                span,
                drop_value,
            });
        }
        Ok(())
    }

    fn attach(&mut self, id: u32, span: Span, nodes: usize) {
        let Some(frame) = self.frames.last_mut() else {
            self.root = Some(id);
            return;
        };
        frame.last_end = frame.last_end.max(span.end);
        match &mut frame.container {
            Container::Seq => {
                frame.children.push(id);
                frame.nodes += nodes;
            }
            Container::Map { pending } => {
                let Some(key) = pending.take() else {
                    return;
                };
                if key.drop_value {
                    return;
                }
                self.doc.set_key(id, key.key, key.span);
                match &mut frame.key_index {
                    Some(index) => {
                        index.insert(key.key, frame.children.len());
                    }
                    None if frame.children.len() >= KEY_SCAN_LIMIT => {
                        let doc = &self.doc;
                        let mut index: FastMap<u32, usize> = frame
                            .children
                            .iter()
                            .enumerate()
                            .filter_map(|(i, c)| Some((doc.key_of(*c)?, i)))
                            .collect();
                        index.insert(key.key, frame.children.len());
                        frame.key_index = Some(index);
                    }
                    None => {}
                }
                frame.children.push(id);
                frame.nodes += nodes;
            }
        }
    }
}

/// Mappings with more keys than this look repeated keys up in a hash index.
const KEY_SCAN_LIMIT: usize = 32;

/// The tab a tab error is about: the last one before `at` on its line, or else the
/// first one from `at` to the end of the next line.
fn tab_near(text: &str, at: usize) -> Option<usize> {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    if let Some(i) = text[line_start..at].rfind('\t') {
        return Some(line_start + i);
    }
    let rest = &text[at..];
    let next_end = rest
        .match_indices('\n')
        .nth(1)
        .map_or(rest.len(), |(i, _)| i);
    rest[..next_end].find('\t').map(|i| at + i)
}

/// What most likely causes a syntax error (the most common ones).
fn syntax_hint(text: &str, at: usize, info: &str) -> SyntaxHint {
    let line_start = text[..at].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let line_end = text[at..].find('\n').map(|i| at + i).unwrap_or(text.len());
    let line = &text[line_start..line_end];
    let previous = text[..line_start.saturating_sub(1)]
        .rfind('\n')
        .map(|i| &text[i + 1..line_start.saturating_sub(1)])
        .unwrap_or("");
    let indentation = text[line_start..at]
        .trim_start_matches([' ', '\t'])
        .is_empty();
    if text[at..].starts_with('\t') && !indentation {
        SyntaxHint::TabHere
    } else if line.contains('\t') || (info.contains("whitespace") && text[at..].starts_with('\t')) {
        SyntaxHint::TabIndentation
    } else if info.contains("quoted scalar") {
        SyntaxHint::UnclosedQuote
    } else if info.contains("mapping values are not allowed") {
        SyntaxHint::ColonInValue
    } else if info.contains("did not find expected") || info.contains("block") {
        SyntaxHint::Indentation
    } else if info.contains("flow") || info.contains("','") || info.contains("']'") {
        SyntaxHint::UnclosedFlow
    } else if previous.trim_end().ends_with(':') {
        SyntaxHint::UnderKey
    } else {
        SyntaxHint::Other
    }
}

fn resolve_tagged<'t>(text: &'t str, tag: &Tag) -> Resolved<'t> {
    if !tag.is_yaml_core_schema() {
        if tag.handle == "!" && tag.suffix.is_empty() {
            return Resolved::Value(Scalar::Str(text));
        }
        return Resolved::Problem(LoadFacts::UnsupportedTag {
            tag: format!("{}{}", tag.handle, tag.suffix),
        });
    }
    match tag.suffix.as_str() {
        "str" => Resolved::Value(Scalar::Str(text)),
        "null" | "bool" | "int" | "float" => {
            let resolved = resolve_plain(text);
            let ok = match (&resolved, tag.suffix.as_str()) {
                (Resolved::Value(Scalar::Null), "null") => true,
                (Resolved::Value(Scalar::Bool(_)), "bool") => true,
                (Resolved::Value(Scalar::Number(n)), "int") => !n.is_f64(),
                (Resolved::Value(Scalar::Number(_)), "float") => true,
                (Resolved::Problem(..), _) => return resolved,
                _ => false,
            };
            if ok {
                resolved
            } else {
                Resolved::Problem(LoadFacts::InvalidTagged {
                    text: text.to_owned(),
                    suffix: tag.suffix.clone(),
                })
            }
        }
        other => Resolved::Problem(LoadFacts::TagOnPlain {
            suffix: other.to_owned(),
        }),
    }
}

/// YAML 1.2 core schema resolution of a plain scalar.
fn resolve_plain(text: &str) -> Resolved<'_> {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Resolved::Value(Scalar::Null),
        "true" | "True" | "TRUE" => return Resolved::Value(Scalar::Bool(true)),
        "false" | "False" | "FALSE" => return Resolved::Value(Scalar::Bool(false)),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" | "-.inf" | "-.Inf" | "-.INF"
        | ".nan" | ".NaN" | ".NAN" => {
            return Resolved::Problem(LoadFacts::NotFinite {
                text: text.to_owned(),
            });
        }
        _ => {}
    }
    let bytes = text.as_bytes();
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    if let Some(hex) = text.strip_prefix("0x")
        && !hex.is_empty()
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return integer_radix(text, hex, 16);
    }
    if let Some(oct) = text.strip_prefix("0o")
        && !oct.is_empty()
        && oct.bytes().all(|b| (b'0'..=b'7').contains(&b))
    {
        return integer_radix(text, oct, 8);
    }
    if !unsigned.is_empty() && unsigned.bytes().all(|b| b.is_ascii_digit()) {
        return integer_decimal(text);
    }
    if is_core_float(unsigned) && !bytes.is_empty() {
        return float(text);
    }
    Resolved::Value(Scalar::Str(text))
}

fn too_large(text: &str) -> Resolved<'static> {
    Resolved::Problem(LoadFacts::TooLarge {
        text: text.to_owned(),
    })
}

fn integer_radix(text: &str, digits: &str, radix: u32) -> Resolved<'static> {
    match u64::from_str_radix(digits, radix) {
        Ok(n) => Resolved::Value(Scalar::Number(Number::from(n))),
        Err(_) => too_large(text),
    }
}

fn integer_decimal(text: &str) -> Resolved<'static> {
    let digits = text.strip_prefix('+').unwrap_or(text);
    if let Ok(n) = digits.parse::<i64>() {
        return Resolved::Value(Scalar::Number(Number::from(n)));
    }
    if let Ok(n) = digits.parse::<u64>() {
        return Resolved::Value(Scalar::Number(Number::from(n)));
    }
    too_large(text)
}

/// `[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?` or `\.[0-9]+(...)`.
fn is_core_float(text: &str) -> bool {
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], Some(&text[at + 1..])),
        None => (text, None),
    };
    let mantissa_ok = match mantissa.split_once('.') {
        Some((int, frac)) => {
            int.bytes().all(|b| b.is_ascii_digit())
                && frac.bytes().all(|b| b.is_ascii_digit())
                && !(int.is_empty() && frac.is_empty())
        }
        None => !mantissa.is_empty() && mantissa.bytes().all(|b| b.is_ascii_digit()),
    };
    let exponent_ok = match exponent {
        None => true,
        Some(e) => {
            let digits = e.strip_prefix(['-', '+']).unwrap_or(e);
            !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
        }
    };
    mantissa_ok && exponent_ok
}

/// A float must survive the trip text → f64 → shortest text unchanged, or the author's
/// digits would be silently altered.
fn float(text: &str) -> Resolved<'_> {
    let Ok(parsed) = text.parse::<f64>() else {
        return Resolved::Value(Scalar::Str(text));
    };
    let exact = exact_decimal(text);
    let round_trip = Decimal::from_str(&format!("{parsed}")).ok();
    match (exact, round_trip, Number::from_f64(parsed)) {
        (Some(a), Some(b), Some(number)) if a.normalize() == b.normalize() => {
            Resolved::Value(Scalar::Number(number))
        }
        _ => Resolved::Problem(LoadFacts::TooManyDigits {
            text: text.to_owned(),
        }),
    }
}

fn exact_decimal(text: &str) -> Option<Decimal> {
    if text.contains(['e', 'E']) {
        Decimal::from_scientific(text).ok()
    } else {
        let normalized =
            if text.starts_with('.') || text.starts_with("-.") || text.starts_with("+.") {
                text.replacen('.', "0.", 1)
            } else {
                text.to_owned()
            };
        let normalized = normalized
            .strip_suffix('.')
            .unwrap_or(&normalized)
            .to_owned();
        Decimal::from_str_exact(normalized.strip_prefix('+').unwrap_or(&normalized)).ok()
    }
}

/// What a YAML 1.1 reader would make of a plain scalar, when it differs from YAML 1.2.
fn yaml11_reading(text: &str) -> Option<Yaml11Reading> {
    // Everything below starts with a letter of yes/no/on/off, a sign or a digit.
    let first = *text.as_bytes().first()?;
    if !(first.is_ascii_digit() || b"yYnNoO+-".contains(&first)) {
        return None;
    }
    match text {
        "y" | "Y" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" => return Some(Yaml11Reading::True),
        "n" | "N" | "no" | "No" | "NO" | "off" | "Off" | "OFF" => {
            return Some(Yaml11Reading::False);
        }
        _ => {}
    }
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    // Sexagesimal: 10:00 → 600.
    let mut parts = unsigned.split(':');
    if let (Some(first), Some(_)) = (parts.next(), unsigned.find(':')) {
        let first_ok = !first.is_empty() && first.bytes().all(|b| b.is_ascii_digit());
        let rest_ok = unsigned.split(':').skip(1).all(|p| {
            !p.is_empty()
                && p.len() <= 2
                && p.bytes().all(|b| b.is_ascii_digit())
                && p.parse::<u32>().is_ok_and(|n| n < 60)
        });
        if first_ok && rest_ok {
            return Some(Yaml11Reading::Base60);
        }
    }
    // Octal with a leading zero: 017 → 15.
    if unsigned.len() > 1
        && unsigned.starts_with('0')
        && unsigned.bytes().all(|b| (b'0'..=b'7').contains(&b))
        && unsigned.bytes().any(|b| b != b'0')
    {
        return Some(Yaml11Reading::Octal);
    }
    // Digit group separators: 1_000 → 1000.
    if unsigned.contains('_')
        && unsigned
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'_' || b == b'.')
        && unsigned.bytes().any(|b| b.is_ascii_digit())
    {
        return Some(Yaml11Reading::Grouped);
    }
    None
}

fn yaml12_reading(text: &str) -> Yaml12Reading {
    match resolve_plain(text) {
        Resolved::Value(Scalar::Number(_)) => Yaml12Reading::Number,
        Resolved::Value(Scalar::Bool(_)) => Yaml12Reading::Boolean,
        _ => Yaml12Reading::Text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_files_load_the_same_on_two_threads() {
        let item = |i: usize| format!("  - id: c{i}\n    name: 满{i}减5 券\n    amount: 5\n");
        let mut small = String::from("coupons:\n");
        for i in 0..3 {
            small.push_str(&item(i));
        }
        let mut large = small.clone();
        let mut n = 3;
        while large.len() <= PIPELINE_BYTES {
            large.push_str(&item(n));
            n += 1;
        }
        let (a, b) = (ok(&small), ok(&large));
        assert_eq!(
            b.doc.to_value()["coupons"].as_array().map(Vec::len),
            Some(n)
        );
        // The items both files share are read and located identically.
        for i in 0..3 {
            let at = format!("/coupons/{i}/name");
            assert_eq!(a.doc.to_value().pointer(&at), b.doc.to_value().pointer(&at));
            assert_eq!(slice(&small, &a, &at), slice(&large, &b, &at));
            assert_eq!(
                a.doc.locate(&at).map(|l| l.spans),
                b.doc.locate(&at).map(|l| l.spans)
            );
        }
        let last = format!("/coupons/{}/name", n - 1);
        assert_eq!(slice(&large, &b, &last), format!("满{}减5 券", n - 1));
        // A syntax error at the end is reported at the same place in the line.
        let bad = "oops: [1, 2\n";
        let (small_bad, large_bad) = (format!("{small}{bad}"), format!("{large}{bad}"));
        let (x, y) = (
            load(&small_bad, Limits::default()),
            load(&large_bad, Limits::default()),
        );
        assert!(x.fatal && y.fatal);
        assert_eq!(x.problems[0].facts, y.problems[0].facts);
        assert_eq!(
            x.problems[0].span.start - small.len(),
            y.problems[0].span.start - large.len()
        );
    }

    #[test]
    fn char_map_matches_a_plain_walk_in_any_order() {
        let text = "名称: 满299减30 — ab\n".repeat(40);
        let offsets: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        let map = CharMap::new(&text);
        // Forward, backward, and jumping across checkpoints, as parser events do.
        let order = (0..offsets.len())
            .chain((0..offsets.len()).rev())
            .chain((0..offsets.len()).map(|i| (i * 37) % offsets.len()));
        for i in order {
            assert_eq!(map.byte(i), offsets[i], "character {i}");
        }
        assert_eq!(map.byte(offsets.len() + 5), text.len());
    }

    fn ok(text: &str) -> Loaded {
        let loaded = load(text, Limits::default());
        assert!(!loaded.fatal, "{:?}", loaded.problems);
        loaded
    }

    fn slice<'a>(text: &'a str, loaded: &Loaded, pointer: &str) -> &'a str {
        let found = loaded.doc.locate(pointer).unwrap();
        assert!(found.exact, "{pointer} not exact");
        &text[found.spans.value.start..found.spans.value.end]
    }

    fn key<'a>(text: &'a str, loaded: &Loaded, pointer: &str) -> &'a str {
        let found = loaded.doc.locate(pointer).unwrap();
        let key = found.spans.key.unwrap();
        &text[key.start..key.end]
    }

    #[test]
    fn values_and_spans() {
        let text = "a: 1\nname: \"正式期 x\"\nlist:\n  - x\n  - {k: v, m: [1, 2.5]}\nblk: |\n  多行\n  文本\n\nlast:\n";
        let l = ok(text);
        assert_eq!(
            l.doc.to_value(),
            serde_json::json!({"a": 1, "name": "正式期 x", "list": ["x", {"k": "v", "m": [1, 2.5]}], "blk": "多行\n文本\n", "last": null})
        );
        assert_eq!(slice(text, &l, "/name"), "\"正式期 x\"");
        assert_eq!(key(text, &l, "/name"), "name");
        assert_eq!(slice(text, &l, "/list/1/m/1"), "2.5");
        assert_eq!(slice(text, &l, "/list/1"), "{k: v, m: [1, 2.5]}");
        assert_eq!(slice(text, &l, "/list"), "- x\n  - {k: v, m: [1, 2.5]}");
        assert_eq!(slice(text, &l, "/blk"), "多行\n  文本");
        assert_eq!(slice(text, &l, "/last"), "");
    }

    #[test]
    fn missing_pointer_falls_back_to_ancestor() {
        let text = "a:\n  b: 1\n";
        let l = ok(text);
        let found = l.doc.locate("/a/zzz/q").unwrap();
        assert!(!found.exact);
        assert_eq!(
            &text[found.spans.value.start..found.spans.value.end],
            "b: 1"
        );
    }

    #[test]
    fn yaml12_scalars() {
        let l = ok("a: [yes, 0o17, 017, 0x1F, 1_000, ~, 1e3, .5, TRUE, -3, 10:00]\n");
        assert_eq!(
            l.doc.to_value()["a"],
            serde_json::json!([
                "yes", 15, 17, 31, "1_000", null, 1000.0, 0.5, true, -3, "10:00"
            ])
        );
        let lints: Vec<_> = l
            .problems
            .iter()
            .filter(|p| p.kind == ProblemKind::Yaml11Ambiguity)
            .map(|p| p.pointer.as_str())
            .collect();
        assert_eq!(lints, ["/a/0", "/a/2", "/a/4", "/a/10"]);
    }

    #[test]
    fn duplicate_keys_point_at_both() {
        let text = "a: 1\nb: 2\na: 3\n";
        let l = ok(text);
        assert_eq!(l.doc.to_value(), serde_json::json!({"a": 1, "b": 2}));
        let dup = &l.problems[0];
        assert_eq!(dup.kind, ProblemKind::DuplicateKey);
        assert_eq!(&text[dup.span.start..dup.span.end], "a");
        assert_eq!(dup.span.start, 10);
        assert_eq!(dup.related[0], Span::new(0, 1));
        // Spans stay aligned after the dropped duplicate.
        assert_eq!(slice(text, &l, "/b"), "2");
    }

    #[test]
    fn second_document_is_fatal() {
        let l = load("a: 1\n---\nb: 2\n", Limits::default());
        assert!(l.fatal);
        assert_eq!(l.problems[0].kind, ProblemKind::MultipleDocuments);
    }

    #[test]
    fn empty_and_comment_only() {
        for text in ["", "# nothing\n", "\n\n"] {
            let l = load(text, Limits::default());
            assert!(l.fatal);
            assert_eq!(l.problems[0].kind, ProblemKind::EmptyFile);
        }
    }

    #[test]
    fn tab_errors_point_at_the_tab() {
        // Marked by the parser after the tab, and at the end of the line before it.
        for text in [
            "a: 1\nb:\n\tc: 2\n",
            "a: 1\n\tb: 2\n",
            "a:\n  b: 1\n  \tc: 2\n",
        ] {
            let l = load(text, Limits::default());
            assert!(l.fatal, "{text:?}");
            let problem = &l.problems[0];
            assert_eq!(problem.kind, ProblemKind::Syntax, "{text:?}");
            assert_eq!(problem.span.start, text.find('\t').unwrap(), "{text:?}");
            assert!(
                matches!(
                    problem.facts,
                    LoadFacts::Syntax {
                        hint: SyntaxHint::TabIndentation,
                        ..
                    }
                ),
                "{text:?}: {:?}",
                problem.facts
            );
        }
        let l = load("a:\tb\n", Limits::default());
        assert_eq!(l.problems[0].span.start, 2);
        assert!(matches!(
            l.problems[0].facts,
            LoadFacts::Syntax {
                hint: SyntaxHint::TabHere,
                ..
            }
        ));
    }

    #[test]
    fn syntax_error_is_located() {
        let text = "a: 1\n  b: 2\n";
        let l = load(text, Limits::default());
        assert!(l.fatal);
        assert_eq!(l.problems[0].kind, ProblemKind::Syntax);
        assert_eq!(l.problems[0].span.start, 8);
    }

    #[test]
    fn alias_bomb_is_stopped() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let refs = vec![format!("*a{}", i - 1); 9].join(", ");
            text.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
        }
        let l = load(&text, Limits::default());
        assert!(l.fatal);
        assert_eq!(l.problems[0].kind, ProblemKind::AliasBudget);
    }

    #[test]
    fn small_aliases_work_and_point_at_the_alias() {
        let text = "base: &t {spend: 1}\ncopy: *t\n";
        let l = ok(text);
        assert_eq!(l.doc.to_value()["copy"], serde_json::json!({"spend": 1}));
        let found = l.doc.locate("/copy/spend").unwrap();
        assert!(!found.exact);
        assert_eq!(&text[found.spans.value.start..found.spans.value.end], "*t");
        assert_eq!(slice(text, &l, "/base"), "{spend: 1}");
    }

    #[test]
    fn deep_nesting_is_rejected_without_overflow() {
        let text = "- ".repeat(100_000) + "x\n";
        let l = load(&text, Limits::default());
        assert!(l.fatal);
        assert_eq!(l.problems[0].kind, ProblemKind::TooDeep);
        // The parser's own limit on flow nesting is reported as the same problem.
        for text in ["[".repeat(100_000), "{a: ".repeat(100_000)] {
            let l = load(&text, Limits::default());
            assert!(l.fatal);
            assert_eq!(l.problems[0].kind, ProblemKind::TooDeep);
            assert_eq!(l.problems[0].facts, LoadFacts::TooDeep { max: 64 });
        }
    }

    #[test]
    fn inexact_and_huge_numbers_are_set_aside() {
        let l = ok(
            "a: 0.1000000000000000055511151231257827\nb: 123456789012345678901234567890\nc: 2\n",
        );
        assert_eq!(l.doc.to_value()["a"], serde_json::Value::Null);
        assert_eq!(l.set_aside, ["/a", "/b"]);
        assert_eq!(l.doc.to_value()["c"], 2);
    }

    #[test]
    fn merge_keys_are_rejected() {
        let l = ok("base: &b {x: 1}\nitem:\n  <<: *b\n  y: 2\n");
        assert_eq!(l.doc.to_value()["item"], serde_json::json!({"y": 2}));
        assert!(
            l.problems
                .iter()
                .any(|p| p.kind == ProblemKind::UnsupportedKey)
        );
    }

    #[test]
    fn bom_and_crlf_offsets() {
        let text = "\u{feff}a: 1\r\nb: 中文\r\nc: x\r\n";
        let l = ok(text);
        assert_eq!(slice(text, &l, "/b"), "中文");
        assert_eq!(slice(text, &l, "/c"), "x");
    }

    #[test]
    fn many_keys_use_the_index() {
        let text: String = (0..100).map(|i| format!("k{i}: {i}\n")).collect();
        let l = ok(&text);
        assert_eq!(slice(&text, &l, "/k77"), "77");
    }
}
