//! Line index: byte offset → 1-based line and character column, in O(log n) per lookup.

/// A 1-based line and column; columns count Unicode characters (not bytes, not display width).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Start offsets of every line of a text (32-bit: campspec reads files of at most
/// 2 GiB, see `settings::LARGEST_FILE_SIZE`).
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<u32>,
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
        LineIndex { starts, bom }
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
        let column = text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(0)
            + 1;
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
}
