//! Conventions the commands share, end to end: `init` names a plan by its file and year,
//! `simulate` takes the settings options of `check` and writes money as `rules.json`
//! does, the man pages are named `campspec-COMMAND(1)`, and `rules.json` states flash
//! slots as the plan writes them.

mod common;
use common::campspec;
use serde_json::Value;
use std::path::Path;

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The top-level `id:` of a plan's text.
fn plan_id(text: &str) -> String {
    text.lines()
        .find_map(|l| l.strip_prefix("id: "))
        .expect("an id line")
        .trim()
        .to_owned()
}

fn is_id(text: &str) -> bool {
    regex::Regex::new("^[a-z][a-z0-9-]*$")
        .expect("regex")
        .is_match(text)
        && text.len() <= 64
}

/// `campspec init --today TODAY FILE` in `dir`; the plan written.
fn init(dir: &Path, today: &str, file: &str) -> String {
    let output = campspec()
        .current_dir(dir)
        .args(["init", "--today", today, file])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    std::fs::read_to_string(dir.join(file)).expect("written")
}

// ---- init ------------------------------------------------------------------------

#[test]
fn init_names_the_plan_by_its_file_and_the_campaigns_year() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Planned from 2026-12-15, the campaign starts on 2027-01-18: its year is 2027.
    let text = init(dir.path(), "2026-12-15", "plans/summer-sale.campaign.yaml");
    assert_eq!(plan_id(&text), "summer-sale-2027");
    assert!(text.contains("  start: 2027-01-18\n"), "{text}");
    // From a day whose campaign starts the same year: that year.
    let text = init(dir.path(), "2026-03-02", "plans/autumn.campaign.yml");
    assert_eq!(plan_id(&text), "autumn-2026");
    // A name that already ends with the year is not given it twice.
    let text = init(dir.path(), "2026-12-15", "plans/cny-2027.campaign.yaml");
    assert_eq!(plan_id(&text), "cny-2027");

    let check = campspec()
        .current_dir(dir.path())
        .args(["check", "--no-config", "plans"])
        .output()
        .expect("run");
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    assert_eq!(stdout(&check), "3 files checked: no findings\n");
}

#[test]
fn init_gives_chinese_file_names_valid_ids_that_differ() {
    let dir = tempfile::tempdir().expect("tempdir");
    let names = [
        "春节大促.campaign.yaml",
        "中秋.campaign.yaml",
        "618大促.campaign.yaml",
        "Summer Sale.campaign.yaml",
        "summer_sale.campaign.yaml",
    ];
    let mut ids: Vec<String> = names
        .iter()
        .map(|name| plan_id(&init(dir.path(), "2026-12-15", name)))
        .collect();
    for id in &ids {
        assert!(is_id(id), "`{id}` is not a valid id");
        assert!(id.ends_with("-2027"), "{id}");
    }
    assert!(ids[2].starts_with("plan-618-"), "{}", ids[2]);
    assert!(ids[3].starts_with("summer-sale-"), "{}", ids[3]);
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), names.len(), "two plans share an id: {ids:?}");

    // Checked together, the plans are clean: no two share an id (R006).
    let check = campspec()
        .current_dir(dir.path())
        .args(["check", "--no-config", "--format", "concise", "."])
        .output()
        .expect("run");
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    assert_eq!(stdout(&check), "");
}

#[test]
fn init_prints_a_plan_without_a_file_name_as_plan_year() {
    let output = campspec()
        .args(["init", "--today", "2026-12-15", "-"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(plan_id(&stdout(&output)), "plan-2027");
}

// ---- simulate --------------------------------------------------------------------

const PLAN: &str = "specs/cny-2027.campaign.yaml";
const CART: &str = "specs/carts/cny-2027-diamond.cart.yaml";

/// Every string of `value` found at a key in `keys`, with its path.
fn strings_at(value: &Value, keys: &[&str], path: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let here = format!("{path}/{key}");
                if let (true, Some(text)) = (keys.contains(&key.as_str()), v.as_str()) {
                    out.push((here.clone(), text.to_owned()));
                }
                strings_at(v, keys, &here, out);
            }
        }
        Value::Array(items) => {
            for (n, v) in items.iter().enumerate() {
                strings_at(v, keys, &format!("{path}/{n}"), out);
            }
        }
        _ => {}
    }
}

/// Whether `value` holds a JSON number that is not an integer anywhere.
fn has_float(value: &Value) -> bool {
    match value {
        Value::Number(n) => !(n.is_u64() || n.is_i64()),
        Value::Object(map) => map.values().any(has_float),
        Value::Array(items) => items.iter().any(has_float),
        _ => false,
    }
}

