//! Regexes of the wording readers and rules: compiled with the lightweight engine
//! (`regex-lite`) when the pattern means exactly the same there, and with the full one
//! once the pattern has run often enough for its faster matching to pay.
//!
//! Compiling a small pattern with the full engine costs about ten times as much as with
//! the lightweight one, and a check of one typical plan compiles dozens on first use,
//! on its critical path; the texts these patterns read are short (a clause, the few
//! characters around a match), where the lightweight engine is fast enough for a few
//! runs. A large plan runs the same pattern thousands of times, where the full engine's
//! matching wins: after [`HOT`] runs a pattern compiles it and uses it from then on.
//! A pattern is rewritten for the lightweight engine only where the two engines agree by
//! construction: no Unicode word boundaries, word or digit classes, properties or case
//! folding (those go to the full engine at once), and `\s` spelt out as the Unicode white
//! space it stands for. Which engine reads a text never changes the answer.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

/// Runs of a pattern with the lightweight engine before the full engine is compiled.
const HOT: u32 = 64;

/// A compiled pattern: the lightweight form while it is cold, the full engine after.
#[derive(Debug)]
pub struct Re {
    source: Box<str>,
    /// The lightweight form, when the pattern reads the same there.
    lite: Option<regex_lite::Regex>,
    /// The full engine, compiled at once when there is no lightweight form, else once
    /// the pattern is hot. `None` inside only if the pattern does not compile.
    full: OnceLock<Option<regex::Regex>>,
    runs: AtomicU32,
}

impl Clone for Re {
    fn clone(&self) -> Self {
        Re {
            source: self.source.clone(),
            lite: self.lite.clone(),
            full: self.full.clone(),
            runs: AtomicU32::new(self.runs.load(Ordering::Relaxed)),
        }
    }
}

/// The engine chosen for one run.
enum Engine<'r> {
    Lite(&'r regex_lite::Regex),
    Full(&'r regex::Regex),
}

/// The Unicode `White_Space` characters, as the body of a character class: what `\s`
/// means to the full engine (the lightweight engine's `\s` is ASCII only).
const WHITE_SPACE: &str =
    r"\t-\r \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}";

/// `pattern` rewritten for the lightweight engine, or `None` when its meaning there
/// would differ (or cannot be told without parsing it fully).
pub fn lite_form(pattern: &str) -> Option<String> {
    let mut out = String::with_capacity(pattern.len().saturating_add(16));
    let mut chars = pattern.chars().peekable();
    // Depth of `[...]` classes (nested classes are written `[a[b]]`).
    let mut class = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let next = chars.next()?;
                match next {
                    // Unicode-aware in the full engine, ASCII in the lightweight one.
                    'b' | 'B' | 'w' | 'W' | 'd' | 'D' | 'p' | 'P' | 'S' | '<' | '>' => {
                        return None;
                    }
                    's' if class > 0 => out.push_str(WHITE_SPACE),
                    's' => {
                        out.push('[');
                        out.push_str(WHITE_SPACE);
                        out.push(']');
                    }
                    other => {
                        out.push('\\');
                        out.push(other);
                    }
                }
            }
            '[' => {
                // `[[:alpha:]]` and friends: ASCII in both, but leave them to the full
                // engine rather than read their syntax here.
                if chars.peek() == Some(&':') {
                    return None;
                }
                class = class.saturating_add(1);
                out.push(c);
                // A `]` right after `[` or `[^` is a literal, not the end.
                if chars.peek() == Some(&'^') {
                    out.push('^');
                    chars.next();
                }
                if chars.peek() == Some(&']') {
                    out.push(']');
                    chars.next();
                }
            }
            ']' if class > 0 => {
                class = class.saturating_sub(1);
                out.push(c);
            }
            '(' if class == 0 && chars.peek() == Some(&'?') => {
                // Flags: case folding differs (ASCII only in the lightweight engine).
                out.push('(');
                out.push(chars.next()?);
                let rest: String = chars
                    .clone()
                    .take_while(|&f| f != ')' && f != ':')
                    .collect();
                let is_flags = rest.chars().all(|f| f.is_ascii_alphabetic() || f == '-');
                if is_flags && rest.contains(['i', 'u', 'x']) {
                    return None;
                }
            }
            _ => out.push(c),
        }
    }
    Some(out)
}

