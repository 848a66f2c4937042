//! Verdicts users can trust, through the real binary: each case a new user met on a
//! plan nobody on the team wrote, with the exact output they now see.

mod common;
use common::campspec;
use std::path::{Path, PathBuf};

/// A bundled plan with `from` replaced by `to`, written to a temporary directory.
fn variant(dir: &Path, plan: &str, from: &str, to: &str) -> PathBuf {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(plan))
        .expect("read plan");
    assert!(text.contains(from), "`{from}` is not in {plan}");
    let path = dir.join("plan.campaign.yaml");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write plan");
    path
}

/// `campspec check --format concise PATH`: exit code and output.
fn concise(path: &Path) -> (i32, String) {
    let output = campspec()
        .args(["check", "--format", "concise"])
        .arg(path)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("run campspec");
    // What is reported, not whether `--fix` fixes it (`tests/fix.rs` checks the marks).
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).replace("]: [*] ", "]: "),
    )
}

const PERSONAL_DATA: &str = "  personal_data:\n    profiling: true\n    lawful_basis: consent\n    consent: true\n    opt_out: true\n";

#[test]
fn a_plan_that_does_not_profile_needs_no_consent_or_opt_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = variant(
        dir.path(),
        "specs/cny-2027.campaign.yaml",
        PERSONAL_DATA,
        "  personal_data:\n    profiling: false\n",
    );
    let (code, out) = concise(&plan);
    assert_eq!((code, out.as_str()), (0, ""), "{out}");
}

/// PIPL Art. 24(2) asks for a way to refuse or a non-personalised option, not consent
/// (issue 17: the rule used to ask for `consent` too).
#[test]
fn a_plan_that_profiles_must_offer_a_way_to_refuse_or_a_non_personalised_option() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = variant(
        dir.path(),
        "specs/cny-2027.campaign.yaml",
        PERSONAL_DATA,
        "  personal_data:\n    profiling: true\n    opt_out: false\n",
    );
    let (code, out) = concise(&plan);
    let name = plan.display();
    let text = std::fs::read_to_string(&plan).expect("the variant");
    let line_of = |needle: &str| {
        text.lines()
            .position(|l| l.contains(needle))
            .map_or(0, |i| i + 1)
    };
    let opt_out = line_of("opt_out: false");
    assert_eq!(code, 1, "{out}");
    assert_eq!(
        out,
        format!(
            "{name}:{opt_out}:14: error[L012]: customers are profiled for marketing, but the plan offers neither a way to refuse it (`opt_out`) nor a non-personalised option (`non_personalised_option`), as PIPL Art. 24(2) requires\n"
        )
    );
}

/// Words that name each jurisdiction's law in a finding's message or help.
const LAW_OF: &[(&str, &[&str])] = &[
    (
        "CN",
        &[
            "广告法",
            "反不正当竞争法",
            "消费者权益保护法",
            "个人信息保护法",
            "电子商务法",
            "明码标价",
            "暂行规定",
            "商标法",
            "PIPL",
        ],
    ),
    (
        "EU",
        &[
            "UCPD",
            "Directive",
            "CJEU",
            "GDPR",
            "ePrivacy",
            "2005/29/EC",
            "98/6/EC",
        ],
    ),
    ("US", &["CFR", "FTC", "U.S.C.", "TCPA", "CAN-SPAM"]),
    ("UK", &["CAP Code", "DMCC", "PECR", "Gambling Act", "CTSI"]),
];

