//! The discover step: which files a run checks. Files named are taken as they are;
//! directories are searched for `*.campaign.yaml|yml`.

use super::read::cannot_read;
use crate::fs::io_words;
use crate::i18n::Lang;
use crate::msg;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Whether a path names a spec file by convention.
pub fn is_spec_name(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.ends_with(".campaign.yaml") || n.ends_with(".campaign.yml"))
}

/// The error of a run that found nothing to check: it names the paths searched and the
/// file names searched for, so that plans named `*.yaml` are not passed over silently.
pub fn nothing_to_check<P: AsRef<Path>>(paths: &[P]) -> String {
    nothing_to_check_in(paths, Lang::En)
}

/// [`nothing_to_check`] in `lang`.
pub fn nothing_to_check_in<P: AsRef<Path>>(paths: &[P], lang: Lang) -> String {
    let shown: Vec<String> = paths
        .iter()
        .map(|p| {
            format!(
                "`{}`",
                crate::escape::line(&p.as_ref().display().to_string())
            )
        })
        .collect();
    let separator = msg!("list-separator").render(lang);
    msg!("run-nothing-to-check", paths = shown.join(&separator)).render(lang)
}

/// What `collect` found: spec files, and paths that could not be read.
#[derive(Debug, Default)]
pub struct Collected {
    pub files: Vec<PathBuf>,
    pub failures: Vec<(String, String)>,
}

/// Expands the given paths: files are taken as they are, directories are searched
/// recursively for `*.campaign.yaml|yml` (following symlinks, each directory once).
pub fn collect(paths: &[PathBuf]) -> Collected {
    collect_in(paths, Lang::En)
}

/// [`collect`], with the paths that could not be read explained in `lang`.
pub fn collect_in(paths: &[PathBuf], lang: Lang) -> Collected {
    let mut collected = Collected::default();
    let mut visited = HashSet::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, lang, &mut visited, &mut collected),
            Ok(_) => collected.files.push(path.clone()),
            Err(error) => collected.failures.push((
                path.display().to_string(),
                cannot_read(&path.display().to_string(), &error, lang),
            )),
        }
    }
    collected
}

fn walk(dir: &Path, lang: Lang, visited: &mut HashSet<PathBuf>, out: &mut Collected) {
    let Ok(canonical) = std::fs::canonicalize(dir) else {
        out.failures.push((
            dir.display().to_string(),
            msg!("dir-cannot-read", path = dir.display().to_string()).render(lang),
        ));
        return;
    };
    if !visited.insert(canonical) {
        return; // A symlink loop or a directory reached twice.
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            out.failures.push((
                dir.display().to_string(),
                msg!(
                    "dir-cannot-read-because",
                    path = dir.display().to_string(),
                    reason = io_words(&error)
                )
                .render(lang),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, lang, visited, out),
            Ok(meta) if is_spec_name(&path) && meta.is_file() => out.files.push(path),
            // A FIFO or device would block or never end: only files named on the
            // command line are read whatever they are.
            Ok(_) if is_spec_name(&path) => out.failures.push((
                path.display().to_string(),
                msg!(
                    "file-cannot-read",
                    path = path.display().to_string(),
                    reason = msg!("io-not-regular")
                )
                .render(lang),
            )),
            Ok(_) => {}
            Err(_) if is_spec_name(&path) => out.failures.push((
                path.display().to_string(),
                msg!(
                    "file-cannot-read",
                    path = path.display().to_string(),
                    reason = msg!("io-broken-link")
                )
                .render(lang),
            )),
            Err(_) => {}
        }
    }
}
