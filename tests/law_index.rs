//! A legal reviewer can review campspec itself: `explain` lists each legal rule's
//! citations per jurisdiction with how far each was verified, and the rule reference
//! indexes the rules by jurisdiction.

use assert_cmd::Command;

fn campspec(args: &[&str]) -> String {
    let out = Command::cargo_bin("campspec")
        .expect("binary")
        .env("CAMPSPEC_LANG", "en")
        .args(args)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{args:?} failed");
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn explain_shows_each_citation_with_its_confidence() {
    let text = campspec(&["explain", "L005"]);
    assert!(
        text.contains("CN: 《反不正当竞争法》 (2025) Art. 11(4)")
            && text.contains("(V: read in the law's text)"),
        "{text}"
    );
    // A citation whose article could not be found says so.
    let text = campspec(&["explain", "cn-prize-records"]);
    assert!(text.contains("U: the article could not be found"), "{text}");
    // Rules of several jurisdictions mark each one.
    let text = campspec(&["explain", "claim-mismatch"]);
    for jurisdiction in ["CN: ", "EU: ", "US: ", "UK: "] {
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("- {jurisdiction}")))
            .unwrap_or_else(|| panic!("no {jurisdiction} citation in {text}"));
        assert!(line.ends_with(')') && line.contains(": "), "{line}");
    }
}

#[test]
fn the_reference_indexes_rules_by_jurisdiction() {
    let text = campspec(&["rules", "--markdown"]);
    let index = text
        .split("## Rules by jurisdiction")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("an index section");
    for title in ["### CN", "### EU", "### US", "### UK"] {
        assert!(index.contains(title), "{title} missing");
    }
    // A CN-only rule is listed under CN and not under US.
    let cn = index.split("### EU").next().unwrap_or_default();
    let us = index.split("### US").nth(1).unwrap_or_default();
    assert!(cn.contains("`cn-prize-cap`") && !us.contains("`cn-prize-cap`"));
    // A rule of four jurisdictions is in all four, each row with its mark.
    assert_eq!(index.matches("`claim-mismatch`").count(), 4);
    for row in index.lines().filter(|l| l.starts_with("| [")) {
        let mark = row
            .trim_end_matches(" |")
            .rsplit("| ")
            .next()
            .unwrap_or_default();
        assert!(["V", "S", "M", "U"].contains(&mark), "{row}");
    }
}
