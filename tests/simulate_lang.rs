//! `campspec simulate` and `campspec diff` in Chinese: the receipt follows the plan's
//! language under `--lang auto` and the language asked for otherwise; `diff` writes its
//! Markdown in the run's language.

mod common;
use common::campspec;

const CNY: &str = "specs/cny-2027.campaign.yaml";

/// The receipt: what stdout holds from its first line on (a cart's findings, when it
/// has any, come before it and belong to the cart's rules).
fn receipt(stdout: &[u8], first: &str) -> String {
    let text = String::from_utf8_lossy(stdout);
    let at = text
        .find(first)
        .unwrap_or_else(|| panic!("no receipt starting with {first:?}:\n{text}"));
    text[at..].to_owned()
}

#[test]
fn the_bundled_carts_are_priced_in_chinese_for_a_chinese_plan() {
    for (cart, snapshot) in [
        (
            "specs/carts/cny-2027-diamond.cart.yaml",
            "simulate_zh_cny_diamond",
        ),
        (
            "specs/carts/double11-2027-flash.cart.yaml",
            "simulate_zh_cny_double11_cart",
        ),
    ] {
        // `auto`: the plan says `locale: zh-CN`.
        let output = campspec()
            .env("CAMPSPEC_LANG", "auto")
            .args(["simulate", CNY, "--cart", cart])
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let text = receipt(&output.stdout, "购物车 ");
        for word in ["原价合计", "满减", "优惠券", "= 实付"] {
            assert!(text.contains(word), "no {word:?} in:\n{text}");
        }
        insta::assert_snapshot!(snapshot, text);
    }
}

#[test]
fn the_json_receipt_keeps_its_keys_and_gives_its_reasons_in_chinese() {
    let output = campspec()
        .args([
            "--lang",
            "zh-CN",
            "simulate",
            CNY,
            "--cart",
            "specs/carts/cny-2027-diamond.cart.yaml",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let receipt: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(receipt["paid"], "515.65");
    assert_eq!(receipt["tiers"][0]["tier"], "满 ¥999.00 优惠 22%");
    let reasons: Vec<&str> = receipt["not_applied"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["reason"].as_str().unwrap())
        .collect();
    assert!(
        reasons.contains(&"与 `tiers` 互斥，本单用 `tiers` 优惠更多"),
        "{reasons:?}"
    );
}

/// A cart for the English plan `specs/spring-refresh-2026.campaign.yaml`.
fn spring_cart(dir: &std::path::Path) -> std::path::PathBuf {
    let cart = dir.join("spring.cart.yaml");
    std::fs::write(
        &cart,
        "at: 2026-03-12 19:00\nitems:\n  - { name: Linen sheet set, price: 180, scope: bedding }\n  - { name: Candle, price: 45 }\n",
    )
    .unwrap();
    cart
}

#[test]
fn an_english_plan_is_priced_in_english_unless_chinese_is_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let cart = spring_cart(dir.path());
    let run = |lang: &str| {
        let output = campspec()
            .env("CAMPSPEC_LANG", lang)
            .args([
                "simulate",
                "specs/spring-refresh-2026.campaign.yaml",
                "--cart",
            ])
            .arg(&cart)
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let auto = run("auto");
    for words in [
        "priced with",
        "list total",
        "1 item level",
        "= paid",
        "saving ",
    ] {
        assert!(auto.contains(words), "no {words:?} under auto:\n{auto}");
    }
    assert!(
        !auto.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "Chinese in an English plan's receipt:\n{auto}"
    );
    let zh = run("zh-CN");
    for words in ["按方案", "原价合计", "1 单品优惠", "= 实付", "共优惠"] {
        assert!(zh.contains(words), "no {words:?} with --lang zh-CN:\n{zh}");
    }
    assert!(!zh.contains("priced with"), "{zh}");
}

#[test]
fn simulate_errors_follow_the_plan() {
    let output = campspec()
        .env("CAMPSPEC_LANG", "auto")
        .args(["simulate", CNY, "--cart", "no-such.cart.yaml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("无法读取 no-such.cart.yaml："), "{stderr}");
}

#[test]
fn diff_markdown_is_written_in_chinese() {
    let output = campspec()
        .args([
            "--lang",
            "zh-CN",
            "diff",
            CNY,
            "tests/diff/cny-2027-changed.campaign.yaml",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let md = String::from_utf8_lossy(&output.stdout).into_owned();
    for expected in [
        "## campspec diff：方案改动",
        "阶段、优惠券共 3 处改动；新增 6 个问题",
        "**阶段**",
        "- `burst` 整体推迟 3 天：2027-01-16 – 2027-01-28 → 2027-01-19 – 2027-01-31",
        "- 删除 `nianhuo`（年货专区券）",
        "- `win-back.amount`：150 → 250（+¥100）",
        "最坏情况优惠深度 67.50% → 80.50%（+13.00 个百分点）",
        "剩余毛利 7.69% → -53.85%",
        "**新增的问题**",
        "- 错误 `D003` phase-overlap：",
    ] {
        assert!(md.contains(expected), "no {expected:?} in:\n{md}");
    }
    // The findings' own messages belong to their rules: the snapshot stops before them.
    let head = &md[..md.find("**新增的问题**").unwrap()];
    insta::assert_snapshot!("diff_zh_cny_md", head);
}

#[test]
fn diff_follows_the_run_not_the_plan() {
    // Under auto the run's language is the environment's: English here, although the
    // plans are Chinese.
    let output = campspec()
        .env("CAMPSPEC_LANG", "auto")
        .env("LC_ALL", "C")
        .args(["diff", CNY, "tests/diff/cny-2027-changed.campaign.yaml"])
        .output()
        .unwrap();
    let md = String::from_utf8_lossy(&output.stdout);
    assert!(md.contains("3 changes in phases, coupons"), "{md}");
    let output = campspec()
        .env("CAMPSPEC_LANG", "auto")
        .env("LC_ALL", "zh_CN.UTF-8")
        .args([
            "diff",
            "--format",
            "human",
            CNY,
            "tests/diff/cny-2027-changed.campaign.yaml",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("  阶段：\n"), "{text}");
    assert!(text.contains("  新增的问题：\n"), "{text}");
}
