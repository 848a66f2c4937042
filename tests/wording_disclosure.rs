//! The disclosure rules read copy like a reviewer, end to end through `campspec check`, in
//! Chinese and English: a gift named by no kind (精致好礼, 大礼包, 进店有礼; "a free gift",
//! "a little surprise"), "free" beside a fee, commitment, paid renewal or footnote in the
//! same text, time pressure whose copy states no end although the plan knows it, and stock
//! pressure without a number. Each finding underlines exactly its words; look-alikes
//! (delivery, named gifts, stated periods and quantities, trials with price and
//! cancellation) stay clean, and so do the bundled plans.

mod common;
#[path = "common/marks.rs"]
mod marks;
use common::campspec;
use marks::{bundled_with, check_plan, findings, underlined};
use serde_json::Value;
use std::path::Path;

/// A YAML single-quoted scalar.
fn quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// The copy entry `line` of `plan` rewritten to `text`, advertising `advertises` (none
/// when empty): the plan's text.
fn with_copy(plan: &str, line: &str, text: &str, advertises: &str) -> String {
    let advertising = if advertises.is_empty() {
        String::new()
    } else {
        format!("\n    advertises: [{advertises}]")
    };
    // The entry's own `advertises` line is the next line; it is replaced with the text.
    let full =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(plan)).expect("plan");
    let at = full.find(line).expect("copy line");
    let rest = &full[at + line.len()..];
    let next = rest
        .strip_prefix('\n')
        .and_then(|r| r.split('\n').next())
        .filter(|l| l.trim_start().starts_with("advertises:"))
        .map(|l| format!("{line}\n{l}"))
        .unwrap_or_else(|| line.to_owned());
    bundled_with(
        plan,
        &next,
        &format!("    text: {}{advertising}", quoted(text)),
    )
}

const CNY: &str = "specs/cny-2027.campaign.yaml";
const CNY_FU: &str =
    "    text: 新年集福开始啦！购物、签到、分享集齐五福，即可兑换新年礼盒，数量有限，兑完即止。";
const CNY_FLASH: &str =
    "    text: 每日10点、14点、20点限时秒杀，爆品5折起，每款限量2000件，每人限购1件。";
const SPRING: &str = "specs/spring-refresh-2026.campaign.yaml";
const SPRING_TOTE: &str =
    "    text: \"Last chance: a free canvas tote with orders of $75 or more, through Mar 29.\"";

/// (code, underlined characters) of every finding of the copy `text` in `plan` at `line`.
fn copy_marks(plan: &str, line: &str, text: &str, advertises: &str) -> Vec<(String, String)> {
    let plan = with_copy(plan, line, text, advertises);
    let (report, _) = check_plan(&plan);
    findings(&report)
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap_or("").to_owned(),
                underlined(&plan, f),
            )
        })
        .collect()
}

/// The findings (code, message, help) of the copy `text` in `plan` at `line`.
fn copy_findings(plan: &str, line: &str, text: &str, advertises: &str) -> Vec<Value> {
    findings(&check_plan(&with_copy(plan, line, text, advertises)).0)
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(c, t)| (c.to_string(), t.to_string()))
        .collect()
}