/// Every legal and wording fixture that fires, moved to one jurisdiction: its findings
/// cite that jurisdiction's law and no other's.
#[test]
fn findings_cite_only_the_law_of_the_plans_jurisdictions() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("fixtures")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with('L') || name.starts_with('W')
        })
        .collect();
    dirs.sort();
    let settings = campspec::Settings {
        today: campspec::values::Date::new(2027, 1, 1),
        ..Default::default()
    };
    for (jurisdiction, _) in LAW_OF {
        let mut cited = 0;
        for dir in &dirs {
            let Ok(text) = std::fs::read_to_string(dir.join("fires.campaign.yaml")) else {
                continue;
            };
            let moved: String = text
                .lines()
                .map(|line| {
                    if line.starts_with("jurisdictions:") {
                        format!("jurisdictions: [{jurisdiction}]")
                    } else {
                        line.to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            let checked = campspec::check_text("plan.campaign.yaml", moved, &settings);
            for finding in &checked.findings {
                let said = format!(
                    "{} {}",
                    finding.message,
                    finding.help.as_deref().unwrap_or("")
                );
                for (other, words) in LAW_OF {
                    let named = words.iter().find(|w| said.contains(*w));
                    if other == jurisdiction {
                        cited += usize::from(named.is_some());
                    } else if let Some(word) = named {
                        panic!(
                            "{}: a plan under {jurisdiction} alone is told about {other} law (`{word}`): {said}",
                            dir.display()
                        );
                    }
                }
            }
        }
        assert!(cited > 0, "no finding under {jurisdiction} cites its law");
    }
}

/// The case a new user met: a US-only plan whose copy misstates a coupon was pointed to
/// 广告法 Art. 8(1). It is now pointed to US law only.
#[test]
fn a_us_plan_is_pointed_to_us_law() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = variant(
        dir.path(),
        "tests/rules/L001-claim-mismatch/fires.campaign.yaml",
        "jurisdictions: [CN]",
        "jurisdictions: [US]",
    );
    let output = campspec()
        .args(["check", "--format", "json"])
        .arg(&plan)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("run campspec");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json report");
    let helps: Vec<&str> = report["files"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == "L001")
        .filter_map(|f| f["help"].as_str())
        .collect();
    assert!(!helps.is_empty(), "{report}");
    for help in helps {
        // The help says what to change, then cites US law alone.
        assert!(
            help.ends_with(" — FTC Act §5 (15 U.S.C. §45); 16 CFR 233") && !help.contains("广告法"),
            "{help}"
        );
    }
}

/// `campspec ARGS…` in `dir`: exit code, stdout, stderr.
fn run_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = campspec()
        .args(args)
        .current_dir(dir)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("run campspec");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn bundled(plan: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(plan)).expect("read plan")
}

#[test]
fn a_run_that_finds_no_plan_fails_and_names_the_pattern() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("plans")).expect("mkdir");
    std::fs::write(
        dir.path().join("plans/plan.yaml"),
        bundled("specs/cny-2027.campaign.yaml"),
    )
    .expect("write plan");
    let message = "error: nothing to check: no plan files (*.campaign.yaml, *.campaign.yml) in \
                   `plans`; a file named on the command line is checked whatever its name\n";
    for command in ["check", "build"] {
        let (code, stdout, stderr) = run_in(dir.path(), &[command, "plans"]);
        assert_eq!(code, 2, "{command}: {stdout}{stderr}");
        assert_eq!(stderr, message, "{command}");
        assert_eq!(stdout, "", "{command}");
    }
    // An empty directory too.
    std::fs::create_dir(dir.path().join("empty")).expect("mkdir");
    let (code, _, stderr) = run_in(dir.path(), &["check", "empty"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("in `empty`"), "{stderr}");
    // Named explicitly, the file is checked whatever its name.
    let (code, stdout, stderr) = run_in(dir.path(), &["check", "plans/plan.yaml"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert_eq!(stdout, "1 file checked: no findings\n");
}

#[test]
fn a_plan_id_used_twice_in_one_run_is_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("plans")).expect("mkdir");
    let text = bundled("specs/cny-2027.campaign.yaml");
    std::fs::write(dir.path().join("plans/a.campaign.yaml"), &text).expect("write");
    std::fs::write(dir.path().join("plans/b.campaign.yaml"), &text).expect("write");
    let line = text
        .lines()
        .position(|l| l.starts_with("id: "))
        .expect("an id line")
        + 1;
    let (code, stdout, _) = run_in(dir.path(), &["check", "--format", "concise", "plans"]);
    assert_eq!(code, 1, "{stdout}");
    assert_eq!(
        stdout,
        format!(
            "plans/b.campaign.yaml:{line}:5: error[R006]: plan id `cny-2027` is also the id of \
             `plans/a.campaign.yaml`\n"
        )
    );
    // `build` agrees: the first plan is built, the second is not.
    let out = dir.path().join("out");
    let (code, _, _) = run_in(
        dir.path(),
        &["build", "plans", "--out", out.to_str().expect("utf-8 path")],
    );
    assert_eq!(code, 1);
    assert!(out.join("cny-2027/plan.md").is_file());
}

