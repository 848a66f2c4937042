//! The document templates: embedded from `templates/` at build time, overridable file by
//! file with `--templates DIR`; strict about undefined values, escaping by file name
//! (HTML for `.html`, Markdown for `.md`), and every template error a diagnostic that
//! points into the template.

use super::filters;
use miette::{Diagnostic, NamedSource, SourceSpan};
use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use serde::Serialize;
use std::path::Path;

/// Every template campspec ships, by name.
pub const TEMPLATES: &[(&str, &str)] = &[
    ("plan.md.j2", include_str!("../../templates/plan.md.j2")),
    ("plan.html.j2", include_str!("../../templates/plan.html.j2")),
    ("review.md.j2", include_str!("../../templates/review.md.j2")),
    (
        "review.html.j2",
        include_str!("../../templates/review.html.j2"),
    ),
    ("style.css.j2", include_str!("../../templates/style.css.j2")),
];

/// The auto-escape mode of Markdown templates (a custom mode; see [`formatter`]).
const MARKDOWN: AutoEscape = AutoEscape::Custom("markdown");

/// A template that could not be read, compiled or rendered.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("template `{name}`: {message}")]
#[diagnostic(code(campspec::template))]
pub struct TemplateError {
    /// The template's name (`plan.md.j2`).
    pub name: String,
    /// What went wrong.
    pub message: String,
    #[source_code]
    pub source_code: NamedSource<String>,
    #[label("here")]
    pub span: Option<SourceSpan>,
    #[help]
    pub help: Option<String>,
}

impl TemplateError {
    fn from_minijinja(
        err: &minijinja::Error,
        fallback_name: &str,
        fallback_source: &str,
    ) -> TemplateError {
        let name = err.name().unwrap_or(fallback_name).to_owned();
        let source = err
            .template_source()
            .map(str::to_owned)
            .unwrap_or_else(|| fallback_source.to_owned());
        let span = err
            .range()
            .map(|r| {
                SourceSpan::from(
                    r.start
                        ..r.end
                            .max(r.start.saturating_add(1))
                            .min(source.len().max(r.start)),
                )
            })
            .or_else(|| {
                // Without a range, the whole line.
                let line = err.line()?;
                let start: usize = source
                    .split_inclusive('\n')
                    .take(line.saturating_sub(1))
                    .map(str::len)
                    .sum();
                let len = source[start.min(source.len())..]
                    .lines()
                    .next()
                    .map_or(0, str::len);
                Some(SourceSpan::from(start..start.saturating_add(len)))
            });
        let message = match err.detail() {
            Some(detail) => format!("{}: {detail}", err.kind()),
            None => err.kind().to_string(),
        };
        let help = match err.kind() {
            minijinja::ErrorKind::UndefinedError => Some(
                "the render context has no such value; `campspec build --help` lists where the context is documented".to_owned(),
            ),
            minijinja::ErrorKind::TemplateNotFound => Some(format!(
                "the templates are: {}",
                TEMPLATES.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
            )),
            _ => None,
        };
        TemplateError {
            source_code: NamedSource::new(name.clone(), source),
            name,
            message,
            span,
            help,
        }
    }

    fn plain(name: &str, message: String) -> TemplateError {
        TemplateError {
            name: name.to_owned(),
            message,
            source_code: NamedSource::new(name, String::new()),
            span: None,
            help: None,
        }
    }
}

/// The compiled templates.
pub struct Templates {
    env: Environment<'static>,
    /// Each template's source, for errors that carry none.
    sources: Vec<(String, String)>,
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Templates")
            .field(
                "names",
                &self.sources.iter().map(|(n, _)| n).collect::<Vec<_>>(),
            )
            .finish()
    }
}

/// HTML for `*.html(.j2)`, Markdown for `*.md(.j2)`, nothing for the rest.
fn auto_escape(name: &str) -> AutoEscape {
    let name = name.strip_suffix(".j2").unwrap_or(name);
    match name.rsplit('.').next() {
        Some("html" | "htm") => AutoEscape::Html,
        Some("md") => MARKDOWN,
        _ => AutoEscape::None,
    }
}

/// Writes a value: Markdown-escaped in Markdown templates (unless marked safe), as the
/// default formatter does everywhere else; in HTML, a value's line breaks are written as
/// character references, which read the same, so that plan text never starts a line of
/// the file.
fn formatter(
    out: &mut minijinja::Output,
    state: &minijinja::State,
    value: &Value,
) -> Result<(), minijinja::Error> {
    if state.auto_escape() == AutoEscape::Html
        && !value.is_safe()
        && let Some(text) = value.as_str().filter(|t| t.contains(['\n', '\r']))
    {
        let escaped = minijinja::HtmlEscape(text)
            .to_string()
            .replace('\n', "&#10;")
            .replace('\r', "&#13;");
        return out.write_str(&escaped).map_err(Into::into);
    }
    if state.auto_escape() == MARKDOWN {
        if value.is_safe() {
            return out
                .write_str(value.as_str().unwrap_or_default())
                .map_err(Into::into);
        }
        if value.is_none() || value.is_undefined() {
            return Ok(());
        }
        return out
            .write_str(&filters::escape_markdown(&value.to_string()))
            .map_err(Into::into);
    }
    minijinja::escape_formatter(out, state, value)
}