impl Re {
    /// Compiles `pattern` with the lightweight engine when it reads the same there,
    /// else with the full engine.
    pub fn new(pattern: &str) -> Result<Re, String> {
        let lite = lite_form(pattern).and_then(|lite| regex_lite::Regex::new(&lite).ok());
        if lite.is_none() {
            return Self::full(pattern);
        }
        Ok(Re {
            source: pattern.into(),
            lite,
            full: OnceLock::new(),
            runs: AtomicU32::new(0),
        })
    }

    /// Compiles `pattern` with the full engine only.
    pub fn full(pattern: &str) -> Result<Re, String> {
        let full = regex::Regex::new(pattern).map_err(|e| e.to_string())?;
        Ok(Re {
            source: pattern.into(),
            lite: None,
            full: OnceLock::from(Some(full)),
            runs: AtomicU32::new(0),
        })
    }

    /// Whether the next run reads with the lightweight engine.
    pub fn is_light(&self) -> bool {
        self.lite.is_some() && self.full.get().is_none()
    }

    /// The engine for this run: the lightweight one while the pattern is cold, the
    /// full one (compiled on the run that makes it hot) after.
    fn engine(&self) -> Option<Engine<'_>> {
        if let Some(Some(full)) = self.full.get() {
            return Some(Engine::Full(full));
        }
        let lite = self.lite.as_ref()?;
        if self.runs.fetch_add(1, Ordering::Relaxed) < HOT {
            return Some(Engine::Lite(lite));
        }
        match self
            .full
            .get_or_init(|| regex::Regex::new(&self.source).ok())
        {
            Some(full) => Some(Engine::Full(full)),
            None => Some(Engine::Lite(lite)),
        }
    }

    /// Whether the pattern occurs in `haystack`.
    pub fn is_match(&self, haystack: &str) -> bool {
        match self.engine() {
            Some(Engine::Lite(re)) => re.is_match(haystack),
            Some(Engine::Full(re)) => re.is_match(haystack),
            None => false,
        }
    }

    /// The first match.
    pub fn find<'h>(&self, haystack: &'h str) -> Option<Group<'h>> {
        match self.engine()? {
            Engine::Lite(re) => re
                .find(haystack)
                .map(|m| Group::new(m.as_str(), m.start(), m.end())),
            Engine::Full(re) => re
                .find(haystack)
                .map(|m| Group::new(m.as_str(), m.start(), m.end())),
        }
    }

    /// Every match, left to right.
    pub fn find_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> Box<dyn Iterator<Item = Group<'h>> + 'r>
    where
        'h: 'r,
    {
        match self.engine() {
            Some(Engine::Lite(re)) => Box::new(
                re.find_iter(haystack)
                    .map(|m| Group::new(m.as_str(), m.start(), m.end())),
            ),
            Some(Engine::Full(re)) => Box::new(
                re.find_iter(haystack)
                    .map(|m| Group::new(m.as_str(), m.start(), m.end())),
            ),
            None => Box::new(std::iter::empty()),
        }
    }

    /// The groups of the first match.
    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Caps<'h>> {
        match self.engine()? {
            Engine::Lite(re) => re.captures(haystack).map(Caps::Lite),
            Engine::Full(re) => re.captures(haystack).map(Caps::Full),
        }
    }

    /// The groups of every match, left to right.
    pub fn captures_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> Box<dyn Iterator<Item = Caps<'h>> + 'r>
    where
        'h: 'r,
    {
        match self.engine() {
            Some(Engine::Lite(re)) => Box::new(re.captures_iter(haystack).map(Caps::Lite)),
            Some(Engine::Full(re)) => Box::new(re.captures_iter(haystack).map(Caps::Full)),
            None => Box::new(std::iter::empty()),
        }
    }
}

