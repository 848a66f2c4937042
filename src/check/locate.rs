//! The locate step: turns what the stages and rules report (loader problems, schema
//! issues, rules' drafts with typed places) into located findings, and collects them
//! for one file, applying the severities of `campspec.toml` in one place
//! ([`Collector::push`]).

use crate::finding::{Edit, Finding, Fix, Label, Severity, Span};
use crate::i18n::Lang;
use crate::rules::{Draft, DraftFix, Meta, Part, Place, Words, registry};
use crate::settings::Settings;
use crate::source::Doc;
use crate::source::{self, Loaded, pointer};

/// Builds findings for one file, applying the settings' severities, and writes their
/// messages in the file's language.
pub(crate) struct Collector<'a> {
    settings: &'a Settings,
    findings: Vec<Finding>,
    lang: Lang,
}

impl<'a> Collector<'a> {
    /// A collector for a file whose plan could not be read: findings in the run's
    /// language.
    pub(crate) fn new(settings: &'a Settings) -> Collector<'a> {
        Collector {
            settings,
            findings: Vec::new(),
            lang: settings.lang().run_lang(),
        }
    }

    /// A collector for the plan in `doc`: findings in the plan's language (under
    /// `auto`) or the one asked for.
    pub(crate) fn for_plan(settings: &'a Settings, doc: &Doc) -> Collector<'a> {
        Collector {
            settings,
            findings: Vec::new(),
            lang: settings.lang().plan_lang(plan_lang(doc)),
        }
    }

    /// A collector writing findings in `lang`.
    pub(crate) fn with_lang(settings: &'a Settings, lang: Lang) -> Collector<'a> {
        Collector {
            settings,
            findings: Vec::new(),
            lang,
        }
    }

    /// The language the findings are written in.
    pub(crate) fn lang(&self) -> Lang {
        self.lang
    }

    /// The findings, sorted and without duplicates.
    pub(crate) fn finish(mut self) -> Vec<Finding> {
        self.findings
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        self.findings.dedup();
        self.findings
    }

    /// Whether `campspec.toml` turned the rule off.
    pub(crate) fn is_off(&self, meta: &Meta) -> bool {
        self.settings.severity(meta.code, meta.severity).is_none()
    }

    /// Adds a finding of `meta` at the severity `campspec.toml` gives it (`default`
    /// unless it says otherwise); nothing when it turned the rule off. The one place
    /// severities are applied.
    pub(crate) fn push(
        &mut self,
        meta: &'static Meta,
        default: Severity,
        primary: Label,
        words: Words,
        related: Vec<Label>,
    ) {
        self.push_fixed(meta, default, (primary, related), words, Vec::new());
    }

    /// [`Collector::push`] with fixes, resolved by the locator.
    pub(crate) fn push_fixed(
        &mut self,
        meta: &'static Meta,
        default: Severity,
        (primary, related): (Label, Vec<Label>),
        words: Words,
        fixes: Vec<Fix>,
    ) {
        let Some(severity) = self.settings.severity(meta.code, default) else {
            return;
        };
        self.findings.push(Finding {
            code: meta.code,
            rule: meta.name,
            severity,
            message: words.message.render(self.lang),
            primary,
            related,
            help: words.help.map(|h| h.render(self.lang)),
            lang: self.lang,
            fixes,
        });
    }

    /// A finding about the file as a whole, at `span` (no node of the document).
    pub(crate) fn push_file(&mut self, meta: &'static Meta, words: Words, span: Span) {
        let primary = Label {
            pointer: String::new(),
            span,
            message: None,
        };
        self.push(meta, meta.severity, primary, words, Vec::new());
    }

    /// A problem the loader found, labelled where it found it.
    pub(crate) fn push_problem(&mut self, meta: &'static Meta, problem: &source::Problem) {
        let primary = Label {
            pointer: problem.pointer.clone(),
            span: problem.span,
            message: None,
        };
        let (words, related_label) = registry::load_words(&problem.facts);
        let related = problem
            .related
            .iter()
            .map(|span| Label {
                pointer: problem.pointer.clone(),
                span: *span,
                message: related_label.as_ref().map(|m| m.render(self.lang)),
            })
            .collect();
        self.push(meta, meta.severity, primary, words, related);
    }

    /// A rule's draft, located in the document.
    pub(crate) fn push_draft(&mut self, locator: &Locator<'_>, draft: Draft) {
        let primary = locator.rule_label(&draft.at, None);
        let related = draft
            .related
            .iter()
            .map(|(place, message)| locator.rule_label(place, Some(message.render(self.lang))))
            .collect();
        let default = draft.severity.unwrap_or(draft.meta.severity);
        let fixes = draft
            .fixes
            .iter()
            .filter_map(|fix| locator.fix(fix, self.lang))
            .collect();
        let words = Words {
            message: draft.message,
            help: draft.help,
        };
        self.push_fixed(draft.meta, default, (primary, related), words, fixes);
    }

    /// How many findings are collected so far: a mark for [`Collector::since`].
    pub(crate) fn mark(&self) -> usize {
        self.findings.len()
    }

    /// The findings collected since `mark`.
    pub(crate) fn since(&self, mark: usize) -> &[Finding] {
        self.findings.get(mark..).unwrap_or_default()
    }

    /// Removes the findings collected since `mark` whose index (counted from `mark`) is
    /// in `silenced`, sorted.
    pub(crate) fn remove_since(&mut self, mark: usize, silenced: &[usize]) {
        if silenced.is_empty() {
            return;
        }
        let mut index = 0usize;
        self.findings.retain(|_| {
            let keep = index < mark || silenced.binary_search(&index.saturating_sub(mark)).is_err();
            index = index.saturating_add(1);
            keep
        });
    }
}

/// The language a plan is written for, as the documents read it: its `locale`;
/// without one, Chinese for a plan under CN law, else English. `None` when the file
/// holds no mapping to read it from.
pub(crate) fn plan_lang(doc: &Doc) -> Option<Lang> {
    let root = doc.root().filter(|r| r.is_object())?;
    if let Some(lang) = root
        .get("locale")
        .and_then(|l| l.as_str())
        .and_then(Lang::of_locale)
    {
        return Some(lang);
    }
    let cn = |node: crate::source::NodeRef<'_>| {
        node.as_str()
            .is_some_and(|j| j.trim().eq_ignore_ascii_case("CN"))
    };
    let under_cn = root
        .get("jurisdictions")
        .is_some_and(|j| match j.as_array() {
            Some(items) => items.into_iter().any(cn),
            None => cn(j),
        });
    Some(if under_cn { Lang::ZhCn } else { Lang::En })
}

/// Whether `text` reads the same written bare or inside either kind of quotes, so
/// that it may replace a key's or a scalar's text as it stands.
fn plain_text(text: &str) -> bool {
    const SPECIAL: [char; 17] = [
        '"', '\'', '\\', '#', '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '@', '`', '\n',
    ];
    !text.is_empty()
        && text.trim() == text
        && !text.contains(SPECIAL)
        && !text.contains(": ")
        && !text.ends_with(':')
        && !text.starts_with(['-', '?', ':', '%'])
        && !text.chars().any(char::is_control)
}

/// `text` as a double-quoted YAML scalar, when it needs no escape there.
fn quoted(text: &str) -> Option<String> {
    let plain =
        !text.is_empty() && !text.contains(['"', '\\']) && !text.chars().any(char::is_control);
    plain.then(|| format!("\"{text}\""))
}

/// Locates places in one loaded document.
pub(crate) struct Locator<'a> {
    loaded: &'a Loaded,
    text: &'a str,
}

impl<'a> Locator<'a> {
    pub(crate) fn new(loaded: &'a Loaded, text: &'a str) -> Locator<'a> {
        Locator { loaded, text }
    }

    fn span(&self, place: &Place) -> Span {
        let Some(found) = self.loaded.doc.locate(&place.pointer) else {
            return Span::at(0);
        };
        let value = found.spans.value;
        match &place.part {
            Part::Key => found.spans.key.filter(|_| found.exact).unwrap_or(value),
            Part::Value => value,
            Part::Text { start, end } => {
                if found.exact {
                    source::text_span(self.text, found.spans, *start, *end).unwrap_or(value)
                } else {
                    value
                }
            }
        }
    }

    /// The exact bytes of `place`'s text (a key's name, a scalar's text inside its
    /// quotes, a range of it): `None` unless the place is written exactly so, with no
    /// escapes, outside any alias.
    fn exact_span(&self, place: &Place) -> Option<Span> {
        use crate::source::NodeKind;
        let found = self.loaded.doc.locate(&place.pointer)?;
        if !found.exact {
            return None;
        }
        let spans = found.spans;
        if !matches!(
            spans.kind,
            NodeKind::Plain | NodeKind::SingleQuoted | NodeKind::DoubleQuoted
        ) && !matches!(place.part, Part::Key)
        {
            return None;
        }
        let span = match &place.part {
            Part::Key => spans.key?,
            Part::Value => spans.value,
            Part::Text { start, end } => source::text_span(self.text, spans, *start, *end)?,
        };
        let raw = self.text.get(span.start..span.end)?;
        if raw.contains(['\\', '\n', '\r']) || raw.contains("''") {
            return None;
        }
        if matches!(place.part, Part::Text { .. }) {
            return Some(span);
        }
        // A whole key or scalar: its text inside any quotes, without trailing blanks.
        match raw.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                let inner = raw.get(1..)?;
                let close = inner.find(quote)?;
                let start = span.start.saturating_add(1);
                Some(Span::new(start, start.saturating_add(close)))
            }
            _ => {
                let text = raw.trim_end();
                Some(Span::new(span.start, span.start.saturating_add(text.len())))
            }
        }
    }

    /// A rule's fix resolved to byte spans of the file, or `None` when one of its places
    /// is not written exactly, a replacement could not be written there as it stands,
    /// edits overlap, or it would change nothing.
    pub(crate) fn fix(&self, fix: &DraftFix, lang: Lang) -> Option<Fix> {
        let mut edits = Vec::with_capacity(fix.edits.len());
        for (place, replacement) in &fix.edits {
            if !plain_text(replacement) {
                return None;
            }
            // Renaming a key to one its mapping holds already would make a duplicate.
            if place.part == Part::Key
                && let Some(parent) = pointer::parent(&place.pointer)
                && self.exists(&pointer::join(parent, replacement))
            {
                return None;
            }
            let span = self.exact_span(place)?;
            if self.text.get(span.start..span.end)? != replacement {
                edits.push(Edit {
                    span,
                    replacement: replacement.clone(),
                });
            }
        }
        for insert in &fix.inserts {
            let value = quoted(&insert.value.render(lang))?;
            edits.push(crate::fix::insertion(
                self.text,
                &self.loaded.doc,
                &insert.mapping,
                insert.key,
                &value,
            )?);
        }
        edits.sort();
        let overlapping = edits
            .windows(2)
            .any(|w| matches!(w, [a, b] if a.span.end > b.span.start));
        if edits.is_empty() || overlapping {
            return None;
        }
        Some(Fix {
            title: fix.title.render(lang),
            applicability: fix.applicability,
            edits,
        })
    }

    /// Whether the node at `pointer` is written in the document.
    pub(crate) fn exists(&self, pointer: &str) -> bool {
        self.loaded
            .doc
            .locate(pointer)
            .is_some_and(|found| found.exact)
    }

    /// The label of a place a rule reported. Its pointer is built from the model, so it
    /// names a node written in the document; one that names nothing would be a bug in
    /// campspec, which `tests/locations.rs` catches on every fixture and plan. A user's
    /// run never stops on it: it is shown at the nearest node that is written, never at
    /// the start of the file.
    fn rule_label(&self, place: &Place, message: Option<String>) -> Label {
        self.label(place, message)
    }

    pub(crate) fn label(&self, place: &Place, message: Option<String>) -> Label {
        Label {
            pointer: place.pointer.clone(),
            span: self.span(place),
            message,
        }
    }

    /// A missing key inside a list item has no key of its own: label the item's `id`
    /// (its first line) instead of the whole multi-line item.
    pub(crate) fn item_label(&self, at: &str) -> Label {
        let id = pointer::join(at, "id");
        let located = self.loaded.doc.locate(&id);
        match located {
            Some(found) if found.exact => Label {
                pointer: at.to_owned(),
                span: found.spans.value,
                message: None,
            },
            _ => self.label(&Place::key(at), None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Loc, PLAN};
    use crate::rules;

    fn locate(pointer: Loc) -> Finding {
        let text = "id: plan\nwindow:\n  start: 2027-01-01\n";
        let loaded = source::yaml::load(text, Default::default());
        let settings = Settings::default();
        let mut out = Collector::new(&settings);
        let draft = Draft::new(&rules::dates::PhaseGap::META, pointer, "test")
            .related(PLAN.id(), "related");
        out.push_draft(&Locator::new(&loaded, text), draft);
        out.finish().remove(0)
    }

    #[test]
    fn a_rule_place_is_located_at_its_node() {
        let finding = locate(PLAN.window().start());
        assert_eq!(finding.primary.pointer, "/window/start");
        assert_eq!(finding.primary.span, Span::new(26, 36));
        assert_eq!(finding.related[0].span, Span::new(4, 8));
    }

    /// A place that names nothing (a bug in campspec, caught by `tests/locations.rs`)
    /// is shown at the nearest node that is written, never at the start of the file,
    /// and never stops the run.
    #[test]
    fn a_rule_place_that_names_nothing_is_shown_at_its_nearest_node() {
        let finding = locate(PLAN.window().end());
        assert_eq!(finding.primary.pointer, "/window/end");
        assert_ne!(finding.primary.span.start, 0);
    }

    #[test]
    fn findings_silenced_since_a_mark_are_removed() {
        let settings = Settings::default();
        let mut out = Collector::new(&settings);
        for k in 0..5 {
            out.push_file(
                &rules::yaml::EmptyFile::META,
                Words {
                    message: k.to_string().into(),
                    help: None,
                },
                Span::at(k),
            );
        }
        out.remove_since(2, &[0, 2]);
        let left: Vec<String> = out.finish().into_iter().map(|f| f.message).collect();
        assert_eq!(left, ["0", "1", "3"]);
    }
}