#[test]
fn the_bundled_plans_stay_clean() {
    let output = campspec()
        .args(["check", "specs/"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

#[test]
fn a_chinese_gift_named_by_no_kind_is_found_at_its_words() {
    // The copy advertises the gift promotion, whose terms and tiers name the gifts: the
    // customer reading the banner still does not learn what they get.
    for (text, expected) in [
        ("满299元即送精致好礼一份", vec![("L002", "精致好礼")]),
        (
            "满599元领专属大礼包，送完即止",
            vec![("L002", "专属大礼包")],
        ),
        ("开门红，进店有礼", vec![("L002", "有礼")]),
        ("下单送价值99元的赠品", vec![("L002", "赠品")]),
        ("满999元加赠品牌周边一份", vec![("L002", "品牌周边")]),
        ("满299元好礼相送", vec![("L002", "好礼")]),
        ("满299元即得新春惊喜福袋", vec![("L002", "新春惊喜福袋")]),
        ("满599元加赠面霜小样若干", vec![("L002", "若干")]),
    ] {
        assert_eq!(
            copy_marks(CNY, CNY_FU, text, "gifts"),
            pairs(&expected),
            "{text}"
        );
    }
}

#[test]
fn chinese_gifts_named_by_kind_and_delivery_words_stay_clean() {
    for text in [
        "满599元赠红包封套装1套，赠品共5万份，送完即止",
        "满999元赠品牌定制台历1本，送完即止",
        "赠品为吉祥物定制台历1本，与商品一同发货",
        "满299元赠对应赠品一份，赠品共5万份，送完即止",
        "早上10点前下单当日送出，同城送货上门",
        "礼品卡、礼盒装坚果，送礼佳品",
        "送给妈妈的新年礼物，精选真丝围巾",
    ] {
        assert_eq!(copy_marks(CNY, CNY_FU, text, "gifts"), [], "{text}");
    }
}

#[test]
fn an_english_gift_named_by_no_kind_is_found_at_its_words() {
    for (text, gift) in [
        (
            "Spend $75 and get a free gift, through Mar 29.",
            "free gift",
        ),
        (
            "A little surprise in every box over $75, through Mar 29.",
            "little surprise",
        ),
        (
            "Mystery gift with every order of $75 or more, through Mar 29.",
            "Mystery gift",
        ),
        (
            "Claim your exclusive bonus gift with orders of $75, through Mar 29.",
            "exclusive bonus gift",
        ),
    ] {
        assert_eq!(
            copy_marks(SPRING, SPRING_TOTE, text, "tote"),
            pairs(&[("L019", gift)]),
            "{text}"
        );
    }
    let found = copy_findings(
        SPRING,
        SPRING_TOTE,
        "Spend $75 and get a free gift, through Mar 29.",
        "tote",
    );
    assert_eq!(found[0]["severity"], "warning", "{found:?}");
    assert!(
        found[0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("without saying what it is")),
        "{found:?}"
    );
}

#[test]
fn english_gifts_named_by_kind_and_gift_products_stay_clean() {
    for text in [
        "Spend $75 and get a free canvas market tote, through Mar 29.",
        "A free gift with orders of $75 or more: a canvas market tote, through Mar 29.",
        "Treat yourself: a canvas market tote with orders of $75, through Mar 29.",
        "Gift cards from $25, and gift wrapping for $3.50, through Mar 29.",
    ] {
        assert_eq!(copy_marks(SPRING, SPRING_TOTE, text, "tote"), [], "{text}");
    }
}

#[test]
fn free_beside_a_charge_in_chinese_is_found_at_the_free_word() {
    for (text, free, charge) in [
        (
            "免费领取新年台历，仅需支付9.9元服务费",
            "免费领取",
            "仅需支付9.9元服务费",
        ),
        ("0元办会员，到期自动按月扣费", "0元", "自动按月扣费"),
        ("免费试用，需先充值500元", "免费试用", "需先充值"),
        ("白送！只要付个邮费59元", "白送", "只要付个邮费"),
        ("免费领取试用装，需好评返图后发货", "免费领取", "需好评"),
    ] {
        let found = copy_findings(CNY, CNY_FU, text, "");
        let marks: Vec<(String, String)> = copy_marks(CNY, CNY_FU, text, "")
            .into_iter()
            .filter(|(code, _)| code == "L014")
            .collect();
        assert_eq!(marks, pairs(&[("L014", free)]), "{text}");
        let message = found
            .iter()
            .find(|f| f["code"] == "L014")
            .and_then(|f| f["message"].as_str())
            .unwrap_or_default()
            .to_owned();
        assert!(message.contains(charge), "{text}: {message}");
    }
}

#[test]
fn free_offers_stated_plainly_in_chinese_stay_clean() {
    for text in [
        "首月免费，之后每月9.9元，可随时取消",
        "免费退换，退货运费由商家承担",
        "本活动免费参加，无需购买",
        "免费领取体验装，包邮到家",
        "购买空调享免费上门安装，辅材按实际用量收费并明码标价",
        "凭学生证免费领取一次性口罩一包",
    ] {
        let marks: Vec<(String, String)> = copy_marks(CNY, CNY_FU, text, "")
            .into_iter()
            .filter(|(code, _)| code == "L014")
            .collect();
        assert_eq!(marks, [], "{text}");
    }
}

#[test]
fn free_beside_a_charge_in_english_is_found_at_the_free_word() {
    for (text, free) in [
        ("Free sample - just pay $6.99 handling", "Free sample"),
        (
            "Free 30-day trial, then auto-renews at $14.99/month",
            "Free",
        ),
        (
            "FREE phone! (Requires a 24-month contract at $45/month)",
            "FREE",
        ),
        (
            "Get it free* (*with purchase of two full-price items)",
            "free",
        ),
        ("Totally free! Small admin fee applies", "free"),
    ] {
        assert_eq!(
            copy_marks(SPRING, SPRING_TOTE, text, ""),
            pairs(&[("L014", free)]),
            "{text}"
        );
    }
    for text in [
        "Free samples - just pay postage",
        "Free for your first month, then $7.99/month. Cancel anytime.",
        "Free returns within 30 days",
        "Free to enter. No purchase necessary, no admin fee.",
    ] {
        assert_eq!(copy_marks(SPRING, SPRING_TOTE, text, ""), [], "{text}");
    }
}

#[test]
fn time_pressure_needs_its_end_in_the_copy_even_when_the_plan_knows_it() {
    // The flash sale runs in the burst and peak phases: the banner must say until when.
    for (text, words) in [
        ("限时秒杀，爆品5折起，每款限量2000件，每人限购1件", "限时"),
        (
            "爆品5折起，每款限量2000件，每人限购1件，活动马上结束",
            "马上结束",
        ),
        (
            "爆品5折起，每款限量2000件，每人限购1件，错过今天再等一年",
            "错过今天",
        ),
        (
            "爆品5折起，每款限量2000件，每人限购1件，仅限今日",
            "仅限今日",
        ),
    ] {
        assert_eq!(
            copy_marks(CNY, CNY_FLASH, text, "flash"),
            pairs(&[("L003", words)]),
            "{text}"
        );
    }
    let found = copy_findings(
        CNY,
        CNY_FLASH,
        "限时秒杀，爆品5折起，每款限量2000件，每人限购1件",
        "flash",
    );
    let help = found[0]["help"].as_str().unwrap_or_default();
    assert!(
        help.contains("`flash` ends on") && help.contains("截至"),
        "{help}"
    );
    for text in [
        "每日10点、14点、20点限时秒杀，爆品5折起，每款限量2000件，每人限购1件。",
        "限时秒杀，1月16日至2月6日，爆品5折起，每款限量2000件，每人限购1件",
        "限时秒杀截至2月6日24点，爆品5折起，每款限量2000件，每人限购1件",
        "限时抢购：1月20日0点至2点，爆品5折起，每款限量2000件，每人限购1件",
    ] {
        assert_eq!(copy_marks(CNY, CNY_FLASH, text, "flash"), [], "{text}");
    }
}

#[test]
fn english_time_pressure_needs_its_end_in_the_copy() {
    for (text, words) in [
        (
            "Last chance: a free canvas tote with orders of $75 or more.",
            "Last chance",
        ),
        (
            "A free canvas tote with orders of $75 or more. This deal will not last!",
            "will not last",
        ),
        (
            "Hurry: a free canvas tote with orders of $75 or more.",
            "Hurry",
        ),
    ] {
        assert_eq!(
            copy_marks(SPRING, SPRING_TOTE, text, "tote"),
            pairs(&[("L003", words)]),
            "{text}"
        );
    }
    let found = copy_findings(
        SPRING,
        SPRING_TOTE,
        "Last chance: a free canvas tote with orders of $75 or more.",
        "tote",
    );
    let help = found[0]["help"].as_str().unwrap_or_default();
    assert!(help.contains("until 29 March"), "{help}");
    for text in [
        "Last chance: a free canvas tote with orders of $75 or more, until 29 March.",
        "Last chance: a free canvas tote with orders of $75 or more. Ends Sunday 29 March 2026.",
    ] {
        assert_eq!(copy_marks(SPRING, SPRING_TOTE, text, "tote"), [], "{text}");
    }
}

#[test]
fn stock_pressure_without_a_number_is_found_and_stated_quantities_are_read() {
    for (text, words) in [
        ("新春爆款，库存紧张，随时下架", "库存紧张"),
        ("断货王回归，存量不多", "存量不多"),
        ("珍稀款，卖一件少一件", "卖一件少一件"),
    ] {
        assert_eq!(
            copy_marks(CNY, CNY_FU, text, "tiers"),
            pairs(&[("L004", words)]),
            "{text}"
        );
    }
    // A stated stock satisfies the scarcity words (no L004); the stock itself is a
    // quantity claim that `claim-mismatch` compares with the plan (none is set here).
    for text in [
        "新年礼盒共发售2000套，库存紧张，售完即止",
        "本次共备货3000台，售完恢复原价",
        "如遇库存不足，将在3个工作日内退款",
    ] {
        let found = copy_marks(CNY, CNY_FU, text, "tiers");
        assert!(
            found.iter().all(|(code, _)| code != "L004"),
            "{text}: {found:?}"
        );
    }
    assert_eq!(
        copy_marks(
            SPRING,
            SPRING_TOTE,
            "Stocks are running out: a free canvas tote with orders of $75 or more, through Mar 29.",
            "",
        ),
        pairs(&[("L004", "running out")])
    );
    assert_eq!(
        copy_marks(
            SPRING,
            SPRING_TOTE,
            "While stocks last (1,000 units at launch): a canvas tote with orders of $75 or more, through Mar 29.",
            "",
        ),
        []
    );
}
