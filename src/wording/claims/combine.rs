//! Exclusivity and stackability wording (不与其他优惠同享, 优惠券不可叠加, 可与店铺券叠加,
//! "cannot be combined with any other offer", "one code per order"): the readers, and the
//! comparison with what the plan's `stacking` lets go on one order.
//!
//! Two offers go on one order unless one of them is `standalone`, an `exclusive` group
//! holds both, both are item prices (an item has one price: member price, flash sale,
//! discount), or both are coupons and `max_coupons_per_order` is below 2. Offers that
//! lower no price (lotteries, points, collect-to-win, mystery boxes, referrals) are not
//! what such words speak of and are left out. Without a `stacking` section the plan has
//! not decided (P018 says so), and nothing is compared.

use super::{ClaimKind, Mismatch, Offer, Pattern, Patterns, p};
use crate::i18n::Msg;
use crate::model::{Campaign, Loc, PLAN, PromotionKind};
use crate::msg;

/// The kind of offers words name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Any offer: 优惠, 活动, 促销, "offers", "promotions".
    Any,
    /// Offers of the same kind as the other side: 不可叠加 said of a coupon names other
    /// coupons.
    Alike,
    /// Coupons: 优惠券, 券, 红包, "codes", "vouchers".
    Coupons,
    /// Spend tiers: 满减, 满折, "spend and save".
    SpendTiers,
    /// Sale prices: discounts and flash sales (特价, 折扣, 直降, "sale prices").
    Sales,
    /// Flash sales: 秒杀.
    Flash,
    /// Member prices: 会员价.
    Member,
    /// Gifts with purchase: 满赠.
    Gifts,
}

/// One side of a stacking claim: the offers the words name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Party {
    /// The offers the text speaks for (本券, 本活动, "this offer", or no subject at all),
    /// of `class`.
    pub this: bool,
    pub class: Class,
    /// Words that narrow the class to the offers named with them (店铺 in 店铺券, 红包,
    /// "loyalty" in "loyalty vouchers").
    pub qualifier: Option<String>,
    /// 所有, 全部, 任何, "all", "any": every offer named (a stackable claim then
    /// promises each of them).
    pub every: bool,
}

impl Party {
    /// The offers the text speaks for.
    pub fn this() -> Party {
        Party {
            this: true,
            class: Class::Any,
            qualifier: None,
            every: false,
        }
    }

    fn of(class: Class) -> Party {
        Party {
            this: false,
            class,
            qualifier: None,
            every: false,
        }
    }
}

// ---------------------------------------------------------------------------------
// Reading the words.

/// What Chinese words name an offer with: the head of a noun, its class, and whether
/// the head itself narrows the class (红包 among coupons).
const ZH_HEADS: &[(&str, Class, bool)] = &[
    ("优惠券", Class::Coupons, false),
    ("代金券", Class::Coupons, false),
    ("购物津贴", Class::Coupons, true),
    ("津贴", Class::Coupons, true),
    ("红包", Class::Coupons, true),
    ("购物金", Class::Coupons, true),
    ("券", Class::Coupons, false),
    ("满减活动", Class::SpendTiers, false),
    ("满减优惠", Class::SpendTiers, false),
    ("满减", Class::SpendTiers, false),
    ("满折", Class::SpendTiers, false),
    ("满赠", Class::Gifts, false),
    ("会员专享价", Class::Member, false),
    ("会员折扣", Class::Member, false),
    ("会员价", Class::Member, false),
    ("秒杀价", Class::Flash, false),
    ("秒杀", Class::Flash, false),
    ("限时折扣", Class::Sales, true),
    ("限时特价", Class::Sales, true),
    ("特价", Class::Sales, false),
    ("折扣", Class::Sales, false),
    ("直降", Class::Sales, false),
    ("优惠活动", Class::Any, false),
    ("促销活动", Class::Any, false),
    ("优惠", Class::Any, false),
    ("活动", Class::Any, false),
    ("促销", Class::Any, false),
];

/// The heads as a regex alternation, longest first where one is a suffix of another.
fn zh_head_re() -> String {
    let heads: Vec<&str> = ZH_HEADS.iter().map(|(h, _, _)| *h).collect();
    format!("(?:{})(?:商品|价|券)?", heads.join("|"))
}

/// Words before a noun that point at the text's own offers.
const ZH_THIS: &[&str] = &["这个", "本", "此", "该", "这"];
/// Words before a noun that name every other offer of its kind.
const ZH_EVERY: &[&str] = &[
    "其他", "其它", "任何", "任意", "所有", "全部", "其余", "别的", "各类", "各种", "一切",
];

/// A Chinese noun (`(?:其他)?店铺券`): a prefix, up to eight characters, a head.
fn zh_noun() -> String {
    let prefixes = ZH_EVERY.iter().chain(ZH_THIS).copied().collect::<Vec<_>>();
    format!(
        r"(?:{})?[\x{{3400}}-\x{{4DBF}}\x{{4E00}}-\x{{9FFF}}\x{{F900}}-\x{{FAFF}}\x{{20000}}-\x{{2FA1F}}a-z]{{0,8}}?{}",
        prefixes.join("|"),
        zh_head_re()
    )
}

