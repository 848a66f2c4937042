//! Whether a gift the words offer is named by its kind. A word for a gift that names no
//! kind (好礼, 礼品, 惊喜, 大礼包, 周边, 伴手礼; "gift", "surprise", "treat", "goodie bag")
//! is vague when it is offered — right after a giving word (送, 赠, 领, 得, 享, 抽取, 有;
//! "get", "claim", "with") or with an offering word after it (好礼相送, "with every
//! order", "in every box") — with nothing but words such as 精致, 超值, 专属, 价值99元的,
//! "free", "mystery", "exclusive" before it, and nothing after it that says what it is
//! (赠品为原厂遥控器1个, 礼盒内含…, "a free gift: a canvas tote"). A product word before
//! it names the kind (坚果礼盒, 面霜小样, "tote gift", "dog treats"); a word that points
//! to where the gift is named (对应赠品, 指定赠品, 同款) does too; and once a text names
//! its gift (满199赠帆布袋1个), a later 赠品 is that gift (赠品共1000份).
//!
//! A gift named by its kind but counted with 若干 or 一些 does not say how many.

use super::{CLASSIFIER, Text, clause_end, clause_start, compiled};
use crate::wording::re::Re;
use std::sync::OnceLock;

/// What the words of one text say about its gifts (original ranges).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct GiftReading {
    /// Gifts offered without their kind (精致好礼, "free gift").
    pub vague: Vec<(usize, usize)>,
    /// Counts that say no number (赠面霜小样若干).
    pub unquantified: Vec<(usize, usize)>,
    /// Gift words followed by what the gift is (赠品为原厂遥控器1个): a gift stated.
    pub stated: Vec<(usize, usize)>,
}

const ZH_DESCRIPTIVE: &str = "幸运|精致|精美|精选|超值|超级|多重|双重|三重|多份|豪华|专属|神秘|惊喜|随机|丰厚|丰富|福利|品牌|定制|限定|限量|特别|特色|贴心|暖心|新年|新春|节日|开业|生日|会员|新人|新客|开卡|入会|周年|店庆|实用|心意|独家|珍贵|稀有|意外|额外|重磅|惊爆|大额|海量|超大|精品|高端|高档|奢华|潮流|好看|可爱|小|大|好|精|超|壕|豪|多";
const ZH_QUANTITY: &str = r"各|的|价值\s*[0-9]+(?:\.[0-9]+)?\s*(?:元|块)?\s*的?|[0-9一二两三四五六七八九十几多万]+\s*(?:份|个|重|款|样|种|件|只|张|套|盒)";

fn zh_descriptive() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || format!("^(?:{ZH_DESCRIPTIVE})"))
}

fn zh_quantity() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || format!(r"^\s*(?:{ZH_QUANTITY})\s*"))
}

/// Modifiers ending a text (the words between a giving word and the gift word).
fn zh_modifier_suffix() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        format!(r"(?:\s*(?:{ZH_DESCRIPTIVE}|{ZH_QUANTITY}))+\s*$")
    })
}

/// The rest of a giving word (随单赠|送, 赠|送出) and whom it is for.
fn zh_verb_rest() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"^\s*(?:送出|送上|奉上|送|赠送|赠|给您|给你|您|你|大家|各位)".to_owned()
    })
}

/// Words that point to where the gift is named.
fn zh_reference() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        "^(?:对应|相应|指定|所选|以下|如下|下列|上述|同款|页面|详情页|活动页|图示|所示|图中|图片)"
            .to_owned()
    })
}

/// A giving word right before the gift (and its modifiers).
fn zh_offer_before() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"(?:送出|送上|送|赠送|赠|领取|领|获得|获赠|得到|得|享受|享有|享|抽取|抽|赢取|赢|有|拿|收获|奉上|派发|发放)\s*$"
            .to_owned()
    })
}

/// 买一送一, 买2送1: the same item given again.
fn zh_same_item() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"^买\s*[0-9一二两三四五]+\s*送\s*[0-9一二两三四五]+$".to_owned()
    })
}

/// Giving words that also mean buying or having.
fn zh_buying_verb() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || r"(?:享受|享有|享|有|得|拿)\s*$".to_owned())
}

