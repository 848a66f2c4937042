//! Lexicons as data: terms that must not appear in customer-facing text, the harmless
//! contexts that excuse them, trigger words that make a disclosure rule look closer,
//! and harmless phrases that simply win over the terms they contain. Compiled into one
//! leftmost-longest automaton per language over normalised text.

use super::normalize::{Normalized, normalize};
use super::re::Re;
use super::segment::{Segmenter, WordMode};
use crate::finding::Severity;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;
use std::sync::{Arc, OnceLock};

/// A lexicon file (`lexicons/*.yaml`).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconFile {
    /// `zh` or `en`.
    pub language: String,
    /// What the lexicon covers and where its terms come from.
    #[serde(default)]
    pub description: Option<String>,
    pub terms: Vec<TermSpec>,
}

/// What a term does when it is found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TermKind {
    /// A finding of its rule, unless a harmless context excuses it.
    #[default]
    Flag,
    /// Not wrong in itself: makes its rule check a condition (an end date, a quantity…).
    Trigger,
    /// A harmless phrase (第一季度, best before): found, it hides the terms inside it.
    Allow,
}

/// A harmless context: the term is excused when the text right before it matches
/// `before` (a regex ending in `$`) or the text right after matches `after` (starting
/// with `^`). Both given: both must match.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExceptSpec {
    #[serde(default)]
    pub before: Option<String>,
    #[serde(default)]
    pub after: Option<String>,
    /// Why the context is harmless.
    #[serde(default)]
    pub why: Option<String>,
}

/// Sentences the term must flag and must not flag (checked by the lexicon test).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub flag: Vec<String>,
    #[serde(default)]
    pub pass: Vec<String>,
}

/// One term as written in a lexicon file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermSpec {
    /// Unique id, kebab-case; terms are sorted by id.
    pub id: String,
    #[serde(default)]
    pub kind: TermKind,
    /// The rule (by name) that reports or uses the term; none for `allow`.
    #[serde(default)]
    pub rule: Option<String>,
    /// `error`, `warning` or `info` for `flag` terms (the rule's default otherwise).
    #[serde(default)]
    pub severity: Option<String>,
    /// A family within the rule (superlative, ranking, urgency…), shown in messages.
    #[serde(default)]
    pub group: Option<String>,
    /// The words to find, matched on normalised text (width, case, spaces inside CJK
    /// words and common evasion spellings do not matter).
    #[serde(rename = "match")]
    pub patterns: Vec<String>,
    /// How a match must sit among the words of the text: `whole` (a word of its own),
    /// `start` (the start of a word, 最 in 最低) or `any`. Unset, a Chinese word of one
    /// or two characters is `whole` and everything else `any` (src/wording/segment.rs
    /// reads the words).
    #[serde(default)]
    pub word: Option<WordMode>,
    #[serde(default)]
    pub except: Vec<ExceptSpec>,
    #[serde(default)]
    pub examples: Examples,
    /// What the term means and why it is a problem.
    #[serde(default)]
    pub note: Option<String>,
    /// The note in Chinese, shown in Chinese findings (without one, they show `note`).
    #[serde(default)]
    pub note_zh: Option<String>,
    /// The law behind the note, per jurisdiction (`EU: UCPD Annex I point 7`); a
    /// finding cites only the jurisdictions its plan declares.
    #[serde(default)]
    pub cite: indexmap::IndexMap<crate::model::Jurisdiction, String>,
    /// The same laws by their Chinese names (`CN: 《中华人民共和国广告法》第九条第（三）项`),
    /// shown in Chinese findings; a jurisdiction without one shows its `cite`.
    #[serde(default)]
    pub cite_zh: indexmap::IndexMap<crate::model::Jurisdiction, String>,
}

/// What a term says about itself in a finding's help: its note and the laws it cites,
/// in English and Chinese.
#[derive(Clone, Debug, Default)]
pub struct TermNotes {
    pub note: Option<String>,
    pub note_zh: Option<String>,
    pub cite: Vec<(crate::model::Jurisdiction, String)>,
    pub cite_zh: Vec<(crate::model::Jurisdiction, String)>,
}

