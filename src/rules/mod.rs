//! The rule framework: one file per rule, its doc comment is its documentation, one
//! registry with a stable code and a kebab-case name per rule.
//!
//! A rule looks at the typed model (and, where it must, the loaded document) through a
//! [`Ctx`] and pushes [`Draft`]s that say *where* with typed locations taken from the
//! model ([`crate::model::At`], [`Loc`]), never hand-written pointers. The check stage
//! turns drafts into located findings, then applies `campspec.toml` and waivers.
//!
//! No cascades: a value that failed an earlier stage is not in the model — a required
//! field of a list item reads as unknown ([`crate::model::Known`]), anything else is left
//! out — and rules ask for known values ([`crate::model::Known::known`]); a fact derived
//! from an unknown value is unknown, and the comparison it would feed is withheld. Rules
//! that add things up over a list (sums, coverage) ask [`Ctx::list_known`] (or
//! [`Ctx::clean`]) first, so one mistake is reported once.

pub mod budget;
pub mod cart;
pub mod dates;
pub mod goals;
pub mod internal;
pub mod legal;
pub mod money;
pub mod pricing;
pub mod refs;
pub mod registry;
pub mod schema;
pub mod values;
pub mod waivers;
pub mod wording;
pub mod yaml;

use crate::finding::Severity;
use crate::i18n::Msg;
use crate::model::{At, Campaign, Jurisdiction, List, Loc};
use crate::source::pointer;
use crate::source::{Doc, NodeRef};
use crate::values::Date;

/// Everything known about a rule, read by `campspec rules`, `campspec explain`, the
/// generated `docs/rules.md` and every output format.
#[derive(Debug)]
pub struct Meta {
    /// Stable code, e.g. `D003`. Never reused.
    pub code: &'static str,
    /// Kebab-case name of the problem, e.g. `phase-overlap`.
    pub name: &'static str,
    /// Family (folder) of the rule, e.g. `dates`.
    pub family: &'static str,
    /// Severity unless `campspec.toml` says otherwise.
    pub severity: Severity,
    /// One line: what the rule finds.
    pub summary: &'static str,
    /// The rule's doc comment, Markdown.
    pub docs: &'static str,
    /// The law each jurisdiction's finding cites (legal and wording rules). A finding
    /// cites only the jurisdictions its plan declares.
    pub cites: &'static [Cite],
    /// Whether the rule's findings mean a value was set aside (or the file could not be
    /// read at all), declared with `locked = true` in [`declare_rule!`]. Those cannot be
    /// turned off, downgraded or waived: the plan would pass with part of it silently
    /// ignored.
    pub locked: bool,
}

/// One citation of a legal or wording rule: the jurisdiction, the law and article, and
/// how far the reading was verified.
#[derive(Debug)]
pub struct Cite {
    pub jurisdiction: Jurisdiction,
    pub law: &'static str,
    /// How the citation was verified; `None` only while a rule is being written (a test
    /// makes sure every shipped citation has a mark).
    pub confidence: Option<Confidence>,
}

/// How far a citation was verified (the legend of the legal research notes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    /// Read in the text of the law or regulation itself.
    V,
    /// Seen in a secondary source (a regulator's summary, a law firm's note): the content
    /// is corroborated, the wording or article number was not read in the law's text.
    S,
    /// From general knowledge, not verified yet.
    M,
    /// The article could not be found in any text read: the duty is doubtful.
    U,
}

impl Confidence {
    /// The mark and what it means, for the rule reference.
    pub fn describe(self) -> &'static str {
        match self {
            Confidence::V => "V: read in the law's text",
            Confidence::S => "S: secondary source, verify the article",
            Confidence::M => "M: not verified",
            Confidence::U => "U: the article could not be found, verify before relying on it",
        }
    }

    /// The mark and what it means, in `lang`.
    pub fn describe_in(self, lang: crate::i18n::Lang) -> String {
        match self {
            Confidence::V => crate::msg!("confidence-v"),
            Confidence::S => crate::msg!("confidence-s"),
            Confidence::M => crate::msg!("confidence-m"),
            Confidence::U => crate::msg!("confidence-u"),
        }
        .render(lang)
    }

    /// The one-letter mark.
    pub fn mark(self) -> &'static str {
        match self {
            Confidence::V => "V",
            Confidence::S => "S",
            Confidence::M => "M",
            Confidence::U => "U",
        }
    }
}

