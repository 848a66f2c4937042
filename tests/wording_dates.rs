//! Dates in customer-facing text, end to end: English periods written with weekdays and
//! words, ends ("order by Dec 20", 截至12月20日, "ends Sunday") compared with the offer's
//! run (L001) and counted as ends for urgency wording (L003, L013), former-price periods
//! left alone, and weekdays that do not fall on their date in the campaign's year (L017)
//! — each found at its exact characters, with look-alikes that stay clean.

mod common;
#[path = "common/marks.rs"]
mod marks;
use marks::{findings, underlined};
use serde_json::Value;

/// The rules these tests are about; other rules' findings on the same text (a reference
/// price without its basis, say) are not their concern.
const CODES: &[&str] = &["L001", "L003", "L013", "L017"];

/// A one-offer plan: `sale` (20 % off) runs the whole window; each copy text is on its
/// own line, advertising `sale` when `advertises` is set.
/// `text` checked as a plan: the JSON report.
fn check_plan(text: &str) -> Value {
    marks::check_plan(text).0
}

fn plan(jurisdictions: &str, window: (&str, &str), texts: &[&str], advertises: bool) -> String {
    let (start, end) = window;
    let mut plan = format!(
        "campspec: 1
id: dates
name: Dates
owner: marketing
locale: en
currency: GBP
timezone: Europe/London
jurisdictions: [{jurisdictions}]
window: {{ start: {start}, end: {end} }}
teams:
  - {{ id: marketing, name: Marketing }}
goals:
  - {{ id: gmv, metric: gmv, name: Sales, baseline: 1000000, target: 1200000, growth: 20%, owner: marketing }}
phases:
  - {{ id: main, name: Main, start: {start}, end: {end} }}
promotions:
  - {{ id: sale, type: discount, name: Sale, discount: 20% }}
copy:
"
    );
    for (i, text) in texts.iter().enumerate() {
        let text = text.replace('\'', "''");
        plan.push_str(&format!("  - {{ id: c{i}, channel: web, text: '{text}'"));
        if advertises {
            plan.push_str(", advertises: [sale]");
        }
        plan.push_str(" }\n");
    }
    plan
}

/// (code, underlined characters) of the findings of `CODES`.
fn marks(plan: &str) -> Vec<(String, String)> {
    findings(&check_plan(plan))
        .iter()
        .filter(|f| CODES.contains(&f["code"].as_str().unwrap_or("")))
        .map(|f| {
            (
                f["code"].as_str().unwrap_or("").to_owned(),
                underlined(plan, f),
            )
        })
        .collect()
}

fn expect(found: Vec<(String, String)>, expected: &[(&str, &str)]) {
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(c, t)| (c.to_string(), t.to_string()))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn the_plan_without_dated_copy_is_clean() {
    let report = check_plan(&plan(
        "UK",
        ("2026-11-27", "2026-11-30"),
        &["20% off everything"],
        true,
    ));
    assert_eq!(findings(&report), Vec::<Value>::new());
}

#[test]
fn english_periods_in_words_are_compared_with_the_run() {
    // `sale` runs Friday 27 to Monday 30 November 2026.
    let window = ("2026-11-27", "2026-11-30");
    let wrong = [
        "Runs Thursday 26 to Sunday 29 November",
        "Thu 26th Nov to Sun 29th Nov: 20% off",
        "On now through Dec 2",
        "26-29 November: 20% off",
        "Ends Sunday!",
    ];
    expect(
        marks(&plan("UK", window, &wrong, true)),
        &[
            ("L001", "Thursday 26 to Sunday 29 November"),
            ("L001", "Thu 26th Nov to Sun 29th Nov"),
            ("L001", "through Dec 2"),
            ("L001", "26-29 November"),
            ("L001", "Ends Sunday"),
        ],
    );
    let right = [
        "Runs Friday 27 to Monday 30 November",
        "Fri 27th Nov to Mon 30th Nov: 20% off",
        "On now through Nov 30",
        "27-30 November: 20% off",
        "Ends Monday at midnight",
        "From 27 November until 30 November",
    ];
    expect(marks(&plan("UK", window, &right, true)), &[]);
}

