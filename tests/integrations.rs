//! The CI integrations stay true: the pre-commit manifest is valid YAML with the keys
//! pre-commit requires and a command that works; the GitHub Action runs the same
//! `campspec check` commands the README documents.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

fn load(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    let text = std::fs::read_to_string(&path).expect("file");
    let loaded = campspec::source::yaml::load(&text, Default::default());
    assert!(!loaded.fatal, "{name}: {:?}", loaded.problems);
    assert!(loaded.problems.is_empty(), "{name}: {:?}", loaded.problems);
    loaded.doc.to_value()
}

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README")
}

#[test]
fn the_pre_commit_hook_is_complete_and_its_command_works() {
    let hooks = load(".pre-commit-hooks.yaml");
    let hook = hooks
        .as_array()
        .and_then(|h| h.iter().find(|h| h["id"] == "campspec"))
        .expect("a hook with id campspec");
    for key in ["id", "name", "entry", "language"] {
        assert!(hook[key].is_string(), "the hook lacks `{key}`");
    }
    assert_eq!(hook["language"], "rust");
    let files = regex::Regex::new(hook["files"].as_str().expect("files")).expect("files regex");
    assert!(files.is_match("specs/cny-2027.campaign.yaml"));
    assert!(files.is_match("plans/a.campaign.yml"));
    assert!(!files.is_match("config.yaml"));
    // The entry, with the files pre-commit passes, runs and passes on clean plans.
    let entry: Vec<&str> = hook["entry"].as_str().expect("entry").split(' ').collect();
    assert_eq!(entry[0], "campspec");
    let output = Command::cargo_bin("campspec")
        .expect("binary")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("CAMPSPEC_LANG", "en")
        .args(&entry[1..])
        .arg("specs/cny-2027.campaign.yaml")
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(readme().contains(hook["entry"].as_str().expect("entry")));
}

#[test]
fn the_action_runs_the_commands_the_readme_documents() {
    let action = load("action.yml");
    assert_eq!(action["runs"]["using"], "composite");
    let steps = action["runs"]["steps"].as_array().expect("steps");
    let scripts: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    assert!(scripts.iter().any(|s| s.contains("cargo install --locked")));
    let check = scripts
        .iter()
        .find(|s| s.contains("check --format github"))
        .expect("a step that checks with --format github");
    assert!(check.contains("check --format sarif"));
    let readme = readme();
    for command in [
        "campspec check --format github",
        "campspec check --format junit",
    ] {
        assert!(readme.contains(command), "README lacks `{command}`");
    }
    for input in ["paths", "args", "sarif"] {
        assert!(action["inputs"][input].is_object(), "input {input}");
        assert!(
            readme.contains(&format!("{input}:")),
            "README lacks the input {input}"
        );
    }
}