#[test]
fn simulate_json_writes_money_as_rules_json_does() {
    let output = campspec()
        .args(["simulate", PLAN, "--cart", CART, "--format", "json"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let receipt: Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(receipt["currency"], "CNY");
    assert_eq!(receipt["list_total"], "1045.70");
    assert_eq!(receipt["lines"][2]["unit_price"], "29.90");
    assert_eq!(receipt["tiers"][0]["saving"], "230.05");
    assert_eq!(receipt["coupons"][1]["base"], "622.44");
    assert_eq!(receipt["paid"], "515.65");
    assert_eq!(receipt["saving"], "530.05");
    assert!(!has_float(&receipt), "a JSON float: {receipt:#}");
    let money = [
        "unit_price",
        "list",
        "list_total",
        "applies_to",
        "becomes",
        "subtotal",
        "saving",
        "after_tiers",
        "base",
        "min_spend",
        "paid",
        "spend",
    ];
    let mut amounts = Vec::new();
    strings_at(&receipt, &money, "", &mut amounts);
    assert!(amounts.len() > 10, "{amounts:?}");
    let decimal = regex::Regex::new(r"^-?[0-9]+\.[0-9]{2}$").expect("regex");
    for (path, amount) in &amounts {
        assert!(decimal.is_match(amount), "{path}: {amount}");
    }

    // The same amount is written the same way in rules.json: the coupon's minimum.
    let dir = tempfile::tempdir().expect("tempdir");
    let build = campspec()
        .args(["build", "--only", "rules", "--out"])
        .arg(dir.path())
        .arg(PLAN)
        .output()
        .expect("run");
    assert_eq!(build.status.code(), Some(0), "{}", stderr(&build));
    let rules: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("cny-2027/rules.json")).expect("rules.json"),
    )
    .expect("json");
    let gifting = rules["coupons"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["id"] == "gifting"))
        .expect("the gifting coupon");
    assert_eq!(
        gifting["conditions"]["min_spend"],
        receipt["coupons"][1]["min_spend"]
    );
    assert!(!has_float(&rules));
}

#[test]
fn simulate_text_still_shows_money_with_its_currency() {
    let output = campspec()
        .args(["simulate", PLAN, "--cart", CART])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.contains("  ¥1,045.70  list total\n"), "{text}");
    assert!(text.contains("= paid              ¥515.65\n"), "{text}");
}

/// A plan whose phase gap is waived until 2027-01-01, and a cart for it.
fn waived_plan(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let plan = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/rules/C001-waiver-expired/passes.campaign.yaml");
    let plan_copy = dir.join("waived.campaign.yaml");
    std::fs::copy(plan, &plan_copy).expect("copy");
    let cart = dir.join("cart.yaml");
    std::fs::write(
        &cart,
        "at: 2027-03-15 10:00\ncustomer: {}\nitems:\n  - { name: 礼盒, price: 100 }\n",
    )
    .expect("cart");
    (plan_copy, cart)
}

#[test]
fn simulate_today_decides_whether_a_waiver_has_expired() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (plan, cart) = waived_plan(dir.path());
    let simulate = |today: &str| {
        campspec()
            .env_remove("CAMPSPEC_TODAY")
            .args(["simulate", "--no-config", "--today", today, "--cart"])
            .arg(&cart)
            .arg(&plan)
            .output()
            .expect("run")
    };
    // Before the waiver expires the plan is clean and the cart is priced.
    let before = simulate("2026-12-01");
    assert_eq!(before.status.code(), Some(0), "{}", stdout(&before));
    assert!(stdout(&before).contains("= paid"), "{}", stdout(&before));
    // After it, the waiver is an error (C001) and the gap it covered is back (D004).
    let after = simulate("2027-01-15");
    assert_eq!(after.status.code(), Some(1), "{}", stdout(&after));
    let text = stdout(&after);
    assert!(text.contains("C001(waiver-expired)"), "{text}");
    assert!(text.contains("D004"), "{text}");
    assert!(stderr(&after).contains("the plan has errors"));
    // A day that is not a date: campspec could not run.
    let bad = simulate("2027-02-30");
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--today") || stderr(&bad).contains("2027-02-30"));
}