/// An offering word right after a gift word at the start of its clause (好礼相送).
fn zh_offer_after() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"^\s*(?:相送|赠送|送上|送出|发放|派发|等你拿|等你来拿|免费领|免费送|免费拿|来袭|放送|大放送|随机发放|随单发|送不停)"
            .to_owned()
    })
}

/// Words ending the text before a gift word that say when or on what condition it is
/// given, not what it is (满299元, 下单, 即, 就): the gift word then starts what is said.
fn zh_condition_end() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"(?:[0-9]\s*(?:元|块|件|单|次|天|日|位|名|人)|下单|购买|购物|消费|付款|支付|满额|注册|关注|签到|分享|邀请|入会|开卡|参与|参加|即可|即|就|再|还|更|也|都|均|可|会|将|来|了|后|起|时|前|期间)\s*$".to_owned()
    })
}

/// What the gift is, right after the gift word (赠品为…, 礼盒内含…, 好礼：…).
fn zh_named_after() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        format!(
            r"^\s*(?:[0-9一二两三四五六七八九十]+\s*{CLASSIFIER})?\s*(?:为|是|:|含|内含|包含|包括|即|——)|^\s*\([^)]*[0-9]+\s*{CLASSIFIER}"
        )
    })
}

fn zh_unquantified() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || "若干|一些|不等|随机数量".to_owned())
}

/// What follows a giving word.
enum Object {
    /// Nothing (买就送, 满额即送).
    Nothing,
    /// A gift word with only modifiers before it: vague, or stated when what follows
    /// names it.
    Gift {
        start: usize,
        end: usize,
        stated: bool,
    },
    /// A product word or a reference: the kind is named.
    Named {
        unquantified: Option<(usize, usize)>,
    },
}

/// The gift words (normalised ranges, sorted) and which a reading has taken.
struct GiftWords {
    ranges: Vec<(usize, usize)>,
    taken: Vec<bool>,
}

impl GiftWords {
    /// The end of the run of gift words starting with the one at `i` (惊喜福袋, 赠品礼遇),
    /// each taken.
    fn run_from(&mut self, i: usize) -> usize {
        let mut end = self.ranges.get(i).map_or(0, |r| r.1);
        if let Some(t) = self.taken.get_mut(i) {
            *t = true;
        }
        let mut next = i.saturating_add(1);
        while let Some(&(start, stop)) = self.ranges.get(next) {
            if start != end {
                break;
            }
            end = stop;
            if let Some(t) = self.taken.get_mut(next) {
                *t = true;
            }
            next = next.saturating_add(1);
        }
        end
    }

    fn starting_at(&self, at: usize) -> Option<usize> {
        self.ranges.iter().position(|r| r.0 == at)
    }
}

fn skip_spaces(s: &str, mut at: usize) -> usize {
    while s.get(at..).is_some_and(|t| t.starts_with(' ')) {
        at = at.saturating_add(1);
    }
    at
}

/// The object of the giving word ending at `from`.
fn zh_object(s: &str, from: usize, gifts: &mut GiftWords) -> Object {
    let end = clause_end(s, from);
    let mut at = from;
    if let Some(m) = zh_verb_rest().and_then(|re| re.find(s.get(at..end).unwrap_or_default())) {
        at = at.saturating_add(m.end());
    }
    let mut first_descriptive = None;
    loop {
        at = skip_spaces(s, at);
        if at >= end {
            return Object::Nothing;
        }
        if let Some(i) = gifts.starting_at(at) {
            let stop = gifts.run_from(i);
            let stated =
                zh_named_after().is_some_and(|re| re.is_match(s.get(stop..).unwrap_or_default()));
            return Object::Gift {
                start: first_descriptive.unwrap_or(at),
                end: stop,
                stated,
            };
        }
        let rest = s.get(at..end).unwrap_or_default();
        if zh_reference().is_some_and(|re| re.is_match(rest)) {
            return Object::Named { unquantified: None };
        }
        if let Some(m) = zh_descriptive().and_then(|re| re.find(rest)) {
            first_descriptive.get_or_insert(at);
            at = at.saturating_add(m.end());
            continue;
        }
        if let Some(m) = zh_quantity()
            .and_then(|re| re.find(rest))
            .filter(|m| m.end() > 0)
        {
            at = at.saturating_add(m.end());
            continue;
        }
        let unquantified = zh_unquantified()
            .and_then(|re| re.find(rest))
            .map(|m| (at.saturating_add(m.start()), at.saturating_add(m.end())));
        return Object::Named { unquantified };
    }
}

