//! Short functions: every function under `src/` (outside `#[cfg(test)]` items and test
//! functions) is at most `LIMIT` lines long, counted from its `fn` line to the line of
//! its closing brace. The scanner is a small brace matcher that knows Rust's strings,
//! raw strings, characters, lifetimes and comments; it needs no parser.

use std::path::{Path, PathBuf};

/// The longest a function may be, in lines.
const LIMIT: usize = 120;

/// Paths (from the crate root, with `/` separators) whose functions are not measured.
/// `src/check.rs` is being split into the `src/check/` stage modules, whose functions
/// are short; remove it from here when the split lands.
const EXCLUDED: &[&str] = &[];

/// One function found by the scanner.
#[derive(Debug, PartialEq)]
struct Function {
    name: String,
    line: usize,
    lines: usize,
}

/// A significant piece of source text: an identifier or keyword, or one punctuation
/// character, with the line it starts on.
#[derive(Debug)]
enum Token {
    Word(String, usize),
    Punct(char, usize),
}

/// The identifiers, keywords and punctuation of `text`; strings, characters and
/// comments are left out (a literal becomes one `"` token so attributes stay intact).
fn tokens(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            loop {
                if i >= chars.len() {
                    break;
                }
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if c == '"' {
            out.push(Token::Punct('"', line));
            i = skip_string(&chars, i + 1, &mut line);
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{1F600}') or a lifetime ('a).
            if at(i + 1) == '\\' {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
                out.push(Token::Punct('"', line));
            } else if at(i + 2) == '\'' {
                if at(i + 1) == '\n' {
                    line += 1;
                }
                i += 3;
                out.push(Token::Punct('"', line));
            } else {
                i += 1;
            }
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let prefix = matches!(word.as_str(), "r" | "br" | "cr");
            if prefix && (at(i) == '#' || at(i) == '"') {
                let mut hashes = 0;
                let mut j = i;
                while at(j) == '#' {
                    hashes += 1;
                    j += 1;
                }
                if at(j) == '"' {
                    out.push(Token::Punct('"', line));
                    i = skip_raw_string(&chars, j + 1, hashes, &mut line);
                    continue;
                }
                // A raw identifier (r#type): the word follows the hash.
                i = j;
                continue;
            }
            if matches!(word.as_str(), "b" | "c") && at(i) == '"' {
                out.push(Token::Punct('"', line));
                i = skip_string(&chars, i + 1, &mut line);
                continue;
            }
            if word == "b" && at(i) == '\'' {
                // A byte character: let the quote branch read it.
                continue;
            }
            out.push(Token::Word(word, line));
        } else {
            out.push(Token::Punct(c, line));
            i += 1;
        }
    }
    out
}

/// The index just past the closing quote of a string whose body starts at `i`.
fn skip_string(chars: &[char], mut i: usize, line: &mut usize) -> usize {
    while i < chars.len() {
        match chars[i] {
            '\\' => {
                if chars.get(i + 1) == Some(&'\n') {
                    *line += 1;
                }
                i += 2;
            }
            '"' => return i + 1,
            '\n' => {
                *line += 1;
                i += 1;
            }
            _ => i += 1,
        }
    }
    i
}

/// The index just past the closing `"###` of a raw string whose body starts at `i`.
fn skip_raw_string(chars: &[char], mut i: usize, hashes: usize, line: &mut usize) -> usize {
    while i < chars.len() {
        if chars[i] == '"' && (1..=hashes).all(|k| chars.get(i + k) == Some(&'#')) {
            return i + 1 + hashes;
        }
        if chars[i] == '\n' {
            *line += 1;
        }
        i += 1;
    }
    i
}

/// The index of the token that closes the `{` at `open`.
fn matching_brace(tokens: &[Token], open: usize) -> usize {
    let mut depth = 0usize;
    for (k, token) in tokens.iter().enumerate().skip(open) {
        match token {
            Token::Punct('{', _) => depth += 1,
            Token::Punct('}', _) => {
                depth -= 1;
                if depth == 0 {
                    return k;
                }
            }
            _ => {}
        }
    }
    tokens.len() - 1
}

/// The index of the first `{` or `;` at bracket depth 0 from `from`: the start of the
/// item's body, or the end of a body-less item.
fn item_body(tokens: &[Token], from: usize) -> usize {
    let mut depth = 0i32;
    for (k, token) in tokens.iter().enumerate().skip(from) {
        match token {
            Token::Punct('(' | '[', _) => depth += 1,
            Token::Punct(')' | ']', _) => depth -= 1,
            Token::Punct('{' | ';', _) if depth == 0 => return k,
            _ => {}
        }
    }
    tokens.len() - 1
}

