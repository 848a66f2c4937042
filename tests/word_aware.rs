//! Word-aware Chinese matching: short lexicon terms match only as words of the text
//! (送 in 满199送帆布袋, not in 送货到家; 特供 not in 独特供应链), longer terms and the
//! harmless contexts work as before, and a term that fails as a word gives way to a
//! shorter one at the same place (最好看 → 最).

mod common;
#[path = "common/marks.rs"]
mod marks;

use campspec::wording::{TermKind, default_lexicon};
use marks::{bundled_with, check_plan, marks};

/// (term id, matched text) of every flag and trigger hit.
fn hits(text: &str) -> Vec<(String, String)> {
    let lexicon = default_lexicon();
    lexicon
        .scan(text)
        .into_iter()
        .filter(|h| {
            // Efficacy verbs and illnesses count only in pairs (src/wording/efficacy.rs).
            let term = &lexicon.terms[h.term];
            term.kind != TermKind::Allow
                && !term
                    .group
                    .as_deref()
                    .is_some_and(|g| g.starts_with("efficacy-"))
        })
        .map(|h| {
            (
                lexicon.terms[h.term].id.clone(),
                text[h.start..h.end].to_owned(),
            )
        })
        .collect()
}

fn words_found(text: &str) -> Vec<String> {
    hits(text).into_iter().map(|(_, w)| w).collect()
}

#[test]
fn short_terms_inside_longer_words_are_not_found() {
    for text in [
        "中国旗舰店全场包邮",
        "依托独特供应链，品质有保障",
        "与国内供应商直接合作",
        "请按需领取，以免费用超出预算",
        "商场消防治安检查期间正常营业",
        "到底价格是多少？请看详情页",
        "年底价格调整通知",
        "解决城镇痛点的社区团购",
        "治愈系插画台历上新",
        "顺丰配送，送装一体，包送包安装",
        "付款后第一时间发货",
        "活动第一波已经结束，第二波明晚开始",
        "说明白送达时间，避免错过",
        "全国歌手大赛门票",
        "增加送货频次，周末也能收到",
    ] {
        assert_eq!(hits(text), [], "{text}");
    }
}

#[test]
fn short_terms_standing_as_words_are_found() {
    let cases: &[(&str, &[&str])] = &[
        ("满199送定制帆布袋", &["送"]),
        ("关注店铺送5元券", &["送"]),
        ("销量第一的电动牙刷", &["销量第一"]),
        ("同类面霜里排第一", &["第一"]),
        ("特供茅台，限时抢购", &["特供", "限时抢购"]),
        ("全国唯一一家24小时营业的母婴店", &["唯一"]),
        ("试用装免费，运费自理", &["免费"]),
        ("最好看的口红色号", &["最好"]),
        ("最低调的奢华", &["最"]),
        ("本店最低", &["最"]),
        // 好礼 is a word for a gift (a trigger that cn-gift-disclosure reads around).
        ("买就送货真价实的好礼", &["就送", "好礼"]),
    ];
    for (text, expected) in cases {
        assert_eq!(words_found(text), *expected, "{text}");
    }
}

#[test]
fn a_term_may_say_how_it_sits_among_words() {
    let lexicon = default_lexicon();
    let zui = lexicon
        .terms
        .iter()
        .find(|t| t.id == "cn-superlative-zui")
        .expect("the 最 term");
    assert_eq!(
        zui.word_mode("最"),
        campspec::wording::segment::WordMode::Start
    );
    let song = lexicon
        .terms
        .iter()
        .find(|t| t.id == "cn-trigger-gift-song")
        .expect("the 送 term");
    assert_eq!(
        song.word_mode("送"),
        campspec::wording::segment::WordMode::Whole
    );
}

#[test]
fn a_clause_without_punctuation_is_read_in_blocks_with_the_same_words() {
    // Hostile or careless text: one clause of 40,000 repetitions. Every 送 is still a
    // word and every 配送 still delivery, as in the short clause.
    let unit = "满199送帆布袋顺丰配送";
    let text = unit.repeat(40_000);
    let found = hits(&text);
    assert_eq!(found.len(), 40_000);
    assert!(
        found
            .iter()
            .all(|(id, w)| id == "cn-trigger-gift-song" && w == "送")
    );
}

/// The cny-2027 plan with its flash-sale copy rewritten to `text`: the (code, underlined
/// characters) of every finding.
fn flash_copy(text: &str) -> Vec<(String, String)> {
    let plan = bundled_with(
        "specs/cny-2027.campaign.yaml",
        "    text: 每日10点、14点、20点限时秒杀，爆品5折起，每款限量2000件，每人限购1件。",
        &format!(
            "    text: 每日10点、14点、20点限时秒杀，爆品5折起，每款限量2000件，每人限购1件。{text}"
        ),
    );
    marks(&check_plan(&plan).0, &plan)
}

#[test]
fn the_check_reads_short_terms_as_words_at_their_characters() {
    let mark = |code: &str, words: &str| (code.to_owned(), words.to_owned());
    // Delivery, a flagship store and an ordinary supply chain: no gift, no state symbol,
    // no state supply.
    assert_eq!(flash_copy("中国旗舰店发货，顺丰配送，大件送货上门。"), []);
    assert_eq!(
        flash_copy("依托独特供应链，以免费用超支，付款后第一时间发货。"),
        []
    );
    // The same characters as words of their own.
    assert_eq!(flash_copy("关注店铺送帆布袋。"), [mark("L002", "送")]);
    assert_eq!(flash_copy("特供同款。"), [mark("W003", "特供")]);
    assert_eq!(flash_copy("同类爆品里排第一。"), [mark("W002", "第一")]);
}
