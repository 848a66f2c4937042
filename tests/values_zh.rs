//! Values that do not read, explained in Chinese: every value type's parser is given a
//! list of bad values (`1.5亿x`, `10折`, `2027-02-30`, `１２０元`, `15%` for a count…),
//! and each message and help, written in Chinese, must contain Chinese and keep no run
//! of three English words outside backticks and quotes. Together the cases reach every
//! message of `locales/*/values.ftl`, so a message added later needs a case here.

#[path = "common/chinese.rs"]
mod chinese;

use campspec::i18n::{Arg, Lang, Msg, catalogue};
use campspec::model::OrderTime;
use campspec::values::{
    Count, Date, Discount, Duration, Id, Measure, MeasureKind, Money, Number, NumberRange, Percent,
    Share, TimeOfDay, ValueError,
};
use chinese::{english_run, has_chinese, without_quotes};
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// Every catalogue key a message uses, its nested messages included.
fn keys_of(msg: &Msg, out: &mut BTreeSet<String>) {
    fn arg_keys(arg: &Arg, out: &mut BTreeSet<String>) {
        match arg {
            Arg::Msg(m) => keys_of(m, out),
            Arg::All(items) | Arg::Any(items) | Arg::Semi(items) => {
                items.iter().for_each(|a| arg_keys(a, out))
            }
            _ => {}
        }
    }
    if let Msg::Key { key, args } = msg {
        out.insert((*key).to_owned());
        for (_, arg) in args {
            arg_keys(arg, out);
        }
    }
}

/// A parser: the error for a written value, `None` when it reads.
type Parser = fn(&str) -> Option<ValueError>;