/// Reads a Chinese noun phrase as a party: 本券 (the text's coupons), 其他优惠 (every
/// other offer), 店铺券 (coupons named 店铺), 满减 (spend tiers). Words before a 本 or
/// 其他 (活动期间本券) are not part of the noun.
fn zh_party(noun: &str) -> Option<Party> {
    let rest = noun
        .strip_suffix("商品")
        .or_else(|| {
            noun.strip_suffix('价')
                .filter(|r| ZH_HEADS.iter().any(|(h, _, _)| r.ends_with(h)))
        })
        .unwrap_or(noun);
    let (head, class, narrows) = ZH_HEADS.iter().find(|(h, _, _)| rest.ends_with(h))?;
    let mut before = &rest[..rest.len().saturating_sub(head.len())];
    let mut this = false;
    let mut every = false;
    if let Some(t) = ZH_THIS.iter().find(|t| before.ends_with(**t)) {
        this = true;
        before = &before[before.len().saturating_sub(t.len())..];
    }
    if let Some((at, word)) = ZH_EVERY
        .iter()
        .filter_map(|w| before.rfind(w).map(|at| (at, *w)))
        .max()
    {
        every = true;
        before = &before[at.saturating_add(word.len())..];
    }
    let qualifier = match (narrows, before.is_empty()) {
        _ if this => None,
        (true, _) => Some(format!("{before}{head}")),
        (false, false) => Some(before.to_owned()),
        (false, true) => None,
    };
    Some(Party {
        this,
        class: *class,
        qualifier,
        every,
    })
}

/// English nouns that name offers: sale items, "items already reduced for X", or up to
/// four words before an offer word.
const EN_NOUN: &str = r"((?:items|products) (?:already )?(?:reduced|on sale|discounted)(?: for [a-z ]{1,24})?|already reduced items|(?:[a-z0-9'&-]+ ){0,4}?(?:sale items|sale prices|reduced items|discounted items|offers?|promotions?|promos?|discounts?|deals?|codes?|vouchers?|coupons?|prices|sale|sales|items|reductions|markdowns|clearance|savings|multi-?buys?))(?-u:\b)";

/// Reads an English noun phrase as a party.
fn en_party(noun: &str) -> Option<Party> {
    let words: Vec<&str> = noun.split(' ').filter(|w| !w.is_empty()).collect();
    let (head, before) = words.split_last()?;
    let lead = |w: &str| {
        matches!(
            w,
            "any"
                | "all"
                | "other"
                | "another"
                | "our"
                | "your"
                | "the"
                | "these"
                | "a"
                | "an"
                | "one"
                | "two"
                | "more"
                | "further"
                | "existing"
                | "additional"
                | "extra"
                | "discount"
                | "promo"
                | "promotional"
                | "voucher"
                | "coupon"
        )
    };
    if before
        .first()
        .is_some_and(|w| matches!(*w, "this" | "these"))
    {
        return Some(Party::this());
    }
    let every = before.iter().any(|w| matches!(*w, "any" | "all"));
    let qualifier: Vec<&str> = before.iter().copied().filter(|w| !lead(w)).collect();
    let text = noun.trim();
    let sale_words = ["sale", "reduced", "discounted", "markdown", "clearance"];
    let class = if text.starts_with("items ")
        || text.starts_with("products ")
        || text.starts_with("already reduced")
    {
        Class::Sales
    } else {
        match head.trim_end_matches('s') {
            "code" | "voucher" | "coupon" | "promo code" => Class::Coupons,
            "price" | "item" if qualifier.iter().any(|w| sale_words.contains(w)) => Class::Sales,
            // `Black Friday prices`: the sale prices of that event.
            "price" if !qualifier.is_empty() => Class::Sales,
            "sale" | "reduction" | "markdown" | "clearance" => Class::Sales,
            "multi-buy" | "multibuy" => Class::SpendTiers,
            "offer" | "promotion" | "promo" | "discount" | "deal" | "saving" => Class::Any,
            _ => return None,
        }
    };
    // `sale items`, `sale prices`: the class says it all.
    let qualifier: Vec<&str> = qualifier
        .into_iter()
        .filter(|w| !sale_words.contains(w) && *w != "already")
        .collect();
    let qualifier = if class == Class::Sales && text.contains(" for ") {
        text.split(" for ").nth(1).map(str::to_owned)
    } else {
        (!qualifier.is_empty()).then(|| qualifier.join(" "))
    };
    Some(Party {
        this: false,
        class,
        qualifier,
        every,
    })
}

/// Chinese numerals a count of coupons is written with.
fn small_number(text: &str) -> Option<u64> {
    match text {
        "一" => Some(1),
        "二" | "两" => Some(2),
        "三" => Some(3),
        "四" => Some(4),
        "五" => Some(5),
        "one" | "a single" | "a" => Some(1),
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "five" => Some(5),
        _ => text.parse().ok(),
    }
}

fn zh(caps: &super::Caps<'_>, name: &str) -> Option<Option<Party>> {
    match caps.name(name) {
        Some(m) => zh_party(m.as_str()).map(Some),
        None => Some(None),
    }
}

/// No object named: 不可叠加 said of a coupon speaks of other coupons; said of
/// 优惠券 in general, of one coupon per order.
fn without_object(subject: Option<Party>) -> Option<ClaimKind> {
    match subject {
        Some(s) if !s.this && s.class == Class::Coupons && s.qualifier.is_none() => {
            Some(ClaimKind::CouponsPerOrder { most: Some(1) })
        }
        Some(s) => Some(ClaimKind::Exclusive {
            a: s,
            b: Party::of(Class::Alike),
        }),
        None => Some(ClaimKind::Exclusive {
            a: Party::this(),
            b: Party::of(Class::Alike),
        }),
    }
}

/// The exclusivity and stackability patterns, compiled on first use (only sentences
/// holding one of [`WORDS`] are read with them).
pub(super) fn compiled() -> &'static Patterns {
    static PATTERNS: std::sync::OnceLock<Patterns> = std::sync::OnceLock::new();
    // No set: one set of these patterns (nouns of up to eight characters on both
    // sides) outgrows the lazy DFA and falls back to the slowest engine; the gates
    // and each pattern alone stay fast.
    PATTERNS.get_or_init(|| Patterns::gated(patterns()))
}

/// The exclusivity and stackability patterns, in priority order: Chinese, then English.
fn patterns() -> Vec<Pattern> {
    let mut list = zh_patterns();
    list.extend(en_patterns());
    list
}