/// Reads the gifts of a Chinese text: `verbs` are the giving words found (original
/// ranges), `gift_words` the words for a gift. A gift word is offered by the words
/// around it, never by the plan alone: 精选伴手礼 in copy for a gift promotion may name
/// the product sold.
pub(crate) fn read_zh(
    original: &str,
    verbs: &[(usize, usize)],
    gift_words: &[(usize, usize)],
) -> GiftReading {
    let text = Text::new(original);
    let s = text.as_str();
    let mut ranges: Vec<(usize, usize)> = gift_words
        .iter()
        .filter_map(|&(a, b)| text.to_normalized(a, b))
        .collect();
    ranges.sort_unstable();
    ranges.dedup();
    let mut gifts = GiftWords {
        taken: vec![false; ranges.len()],
        ranges,
    };
    let mut reading = GiftReading::default();
    let mut vague = Vec::new();
    let mut named = false;
    let mut unnamed = false;
    // Giving words followed by nothing (买就送, 全场满赠): the gift is not named at all.
    let mut bare = Vec::new();
    for &(start, end) in verbs {
        let Some((verb_start, verb_end)) = text.to_normalized(start, end) else {
            continue;
        };
        // 买一送一 gives the same item again: its kind is the product's.
        if zh_same_item()
            .is_some_and(|re| re.is_match(s.get(verb_start..verb_end).unwrap_or_default()))
        {
            named = true;
            continue;
        }
        match zh_object(s, verb_end, &mut gifts) {
            Object::Nothing => {
                unnamed = true;
                bare.push((verb_start, verb_end));
            }
            Object::Gift {
                start,
                end,
                stated: false,
            } => {
                vague.push((start, end));
                unnamed = true;
            }
            Object::Gift {
                start,
                end,
                stated: true,
            } => {
                named = true;
                reading.stated.push(text.to_original(start, end));
            }
            Object::Named { unquantified } => {
                named = true;
                if let Some((a, b)) = unquantified {
                    reading.unquantified.push(text.to_original(a, b));
                }
            }
        }
    }
    for i in 0..gifts.ranges.len() {
        if gifts.taken.get(i).copied().unwrap_or(true) {
            continue;
        }
        let Some(&(start, _)) = gifts.ranges.get(i) else {
            continue;
        };
        let stop = gifts.run_from(i);
        let after = s.get(stop..).unwrap_or_default();
        if zh_named_after().is_some_and(|re| re.is_match(after)) {
            reading.stated.push(text.to_original(start, stop));
            continue;
        }
        let from = clause_start(s, start);
        let prefix = s.get(from..start).unwrap_or_default();
        let modifiers = zh_modifier_suffix()
            .and_then(|re| re.find(prefix))
            .map_or(start, |m| from.saturating_add(m.start()));
        let before = s.get(from..modifiers).unwrap_or_default();
        let word = s.get(start..stop).unwrap_or_default();
        // 有, 享, 得 and 拿 also buy (5折享好物, 店内有好物): after them only a word that is
        // a gift by itself (好礼, 赠品, 惊喜, 福袋, 奖品) is given.
        let given = zh_offer_before().is_some_and(|re| re.is_match(before))
            && (!zh_buying_verb().is_some_and(|re| re.is_match(before))
                || ["礼", "赠", "惊喜", "福袋", "奖"]
                    .iter()
                    .any(|w| word.contains(w)));
        let offered = if word.starts_with('有') || given {
            true
        } else if before.trim().is_empty()
            || zh_condition_end().is_some_and(|re| re.is_match(before))
        {
            zh_offer_after().is_some_and(|re| re.is_match(after)) || (!named && unnamed)
        } else {
            false
        };
        if offered {
            vague.push((descriptive_start(s, modifiers, start), stop));
        }
    }
    if vague.is_empty() && !named {
        vague.extend(bare.first().copied());
    }
    reading.vague = vague
        .into_iter()
        .map(|(a, b)| text.to_original(a, b))
        .collect();
    reading.vague.sort_unstable();
    reading.vague.dedup();
    reading.stated.sort_unstable();
    reading.stated.dedup();
    reading
}

