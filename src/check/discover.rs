//! The discover step: which files a run checks. Files named are taken as they are;
//! directories are searched for `*.campaign.yaml|yml`, passing over the `exclude`
//! globs; a path that does not exist but is a glob (`plans/**/*.campaign.yaml`) is
//! expanded, as a shell would have.

use super::read::cannot_read;
use crate::fs::io_words;
use crate::i18n::Lang;
use crate::msg;
use crate::settings::{Excluder, Settings};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Whether a path names a spec file by convention.
pub fn is_spec_name(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| plan_stem(n).is_some())
}

/// A plan file name without its `.campaign.yaml|yml`.
pub(crate) fn plan_stem(name: &str) -> Option<&str> {
    name.strip_suffix(".campaign.yaml")
        .or_else(|| name.strip_suffix(".campaign.yml"))
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
    collect_with(paths, &Excluder::default(), false, lang)
}

/// [`collect`] with the `exclude` globs of `settings` (and `--force-exclude`), the
/// paths that could not be read explained in the run's language.
pub fn collect_for(paths: &[PathBuf], settings: &Settings) -> Collected {
    collect_with(
        paths,
        &settings.excluder(),
        settings.exclude.force,
        settings.lang().run_lang(),
    )
}

/// Whether a path as written is a glob: it has `*`, `?` or `[`.
pub fn is_glob(path: &Path) -> bool {
    path.to_str().is_some_and(|p| p.contains(['*', '?', '[']))
}

/// [`collect`]: directory searches pass over what `exclude` matches, and with `force`
/// so are the paths named.
fn collect_with(paths: &[PathBuf], exclude: &Excluder, force: bool, lang: Lang) -> Collected {
    let mut collected = Collected::default();
    let mut visited = HashSet::new();
    let mut search = Search {
        lang,
        exclude,
        visited: &mut visited,
        out: &mut collected,
    };
    for path in paths {
        if force && exclude.excludes_named(path) {
            continue;
        }
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => search.walk(path),
            Ok(_) => search.out.files.push(path.clone()),
            Err(_) if is_glob(path) && expand(path, &mut search, force) => {}
            Err(error) => search.out.failures.push((
                path.display().to_string(),
                cannot_read(&path.display().to_string(), &error, lang),
            )),
        }
    }
    collected
}

/// A directory search under way: what it passes over, what it has seen and found.
struct Search<'a> {
    lang: Lang,
    exclude: &'a Excluder,
    visited: &'a mut HashSet<PathBuf>,
    out: &'a mut Collected,
}

/// Expands the glob `pattern`: the files it matches are taken as if named, the
/// directories it matches searched. Directories `exclude` matches are not entered.
/// False when `pattern` is not a glob campspec reads; a glob that matches nothing is a
/// failure naming it.
fn expand(pattern: &Path, search: &mut Search<'_>, force: bool) -> bool {
    let Some(text) = pattern.to_str() else {
        return false;
    };
    let Some(matcher) = crate::settings::glob(text) else {
        return false;
    };
    // The directory the glob starts from: its components before the first with a
    // wildcard.
    let mut base = PathBuf::new();
    let mut depth = 0usize;
    let mut deep = false;
    let mut literal = true;
    for component in pattern.components() {
        let part = component.as_os_str();
        if literal && !is_glob(Path::new(part)) {
            base.push(part);
            continue;
        }
        literal = false;
        depth += 1;
        deep |= part == "**";
    }
    let start = if base.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        base.clone()
    };
    let max_depth = if deep { usize::MAX } else { depth };
    let mut matched = Vec::new();
    let mut seen = HashSet::new();
    glob_walk(
        &start,
        &base,
        1,
        max_depth,
        &matcher,
        search.exclude,
        &mut seen,
        &mut matched,
    );
    if matched.is_empty() {
        let shown = pattern.display().to_string();
        let message = msg!("run-glob-no-match", pattern = shown.clone()).render(search.lang);
        search.out.failures.push((shown, message));
        return true;
    }
    for path in matched {
        if force && search.exclude.excludes_named(&path) {
            continue;
        }
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => search.walk(&path),
            _ => search.out.files.push(path),
        }
    }
    true
}

/// The entries under `dir` (shown under `shown`, as the glob writes them) that
/// `matcher` matches, in path order, `depth` levels down at most.
#[allow(clippy::too_many_arguments)]
fn glob_walk(
    dir: &Path,
    shown: &Path,
    level: usize,
    max_depth: usize,
    matcher: &globset::GlobMatcher,
    exclude: &Excluder,
    seen: &mut HashSet<PathBuf>,
    out: &mut Vec<PathBuf>,
) {
    if level > max_depth || !std::fs::canonicalize(dir).is_ok_and(|c| seen.insert(c)) {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut names: Vec<std::ffi::OsString> = entries
        .filter_map(|e| e.ok().map(|e| e.file_name()))
        .collect();
    names.sort();
    for name in names {
        let path = dir.join(&name);
        let as_shown = shown.join(&name);
        let key: PathBuf = as_shown
            .components()
            .filter(|c| !matches!(c, std::path::Component::CurDir))
            .collect();
        if matcher.is_match(&key) {
            out.push(as_shown.clone());
        }
        if std::fs::metadata(&path).is_ok_and(|m| m.is_dir()) && !exclude.excludes(&as_shown) {
            glob_walk(
                &path,
                &as_shown,
                level + 1,
                max_depth,
                matcher,
                exclude,
                seen,
                out,
            );
        }
    }
}

impl Search<'_> {
    fn walk(&mut self, dir: &Path) {
        walk(dir, self.lang, self.exclude, self.visited, self.out);
    }
}

fn walk(
    dir: &Path,
    lang: Lang,
    exclude: &Excluder,
    visited: &mut HashSet<PathBuf>,
    out: &mut Collected,
) {
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
        if exclude.excludes(&path) {
            continue;
        }
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, lang, exclude, visited, out),
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
