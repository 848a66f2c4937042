//! Regexes of the wording readers and rules: compiled with the lightweight engine
//! (`regex-lite`) when the pattern means exactly the same there, else with the full one.
//!
//! Compiling a small pattern with the full engine costs about ten times as much as with
//! the lightweight one, and a check of one typical plan compiles dozens on first use,
//! on its critical path. The texts these patterns read are short (a clause, the few
//! characters around a match), where the lightweight engine is fast enough. A pattern
//! is rewritten for it only where the two engines agree by construction: no Unicode
//! word boundaries, word or digit classes, properties or case folding (those stay with
//! the full engine), and `\s` spelt out as the Unicode white space it stands for.

/// A compiled pattern, from either engine.
#[derive(Clone, Debug)]
pub enum Re {
    Lite(regex_lite::Regex),
    Full(regex::Regex),
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
    /// Compiles `pattern` with the engine that reads it the same for less.
    pub fn new(pattern: &str) -> Result<Re, String> {
        if let Some(lite) = lite_form(pattern)
            && let Ok(re) = regex_lite::Regex::new(&lite)
        {
            return Ok(Re::Lite(re));
        }
        Self::full(pattern)
    }

    /// Compiles `pattern` with the full engine.
    pub fn full(pattern: &str) -> Result<Re, String> {
        regex::Regex::new(pattern)
            .map(Re::Full)
            .map_err(|e| e.to_string())
    }

    /// Whether the pattern occurs in `haystack`.
    pub fn is_match(&self, haystack: &str) -> bool {
        match self {
            Re::Lite(re) => re.is_match(haystack),
            Re::Full(re) => re.is_match(haystack),
        }
    }

    /// The first match.
    pub fn find<'h>(&self, haystack: &'h str) -> Option<Group<'h>> {
        match self {
            Re::Lite(re) => re
                .find(haystack)
                .map(|m| Group::new(m.as_str(), m.start(), m.end())),
            Re::Full(re) => re
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
        match self {
            Re::Lite(re) => Box::new(
                re.find_iter(haystack)
                    .map(|m| Group::new(m.as_str(), m.start(), m.end())),
            ),
            Re::Full(re) => Box::new(
                re.find_iter(haystack)
                    .map(|m| Group::new(m.as_str(), m.start(), m.end())),
            ),
        }
    }

    /// The groups of the first match.
    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Caps<'h>> {
        match self {
            Re::Lite(re) => re.captures(haystack).map(Caps::Lite),
            Re::Full(re) => re.captures(haystack).map(Caps::Full),
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
        match self {
            Re::Lite(re) => Box::new(re.captures_iter(haystack).map(Caps::Lite)),
            Re::Full(re) => Box::new(re.captures_iter(haystack).map(Caps::Full)),
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
        assert!(matches!(Re::new(r"满\s*\d").unwrap(), Re::Full(_)));
        assert!(matches!(Re::new(r"满\s*[0-9]").unwrap(), Re::Lite(_)));
    }

    /// `\s` keeps its Unicode meaning: ideographic and no-break spaces are space.
    #[test]
    fn white_space_means_the_same_to_both_engines() {
        let re = Re::new(r"^a\s+b$").unwrap();
        let full = regex::Regex::new(r"^a\s+b$").unwrap();
        assert!(matches!(re, Re::Lite(_)));
        for c in (0u32..0x3100).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            assert_eq!(
                re.is_match(&text),
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
        assert!(matches!(lite, Re::Lite(_)));
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
}