/// Where the underline of a vague gift starts: at its first descriptive word, past
/// counts and 的 (一份神秘礼物 → 神秘礼物).
fn descriptive_start(s: &str, mut at: usize, gift: usize) -> usize {
    while at < gift {
        match zh_quantity().and_then(|re| re.find(s.get(at..gift).unwrap_or_default())) {
            Some(m) if m.end() > 0 => at = at.saturating_add(m.end()),
            _ => break,
        }
    }
    at.min(gift)
}

const EN_DETERMINERS: &[&str] = &[
    "a", "an", "the", "your", "our", "this", "that", "these", "those", "every", "each", "any",
    "one", "some", "1", "my", "their",
];
const EN_DESCRIPTIVE: &[&str] = &[
    "free",
    "complimentary",
    "bonus",
    "extra",
    "mystery",
    "special",
    "exclusive",
    "little",
    "small",
    "lovely",
    "luxury",
    "luxurious",
    "premium",
    "deluxe",
    "secret",
    "sweet",
    "festive",
    "holiday",
    "christmas",
    "xmas",
    "birthday",
    "welcome",
    "thank-you",
    "great",
    "fantastic",
    "fabulous",
    "amazing",
    "gorgeous",
    "exciting",
    "fun",
    "cool",
    "nice",
    "perfect",
    "beautiful",
    "mini",
    "branded",
    "seasonal",
    "vip",
    "new",
    "summer",
    "winter",
    "spring",
    "autumn",
    "easter",
    "tiny",
    "big",
    "huge",
    "mega",
    "super",
    "pretty",
    "cute",
    "additional",
    "instant",
    "guaranteed",
    "limited-edition",
    "surprise",
    "wee",
    "brilliant",
    "awesome",
    "cheeky",
    "delightful",
    "fab",
    "wonderful",
    "exciting",
    "members'",
    "member",
];
/// Offering words: a gift after them is given.
const EN_OFFER_MODIFIERS: &[&str] = &["free", "complimentary", "bonus", "extra"];
const EN_ACQUIRE: &[&str] = &[
    "get",
    "gets",
    "getting",
    "got",
    "claim",
    "claiming",
    "receive",
    "receives",
    "receiving",
    "enjoy",
    "enjoys",
    "earn",
    "unlock",
    "grab",
    "collect",
    "redeem",
    "win",
    "score",
    "plus",
    "with",
    "includes",
    "including",
    "included",
    "comes",
    "come",
    "pick",
    "+",
    "&",
];

fn en_words() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || r"[a-z0-9£$€'&+-]+(?:\.[0-9]+)?".to_owned())
}

fn en_named_after() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"^\s*(?::|\(|[-–—]\s*(?:a|an|our|one|two|three|[0-9])(?-u:\b)|of\s+(?:a|an|our|the|one|two|three|[0-9])(?-u:\b)|(?:including|containing|featuring|such\s+as)(?-u:\b)|for\s+(?:your\s+)?(?:dogs?|cats?|pets?|puppies|kittens|kids|children|babies)(?-u:\b))|^[^.!?;:\n]{0,40}:\s*(?:a|an|our|the|one|two|three|[0-9])(?-u:\b)".to_owned()
    })
}

fn en_offer_after() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"^[^.!?;\n]{0,40}?(?-u:\b)(?:with\s+(?:every|each|your|any|all|the\s+first|orders?|purchases?|qualifying)|in\s+(?:every|each|all|your)\s|for\s+(?:the\s+)?first\s+[0-9]|included|includes|when\s+you\s+(?:spend|buy|order|shop)|on\s+us|is\s+yours|at\s+checkout|worth\s+[£$€])".to_owned()
    })
}

