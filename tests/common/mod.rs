//! Helpers shared by the command-line test files.

use assert_cmd::Command;

/// The `campspec` binary, run the same way by every test: from the repository root,
/// without colours, at a fixed terminal width and a fixed "today", so that its output
/// is the same on every machine.
pub fn campspec() -> Command {
    let mut cmd = Command::cargo_bin("campspec").expect("binary");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env("CAMPSPEC_TODAY", "2027-01-01")
        .env("CAMPSPEC_LANG", "en")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("FORCE_COLOR");
    cmd
}
