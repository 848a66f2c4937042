//! Lexicons as data: terms that must not appear in customer-facing text, the harmless
//! contexts that excuse them, trigger words that make a disclosure rule look closer,
//! and harmless phrases that simply win over the terms they contain. Compiled into one
//! leftmost-longest automaton per language over normalised text.

use super::normalize::{Normalized, normalize};
use crate::finding::Severity;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;
use serde::Deserialize;

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
    #[serde(default)]
    pub except: Vec<ExceptSpec>,
    #[serde(default)]
    pub examples: Examples,
    /// What the term means and why it is a problem.
    #[serde(default)]
    pub note: Option<String>,
    /// The law behind the note, per jurisdiction (`EU: UCPD Annex I point 7`); a
    /// finding cites only the jurisdictions its plan declares.
    #[serde(default)]
    pub cite: indexmap::IndexMap<crate::model::Jurisdiction, String>,
}

/// A compiled term.
#[derive(Clone, Debug)]
pub struct Term {
    pub id: String,
    pub kind: TermKind,
    pub rule: Option<String>,
    pub severity: Option<Severity>,
    pub group: Option<String>,
    pub note: Option<String>,
    /// The law behind the note, per jurisdiction, in the order written.
    pub cite: Vec<(crate::model::Jurisdiction, String)>,
    pub language: String,
    pub patterns: Vec<String>,
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
type ContextPair = (Option<Regex>, Option<Regex>);

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
}

/// The automaton of one language's terms.
#[derive(Clone, Debug)]
struct Automaton {
    language: String,
    matcher: AhoCorasick,
    /// For every pattern, the term it belongs to.
    owner: Vec<usize>,
}

/// How far around a match the exception patterns look (characters).
const CONTEXT: usize = 40;

fn compile_regex(pattern: &str, term: &str) -> Result<Regex, String> {
    Regex::new(pattern).map_err(|e| format!("term `{term}`: invalid pattern `{pattern}`: {e}"))
}

impl Term {
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
            note: spec.note.clone(),
            cite: spec.cite.iter().map(|(j, law)| (*j, law.clone())).collect(),
            language: language.to_owned(),
            patterns: spec.patterns.iter().map(|p| normalize(p).text).collect(),
            except,
            compiled: ExceptCache::default(),
            examples: spec.examples.clone(),
        })
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
            });
        }
        Ok(Lexicon { terms, automata })
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
            note: Some("allowed by campspec.toml".into()),
            cite: Vec::new(),
            language: String::new(),
            patterns: phrases.iter().map(|p| normalize(p).text).collect(),
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
        for automaton in &self.automata {
            for m in automaton.matcher.find_iter(text) {
                let Some(&t) = automaton.owner.get(m.pattern().as_usize()) else {
                    continue;
                };
                let term = &self.terms[t];
                if term.kind == TermKind::Allow || term.excused(text, m.start(), m.end()) {
                    continue;
                }
                let (start, end) = normalized.original(m.start(), m.end());
                hits.push(Hit {
                    term: t,
                    start,
                    end,
                });
            }
        }
        if self.automata.len() > 1 {
            hits.sort_by_key(|h| (h.start, h.end, h.term));
        }
        hits
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