#[test]
fn an_order_by_date_is_an_end() {
    let window = ("2026-12-10", "2026-12-20");
    expect(
        marks(&plan(
            "US",
            window,
            &[
                "Order by Dec 22 to get 20% off",
                "Order by 22 December and save",
            ],
            true,
        )),
        &[
            ("L001", "Order by Dec 22"),
            ("L001", "Order by 22 December"),
        ],
    );
    expect(
        marks(&plan(
            "US",
            window,
            &[
                "Order by Dec 20 to get 20% off",
                // A delivery cut-off is not the offer's end.
                "Order by 18 December for Christmas delivery",
            ],
            true,
        )),
        &[],
    );
}

#[test]
fn chinese_ends_and_starts_are_compared_with_the_run() {
    let window = ("2027-01-08", "2027-01-22");
    expect(
        marks(&plan(
            "CN",
            window,
            &[
                "年货节1月5日开启，持续至1月20日",
                "下单截止时间为1月25日",
                "1月25日24点截止",
            ],
            true,
        )),
        &[
            ("L001", "1月5日开启"),
            ("L001", "至1月20日"),
            ("L001", "截止时间为1月25日"),
            ("L001", "1月25日24点截止"),
        ],
    );
    expect(
        marks(&plan(
            "CN",
            window,
            &[
                "年货节1月8日开启，持续至1月22日",
                "即日起至1月22日",
                "1月22日（周五）24点结束",
            ],
            true,
        )),
        &[],
    );
}

#[test]
fn former_price_periods_are_not_the_offers_run() {
    // `sale` runs in November; the periods are when the old price was charged.
    let window = ("2026-11-01", "2026-11-11");
    expect(
        marks(&plan(
            "UK, CN",
            window,
            &[
                "Sold at £80 from Sep 1 - Oct 15; now £55",
                "Was £80 between 1 Sep and 15 Oct, now £55",
                "原价199元（9月1日至10月15日售价），现价99元",
                "划线价为10月1日-10月31日的成交价",
                "该商品10月1日至10月31日售价259元，现价199元",
            ],
            true,
        )),
        &[],
    );
    // After the former price, the offer's own period is compared again.
    expect(
        marks(&plan(
            "UK",
            window,
            &["Was £80, now £55 from 1 Nov to 15 Nov"],
            true,
        )),
        &[("L001", "from 1 Nov to 15 Nov")],
    );
}

#[test]
fn a_stated_end_satisfies_time_limited_wording() {
    // Copy that advertises nothing must say when it ends.
    let window = ("2026-12-01", "2026-12-20");
    expect(
        marks(&plan(
            "UK, CN",
            window,
            &[
                "Limited time: 20% off - order by Dec 20",
                "Limited time: 20% off, ends Sunday",
                "限时特惠，12月20日截止",
                "限时特惠，截至12月20日",
                "限时特惠，本周日24点结束",
            ],
            false,
        )),
        &[],
    );
    expect(
        marks(&plan(
            "UK, CN",
            window,
            &[
                "Limited time: order by 18 December for Christmas delivery",
                "限时特惠，速抢",
            ],
            false,
        )),
        &[("L003", "Limited time"), ("L003", "限时特惠")],
    );
}

#[test]
fn an_end_at_midnight_on_a_date_is_not_a_one_day_claim() {
    // `sale` runs 1 to 6 December 2026 (a Tuesday to a Sunday).
    let window = ("2026-12-01", "2026-12-06");
    expect(
        marks(&plan(
            "UK",
            window,
            &["Offer ends midnight Sunday 6 December"],
            true,
        )),
        &[],
    );
    expect(
        marks(&plan(
            "UK",
            window,
            &["Offer ends midnight Saturday 5 December"],
            true,
        )),
        &[("L001", "ends midnight Saturday 5 December")],
    );
    // "Today only" still says one day.
    expect(
        marks(&plan("UK", window, &["Today only: 20% off"], true)),
        &[("L013", "Today only")],
    );
}

