//! The library's layering, checked on its source: a forbidden `use` between modules
//! fails here. Every `crate::…`, `super::…` and `self::…` path in `src/` (outside the
//! binary's own `main.rs` and `cli/`, and outside `#[cfg(test)]` modules and comments)
//! is resolved to the module file it names, and each edge is held against the rules:
//!
//! - the library never reaches the command line (`cli` is the binary's, not the library's);
//! - rules never import the printers (`report`, `render`);
//! - the analysis never imports the rules;
//! - the model never imports the schema stage (the schema is generated from the model,
//!   so the model owns its schema transforms: `model/schema_transform.rs`);
//! - the large-file cutter (`source/split.rs`) never names the YAML loader
//!   (`source/yaml.rs` calls it and passes itself in);
//! - the charts never read the plan context that draws them, and the waiver rules never
//!   reach the registry that lists them;
//! - documents and the simulator take only the check stage's result types.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A module path inside the library: `["render", "charts"]`; the crate root is empty.
type Module = Vec<String>;

/// A library source file and the module it defines.
struct File {
    path: PathBuf,
    module: Module,
    text: String,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read src")
        .map(|e| e.expect("entry").path())
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

/// The module a file under `src/` defines: `render/mod.rs` → `render`, `lib.rs` → root.
fn module_of(relative: &Path) -> Module {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_owned());
    }
    parts
}

/// The library's files: everything under `src/` except the binary (`main.rs`, `cli/`).
fn library() -> Vec<File> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    rust_files(&src, &mut paths);
    paths
        .into_iter()
        .filter_map(|path| {
            let relative = path.strip_prefix(&src).expect("under src").to_path_buf();
            let binary = relative == Path::new("main.rs") || relative.starts_with("cli");
            (!binary).then(|| File {
                text: std::fs::read_to_string(&path).expect("read"),
                module: module_of(&relative),
                path: relative,
            })
        })
        .collect()
}

/// The code of a file without its comments and its `#[cfg(test)]` modules (tests may
/// use whatever they need).
fn code(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]")
            && lines
                .peek()
                .is_some_and(|next| next.trim_start().starts_with("mod "))
        {
            // The test module runs to the closing brace at its own indentation.
            let indent = &line[..line.len() - trimmed.len()];
            let close = format!("{indent}}}");
            for skipped in lines.by_ref() {
                if skipped == close {
                    break;
                }
            }
            continue;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        let line = match line.find(" //") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        };
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Every path the code names from `crate`, `super` or `self`, resolved from `module`
/// and expanded over `{…}` groups, as module paths plus the item (which may be a
/// module too).
fn paths(code: &str, module: &Module) -> Vec<Module> {
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < code.len() {
        let rest = &code[i..];
        let starts_word = i == 0
            || !(bytes[i - 1].is_ascii_alphanumeric()
                || bytes[i - 1] == b'_'
                || bytes[i - 1] == b':');
        let base = if !starts_word {
            None
        } else if rest.starts_with("crate::") {
            Some((Vec::new(), "crate::".len()))
        } else if rest.starts_with("super::") {
            let mut base = module.clone();
            let mut len = 0;
            while code[i + len..].starts_with("super::") {
                base.pop();
                len += "super::".len();
            }
            Some((base, len))
        } else if rest.starts_with("self::") {
            Some((module.clone(), "self::".len()))
        } else {
            None
        };
        match base {
            Some((base, len)) => {
                let end = expand(code, i + len, base, &mut out);
                i = end.max(i + 1);
            }
            None => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

/// Reads the path that starts at `at` (after `crate::` and the like) onto `prefix`,
/// expanding `{a, b::c}` groups; returns where it ends.
fn expand(code: &str, mut at: usize, mut prefix: Module, out: &mut Vec<Module>) -> usize {
    loop {
        let rest = &code[at..];
        if let Some(group) = rest.strip_prefix('{') {
            // Split the group at its top-level commas.
            let mut depth = 0usize;
            let mut start = at + 1;
            for (offset, c) in group.char_indices() {
                let here = at + 1 + offset;
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        let item = code[start..here].trim();
                        if !item.is_empty() {
                            expand_item(item, &prefix, out);
                        }
                        return here + 1;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        let item = code[start..here].trim();
                        if !item.is_empty() {
                            expand_item(item, &prefix, out);
                        }
                        start = here + 1;
                    }
                    _ => {}
                }
            }
            return code.len();
        }
        let word: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if word.is_empty() {
            out.push(prefix);
            return at;
        }
        at += word.len();
        if word != "self" {
            prefix.push(word);
        }
        if code[at..].starts_with("::") {
            at += 2;
        } else {
            out.push(prefix);
            return at;
        }
    }
}

fn expand_item(item: &str, prefix: &Module, out: &mut Vec<Module>) {
    let item = item.split(" as ").next().unwrap_or(item).trim();
    expand(item, 0, prefix.clone(), out);
}

/// The longest prefix of `path` that is one of the library's module files.
fn target(path: &Module, modules: &BTreeSet<Module>) -> Option<Module> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|p| modules.contains(p))
}

/// Every module-to-module edge of the library: (from, to, the file that has it).
fn edges() -> Vec<(Module, Module, PathBuf)> {
    let files = library();
    let modules: BTreeSet<Module> = files.iter().map(|f| f.module.clone()).collect();
    let mut out = Vec::new();
    for file in &files {
        let code = code(&file.text);
        let mut seen = BTreeSet::new();
        for path in paths(&code, &file.module) {
            if let Some(to) = target(&path, &modules)
                && to != file.module
                && seen.insert(to.clone())
            {
                out.push((file.module.clone(), to, file.path.clone()));
            }
        }
    }
    out
}

