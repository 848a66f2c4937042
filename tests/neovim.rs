//! A real editor as the language server's client: headless Neovim (Debian's package)
//! opens a bundled plan with planted mistakes, receives campspec's diagnostics, applies
//! the code action offered for each, saves, and the saved plan then checks clean — byte
//! for byte the plan before the mistakes. The Lua side is `tests/editors/neovim.lua`.
//! Skipped with a message when `nvim` is not on PATH; `CAMPSPEC_REQUIRE_NEOVIM=1` (set by
//! `.ci/run`, which installs Neovim) makes a missing Neovim a failure.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// `nvim` on PATH, or `None` (after failing when Neovim is required).
fn neovim(test: &str) -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("nvim"))
            .find(|candidate| candidate.is_file())
    });
    if found.is_none() {
        assert!(
            std::env::var("CAMPSPEC_REQUIRE_NEOVIM").as_deref() != Ok("1"),
            "CAMPSPEC_REQUIRE_NEOVIM=1 but no `nvim` on PATH (apt-get install neovim)"
        );
        eprintln!(
            "{test}: skipped, no `nvim` on PATH (install Debian's neovim; \
             CAMPSPEC_REQUIRE_NEOVIM=1 makes this a failure)"
        );
    }
    found
}

/// One planted mistake: the text written in the plan, and the mistake put in its place.
struct Plant {
    written: &'static str,
    mistake: &'static str,
}

/// Plants the mistakes in a copy of the bundled plan `name`, lets Neovim fix them through
/// the server, and returns what Neovim logged; asserts the saved plan is the original.
fn fix_in_neovim(nvim: &Path, name: &str, plants: &[Plant]) -> String {
    let original = std::fs::read_to_string(Path::new(ROOT).join("specs").join(name)).unwrap();
    let mut planted = original.clone();
    for plant in plants {
        assert_eq!(
            planted.matches(plant.written).count(),
            1,
            "`{}` must occur once in {name}",
            plant.written
        );
        planted = planted.replacen(plant.written, plant.mistake, 1);
    }
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join(name);
    std::fs::write(&plan, &planted).unwrap();
    let log = dir.path().join("neovim.log");
    let script = Path::new(ROOT).join("tests/editors/neovim.lua");

    let mut child = Command::new(nvim)
        .args(["--headless", "--clean", "-n", "-i", "NONE", "-c"])
        .arg(format!("luafile {}", script.display()))
        .arg(&plan)
        .current_dir(dir.path())
        .env("CAMPSPEC_BIN", env!("CARGO_BIN_EXE_campspec"))
        .env("CAMPSPEC_NVIM_LOG", &log)
        .env("XDG_CACHE_HOME", dir.path().join(".cache"))
        .env("CAMPSPEC_TODAY", "2027-01-01")
        .env_remove("CAMPSPEC_LANG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nvim starts");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!(
                "Neovim did not finish within 120 s; its log:\n{}",
                std::fs::read_to_string(&log).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let logged = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(
        status.success(),
        "Neovim failed ({status}); its log:\n{logged}"
    );

    let saved = std::fs::read_to_string(&plan).unwrap();
    assert!(
        saved == original,
        "the saved plan differs from the bundled one; Neovim's log:\n{logged}"
    );
    let check = Command::new(env!("CARGO_BIN_EXE_campspec"))
        .args(["check", "--no-config"])
        .arg(&plan)
        .env("CAMPSPEC_TODAY", "2027-01-01")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&check.stdout).into_owned()
        + &String::from_utf8_lossy(&check.stderr);
    assert!(
        check.status.success(),
        "the fixed plan does not check clean:\n{report}"
    );
    assert!(report.contains("no findings"), "{report}");
    logged
}

/// The lines of the log that start with `word`.
fn logged<'a>(log: &'a str, word: &str) -> Vec<&'a str> {
    log.lines()
        .filter(|line| line.split(' ').next() == Some(word))
        .collect()
}

#[test]
fn neovim_fixes_a_chinese_plan_through_the_server() {
    let Some(nvim) = neovim("neovim_fixes_a_chinese_plan_through_the_server") else {
        return;
    };
    // Each mistake stands after Chinese text on its line, so the positions the server
    // and Neovim exchange (UTF-16) differ from both bytes and characters.
    let log = fix_in_neovim(
        &nvim,
        "cny-2027.campaign.yaml",
        &[
            Plant {
                written: "name: 优惠券补贴, amount: 200万, owner: marketing",
                mistake: "name: 优惠券补贴, amount: 200万, ownr: marketing",
            },
            Plant {
                written: "name: 王敏, date: 2026-11-20,",
                mistake: "name: 王敏, date: 2026年11月20日,",
            },
            Plant {
                written: "due: 2026-12-25, needed_by: preheat }",
                mistake: "due: 2026-12-25, needed_by: preheatt }",
            },
        ],
    );
    let diagnostics = logged(&log, "diagnostic");
    assert_eq!(diagnostics.len(), 3, "{log}");
    for code in ["S001", "S004", "R003"] {
        assert!(
            diagnostics.iter().any(|d| d.contains(code)),
            "{code}: {log}"
        );
    }
    // The plan is Chinese: so are its diagnostics in the editor.
    assert!(diagnostics.iter().any(|d| d.contains("未知的键")), "{log}");
    assert_eq!(logged(&log, "applied").len(), 3, "{log}");
    assert!(log.contains("diagnostics after the fixes 0"), "{log}");
}

#[test]
fn neovim_fixes_an_english_plan_through_the_server() {
    let Some(nvim) = neovim("neovim_fixes_an_english_plan_through_the_server") else {
        return;
    };
    let log = fix_in_neovim(
        &nvim,
        "spring-refresh-2026.campaign.yaml",
        &[Plant {
            written: "  - id: ecommerce\n    name: E-commerce",
            mistake: "  - id: ecommerce\n    nmae: E-commerce",
        }],
    );
    let diagnostics = logged(&log, "diagnostic");
    assert_eq!(diagnostics.len(), 1, "{log}");
    assert!(diagnostics[0].contains("S001"), "{log}");
    assert!(diagnostics[0].contains("unknown key `nmae`"), "{log}");
    assert_eq!(
        logged(&log, "applied"),
        ["applied Rename `nmae` to `name`"],
        "{log}"
    );
}
