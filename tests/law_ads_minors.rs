//! The legal rules on ads that must be recognisable as ads, with a one-tap close for
//! pop-up and splash ads (L022), and on minors in the audience (L023), each shown as the
//! finding a user sees next to the look-alike that stays clean.

mod common;
#[path = "common/marks.rs"]
mod marks;
use marks::{bundled_with, check_plan, findings, messages_of};

const CNY: &str = "specs/cny-2027.campaign.yaml";
const SPRING: &str = "specs/spring-refresh-2026.campaign.yaml";

/// The findings of `code`: (message, underlined text).
fn of(text: &str, code: &str) -> Vec<(String, String)> {
    messages_of(text, code)
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

/// The CNY plan (a mystery box, personal data used for profiling) with `audience` added.
fn cny_with_audience(audience: &str) -> String {
    bundled_with(
        CNY,
        "\nrisks:\n",
        &format!("\naudience: {audience}\n\nrisks:\n"),
    )
}

#[test]
fn young_children_in_the_audience_are_reported_on_data_and_mystery_boxes() {
    let text = cny_with_audience("{ min_age: 6 }");
    let found = of(&text, "L023");
    assert_eq!(found.len(), 2, "{found:?}");
    let (data, mark) = &found
        .iter()
        .find(|(m, _)| m.contains("personal data"))
        .expect("a finding on personal data");
    assert!(data.contains("starts at age 6"), "{data}");
    assert!(data.contains("under 14 (CN)"), "{data}");
    assert_eq!(mark, "6");
    let (boxed, mark) = &found
        .iter()
        .find(|(m, _)| m.contains("mystery box"))
        .expect("a finding on the mystery box");
    assert!(boxed.contains("`新年福袋盲盒`"), "{boxed}");
    assert!(boxed.contains("under 8"), "{boxed}");
    assert_eq!(mark, "lucky-bag");
    // From 12 with a guardian's consent recorded: nothing to report.
    let (report, code) = check_plan(&cny_with_audience(
        "{ min_age: 12, guardian_consent: true }",
    ));
    assert!(findings(&report).is_empty(), "{:?}", findings(&report));
    assert_eq!(code, 0);
    // Adults only: nothing either, consent or not.
    assert!(of(&cny_with_audience("{ min_age: 18 }"), "L023").is_empty());
    // 12 without consent: the data, and the mystery box sold to minors without it.
    let found = of(
        &cny_with_audience("{ min_age: 12, guardian_consent: false }"),
        "L023",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().any(|(_, mark)| mark == "false"), "{found:?}");
}

#[test]
fn urging_children_to_ask_their_parents_is_reported_and_speaking_to_parents_is_not() {
    let with_copy = |text: &str, audience: &str| {
        cny_with_audience(audience).replacen(
            "copy:\n",
            &format!("copy:\n  - id: toys\n    channel: app_home\n    text: {text}\n    advertises: [tiers]\n"),
            1,
        )
    };
    let consented = "{ min_age: 6, guardian_consent: true }";
    let text = with_copy("寒假新玩具，快叫爸爸妈妈买！满299享91折", consented);
    let found: Vec<_> = of(&text, "L023")
        .into_iter()
        .filter(|(m, _)| m.contains("parents"))
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "叫爸爸妈妈买");
    assert!(found[0].0.contains("age 6"), "{}", found[0].0);
    // The same words to an adult audience, and words for parents that urge nobody.
    assert!(
        of(
            &with_copy("寒假新玩具，快叫爸爸妈妈买！满299享91折", "{ min_age: 18 }"),
            "L023"
        )
        .is_empty()
    );
    let look_alike = with_copy(
        "适合6岁以上儿童的寒假新玩具，让家长放心购买！满299享91折",
        consented,
    );
    assert!(
        of(&look_alike, "L023")
            .iter()
            .all(|(m, _)| !m.contains("parents")),
        "{:?}",
        of(&look_alike, "L023")
    );
    // English, in a UK plan for children from 10.
    let uk = bundled_with(
        SPRING,
        "copy:\n",
        "audience: { min_age: 10, guardian_consent: true }\ncopy:\n  - id: kids\n    channel: web\n    text: Ask your parents to buy you the linen den kit, 20% off\n    advertises: [linen-event]\n",
    )
    .replace("jurisdictions: [US]", "jurisdictions: [UK]");
    let found = of(&uk, "L023");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Ask your parents to buy");
    let permission = uk.replace(
        "Ask your parents to buy you the linen den kit",
        "Ask your parents for permission before you sign up",
    );
    assert!(of(&permission, "L023").is_empty());
}

#[test]
fn an_unreadable_value_withholds_only_the_findings_that_depend_on_it() {
    // `close` unreadable: the splash is not judged, the unlabelled post still is.
    let entries = "  - id: launch\n    channel: splash\n    text: 欢乐中国年\n    close: maybe\n  - id: kol-note\n    channel: influencer\n    text: 亲测好用，年货节满299享91折\n";
    let found = of(&cny_with_copy(entries), "L022");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "influencer");
    // `guardian_consent` unreadable: the personal data and the mystery box for minors of
    // 8 and over are not judged; the words urging children still are.
    let text = cny_with_audience("{ min_age: 10, guardian_consent: maybe }").replacen(
        "copy:\n",
        "copy:\n  - id: toys\n    channel: app_home\n    text: 寒假新玩具，快叫爸爸妈妈买！\n",
        1,
    );
    let found = of(&text, "L023");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "叫爸爸妈妈买");
}
