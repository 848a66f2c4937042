//! Every finding points at something written in the plan: its pointer and the pointer
//! of each of its related labels resolve in the document (to the node itself, or — for
//! a key that is missing — to the item that lacks it), and each span is that node's,
//! never a silent fallback to the start of the file. Checked on every rule fixture, the
//! bundled plans and the planted test plans (in a debug build the check stage also stops
//! on a rule's place that names nothing, see `Locator::rule_label`).

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
    let mut related = 0;
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
            if finding.code.starts_with('Y') {
                continue; // the loader's own findings carry their spans
            }
            // The primary place and every related label: each names a written node.
            let labels = std::iter::once((&finding.primary, "at")).chain(
                finding
                    .related
                    .iter()
                    .map(|label| (label, "related label at")),
            );
            for (label, what) in labels {
                let pointer = &label.pointer;
                if pointer.is_empty() {
                    continue;
                }
                related += usize::from(what != "at");
                let problem = match loaded.doc.locate(pointer) {
                    None => Some("resolves to nothing"),
                    // A missing key is shown at the item that lacks it; anything else
                    // must name a node that is written.
                    Some(found) if !found.exact && finding.code != "S002" => {
                        Some("names no written node")
                    }
                    Some(found) if label.span.start == 0 && found.spans.value.start != 0 => {
                        Some("is shown at the start of the file")
                    }
                    Some(_) => None,
                };
                if let Some(problem) = problem {
                    problems.push(format!(
                        "{}: {} {what} `{pointer}` {problem}",
                        path.display(),
                        finding.code
                    ));
                }
            }
        }
    }
    assert!(related > 50, "only {related} related labels checked");
    assert!(checked > 100, "only {checked} findings checked");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