impl Meta {
    /// The documentation with the one leading space of each doc-comment line removed.
    pub fn documentation(&self) -> String {
        let mut out = String::with_capacity(self.docs.len());
        for line in self.docs.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        let mut out = out.trim_end().to_owned() + "\n";
        if !self.cites.is_empty() {
            // A rule that applies the law of the plan's jurisdictions depends on them.
            const JURISDICTIONS: &str = "The plan's `jurisdictions`: the rule applies the law \
                of the jurisdictions the plan declares, so a plan whose `jurisdictions` \
                failed to read is not judged by it.\n\n";
            match out.find("## Depends on\n\n") {
                Some(at) => {
                    out.insert_str(at.saturating_add("## Depends on\n\n".len()), JURISDICTIONS)
                }
                None => match out.find("## How to fix") {
                    Some(at) => out.insert_str(at, &format!("## Depends on\n\n{JURISDICTIONS}")),
                    None => out.push_str(&format!("\n## Depends on\n\n{JURISDICTIONS}")),
                },
            }
        }
        if !self.cites.is_empty() {
            out.push_str("\n## Cited in findings\n\nA finding cites the law of the jurisdictions its plan declares (with how far the citation was verified):\n\n");
            for cite in self.cites {
                let mark = cite
                    .confidence
                    .map(|c| format!(" ({})", c.describe()))
                    .unwrap_or_default();
                out.push_str(&format!(
                    "- {}: {}{mark}\n",
                    cite.jurisdiction.code(),
                    cite.law
                ));
            }
        }
        out
    }

    /// The documentation in `lang`: the rule's doc comment in English; in Chinese,
    /// `locales/zh-CN/rules/<CODE>.md` with the citations in Chinese (the English when
    /// a rule has no Chinese documentation yet).
    pub fn documentation_in(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::Lang;
        let zh = match lang {
            Lang::En => None,
            Lang::ZhCn => crate::i18n::catalogue::rule_doc_zh(self.code),
        };
        let Some(zh) = zh else {
            return self.documentation();
        };
        let mut out = zh.trim_end().to_owned() + "\n";
        if !self.cites.is_empty() {
            out.push('\n');
            out.push_str(&crate::msg!("rule-doc-cited-heading").render(lang));
            out.push_str("\n\n");
            for (i, cite) in self.cites.iter().enumerate() {
                let mark = cite
                    .confidence
                    .map(|c| format!("（{}）", c.describe_in(lang)))
                    .unwrap_or_default();
                out.push_str(&format!(
                    "- {}：{}{mark}\n",
                    cite.jurisdiction.code(),
                    self.cite_words(i).render(lang)
                ));
            }
        }
        out
    }

    /// The citations for a plan under `jurisdictions`, in the order the rule lists
    /// them, joined by `; ` (`None` when none applies).
    pub fn citation(&self, jurisdictions: &[Jurisdiction]) -> Option<Msg> {
        let laws: Vec<crate::i18n::Arg> = self
            .cites
            .iter()
            .enumerate()
            .filter(|(_, c)| jurisdictions.contains(&c.jurisdiction))
            .map(|(i, _)| self.cite_words(i).into())
            .collect();
        (!laws.is_empty())
            .then(|| crate::msg!("rule-citations", laws = crate::i18n::Arg::Semi(laws)))
    }

