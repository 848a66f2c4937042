//! Files in and out, safely: inputs opened without blocking and read only when they are
//! regular files; outputs written atomically (a temporary file beside the target, then
//! a rename), never over a file campspec read as input, with the path in every error.

use crate::i18n::{Lang, Msg};
use crate::msg;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// Why an output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("refusing to write `{}`: it is an input file", .0.display())]
    IsInput(PathBuf),
    #[error("cannot create directory `{}`: {source}", path.display())]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write `{}`: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl WriteError {
    /// The error in `lang` (its `Display` is the English).
    pub fn render(&self, lang: Lang) -> String {
        match self {
            WriteError::IsInput(path) => {
                msg!("fs-refuse-input", path = path.display().to_string())
            }
            WriteError::CreateDir { path, source } => msg!(
                "fs-cannot-create-dir",
                path = path.display().to_string(),
                reason = io_words(source)
            ),
            WriteError::Write { path, source } => msg!(
                "fs-cannot-write",
                path = path.display().to_string(),
                reason = io_words(source)
            ),
        }
        .render(lang)
    }
}

/// Why a file operation failed, as campspec says it: the kinds campspec names in its
/// own words, the system's words for the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not a regular file; what it is instead.
    NotRegular(Special),
    /// A directory is where a document goes.
    DirectoryInTheWay,
    /// A file is where the output directory goes.
    FileInTheWay,
    /// Something in an output directory that cannot be carried over.
    CannotKeep,
    /// The test hook's failed write.
    #[cfg(debug_assertions)]
    TestNoSpace,
}

/// What a path that is not a regular file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Special {
    Directory,
    Fifo,
    Device,
    Socket,
    Other,
}

impl Refusal {
    /// The words of the refusal.
    pub fn words(self) -> Msg {
        match self {
            Refusal::NotRegular(kind) => msg!("fs-not-regular", kind = kind.words()),
            Refusal::DirectoryInTheWay => msg!("fs-directory-in-the-way"),
            Refusal::FileInTheWay => msg!("fs-file-in-the-way"),
            Refusal::CannotKeep => msg!("fs-cannot-keep"),
            #[cfg(debug_assertions)]
            Refusal::TestNoSpace => msg!("fs-test-no-space"),
        }
    }

    /// As an I/O error (its text is the English).
    fn into_io(self, kind: std::io::ErrorKind) -> std::io::Error {
        std::io::Error::new(kind, self)
    }
}

impl Special {
    fn words(self) -> Msg {
        match self {
            Special::Directory => msg!("fs-kind-directory"),
            Special::Fifo => msg!("fs-kind-fifo"),
            Special::Device => msg!("fs-kind-device"),
            Special::Socket => msg!("fs-kind-socket"),
            Special::Other => msg!("fs-kind-other"),
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words().en())
    }
}

impl std::error::Error for Refusal {}

/// An I/O error in the words campspec shows: not found, no permission and campspec's
/// own refusals in the reader's language, the system's words for the rare rest.
pub fn io_words(error: &std::io::Error) -> Msg {
    if let Some(refusal) = error.get_ref().and_then(|e| e.downcast_ref::<Refusal>()) {
        return refusal.words();
    }
    match error.kind() {
        std::io::ErrorKind::NotFound => msg!("io-not-found"),
        std::io::ErrorKind::PermissionDenied => msg!("io-permission-denied"),
        _ => Msg::raw(error.to_string()),
    }
}

/// Opens `path` for reading without ever blocking, and only when the opened handle is a
/// regular file. A FIFO would block the open (and a read) until a writer comes, and a
/// device such as `/dev/zero` never ends: both are refused with an error saying what the
/// path is. The type is checked on the opened handle, so a file swapped for a FIFO after
/// a directory walk found it is refused too.
pub fn open_regular(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Reads from a regular file are not affected by the flag.
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    let kind = file.metadata()?.file_type();
    if kind.is_file() {
        Ok(file)
    } else {
        Err(Refusal::NotRegular(special(kind)).into_io(std::io::ErrorKind::InvalidInput))
    }
}

/// What a path that is not a regular file is.
fn special(kind: std::fs::FileType) -> Special {
    if kind.is_dir() {
        return Special::Directory;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Special::Fifo;
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Special::Device;
        }
        if kind.is_socket() {
            return Special::Socket;
        }
    }
    Special::Other
}

