//! The legal rules for requirements no rule covered before (issue 17): a paid add-on
//! preselected at checkout (L020) and a reward for a positive review (L021), each shown as
//! the finding a user sees, next to the look-alike that stays clean.

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

#[test]
fn a_preselected_paid_add_on_is_reported_at_its_preselection() {
    let text = bundled_with(
        CNY,
        "    price: 3\n    preselected: false\n",
        "    price: 3\n    preselected: true\n",
    );
    let found = of(&text, "L020");
    assert_eq!(found.len(), 1, "{found:?}");
    let (message, mark) = &found[0];
    assert!(message.contains("`退货运费险`"), "{message}");
    assert!(message.contains("¥3"), "{message}");
    assert_eq!(mark, "true");
    // The bundled plan itself: the insurance is opt-in, the free gift wrap preselected.
    let (report, code) = check_plan(&bundled_with(CNY, "add_ons:", "add_ons:"));
    assert!(findings(&report).is_empty(), "{:?}", findings(&report));
    assert_eq!(code, 0);
}

#[test]
fn a_preselected_add_on_is_no_finding_where_the_law_does_not_ask() {
    // A US plan: no federal rule against pre-ticked boxes is cited.
    let text = bundled_with(
        SPRING,
        "copy:\n",
        "add_ons:\n  - { id: warranty, name: 2-year warranty, price: 19.99, preselected: true }\ncopy:\n",
    );
    assert!(of(&text, "L020").is_empty());
    let uk = text.replace("jurisdictions: [US]", "jurisdictions: [UK]");
    let found = of(&uk, "L020");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].0.contains("`2-year warranty` ($19.99)"),
        "{}",
        found[0].0
    );
}

#[test]
fn a_reward_for_a_good_review_is_reported_in_the_plan_and_in_the_words() {
    let text = bundled_with(
        CNY,
        "    terms: 邀请好友注册，双方各得满500减100元优惠券一张。\n",
        "    terms: 邀请好友注册，双方各得满500减100元优惠券一张。\n    requires: [positive_review]\n",
    );
    let found = of(&text, "L021");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].0.contains("only for a positive review"),
        "{}",
        found[0].0
    );
    assert_eq!(found[0].1, "positive_review");

    let text = bundled_with(
        CNY,
        "copy:\n",
        "copy:\n  - { id: card, channel: other, text: 收到宝贝后五星好评截图发客服，领5元红包 }\n",
    );
    let found = of(&text, "L021");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "五星好评截图发客服，领");
    assert!(found[0].0.contains("offers a reward for a positive review"));
}

#[test]
fn an_english_reward_for_a_five_star_review_is_reported() {
    let text = bundled_with(
        SPRING,
        "copy:\n",
        "copy:\n  - { id: insert, channel: other, text: \"Loved it? Leave us a 5-star review and get 10% off your next order.\" }\n",
    );
    let found = of(&text, "L021");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Leave us a 5-star review and get 1");
    // Under UK law too (DMCC Act 2024 Sch. 20).
    let uk = text.replace("jurisdictions: [US]", "jurisdictions: [UK]");
    assert_ne!(uk, text);
    let found = of(&uk, "L021");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn praise_and_rewards_for_any_review_stay_clean() {
    for line in [
        "  - { id: card, channel: other, text: 好评如潮的新春礼盒，满意请给五星好评。 }\n",
        "  - { id: card, channel: other, text: 欢迎评价！评价后即可领取5元券，好评差评均可。 }\n",
    ] {
        let text = bundled_with(CNY, "copy:\n", &format!("copy:\n{line}"));
        assert!(of(&text, "L021").is_empty(), "{line}");
    }
    for line in [
        "  - { id: insert, channel: other, text: \"Our 5-star reviews speak for themselves.\" }\n",
        "  - { id: insert, channel: other, text: \"Review your order, good or bad, and earn 50 points.\" }\n",
        "  - { id: insert, channel: other, text: \"Please review our terms before you order.\" }\n",
    ] {
        let text = bundled_with(SPRING, "copy:\n", &format!("copy:\n{line}"));
        assert!(of(&text, "L021").is_empty(), "{line}");
    }
    // `requires: [review]`: a reward for any review, whatever it says.
    let text = bundled_with(
        CNY,
        "    terms: 邀请好友注册，双方各得满500减100元优惠券一张。\n",
        "    terms: 邀请好友注册，双方各得满500减100元优惠券一张。\n    requires: [review]\n",
    );
    assert!(of(&text, "L021").is_empty());
}
