//! The README's shell commands work: every command in a ```` ```sh ```` block is run
//! against the campspec just built, and exits as the README says.
//!
//! The convention, for whoever edits the README:
//!
//! - Every line of a ```` ```sh ```` block is a command run here, in order, with `sh -c`,
//!   in a scratch copy of the repository's plans (`specs/`, `schema/`) that is a git
//!   repository with a `main` branch and an `origin/main`, `HOME` pointing into the
//!   scratch directory, and the campspec under test first on `PATH`.
//!   `cargo run --release --` and `cargo run --` are read as `campspec`.
//! - A command is expected to exit 0. One documented to find problems says so in its
//!   comment, with the words `exit 1` (`campspec check bad.campaign.yaml   # exit 1`).
//! - A block opened with ```` ```sh skip-test ```` is not run: commands that install,
//!   use the network, need tools a test machine lacks (`man`), are started by another
//!   program (`campspec server`), or are the test suite itself (`cargo test`). GitHub
//!   shows it as any `sh` block.
//!
//! Only `sh` blocks are run: `text`, `yaml` and the others are examples to read.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A command of the README, where it is and the exit code it is documented to give.
#[derive(Debug)]
struct Documented {
    line: usize,
    command: String,
    exit: i32,
}

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README")
}

/// Where a README line is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fence {
    Outside,
    /// In a ```` ```sh ```` block, run or not.
    Sh {
        run: bool,
    },
    /// In a block of another language.
    Other,
}

/// The commands of the README's ```` ```sh ```` blocks, with whether their block is run.
fn sh_commands(text: &str) -> Vec<(bool, Documented)> {
    let mut out = Vec::new();
    let mut fence = Fence::Outside;
    for (n, line) in text.lines().enumerate() {
        if let Some(info) = line.trim_start().strip_prefix("```") {
            fence = match fence {
                Fence::Outside => {
                    let mut words = info.split_whitespace();
                    if words.next() == Some("sh") {
                        Fence::Sh {
                            run: !words.any(|w| w == "skip-test"),
                        }
                    } else {
                        Fence::Other
                    }
                }
                _ => Fence::Outside,
            };
            continue;
        }
        let Fence::Sh { run } = fence else { continue };
        let command = line.trim();
        if command.is_empty() || command.starts_with('#') {
            continue;
        }
        let comment = command.split_once(" #").map_or("", |(_, c)| c);
        let exit = if comment.contains("exit 1") { 1 } else { 0 };
        out.push((
            run,
            Documented {
                line: n + 1,
                command: command.to_owned(),
                exit,
            },
        ));
    }
    out
}

/// `command` as run here: `cargo run [--release] --` is the campspec under test.
fn as_run(command: &str) -> String {
    for prefix in ["cargo run --release -- ", "cargo run -- "] {
        if let Some(rest) = command.strip_prefix(prefix) {
            return format!("campspec {rest}");
        }
    }
    command.to_owned()
}

/// Copies the directory `from` to `to`, recursively.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args([
            "-c",
            "user.name=campspec",
            "-c",
            "user.email=campspec@example.com",
        ])
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git");
    assert!(status.status.success(), "git {args:?}: {status:?}");
}

/// A scratch copy of the repository's plans and schemas, as a git repository whose
/// `main` is also `origin/main`; and the directory holding `campspec`.
fn scratch(root: &Path) -> (PathBuf, PathBuf) {
    let repo = root.join("repo");
    for dir in ["specs", "schema"] {
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join(dir),
            &repo.join(dir),
        );
    }
    git(&repo, &["init", "--quiet"]);
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "--quiet", "-m", "plans"]);
    git(&repo, &["branch", "-M", "main"]);
    git(&repo, &["update-ref", "refs/remotes/origin/main", "HEAD"]);
    let bin = root.join("bin");
    std::fs::create_dir_all(&bin).expect("bin");
    let campspec = assert_cmd::cargo::cargo_bin("campspec");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&campspec, bin.join("campspec")).expect("link");
    std::fs::create_dir_all(root.join("home")).expect("home");
    (repo, bin)
}

