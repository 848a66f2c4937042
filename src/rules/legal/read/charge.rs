//! What the customer must pay or do, written beside a free claim: a fee (仅需支付19.9元
//! 服务费, "just pay £6.99 handling", "small admin fee applies"), delivery charges (只要付个
//! 邮费59元), a commitment (需签约两年套餐, 需先充值500元, "requires a 36-month
//! contract"), features paid by use (高级功能按次收费), a paid plan the free period turns
//! into without its price and how to cancel (到期自动按月扣费, "then auto-renews at
//! $14.99/month"), a review asked in return (需好评返图后发货), and a condition moved to a
//! footnote ("free*"). Negated words are none of these (无需购买, "no admin fee"), nor is
//! a charge the merchant bears (运费由商家承担) or one by actual use (辅材按实际用量收费).

use super::{Text, compiled};
use crate::wording::re::Re;
use std::sync::OnceLock;

/// What kind of charge or condition the words state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ChargeKind {
    /// A fee beyond delivery (service, handling, admin, packing, a price difference).
    Fee,
    /// Postage or delivery (lawful beside "free" in the EU, UK and US when it is only the
    /// unavoidable cost of delivery).
    Delivery,
    /// A purchase, contract, top-up or membership the free thing requires.
    Commitment,
    /// Part of what is called free is paid by use.
    PerUse,
    /// A paid plan follows, without its price or without how to cancel.
    Subscription,
    /// A review is asked in return.
    Review,
    /// The condition is in a footnote behind a mark (`free*`).
    Footnote,
}

/// A charge or condition, at its original range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Charge {
    pub kind: ChargeKind,
    pub start: usize,
    pub end: usize,
}

const ZH_FEE: &str = "(?:服务|手续|包装|打包|材料|安装|工本|会员|入会|激活|开卡|办卡|管理|平台|技术|检测|上门|调试|保证|认证|报名|注册|开通|续费|年|月|配件|上楼|搬运)费|押金|定金|差价";
const ZH_DELIVERY: &str = "(?:运|邮|配送|快递|物流|寄送)费";
const AMOUNT: &str = r"[0-9]+(?:\.[0-9]+)?\s*(?:元|块)";
const EN_MONEY: &str = r"[£$€¥]\s?[0-9]+(?:\.[0-9]{1,2})?";

/// Patterns of one kind each, in the order they are tried.
/// A kind of charge, its pattern compiled on first use, and how to build the pattern.
type KindPattern = (ChargeKind, OnceLock<Option<Re>>, fn() -> String);

fn patterns() -> &'static [KindPattern] {
    static LIST: [KindPattern; 6] = [
        (ChargeKind::Fee, OnceLock::new(), fee),
        (ChargeKind::Commitment, OnceLock::new(), commitment),
        (ChargeKind::PerUse, OnceLock::new(), per_use),
        (ChargeKind::Review, OnceLock::new(), review),
        (ChargeKind::Subscription, OnceLock::new(), subscription),
        (ChargeKind::Delivery, OnceLock::new(), delivery),
    ];
    &LIST
}

fn fee() -> String {
    [
        // 仅需支付19.9元服务费, 下单另付手续费15元, 需支付39元运费及包装费
        format!(r"(?:仅需|只需|只要|需要|必须|还需|另需|需另|需|须|另|并需|自行|要)\s*(?:先\s*)?(?:另\s*)?(?:支付|付款|付个|预付|付|缴纳|缴|交|补|出)[^,。!?;\n]{{0,12}}?(?:{ZH_FEE})"),
        format!(r"(?:{AMOUNT})\s*的?\s*(?:{ZH_FEE})|(?:{ZH_FEE})\s*(?:{AMOUNT})"),
        // 免费领取，仅需9.9元: a price beside "free"
        format!(r"(?:仅需|只需|只要|还需|另需|需另|需|须)\s*(?:{AMOUNT})"),
        // 付邮费即可 is delivery; 支付9.9元, 付手续费 a fee
        format!(r"(?:支付|付款|缴纳|另付|预付)\s*(?:{AMOUNT})|(?:支付|付款|付个|付|缴纳|缴)\s*(?:{ZH_FEE})"),
        r"(?:另付|另收|另计|另行收取|另行支付|额外收取|额外支付|补差价|补差额|补足差价|补齐差价)".to_owned(),
        r"(?-u:\b)(?:handling|admin|administration|administrative|processing|service|booking|activation|connection|set-?up|packing|packaging|card|transaction|registration|membership|joining|redemption|convenience|sign-?up|enrol?ment|entry)\s+(?:fee|charge|cost)s?(?-u:\b)".to_owned(),
        format!(r"(?-u:\b)(?:just|only|simply)?\s*(?:pay|paying|cover|covers|covering)\s+(?:just\s+|only\s+)?{EN_MONEY}(?:\s+(?:for\s+)?(?:handling|admin|processing|packing|packaging|service))?"),
        r"(?-u:\b)(?:pay|paying|cover|covers)\s+(?:just\s+|only\s+)?(?:the\s+)?(?:taxes|fees|charges|handling|admin|booking\s+fees?)(?-u:\b)".to_owned(),
        r"(?-u:\b)(?:(?:charged|billed|priced)\s+separately|at\s+(?:an\s+)?(?:extra|additional)\s+(?:cost|charge)|costs?\s+extra|extra\s+charges?\s+apply|(?:fees?|charges?)\s+apply)".to_owned(),
    ]
    .join("|")
}