impl TermNotes {
    /// The notes of a term as written.
    pub fn of(spec: &TermSpec) -> TermNotes {
        TermNotes {
            note: spec.note.clone(),
            note_zh: spec.note_zh.clone(),
            cite: spec.cite.iter().map(|(j, law)| (*j, law.clone())).collect(),
            cite_zh: spec
                .cite_zh
                .iter()
                .map(|(j, law)| (*j, law.clone()))
                .collect(),
        }
    }

    fn is_empty(&self) -> bool {
        self.note.is_none() && self.note_zh.is_none() && self.cite.is_empty()
    }
}

/// A compiled term.
#[derive(Clone, Debug)]
pub struct Term {
    pub id: String,
    pub kind: TermKind,
    pub rule: Option<String>,
    pub severity: Option<Severity>,
    pub group: Option<String>,
    /// The note and laws as loaded: a user's own term carries them; a shipped term's
    /// are read on first use ([`Term::notes`]).
    pub own_notes: TermNotes,
    pub language: String,
    pub patterns: Vec<String>,
    /// How a match must sit among words, as written (see [`TermSpec::word`]).
    pub word: Option<WordMode>,
    /// Harmless contexts as written: (`before`, `after`) regexes.
    pub except: Vec<(Option<String>, Option<String>)>,
    /// The contexts compiled, on first use: most terms never match a plan, so a check
    /// does not pay for compiling their regexes at start-up.
    pub compiled: ExceptCache,
    pub examples: Examples,
}

/// Compiled harmless contexts of one term (filled on first use).
#[derive(Clone, Debug, Default)]
pub struct ExceptCache(std::sync::OnceLock<Result<Vec<ContextPair>, String>>);

/// A compiled harmless context: text before and text after the match.
type ContextPair = (Option<Re>, Option<Re>);

/// A term found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into `Lexicon::terms`.
    pub term: usize,
    /// Byte range in the original (decoded) text.
    pub start: usize,
    pub end: usize,
}

/// All terms, compiled: one leftmost-longest automaton per language, so each language's
/// lexicon decides its own words (a Chinese term and an English term may share `NO.1`;
/// each reports under its own law) and every text is read with all of them.
#[derive(Clone, Debug)]
pub struct Lexicon {
    pub terms: Vec<Term>,
    automata: Vec<Automaton>,
    /// The word reader for terms that must match as words, built on first need from
    /// the Chinese terms and the shipped words: a plan without such a match never
    /// builds it.
    segmenter: Arc<OnceLock<Segmenter>>,
}

/// The automaton of one language's terms.
#[derive(Clone, Debug)]
struct Automaton {
    language: String,
    matcher: AhoCorasick,
    /// For every pattern, the term it belongs to.
    owner: Vec<usize>,
    /// For every pattern, how it must sit among words.
    modes: Vec<WordMode>,
    /// Every pattern's text with its index (built on first need): when the longest
    /// match at a place is not a word there, a shorter pattern may be (最好看: 最 + 好看).
    by_text: Arc<OnceLock<crate::source::FastMap<Box<str>, Vec<usize>>>>,
    patterns: Vec<Box<str>>,
}

impl Automaton {
    /// Patterns that are a proper prefix of `matched`, longest first.
    fn shorter(&self, matched: &str) -> Vec<usize> {
        let by_text = self.by_text.get_or_init(|| {
            let mut map: crate::source::FastMap<Box<str>, Vec<usize>> = Default::default();
            for (i, p) in self.patterns.iter().enumerate() {
                map.entry(p.clone()).or_default().push(i);
            }
            map
        });
        let mut out = Vec::new();
        for (at, _) in matched.char_indices().rev() {
            if at == 0 {
                break;
            }
            if let Some(found) = by_text.get(&matched[..at]) {
                out.extend(found.iter().copied());
            }
        }
        out
    }
}

/// How far around a match the exception patterns look (characters).
const CONTEXT: usize = 40;

fn compile_regex(pattern: &str, term: &str) -> Result<Re, String> {
    Re::new(pattern).map_err(|e| format!("term `{term}`: invalid pattern `{pattern}`: {e}"))
}

impl Term {
    /// The term's note and laws: its own (a user's term), else the shipped term's,
    /// read on first use.
    pub fn notes(&self) -> &TermNotes {
        static NONE: TermNotes = TermNotes {
            note: None,
            note_zh: None,
            cite: Vec::new(),
            cite_zh: Vec::new(),
        };
        if !self.own_notes.is_empty() {
            return &self.own_notes;
        }
        super::shipped_notes(&self.id).unwrap_or(&NONE)
    }