/// Reads a whole regular file (see [`open_regular`]).
pub fn read_regular(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut file = open_regular(path)?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Reads a whole regular file as UTF-8 text (see [`open_regular`]).
pub fn read_regular_to_string(path: &Path) -> std::io::Result<String> {
    String::from_utf8(read_regular(path)?)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e.utf8_error()))
}

/// The canonical form of a path that may not exist yet: its existing parent made
/// canonical, joined with the rest.
pub fn canonical(path: &Path) -> PathBuf {
    if let Ok(c) = path.canonicalize() {
        return c;
    }
    match (path.parent(), path.file_name()) {
        (Some(parent), Some(name)) if !parent.as_os_str().is_empty() => {
            canonical(parent).join(name)
        }
        _ => std::env::current_dir()
            .map(|d| d.join(path))
            .unwrap_or_else(|_| path.to_path_buf()),
    }
}

/// Creates `dir` and its parents.
pub fn create_dir(dir: &Path) -> Result<(), WriteError> {
    std::fs::create_dir_all(dir).map_err(|source| WriteError::CreateDir {
        path: dir.to_path_buf(),
        source,
    })
}

/// The directories that `create_dir(dir)` would create, outermost first.
pub fn missing_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut missing: Vec<PathBuf> = dir
        .ancestors()
        .take_while(|d| !d.as_os_str().is_empty() && !d.exists())
        .map(Path::to_path_buf)
        .collect();
    missing.reverse();
    missing
}

/// Removes those of `dirs` (outermost first) that are empty, innermost first: undoes
/// `create_dir` after nothing could be written into the directories.
pub fn remove_empty_dirs(dirs: &[PathBuf]) {
    for dir in dirs.iter().rev() {
        let _ = std::fs::remove_dir(dir);
    }
}

