//! Line index: byte offset → 1-based line and character column, in O(log n) per lookup
//! however long the line (a flow mapping of megabytes on one line included).

/// A 1-based line and column; columns count Unicode characters (not bytes, not display width).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Bytes of text per entry of [`LineIndex`]'s character counts.
const BLOCK: usize = 256;

/// Whether `byte` starts a character (is not a UTF-8 continuation byte).
fn starts_char(byte: u8) -> bool {
    (byte as i8) >= -0x40
}

/// Start offsets of every line of a text (32-bit: campspec reads files of at most
/// 2 GiB, see `settings::LARGEST_FILE_SIZE`), and how many characters precede every
/// [`BLOCK`]th byte, so a column on a line of any length is counted from the nearest
/// block rather than from the start of the line.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<u32>,
    /// `chars[k]`: the characters that start in the first `k * BLOCK` bytes.
    chars: Vec<u32>,
    /// Byte length of a leading UTF-8 BOM (0 or 3); editors do not count it as a column.
    bom: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        // Counted first, so a large file's index is allocated once at its exact size.
        let lines = memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1;
        let mut starts = Vec::with_capacity(lines);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| to_u32(i + 1)));
        let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let mut chars = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut before = 0usize;
        chars.push(0);
        for block in text.as_bytes().chunks(BLOCK) {
            before += block.iter().filter(|b| starts_char(**b)).count();
            chars.push(to_u32(before));
        }
        LineIndex { starts, chars, bom }
    }

    /// The characters that start before byte `offset` of `text` (the text indexed).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let offset = offset.min(text.len());
        let block = offset / BLOCK;
        let counted = self.chars.get(block).map_or(0, |c| *c as usize);
        let from = block * BLOCK;
        counted
            + text
                .as_bytes()
                .get(from..offset)
                .map_or(0, |rest| rest.iter().filter(|b| starts_char(**b)).count())
    }

    /// The number of characters of `text` (the text indexed) between byte offsets
    /// `from` and `to`, in O(1) plus at most two blocks, however far apart they are.
    pub fn chars_between(&self, text: &str, from: usize, to: usize) -> usize {
        if to <= from {
            return 0;
        }
        if to - from <= 2 * BLOCK {
            return text
                .as_bytes()
                .get(from..to)
                .map_or(0, |s| s.iter().filter(|b| starts_char(**b)).count());
        }
        self.chars_before(text, to)
            .saturating_sub(self.chars_before(text, from))
    }

    /// Number of lines (a text ending in a newline has an empty last line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// 0-based line containing `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&to_u32(offset)) {
            Ok(line) => line,
            Err(next) => next.saturating_sub(1),
        }
    }

    /// Byte offset where 0-based `line` starts (after a BOM on the first line).
    pub fn line_start(&self, line: usize) -> usize {
        let start = self.starts.get(line).map_or(0, |s| *s as usize);
        if line == 0 { start + self.bom } else { start }
    }

    /// Byte offset where 0-based `line` ends, excluding its `\n` or `\r\n`.
    pub fn line_end(&self, text: &str, line: usize) -> usize {
        let end = self
            .starts
            .get(line + 1)
            .map(|next| *next as usize - 1)
            .unwrap_or(text.len());
        let bytes = text.as_bytes();
        if end > 0 && end <= bytes.len() && bytes.get(end - 1) == Some(&b'\r') {
            end - 1
        } else {
            end
        }
    }

    /// The 1-based line and character column of a byte offset (clamped into the text and
    /// floored to a character boundary).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_of(offset);
        let start = self.line_start(line).min(offset);
        let column = self.chars_between(text, start, offset) + 1;
        Position {
            line: line + 1,
            column,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters() {
        let text = "a: 1\nname: 正式期 x\n";
        let idx = LineIndex::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(
            idx.position(text, x),
            Position {
                line: 2,
                column: 11
            }
        );
        assert_eq!(idx.position(text, 0), Position { line: 1, column: 1 });
    }

    #[test]
    fn bom_and_crlf() {
        let text = "\u{feff}a: 1\r\nb: 中文\r\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(text, 3), Position { line: 1, column: 1 });
        let zh = text.find('中').unwrap();
        assert_eq!(idx.position(text, zh), Position { line: 2, column: 4 });
        assert_eq!(&text[idx.line_start(1)..idx.line_end(text, 1)], "b: 中文");
    }

    /// Columns on a line of many blocks, with multi-byte characters across block
    /// boundaries, are the characters counted from the start of the line.
    #[test]
    fn columns_on_a_long_line() {
        let mut text = String::from("a: 1\n{");
        for i in 0..2_000 {
            text.push_str(if i % 3 == 0 { "键值, " } else { "k: 1, " });
        }
        text.push_str("end: 1}\n");
        let idx = LineIndex::new(&text);
        let start = idx.line_start(1);
        for (offset, _) in text.char_indices().filter(|(i, _)| *i >= start).step_by(97) {
            let counted = text[start..offset].chars().count();
            assert_eq!(
                idx.position(&text, offset),
                Position {
                    line: 2,
                    column: counted + 1
                }
            );
            assert_eq!(
                idx.chars_between(&text, 0, offset),
                text[..offset].chars().count()
            );
        }
    }
}