fn delivery() -> String {
    [
        format!(r"(?:仅需|只需|只要|需要|必须|还需|另需|需另|需|须|另|并需|自行|要)\s*(?:先\s*)?(?:支付|付款|付个|付|缴纳|承担|出)[^,。!?;\n]{{0,8}}?(?:{ZH_DELIVERY})|(?:支付|付款|付个|付|缴纳|缴)\s*(?:{ZH_DELIVERY})|(?:{ZH_DELIVERY})\s*(?:{AMOUNT})|(?:{AMOUNT})\s*的?\s*(?:{ZH_DELIVERY})|(?:{ZH_DELIVERY})\s*(?:自理|自付|到付|由(?:买家|顾客|消费者|您|用户|客户)承担)"),
        format!(r"(?-u:\b)(?:(?:just|only|simply)\s+)?(?:pay|paying|cover|covers|plus|\+)\s+(?:for\s+)?(?:the\s+)?(?:{EN_MONEY}\s+)?(?:postage|shipping|p&p|delivery|p&h)(?-u:\b)|(?:pay|plus|just|only)\s+{EN_MONEY}\s+(?:postage|shipping|p&p|delivery)"),
    ]
    .join("|")
}

fn commitment() -> String {
    [
        r"(?:需要先|需先|得先|要先|必须|需要|需|须|要)\s*(?:另\s*)?(?:购买|另购|购|买|签约|签订|签|充值|预存|开通|办理|订购|办卡|入会|绑定|续约|激活)".to_owned(),
        r"签约\s*[0-9一二两三四五六七八九十]+\s*(?:年|个月)|合约期|[0-9一二两三]+\s*年\s*合约|合约机|购买[^,。!?;\n]{0,8}?(?:后|才)\s*(?:方可|才可|才能|可)".to_owned(),
        r"(?-u:\b)(?:requires?|required|must\s+(?:buy|purchase|sign|subscribe|take\s+out|top\s+up)|subject\s+to|when\s+you\s+(?:sign\s+up\s+to|take\s+out))\s+[^.!?;\n]{0,24}?(?:contract|subscription|plan|membership|top-?up|deposit|commitment|airtime|tariff)(?-u:\b)".to_owned(),
        r"(?-u:\b)(?:deposit|contract|subscription|membership|purchase|top-?up)\s+(?:is\s+)?required(?-u:\b)".to_owned(),
        r"(?-u:\b)(?:on|with)\s+(?:a|an)\s+(?:minimum\s+)?[0-9]+[- ](?:month|year)\s+(?:[a-z-]+\s+){0,2}(?:contract|plan|term|commitment)".to_owned(),
    ]
    .join("|")
}

fn per_use() -> String {
    r"按次\s*(?:收费|计费|付费)|另行收费|额外收费|额外付费|付费解锁|需付费|收费使用|部分收费|(?-u:\b)(?:pay[- ]per[- ]use|charged\s+per\s+(?:use|session|minute|hour)|in-app\s+purchases|premium\s+features?\s+(?:cost|are\s+charged|are\s+paid|require\s+payment))".to_owned()
}