/// Writes `bytes` to `path` atomically: readers see the old file or the new one, never
/// a part, and a failed write leaves nothing behind. `inputs` are canonical paths that
/// must not be overwritten.
pub fn write_atomic(path: &Path, bytes: &[u8], inputs: &[PathBuf]) -> Result<(), WriteError> {
    let target = canonical(path);
    if inputs.contains(&target) {
        return Err(WriteError::IsInput(path.to_path_buf()));
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let failed = |source: std::io::Error| {
        let _ = std::fs::remove_file(&temp);
        WriteError::Write {
            path: path.to_path_buf(),
            source,
        }
    };
    let mut file = std::fs::File::create(&temp).map_err(|source| WriteError::Write {
        path: path.to_path_buf(),
        source,
    })?;
    file.write_all(bytes).map_err(failed)?;
    file.sync_all().map_err(failed)?;
    drop(file);
    std::fs::rename(&temp, path).map_err(failed)
}

/// Replaces the documents of one output directory all together: readers and later runs
/// see the previous documents or the new ones, never a mix, and a failure (a full disk,
/// a document name taken by a directory, an input in the way) leaves the previous
/// documents untouched and no temporary directory behind.
///
/// The documents are written into a stage directory beside `dir`, with everything else
/// `dir` holds carried over (hard links where the file system allows, so a file stays
/// the same file; copies otherwise). Then `dir` is renamed aside, the stage renamed into
/// its place and the old directory removed; should the second rename fail, the old
/// directory is renamed back. Every error names the document's or the directory's path.
pub fn replace_dir(
    dir: &Path,
    documents: &[(&str, &[u8])],
    inputs: &[PathBuf],
) -> Result<(), WriteError> {
    let write_error = |path: PathBuf, source: std::io::Error| WriteError::Write { path, source };
    // What would stop the swap is found before anything is written.
    for (name, _) in documents {
        let target = dir.join(name);
        if inputs.contains(&canonical(&target)) {
            return Err(WriteError::IsInput(target));
        }
        if std::fs::symlink_metadata(&target).is_ok_and(|m| m.is_dir()) {
            return Err(write_error(
                target,
                Refusal::DirectoryInTheWay.into_io(std::io::ErrorKind::Other),
            ));
        }
    }
    // A link to the output directory: the directory it leads to is replaced.
    let real = match std::fs::symlink_metadata(dir) {
        Ok(meta) if meta.file_type().is_symlink() => {
            std::fs::canonicalize(dir).map_err(|source| WriteError::CreateDir {
                path: dir.to_path_buf(),
                source,
            })?
        }
        Ok(meta) if !meta.is_dir() => {
            return Err(WriteError::CreateDir {
                path: dir.to_path_buf(),
                source: Refusal::FileInTheWay.into_io(std::io::ErrorKind::Other),
            });
        }
        _ => dir.to_path_buf(),
    };
    let exists = real.is_dir();
    let parent = real
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = real
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    let missing = missing_dirs(parent);
    if let Err(error) = create_dir(parent) {
        remove_empty_dirs(&missing);
        return Err(error);
    }
    let stage = parent.join(format!(".{name}.{}.new", std::process::id()));
    let backup = parent.join(format!(".{name}.{}.old", std::process::id()));
    // Left by an earlier run of this process id that was killed mid-build.
    let _ = std::fs::remove_dir_all(&stage);
    let undo = |error: WriteError| {
        let _ = std::fs::remove_dir_all(&stage);
        remove_empty_dirs(&missing);
        error
    };
    std::fs::create_dir(&stage).map_err(|source| {
        undo(WriteError::CreateDir {
            path: dir.to_path_buf(),
            source,
        })
    })?;
    if exists {
        let replaced: Vec<&str> = documents.iter().map(|(name, _)| *name).collect();
        carry_over(&real, &stage, &replaced).map_err(|(path, source)| {
            let shown = dir.join(path.strip_prefix(&real).unwrap_or(&path));
            undo(write_error(shown, source))
        })?;
    }
    for (name, bytes) in documents {
        write_new(&stage.join(name), &dir.join(name), bytes)
            .map_err(|source| undo(write_error(dir.join(name), source)))?;
    }
    if exists {
        let _ = std::fs::remove_dir_all(&backup);
        std::fs::rename(&real, &backup).map_err(|source| undo(write_error(dir.into(), source)))?;
        if let Err(source) = std::fs::rename(&stage, &real) {
            let _ = std::fs::rename(&backup, &real);
            return Err(undo(write_error(dir.into(), source)));
        }
        // The previous documents; what cannot be removed is only a leftover.
        let _ = std::fs::remove_dir_all(&backup);
    } else {
        std::fs::rename(&stage, &real).map_err(|source| undo(write_error(dir.into(), source)))?;
    }
    Ok(())
}

/// Writes a new file (in the stage directory; `document` is where it is going) and
/// flushes it to disk.
fn write_new(path: &Path, document: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::File::create(path)?;
    #[cfg(debug_assertions)]
    test_fail_write(document, &mut file, bytes)?;
    #[cfg(not(debug_assertions))]
    let _ = document;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Test hook, compiled only into debug builds: when `CAMPSPEC_TEST_FAIL_WRITE` is the end
/// of a document's path (`cny-2027/plan.html`), writing it fails half-way, as on a full
/// disk, so tests can see that a plan's previous documents survive. Release builds have
/// no such hook.
#[cfg(debug_assertions)]
fn test_fail_write(document: &Path, file: &mut std::fs::File, bytes: &[u8]) -> std::io::Result<()> {
    let end = std::env::var_os("CAMPSPEC_TEST_FAIL_WRITE");
    if end.is_some_and(|end| !end.is_empty() && document.ends_with(&end)) {
        file.write_all(&bytes[..bytes.len() / 2])?;
        return Err(Refusal::TestNoSpace.into_io(std::io::ErrorKind::Other));
    }
    Ok(())
}

/// Puts into `to` everything `from` holds except the `replaced` names at its top: hard
/// links to files (copies where links are not possible), the same links, directories
/// recreated. Anything else (a FIFO, a socket) stops the build of the plan: it would be
/// lost with the old directory. The error comes with the path that failed.
fn carry_over(from: &Path, to: &Path, replaced: &[&str]) -> Result<(), (PathBuf, std::io::Error)> {
    let entries = std::fs::read_dir(from).map_err(|e| (from.to_path_buf(), e))?;
    for entry in entries {
        let entry = entry.map_err(|e| (from.to_path_buf(), e))?;
        let name = entry.file_name();
        if name.to_str().is_some_and(|n| replaced.contains(&n)) {
            continue;
        }
        let path = entry.path();
        let target = to.join(&name);
        let kind = entry.file_type().map_err(|e| (path.clone(), e))?;
        let result = if kind.is_dir() {
            std::fs::create_dir(&target).map_err(|e| (path.clone(), e))?;
            carry_over(&path, &target, &[])
        } else if kind.is_file() {
            std::fs::hard_link(&path, &target)
                .or_else(|_| std::fs::copy(&path, &target).map(|_| ()))
                .map_err(|e| (path.clone(), e))
        } else if kind.is_symlink() {
            copy_link(&path, &target).map_err(|e| (path.clone(), e))
        } else {
            Err((
                path.clone(),
                Refusal::CannotKeep.into_io(std::io::ErrorKind::Other),
            ))
        };
        result?;
    }
    Ok(())
}

#[cfg(unix)]
fn copy_link(link: &Path, to: &Path) -> std::io::Result<()> {
    std::os::unix::fs::symlink(std::fs::read_link(link)?, to)
}

#[cfg(not(unix))]
fn copy_link(link: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::copy(link, to).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_replace_atomically_and_refuse_inputs() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("plan.md");
        write_atomic(&out, b"one", &[]).expect("write");
        write_atomic(&out, b"two", &[]).expect("rewrite");
        assert_eq!(std::fs::read(&out).expect("read"), b"two");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
        let input = canonical(&out);
        let err = write_atomic(&out, b"three", &[input]).expect_err("refused");
        assert!(matches!(err, WriteError::IsInput(_)));
        assert_eq!(std::fs::read(&out).expect("read"), b"two");
    }

    #[test]
    fn directories_created_for_nothing_are_removed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("new/deeper/plan");
        let missing = missing_dirs(&target);
        assert_eq!(
            missing,
            [
                dir.path().join("new"),
                dir.path().join("new/deeper"),
                dir.path().join("new/deeper/plan")
            ]
        );
        create_dir(&target).expect("create");
        std::fs::write(dir.path().join("new/kept.md"), "x").expect("write");
        remove_empty_dirs(&missing);
        // Only the directory that holds a file stays.
        assert!(!dir.path().join("new/deeper").exists());
        assert!(dir.path().join("new/kept.md").is_file());
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_directories_are_refused_on_open() {
        let dir = tempfile::tempdir().expect("tempdir");
        let error = open_regular(dir.path()).expect_err("a directory");
        assert!(error.to_string().contains("a directory"), "{error}");
        let error = open_regular(Path::new("/dev/null")).expect_err("a device");
        assert!(error.to_string().contains("a device"), "{error}");
        let file = dir.path().join("plan.campaign.yaml");
        std::fs::write(&file, "id: x\n").expect("write");
        assert_eq!(read_regular_to_string(&file).expect("read"), "id: x\n");
    }

    #[test]
    fn a_directory_is_replaced_whole_keeping_what_is_not_rewritten() {
        let root = tempfile::tempdir().expect("tempdir");
        let dir = root.path().join("plan");
        replace_dir(&dir, &[("a.md", b"one"), ("b.md", b"one")], &[]).expect("first");
        std::fs::create_dir(dir.join("notes")).expect("mkdir");
        std::fs::write(dir.join("notes/keep.txt"), "mine").expect("write");
        replace_dir(&dir, &[("a.md", b"two")], &[]).expect("second");
        assert_eq!(std::fs::read(dir.join("a.md")).expect("a"), b"two");
        assert_eq!(std::fs::read(dir.join("b.md")).expect("b"), b"one");
        assert_eq!(
            std::fs::read(dir.join("notes/keep.txt")).expect("kept"),
            b"mine"
        );
        let names: Vec<_> = std::fs::read_dir(root.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, ["plan"], "no stage or backup left");
        // A document name taken by a directory: nothing changes.
        std::fs::create_dir(dir.join("b.md.d")).expect("mkdir");
        let error =
            replace_dir(&dir, &[("a.md", b"three"), ("b.md.d", b"x")], &[]).expect_err("refused");
        assert!(error.to_string().contains("b.md.d"), "{error}");
        assert_eq!(std::fs::read(dir.join("a.md")).expect("a"), b"two");
    }

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let dir = tempfile::tempdir().expect("tempdir");
        let missing = dir.path().join("no-such-dir").join("plan.md");
        assert!(write_atomic(&missing, b"x", &[]).is_err());
        assert!(!missing.exists());
    }
}