#[test]
fn simulate_refuses_a_plan_or_cart_over_max_file_size() {
    let too_small = campspec()
        .args(["simulate", PLAN, "--cart", CART, "--max-file-size", "1KiB"])
        .output()
        .expect("run");
    assert_eq!(too_small.status.code(), Some(2), "{}", stdout(&too_small));
    let said = stderr(&too_small);
    assert!(said.contains(PLAN), "{said}");
    assert!(
        said.contains("larger than the limit of 1024 bytes"),
        "{said}"
    );
    assert_eq!(stdout(&too_small), "");

    // A limit the plan fits but the cart does not.
    let dir = tempfile::tempdir().expect("tempdir");
    let cart = dir.path().join("big.cart.yaml");
    let mut text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(CART)).expect("cart");
    text.push_str(&"# padding\n".repeat(20_000));
    std::fs::write(&cart, text).expect("write");
    let big_cart = campspec()
        .args(["simulate", PLAN, "--max-file-size", "100KiB", "--cart"])
        .arg(&cart)
        .output()
        .expect("run");
    assert_eq!(big_cart.status.code(), Some(2), "{}", stdout(&big_cart));
    assert!(stderr(&big_cart).contains("big.cart.yaml"));

    let fits = campspec()
        .args(["simulate", PLAN, "--cart", CART, "--max-file-size", "1MiB"])
        .output()
        .expect("run");
    assert_eq!(fits.status.code(), Some(0), "{}", stderr(&fits));
    let bad = campspec()
        .args(["simulate", PLAN, "--cart", CART, "--max-file-size", "lots"])
        .output()
        .expect("run");
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn simulate_reads_the_settings_file_named_by_config() {
    let dir = tempfile::tempdir().expect("tempdir");
    let settings = dir.path().join("small.toml");
    std::fs::write(&settings, "[limits]\nmax_file_size = \"1KiB\"\n").expect("write");
    let output = campspec()
        .args(["simulate", PLAN, "--cart", CART, "--config"])
        .arg(&settings)
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    // --no-config ignores it; both at once are refused.
    let output = campspec()
        .args(["simulate", PLAN, "--cart", CART, "--no-config"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0));
    let output = campspec()
        .args(["simulate", PLAN, "--cart", CART, "--no-config", "--config"])
        .arg(&settings)
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
}

// ---- man pages -------------------------------------------------------------------

#[test]
fn each_command_has_a_man_page_named_campspec_command() {
    let output = campspec().args(["man", "check"]).output().expect("run");
    assert_eq!(output.status.code(), Some(0));
    let page = stdout(&output);
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        page.contains(&format!(".TH campspec-check 1  \"campspec {version}\"")),
        "{page}"
    );
    assert!(page.contains(".SH NAME\ncampspec\\-check \\-"), "{page}");
    assert!(page.contains("\\fBcampspec check\\fR"), "{page}");

    let dir = tempfile::tempdir().expect("tempdir");
    let man1 = dir.path().join("man1");
    let output = campspec()
        .args(["man", "--dir"])
        .arg(&man1)
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let mut names: Vec<String> = std::fs::read_dir(&man1)
        .expect("written")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in [
        "campspec.1",
        "campspec-check.1",
        "campspec-diff.1",
        "campspec-init.1",
    ] {
        assert!(names.iter().any(|n| n == name), "no {name} in {names:?}");
    }
    assert!(!names.iter().any(|n| n == "campspec-help.1"), "{names:?}");
    for name in &names {
        let page = std::fs::read_to_string(man1.join(name)).expect("page");
        let title = name.trim_end_matches(".1");
        assert!(page.contains(&format!(".TH {title} 1")), "{name}");
        assert!(
            page.contains(&format!(".SH NAME\n{} ", title.replace('-', "\\-"))),
            "{name}"
        );
        assert!(stdout(&output).contains(name), "{name} not listed");
    }
    // The main page lists the others by their names.
    let main = std::fs::read_to_string(man1.join("campspec.1")).expect("page");
    assert!(main.contains("campspec\\-check(1)"), "{main}");

    let unknown = campspec().args(["man", "chek"]).output().expect("run");
    assert_eq!(unknown.status.code(), Some(2));
}

// ---- rules.json ------------------------------------------------------------------

#[test]
fn rules_json_states_flash_slots_as_the_plan_writes_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let build = campspec()
        .args(["build", "--only", "rules", "--out"])
        .arg(dir.path())
        .arg("specs/double11-2027.campaign.yaml")
        .output()
        .expect("run");
    assert_eq!(build.status.code(), Some(0), "{}", stderr(&build));
    let text =
        std::fs::read_to_string(dir.path().join("double11-2027/rules.json")).expect("rules.json");
    assert!(!text.contains("24:00"), "an invented midnight end");
    let rules: Value = serde_json::from_str(&text).expect("json");
    let flash = rules["promotions"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["id"] == "flash"))
        .expect("the flash sale");
    let slots = flash["validity"]["daily_slots"].as_array().expect("slots");
    assert!(!slots.is_empty());
    for slot in slots {
        assert!(slot["start"].is_string(), "{slot}");
        assert!(slot["end"].is_null(), "the plan states no end: {slot}");
    }
    // The schema says what a slot without an `end` means, and allows no `24:00`.
    let schema = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/rules.schema.json"),
    )
    .expect("schema");
    assert!(schema.contains("runs until the next slot of the day starts"));
    assert!(!schema.contains("24:00"));
}