/// The groups of a match, from either engine.
pub enum Caps<'h> {
    Lite(regex_lite::Captures<'h>),
    Full(regex::Captures<'h>),
}

/// One match or group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Group<'h> {
    text: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Group<'h> {
    fn new(text: &'h str, start: usize, end: usize) -> Self {
        Group { text, start, end }
    }

    pub fn as_str(&self) -> &'h str {
        self.text
    }

    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

impl<'h> Caps<'h> {
    /// Group `i` (0: the whole match), if it took part.
    pub fn get(&self, i: usize) -> Option<Group<'h>> {
        match self {
            Caps::Lite(c) => c.get(i).map(|m| Group::new(m.as_str(), m.start(), m.end())),
            Caps::Full(c) => c.get(i).map(|m| Group::new(m.as_str(), m.start(), m.end())),
        }
    }

    /// The group called `name`, if it took part.
    pub fn name(&self, name: &str) -> Option<Group<'h>> {
        match self {
            Caps::Lite(c) => c
                .name(name)
                .map(|m| Group::new(m.as_str(), m.start(), m.end())),
            Caps::Full(c) => c
                .name(name)
                .map(|m| Group::new(m.as_str(), m.start(), m.end())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_that_read_alike_go_to_the_lightweight_engine() {
        assert_eq!(
            lite_form(r"(让人|令人)\s*$").as_deref(),
            Some(&*format!(r"(让人|令人)[{WHITE_SPACE}]*$"))
        );
        assert_eq!(
            lite_form(r"[\s,]+").as_deref(),
            Some(&*format!(r"[{WHITE_SPACE},]+"))
        );
        assert_eq!(lite_form(r"[]a]\[x\]").as_deref(), Some(r"[]a]\[x\]"));
        assert_eq!(
            lite_form(r"(?:a|b)(?P<n>c)").as_deref(),
            Some(r"(?:a|b)(?P<n>c)")
        );
        for differs in [
            r"\bstop\b",
            r"\d+",
            r"\w",
            r"\p{Han}",
            r"(?i)stop",
            r"(?i:stop)",
            r"(?x) a",
            r"[^\S]",
            r"[[:alpha:]]",
        ] {
            assert_eq!(lite_form(differs), None, "{differs}");
        }
        assert!(!Re::new(r"满\s*\d").unwrap().is_light());
        assert!(Re::new(r"满\s*[0-9]").unwrap().is_light());
    }

    /// `\s` keeps its Unicode meaning: ideographic and no-break spaces are space.
    #[test]
    fn white_space_means_the_same_to_both_engines() {
        let lite = regex_lite::Regex::new(&lite_form(r"^a\s+b$").unwrap()).unwrap();
        let full = regex::Regex::new(r"^a\s+b$").unwrap();
        for c in (0u32..0x3100).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            assert_eq!(
                lite.is_match(&text),
                full.is_match(&text),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn both_engines_give_the_same_groups() {
        let pattern = r"(?P<n>[0-9]+)\s*(件|个)";
        let lite = Re::new(pattern).unwrap();
        let full = Re::full(pattern).unwrap();
        assert!(lite.is_light() && !full.is_light());
        let text = "限购 2件，再送3 个";
        let a: Vec<_> = lite
            .captures_iter(text)
            .map(|c| (c.get(0), c.name("n")))
            .collect();
        let b: Vec<_> = full
            .captures_iter(text)
            .map(|c| (c.get(0), c.name("n")))
            .collect();
        assert_eq!(a, b);
        assert_eq!(a.len(), 2);
        assert_eq!(lite.find(text), full.find(text));
    }

    /// A pattern run often switches to the full engine, and reads the same after.
    #[test]
    fn a_hot_pattern_moves_to_the_full_engine() {
        let re = Re::new(r"(让人|令人)\s*$").unwrap();
        assert!(re.is_light());
        for i in 0..(HOT * 2) {
            assert!(re.is_match("真是令人 "), "run {i}");
            assert!(!re.is_match("令人心动的价格"), "run {i}");
        }
        assert!(!re.is_light());
        assert_eq!(re.find("真是令人").map(|g| g.range()), Some(6..12));
    }
}