fn line_of(token: &Token) -> usize {
    match token {
        Token::Word(_, line) | Token::Punct(_, line) => *line,
    }
}

/// Whether the attribute starting at the `#` at `k` is `#[test]` or `#[cfg(test)]`
/// (and so marks a test-only item).
fn is_test_attribute(tokens: &[Token], k: usize) -> bool {
    let words: Vec<String> = tokens[k..]
        .iter()
        .take(6)
        .map(|t| match t {
            Token::Word(w, _) => w.clone(),
            Token::Punct(c, _) => c.to_string(),
        })
        .collect();
    let seq: Vec<&str> = words.iter().map(String::as_str).collect();
    seq.starts_with(&["#", "[", "test", "]"])
        || seq.starts_with(&["#", "[", "cfg", "(", "test", ")"])
}

/// Every function with a body in `text`, outside test-only items.
fn functions(text: &str) -> Vec<Function> {
    let tokens = tokens(text);
    let mut found = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        match &tokens[k] {
            Token::Punct('#', _) if is_test_attribute(&tokens, k) => {
                let body = item_body(&tokens, k + 2);
                k = match tokens.get(body) {
                    Some(Token::Punct('{', _)) => matching_brace(&tokens, body) + 1,
                    _ => body + 1,
                };
            }
            Token::Word(w, line) if w == "fn" => {
                if let Some(Token::Word(name, _)) = tokens.get(k + 1) {
                    let body = item_body(&tokens, k + 2);
                    if let Some(Token::Punct('{', _)) = tokens.get(body) {
                        let close = matching_brace(&tokens, body);
                        found.push(Function {
                            name: name.clone(),
                            line: *line,
                            lines: line_of(&tokens[close]) - line + 1,
                        });
                    }
                }
                k += 1;
            }
            _ => k += 1,
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read src directory")
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every function under `src/` longer than `limit` lines, longest first, as
/// `(path, function, lines)`.
fn long_functions(limit: usize) -> Vec<(String, Function)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut long = Vec::new();
    for path in files {
        let relative = path
            .strip_prefix(root)
            .expect("under the crate")
            .to_string_lossy()
            .replace('\\', "/");
        if EXCLUDED
            .iter()
            .any(|e| relative == *e || relative.starts_with(&format!("{e}/")))
        {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read source file");
        for function in functions(&text) {
            if function.lines > limit {
                long.push((relative.clone(), function));
            }
        }
    }
    long.sort_by(|a, b| b.1.lines.cmp(&a.1.lines).then(a.0.cmp(&b.0)));
    long
}

#[test]
fn no_function_is_longer_than_the_limit() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for excluded in EXCLUDED {
        assert!(
            root.join(excluded).exists(),
            "`{excluded}` is excluded from the length check but no longer exists: remove it from EXCLUDED"
        );
    }
    let long = long_functions(LIMIT);
    let listing: Vec<String> = long
        .iter()
        .map(|(path, f)| format!("  {path}:{} fn {} — {} lines", f.line, f.name, f.lines))
        .collect();
    assert!(
        long.is_empty(),
        "{} functions are longer than {LIMIT} lines (split them into named steps):\n{}",
        long.len(),
        listing.join("\n")
    );
}

#[test]
fn the_scanner_counts_from_fn_to_the_closing_brace() {
    let text = r##"
/// A doc comment with fn in it { and a brace.
fn outer(x: &str) -> impl Fn() -> u32 {
    let s = "a } string { with braces";
    let r = r#"raw "} string"#;
    let c = '}';
    let l: &'static str = "x";
    /* a { block /* nested } */ comment */
    fn inner<'a>(v: &'a [u8]) -> &'a [u8] {
        v
    }
    move || 1
}
trait T {
    fn declared(&self);
}
#[cfg(test)]
mod tests {
    fn helper() {}
    #[test]
    fn a_test() {}
}
#[test]
fn top_level_test() {
}
"##;
    let found = functions(text);
    let summary: Vec<(&str, usize, usize)> = found
        .iter()
        .map(|f| (f.name.as_str(), f.line, f.lines))
        .collect();
    assert_eq!(summary, vec![("outer", 3, 11), ("inner", 9, 3)]);
}

/// Prints every function over 80 lines (`cargo test --test function_length -- --ignored
/// --nocapture`), to see what comes next.
#[test]
#[ignore]
fn list_functions_over_80_lines() {
    for (path, f) in long_functions(80) {
        println!("{:>4} {path}:{} fn {}", f.lines, f.line, f.name);
    }
}