#[test]
fn silencing_unknown_keys_still_reports_a_misspelt_required_key() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = variant(
        dir.path(),
        "specs/cny-2027.campaign.yaml",
        "    channel: ",
        "    chanel: ",
    );
    // By default: the unknown key, with its suggestion.
    let (code, out) = concise(&plan);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("error[S001]: unknown key `chanel`"), "{out}");
    assert!(!out.contains("S002"), "{out}");
    // With S001 off the item still lacks `channel`: S002 (locked) says so, and the
    // run fails instead of passing without the entry.
    std::fs::write(
        dir.path().join("campspec.toml"),
        "[rules]\nS001 = \"off\"\n",
    )
    .expect("write settings");
    let (code, stdout, stderr) = run_in(
        dir.path(),
        &["check", "--format", "concise", "plan.campaign.yaml"],
    );
    assert_eq!(code, 1, "{stdout}{stderr}");
    assert!(!stdout.contains("S001"), "{stdout}");
    assert!(
        stdout.contains("error[S002]: missing required key `channel`"),
        "{stdout}"
    );
}

#[test]
fn a_phase_date_that_fails_to_read_is_the_only_finding_about_it() {
    // The unreadable start of the `burst` phase: the date error stands; the copy's dates,
    // which are right, are not compared with a run computed without that phase.
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = variant(
        dir.path(),
        "specs/cny-2027.campaign.yaml",
        "    start: 2027-01-16",
        "    start: 2027年1月16日起",
    );
    let (code, out) = concise(&plan);
    assert_eq!(code, 1, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1, "{out}");
    assert!(
        lines[0].ends_with("error[S004]: `phases[1].start`: `2027年1月16日起` is not a date"),
        "{out}"
    );
}

#[test]
fn a_misspelt_or_missing_name_hides_nothing_else_of_its_item() {
    // The first phase's `name` misspelt, then missing: the phase is still read from its
    // other fields, so its overlap with the next phase is still reported.
    let dir = tempfile::tempdir().expect("temp dir");
    for (to, first) in [
        (
            "    nmae: 预热期",
            "plan.campaign.yaml:23:5: error[S001]: unknown key `nmae` in `phases[0]`",
        ),
        (
            "    note: 预热期",
            "plan.campaign.yaml:22:9: error[S002]: missing required key `name` in `phases[0]`",
        ),
    ] {
        let plan = variant(
            dir.path(),
            "tests/cli/planted.campaign.yaml",
            "    name: 预热期",
            to,
        );
        let (code, out) = concise(&plan);
        assert_eq!(code, 1, "{out}");
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines.iter().any(|l| l.ends_with(first)), "{out}");
        assert!(
            lines.iter().any(|l| l.ends_with(
                "error[D003]: phase `burst` starts on 2027-03-10, before phase `preheat` ends on \
                 2027-03-12: 3 days belong to both"
            )),
            "{out}"
        );
    }
}

#[test]
fn a_misspelt_channel_hides_nothing_else_of_its_copy_entry() {
    // `chanel:` on the hero banner: the unknown key is reported, and so is everything
    // else on that entry — its absolute claims and its claim that disagrees with the
    // tiers — as before the typo.
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = variant(
        dir.path(),
        "tests/cli/wording.campaign.yaml",
        "    channel: app_home\n    text: 全网最低价",
        "    chanel: app_home\n    text: 全网最低价",
    );
    let (code, out) = concise(&plan);
    assert_eq!(code, 1, "{out}");
    let lines: Vec<&str> = out
        .lines()
        .map(|l| l.strip_prefix(plan.to_str().expect("utf-8")).unwrap_or(l))
        .collect();
    assert_eq!(
        lines,
        [
            ":34:31: error[L005]: the prize `新能源汽车` is worth ¥6万, above the 50,000-yuan cap for prize draws (反不正当竞争法 (2025) Art. 11(4))",
            ":40:5: error[S001]: unknown key `chanel` in `copy[0]`",
            ":41:11: error[W001]: `全网最低价` is an absolute claim (price), banned in advertising",
            ":41:17: error[W001]: `国家级` is an absolute claim (grade), banned in advertising",
            ":41:23: error[L001]: the text says `满299享9折`, but the tier from 299 takes `9%` off, which is 9.1折",
            ":47:7: warning[L004]: `限量` says the quantity is limited, but the plan gives no quantity to check it against",
            ":51:20: error[W001]: `顶级` is an absolute claim (grade), banned in advertising",
            ":54:11: error[L011]: this SMS message gives no way to opt out of further messages",
        ]
    );
    // With unknown keys silenced, the entry still lacks its channel: S002 says so, and
    // the entry's other findings stay.
    std::fs::write(
        dir.path().join("campspec.toml"),
        "[rules]\nS001 = \"off\"\n",
    )
    .expect("write settings");
    let (code, stdout, _) = run_in(
        dir.path(),
        &["check", "--format", "concise", "plan.campaign.yaml"],
    );
    assert_eq!(code, 1);
    assert!(
        stdout.contains(":39:9: error[S002]: missing required key `channel` in `copy[0]`"),
        "{stdout}"
    );
    assert_eq!(stdout.matches("error[W001]").count(), 3, "{stdout}");
}