/// What stacking is called: 同享, 叠加(使用), 同时使用, 共用 …
const TOGETHER: &str = "(?:同享|共享|叠加使用|叠加享受|叠加|同时使用|同时享受|同时享|共用|同用|一起使用|一起用|合并使用)";
const NEGATION: &str = "(?:不可以|不可|不能|不得|无法|均不可|禁止|不)";
const WITH: &str = "(?:与|和|跟|同)";
const MAY: &str = "(?:还可以|还可|还能|亦可|也可|均可|可以|可|能)";

/// Chinese stacking words: what says no first (不与…同享 holds 与…同享).
fn zh_patterns() -> Vec<Pattern> {
    let mut list = zh_exclusive_patterns();
    list.extend(zh_stackable_patterns());
    list
}

/// Chinese words that keep offers apart, and coupons per order.
fn zh_exclusive_patterns() -> Vec<Pattern> {
    let noun = zh_noun();
    let (together, negation, with) = (TOGETHER, NEGATION, WITH);
    let number = "([0-9]+|[一二两三四五])";
    let per_order = "(?:每(?:笔订单|个订单|张订单|订单|单|笔)|单笔订单|一笔订单|单次)";
    let coupon = "(?:优惠券|券|红包|代金券)";
    vec![
        // 红包与店铺券不能同享, 与店铺其他活动不叠加, 满减与折扣二选一.
        p(
            format!(r"(?P<a>{noun})?{with}(?P<b>{noun})(?:{negation}{together}|二选一)"),
            |c| {
                Some(ClaimKind::Exclusive {
                    a: zh(c, "a")?.unwrap_or_else(Party::this),
                    b: zh(c, "b")??,
                })
            },
        ),
        // 本券不与其他优惠同享, 不可与平台券同时使用, 直播间专属券不与店铺满减同享.
        p(
            format!(
                r"(?P<a>{noun})?(?:{negation}{with}|{negation}可{with}|{negation}能{with}|不得{with})(?P<b>{noun}){together}"
            ),
            |c| {
                Some(ClaimKind::Exclusive {
                    a: zh(c, "a")?.unwrap_or_else(Party::this),
                    b: zh(c, "b")??,
                })
            },
        ),
        // 特价商品不参与满减, 限时折扣商品不再享受满减券, 秒杀商品不可使用优惠券 (a subject is
        // needed: 部分商品不参与活动 is about which items take part, not about stacking).
        p(
            format!(
                r"(?P<a>{noun})(?:不可|不能|不得|无法|不再|不)(?:再)?(?:参与|参加|享受|享|使用|用)(?P<b>{noun})"
            ),
            |c| {
                Some(ClaimKind::Exclusive {
                    a: zh(c, "a")??,
                    b: zh(c, "b")??,
                })
            },
        ),
        // 不再享受其他优惠: without a subject, only every other offer.
        p(
            format!(
                r"(?:不可|不能|不得|无法|不再|不)(?:再)?(?:享受|同享|享|参与|参加)(?P<b>{noun})"
            ),
            |c| {
                let b = zh(c, "b")??;
                b.every.then(|| ClaimKind::Exclusive {
                    a: Party::this(),
                    b,
                })
            },
        ),
        // 本活动不可叠加任何优惠, 优惠券不可叠加, 新人券不可叠加使用.
        p(
            format!(r"(?P<a>{noun})?{negation}叠加(?:使用|享受)?(?P<b>{noun})?"),
            |c| {
                let a = zh(c, "a")?;
                match zh(c, "b")? {
                    Some(b) => Some(ClaimKind::Exclusive {
                        a: a.unwrap_or_else(Party::this),
                        b,
                    }),
                    None => without_object(a),
                }
            },
        ),
        // 每笔订单限用1张优惠券, 每个订单仅限使用一张优惠券, 优惠券每单限用1张, 仅可使用一张
        // 优惠券, 每单最多可叠加2个红包.
        p(
            format!(
                r"{per_order}(?:仅|只|限|最多|至多|可|能|以)*(?:使用|用|叠加|同时使用)?{number}(?:张|个){coupon}|{coupon}{per_order}(?:仅|只|限|最多|至多|可|能|以)*(?:使用|用|叠加|同时使用)?{number}(?:张|个)|(?:仅|只)(?:可|能|限)(?:使用|用){number}张{coupon}"
            ),
            |c| {
                let n = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3))?;
                Some(ClaimKind::CouponsPerOrder {
                    most: Some(small_number(n.as_str())?),
                })
            },
        ),
    ]
}

/// Chinese words that let offers go together.
fn zh_stackable_patterns() -> Vec<Pattern> {
    let noun = zh_noun();
    let (together, with, may) = (TOGETHER, WITH, MAY);
    vec![
        // 红包可无限叠加.
        p(
            format!(r"(?P<a>{noun})?{may}?(?:无限|任意|无限制)叠加"),
            |_| Some(ClaimKind::CouponsPerOrder { most: None }),
        ),
        // 可与平台券叠加, 此券可与所有优惠叠加, 直播间专属券可与店铺满减叠加.
        p(
            format!(r"(?P<a>{noun})?{may}{with}(?P<b>{noun}){together}"),
            |c| {
                Some(ClaimKind::Stackable {
                    a: zh(c, "a")?.unwrap_or_else(Party::this),
                    b: zh(c, "b")??,
                })
            },
        ),
        // 红包与店铺券可同时使用, 满减与折扣可同享, 与跨店满减同享.
        p(
            format!(r"(?P<a>{noun})?{with}(?P<b>{noun}){may}?{together}"),
            |c| {
                Some(ClaimKind::Stackable {
                    a: zh(c, "a")?.unwrap_or_else(Party::this),
                    b: zh(c, "b")??,
                })
            },
        ),
        // 会员价可叠加优惠券使用, 本活动可再叠加1张平台券, 新人券可叠加使用 (but not 可叠加2次,
        // how often a tier repeats).
        p(
            format!(
                r"(?P<a>{noun})?{may}(?:再)?叠加(?:(?:[0-9]+|[一二两三])(?:张|个))?(?:(?P<b>{noun})(?:使用|享受)?|使用|享受)"
            ),
            |c| {
                Some(ClaimKind::Stackable {
                    a: zh(c, "a")?.unwrap_or_else(Party::this),
                    b: zh(c, "b")?.unwrap_or_else(|| Party::of(Class::Any)),
                })
            },
        ),
    ]
}