/// Reads the gifts of an English text: `gift_words` are the words for a gift found
/// (original ranges). Gives the vague gifts (original ranges). Unlike Chinese copy, a
/// gift word alone is not read as offered because the copy advertises a gift promotion:
/// "the perfect gift for mum" speaks of the product.
pub(crate) fn read_en(original: &str, gift_words: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let text = Text::new(original);
    let s = text.as_str();
    let mut ranges: Vec<(usize, usize)> = gift_words
        .iter()
        .filter_map(|&(a, b)| text.to_normalized(a, b))
        .collect();
    ranges.sort_unstable();
    // Runs of gift words (surprise gift).
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (a, b) in ranges {
        match runs.last_mut() {
            Some(last)
                if s.get(last.1..a)
                    .is_some_and(|gap| gap.chars().all(|c| c == ' ' || c == '-')) =>
            {
                last.1 = b
            }
            _ => runs.push((a, b)),
        }
    }
    let mut out = Vec::new();
    for (start, stop) in runs {
        let after = s.get(stop..).unwrap_or_default();
        if en_named_after().is_some_and(|re| re.is_match(after)) {
            continue;
        }
        let from = clause_start(s, start);
        let prefix = s.get(from..start).unwrap_or_default();
        let words: Vec<(usize, &str)> = en_words()
            .map(|re| {
                re.find_iter(prefix)
                    .map(|m| (from.saturating_add(m.start()), m.as_str()))
                    .collect()
            })
            .unwrap_or_default();
        let mut underline = start;
        let mut offered_by_word = false;
        let mut position_ok = true;
        let mut acquired = false;
        for &(at, word) in words.iter().rev() {
            let money = word.starts_with(['£', '$', '€']);
            if EN_DESCRIPTIVE.contains(&word) || money {
                underline = at;
                offered_by_word |= EN_OFFER_MODIFIERS.contains(&word);
                continue;
            }
            if EN_DETERMINERS.contains(&word) {
                continue;
            }
            acquired = EN_ACQUIRE.contains(&word);
            position_ok = acquired;
            break;
        }
        if !position_ok {
            continue;
        }
        let run = s.get(start..stop).unwrap_or_default();
        let offered = acquired
            || offered_by_word
            || run.contains("with purchase")
            || run == "gwp"
            || en_offer_after().is_some_and(|re| re.is_match(after));
        if offered {
            out.push(text.to_original(underline, stop));
        }
    }
    out
}

#[cfg(test)]
pub(super) fn compile_all() -> bool {
    zh_descriptive().is_some()
        && zh_quantity().is_some()
        && zh_modifier_suffix().is_some()
        && zh_verb_rest().is_some()
        && zh_reference().is_some()
        && zh_offer_before().is_some()
        && zh_offer_after().is_some()
        && zh_named_after().is_some()
        && zh_unquantified().is_some()
        && zh_condition_end().is_some()
        && zh_buying_verb().is_some()
        && zh_same_item().is_some()
        && en_words().is_some()
        && en_named_after().is_some()
        && en_offer_after().is_some()
}

#[cfg(test)]
mod tests {
    use super::{read_en, read_zh};
    use crate::wording::{TermKind, default_lexicon};

    /// The giving words and the gift words the shipped lexicons find in `text`.
    type Ranges = Vec<(usize, usize)>;

    fn hits(text: &str, rule: &str) -> (Ranges, Ranges) {
        let lexicon = default_lexicon();
        let mut verbs = Vec::new();
        let mut words = Vec::new();
        for hit in lexicon.scan(text) {
            let term = &lexicon.terms[hit.term];
            if term.kind != TermKind::Trigger || term.rule.as_deref() != Some(rule) {
                continue;
            }
            match term.group.as_deref() {
                Some("gift-generic" | "gift-vague") => words.push((hit.start, hit.end)),
                _ => verbs.push((hit.start, hit.end)),
            }
        }
        (verbs, words)
    }

    fn zh(text: &str) -> Vec<String> {
        let (verbs, words) = hits(text, "cn-gift-disclosure");
        let reading = read_zh(text, &verbs, &words);
        reading
            .vague
            .iter()
            .chain(&reading.unquantified)
            .map(|&(a, b)| text[a..b].to_owned())
            .collect()
    }

    fn en(text: &str) -> Vec<String> {
        let (_, words) = hits(text, "gift-not-named");
        read_en(text, &words)
            .iter()
            .map(|&(a, b)| text[a..b].to_owned())
            .collect()
    }