#[cfg(unix)]
#[test]
fn every_readme_command_runs_and_exits_as_documented() {
    let commands = sh_commands(&readme());
    let to_run: Vec<&Documented> = commands
        .iter()
        .filter(|(run, _)| *run)
        .map(|(_, c)| c)
        .collect();
    assert!(to_run.len() >= 5, "{commands:#?}");
    let dir = tempfile::tempdir().expect("tempdir");
    let (repo, bin) = scratch(dir.path());
    let path = std::env::join_paths(std::iter::once(bin).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .expect("PATH");
    let mut failed = Vec::new();
    for documented in to_run {
        let command = as_run(&documented.command);
        let output = Command::new("sh")
            .arg("-c")
            .arg(&command)
            .current_dir(&repo)
            .env("PATH", &path)
            .env("HOME", dir.path().join("home"))
            .env("CAMPSPEC_TODAY", "2027-01-01")
            .env("CAMPSPEC_LANG", "en")
            .env("NO_COLOR", "1")
            .env_remove("CAMPSPEC_RULES_URL")
            .stdin(std::process::Stdio::null())
            .output()
            .expect("sh");
        if output.status.code() != Some(documented.exit) {
            failed.push(format!(
                "README.md:{}: `{}` exited {:?}, documented {}\n{}{}",
                documented.line,
                documented.command,
                output.status.code(),
                documented.exit,
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr),
            ));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn the_readme_opens_with_install_then_the_two_commands() {
    let text = readme();
    let first_section = text
        .lines()
        .find(|l| l.starts_with("## "))
        .expect("a section");
    assert!(first_section.starts_with("## Install"), "{first_section}");
    // The two commands from a fresh clone, near the top.
    let top: Vec<&str> = text.lines().take(60).collect();
    for command in ["cargo run --release -- check specs/", "cargo test"] {
        assert!(
            top.iter().any(|l| l.starts_with(command)),
            "`{command}` is not in the README's first 60 lines"
        );
    }
    // The prerequisite is the MSRV of Cargo.toml.
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
            .expect("Cargo.toml");
    let msrv = manifest
        .lines()
        .find_map(|l| l.strip_prefix("rust-version = "))
        .expect("rust-version")
        .trim_matches('"');
    assert!(
        text.contains(&format!("Rust {msrv} or later")),
        "the README does not say Rust {msrv} or later"
    );
    assert!(text.contains("cargo install --locked --path ."));
}

#[test]
fn installs_and_network_commands_are_marked_not_to_run() {
    for (run, documented) in sh_commands(&readme()) {
        let command = &documented.command;
        let never = [
            "cargo install",
            "cargo test",
            "campspec server",
            "man ",
            "curl ",
        ]
        .iter()
        .any(|c| command.starts_with(c));
        assert!(
            !(run && never),
            "README.md:{}: `{command}` must be in a ```sh skip-test block",
            documented.line
        );
    }
}

/// The YAML `name` of the repository, loaded as campspec loads YAML.
fn load(name: &str) -> serde_json::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    let text = std::fs::read_to_string(&path).expect("file");
    let loaded = campspec::source::yaml::load(&text, Default::default());
    assert!(!loaded.fatal, "{name}: {:?}", loaded.problems);
    loaded.doc.to_value()
}

#[test]
fn the_action_reuses_a_cached_build() {
    let action = load("action.yml");
    let steps = action["runs"]["steps"].as_array().expect("steps");
    let cache = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("actions/cache@"))
        })
        .expect("a step with actions/cache");
    let cached = cache["with"]["path"].as_str().expect("cached paths");
    assert!(cached.contains("~/.cargo/registry"), "{cached}");
    assert!(cached.contains("campspec"), "{cached}");
    let key = cache["with"]["key"].as_str().expect("key");
    assert!(
        key.contains("steps."),
        "the key comes from the source: {key}"
    );
    let install = steps
        .iter()
        .find(|s| {
            s["run"]
                .as_str()
                .is_some_and(|r| r.contains("cargo install --locked"))
        })
        .expect("an install step");
    let when = install["if"]
        .as_str()
        .expect("the install step has an `if`");
    assert!(when.contains("cache-hit"), "{when}");
}

#[test]
fn the_pre_commit_example_pins_a_release() {
    let text = readme();
    let example = text
        .split("# .pre-commit-config.yaml")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a .pre-commit-config.yaml example");
    let rev = format!("rev: v{}", env!("CARGO_PKG_VERSION"));
    assert!(example.contains(&rev), "{example}");
    let hooks = load(".pre-commit-hooks.yaml");
    let id = hooks[0]["id"].as_str().expect("id");
    assert!(example.contains(&format!("- id: {id}")), "{example}");
}

#[test]
fn the_convention_is_read_as_documented() {
    let text = "\
```sh
campspec check specs/
campspec check bad.campaign.yaml   # finds the overlap: exit 1
```

```sh skip-test
cargo install --locked --path .
```

```yaml
id: not-a-command
```

- a list item:
  ```sh
  campspec rules
  ```
";
    let commands = sh_commands(text);
    let read: Vec<(bool, &str, i32)> = commands
        .iter()
        .map(|(run, d)| (*run, d.command.as_str(), d.exit))
        .collect();
    assert_eq!(
        read,
        [
            (true, "campspec check specs/", 0),
            (
                true,
                "campspec check bad.campaign.yaml   # finds the overlap: exit 1",
                1
            ),
            (false, "cargo install --locked --path .", 0),
            (true, "campspec rules", 0),
        ]
    );
    assert_eq!(
        as_run("cargo run --release -- check specs/"),
        "campspec check specs/"
    );
}
