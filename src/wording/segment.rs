//! Chinese word segmentation, so that short lexicon terms match only as words: 送 in
//! 满199送帆布袋 is a gift, in 送货到家 or 配送 it is delivery; 特供 in 独特供应链 is no
//! state supply.
//!
//! The method is dictionary segmentation by the least-cost path, the unigram model
//! that jieba and most Chinese segmenters use: every way of cutting a clause into
//! dictionary words and single characters is a path, each word has a cost (a known
//! word is cheaper than an unknown character), and the cheapest path is the reading.
//! The dictionary is the lexicons' own terms (every Chinese term, whatever its kind,
//! is a word) and `lexicons/zh-words.txt`, ordinary words that contain a term's
//! characters in another sense (配送, 以免, 独特, 治愈系). Costs are integers, so a
//! reading is the same on every machine.
//!
//! A run of ASCII letters or digits is one unit that no word can split (`300元`
//! holds no `0元`). A clause ends at punctuation or a space; a clause longer than a
//! few hundred bytes, which only hostile text has, is read in fixed blocks with a
//! margin, each once.

use crate::source::FastSet;

/// The ordinary words shipped with campspec (one or more per line, `#` comments).
pub const WORDS: &str = include_str!("../../lexicons/zh-words.txt");

/// Cost of a dictionary word (and of an ASCII run, which is a word of its own).
const WORD: u32 = 10;
/// Cost of a CJK character that no dictionary word covers.
const UNKNOWN: u32 = 18;
/// The longest word the dictionary may hold, in units.
const LONGEST: usize = 16;
/// A long clause is read in blocks of this many bytes…
pub const BLOCK: usize = 384;
/// …with this many bytes of the neighbouring blocks either side.
pub const MARGIN: usize = 96;

/// The dictionary and the segmentation over it.
#[derive(Clone, Debug, Default)]
pub struct Segmenter {
    words: FastSet<Box<str>>,
    /// The longest word, in characters (at most [`LONGEST`]).
    longest: usize,
}

/// Whether a character continues a clause: CJK, ASCII letters and digits, and the
/// signs that belong to numbers (`6.5折`, `100%`).
fn in_clause(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '%' | '.') || (!c.is_ascii() && is_word_char(c))
}

/// A non-ASCII character that can be part of a word (not CJK or full-width
/// punctuation, not a space).
fn is_word_char(c: char) -> bool {
    !c.is_whitespace()
        && !matches!(c as u32,
            0x2000..=0x206F | 0x3000..=0x303F | 0xFE10..=0xFE1F | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0x00A0..=0x00BF)
}

/// Byte offsets where the units of `text` begin, and its length last: a run of
/// ASCII letters and digits (with `.` and `%` inside numbers) is one unit, every
/// other character one unit.
fn units(text: &str) -> Vec<usize> {
    let mut cuts = Vec::with_capacity(text.len() / 2);
    let mut previous_ascii = false;
    for (at, c) in text.char_indices() {
        let ascii = c.is_ascii_alphanumeric() || (previous_ascii && matches!(c, '.' | '%'));
        if !(ascii && previous_ascii) {
            cuts.push(at);
        }
        previous_ascii = ascii;
    }
    cuts.push(text.len());
    cuts
}

impl Segmenter {
    /// A segmenter over these words (normalised text; empty words are skipped).
    pub fn new<I, S>(words: I) -> Segmenter
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut set: FastSet<Box<str>> = FastSet::default();
        let mut longest = 1;
        for word in words {
            let word = word.as_ref().trim();
            let length = units(word).len().saturating_sub(1);
            if length == 0 || length > LONGEST {
                continue;
            }
            longest = longest.max(length);
            set.insert(word.into());
        }
        Segmenter {
            words: set,
            longest,
        }
    }

    /// The words of [`WORDS`], normalised.
    pub fn shipped_words() -> impl Iterator<Item = String> {
        WORDS
            .lines()
            .map(|line| line.split('#').next().unwrap_or(""))
            .flat_map(str::split_whitespace)
            .map(|w| super::normalize::normalize(w).text)
    }

    /// Whether the dictionary holds `word`.
    pub fn knows(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// The word boundaries (byte offsets, ascending, `0` and `clause.len()` included) of
    /// the cheapest reading of one clause.
    pub fn boundaries(&self, clause: &str) -> Vec<usize> {
        let cuts = units(clause);
        let n = cuts.len().saturating_sub(1);
        // best[i] = (cost of the cheapest reading of units i.., the unit index where
        // its first word ends).
        let mut best: Vec<(u32, usize)> = vec![(0, n); n.saturating_add(1)];
        for i in (0..n).rev() {
            let next = i.saturating_add(1);
            let single = &clause[cuts[i]..cuts[next]];
            let single_cost = if self.words.contains(single) || single.is_ascii() {
                WORD
            } else {
                UNKNOWN
            };
            let mut choice = (single_cost.saturating_add(best[next].0), next);
            for j in i.saturating_add(2)..=n.min(i.saturating_add(self.longest)) {
                if self.words.contains(&clause[cuts[i]..cuts[j]]) {
                    let cost = WORD.saturating_add(best[j].0);
                    // On equal cost the longer word wins.
                    if cost <= choice.0 {
                        choice = (cost, j);
                    }
                }
            }
            best[i] = choice;
        }
        let mut out = vec![0];
        let mut i = 0;
        while i < n {
            i = best[i].1;
            out.push(cuts[i]);
        }
        out
    }

    /// Where the clause around `start..end` of `text` begins and ends (bytes).
    pub fn clause_around(text: &str, start: usize, end: usize) -> (usize, usize) {
        let from = text[..start]
            .char_indices()
            .rev()
            .find(|&(_, c)| !in_clause(c))
            .map_or(0, |(at, c)| at.saturating_add(c.len_utf8()));
        let to = text[end..]
            .char_indices()
            .find(|&(_, c)| !in_clause(c))
            .map_or(text.len(), |(at, _)| end.saturating_add(at));
        (from, to)
    }

    /// The part of the clause `from..to` that is segmented for a match at `start..end`:
    /// the whole clause when it is short, else the fixed block of [`BLOCK`] bytes the
    /// match falls in with [`MARGIN`] bytes either side, so a long clause is read block
    /// by block, once, however many matches it holds.
    pub fn span_for(
        text: &str,
        (from, to): (usize, usize),
        start: usize,
        end: usize,
    ) -> (usize, usize) {
        if to.saturating_sub(from) <= BLOCK.saturating_add(MARGIN).saturating_add(MARGIN) {
            return (from, to);
        }
        let offset = start.saturating_sub(from);
        let block = from.saturating_add(offset.saturating_sub(offset % BLOCK));
        let floor = |mut at: usize| {
            while !text.is_char_boundary(at) {
                at = at.saturating_sub(1);
            }
            at
        };
        let a = floor(block.saturating_sub(MARGIN).max(from));
        let b = floor(block.saturating_add(BLOCK).saturating_add(MARGIN).min(to)).max(end);
        (a.min(start), b)
    }
}

