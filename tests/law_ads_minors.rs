//! The legal rules on ads that must be recognisable as ads, with a one-tap close for
//! pop-up and splash ads (L022), and on minors in the audience (L023), each shown as the
//! finding a user sees next to the look-alike that stays clean.

mod common;
#[path = "common/marks.rs"]
mod marks;
use marks::{bundled_with, check_plan, findings, marks};

const CNY: &str = "specs/cny-2027.campaign.yaml";
const SPRING: &str = "specs/spring-refresh-2026.campaign.yaml";

/// The findings of `code`: (message, underlined text).
fn of(text: &str, code: &str) -> Vec<(String, String)> {
    let (report, _) = check_plan(text);
    let underlined: Vec<(String, String)> = marks(&report, text);
    findings(&report)
        .iter()
        .zip(underlined)
        .filter(|(f, _)| f["code"] == code)
        .map(|(f, (_, mark))| (f["message"].as_str().unwrap_or("").to_owned(), mark))
        .collect()
}

/// The CNY plan with `entry` added as its first copy entry.
fn cny_with_copy(entry: &str) -> String {
    bundled_with(CNY, "copy:\n", &format!("copy:\n{entry}"))
}

#[test]
fn an_influencer_post_without_the_word_guanggao_is_reported() {
    let note = "  - id: kol-note\n    channel: influencer\n    text: 亲测好用，年货节满299享91折\n    advertises: [tiers]\n";
    let found = of(&cny_with_copy(note), "L022");
    assert_eq!(found.len(), 1, "{found:?}");
    let (message, mark) = &found[0];
    assert!(
        message.contains("`kol-note` is an influencer post"),
        "{message}"
    );
    assert!(message.contains("广告"), "{message}");
    assert_eq!(mark, "influencer");
    // 推广 is a label, but not the one Chinese rules ask for.
    let promo = note.replace("    advertises", "    ad_label: 推广\n    advertises");
    let found = of(&cny_with_copy(&promo), "L022");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.contains("`推广`"), "{}", found[0].0);
    assert_eq!(found[0].1, "推广");
    // Labelled 广告: clean, and so is the whole plan.
    let labelled = note.replace("    advertises", "    ad_label: 广告\n    advertises");
    let (report, code) = check_plan(&cny_with_copy(&labelled));
    assert!(findings(&report).is_empty(), "{:?}", findings(&report));
    assert_eq!(code, 0);
}

#[test]
fn a_splash_ad_that_makes_viewers_wait_is_reported_and_a_skip_button_is_not() {
    let splash = "  - id: launch\n    channel: splash\n    text: 欢乐中国年，满299享91折\n    close: after_countdown\n    advertises: [tiers]\n";
    let found = of(&cny_with_copy(splash), "L022");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.contains("countdown"), "{}", found[0].0);
    assert_eq!(found[0].1, "after_countdown");
    let skip = splash.replace("after_countdown", "one_tap");
    assert!(of(&cny_with_copy(&skip), "L022").is_empty());
    // A pop-up that does not say how it closes is reported at its channel.
    let popup = "  - id: pop\n    channel: popup\n    text: 新人专享满299享91折\n";
    let found = of(&cny_with_copy(popup), "L022");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.contains("`close`"), "{}", found[0].0);
    assert_eq!(found[0].1, "popup");
}

#[test]
fn english_ad_labels_are_read_and_vague_tags_are_not_labels() {
    let post = |label: &str| {
        bundled_with(
            SPRING,
            "copy:\n",
            &format!(
                "copy:\n  - id: creator\n    channel: influencer\n    text: Obsessed with these linen sheets, 20% off this week\n    ad_label: \"{label}\"\n    advertises: [linen-event]\n"
            ),
        )
    };
    for label in ["#ad", "Paid partnership with Hearth & Home", "Sponsored"] {
        assert!(of(&post(label), "L022").is_empty(), "{label}");
    }
    let found = of(&post("#spon"), "L022");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].0.contains("does not plainly say it is an ad"),
        "{}",
        found[0].0
    );
    // The US has no one-tap-close rule: a countdown splash is not judged there.
    let splash = bundled_with(
        SPRING,
        "copy:\n",
        "copy:\n  - { id: launch, channel: splash, text: Spring Refresh, close: after_countdown }\n",
    );
    assert!(of(&splash, "L022").is_empty());
}