fn review() -> String {
    r"(?:需要|需|须|要)\s*(?:先\s*)?(?:给\s*)?(?:五星|5星)?\s*(?:好评|晒图|晒单|返图|带图评价|评价)|(?:好评|晒图|晒单|返图)\s*(?:返图|晒图)?\s*后\s*(?:发货|寄出|领取|返现|返还|发放|赠送|方可)|(?-u:\b)in\s+exchange\s+for\s+(?:a|an|your)\s+(?:honest\s+|positive\s+|5-star\s+|five-star\s+)?review|(?-u:\b)(?:leave|write|post)\s+(?:a|an|us\s+a)\s+(?:positive\s+|5-star\s+|five-star\s+)?review\s+(?:to|and)\s".to_owned()
}

fn subscription() -> String {
    format!(
        r"自动\s*(?:按[月年季周]\s*)?(?:续费|续订|续期|扣费|扣款|扣除|续约)|到期(?:后)?\s*(?:自动\s*)?(?:按[月年季周]\s*)?(?:扣费|扣款|续费|收费|转为付费|转付费)|按月扣费|连续包月|连续包年|(?:之后|此后|到期后|次月起|然后|试用期后|免费期后|期满后)\s*(?:每[月年季周]|按[月年])\s*{AMOUNT}|(?-u:\b)(?:auto-?renew(?:s|al|ing|ed)?|automatic(?:ally)?\s+renew(?:al|als|s|ed|ing)?|renews?\s+automatically|automatically\s+renews?|recurring\s+(?:payment|charge|billing|fee)|billed\s+(?:monthly|annually|yearly|weekly|every))(?-u:\b)|(?-u:\b)(?:then|after\s+(?:that|which|the\s+trial))\s*,?\s*{EN_MONEY}\s*(?:/|per|a|an|each|every)\s*(?:month|mo|year|yr|week|wk)(?-u:\b)"
    )
}

/// A recurring price stated (每月15元, 15元/月, "£7.99/month").
fn recurring_price() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        format!(
            r"(?:每[月年季周]|包月|月费|年费)[^,。!?;\n]{{0,4}}?{AMOUNT}|{AMOUNT}\s*(?:/\s*|每)[月年季周]|{EN_MONEY}\s*(?:/|per|a|an|each|every)\s*(?:month|mo|year|yr|week|wk)(?-u:\b)"
        )
    })
}

/// How to cancel, stated.
fn cancellation() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"随时取消|可取消|随时退订|可退订|随时关闭|可关闭|取消续费|取消自动续费|关闭自动续费|随时解约|无需解约|随时停止|到期前取消|(?-u:\b)(?:cancel\s*(?:any\s*time|at\s+any\s+time|before|online|whenever|in\s+one\s+click|in\s+the\s+app)|no\s+commitment|no\s+contract|easy\s+to\s+cancel|can\s+cancel)".to_owned()
    })
}

/// Words before a match that deny it (无需购买, 免服务费, "no admin fee").
fn negation() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"(?:无|不|免|毋|勿|零|没有|无须|无需|不需要?|毋须|不用|不必|由商家)\s*$|(?-u:\b)(?:no|without|zero|waived|never|not|free\s+of|no\s+hidden)\s+(?:[a-z-]+\s+)?$".to_owned()
    })
}

/// A charge by actual use at published prices (辅材按实际用量收费).
fn actual_use() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || r"按实际\s*(?:用量|使用|发生|情况)?\s*$".to_owned())
}