impl Templates {
    /// The shipped templates.
    pub fn embedded() -> Result<Templates, Box<TemplateError>> {
        Templates::build(
            TEMPLATES
                .iter()
                .map(|(n, s)| ((*n).to_owned(), (*s).to_owned()))
                .collect(),
        )
    }

    /// The shipped templates, with any file of the same name in `dir` used instead.
    pub fn with_overrides(dir: &Path) -> Result<Templates, Box<TemplateError>> {
        if !dir.is_dir() {
            return Err(Box::new(TemplateError::plain(
                &dir.display().to_string(),
                "is not a directory of templates".into(),
            )));
        }
        let mut sources = Vec::new();
        for (name, text) in TEMPLATES {
            let path = dir.join(name);
            let text = if path.is_file() {
                crate::fs::read_regular_to_string(&path).map_err(|e| {
                    Box::new(TemplateError::plain(
                        &path.display().to_string(),
                        format!("cannot be read: {e}"),
                    ))
                })?
            } else {
                (*text).to_owned()
            };
            sources.push(((*name).to_owned(), text));
        }
        Templates::build(sources)
    }

    fn build(sources: Vec<(String, String)>) -> Result<Templates, Box<TemplateError>> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_debug(true);
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        env.set_keep_trailing_newline(true);
        env.set_auto_escape_callback(auto_escape);
        env.set_formatter(formatter);
        filters::register(&mut env);
        for (name, text) in &sources {
            env.add_template_owned(name.clone(), text.clone())
                .map_err(|e| Box::new(TemplateError::from_minijinja(&e, name, text)))?;
        }
        Ok(Templates { env, sources })
    }

    /// Renders `name` with `context`.
    pub fn render(
        &self,
        name: &str,
        context: &impl Serialize,
    ) -> Result<String, Box<TemplateError>> {
        let source = self
            .sources
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, s)| s.as_str())
            .unwrap_or_default();
        let template = self
            .env
            .get_template(name)
            .map_err(|e| Box::new(TemplateError::from_minijinja(&e, name, source)))?;
        let rendered = template
            .render(Value::from_serialize(context))
            .map_err(|e| Box::new(TemplateError::from_minijinja(&e, name, source)))?;
        // Values are escaped as they are written; this catches a control character in
        // anything written as safe (charts, a template's own text): a document never
        // holds one raw, only its escape (`\u{1b}`), tabs and line breaks apart.
        Ok(match crate::escape::lines(&rendered) {
            std::borrow::Cow::Borrowed(_) => rendered,
            std::borrow::Cow::Owned(shown) => shown,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_templates_compile() {
        Templates::embedded().expect("embedded templates compile");
    }

    #[test]
    fn escaping_follows_the_file_name() {
        assert_eq!(auto_escape("plan.html.j2"), AutoEscape::Html);
        assert_eq!(auto_escape("plan.md.j2"), MARKDOWN);
        assert_eq!(auto_escape("style.css.j2"), AutoEscape::None);
    }

    #[test]
    fn an_undefined_value_is_an_error_pointing_into_the_template() {
        let templates = Templates::build(vec![(
            "t.md.j2".into(),
            "Hello\n{{ nothing_here }}\n".into(),
        )])
        .expect("compiles");
        let err = templates
            .render("t.md.j2", &())
            .expect_err("strict undefined");
        assert_eq!(err.name, "t.md.j2");
        let span = err.span.expect("a span");
        assert_eq!(span.offset(), "Hello\n{{ ".len());
    }

    #[test]
    fn a_syntax_error_points_at_the_line() {
        let err = Templates::build(vec![("t.html.j2".into(), "ok\n{% if %}\n".into())])
            .expect_err("syntax error");
        assert_eq!(err.name, "t.html.j2");
        assert!(err.span.is_some());
        assert!(err.message.contains("syntax"), "{}", err.message);
    }

    #[test]
    fn markdown_templates_escape_values_and_html_templates_escape_html() {
        let templates = Templates::build(vec![
            ("t.md.j2".into(), "{{ x }}|{{ y|safe }}".into()),
            ("t.html.j2".into(), "{{ x }}".into()),
        ])
        .expect("compiles");
        let ctx = serde_json::json!({"x": "<b>*hi*</b>", "y": "**bold**"});
        assert_eq!(
            templates.render("t.md.j2", &ctx).expect("renders"),
            "&lt;b&gt;\\*hi\\*&lt;/b&gt;|**bold**"
        );
        assert_eq!(
            templates.render("t.html.j2", &ctx).expect("renders"),
            "&lt;b&gt;*hi*&lt;&#x2f;b&gt;"
        );
    }
}
