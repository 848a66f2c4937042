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
    let campaign = plan.campaign.expect("the plan models");
    let text = std::fs::read_to_string(path).expect("cart");
    let checked = campspec::simulate::check_cart("cart", text, &campaign, settings);
    let mut out = BTreeMap::new();
    for f in &checked.findings {
        let line = checked
            .source
            .lines
            .position(&checked.source.text, f.primary.span.start)
            .line;
        *out.entry((line, f.code.to_owned())).or_default() += 1;
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