/// How a term must sit among the words of its text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WordMode {
    /// Anywhere, even inside a longer word.
    #[default]
    Any,
    /// As whole words: a boundary at both ends (送 in 满199送帆布袋, not in 送货).
    Whole,
    /// At the start of a word (最 begins 最低, 最好; the word may go on).
    Start,
}

impl WordMode {
    /// Whether a match at `start..end` (bytes of the clause) fits the boundaries.
    pub fn fits(self, boundaries: &[usize], start: usize, end: usize) -> bool {
        let at = |b: usize| boundaries.binary_search(&b).is_ok();
        match self {
            WordMode::Any => true,
            WordMode::Whole => at(start) && at(end),
            WordMode::Start => at(start),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(seg: &Segmenter, text: &str) -> Vec<String> {
        let b = seg.boundaries(text);
        b.windows(2).map(|w| text[w[0]..w[1]].to_owned()).collect()
    }

    #[test]
    fn the_cheapest_reading_wins() {
        let seg = Segmenter::new([
            "送",
            "送货",
            "到家",
            "货真价实",
            "满",
            "帆布袋",
            "以免",
            "费用",
            "免费",
        ]);
        assert_eq!(words(&seg, "送货到家"), ["送货", "到家"]);
        assert_eq!(
            words(&seg, "买就送货真价实"),
            ["买", "就", "送", "货真价实"]
        );
        assert_eq!(words(&seg, "满199送帆布袋"), ["满", "199", "送", "帆布袋"]);
        assert_eq!(words(&seg, "以免费用超支"), ["以免", "费用", "超", "支"]);
        assert_eq!(words(&seg, "免费领取"), ["免费", "领", "取"]);
    }

    #[test]
    fn ascii_runs_are_units() {
        let seg = Segmenter::new(["0元", "元"]);
        assert_eq!(words(&seg, "满300元"), ["满", "300", "元"]);
        assert_eq!(words(&seg, "0元购"), ["0元", "购"]);
        assert_eq!(words(&seg, "6.5折"), ["6.5", "折"]);
    }

    #[test]
    fn modes_read_the_boundaries() {
        let b = [0, 3, 9];
        assert!(WordMode::Whole.fits(&b, 0, 3));
        assert!(!WordMode::Whole.fits(&b, 3, 6));
        assert!(WordMode::Start.fits(&b, 3, 6));
        assert!(WordMode::Any.fits(&b, 1, 2));
    }

    #[test]
    fn clauses_end_at_punctuation_and_windows() {
        let text = "全场包邮，满199送帆布袋！";
        let at = text.find('送').unwrap();
        let (a, b) = Segmenter::clause_around(text, at, at + 3);
        assert_eq!(&text[a..b], "满199送帆布袋");
        let long = "好".repeat(2000);
        let clause = Segmenter::clause_around(&long, 3000, 3003);
        assert_eq!(clause, (0, long.len()));
        let (a, b) = Segmenter::span_for(&long, clause, 3000, 3003);
        assert!(a < 3000 && b > 3003 && b - a <= BLOCK + 2 * MARGIN);
        assert_eq!(Segmenter::span_for(&long, clause, 3003, 3006), (a, b));
    }

    #[test]
    fn the_shipped_words_load() {
        let seg = Segmenter::new(Segmenter::shipped_words());
        assert!(seg.knows("配送"));
        assert!(seg.words.len() > 300);
    }
}