/// English stacking words: what says no first.
fn en_patterns() -> Vec<Pattern> {
    let en_cannot = "(?:cannot|can't|can not|may not|must not|will not|won't|is not|isn't|are not|aren't|not to)";
    let en_with =
        "(?:with|alongside|in conjunction with|in combination with|on top of|together with)";
    vec![
        // Student discount cannot be used alongside this offer.
        p(format!(r"{EN_NOUN} {en_cannot} (?:be )?(?:used|combined|valid|redeemed|stacked)(?: together)? {en_with} this (?:offer|code|promotion|promo|discount|voucher|coupon|deal|sale)(?-u:\b)"), |c| {
            Some(ClaimKind::Exclusive { a: en_party(c.get(1)?.as_str())?, b: Party::this() })
        }),
        // Cannot be combined with any other offer; not valid with other promotions.
        p(format!(r"(?:{en_cannot} be (?:combined|used|redeemed|applied|stacked|added)(?: together)?|not (?:valid|available|combinable|redeemable|stackable|applicable)(?: for use)?) (?:{en_with}|on) {EN_NOUN}"), |c| {
            Some(ClaimKind::Exclusive { a: Party::this(), b: en_party(c.get(1)?.as_str())? })
        }),
        // Excludes items already reduced; excluding sale items.
        p(format!(r"excl(?:udes?|uding) (?:all )?{EN_NOUN}"), |c| {
            let b = en_party(c.get(1)?.as_str())?;
            (b.class == Class::Sales).then(|| ClaimKind::Exclusive { a: Party::this(), b })
        }),
        // One code per order; up to two discount codes per order.
        p(r"(?:only |just |limit(?: of)? |max(?:imum)?(?: of)? |up to )?(one|a single|two|three|four|five|[0-9]+) (?:(?:discount|promo|promotional|voucher|coupon|offer) )?(?:codes?|vouchers?|coupons?|discounts?) (?:can |may )?(?:be )?(?:used |redeemed |applied )?per (?:order|transaction|basket|purchase|checkout)(?-u:\b)".into(), |c| {
            Some(ClaimKind::CouponsPerOrder { most: Some(small_number(c.get(1)?.as_str())?) })
        }),
        // This offer cannot be combined.
        p(format!(r"{en_cannot} be (?:combined|stacked)(?-u:\b)"), |_| {
            Some(ClaimKind::Exclusive { a: Party::this(), b: Party::of(Class::Any) })
        }),
        // Can be combined with one other code; stacks with sale prices; stack it with your
        // loyalty voucher; works on top of our Black Friday prices; also valid on sale items.
        p(format!(r"(?:(?:can|may|will) be (?:combined|used|stacked|redeemed|applied)(?: together)? (?:{en_with}|in addition to|on)|stack(?:s|able)? (?:it |this |them )?with|combine (?:it |this |them )?with|(?:works?|applies|apply|valid|use it) on top of|valid (?:with|in conjunction with|in combination with|alongside)|(?:also )?valid on) {EN_NOUN}"), |c| {
            let b = en_party(c.get(1)?.as_str())?;
            let valid_on = c.get(0)?.as_str().contains("valid on ");
            (!valid_on || b.class == Class::Sales).then(|| ClaimKind::Stackable { a: Party::this(), b })
        }),
    ]
}

/// Words at least one of which a sentence holds when it states exclusivity or
/// stackability.
pub(super) const WORDS: &[&str] = &[
    "同享",
    "共享",
    "叠加",
    "同时使用",
    "同时享",
    "共用",
    "同用",
    "一起使用",
    "一起用",
    "合并使用",
    "二选一",
    "参与",
    "参加",
    "不享",
    "不再享",
    "一张",
    "两张",
    "张优惠券",
    "张券",
    "张代金券",
    "个红包",
    "张红包",
    "每单",
    "每笔",
    "每个订单",
    "单笔订单",
    "不可使用",
    "不能使用",
    "不得使用",
    "无法使用",
    "不可用",
    "不能用",
    "combin",
    "stack",
    "be used",
    "be redeemed",
    "be applied",
    "valid",
    "on top of",
    "excludes",
    "excluding",
    "alongside",
    "per order",
    "per transaction",
    "per basket",
    "per purchase",
    "per checkout",
];

// ---------------------------------------------------------------------------------
// Comparing with `stacking`.

fn name_of<'a>(offer: &Offer<'a>) -> &'a str {
    match offer {
        Offer::Promotion(_, p) => p.name.as_str(),
        Offer::Coupon(_, c) => c.name.as_str(),
    }
}

/// The kind of an offer, for those that lower a price or give a gift.
fn class_of(offer: &Offer<'_>) -> Option<Class> {
    match offer {
        Offer::Coupon(..) => Some(Class::Coupons),
        Offer::Promotion(_, p) => match p.kind {
            PromotionKind::SpendTiers { .. } => Some(Class::SpendTiers),
            PromotionKind::Discount { .. } => Some(Class::Sales),
            PromotionKind::FlashSale { .. } => Some(Class::Flash),
            PromotionKind::MemberPrice { .. } => Some(Class::Member),
            PromotionKind::GiftWithPurchase { .. } => Some(Class::Gifts),
            _ => None,
        },
    }
}

