//! The templates' custom filters and the Markdown escaper, registered in one place. Each
//! is a small typed function with its own tests; templates hold no other logic.

use crate::escape;
use minijinja::Environment;

/// Registers every custom filter.
pub fn register(env: &mut Environment<'_>) {
    env.add_filter("md", md);
    env.add_filter("md_block", md_block);
    env.add_filter("slug", slug);
    env.add_filter("cjk_wrap", cjk_wrap);
    env.add_filter("md_code", md_code);
}

/// `{{ value|md_code }}`: a value from the plan as a Markdown code span that is safe in
/// a table cell: fenced by more backticks than it holds, `|` escaped, line breaks and
/// other controls shown as escapes.
pub fn md_code(text: String) -> minijinja::Value {
    let mut body = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '|' => body.push_str("\\|"),
            '\r' | '\n' | '\t' => body.push(' '),
            c if escape::is_escaped(c) => escape::push_escape(&mut body, c),
            c => body.push(c),
        }
    }
    let longest = body.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.saturating_add(1));
    let pad = if body.starts_with('`') || body.ends_with('`') {
        " "
    } else {
        ""
    };
    minijinja::Value::from_safe_string(format!("{fence}{pad}{body}{pad}{fence}"))
}

/// `{{ text|md }}`: escapes text for Markdown explicitly (Markdown templates already
/// escape every value; this is for building strings inside a template).
pub fn md(text: String) -> String {
    escape_markdown(&text)
}

/// `{{ heading|slug }}`: an anchor id: lowercase ASCII letters, digits and hyphens;
/// other characters (CJK included) become their code point, so ids stay unique and ASCII.
pub fn slug(text: String) -> String {
    let mut out = String::new();
    for c in text.trim().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c.is_whitespace() || c == '-' || c == '_' {
            if !out.ends_with('-') && !out.is_empty() {
                out.push('-');
            }
        } else if !c.is_ascii() {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
            out.push_str(&format!("u{:x}", c as u32));
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// `{{ text|cjk_wrap }}`: inserts a word-break opportunity (U+200B) after CJK
/// punctuation, so long Chinese cells wrap at clause boundaries in narrow table columns.
pub fn cjk_wrap(text: String) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        out.push(c);
        if matches!(c, '，' | '、' | '；' | '。' | '：') {
            out.push('\u{200B}');
        }
    }
    out
}

/// Escapes text so Markdown shows it as written, wherever it stands inside a line: inline
/// syntax characters get a backslash, `<`, `>` and `&` become entities (no raw HTML
/// passes through), a line break becomes `<br>` (so a table cell stays on one line
/// and nothing inside the text can start a block), and any other control character is
/// shown as its escape (`\u{1b}`, see [`crate::escape`]).
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len().saturating_add(8));
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\n' => out.push_str("<br>"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c if c != '\t' && escape::is_escaped(c) => {
                let mut shown = String::new();
                escape::push_escape(&mut shown, c);
                for e in shown.chars() {
                    if matches!(e, '\\' | '{' | '}') {
                        out.push('\\');
                    }
                    out.push(e);
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// `{{ text|md_block }}`: like [`escape_markdown`] for text that starts a line, where a
/// leading `-`, `+`, `#`, `=` or `1.` would begin a list, heading or rule.
pub fn md_block(text: String) -> minijinja::Value {
    let trimmed = text.trim_start();
    // Leading white space may hold line breaks and other controls: escaped too.
    let lead = &text[..text.len().saturating_sub(trimmed.len())];
    let mut out = escape_markdown(lead);
    let first = trimmed.chars().next();
    if matches!(first, Some('-' | '+' | '#' | '=')) {
        out.push('\\');
    }
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    let escaped = escape_markdown(trimmed);
    if digits > 0 && matches!(trimmed.as_bytes().get(digits), Some(b'.' | b')')) {
        out.push_str(&escaped[..digits]);
        out.push('\\');
        out.push_str(&escaped[digits..]);
    } else {
        out.push_str(&escaped);
    }
    minijinja::Value::from_safe_string(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_hold_backticks_and_pipes() {
        assert_eq!(md_code("a|b".into()).to_string(), "`a\\|b`");
        assert_eq!(md_code("x`y".into()).to_string(), "``x`y``");
    }

    #[test]
    fn markdown_shows_text_as_written() {
        assert_eq!(escape_markdown("满299元享9.1折"), "满299元享9.1折");
        assert_eq!(
            escape_markdown("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(escape_markdown("a|b *c* _d_"), "a\\|b \\*c\\* \\_d\\_");
        assert_eq!(escape_markdown("line\nnext"), "line<br>next");
        assert_eq!(escape_markdown("67.50% +20%"), "67.50% +20%");
        assert_eq!(escape_markdown("2027年"), "2027年");
        assert_eq!(escape_markdown("{{ x }}"), "\\{\\{ x \\}\\}");
        assert_eq!(
            md_block("- not a list".into()).to_string(),
            "\\- not a list"
        );
        assert_eq!(
            md_block("1. not a list".into()).to_string(),
            "1\\. not a list"
        );
        assert_eq!(md_block("# title".into()).to_string(), "\\# title");
        assert_eq!(md_block("plain *x*".into()).to_string(), "plain \\*x\\*");
        assert_eq!(escape_markdown("[link](http://x)"), "\\[link\\](http://x)");
    }

    #[test]
    fn markdown_shows_control_characters_as_escapes() {
        assert_eq!(
            escape_markdown("a\u{1b}[2J\tb\u{7}\u{2028}"),
            "a\\\\u\\{1b\\}\\[2J\tb\\\\u\\{7\\}\\\\u\\{2028\\}"
        );
        assert_eq!(
            md_block("\n\u{b}# title".into()).to_string(),
            "<br>\\\\u\\{b\\}\\# title"
        );
    }

    #[test]
    fn slugs_are_ascii_and_stable() {
        assert_eq!(
            slug("Stacking and the worst case".into()),
            "stacking-and-the-worst-case"
        );
        assert_eq!(slug("目标".into()), "u76ee-u6807");
        assert_eq!(slug("  Risks  ".into()), "risks");
    }

    #[test]
    fn cjk_wrap_adds_breaks_after_punctuation() {
        assert_eq!(cjk_wrap("甲，乙".into()), "甲，\u{200B}乙");
        assert_eq!(cjk_wrap("plain".into()), "plain");
    }
}
