//! Every rule has fixtures: `tests/rules/<CODE>-<name>/fires.campaign.yaml` must produce
//! exactly the findings annotated in it (`# expect: CODE` on the line of each finding,
//! codes comma-separated, nothing else), and `passes.campaign.yaml` — a harmless
//! look-alike — must produce no finding at all. A fixture directory may hold a
//! `campspec.toml` with settings for both files. "Today" is fixed at 2027-01-01.
//!
//! Cart rules (family `cart`) are checked by `campspec simulate`: their directories
//! hold `spec.campaign.yaml` (a clean plan) and `fires.cart.yaml` / `passes.cart.yaml`.

use campspec::rules::registry;
use campspec::{Settings, check_file};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules")
}

/// (line, code) → count, from `# expect: A, B` comments.
fn expectations(text: &str) -> BTreeMap<(usize, String), usize> {
    let mut out = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(at) = line.find("# expect:") {
            for code in line[at + "# expect:".len()..].split(',') {
                let code = code.trim();
                if !code.is_empty() {
                    *out.entry((i + 1, code.to_owned())).or_default() += 1;
                }
            }
        }
    }
    out
}

fn settings_for(dir: &Path) -> Settings {
    let mut settings = match std::fs::read_to_string(dir.join("campspec.toml")) {
        Ok(text) => Settings::from_toml(&text).expect("fixture settings"),
        Err(_) => Settings::default(),
    };
    settings.today = campspec::values::Date::new(2027, 1, 1);
    settings
}

fn found(path: &Path, settings: &Settings) -> BTreeMap<(usize, String), usize> {
    if path.to_string_lossy().ends_with(".cart.yaml") {
        return found_in_cart(path, settings);
    }
    let checked = check_file(path, settings);
    assert!(
        checked.failure.is_none(),
        "{}: {:?}",
        path.display(),
        checked.failure
    );
    let mut out = BTreeMap::new();
    for f in &checked.findings {
        let line = match &checked.source {
            Some(source) => {
                source
                    .lines
                    .position(&source.text, f.primary.span.start)
                    .line
            }
            None => 1,
        };
        *out.entry((line, f.code.to_owned())).or_default() += 1;
    }
    out
}

fn found_in_cart(path: &Path, settings: &Settings) -> BTreeMap<(usize, String), usize> {
    let spec = path.with_file_name("spec.campaign.yaml");
    let plan = check_file(&spec, settings);
    assert!(
        plan.findings.is_empty(),
        "{}: {:?}",
        spec.display(),
        plan.findings
    );
    assert!(plan.campaign.is_some(), "the plan models");
    // Checked as `campspec check` checks a cart: against the plan it names, or the only
    // plan beside it.
    let checked = check_file(path, settings);
    let mut out = BTreeMap::new();
    for f in &checked.findings {
        *out.entry((checked.position(f.primary.span.start).0, f.code.to_owned()))
            .or_default() += 1;
    }
    out
}

fn describe(map: &BTreeMap<(usize, String), usize>) -> String {
    let items: Vec<String> = map
        .iter()
        .map(|((line, code), n)| {
            if *n == 1 {
                format!("{code}@{line}")
            } else {
                format!("{code}@{line}×{n}")
            }
        })
        .collect();
    format!("[{}]", items.join(", "))
}