fn in_class(offer: &Offer<'_>, class: Class) -> bool {
    match (class_of(offer), class) {
        (None, _) => false,
        (Some(_), Class::Any | Class::Alike) => true,
        (Some(Class::Flash), Class::Sales) => true,
        (Some(own), wanted) => own == wanted,
    }
}

/// An item price: member price, flash sale, discount (an item has one).
fn item_price(offer: &Offer<'_>) -> bool {
    matches!(
        class_of(offer),
        Some(Class::Sales | Class::Flash | Class::Member)
    )
}

/// Words too common in offer names to tell offers apart.
const STOP: &[&str] = &[
    "活动", "期间", "专属", "专享", "优惠", "商品", "全场", "指定", "使用", "限时", "our", "your",
    "the", "for", "and", "with", "please", "note", "that",
];

/// Words that tell kinds of coupons and offers apart: a noun qualified with one of
/// them does not name an offer whose name carries another.
const KINDS: &[&str] = &[
    "店铺",
    "平台",
    "跨店",
    "品类",
    "新人",
    "新客",
    "会员",
    "直播",
    "品牌",
    "单品",
    "全品",
    "红包",
    "津贴",
    "store",
    "platform",
    "loyalty",
    "student",
    "staff",
    "member",
    "welcome",
    "newsletter",
    "nhs",
];

/// Whether an offer's name or id carries the qualifier: a two-character piece of its
/// Chinese, or one of its English words, that is not a common word.
fn named(qualifier: &str, offer: &Offer<'_>) -> bool {
    let name = format!("{} {}", name_of(offer), offer.id()).to_lowercase();
    if name.contains(qualifier) {
        return true;
    }
    let chars: Vec<char> = qualifier.chars().collect();
    let chinese = chars.windows(2).any(|w| {
        let piece: String = w.iter().collect();
        w.iter().all(|c| !c.is_ascii()) && !STOP.contains(&piece.as_str()) && name.contains(&piece)
    });
    let english = qualifier
        .split(' ')
        .filter(|w| w.len() >= 3 && !STOP.contains(w))
        .any(|w| name.split(|c: char| !c.is_alphanumeric()).any(|n| n == w));
    chinese || english
}

/// The offers of the plan that lower a price or give a gift.
fn universe(campaign: &Campaign) -> Vec<Offer<'_>> {
    let promotions = campaign
        .promotions
        .iter()
        .flat_map(|l| l.iter())
        .map(|(i, p)| Offer::Promotion(i, p));
    let coupons = campaign
        .coupons
        .iter()
        .flat_map(|l| l.iter())
        .map(|(i, c)| Offer::Coupon(i, c));
    promotions
        .chain(coupons)
        .filter(|o| class_of(o).is_some())
        .collect()
}

/// The offers a party names. `counterpart` is the offer on the other side (for
/// [`Class::Alike`]).
fn resolve<'a>(
    campaign: &'a Campaign,
    party: &Party,
    text: &[Offer<'a>],
    counterpart: Option<&Offer<'a>>,
) -> Vec<Offer<'a>> {
    if party.this {
        return text
            .iter()
            .filter(|o| in_class(o, party.class))
            .copied()
            .collect();
    }
    let class = match (party.class, counterpart.and_then(class_of)) {
        (Class::Alike, Some(Class::Flash)) => Class::Sales,
        (Class::Alike, Some(c)) => c,
        (Class::Alike, None) => return Vec::new(),
        (c, _) => c,
    };
    let all: Vec<Offer<'a>> = universe(campaign)
        .into_iter()
        .filter(|o| in_class(o, class))
        .collect();
    let Some(qualifier) = &party.qualifier else {
        return all;
    };
    let narrowed: Vec<Offer<'a>> = all
        .iter()
        .filter(|o| named(qualifier, o))
        .copied()
        .collect();
    if !narrowed.is_empty() || class == Class::Any {
        // An offer named by a qualifier the plan does not use (`student discount`) is
        // not one the plan has.
        return narrowed;
    }
    // No offer carries the qualifier: the plan does not tell such coupons from others,
    // except those named as another kind (a 平台券 is not a 店铺券).
    all.into_iter()
        .filter(|o| {
            let name = format!("{} {}", name_of(o), o.id()).to_lowercase();
            !KINDS
                .iter()
                .any(|k| name.contains(k) && !qualifier.contains(k))
        })
        .collect()
}

/// Why two offers cannot go on one order, and the field that says so.
struct Apart {
    why: Msg,
    at: Loc,
}

/// Whether two offers may go on one order under the plan's `stacking`.
fn combine(campaign: &Campaign, x: &Offer<'_>, y: &Offer<'_>) -> Result<(), Box<Apart>> {
    let Some(stacking) = &campaign.stacking else {
        return Ok(());
    };
    for offer in [x, y] {
        let standalone = stacking
            .standalone
            .iter()
            .flat_map(|s| s.iter())
            .find(|(_, id)| id.as_str() == offer.id());
        if let Some((k, _)) = standalone {
            return Err(Box::new(Apart {
                why: msg!("wording-claim-standalone", offer = offer.id()),
                at: PLAN.stacking().standalone().item(k).into(),
            }));
        }
    }
    let group = stacking
        .exclusive
        .iter()
        .flat_map(|e| e.iter())
        .find(|(_, g)| {
            g.items().any(|id| id.as_str() == x.id()) && g.items().any(|id| id.as_str() == y.id())
        });
    if let Some((g, _)) = group {
        return Err(Box::new(Apart {
            why: msg!("wording-claim-exclusive-group", x = x.id(), y = y.id()),
            at: PLAN.stacking().exclusive().item(g).into(),
        }));
    }
    if item_price(x) && item_price(y) {
        return Err(Box::new(Apart {
            why: msg!("wording-claim-item-prices", x = x.id(), y = y.id()),
            at: x.at(),
        }));
    }
    let coupons = [x, y]
        .iter()
        .filter(|o| matches!(o, Offer::Coupon(..)))
        .count();
    let max = stacking.max_coupons_per_order.0;
    if coupons > 0 && max < coupons as u64 {
        return Err(Box::new(Apart {
            why: msg!("wording-claim-max-coupons", max = max),
            at: PLAN.stacking().max_coupons_per_order(),
        }));
    }
    Ok(())
}