    /// Citation `index` (of [`Meta::cites`]) in the reader's language: the law's
    /// Chinese name and article come from the catalogue (`rule-<code>-cite-<index>`,
    /// counted from 1).
    pub fn cite_words(&self, index: usize) -> Msg {
        const FIELDS: [&str; 12] = [
            "cite-1", "cite-2", "cite-3", "cite-4", "cite-5", "cite-6", "cite-7", "cite-8",
            "cite-9", "cite-10", "cite-11", "cite-12",
        ];
        Msg::Rule {
            code: self.code,
            field: FIELDS.get(index).copied().unwrap_or("cite"),
            en: self.cites.get(index).map_or("", |c| c.law),
        }
    }

    /// The one-line summary in the reader's language.
    pub fn summary_words(&self) -> Msg {
        Msg::Rule {
            code: self.code,
            field: "summary",
            en: self.summary,
        }
    }

    /// Whether the rule is locked ([`Meta::locked`]): its findings cannot be turned off,
    /// downgraded or waived.
    pub fn is_locked(&self) -> bool {
        self.locked
    }
}

/// Gives access to a rule's [`Meta`]; implemented by [`declare_rule!`].
pub trait Described {
    fn meta(&self) -> &'static Meta;
}

/// A rule. Stage rules (YAML and schema problems) are reported by their stage and have an
/// empty `check`.
pub trait Rule: Described + Send + Sync {
    fn check(&self, _ctx: &Ctx<'_>, _out: &mut Vec<Draft>) {}
}

/// Declares a rule: a unit struct whose doc comment is the rule's documentation.
///
/// ```ignore
/// declare_rule! {
///     /// ## What it checks
///     /// …
///     pub struct PhaseOverlap;
///     code = "D003", name = "phase-overlap", family = "dates",
///     severity = Error, summary = "two phases overlap"
/// }
/// ```
///
/// A rule whose findings mean part of the file could not be read adds `locked = true`
/// after the summary: `campspec.toml` and waivers cannot touch its findings.
///
/// Legal and wording rules add the law each jurisdiction's finding cites; the pipeline
/// appends to a finding's help the citations of the jurisdictions its plan declares:
///
/// ```ignore
/// declare_rule! {
///     /// …
///     pub struct ClaimMismatch;
///     code = "L001", name = "claim-mismatch", family = "legal",
///     severity = Error, summary = "…",
///     cites = [(Cn, "《广告法》 Art. 8(1)", V), (Us, "FTC Act §5 (15 U.S.C. §45)", S)]
/// }
/// ```
///
/// The third element of a citation is its [`Confidence`] mark (`V`, `S`, `M`, `U`).
#[macro_export]
macro_rules! declare_rule {
    (@confidence) => { None };
    (@confidence $mark:ident) => { Some($crate::rules::Confidence::$mark) };
    (
        $(#[doc = $doc:literal])+
        pub struct $name:ident;
        code = $code:literal, name = $rname:literal, family = $family:literal,
        severity = $severity:ident, summary = $summary:literal
        $(, locked = $locked:literal)?
        $(, cites = [$(($jurisdiction:ident, $law:literal $(, $mark:ident)?)),* $(,)?])? $(,)?
    ) => {
        $(#[doc = $doc])+
        pub struct $name;

        impl $name {
            pub const META: $crate::rules::Meta = $crate::rules::Meta {
                code: $code,
                name: $rname,
                family: $family,
                severity: $crate::finding::Severity::$severity,
                summary: $summary,
                docs: concat!($($doc, "\n"),+),
                cites: &[$($($crate::rules::Cite {
                    jurisdiction: $crate::model::Jurisdiction::$jurisdiction,
                    law: $law,
                    confidence: $crate::declare_rule!(@confidence $($mark)?),
                }),*)?],
                locked: false $(|| $locked)?,
            };
        }

        impl $crate::rules::Described for $name {
            fn meta(&self) -> &'static $crate::rules::Meta {
                const META: &$crate::rules::Meta = &$name::META;
                META
            }
        }
    };
}

/// Which part of a node a place underlines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// The value.
    Value,
    /// The key naming the value (falls back to the value).
    Key,
    /// A byte range within the text of a string value (`start..end` of the decoded text).
    Text { start: usize, end: usize },
}

/// A place in the spec: a JSON pointer and the part of the node to underline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub pointer: String,
    pub part: Part,
}