fn under(module: &Module, prefix: &[&str]) -> bool {
    module.len() >= prefix.len() && module.iter().zip(prefix).all(|(m, p)| m == p)
}

/// A rule: no module under `from` may name one under `to`.
struct Forbidden {
    from: &'static [&'static str],
    to: &'static [&'static str],
    why: &'static str,
}

const FORBIDDEN: &[Forbidden] = &[
    Forbidden {
        from: &[],
        to: &["cli"],
        why: "the library never reaches the command line",
    },
    Forbidden {
        from: &["rules"],
        to: &["report"],
        why: "rules never import the printers",
    },
    Forbidden {
        from: &["rules"],
        to: &["render"],
        why: "rules never import the document printers",
    },
    Forbidden {
        from: &["analysis"],
        to: &["rules"],
        why: "the analysis never imports the rules",
    },
    Forbidden {
        from: &["model"],
        to: &["schema"],
        why: "the schema imports the model; the model owns its schema transforms",
    },
    Forbidden {
        from: &["source", "split"],
        to: &["source", "yaml"],
        why: "the YAML loader calls the cutter and passes itself in",
    },
    Forbidden {
        from: &["render", "charts"],
        to: &["render", "context"],
        why: "the plan context draws the charts; the charts never read the context",
    },
    Forbidden {
        from: &["source"],
        to: &["rules"],
        why: "the loader records what it found; the rules word it",
    },
    Forbidden {
        from: &["schema"],
        to: &["rules"],
        why: "the schema stage records what it found; the rules word it",
    },
    Forbidden {
        from: &["rules", "waivers"],
        to: &["rules", "registry"],
        why: "the registry lists the waiver rules; the check stage looks waived rules up",
    },
];

/// What the document printers and the simulator may take from the check stage: its
/// public result types, never its internals (collector, locator, stage functions).
const CHECK_RESULTS: &[&str] = &["Checked", "CheckedCart", "check_cart"];

#[test]
fn render_and_simulate_use_only_the_check_stage_results() {
    let mut found = Vec::new();
    for file in library() {
        let first = file.module.first().map(String::as_str);
        if !matches!(first, Some("render" | "simulate")) {
            continue;
        }
        for (number, line) in file.text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            let Some(at) = code.find("crate::check::") else {
                continue;
            };
            let rest = &code[at + "crate::check::".len()..];
            let names: Vec<&str> = rest
                .trim_start_matches('{')
                .split(['}', ';'])
                .next()
                .unwrap_or_default()
                .split(',')
                .map(|n| n.trim().split([' ', ':']).next().unwrap_or_default())
                .filter(|n| !n.is_empty())
                .collect();
            for name in names {
                if !CHECK_RESULTS.contains(&name) {
                    found.push(format!(
                        "{}:{}: uses `check::{name}`",
                        file.path.display(),
                        number + 1
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "check internals used:\n{}",
        found.join("\n")
    );
}

fn violations(edges: &[(Module, Module, PathBuf)]) -> Vec<String> {
    let mut out = Vec::new();
    for (from, to, file) in edges {
        for rule in FORBIDDEN {
            if under(from, rule.from) && under(to, rule.to) {
                out.push(format!(
                    "src/{}: `{}` uses `{}` ({})",
                    file.display(),
                    from.join("::"),
                    to.join("::"),
                    rule.why
                ));
            }
        }
    }
    out
}

#[test]
fn no_forbidden_use_between_modules() {
    let edges = edges();
    assert!(
        edges.len() > 100,
        "the scan found too few edges: {}",
        edges.len()
    );
    let found = violations(&edges);
    assert!(found.is_empty(), "forbidden imports:\n{}", found.join("\n"));
}

#[test]
fn the_command_line_is_the_binary_s_alone() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).expect("lib.rs");
    assert!(
        !code(&lib).lines().any(|l| l
            .trim_start()
            .trim_start_matches("pub ")
            .starts_with("mod cli")),
        "lib.rs declares `cli`: the command line belongs to the binary (src/main.rs)"
    );
    let main = std::fs::read_to_string(src.join("main.rs")).expect("main.rs");
    assert!(main.contains("mod cli;"), "src/main.rs declares `mod cli;`");
}

#[test]
fn the_scan_sees_groups_super_and_self_and_skips_tests_and_comments() {
    let module: Module = vec!["rules".into(), "budget".into()];
    let text = "\
use crate::render::{self, locale::Lang, context};
use super::super::report::human;
// use crate::cli::run;
fn f() { crate::numfmt::percent(x, 2); self::g(); }
#[cfg(test)]
mod tests {
    use crate::cli::init;
}
";
    let found: BTreeSet<String> = paths(&code(text), &module)
        .into_iter()
        .map(|p| p.join("::"))
        .collect();
    let expected: BTreeSet<String> = [
        "render",
        "render::locale::Lang",
        "render::context",
        "report::human",
        "numfmt::percent",
        "rules::budget::g",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(found, expected);
    let modules: BTreeSet<Module> = [vec!["render".to_owned()], vec!["rules".to_owned()]]
        .into_iter()
        .collect();
    let edges = vec![(
        module.clone(),
        target(&vec!["render".into(), "locale".into()], &modules).expect("render"),
        PathBuf::from("rules/budget/mod.rs"),
    )];
    assert_eq!(violations(&edges).len(), 1);
}