/// Whether two offers run on some common day (unknown runs count as not meeting: no
/// finding rests on them).
fn meet(campaign: &Campaign, x: &Offer<'_>, y: &Offer<'_>) -> bool {
    match (super::period(campaign, x), super::period(campaign, y)) {
        (Some((a_from, a_to, _)), Some((b_from, b_to, _))) => a_from <= b_to && b_from <= a_to,
        _ => false,
    }
}

/// The first pair (x of `a`, y of `b`) that passes `test`: x and y different offers,
/// and the text's own offers not among the "others" it speaks of.
fn find_pair<'a>(
    campaign: &'a Campaign,
    a: &Party,
    b: &Party,
    text: &[Offer<'a>],
    mut test: impl FnMut(&Offer<'a>, &Offer<'a>) -> bool,
) -> Option<(Offer<'a>, Offer<'a>)> {
    let side_a = resolve(campaign, a, text, None);
    // The other side depends on x only for `Alike`.
    let fixed = (b.class != Class::Alike).then(|| resolve(campaign, b, text, None));
    for x in &side_a {
        let side_b = match &fixed {
            Some(side) => side.clone(),
            None => resolve(campaign, b, text, Some(x)),
        };
        for y in side_b {
            let own = a.this && !b.this && side_a.iter().any(|s| s.id() == y.id());
            if x.id() != y.id() && !own && test(x, &y) {
                return Some((*x, y));
            }
        }
    }
    None
}

/// Where the plan would say that two offers do not combine.
fn stacking_field(campaign: &Campaign, x: &Offer<'_>, y: &Offer<'_>) -> Loc {
    let coupons = matches!(x, Offer::Coupon(..)) && matches!(y, Offer::Coupon(..));
    match &campaign.stacking {
        Some(_) if coupons => PLAN.stacking().max_coupons_per_order(),
        Some(s) if s.exclusive.is_some() => PLAN.stacking().exclusive().into(),
        Some(s) if s.standalone.is_some() => PLAN.stacking().standalone().into(),
        _ => PLAN.stacking().into(),
    }
}

/// The first pair the plan lets go on one order although the words keep them apart.
pub(super) fn exclusive_witness<'a>(
    campaign: &'a Campaign,
    a: &Party,
    b: &Party,
    text: &[Offer<'a>],
) -> Option<(Offer<'a>, Offer<'a>)> {
    campaign.stacking.as_ref()?;
    find_pair(campaign, a, b, text, |x, y| {
        combine(campaign, x, y).is_ok() && meet(campaign, x, y)
    })
}