impl Place {
    pub fn value(pointer: impl Into<String>) -> Place {
        Place {
            pointer: pointer.into(),
            part: Part::Value,
        }
    }

    pub fn key(pointer: impl Into<String>) -> Place {
        Place {
            pointer: pointer.into(),
            part: Part::Key,
        }
    }
}

/// The words of a finding a stage reports at a place of the file rather than of the
/// model (a file too large, bytes that are not UTF-8, a value that could not be read):
/// built by the rule's own file, placed by the stage that found it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Words {
    pub message: Msg,
    pub help: Option<Msg>,
}

/// What a rule reports; located and configured by the pipeline.
#[derive(Clone, Debug)]
pub struct Draft {
    pub meta: &'static Meta,
    pub at: Place,
    pub message: Msg,
    pub help: Option<Msg>,
    pub related: Vec<(Place, Msg)>,
    /// A severity other than the rule's default (a lexicon term's); `campspec.toml`
    /// still overrides it.
    pub severity: Option<Severity>,
    /// Mechanical fixes, on typed places; the locator resolves them to byte spans.
    pub fixes: Vec<DraftFix>,
}

/// A fix as a rule proposes it: replacements at typed places. A fix whose places are
/// not all written exactly in the file (behind an alias, escaped text) is dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftFix {
    pub title: Msg,
    pub applicability: crate::finding::Applicability,
    /// Each place's text replaced by the string: for a key its name, for a value its
    /// text (inside any quotes), for [`Part::Text`] that range of it.
    pub edits: Vec<(Place, String)>,
    /// Entries added to mappings, each written in the mapping's own layout.
    pub inserts: Vec<Insert>,
}

/// A new entry `key: value` for the mapping at `mapping` (a JSON pointer), which must
/// not hold `key` yet. The value is text in the finding's language, written in double
/// quotes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Insert {
    pub mapping: String,
    pub key: &'static str,
    pub value: Msg,
}

impl DraftFix {
    /// One replacement at one place.
    pub fn replace(
        applicability: crate::finding::Applicability,
        title: impl Into<Msg>,
        at: Place,
        replacement: impl Into<String>,
    ) -> DraftFix {
        DraftFix {
            title: title.into(),
            applicability,
            edits: vec![(at, replacement.into())],
            inserts: Vec::new(),
        }
    }

    /// One new entry `key: value` in the mapping at `mapping`.
    pub fn insert(
        applicability: crate::finding::Applicability,
        title: impl Into<Msg>,
        mapping: impl Into<Loc>,
        key: &'static str,
        value: impl Into<Msg>,
    ) -> DraftFix {
        DraftFix {
            title: title.into(),
            applicability,
            edits: Vec::new(),
            inserts: vec![Insert {
                mapping: mapping.into().pointer(),
                key,
                value: value.into(),
            }],
        }
    }
}

impl Draft {
    /// A finding of `meta` at the value at `at`.
    pub fn new(meta: &'static Meta, at: impl Into<Loc>, message: impl Into<Msg>) -> Draft {
        Draft {
            meta,
            at: Place::value(at.into()),
            message: message.into(),
            help: None,
            related: Vec::new(),
            severity: None,
            fixes: Vec::new(),
        }
    }

    /// A finding inside the text of a string value (`start..end` of the decoded text).
    pub fn text(
        meta: &'static Meta,
        at: impl Into<Loc>,
        start: usize,
        end: usize,
        message: impl Into<Msg>,
    ) -> Draft {
        let mut draft = Draft::new(meta, at, message);
        draft.at.part = Part::Text { start, end };
        draft
    }

    pub fn severity(mut self, severity: Option<Severity>) -> Draft {
        self.severity = severity;
        self
    }