/// Each written value with the parser to read it by.
fn text_cases() -> Vec<(&'static str, &'static str, Parser)> {
    fn money(t: &str) -> Option<ValueError> {
        Money::parse(t).err()
    }
    fn count(t: &str) -> Option<ValueError> {
        Count::parse(t).err()
    }
    fn percent(t: &str) -> Option<ValueError> {
        Percent::parse(t).err()
    }
    fn discount(t: &str) -> Option<ValueError> {
        Discount::parse(t).err()
    }
    fn date(t: &str) -> Option<ValueError> {
        Date::parse(t).err()
    }
    fn time(t: &str) -> Option<ValueError> {
        TimeOfDay::parse(t).err()
    }
    fn duration(t: &str) -> Option<ValueError> {
        Duration::parse(t).err()
    }
    fn number(t: &str) -> Option<ValueError> {
        Number::parse(t).err()
    }
    fn range(t: &str) -> Option<ValueError> {
        NumberRange::parse(t).err()
    }
    fn measure(t: &str) -> Option<ValueError> {
        Measure::parse(t).err()
    }
    fn share(t: &str) -> Option<ValueError> {
        Share::parse(t).err()
    }
    fn id(t: &str) -> Option<ValueError> {
        Id::parse(t).err()
    }
    fn order_time(t: &str) -> Option<ValueError> {
        OrderTime::parse(t).err()
    }
    /// A goal value read as a metric of each kind in turn: the first error.
    fn as_money(t: &str) -> Option<ValueError> {
        Measure::parse(t).ok()?.interpret(MeasureKind::Money).err()
    }
    fn as_percent(t: &str) -> Option<ValueError> {
        Measure::parse(t)
            .ok()?
            .interpret(MeasureKind::Percent)
            .err()
    }
    fn as_count(t: &str) -> Option<ValueError> {
        Measure::parse(t).ok()?.interpret(MeasureKind::Count).err()
    }
    fn as_score(t: &str) -> Option<ValueError> {
        Measure::parse(t).ok()?.interpret(MeasureKind::Score).err()
    }
    fn as_custom(t: &str) -> Option<ValueError> {
        Measure::parse(t).ok()?.interpret(MeasureKind::Custom).err()
    }
    vec![
        // Money.
        ("money", "", money),
        ("money", "abc", money),
        ("money", "１２０元", money),
        ("money", "12，000", money),
        ("money", "15%", money),
        ("money", "五百元", money),
        ("money", "-5", money),
        ("money", "+5", money),
        ("money", "1.2.3", money),
        ("money", ".5", money),
        ("money", "5.", money),
        ("money", "1.000,50", money),
        ("money", "12,5", money),
        ("money", "1,2000", money),
        ("money", "99999999999999999999999999999999", money),
        ("money", "1.005", money),
        ("money", "1.2345678万", money),
        ("money", "$20元", money),
        ("money", "USD 20", money),
        ("money", "20 dollars", money),
        ("money", "20块", money),
        ("money", "20美元", money),
        ("money", "5000件", money),
        ("money", "5k", money),
        ("money", "12 000", money),
        ("money", "2000000000000000", money),
        ("money", "１２０x", money),
        ("money", "99999999999999999999999亿", money),
        // Counts.
        ("count", "abc", count),
        ("count", "1.5", count),
        ("count", "1.23456万", count),
        ("count", "15%", count),
        ("count", "-5", count),
        ("count", "+5", count),
        ("count", "¥5", count),
        ("count", "5元", count),
        ("count", "5000件", count),
        ("count", "三十万", count),
        ("count", "99999999999999999999", count),
        // Percentages.
        ("percent", "15", percent),
        ("percent", "0.15", percent),
        ("percent", "15 percent", percent),
        ("percent", "15%%", percent),
        ("percent", "百分之十五", percent),
        ("percent", "2000000%", percent),
        ("percent", "1.23456789%", percent),
        ("percent", "1.2345678901234567890123456%", percent),
        // Discounts and 折.
        ("discount", "abc", discount),
        ("discount", "10折", discount),
        ("discount", "打8折", discount),
        ("discount", "八五折", discount),
        ("discount", "8.5折优惠", discount),
        ("discount", "0.5折", discount),
        ("discount", "8.55折", discount),
        ("discount", "80折", discount),
        ("discount", "85.5折", discount),
        ("discount", "折扣", discount),
        ("discount", "立减30", discount),
        ("discount", "30 off", discount),
        ("discount", "满299减30", discount),
        ("discount", "0%", discount),
        ("discount", "-5%", discount),
        ("discount", "150%", discount),
        ("discount", "0.15", discount),
        ("discount", "0", discount),
        // Dates.
        ("date", "2027-02-30", date),
        ("date", "2027-13-01", date),
        ("date", "2027-01-32", date),
        ("date", "2028-03-32", date),
        ("date", "2027-04-31", date),
        ("date", "2027-05-32", date),
        ("date", "2027-06-31", date),
        ("date", "2027-07-32", date),
        ("date", "2027-08-32", date),
        ("date", "2027-09-31", date),
        ("date", "2027-10-32", date),
        ("date", "2027-11-31", date),
        ("date", "2027-12-32", date),
        ("date", "2027/1/16", date),
        ("date", "2027-01-16 10:00", date),
        ("date", "1月16日", date),
        ("date", "2027年1月16日", date),
        ("date", "1/2/2027", date),
        ("date", "tomorrow", date),
        // Times of day.
        ("time", "abc", time),
        ("time", "25:00", time),
        ("time", "10:60", time),
        ("time", "10:00:00", time),
        ("time", "10:5", time),
        ("time", "10", time),
        ("time", "1000", time),
        ("time", "下午2点", time),
        ("time", "2pm", time),
        ("time", "10.30", time),
        ("time", "10：00", time),
        // Durations.
        ("duration", "abc", duration),
        ("duration", "1.5h", duration),
        ("duration", "1.5d", duration),
        ("duration", "1.5w", duration),
        ("duration", "90", duration),
        ("duration", "-2y", duration),
        ("duration", "1.5y", duration),
        ("duration", "1.5mo", duration),
        ("duration", "2 years", duration),
        ("duration", "3m", duration),
        ("duration", "30min", duration),
        ("duration", "99999999999d", duration),
        // Numbers and ranges.
        ("number", "5万", number),
        ("number", "x", number),
        ("range", "abc", range),
        ("range", "2", range),
        ("range", "3..2", range),
        ("range", "2..", range),
        ("range", "2...3", range),
        ("range", "2-3", range),
        ("range", "1..2..3", range),
        // Goal values.
        ("measure", "1.5亿x", as_money),
        ("measure", "15..20%", as_percent),
        ("measure", "5000件", as_money),
        ("measure", "¥5000", as_percent),
        ("measure", "15%", as_count),
        ("measure", "15%", as_score),
        ("measure", "5000件", as_score),
        ("measure", "15%-20%", measure),
        ("measure", "abc", measure),
        ("measure", "¥5000", as_custom),
        ("measure", "5分", as_count),
        ("measure", "5分", as_score),
        ("share", "-20%", share),
        ("share", "", share),
        // Ids.
        ("id", "爆发期", id),
        ("id", "café", id),
        ("id", "2027", id),
        ("id", "2027-CNY", id),
        ("id", "Burst!", id),
        ("id", "-", id),
        (
            "id",
            "a-very-long-id-that-goes-on-and-on-well-past-the-sixty-four-characters-allowed",
            id,
        ),
        // Order times in a cart.
        ("order time", "2027-01-16", order_time),
    ]
}

