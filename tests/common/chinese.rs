//! Reading a message for language: whether it is Chinese, and whether an English
//! sentence is left in it outside the plan text it quotes. Shared by the language tests.

/// The text with quotes from the plan taken out: `code`, 「…」, “…”, "…" and «…».
pub fn without_quotes(text: &str) -> String {
    let mut out = String::new();
    let mut close: Option<char> = None;
    for c in text.chars() {
        match close {
            Some(end) if c == end => close = None,
            Some(_) => {}
            None => match c {
                '`' => close = Some('`'),
                '「' => close = Some('」'),
                '“' => close = Some('”'),
                '"' => close = Some('"'),
                '«' => close = Some('»'),
                _ => out.push(c),
            },
        }
    }
    out
}

/// An English sentence left in a Chinese message: three or more English words in a row
/// outside quotes (names such as `YAML 1.1`, `IANA`, `ISO 4217` or law titles are one
/// or two words, or sit in quotes).
pub fn english_run(text: &str) -> Option<String> {
    let bare = without_quotes(text);
    let mut longest: Vec<String> = Vec::new();
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in bare.chars().chain(std::iter::once('。')) {
        if c.is_ascii_alphabetic() || c == '\'' {
            current.push(c);
            continue;
        }
        if current.len() >= 2 {
            words.push(std::mem::take(&mut current));
        } else {
            current.clear();
        }
        // Spaces and ASCII punctuation continue a run; anything else (a Chinese
        // character, a digit, full-width punctuation) ends it.
        if !matches!(c, ' ' | ',' | '-' | ';' | ':' | '.' | '/') {
            if words.len() > longest.len() {
                longest = std::mem::take(&mut words);
            }
            words.clear();
        }
    }
    (longest.len() >= 3).then(|| longest.join(" "))
}

pub fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}