    /// Underline the key instead of the value.
    pub fn on_key(mut self) -> Draft {
        self.at.part = Part::Key;
        self
    }

    pub fn help(mut self, help: impl Into<Msg>) -> Draft {
        self.help = Some(help.into());
        self
    }

    pub fn help_opt<M: Into<Msg>>(mut self, help: Option<M>) -> Draft {
        if let Some(help) = help {
            self.help = Some(help.into());
        }
        self
    }

    /// Offers a mechanical fix.
    pub fn fix(mut self, fix: DraftFix) -> Draft {
        self.fixes.push(fix);
        self
    }

    /// Adds a secondary label at a value.
    pub fn related(mut self, at: impl Into<Loc>, message: impl Into<Msg>) -> Draft {
        self.related.push((Place::value(at.into()), message.into()));
        self
    }

    /// Adds a secondary label at a key.
    pub fn related_key(mut self, at: impl Into<Loc>, message: impl Into<Msg>) -> Draft {
        self.related.push((Place::key(at.into()), message.into()));
        self
    }
}

/// What a rule sees of one file.
pub struct Ctx<'a> {
    /// The typed model: everything that passed the schema.
    pub campaign: &'a Campaign,
    /// The document as loaded (before anything was set aside).
    pub document: &'a Doc,
    /// Pointers of nodes that failed an earlier stage, sorted.
    pub failed: &'a [String],
    /// Today's date (for expiry checks), in the spec's time zone.
    pub today: Date,
    /// The worst-case stacking analysis, when every price-relevant section was
    /// understood (otherwise its findings would only repeat the earlier mistakes).
    pub analysis: Option<&'a crate::analysis::Analysis>,
    /// The customer-facing text, its lexicon hits and claims.
    pub wording: Option<&'a crate::wording::Wording<'a>>,
}

impl<'a> Ctx<'a> {
    /// Whether nothing at or under `at` failed an earlier stage (so sums and coverage
    /// computed over it are complete).
    pub fn clean(&self, at: &Loc) -> bool {
        if self.failed.is_empty() {
            return true;
        }
        let at = at.pointer();
        let at = at.as_str();
        // `failed` is sorted: the first pointer ≥ `at` is the only candidate inside it;
        // an ancestor of `at` sorts before it and is checked separately.
        let start = self.failed.partition_point(|p| p.as_str() < at);
        if self
            .failed
            .get(start)
            .is_some_and(|p| pointer::is_within(p, at))
        {
            return false;
        }
        !pointer::ancestors(at).skip(1).any(|p| self.is_failed(p))
    }

    /// Whether every item of the list at `section` was read (none set aside whole) and
    /// none of `fields` of any item failed: a fact computed over the whole list from
    /// those fields (a sum, a coverage) is then complete. A failed field not named (a
    /// phase's `start` for a sum of phase budgets) does not matter to it; the item is
    /// still in the model with that field unknown (`model::Known`). Fields are given by
    /// their accessors (`At::<Phase>::start`).
    pub fn list_known<T>(&self, section: &At<List<T>>, fields: &[fn(&At<T>) -> Loc]) -> bool {
        if self.failed.is_empty() {
            return true;
        }
        let section_pointer = section.pointer();
        if pointer::ancestors(&section_pointer).any(|p| self.is_failed(p)) {
            return false;
        }
        let first = section.item(0usize);
        let names: Vec<String> = fields
            .iter()
            .filter_map(|field| pointer::last_token(&field(&first).pointer()))
            .collect();
        let prefix = format!("{section_pointer}/");
        let start = self
            .failed
            .partition_point(|p| p.as_str() < prefix.as_str());
        self.failed
            .iter()
            .skip(start)
            .take_while(|p| p.starts_with(&prefix))
            .all(|p| {
                let rest = p.get(prefix.len()..).unwrap_or_default();
                match rest.split_once('/') {
                    // The item itself failed.
                    None => false,
                    Some((_, below)) => {
                        let field = below.split('/').next().unwrap_or_default();
                        !names.iter().any(|name| name == field)
                    }
                }
            })
    }