/// Values from the loaded document: numbers and other JSON kinds.
fn json_cases() -> Vec<(&'static str, Value, ValueError)> {
    let e = |r: Result<(), ValueError>| r.expect_err("an error");
    vec![
        (
            "money",
            json!(-5),
            e(Money::from_json(&json!(-5)).map(drop)),
        ),
        (
            "money",
            json!(null),
            e(Money::from_json(&json!(null)).map(drop)),
        ),
        (
            "money",
            json!(true),
            e(Money::from_json(&json!(true)).map(drop)),
        ),
        (
            "money",
            json!([1]),
            e(Money::from_json(&json!([1])).map(drop)),
        ),
        (
            "money",
            json!({}),
            e(Money::from_json(&json!({})).map(drop)),
        ),
        (
            "money",
            json!(1e30),
            e(Money::from_json(&json!(1e30)).map(drop)),
        ),
        (
            "count",
            json!(-5),
            e(Count::from_json(&json!(-5)).map(drop)),
        ),
        (
            "count",
            json!(1.5),
            e(Count::from_json(&json!(1.5)).map(drop)),
        ),
        (
            "percent",
            json!(15),
            e(Percent::from_json(&json!(15)).map(drop)),
        ),
        (
            "discount",
            json!(0.15),
            e(Discount::from_json(&json!(0.15)).map(drop)),
        ),
        (
            "date",
            json!(20270116),
            e(Date::from_json(&json!(20270116)).map(drop)),
        ),
        ("date", json!(12), e(Date::from_json(&json!(12)).map(drop))),
        (
            "time",
            json!(10),
            e(TimeOfDay::from_json(&json!(10)).map(drop)),
        ),
        (
            "time",
            json!(600),
            e(TimeOfDay::from_json(&json!(600)).map(drop)),
        ),
        (
            "time",
            json!(5000),
            e(TimeOfDay::from_json(&json!(5000)).map(drop)),
        ),
        (
            "duration",
            json!(90),
            e(Duration::from_json(&json!(90)).map(drop)),
        ),
        (
            "range",
            json!(2),
            e(NumberRange::from_json(&json!(2)).map(drop)),
        ),
        ("id", json!([]), e(Id::from_json(&json!([])).map(drop))),
        (
            "share",
            json!("abc"),
            e(Share::from_json(&json!("abc")).map(drop)),
        ),
        (
            "number",
            json!(1e300),
            e(Number::from_json(&json!(1e300)).map(drop)),
        ),
    ]
}