#[test]
fn offers_that_read_still_prove_a_stacking_limit_exceeded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("specs/cny-2027.campaign.yaml"),
    )
    .expect("read plan")
    .replacen("max_discount: 70%", "max_discount: 60%", 1);
    let path = dir.path().join("plan.campaign.yaml");
    // One coupon unreadable (not one of the worst case's): the offers that read already
    // stack to 67.5 %, so the limit is exceeded whatever that coupon adds.
    std::fs::write(
        &path,
        text.replacen("    min_spend: 1000\n", "    min_spend: 一千元\n", 1),
    )
    .expect("write plan");
    let (code, out) = concise(&path);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "error[P012]: offers stack to at least 67.50% off, above max_discount 60%: a \
             list-price order of ¥923.08 with `member-price` + `win-back` + `gifting` pays ¥300"
        ),
        "{out}"
    );
    // An unreadable limit is another matter: without `max_coupons_per_order` more coupons
    // could stack, so nothing is claimed about the depth.
    let limit = text
        .lines()
        .find(|l| l.trim_start().starts_with("max_coupons_per_order:"))
        .expect("a coupon limit")
        .to_owned();
    let broken = text.replacen(&limit, "  max_coupons_per_order: 两张", 1);
    std::fs::write(&path, broken).expect("write plan");
    let (code, out) = concise(&path);
    assert_eq!(code, 1, "{out}");
    assert!(!out.contains("P012"), "{out}");
}

#[test]
fn an_offer_kept_without_a_limit_that_failed_proves_no_depth() {
    // A coupon's `cap` misspelt: the coupon is kept, uncapped, so stacking it could only
    // overstate the worst case. Nothing is claimed about the depth or the margin — no
    // "at least", no "below cost" — only the typo is reported.
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = variant(
        dir.path(),
        "tests/rules/P014-stacking-below-cost/fires.campaign.yaml",
        "cap: 500",
        "cpa: 500",
    );
    let (code, out) = concise(&plan);
    assert_eq!(code, 1, "{out}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.contains("error[S001]: unknown key `cpa` in `coupons[0]`"),
        "{out}"
    );
}

/// `campspec check --format concise` on `plan` with each `(from, to)` replaced: the
/// lines, without the file name.
fn concise_lines(dir: &Path, plan: &str, edits: &[(&str, &str)]) -> (i32, Vec<String>) {
    let mut text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(plan)).expect("plan");
    for (from, to) in edits {
        assert!(text.contains(from), "`{from}` is not in {plan}");
        text = text.replacen(from, to, 1);
    }
    let path = dir.join("plan.campaign.yaml");
    std::fs::write(&path, text).expect("write plan");
    let (code, out) = concise(&path);
    let name = path.display().to_string();
    let lines = out
        .lines()
        .map(|l| l.strip_prefix(name.as_str()).unwrap_or(l).to_owned())
        .collect();
    (code, lines)
}