    fn from_spec(spec: &TermSpec, language: &str) -> Result<Term, String> {
        if spec.patterns.is_empty() {
            return Err(format!("term `{}` has no `match` words", spec.id));
        }
        if spec.kind != TermKind::Allow && spec.rule.is_none() {
            return Err(format!("term `{}` names no `rule`", spec.id));
        }
        let severity = match &spec.severity {
            Some(s) => Some(Severity::parse(s).ok_or_else(|| {
                format!(
                    "term `{}`: severity `{s}` is not error, warning or info",
                    spec.id
                )
            })?),
            None => None,
        };
        let mut except = Vec::new();
        for e in &spec.except {
            if e.before.is_none() && e.after.is_none() {
                return Err(format!(
                    "term `{}`: an exception needs `before` or `after`",
                    spec.id
                ));
            }
            except.push((e.before.clone(), e.after.clone()));
        }
        Ok(Term {
            id: spec.id.clone(),
            kind: spec.kind,
            rule: spec.rule.clone(),
            severity,
            group: spec.group.clone(),
            own_notes: TermNotes::of(spec),
            language: language.to_owned(),
            patterns: spec.patterns.iter().map(|p| normalize(p).text).collect(),
            word: spec.word,
            except,
            compiled: ExceptCache::default(),
            examples: spec.examples.clone(),
        })
    }

    /// How a match of `pattern` (normalised, one of the term's) must sit among words:
    /// as written, or else `whole` for a Chinese word of one or two characters.
    pub fn word_mode(&self, pattern: &str) -> WordMode {
        if self.kind == TermKind::Allow {
            return WordMode::Any;
        }
        if let Some(mode) = self.word {
            return mode;
        }
        let short = pattern.chars().count() <= 2;
        if self.language == "zh" && short && pattern.chars().all(super::normalize::is_cjk) {
            WordMode::Whole
        } else {
            WordMode::Any
        }
    }

    /// The harmless contexts, compiled (once); an invalid regex is an error naming the
    /// term and the pattern.
    pub fn exceptions(&self) -> Result<&[ContextPair], &str> {
        let compiled = self.compiled.0.get_or_init(|| {
            self.except
                .iter()
                .map(|(b, a)| {
                    let compile = |p: &Option<String>| {
                        p.as_deref().map(|p| compile_regex(p, &self.id)).transpose()
                    };
                    Ok((compile(b)?, compile(a)?))
                })
                .collect()
        });
        match compiled {
            Ok(pairs) => Ok(pairs),
            Err(e) => Err(e),
        }
    }

    /// Whether a harmless context excuses the match at `start..end` of normalised text.
    /// (The shipped patterns are verified by the tests and user patterns when the
    /// settings are read, so a pattern that does not compile here excuses nothing.)
    fn excused(&self, text: &str, start: usize, end: usize) -> bool {
        if self.except.is_empty() {
            return false;
        }
        let Ok(except) = self.exceptions() else {
            return false;
        };
        let before = window_before(text, start);
        let after = window_after(text, end);
        except.iter().any(|(b, a)| {
            b.as_ref().is_none_or(|r| r.is_match(before))
                && a.as_ref().is_none_or(|r| r.is_match(after))
        })
    }
}

fn window_before(text: &str, at: usize) -> &str {
    let head = &text[..at];
    let start = head
        .char_indices()
        .rev()
        .nth(CONTEXT - 1)
        .map(|(i, _)| i)
        .unwrap_or(0);
    &head[start..]
}

fn window_after(text: &str, at: usize) -> &str {
    let tail = &text[at..];
    let end = tail
        .char_indices()
        .nth(CONTEXT)
        .map(|(i, _)| i)
        .unwrap_or(tail.len());
    &tail[..end]
}

impl Lexicon {
    /// A lexicon without terms.
    pub fn empty() -> Lexicon {
        Lexicon {
            terms: Vec::new(),
            automata: Vec::new(),
            segmenter: Arc::default(),
        }
    }

