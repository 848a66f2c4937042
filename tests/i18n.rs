//! The message catalogue is complete and used correctly: every message exists in both
//! languages with the same arguments, every message the code names exists with the
//! arguments the code gives, every rule has a Chinese summary and documentation, and
//! every rule fixture checked in Chinese says everything in Chinese.
//!
//! `CAMPSPEC_I18N_ONLY=D` limits the fixture test to rules whose code starts with `D`.

#[path = "common/chinese.rs"]
mod chinese;

use campspec::i18n::catalogue;
use campspec::i18n::{Choice, Lang};
use campspec::rules::registry;
use campspec::{Settings, check_file};
use chinese::{english_run, has_chinese, without_quotes};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// message id (or `id.attribute`) → the variables its pattern uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_of_inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => variables_of_expr(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                variables_of_inline(a, out);
            }
            for a in &arguments.named {
                variables_of_inline(&a.value, out);
            }
        }
        _ => {}
    }
}

fn variables_of_expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => variables_of_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for v in variants {
                variables_of_pattern(&v.value, out);
            }
        }
    }
}

fn variables_of_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_of_expr(expression, out);
        }
    }
}

/// The messages of one Fluent file; panics on a syntax error.
fn messages(name: &str, text: &str) -> Messages {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{name}: Fluent syntax errors: {errors:?}"),
    };
    let mut out = Messages::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                variables_of_pattern(value, &mut vars);
                out.insert(m.id.name.to_owned(), vars);
            }
            for a in &m.attributes {
                let mut vars = BTreeSet::new();
                variables_of_pattern(&a.value, &mut vars);
                out.insert(format!("{}.{}", m.id.name, a.id.name), vars);
            }
        }
    }
    out
}

/// The whole catalogue of each language.
fn catalogues() -> [Messages; 2] {
    let mut en = Messages::new();
    let mut zh = Messages::new();
    for (stem, [en_text, zh_text]) in catalogue::sources() {
        en.extend(messages(&format!("locales/en/{stem}.ftl"), en_text));
        zh.extend(messages(&format!("locales/zh-CN/{stem}.ftl"), zh_text));
    }
    [en, zh]
}