#[test]
fn a_misspelt_or_missing_coupon_field_hides_nothing_else_of_its_coupon() {
    // The coupon's required `min_spend` misspelt or missing, or its `amount` misspelt:
    // the coupon is still read from its other fields, so its validity is still checked
    // against the window. Before, the coupon was set aside whole and only the typo was
    // reported.
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = "tests/rules/D006-coupon-outside-window/fires.campaign.yaml";
    // The validity's two lines, which move up a line when `min_spend` is deleted.
    let d006 = |shift: usize| {
        [
            format!(
                ":{}:13: error[D006]: coupon `welcome` is valid from 2027-02-28, before the campaign window opens on 2027-03-01",
                23 - shift
            ),
            format!(
                ":{}:11: error[D006]: coupon `welcome` is valid until 2027-04-30, after the campaign window closes on 2027-03-31",
                24 - shift
            ),
        ]
    };
    for (edit, first, shift) in [
        (
            ("min_spend: 100", "min_spnd: 100"),
            ":21:5: error[S001]: unknown key `min_spnd` in `coupons[0]`",
            0,
        ),
        (
            ("    min_spend: 100\n", ""),
            ":18:9: error[S002]: missing required key `min_spend` in `coupons[0]`",
            1,
        ),
        (
            ("amount: 20", "amont: 20"),
            ":20:5: error[S001]: unknown key `amont` in `coupons[0]`",
            0,
        ),
    ] {
        let (code, lines) = concise_lines(dir.path(), plan, &[edit]);
        assert_eq!(code, 1, "{lines:?}");
        let mut expected = vec![first.to_owned()];
        expected.extend(d006(shift));
        assert_eq!(lines, expected, "{edit:?}");
    }
    // Its `valid` misspelt: what needs no dates — an amount that makes an order at the
    // minimum free — is still reported.
    let (code, lines) = concise_lines(
        dir.path(),
        plan,
        &[("amount: 20", "amount: 100"), ("    valid:", "    vaild:")],
    );
    assert_eq!(code, 1, "{lines:?}");
    assert_eq!(
        lines,
        [
            ":20:13: error[P008]: coupon `welcome` takes `100` off orders from `100`: an order at the minimum is free",
            ":22:5: error[S001]: unknown key `vaild` in `coupons[0]`",
        ]
    );
}

#[test]
fn an_unreadable_phase_start_hides_only_what_needs_it() {
    // The `burst` phase's start unreadable: its end is still compared with the window,
    // and so is the other phase; nothing that needs the start (an overlap, a gap, a
    // promotion's run) is judged.
    let dir = tempfile::tempdir().expect("temp dir");
    let (code, lines) = concise_lines(
        dir.path(),
        "tests/rules/D002-outside-window/fires.campaign.yaml",
        &[("    start: 2027-03-11", "    start: 2027年3月11日")],
    );
    assert_eq!(code, 1, "{lines:?}");
    assert_eq!(
        lines,
        [
            ":17:12: error[D002]: phase `preheat` starts on 2027-02-25, before the campaign window opens on 2027-03-01",
            ":21:12: error[S004]: `phases[1].start`: `2027年3月11日` is not written as YYYY-MM-DD",
            ":22:10: error[D002]: phase `burst` ends on 2027-04-02, after the campaign window closes on 2027-03-31",
        ]
    );
}

#[test]
fn a_budget_line_with_a_misspelt_owner_still_counts_in_the_budget() {
    // `ownr:` on a budget line: the line's amount still counts, so the lines and reserve
    // are still found to exceed the total (B001). Before, the line was set aside and the
    // budget sums were withheld.
    let dir = tempfile::tempdir().expect("temp dir");
    let (code, lines) = concise_lines(
        dir.path(),
        "tests/cli/planted.campaign.yaml",
        &[(
            "amount: 900万, owner: marketing",
            "amount: 900万, ownr: marketing",
        )],
    );
    assert_eq!(code, 1, "{lines:?}");
    assert!(
        lines.contains(
            &":31:10: error[B001]: the 2 budget lines (¥1,500万) plus the 5% reserve (¥75万) come to ¥1,575万, ¥75万 over the total of ¥1,500万"
                .to_owned()
        ),
        "{lines:?}"
    );
    assert!(
        lines.contains(&":34:48: error[S001]: unknown key `ownr` in `budget.lines[0]`".to_owned()),
        "{lines:?}"
    );
}

#[test]
fn a_material_with_a_misspelt_or_missing_due_still_has_its_owner_checked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = "tests/rules/R001-unknown-team/fires.campaign.yaml";
    for (edit, typo) in [
        (
            ("due: 2027-02-20", "deu: 2027-02-20"),
            ":20:59: error[S001]: unknown key `deu` in `materials[0]`",
        ),
        (
            (", due: 2027-02-20", ""),
            ":20:11: error[S002]: missing required key `due` in `materials[0]`",
        ),
    ] {
        let (code, lines) = concise_lines(dir.path(), plan, &[edit]);
        assert_eq!(code, 1, "{lines:?}");
        let mut expected = vec![
            ":18:68: error[R001]: unknown team `marketting`",
            ":20:52: error[R001]: unknown team `sales`",
        ];
        expected.push(typo);
        expected.sort_by_key(|l| {
            let mut parts = l.split(':').skip(1);
            let line: u32 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
            let column: u32 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
            (line, column)
        });
        assert_eq!(lines, expected, "{edit:?}");
    }
}