    /// Whether the `fields` of the list item at `item` read (the item itself and every
    /// node it lies in too): a fact derived from those fields of it is known.
    pub fn fields_known<T>(&self, item: &At<T>, fields: &[fn(&At<T>) -> Loc]) -> bool {
        if self.failed.is_empty() {
            return true;
        }
        if pointer::ancestors(&item.pointer()).any(|p| self.is_failed(p)) {
            return false;
        }
        fields.iter().all(|field| self.clean(&field(item)))
    }

    /// Whether exactly this pointer is in the sorted `failed` list.
    fn is_failed(&self, at: &str) -> bool {
        self.failed.binary_search_by(|f| f.as_str().cmp(at)).is_ok()
    }

    /// Whether the node at `at` itself failed an earlier stage (or lies in one that did).
    pub fn failed_at(&self, at: &Loc) -> bool {
        !self.failed.is_empty() && pointer::ancestors(&at.pointer()).any(|p| self.is_failed(p))
    }

    /// The raw value at a pointer in the loaded document.
    pub fn raw(&self, at: &Loc) -> Option<NodeRef<'a>> {
        self.document.pointer(&at.pointer())
    }

    /// Whether every item of list `section` whose id is one of `ids` read, with its
    /// `fields`, judged from the ids as written (an item that failed is not in the
    /// model, but its id still is in the file). A fact derived from named items — a
    /// promotion's run from its phases' `start` and `end` — is known only when this
    /// holds.
    pub fn named_items_known<'i, T>(
        &self,
        section: &At<List<T>>,
        ids: impl IntoIterator<Item = &'i str>,
        fields: &[fn(&At<T>) -> Loc],
    ) -> bool {
        // Usually nothing in the section failed: no need to look at the ids.
        if self.clean(section) {
            return true;
        }
        let ids: std::collections::HashSet<&str> = ids.into_iter().collect();
        self.declared_ids(section)
            .into_iter()
            .filter(|(_, id)| ids.contains(id))
            .all(|(i, _)| self.fields_known(&section.item(i), fields))
    }

    /// Every id written in a list section (`/teams`, `/promotions`, …), including ids of
    /// items that failed the schema for some other reason: a reference to them is not
    /// "unknown".
    pub fn declared_ids<T>(&self, section: &At<List<T>>) -> Vec<(usize, &'a str)> {
        self.raw(section)
            .and_then(NodeRef::as_array)
            .map(|items| {
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, item)| Some((i, item.get("id")?.as_str()?)))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// An amount in the plan's currency, as messages show it (`¥1,500万`, `$12,000`).
    pub fn money(&self, amount: rust_decimal::Decimal) -> String {
        let currency = self
            .campaign
            .currency
            .as_ref()
            .map(|c| c.as_str())
            .unwrap_or("CNY");
        crate::numfmt::money(amount, currency, crate::numfmt::Money::Message)
    }

    /// Whether every item of a list section has a readable id. When one does not (its
    /// `id` is missing or failed), a reference that matches no id may mean that item, so
    /// reference rules stay silent about the section rather than guess.
    pub fn ids_complete<T>(&self, section: &At<List<T>>) -> bool {
        let Some(items) = self.raw(section).and_then(NodeRef::as_array) else {
            return !self.failed_at(section);
        };
        // An item set aside for another field (a misspelt `name`) still has a readable
        // id: only an id that is missing, not a string, or failed itself counts.
        items.iter().enumerate().all(|(i, item)| {
            item.get("id").and_then(NodeRef::as_str).is_some()
                && (self.failed.is_empty()
                    || !self.is_failed(&pointer::join(&section.item(i).pointer(), "id")))
        })
    }

    /// Whether something is written at `at`, even if it failed (a value set aside is
    /// not "missing", so nothing is reported about its absence).
    pub fn has(&self, at: &Loc) -> bool {
        self.raw(at).is_some() || self.failed_at(at)
    }
}