fn regex_of(cell: &'static OnceLock<Option<Re>>, build: fn() -> String) -> Option<&'static Re> {
    cell.get_or_init(|| Re::new(&build()).ok()).as_ref()
}

/// The charges and conditions the words state, in text order; `free_words` are the
/// original ranges of the free claims (a footnote mark follows one of them).
pub(crate) fn charges(original: &str, free_words: &[(usize, usize)]) -> Vec<Charge> {
    let text = Text::new(original);
    let s = text.as_str();
    let mut out: Vec<Charge> = Vec::new();
    for (kind, cell, build) in patterns() {
        let Some(re) = regex_of(cell, *build) else {
            continue;
        };
        for m in re.find_iter(s) {
            let head = s.get(..m.start()).unwrap_or_default();
            let denied = negation().is_some_and(|n| n.is_match(last_chars(head, 24)))
                || exception().is_some_and(|e| e.is_match(clause_head(head)));
            if denied || actual_use().is_some_and(|a| a.is_match(last_chars(head, 8))) {
                continue;
            }
            if *kind == ChargeKind::Subscription && settled_subscription(s) {
                continue;
            }
            let kind = match kind {
                ChargeKind::Fee if only_postage(s.get(m.end()..).unwrap_or_default()) => {
                    ChargeKind::Delivery
                }
                other => *other,
            };
            let (start, end) = text.to_original(m.start(), m.end());
            if out.iter().any(|c| c.start < end && start < c.end) {
                continue;
            }
            out.push(Charge { kind, start, end });
        }
    }
    out.extend(footnotes(original, free_words));
    out.sort_by_key(|c| (c.start, c.end));
    out
}

/// A charge for some customers only, named in its clause (偏远地区需另付运费, "excluding
/// the Highlands"): an exception stated, not the price of what is called free.
fn exception() -> Option<&'static Re> {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    compiled(&RE, || {
        r"偏远|部分地区|港澳台|海外|超出|超重|超过|以外|除外|加急|如需|若需|(?-u:\b)(?:excluding|excl|except|outside|remote|highlands|islands|if\s+you|express|next-day|oversized)(?-u:\b)".to_owned()
    })
}

/// The text of the clause before a match (from the last clause mark).
fn clause_head(head: &str) -> &str {
    let from = head
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, ',' | '。' | '!' | '?' | ';' | '\n'))
        .map_or(0, |(i, c)| i.saturating_add(c.len_utf8()));
    head.get(from..).unwrap_or_default()
}

/// The last `n` characters of `text`.
fn last_chars(text: &str, n: usize) -> &str {
    let from = text
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    text.get(from..).unwrap_or_default()
}

/// What an amount is paid for, when it is only postage ("pay £2.95 postage", 仅需9.9元
/// 运费; not "postage and handling", 运费及包装费).
fn only_postage(after: &str) -> bool {
    static RE: OnceLock<Option<Re>> = OnceLock::new();
    static MORE: OnceLock<Option<Re>> = OnceLock::new();
    let postage = compiled(&RE, || {
        format!(
            r"^\s*(?:for\s+)?(?:the\s+)?(?:(?:postage|shipping|p&p|delivery)(?-u:\b)|的?\s*(?:{ZH_DELIVERY}))"
        )
    });
    let more = compiled(&MORE, || {
        format!(
            r"^\s*(?:for\s+)?(?:the\s+)?(?:(?:postage|shipping|p&p|delivery)\s*(?:and|&|\+)\s*(?:handling|packing|packaging|admin)|的?\s*(?:{ZH_DELIVERY})\s*(?:及|和|与|、|\+)\s*(?:{ZH_FEE}))"
        )
    });
    postage.is_some_and(|re| re.is_match(after)) && !more.is_some_and(|re| re.is_match(after))
}

/// A paid plan whose price and cancellation are both stated is disclosed.
fn settled_subscription(s: &str) -> bool {
    recurring_price().is_some_and(|r| r.is_match(s))
        && cancellation().is_some_and(|c| c.is_match(s))
}

/// A free claim followed by a footnote mark: the condition is in the footnote (from the
/// mark's next appearance to the end of its clause), not beside the claim.
fn footnotes(original: &str, free_words: &[(usize, usize)]) -> Vec<Charge> {
    let mut out = Vec::new();
    for &(_, end) in free_words {
        let Some(tail) = original.get(end..) else {
            continue;
        };
        // The mark stands right after the claim or the words it calls free (free*,
        // "free installation*").
        let Some((offset, mark)) = tail
            .char_indices()
            .take_while(|&(_, c)| {
                c.is_alphanumeric()
                    || c == ' '
                    || c == '-'
                    || matches!(c, '*' | '†' | '‡' | '¹' | '※')
            })
            .take(32)
            .find(|&(_, c)| matches!(c, '*' | '†' | '‡' | '¹' | '※'))
        else {
            continue;
        };
        let mark_at = end.saturating_add(offset);
        let after_mark = mark_at.saturating_add(mark.len_utf8());
        let note = original
            .get(after_mark..)
            .and_then(|rest| rest.find(mark).map(|i| after_mark.saturating_add(i)));
        let (start, stop) = match note {
            Some(at) => {
                let rest = original.get(at..).unwrap_or_default();
                let len = rest
                    .char_indices()
                    .skip(1)
                    .find(|&(_, c)| matches!(c, ')' | '）' | '。' | '\n') || c == mark)
                    .map_or(rest.len(), |(i, _)| i);
                (at, at.saturating_add(len))
            }
            None => (mark_at, after_mark),
        };
        out.push(Charge {
            kind: ChargeKind::Footnote,
            start,
            end: stop,
        });
    }
    out
}