/// 不与其他优惠同享: no offer of `a` goes on an order with one of `b`.
pub(super) fn exclusive(
    campaign: &Campaign,
    a: &Party,
    b: &Party,
    text: &[Offer<'_>],
) -> Result<(), Box<Mismatch>> {
    let Some((x, y)) = exclusive_witness(campaign, a, b, text) else {
        return Ok(());
    };
    let both_coupons = matches!(x, Offer::Coupon(..)) && matches!(y, Offer::Coupon(..));
    let actual = match &campaign.stacking {
        Some(s) if both_coupons => msg!(
            "wording-claim-coupons-stack",
            max = s.max_coupons_per_order.0,
            x = x.id(),
            y = y.id(),
        ),
        _ => msg!("wording-claim-offers-stack", x = x.id(), y = y.id()),
    };
    Err(Box::new(Mismatch {
        actual,
        at: Some(stacking_field(campaign, &x, &y)),
    }))
}

/// The pair that keeps a stackable claim from holding, and why.
pub(super) fn stackable_obstacle<'a>(
    campaign: &'a Campaign,
    a: &Party,
    b: &Party,
    text: &[Offer<'a>],
) -> Option<(Offer<'a>, Offer<'a>, Msg, Loc)> {
    campaign.stacking.as_ref()?;
    let (x, y) = if b.every {
        // Each of them: the first that does not combine.
        find_pair(campaign, a, b, text, |x, y| {
            combine(campaign, x, y).is_err()
        })?
    } else {
        if find_pair(campaign, a, b, text, |x, y| combine(campaign, x, y).is_ok()).is_some() {
            return None;
        }
        find_pair(campaign, a, b, text, |_, _| true)?
    };
    let apart = combine(campaign, &x, &y).err()?;
    Some((x, y, apart.why, apart.at))
}

/// 可与店铺券叠加: some offer of `a` goes on an order with one of `b` (each of them,
/// when the words say 所有 or "all").
pub(super) fn stackable(
    campaign: &Campaign,
    a: &Party,
    b: &Party,
    text: &[Offer<'_>],
) -> Result<(), Box<Mismatch>> {
    let Some((x, y, why, at)) = stackable_obstacle(campaign, a, b, text) else {
        return Ok(());
    };
    Err(Box::new(Mismatch {
        actual: msg!("wording-claim-apart", x = x.id(), y = y.id(), why = why),
        at: Some(at),
    }))
}

/// 每单限用1张优惠券, "one code per order": `max_coupons_per_order`.
pub(super) fn coupons_per_order(
    campaign: &Campaign,
    most: Option<u64>,
) -> Result<(), Box<Mismatch>> {
    let Some(stacking) = &campaign.stacking else {
        return Ok(());
    };
    let coupons = campaign.coupons.as_ref().map_or(0, |c| c.len());
    if coupons == 0 || most == Some(stacking.max_coupons_per_order.0) {
        return Ok(());
    }
    Err(Box::new(Mismatch {
        actual: msg!(
            "wording-claim-max-coupons",
            max = stacking.max_coupons_per_order.0
        ),
        at: Some(PLAN.stacking().max_coupons_per_order()),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::Campaign;

    /// A plan with a 满减 (`tiers`), a sale price (`sale`) and three coupons; `newbie`
    /// combines with nothing, and the sale and the 满减 exclude each other.
    const PLAN_TEXT: &str = "campspec: 1
id: fixture
name: 春季焕新节
owner: marketing
currency: CNY
timezone: Asia/Shanghai
jurisdictions: [CN]
window: { start: 2027-03-01, end: 2027-03-31 }
teams: [{ id: marketing, name: 市场部 }]
goals: [{ id: gmv, metric: gmv, name: 总销售额, target: 1200万, owner: marketing }]
phases: [{ id: main, name: 活动期, start: 2027-03-01, end: 2027-03-31 }]
promotions:
  - { id: tiers, type: spend_tiers, name: 店铺满减, tiers: [{ spend: 300, discount: 40 }] }
  - { id: sale, type: discount, name: 限时折扣, discount: 8折 }
coupons:
  - { id: store, name: 店铺券, amount: 20, min_spend: 100 }
  - { id: platform, name: 平台券, amount: 30, min_spend: 200 }
  - { id: newbie, name: 新人券, amount: 10, min_spend: 0 }
stacking:
  max_coupons_per_order: 2
  standalone: [newbie]
  exclusive: [[sale, tiers]]
";

    fn campaign(text: &str) -> Campaign {
        let loaded = crate::source::yaml::load(text, Default::default());
        crate::model::model(&loaded.doc, &[]).campaign
    }

    /// Whether every claim of `words`, said of the offers `ids`, holds in `plan`.
    fn holds(plan: &Campaign, words: &str, ids: &[&str]) -> bool {
        let offers: Vec<Offer<'_>> = universe(plan)
            .into_iter()
            .filter(|o| ids.contains(&o.id()))
            .collect();
        let claims = super::super::extract(words);
        assert!(!claims.is_empty(), "{words}: no claim read");
        claims
            .iter()
            .all(|c| super::super::verify(plan, &c.kind, &offers, false).is_ok())
    }

    #[test]
    fn exclusivity_is_compared_with_stacking() {
        let plan = campaign(PLAN_TEXT);
        // The store coupon stacks with the 满减 and the platform coupon.
        assert!(!holds(&plan, "本券不与其他优惠同享", &["store"]));
        assert!(!holds(&plan, "本券不可与平台券同时使用", &["store"]));
        // The new-user coupon is standalone: true.
        assert!(holds(&plan, "新人券不与其他优惠共用", &["newbie"]));
        assert!(holds(&plan, "本券不与其他优惠同享", &["newbie"]));
        assert!(!holds(&plan, "新人券可叠加使用", &["newbie"]));
        // The sale and the 满减 exclude each other.
        assert!(holds(&plan, "特价商品不参与满减", &["tiers"]));
        assert!(holds(&plan, "满减与折扣二选一", &["tiers"]));
        assert!(!holds(&plan, "满减与折扣可同享", &["tiers"]));
        assert!(holds(&plan, "可与店铺券叠加", &["platform"]));
        assert!(holds(&plan, "红包与店铺券可同时使用", &["store"]));
        // Two coupons per order.
        assert!(!holds(&plan, "优惠券不可叠加", &["store"]));
        assert!(!holds(&plan, "每笔订单限用1张优惠券", &["store"]));
        assert!(holds(&plan, "每单最多可叠加2个红包", &["store"]));
        assert!(!holds(&plan, "此券可与所有优惠叠加", &["store"]));
    }

    #[test]
    fn one_coupon_per_order_is_true_of_coupons_that_stack_with_a_spend_tier() {
        let plan =
            campaign(&PLAN_TEXT.replace("max_coupons_per_order: 2", "max_coupons_per_order: 1"));
        assert!(holds(&plan, "优惠券不可叠加", &["store"]));
        assert!(holds(&plan, "仅可使用一张优惠券", &["store"]));
        assert!(holds(&plan, "本券不可叠加使用", &["store"]));
        // …but the coupon still stacks with the 满减.
        assert!(!holds(&plan, "本券不与满减同享", &["store"]));
    }

    #[test]
    fn a_plan_without_stacking_is_not_judged() {
        let text = PLAN_TEXT.split("stacking:").next().unwrap_or_default();
        let plan = campaign(text);
        assert!(holds(&plan, "本券不与其他优惠同享", &["store"]));
        assert!(holds(&plan, "优惠券不可叠加", &["store"]));
    }

    #[test]
    fn english_exclusivity_is_compared_with_stacking() {
        let plan = campaign(PLAN_TEXT);
        assert!(!holds(
            &plan,
            "Cannot be combined with any other offer",
            &["store"]
        ));
        assert!(holds(
            &plan,
            "Cannot be combined with any other offer",
            &["newbie"]
        ));
        assert!(!holds(
            &plan,
            "Not valid with other promotions",
            &["platform"]
        ));
        assert!(!holds(&plan, "One code per order", &["store"]));
        assert!(holds(&plan, "Up to two codes per order", &["store"]));
        assert!(holds(&plan, "Excludes sale items", &["tiers"]));
        assert!(!holds(
            &plan,
            "Can be used together with sale prices",
            &["tiers"]
        ));
        assert!(holds(&plan, "Stacks with sale prices", &["store"]));
        assert!(!holds(&plan, "Stack it with any voucher", &["newbie"]));
    }

    /// The kind of the one stacking claim read in `text`, with its characters.
    fn read(text: &str) -> (String, &'static str) {
        let claims = super::super::extract(text);
        let found: Vec<(String, &'static str)> = claims
            .iter()
            .filter_map(|c| {
                let kind = match c.kind {
                    ClaimKind::Exclusive { .. } => "exclusive",
                    ClaimKind::Stackable { .. } => "stackable",
                    ClaimKind::CouponsPerOrder { .. } => "per order",
                    _ => return None,
                };
                Some((text[c.start..c.end].to_owned(), kind))
            })
            .collect();
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found[0].clone()
    }

    #[test]
    fn the_shapes_copy_is_written_in_are_read() {
        for (text, words, kind) in [
            (
                "本优惠券不与店铺其他优惠叠加使用",
                "本优惠券不与店铺其他优惠叠加使用",
                "exclusive",
            ),
            ("与店铺其他活动不叠加", "与店铺其他活动不叠加", "exclusive"),
            (
                "会员折扣与优惠券不可同享",
                "会员折扣与优惠券不可同享",
                "exclusive",
            ),
            (
                "秒杀商品不可使用优惠券",
                "秒杀商品不可使用优惠券",
                "exclusive",
            ),
            (
                "特价商品不享受其他优惠",
                "特价商品不享受其他优惠",
                "exclusive",
            ),
            ("不能跟其他优惠一起用", "不能跟其他优惠一起用", "exclusive"),
            (
                "店铺优惠券与跨店满减可叠加使用",
                "店铺优惠券与跨店满减可叠加使用",
                "stackable",
            ),
            (
                "该券可与平台满减、店铺满减叠加使用",
                "该券可与平台满减、店铺满减叠加使用",
                "stackable",
            ),
            (
                "每个订单仅限使用一张优惠券",
                "每个订单仅限使用一张优惠券",
                "per order",
            ),
            ("优惠券每单限用1张", "优惠券每单限用1张", "per order"),
            (
                "This offer cannot be used in conjunction with any other offer.",
                "cannot be used in conjunction with any other offer",
                "exclusive",
            ),
            (
                "Can't be used on sale items",
                "Can't be used on sale items",
                "exclusive",
            ),
            (
                "Offer not valid on clearance",
                "not valid on clearance",
                "exclusive",
            ),
            (
                "Valid in conjunction with sale prices",
                "Valid in conjunction with sale prices",
                "stackable",
            ),
            (
                "Only one discount code can be used per order",
                "Only one discount code can be used per order",
                "per order",
            ),
            (
                "Limit one promo code per order",
                "Limit one promo code per order",
                "per order",
            ),
        ] {
            assert_eq!(read(text), (words.to_owned(), kind), "{text}");
        }
    }

    #[test]
    fn words_that_are_not_about_stacking_are_not_read() {
        for text in [
            "每满500减50，可叠加2次",
            "部分商品不参与活动",
            "全家同享，与好友同享",
            "多重优惠叠加，低至5折",
            "Can be used with any device",
            "Valid on selected items",
            "Combine with our matching scarf",
            "One code per household",
            "部分商品不可使用优惠券",
            "每单包邮，满99减10",
        ] {
            let kinds: Vec<ClaimKind> = super::super::extract(text)
                .into_iter()
                .map(|c| c.kind)
                .filter(|k| {
                    matches!(
                        k,
                        ClaimKind::Exclusive { .. }
                            | ClaimKind::Stackable { .. }
                            | ClaimKind::CouponsPerOrder { .. }
                    )
                })
                .collect();
            assert!(kinds.is_empty(), "{text}: {kinds:?}");
        }
    }

    #[test]
    fn every_pattern_compiles() {
        assert!(compiled().list.iter().all(|p| p.regex().is_some()));
    }

    #[test]
    fn chinese_nouns() {
        let p = zh_party("店铺券").unwrap();
        assert_eq!(p.class, Class::Coupons);
        assert_eq!(p.qualifier.as_deref(), Some("店铺"));
        let p = zh_party("其他优惠").unwrap();
        assert_eq!((p.class, p.every, p.this), (Class::Any, true, false));
        let p = zh_party("本券").unwrap();
        assert_eq!((p.class, p.this), (Class::Coupons, true));
        assert_eq!(zh_party("特价商品").unwrap().class, Class::Sales);
        assert_eq!(zh_party("秒杀商品").unwrap().class, Class::Flash);
        assert_eq!(zh_party("会员价").unwrap().class, Class::Member);
        let p = zh_party("红包").unwrap();
        assert_eq!(p.qualifier.as_deref(), Some("红包"));
        let p = zh_party("店铺满减").unwrap();
        assert_eq!(
            (p.class, p.qualifier.as_deref()),
            (Class::SpendTiers, Some("店铺"))
        );
        assert!(zh_party("好友").is_none());
    }

    #[test]
    fn english_nouns() {
        let p = en_party("any other offer").unwrap();
        assert_eq!((p.class, p.every, p.qualifier), (Class::Any, true, None));
        let p = en_party("your loyalty voucher").unwrap();
        assert_eq!(
            (p.class, p.qualifier.as_deref()),
            (Class::Coupons, Some("loyalty"))
        );
        assert_eq!(en_party("sale prices").unwrap().class, Class::Sales);
        let p = en_party("our black friday prices").unwrap();
        assert_eq!(
            (p.class, p.qualifier.as_deref()),
            (Class::Sales, Some("black friday"))
        );
        let p = en_party("items already reduced for black friday").unwrap();
        assert_eq!(
            (p.class, p.qualifier.as_deref()),
            (Class::Sales, Some("black friday"))
        );
        let p = en_party("student discount").unwrap();
        assert_eq!(
            (p.class, p.qualifier.as_deref()),
            (Class::Any, Some("student"))
        );
        assert!(en_party("selected items").is_none());
        assert!(en_party("this offer").unwrap().this);
    }
}
