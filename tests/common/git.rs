//! Running git in a test's repository, with an author set so that commits work on a
//! machine without a git identity. Shared by the diff tests.

use std::path::Path;

/// Runs `git ARGS` in `dir`; fails the test when git does.
pub fn git(dir: &Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .args([
            "-c",
            "user.name=campspec",
            "-c",
            "user.email=campspec@example.com",
        ])
        .args(args)
        .current_dir(dir)
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}