    /// Compiles terms (lexicon terms plus any the user added). Terms without a language
    /// (the user's allowed phrases) join every language.
    pub fn compile(terms: Vec<Term>) -> Result<Lexicon, String> {
        let mut languages: Vec<&str> = terms
            .iter()
            .map(|t| t.language.as_str())
            .filter(|l| !l.is_empty())
            .collect();
        languages.sort_unstable();
        languages.dedup();
        let mut automata = Vec::new();
        for language in languages {
            let mut patterns: Vec<&str> = Vec::new();
            let mut owner = Vec::new();
            let mut modes = Vec::new();
            for (t, term) in terms.iter().enumerate() {
                if !(term.language == language || term.language.is_empty()) {
                    continue;
                }
                for p in &term.patterns {
                    if p.is_empty() {
                        return Err(format!("term `{}` has an empty `match` word", term.id));
                    }
                    patterns.push(p);
                    owner.push(t);
                    modes.push(term.word_mode(p));
                }
            }
            let matcher = AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&patterns)
                .map_err(|e| format!("cannot build the lexicon automaton: {e}"))?;
            automata.push(Automaton {
                language: language.to_owned(),
                matcher,
                owner,
                modes,
                by_text: Arc::default(),
                patterns: patterns.iter().map(|&p| p.into()).collect(),
            });
        }
        Ok(Lexicon {
            terms,
            automata,
            segmenter: Arc::default(),
        })
    }

    /// The languages the lexicon has terms for.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.automata.iter().map(|a| a.language.as_str())
    }

    /// Compiles every harmless-context regex now (they are otherwise compiled on first
    /// use), reporting the first that is invalid. `only` limits it to those term ids.
    pub fn verify_exceptions(&self, only: Option<&[&str]>) -> Result<(), String> {
        for term in &self.terms {
            if only.is_some_and(|ids| !ids.contains(&term.id.as_str())) {
                continue;
            }
            term.exceptions().map_err(str::to_owned)?;
        }
        Ok(())
    }

    /// Parses and compiles lexicon files (the harmless-context regexes on first use;
    /// see [`Lexicon::verify_exceptions`]).
    pub fn from_files(files: &[LexiconFile]) -> Result<Lexicon, String> {
        let mut terms = Vec::new();
        for file in files {
            for spec in &file.terms {
                terms.push(Term::from_spec(spec, &file.language)?);
            }
        }
        Lexicon::compile(terms)
    }

    /// Adds harmless phrases (trademarks, product names) that hide the terms inside them.
    pub fn with_allowed(mut self, phrases: &[String]) -> Result<Lexicon, String> {
        if phrases.is_empty() {
            return Ok(self);
        }
        self.terms.push(Term {
            id: "user-allow".into(),
            kind: TermKind::Allow,
            rule: None,
            severity: None,
            group: None,
            own_notes: TermNotes {
                note: Some("allowed by campspec.toml".into()),
                note_zh: Some("campspec.toml 中允许的用语".into()),
                ..TermNotes::default()
            },
            language: String::new(),
            patterns: phrases.iter().map(|p| normalize(p).text).collect(),
            word: None,
            except: Vec::new(),
            compiled: ExceptCache::default(),
            examples: Examples::default(),
        });
        Lexicon::compile(self.terms)
    }

    /// Finds the flag and trigger terms in `text` that no harmless context excuses.
    pub fn scan(&self, text: &str) -> Vec<Hit> {
        let normalized = normalize(text);
        self.scan_normalized(&normalized)
    }

    /// Like [`Lexicon::scan`] on already normalised text. Hits are ordered by position,
    /// then by term.
    pub fn scan_normalized(&self, normalized: &Normalized) -> Vec<Hit> {
        let text = normalized.text.as_str();
        let mut hits = Vec::new();
        let mut words = Words::default();
        for automaton in &self.automata {
            for m in automaton.matcher.find_iter(text) {
                let pattern = m.pattern().as_usize();
                let found = self.fitting(automaton, &mut words, text, pattern, m.start(), m.end());
                let Some((term, end)) = found else {
                    continue;
                };
                let (start, end) = normalized.original(m.start(), end);
                hits.push(Hit { term, start, end });
            }
        }
        if self.automata.len() > 1 {
            hits.sort_by_key(|h| (h.start, h.end, h.term));
        }
        hits
    }

    /// The word reader, built on first need from the Chinese terms (every term is a
    /// word) and the shipped words.
    pub fn segmenter(&self) -> &Segmenter {
        self.segmenter.get_or_init(|| {
            let terms = self
                .terms
                .iter()
                .filter(|t| t.language == "zh" || t.language.is_empty())
                .flat_map(|t| t.patterns.iter().cloned());
            Segmenter::new(terms.chain(Segmenter::shipped_words()))
        })
    }

    /// The term and end of the hit for the match of `pattern` at `start..end`: none for
    /// an allowed phrase or a harmless context; when the match is not a word there, the
    /// longest shorter pattern at the same start that is one (最好看 → 最).
    fn fitting(
        &self,
        automaton: &Automaton,
        words: &mut Words,
        text: &str,
        pattern: usize,
        start: usize,
        end: usize,
    ) -> Option<(usize, usize)> {
        let &t = automaton.owner.get(pattern)?;
        let term = &self.terms[t];
        if term.kind == TermKind::Allow {
            return None;
        }
        let mode = automaton.modes.get(pattern).copied().unwrap_or_default();
        if mode == WordMode::Any || words.fits(self, text, start, end, mode) {
            return (!term.excused(text, start, end)).then_some((t, end));
        }
        for shorter in automaton.shorter(&text[start..end]) {
            let (Some(&t), Some(p)) = (
                automaton.owner.get(shorter),
                automaton.patterns.get(shorter),
            ) else {
                continue;
            };
            let term = &self.terms[t];
            let end = start.saturating_add(p.len());
            let mode = automaton.modes.get(shorter).copied().unwrap_or_default();
            if term.kind != TermKind::Allow
                && (mode == WordMode::Any || words.fits(self, text, start, end, mode))
                && !term.excused(text, start, end)
            {
                return Some((t, end));
            }
        }
        None
    }
}

