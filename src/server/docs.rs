//! The rules' documentation as local files, so that every diagnostic links to its rule
//! even where no published address is configured (`--rules-url`): each rule's page, in
//! the finding's language, is written once under the user's cache directory
//! (`$XDG_CACHE_HOME/campspec/<version>/rules/<lang>/<CODE>.md`, else `~/.cache/…`, or
//! `%LOCALAPPDATA%` on Windows) the first time a diagnostic needs it.

use crate::finding::Finding;
use crate::i18n::Lang;
use crate::rules::registry;
use lsp_types::{CodeDescription, Uri};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The rule pages written so far, by code and language, with their links.
#[derive(Debug, Default)]
pub struct RuleDocs {
    dir: Option<PathBuf>,
    written: HashMap<(&'static str, Lang), Option<Uri>>,
}

impl RuleDocs {
    /// Pages under the user's cache directory (none when there is no such directory).
    pub fn in_cache() -> RuleDocs {
        RuleDocs::in_dir(cache_dir().map(|dir| {
            dir.join("campspec")
                .join(env!("CARGO_PKG_VERSION"))
                .join("rules")
        }))
    }

    /// Pages under `dir`.
    pub fn in_dir(dir: Option<PathBuf>) -> RuleDocs {
        RuleDocs {
            dir,
            written: HashMap::new(),
        }
    }

    /// The link to the page of `finding`'s rule, writing the page first if needed;
    /// `None` when it cannot be written.
    pub fn link(&mut self, finding: &Finding) -> Option<CodeDescription> {
        let meta = registry::find(finding.code)?.meta();
        let key = (meta.code, finding.lang);
        if let Some(done) = self.written.get(&key) {
            return done.clone().map(|href| CodeDescription { href });
        }
        let href = self.dir.as_deref().and_then(|dir| {
            let path = dir
                .join(finding.lang.tag())
                .join(format!("{}.md", meta.code));
            let page = format!(
                "# {} {}\n\n{}\n\n{}\n",
                meta.code,
                meta.name,
                meta.summary_words().render(finding.lang),
                meta.documentation_in(finding.lang).trim_end()
            );
            let current = std::fs::read(&path).is_ok_and(|bytes| bytes == page.as_bytes());
            if !current {
                std::fs::create_dir_all(path.parent()?).ok()?;
                crate::fs::write_atomic(&path, page.as_bytes(), &[]).ok()?;
            }
            file_uri(&path)
        });
        self.written.insert(key, href.clone());
        href.map(|href| CodeDescription { href })
    }
}

/// The user's cache directory.
fn cache_dir() -> Option<PathBuf> {
    let from = |name: &str| {
        std::env::var_os(name)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    if cfg!(windows) {
        return from("LOCALAPPDATA");
    }
    from("XDG_CACHE_HOME").or_else(|| from("HOME").map(|home| home.join(".cache")))
}

/// A `file:` URI for an absolute path, every byte but the unreserved ones and `/`
/// percent-escaped.
fn file_uri(path: &Path) -> Option<Uri> {
    let text = path.to_str()?.replace('\\', "/");
    let mut out = String::from("file://");
    if !text.starts_with('/') {
        out.push('/');
    }
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/:".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Label, Severity, Span};

    fn finding(lang: Lang) -> Finding {
        Finding {
            code: "D003",
            rule: "phase-overlap",
            severity: Severity::Error,
            message: "phases overlap".to_owned(),
            primary: Label {
                pointer: String::new(),
                span: Span::at(0),
                message: None,
            },
            related: Vec::new(),
            help: None,
            fixes: Vec::new(),
            lang,
        }
    }

    #[test]
    fn each_rule_page_is_written_once_per_language_and_linked() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("a b");
        let mut docs = RuleDocs::in_dir(Some(root.clone()));
        let en = docs.link(&finding(Lang::En)).expect("a link");
        let page = root.join("en").join("D003.md");
        assert_eq!(crate::server::uri_path(&en.href), Some(page.clone()));
        let text = std::fs::read_to_string(&page).unwrap();
        assert!(text.starts_with("# D003 phase-overlap\n"), "{text}");
        let zh = docs.link(&finding(Lang::ZhCn)).expect("a link");
        let text = std::fs::read_to_string(root.join("zh-CN").join("D003.md")).unwrap();
        assert!(
            text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{text}"
        );
        assert_ne!(en.href, zh.href);
        // Nowhere to write: no link, and no failure.
        let mut none = RuleDocs::in_dir(None);
        assert_eq!(none.link(&finding(Lang::En)), None);
    }
}
