//! Positions as the Language Server Protocol counts them: a line and a column in UTF-16
//! code units (a CJK character is one unit, an emoji two), from and to byte offsets.

use lsp_types::{Position, Range};

/// The starts of a text's lines, to turn byte offsets into LSP positions and back.
#[derive(Debug, Clone)]
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    /// The lines of `text` (a line ends after `\n`).
    pub fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i.saturating_add(1)));
        Lines { starts }
    }

    /// The LSP position of byte `offset` (clamped to the text, moved back to a character
    /// boundary).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset = offset.saturating_sub(1);
        }
        let line = self
            .starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1);
        let start = self.starts.get(line).copied().unwrap_or(0);
        let column: usize = text
            .get(start..offset)
            .unwrap_or("")
            .chars()
            .map(char::len_utf16)
            .sum();
        Position::new(to_u32(line), to_u32(column))
    }

    /// The LSP range of bytes `start..end`.
    pub fn range(&self, text: &str, start: usize, end: usize) -> Range {
        Range::new(self.position(text, start), self.position(text, end))
    }

    /// The byte offset of an LSP position (a column past the line's end is its end).
    pub fn offset(&self, text: &str, position: Position) -> usize {
        let line = usize::try_from(position.line).unwrap_or(usize::MAX);
        let Some(&start) = self.starts.get(line) else {
            return text.len();
        };
        let end = self
            .starts
            .get(line.saturating_add(1))
            .copied()
            .unwrap_or(text.len());
        let wanted = usize::try_from(position.character).unwrap_or(usize::MAX);
        let mut units = 0usize;
        for (i, c) in text.get(start..end).unwrap_or("").char_indices() {
            if units >= wanted || c == '\n' || c == '\r' {
                return start.saturating_add(i);
            }
            units = units.saturating_add(c.len_utf16());
        }
        end
    }
}

/// A count as LSP's `u32`.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_utf16_units() {
        let text = "a: 1\nname: 新春🧧 x\n";
        let lines = Lines::new(text);
        let x = text.find('x').unwrap();
        // `name: ` is 6 units, 新春 two, 🧧 two, the space one.
        assert_eq!(lines.position(text, x), Position::new(1, 11));
        assert_eq!(lines.offset(text, Position::new(1, 11)), x);
        assert_eq!(lines.position(text, text.len()), Position::new(2, 0));
        assert_eq!(lines.offset(text, Position::new(0, 99)), 4);
        assert_eq!(lines.offset(text, Position::new(9, 0)), text.len());
    }
}