    #[test]
    fn chinese_gifts_without_a_kind_are_vague() {
        for (text, vague) in [
            ("下单即送精致好礼一份", "精致好礼"),
            ("购物满199元赠超值礼品", "超值礼品"),
            ("买就送，礼品随机发放", "礼品"),
            ("下单送价值99元的赠品", "赠品"),
            ("新会员注册即赠多重好礼", "多重好礼"),
            ("晒单返图再送小惊喜", "小惊喜"),
            ("充值500元送豪华大礼", "豪华大礼"),
            ("前50名下单赠送品牌周边一份", "品牌周边"),
            ("拼团成功即送好礼", "好礼"),
            ("到店体验送超值伴手礼", "超值伴手礼"),
            ("每单随机赠送小样若干", "小样"),
            ("生日当月下单送专属惊喜", "专属惊喜"),
            ("开卡即送壕礼，先到先得", "壕礼"),
            ("签到7天领大礼包", "大礼包"),
            ("邀请好友下单，双方各得好礼", "好礼"),
            ("买年货送福利礼盒一份", "福利礼盒"),
            ("直播间下单随单赠送惊喜福袋", "惊喜福袋"),
            ("消费满额抽取神秘奖品", "神秘奖品"),
            ("预付定金即享赠品礼遇", "赠品礼遇"),
            ("店庆期间下单有好礼赠送", "好礼"),
            ("下单即赠好物一份", "好物"),
            ("开业大吉，进店有礼", "有礼"),
            ("赠面霜小样若干", "若干"),
            ("满299元好礼相送", "好礼"),
            ("买就送，送完即止", "就送"),
            ("全场满赠，多买多送", "满赠"),
        ] {
            assert_eq!(zh(text), [vague], "{text}");
        }
    }

    #[test]
    fn chinese_gifts_named_by_kind_are_not() {
        for text in [
            "下单赠定制帆布包1个，颜色随机",
            "买一箱牛奶赠同款250ml装2盒",
            "满199元赠品牌保温杯（350ml）1只",
            "下单即送同款替换刷头2支",
            "购买手机赠原装充电头1个，赠完即止，共500份",
            "赠品为原厂遥控器1个，与主商品一同发货",
            "满2件赠旅行装洗发水50ml一瓶",
            "下单赠同款迷你装口红1支（1.5g）",
            "每单赠环保购物袋1个",
            "送给妈妈的母亲节礼物，精选康乃馨花束",
            "单笔订单满额即赠对应赠品一份，赠品共10万份，送完即止。",
            "单笔实付满99元赠品牌帆布袋1个，赠品共1000份，送完即止。",
            "新年集福开始啦！集齐五福，即可兑换新年礼盒，数量有限，兑完即止。",
            "满299元赠坚果礼盒1盒",
            "礼品卡可在结算时使用",
            "下单享惊喜价",
            "早上10点前下单当日送出",
            "精选伴手礼，送亲友体面又实惠",
            "年货节5折享好物",
            "店内有好物，欢迎选购",
            "买一送一，限1月1日至1月3日",
        ] {
            assert_eq!(zh(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn english_gifts_without_a_kind_are_vague() {
        for (text, vague) in [
            ("Spend £50 and get a free gift", "free gift"),
            ("Mystery gift with every order this week", "Mystery gift"),
            ("A little surprise in every box", "little surprise"),
            ("Free gift worth £30 with purchase", "Free gift"),
            (
                "Claim your exclusive bonus gift at checkout",
                "exclusive bonus gift",
            ),
            (
                "Special treat included with orders over $75",
                "Special treat",
            ),
            ("Goodie bag for the first 50 shoppers", "Goodie bag"),
            ("Free surprise gift while stocks last", "Free surprise gift"),
        ] {
            assert_eq!(en(text), [vague], "{text}");
        }
        for text in [
            "Free canvas tote bag with any purchase over £40",
            "Get a free 50ml hand cream with every order",
            "Buy a laptop, get a free 12-month antivirus licence",
            "Gift wrapping available for £3.50",
            "Send a gift card by email in minutes",
            "Free mini lipstick (1.5g) with orders over $60",
            "Canvas tote gift",
            "The perfect gift for mum",
            "Gifts for everyone on your list - get 20% off",
            "Treat yourself to 20% off",
            "Free dog treats with every order",
            "Free gift: a canvas tote with orders over £50",
            "A free gift with orders over £50: a canvas tote bag",
            "Tote bag gift",
            "Free treats for dogs with every order",
        ] {
            assert_eq!(en(text), Vec::<String>::new(), "{text}");
        }
    }
}