/// Messages no written value can reach from the public parsers: a non-finite number
/// (JSON has none), a month outside 1–12 in a sentence (the month is checked first),
/// and a value of another kind than a `custom` metric's (a custom metric takes any).
const UNREACHED: [&str; 3] = [
    "value-not-finite",
    "value-month-unknown",
    "value-metric-custom",
];

#[test]
fn every_bad_value_is_explained_in_chinese() {
    let mut errors: Vec<(String, ValueError)> = Vec::new();
    let reads: Vec<String> = text_cases()
        .into_iter()
        .filter_map(|(what, text, parse)| match parse(text) {
            Some(e) => {
                errors.push((format!("{what} `{text}`"), e));
                None
            }
            None => Some(format!("{what} `{text}`")),
        })
        .collect();
    assert!(reads.is_empty(), "these read, and should not: {reads:?}");
    for (what, value, e) in json_cases() {
        errors.push((format!("{what} {value}"), e));
    }
    let mut problems = Vec::new();
    let mut used = BTreeSet::new();
    for (case, e) in &errors {
        assert!(!e.message.is_raw(), "{case}: message not in the catalogue");
        keys_of(&e.message, &mut used);
        let help = e.help.as_ref();
        if let Some(help) = help {
            assert!(!help.is_raw(), "{case}: help not in the catalogue");
            keys_of(help, &mut used);
        }
        let texts = [("message", Some(&e.message)), ("help", help)];
        for (part, msg) in texts {
            let Some(msg) = msg else { continue };
            let zh = msg.render(Lang::ZhCn);
            if !has_chinese(&without_quotes(&zh)) {
                problems.push(format!("{case} {part}: not Chinese: {zh}"));
            } else if let Some(run) = english_run(&zh) {
                problems.push(format!("{case} {part}: English left (`{run}`): {zh}"));
            }
            if zh.contains(['(', ')']) && !zh.contains(['`', '"']) {
                problems.push(format!("{case} {part}: half-width brackets: {zh}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    // Every message of the values catalogue is reached by some case.
    let (_, [en, _]) = catalogue::sources()
        .iter()
        .find(|(stem, _)| *stem == "values")
        .expect("values.ftl");
    let missing: Vec<&str> = en
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(key, _)| key.trim()))
        .filter(|key| key.starts_with("value-") && !used.contains(*key))
        .filter(|key| !UNREACHED.contains(key))
        .collect();
    assert!(missing.is_empty(), "messages no case reaches: {missing:?}");
}

/// The examples of the issue, word for word.
#[test]
fn the_issue_examples_read_as_a_reviewer_writes() {
    let e = Date::parse("2027-02-30").unwrap_err();
    assert_eq!(
        e.message.render(Lang::ZhCn),
        "`2027-02-30` 不是有效日期：2027年2月只有28天"
    );
    assert_eq!(
        e.help.unwrap().render(Lang::ZhCn),
        "请写 2027-02-01 至 2027-02-28 之间的日期"
    );
    let e = Discount::parse("10折").unwrap_err();
    assert_eq!(e.message.render(Lang::ZhCn), "`10折` 即原价，没有任何优惠");
    let e = Money::parse("１２０元").unwrap_err();
    assert_eq!(e.message.render(Lang::ZhCn), "`１２０元` 使用了全角数字");
    assert_eq!(e.help.unwrap().render(Lang::ZhCn), "请写 \"120元\"");
    let e = Count::parse("15%").unwrap_err();
    assert_eq!(e.message.render(Lang::ZhCn), "`15%` 是百分比，不是数量");
    let e = Date::parse("1/2/2027").unwrap_err();
    assert_eq!(
        e.help.unwrap().render(Lang::ZhCn),
        "请写 2027-02-01（2月1日）或 2027-01-02（1月2日）"
    );
}