/// The clause and the words last read during one scan, so that the matches of a
/// clause find its bounds once and each part of it is segmented once.
#[derive(Default)]
struct Words {
    clause: Option<(usize, usize)>,
    span: Option<(usize, usize)>,
    boundaries: Vec<usize>,
}

impl Words {
    /// Whether `start..end` of `text` sits among the words of its clause as `mode` asks.
    fn fits(
        &mut self,
        lexicon: &Lexicon,
        text: &str,
        start: usize,
        end: usize,
        mode: WordMode,
    ) -> bool {
        let clause = match self.clause {
            Some((from, to)) if from <= start && end <= to => (from, to),
            _ => Segmenter::clause_around(text, start, end),
        };
        self.clause = Some(clause);
        let (from, to) = Segmenter::span_for(text, clause, start, end);
        if self.span != Some((from, to)) {
            self.boundaries = lexicon.segmenter().boundaries(&text[from..to]);
            self.span = Some((from, to));
        }
        mode.fits(
            &self.boundaries,
            start.saturating_sub(from),
            end.saturating_sub(from),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon(yaml_terms: &str) -> Lexicon {
        let text = format!("language: zh\nterms:\n{yaml_terms}");
        let loaded = crate::source::yaml::load(&text, Default::default());
        let file: LexiconFile = serde_json::from_value(loaded.doc.to_value()).unwrap();
        Lexicon::from_files(&[file]).unwrap()
    }

    #[test]
    fn leftmost_longest_allow_and_context() {
        let lex = lexicon(
            "  - { id: first, rule: r, match: [第一], except: [{ after: '^(次|步|天)' }] }\n\
             \x20 - { id: first-quarter, kind: allow, match: [第一季度] }\n\
             \x20 - { id: lowest, rule: r, match: [最低, 全网最低] }\n",
        );
        let ids = |text: &str| -> Vec<(String, String)> {
            lex.scan(text)
                .into_iter()
                .map(|h| {
                    (
                        lex.terms[h.term].id.clone(),
                        text[h.start..h.end].to_owned(),
                    )
                })
                .collect()
        };
        assert_eq!(ids("第一季度销量第一"), [("first".into(), "第一".into())]);
        assert_eq!(ids("第一次购买"), []);
        assert_eq!(
            ids("全 网 最 低价"),
            [("lowest".into(), "全 网 最 低".into())]
        );
    }
}