#[cfg(test)]
pub(super) fn compile_all() -> bool {
    patterns()
        .iter()
        .all(|(_, cell, build)| regex_of(cell, *build).is_some())
        && recurring_price().is_some()
        && cancellation().is_some()
        && negation().is_some()
        && exception().is_some()
        && actual_use().is_some()
}

#[cfg(test)]
mod tests {
    use super::{ChargeKind, charges};

    fn kinds(text: &str) -> Vec<ChargeKind> {
        let free: Vec<(usize, usize)> = ["免费", "free", "Free", "FREE", "0元"]
            .iter()
            .filter_map(|w| text.find(w).map(|at| (at, at.saturating_add(w.len()))))
            .collect();
        charges(text, &free).into_iter().map(|c| c.kind).collect()
    }

    #[test]
    fn charges_and_conditions_beside_free_are_read() {
        use ChargeKind::*;
        for (text, kind) in [
            ("免费领取，仅需支付19.9元服务费", Fee),
            ("0元抽，中奖后需支付39元运费及包装费", Fee),
            ("免费试用30天，到期自动按月扣费", Subscription),
            ("免费送！下单另付手续费15元", Fee),
            ("0元购手机，需签约两年套餐", Commitment),
            ("免费安装（需另购安装材料包299元）", Commitment),
            ("免费体验课，到店后需购买会员卡方可参与", Commitment),
            ("免费赠送面膜一盒，需先充值500元", Commitment),
            ("注册即可免费使用，高级功能按次收费", PerUse),
            ("白送！只要付个邮费59元", Delivery),
            ("免费领取试用装，需好评返图后发货", Review),
            ("全场免费拿，仅限积分兑换后补差价", Fee),
            (
                "FREE phone! (Requires a 36-month contract at £45/month)",
                Commitment,
            ),
            ("Free sample - just pay £6.99 handling", Fee),
            (
                "Free 30-day trial, then auto-renews at $14.99/month",
                Subscription,
            ),
            (
                "Get it free* (*with purchase of two full-price items)",
                Footnote,
            ),
            (
                "Free installation - materials charged separately from £199",
                Fee,
            ),
            ("Totally free! Small admin fee applies", Fee),
            ("Free flights - just pay taxes and charges of £89", Fee),
            ("Free consultation, £50 deposit required", Commitment),
            ("免费领取，仅需9.9元", Fee),
            ("免费领取，仅需9.9元运费", Delivery),
            ("0元领取，另需12元运费", Delivery),
            ("Free sample, just £2.95 P&P", Delivery),
            (
                "Free trial with automatic renewal at £9.99/month",
                Subscription,
            ),
        ] {
            assert!(kinds(text).contains(&kind), "{text}: {:?}", kinds(text));
        }
    }

    #[test]
    fn harmless_free_offers_state_no_charge() {
        for text in [
            "全场满99元包邮",
            "支持7天无理由退货，退货运费险免费赠送",
            "购买空调享免费上门安装，辅材按实际用量收费并明码标价",
            "会员可免费借用充电宝2小时",
            "到店自提免运费",
            "新用户首月免费，之后每月15元，可随时取消",
            "免费停车2小时，凭小票领取",
            "免费退换，退货运费由商家承担",
            "凭学生证免费领取一次性口罩一包",
            "本活动免费参加，无需购买",
            "免费领取体验装，包邮到家",
            "Free returns within 30 days",
            "Free standard delivery on orders over $35",
            "Free for your first month, then £7.99/month. Cancel anytime.",
            "Free parking for 2 hours with any receipt",
            "No purchase necessary. No admin fee, no contract.",
            "免费配送，偏远地区需另付运费",
            "Free delivery, excluding the Highlands where a £5 surcharge applies",
        ] {
            assert_eq!(kinds(text), [], "{text}");
        }
    }
}
