//! Every finding points at something written in the plan: its pointer resolves in the
//! document (to the node itself, or — for a key that is missing — to the item that
//! lacks it), and its span is that node's, never a silent fallback to the start of the
//! file. Checked on every rule fixture, the bundled plans and the planted test plans.

// Only the plan list and settings are used here.
#[allow(dead_code)]
#[path = "common/checks.rs"]
mod checks;

use campspec::check::check_text;
use campspec::source::yaml;
use std::path::Path;

#[test]
fn every_finding_points_at_a_node_that_is_written() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = checks::plan_files();
    for name in ["planted", "wording"] {
        paths.push(root.join(format!("tests/cli/{name}.campaign.yaml")));
    }
    let mut problems = Vec::new();
    let mut checked = 0;
    for path in paths {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue; // the loader's own fixtures that are not UTF-8
        };
        let loaded = yaml::load(&text, Default::default());
        if loaded.fatal {
            continue; // nothing to locate in: the loader's findings carry their spans
        }
        let file = check_text("plan.campaign.yaml", text.clone(), &checks::settings());
        for finding in &file.findings {
            checked += 1;
            let pointer = &finding.primary.pointer;
            if pointer.is_empty() || finding.code.starts_with('Y') {
                continue;
            }
            match loaded.doc.locate(pointer) {
                None => problems.push(format!(
                    "{}: {} at `{pointer}` resolves to nothing",
                    path.display(),
                    finding.code
                )),
                // A missing key is shown at the item that lacks it; anything else must
                // name a node that is written.
                Some(found) if !found.exact && finding.code != "S002" => problems.push(format!(
                    "{}: {} at `{pointer}` names no written node",
                    path.display(),
                    finding.code
                )),
                Some(found) if finding.primary.span.start == 0 && found.spans.value.start != 0 => {
                    problems.push(format!(
                        "{}: {} at `{pointer}` is shown at the start of the file",
                        path.display(),
                        finding.code
                    ))
                }
                Some(_) => {}
            }
        }
    }
    assert!(checked > 100, "only {checked} findings checked");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