/// A rule's own words in Chinese (`rule-<CODE>-summary`, `rule-<CODE>-cite-<n>`): their
/// English is the rule's declaration, so only the Chinese catalogue has them.
fn is_rule_words(key: &str) -> bool {
    key.starts_with("rule-")
        && key
            .get(5..9)
            .is_some_and(|c| c.chars().next().is_some_and(|f| f.is_ascii_uppercase()))
        && key.get(9..10) == Some("-")
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_arguments() {
    let [en, zh] = catalogues();
    let mut problems = Vec::new();
    for (key, vars) in &en {
        match zh.get(key) {
            None => problems.push(format!("`{key}` has no Chinese message")),
            Some(zh_vars) if zh_vars != vars => problems.push(format!(
                "`{key}`: English uses {vars:?}, Chinese {zh_vars:?}"
            )),
            Some(_) => {}
        }
    }
    for key in zh.keys() {
        if !en.contains_key(key) && !is_rule_words(key) {
            problems.push(format!("`{key}` has no English message"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_rule_has_a_chinese_summary_citations_and_documentation() {
    let [_, zh] = catalogues();
    let docs: BTreeSet<&str> = catalogue::rule_docs_zh().iter().map(|(c, _)| *c).collect();
    let mut problems = Vec::new();
    let codes: BTreeSet<&str> = registry::all().iter().map(|r| r.meta().code).collect();
    for rule in registry::all() {
        let meta = rule.meta();
        if !zh.contains_key(&format!("rule-{}-summary", meta.code)) {
            problems.push(format!("{}: no `rule-{}-summary`", meta.code, meta.code));
        }
        for i in 1..=meta.cites.len() {
            if !zh.contains_key(&format!("rule-{}-cite-{i}", meta.code)) {
                problems.push(format!("{}: no `rule-{}-cite-{i}`", meta.code, meta.code));
            }
        }
        if !docs.contains(meta.code) {
            problems.push(format!(
                "{}: no locales/zh-CN/rules/{}.md",
                meta.code, meta.code
            ));
        }
    }
    for key in zh.keys().filter(|k| is_rule_words(k)) {
        let code = &key[5..9];
        if !codes.contains(code) {
            problems.push(format!("`{key}` names no rule"));
        }
    }
    for code in &docs {
        if !codes.contains(code) {
            problems.push(format!("locales/zh-CN/rules/{code}.md names no rule"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every `msg!("key", a = …)` in `src/`: (file, key, argument names).
fn uses_in_source() -> Vec<(String, String, BTreeSet<String>)> {
    let mut out = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("source");
                for (key, args) in msg_calls(&text) {
                    out.push((path.display().to_string(), key, args));
                }
            }
        }
    }
    out
}

/// The `msg!` invocations of one source file.
fn msg_calls(text: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("msg!(") {
        let line_start = rest[..at].rfind('\n').map_or(0, |n| n + 1);
        let in_comment = rest[line_start..at].trim_start().starts_with("//");
        rest = &rest[at + "msg!(".len()..];
        if in_comment {
            continue;
        }
        let Some(body) = balanced(rest) else { continue };
        let parts = split_top_level(body);
        let Some(key) = parts
            .first()
            .map(|k| k.trim())
            .and_then(|k| k.strip_prefix('"'))
            .and_then(|k| k.strip_suffix('"'))
        else {
            continue;
        };
        let args = parts[1..]
            .iter()
            .filter_map(|p| p.split_once('=').map(|(n, _)| n.trim().to_owned()))
            .filter(|n| !n.is_empty())
            .collect();
        out.push((key.to_owned(), args));
    }
    out
}

/// The text up to the parenthesis closing the one just opened.
fn balanced(text: &str) -> Option<&str> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return Some(&text[..i]),
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    None
}

fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' | '<' => depth += 1,
            ')' | ']' | '}' | '>' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if !text[start..].trim().is_empty() {
        parts.push(&text[start..]);
    }
    parts
}

#[test]
fn every_message_the_code_names_exists_with_the_arguments_it_is_given() {
    let [en, zh] = catalogues();
    let mut problems = Vec::new();
    let uses = uses_in_source();
    assert!(uses.len() > 3, "the scan found no msg! calls");
    for (file, key, args) in uses {
        for (lang, catalogue) in [("en", &en), ("zh-CN", &zh)] {
            match catalogue.get(&key) {
                None => problems.push(format!("{file}: `{key}` is not in the {lang} catalogue")),
                Some(vars) => {
                    let missing: Vec<_> = vars.difference(&args).collect();
                    if !missing.is_empty() {
                        problems.push(format!(
                            "{file}: `{key}` ({lang}) uses {missing:?}, which the code does not give"
                        ));
                    }
                }
            }
        }
        if let Some(vars) = en.get(&key) {
            let unused: Vec<_> = args.difference(vars).collect();
            if !unused.is_empty() {
                problems.push(format!(
                    "{file}: `{key}` is given {unused:?}, which the message does not use"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn fixtures() -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules");
    let only = std::env::var("CAMPSPEC_I18N_ONLY").unwrap_or_default();
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&root).expect("tests/rules").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.starts_with(&only) {
            continue;
        }
        for file in std::fs::read_dir(entry.path())
            .expect("fixture dir")
            .flatten()
        {
            let path = file.path();
            if path.to_string_lossy().ends_with(".campaign.yaml") {
                out.push((name.clone(), path));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_fixture_checked_in_chinese_says_everything_in_chinese() {
    let mut problems = Vec::new();
    let mut seen = 0usize;
    for (dir, path) in fixtures() {
        let mut settings = match std::fs::read_to_string(path.with_file_name("campspec.toml")) {
            Ok(text) => Settings::from_toml(&text).expect("fixture settings"),
            Err(_) => Settings::default(),
        };
        settings.today = campspec::values::Date::new(2027, 1, 1);
        settings.lang = Some(Choice::Fixed(Lang::ZhCn));
        let checked = check_file(&path, &settings);
        for f in &checked.findings {
            seen += 1;
            let texts = std::iter::once(("message", Some(f.message.as_str())))
                .chain(std::iter::once(("help", f.help.as_deref())))
                .chain(f.related.iter().map(|r| ("label", r.message.as_deref())));
            for (what, text) in texts {
                let Some(text) = text else { continue };
                if !has_chinese(&without_quotes(text)) {
                    problems.push(format!("{dir} {} {what}: not Chinese: {text}", f.code));
                } else if let Some(run) = english_run(text) {
                    problems.push(format!(
                        "{dir} {} {what}: English left (`{run}`): {text}",
                        f.code
                    ));
                }
            }
        }
    }
    assert!(
        seen > 0 || std::env::var("CAMPSPEC_I18N_ONLY").is_ok(),
        "no findings seen"
    );
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn english_run_spots_sentences_and_spares_names() {
    assert!(english_run("阶段 `a b c d` 重叠").is_none());
    assert!(english_run("结构定义（JSON Schema）").is_none());
    assert!(english_run("请写 IANA 时区名").is_none());
    assert!(english_run("phase starts before the window 阶段").is_some());
    assert!(english_run("英国 DMCC Act 2024 附表20").is_none());
    assert!(english_run("the file is empty").is_some());
}