#[test]
fn a_copy_entry_without_its_text_still_has_its_references_checked() {
    // The hero banner's `text` misspelt, then missing (with its channel): the entry's
    // `advertises` still names an offer that does not exist.
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = "tests/rules/R004-unknown-offer/fires.campaign.yaml";
    let (code, lines) = concise_lines(
        dir.path(),
        plan,
        &[("text: 满300减30, advertises", "txet: 满300减30, advertises")],
    );
    assert_eq!(code, 1, "{lines:?}");
    assert_eq!(
        lines,
        [
            ":23:8: error[R004]: unknown promotion or coupon `member-prices`",
            ":25:36: error[S001]: unknown key `txet` in `copy[0]`",
            ":25:64: error[R004]: unknown promotion or coupon `tier`",
        ]
    );
    let (code, lines) = concise_lines(
        dir.path(),
        plan,
        &[("channel: app_home, text: 满300减30, ", "")],
    );
    assert_eq!(code, 1, "{lines:?}");
    assert_eq!(
        lines,
        [
            ":23:8: error[R004]: unknown promotion or coupon `member-prices`",
            ":25:11: error[S002]: missing required key `channel` in `copy[0]`",
            ":25:11: error[S002]: missing required key `text` in `copy[0]`",
            ":25:30: error[R004]: unknown promotion or coupon `tier`",
        ]
    );
}

#[test]
fn a_tier_with_an_unreadable_discount_leaves_the_other_tiers_compared() {
    // The second tier's discount unreadable: the tier is kept with its spend, so the
    // spends are still found out of order; nothing is said about the savings it would
    // need.
    let dir = tempfile::tempdir().expect("temp dir");
    let (code, lines) = concise_lines(
        dir.path(),
        "tests/rules/P001-tiers-out-of-order/fires.campaign.yaml",
        &[(
            "- { spend: 599, discount: 8% }",
            "- { spend: 599, discount: 八折 }",
        )],
    );
    assert_eq!(code, 1, "{lines:?}");
    assert_eq!(
        lines,
        [
            ":23:33: error[S004]: `promotions[0].tiers[1].discount`: `八折` is written in Chinese numerals",
            ":24:18: error[P001]: tier spend `499` does not rise above the previous tier's `599`",
            ":32:18: error[P001]: tier spend `299` does not rise above the previous tier's `599`",
        ]
    );
}

#[test]
fn a_draw_with_a_misspelt_entry_or_prize_list_is_still_checked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = "tests/cli/wording.campaign.yaml";
    // `entry` misspelt: the prize's value is still above the cap.
    let (code, lines) = concise_lines(dir.path(), plan, &[("    entry:", "    entyr:")]);
    assert_eq!(code, 1, "{lines:?}");
    assert_eq!(
        lines.get(..2),
        Some(
            &[
                ":32:5: error[S001]: unknown key `entyr` in `promotions[2]`".to_owned(),
                ":34:31: error[L005]: the prize `新能源汽车` is worth ¥6万, above the 50,000-yuan cap for prize draws (反不正当竞争法 (2025) Art. 11(4))".to_owned(),
            ][..]
        ),
        "{lines:?}"
    );
    // The prize list misspelt: nothing is said about the prizes, but the draw's name is
    // still wording-checked.
    let (code, lines) = concise_lines(
        dir.path(),
        plan,
        &[
            ("    prizes:", "    prizs:"),
            ("name: 焕新抽奖", "name: 国家级焕新抽奖"),
        ],
    );
    assert_eq!(code, 1, "{lines:?}");
    assert!(!lines.iter().any(|l| l.contains("L005")), "{lines:?}");
    assert_eq!(
        lines.get(..2),
        Some(
            &[
                ":31:11: error[W001]: `国家级` is an absolute claim (grade), banned in advertising"
                    .to_owned(),
                ":33:5: error[S001]: unknown key `prizs` in `promotions[2]`".to_owned(),
            ][..]
        ),
        "{lines:?}"
    );
}