#[test]
fn a_weekday_that_does_not_fall_on_its_date_is_found() {
    // Copy from 2026 reused in 2027: 3 December 2027 is a Friday, 6 December a Monday.
    let text = ["Thu 3 - Sun 6 Dec: 30% off coats"];
    expect(
        marks(&plan("UK", ("2027-12-01", "2027-12-10"), &text, false)),
        &[("L017", "Thu 3"), ("L017", "Sun 6 Dec")],
    );
    expect(
        marks(&plan("UK", ("2026-12-01", "2026-12-10"), &text, false)),
        &[],
    );
    // Chinese, with the weekday in brackets or after the date.
    let window = ("2026-11-20", "2026-12-10");
    expect(
        marks(&plan(
            "CN",
            window,
            &[
                "11月26日（周五）开抢",
                "12月6日周六晚8点直播",
                "活动时间：12月3日（星期五）至6日（星期一）",
            ],
            false,
        )),
        &[
            ("L017", "11月26日（周五）"),
            ("L017", "12月6日周六"),
            ("L017", "12月3日（星期五）"),
            ("L017", "6日（星期一）"),
        ],
    );
    expect(
        marks(&plan(
            "CN",
            window,
            &[
                "11月26日（周四）开抢",
                "12月6日周日晚8点直播",
                "周四11.26开抢",
                "活动时间：12月3日（星期四）至6日（星期日）",
            ],
            false,
        )),
        &[],
    );
}

#[test]
fn the_message_says_both_sides_and_where_the_year_comes_from() {
    let text = plan(
        "UK",
        ("2027-12-01", "2027-12-10"),
        &["Fri 4th Dec only: double points"],
        false,
    );
    let all = findings(&check_plan(&text));
    let finding = all.iter().find(|f| f["code"] == "L017").expect("L017");
    let message = finding["message"].as_str().unwrap_or("");
    assert!(
        message.contains("`Fri 4th Dec`")
            && message.contains("4 December 2027 is a Saturday, not a Friday")
            && message.contains("plan's window"),
        "{message}"
    );
    let help = finding["help"].as_str().unwrap_or("");
    assert!(
        help.contains("write Saturday") && help.contains("3 December 2027"),
        "{help}"
    );
    assert_eq!(finding["related"][0]["pointer"], "/window");
    // A year written with the date is the year.
    let text = plan(
        "UK",
        ("2026-12-01", "2026-12-10"),
        &["Friday 4 December 2027"],
        false,
    );
    let all = findings(&check_plan(&text));
    let message = all
        .iter()
        .find(|f| f["code"] == "L017")
        .and_then(|f| f["message"].as_str())
        .unwrap_or("")
        .to_owned();
    assert!(message.contains("the year written with it"), "{message}");
}

#[test]
fn a_window_over_new_year_reads_each_date_in_its_own_year() {
    // 20 December 2026 to 5 January 2027: Thursday 24 December 2026, Monday 4 January 2027.
    let window = ("2026-12-20", "2027-01-05");
    expect(
        marks(&plan(
            "UK",
            window,
            &[
                "Christmas Eve, Thursday 24 December",
                "Monday 4 January: last day",
                "Thursday 31 December",
            ],
            false,
        )),
        &[],
    );
    expect(
        marks(&plan("UK", window, &["Sunday 4 January: last day"], false)),
        &[("L017", "Sunday 4 January")],
    );
}

#[test]
fn a_numeric_date_is_read_as_the_market_writes_it() {
    // 4/12: 4 December 2026 (a Friday) in the UK, April 12 2026 (a Sunday) in the US.
    let window = ("2026-11-20", "2026-12-10");
    let text = ["Fri 4/12 only: double points"];
    expect(marks(&plan("UK", window, &text, false)), &[]);
    expect(
        marks(&plan("US", window, &text, false)),
        &[("L017", "Fri 4/12")],
    );
    // Both markets: the date reads both ways and is not judged.
    expect(marks(&plan("US, UK", window, &text, false)), &[]);
    // 26/11 reads one way only.
    expect(
        marks(&plan("US, UK", window, &["Fri 26/11 only"], false)),
        &[("L017", "Fri 26/11")],
    );
}