#[test]
fn every_rule_fires_on_its_fixture_and_not_on_its_look_alike() {
    let mut problems = Vec::new();
    for rule in registry::all() {
        let meta = rule.meta();
        let dir = fixtures().join(format!("{}-{}", meta.code, meta.name));
        if !dir.is_dir() {
            problems.push(format!(
                "{} {}: no fixture directory {}",
                meta.code,
                meta.name,
                dir.display()
            ));
            continue;
        }
        if dir.join("NO_FIXTURE.md").is_file() {
            // Only the internal safety nets and the one rule across files may go without
            // fixtures: S005 is unit-tested, I001 (a panic contained to its file) end to
            // end in tests/containment.rs, R006 (two plans of a run) in tests/trust.rs.
            if !["S005", "I001", "R006"].contains(&meta.code) {
                problems.push(format!(
                    "{}: only S005, I001 and R006 may skip fixtures",
                    meta.code
                ));
            }
            problems.extend(no_fixture_problems(&dir, meta.code, meta.name));
            continue;
        }
        let settings = settings_for(&dir);
        let ext = if meta.family == "cart" {
            "cart.yaml"
        } else {
            "campaign.yaml"
        };
        let fires = dir.join(format!("fires.{ext}"));
        let passes = dir.join(format!("passes.{ext}"));
        for path in [&fires, &passes] {
            if !path.is_file() {
                problems.push(format!("{}: missing {}", meta.code, path.display()));
            }
        }
        if fires.is_file() {
            let text =
                String::from_utf8_lossy(&std::fs::read(&fires).unwrap_or_default()).into_owned();
            let expected = expectations(&text);
            if !expected.keys().any(|(_, code)| code == meta.code) {
                problems.push(format!(
                    "{}: fires.campaign.yaml expects no {} finding",
                    meta.code, meta.code
                ));
            }
            let actual = found(&fires, &settings);
            if actual != expected {
                problems.push(format!(
                    "{} {}: fires.campaign.yaml\n    expected {}\n    found    {}",
                    meta.code,
                    meta.name,
                    describe(&expected),
                    describe(&actual)
                ));
            }
        }
        if passes.is_file() {
            let actual = found(&passes, &settings);
            if !actual.is_empty() {
                problems.push(format!(
                    "{} {}: passes.campaign.yaml should be clean, found {}",
                    meta.code,
                    meta.name,
                    describe(&actual)
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn no_fixture_directory_without_a_rule() {
    let known: Vec<String> = registry::all()
        .iter()
        .map(|r| format!("{}-{}", r.meta().code, r.meta().name))
        .collect();
    for entry in std::fs::read_dir(fixtures()).expect("tests/rules exists") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        assert!(known.contains(&name), "tests/rules/{name} matches no rule");
    }
}

/// What is wrong with a rule's `NO_FIXTURE.md` (in `dir`): it must be the directory's
/// only file and name, in backticks, a test file (`tests/…` or `src/…`) that exists and
/// mentions the rule by code or name, so the rule is tested somewhere.
fn no_fixture_problems(dir: &Path, code: &str, name: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let others: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n != "NO_FIXTURE.md")
                .collect()
        })
        .unwrap_or_default();
    if !others.is_empty() {
        problems.push(format!(
            "{code}: NO_FIXTURE.md beside fixtures ({}); delete one or the other",
            others.join(", ")
        ));
    }
    let text = std::fs::read_to_string(dir.join("NO_FIXTURE.md")).unwrap_or_default();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tested_in = text
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|quoted| quoted.starts_with("tests/") || quoted.starts_with("src/"))
        .any(|quoted| {
            std::fs::read_to_string(root.join(quoted))
                .is_ok_and(|file| file.contains(code) || file.contains(name))
        });
    if !tested_in {
        problems.push(format!(
            "{code}: NO_FIXTURE.md names no file (`tests/…` or `src/…`, in backticks) that exists and tests {code}"
        ));
    }
    problems
}

/// The codes of the rules declared under `src/rules` (`declare_rule!` blocks), with
/// the file of each.
fn declared_rules() -> Vec<(String, PathBuf)> {
    fn walk(dir: &Path, out: &mut Vec<(String, PathBuf)>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .expect("src/rules is readable")
            .map(|e| e.expect("entry").path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("rule file is readable");
                // A declaration starts a line (the macro's own documentation quotes it
                // in doc comments).
                for block in text.split("\ndeclare_rule! {").skip(1) {
                    let code = block
                        .split("code = \"")
                        .nth(1)
                        .and_then(|rest| rest.split('"').next())
                        .unwrap_or_default();
                    out.push((code.to_owned(), path.clone()));
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules"),
        &mut out,
    );
    out
}

#[test]
fn every_declared_rule_is_registered_and_every_registered_rule_declared() {
    let declared = declared_rules();
    assert!(
        declared.len() > 50,
        "found only {} rules under src/rules",
        declared.len()
    );
    let registered: Vec<&str> = registry::all().iter().map(|r| r.meta().code).collect();
    for (code, path) in &declared {
        assert!(
            registered.contains(&code.as_str()),
            "{} declares rule `{code}`, which is not in the registry (src/rules/registry.rs)",
            path.display()
        );
    }
    for code in &registered {
        let files: Vec<_> = declared.iter().filter(|(c, _)| c == code).collect();
        assert_eq!(
            files.len(),
            1,
            "{code} should be declared once under src/rules, found {files:?}"
        );
    }
}

#[test]
fn the_registration_scan_sees_a_rule_file() {
    // The scan reads the same block `declare_rule!` takes; a rule written in any other
    // shape would escape it.
    let declared = declared_rules();
    let phase_gap = declared
        .iter()
        .find(|(code, _)| code == "D004")
        .expect("D004 is declared");
    assert!(phase_gap.1.ends_with("src/rules/dates/phase_gap.rs"));
}

/// The families whose rules report what a stage before the rules found (the loader, the
/// schema stage): the stage records facts, and the rule's file words them.
const WORDED_STAGE_FAMILIES: &[&str] = &["yaml", "schema"];

#[test]
fn every_stage_rule_words_its_findings_in_its_own_file() {
    let declared = declared_rules();
    let mut checked = 0;
    for rule in registry::all() {
        let meta = rule.meta();
        if !WORDED_STAGE_FAMILIES.contains(&meta.family) {
            continue;
        }
        let (_, path) = declared
            .iter()
            .find(|(code, _)| code == meta.code)
            .unwrap_or_else(|| panic!("{} is not declared under src/rules", meta.code));
        let text = std::fs::read_to_string(path).expect("rule file is readable");
        // The wording function: `pub fn words(…) -> Words` (or `…_words`) in the
        // rule's own `impl` block.
        let owns_words = text.split("\n    pub fn ").skip(1).any(|f| {
            f.split('(')
                .next()
                .is_some_and(|name| name.ends_with("words"))
        });
        assert!(
            text.contains(&format!("\nimpl {} {{", rule_type(&text)))
                && owns_words
                && text.contains("Words"),
            "{} ({}) reports a stage's findings but does not word them in its own file: \
             add `pub fn words(…) -> Words` to its `impl` block",
            meta.code,
            path.display()
        );
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} stage rules were checked");
}

/// The type a rule file declares (`pub struct UnknownKey;` → `UnknownKey`).
fn rule_type(text: &str) -> &str {
    text.split("pub struct ")
        .nth(1)
        .and_then(|rest| rest.split(';').next())
        .unwrap_or_default()
}
