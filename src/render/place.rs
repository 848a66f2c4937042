//! Where a finding is, in words a reader of the plan knows: the section, the item's own
//! name and the field (`促销机制 › 限时秒杀 › 价格` / `Promotions › Flash sale › Price`),
//! read from its pointer and the plan, never the pointer itself.

use super::context::channel_label;
use super::locale::Lang;
use crate::model::Campaign;
use crate::source::pointer;

/// The separator between the steps of a place.
const SEP: &str = " › ";

/// The place a pointer names, in the document's language; empty for the whole plan.
pub fn place(campaign: &Campaign, ptr: &str, lang: Lang) -> String {
    let tokens: Vec<String> = pointer::tokens(ptr).collect();
    let mut steps: Vec<String> = Vec::new();
    let mut rest = tokens.as_slice();
    if let [section, tail @ ..] = rest {
        steps.push(field(section, lang));
        rest = tail;
        // `budget.lines[i]` and `compliance.waivers[i]` / `.messaging[i]` are named like
        // a top-level list's items.
        let sub = match (section.as_str(), rest) {
            ("budget" | "compliance", [list, tail @ ..]) if is_index(tail.first()) => {
                steps.push(field(list, lang));
                rest = tail;
                Some(list.as_str())
            }
            _ => None,
        };
        let list = sub.unwrap_or(section.as_str());
        if let [key, tail @ ..] = rest
            && let Some(name) = item_name(campaign, section, list, key, lang)
        {
            steps.push(name);
            rest = tail;
        }
    }
    for token in rest {
        steps.push(match token.parse::<usize>() {
            Ok(i) => nth(i, lang),
            Err(_) => field(token, lang),
        });
    }
    steps.join(SEP)
}

fn is_index(token: Option<&String>) -> bool {
    token.is_some_and(|t| t.parse::<usize>().is_ok())
}

/// `第2项` / `item 2` for the item at index `i`.
fn nth(i: usize, lang: Lang) -> String {
    let n = i.saturating_add(1);
    match lang {
        Lang::Zh => format!("第{n}项"),
        Lang::En => format!("item {n}"),
    }
}

/// The name of the item `key` of the list `list` (under `section`): its own name as the
/// plan writes it, else its id, else its position.
fn item_name(
    campaign: &Campaign,
    section: &str,
    list: &str,
    key: &str,
    lang: Lang,
) -> Option<String> {
    let trimmed = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    if section == "results" {
        let goal = campaign
            .goals
            .iter()
            .flat_map(|g| g.items())
            .find(|g| g.id.as_str() == key);
        return Some(goal.map_or_else(|| key.to_owned(), |g| g.name.clone()));
    }
    let i: usize = key.parse().ok()?;
    let named = match (section, list) {
        ("goals", _) => campaign.goals.as_ref()?.get(i).map(|x| x.name.clone()),
        ("phases", _) => campaign.phases.as_ref()?.get(i).map(|x| x.name.clone()),
        ("promotions", _) => campaign.promotions.as_ref()?.get(i).map(|x| x.name.clone()),
        ("coupons", _) => campaign.coupons.as_ref()?.get(i).map(|x| x.name.clone()),
        ("add_ons", _) => campaign.add_ons.as_ref()?.get(i).map(|x| x.name.clone()),
        ("teams", _) => campaign.teams.as_ref()?.get(i).map(|x| x.name.clone()),
        ("approvals", _) => campaign.approvals.as_ref()?.get(i).map(|x| x.role.clone()),
        ("copy", _) => campaign
            .copy
            .as_ref()?
            .get(i)
            .map(|x| format!("{} {}", channel_label(x.channel, lang), x.id.as_str())),
        ("risks", _) => campaign
            .risks
            .as_ref()?
            .get(i)
            .and_then(|x| x.risk.known().cloned()),
        ("materials", _) => campaign
            .materials
            .as_ref()?
            .get(i)
            .and_then(|x| x.item.known().cloned()),
        ("budget", "lines") => campaign
            .budget
            .as_ref()?
            .lines
            .as_ref()?
            .get(i)
            .map(|x| x.name.clone()),
        ("compliance", "waivers") => campaign
            .compliance
            .as_ref()?
            .waivers
            .as_ref()?
            .get(i)
            .map(|x| x.rule.clone()),
        ("compliance", "messaging") => campaign
            .compliance
            .as_ref()?
            .messaging
            .as_ref()?
            .get(i)
            .map(|x| channel_label(x.channel, lang).to_owned()),
        _ => return Some(nth(i, lang)),
    };
    Some(
        named
            .as_deref()
            .and_then(trimmed)
            .unwrap_or_else(|| nth(i, lang)),
    )
}

/// A field's name in words; a key campspec does not name is shown as written.
fn field(key: &str, lang: Lang) -> String {
    match field_words(key) {
        Some((zh, en)) => match lang {
            Lang::Zh => zh.to_owned(),
            Lang::En => en.to_owned(),
        },
        None => key.to_owned(),
    }
}

/// The words for the plan's field names: key, Chinese, English.
const FIELDS: &[(&str, &str, &str)] = &[
    ("campspec", "格式版本", "Format version"),
    ("id", "编号", "ID"),
    ("name", "名称", "Name"),
    ("version", "方案版本", "Version"),
    ("summary", "概述", "Summary"),
    ("owner", "负责部门", "Owner"),
    ("locale", "文档语言", "Language"),
    ("currency", "币种", "Currency"),
    ("timezone", "时区", "Time zone"),
    ("jurisdictions", "适用法域", "Jurisdictions"),
    ("window", "活动时间", "Dates"),
    ("teams", "团队与职责", "Teams"),
    ("duties", "职责", "Duties"),
    ("goals", "目标", "Goals"),
    ("metric", "指标", "Metric"),
    ("baseline", "基线", "Baseline"),
    ("target", "目标值", "Target"),
    ("growth", "增长", "Growth"),
    ("unit", "单位", "Unit"),
    ("parts", "分解", "Breakdown"),
    ("phases", "阶段", "Phases"),
    ("phase", "阶段", "Phase"),
    ("start", "开始日期", "Start"),
    ("end", "结束日期", "End"),
    ("focus", "重点", "Focus"),
    ("targets", "阶段目标", "Phase targets"),
    ("budget", "预算", "Budget"),
    ("total", "总预算", "Total"),
    ("reserve", "预留", "Reserve"),
    ("lines", "预算项目", "Budget lines"),
    ("amount", "金额", "Amount"),
    ("promotions", "促销机制", "Promotions"),
    ("coupons", "优惠券", "Coupons"),
    ("add_ons", "搭售项目", "Add-ons"),
    ("type", "类型", "Type"),
    ("terms", "活动规则", "Terms"),
    ("quantity", "数量", "Quantity"),
    ("per_user", "每人限量", "Per customer"),
    ("reference_price", "参考价", "Reference price"),
    ("basis", "依据", "Basis"),
    ("days", "天数", "Days"),
    ("evidence", "证明材料", "Evidence"),
    ("requires", "前提条件", "Requirements"),
    ("fees", "费用", "Fees"),
    ("mandatory", "必付", "Mandatory"),
    ("included", "已含", "Included"),
    ("condition", "条件", "Condition"),
    ("personalised", "个性化定价", "Personalised"),
    ("subscription", "订阅", "Subscription"),
    ("tiers", "档位", "Tiers"),
    ("spend", "门槛金额", "Spend"),
    ("discount", "优惠", "Discount"),
    ("repeat", "每满", "Repeats"),
    ("max_repeats", "最多叠加次数", "Maximum repeats"),
    ("scope", "适用范围", "Scope"),
    ("slots", "场次", "Slots"),
    ("items_per_slot", "每场件数", "Items per slot"),
    ("price", "价格", "Price"),
    ("min_margin", "最低剩余毛利", "Minimum margin left"),
    ("levels", "会员等级", "Levels"),
    ("level", "等级", "Level"),
    ("early_access_days", "会员提前购天数", "Early access days"),
    ("prices", "价格", "Prices"),
    ("grand_prize", "大奖", "Grand prize"),
    ("prizes", "奖品", "Prizes"),
    ("value", "价值", "Value"),
    ("odds", "中奖概率", "Odds"),
    ("entry", "参与方式", "Entry"),
    ("free_entry", "免费参与方式", "Free entry"),
    ("entry_fee", "参与费用", "Entry fee"),
    ("pieces", "卡片", "Pieces"),
    ("reward", "奖励", "Reward"),
    ("gift", "赠品", "Gift"),
    ("gift_cost", "赠品成本", "Gift cost"),
    ("percent", "折扣比例", "Percentage"),
    ("cap", "优惠上限", "Cap"),
    ("min_spend", "使用门槛", "Minimum spend"),
    ("audience", "适用人群", "Audience"),
    ("valid", "有效期", "Valid"),
    ("from", "起始日期", "From"),
    ("to", "截止日期", "To"),
    ("preselected", "默认勾选", "Preselected"),
    ("offered_with", "搭配优惠", "Offered with"),
    ("stacking", "叠加规则", "Stacking"),
    ("max_coupons_per_order", "每单最多用券", "Coupons per order"),
    (
        "claims_per_user_per_day",
        "每人每日最多领取",
        "Claims per customer per day",
    ),
    ("standalone", "不与其他优惠同享", "Combine with nothing"),
    ("exclusive", "互斥", "Mutually exclusive"),
    ("guardrails", "护栏", "Guardrails"),
    ("min_order", "最低订单金额", "Minimum order"),
    ("gross_margin", "毛利率", "Gross margin"),
    ("max_discount", "最大优惠深度", "Maximum discount"),
    ("max_gift_cost", "赠品成本上限", "Maximum gift cost"),
    ("copy", "对客文案", "Copy"),
    ("channel", "渠道", "Channel"),
    ("text", "文案", "Text"),
    ("advertises", "对应优惠", "Advertises"),
    ("opt_out", "退订方式", "Opt-out"),
    ("ad_label", "广告标识", "Ad label"),
    ("close", "截止时间", "Closes"),
    ("compliance", "合规", "Compliance"),
    ("reviewed_by", "审核部门", "Reviewed by"),
    ("data_retention", "个人信息保存期限", "Personal data kept"),
    ("prize_records", "获奖记录保存期限", "Prize records kept"),
    ("personal_data", "个人信息", "Personal data"),
    (
        "messaging",
        "营销信息接收同意",
        "Consent to marketing messages",
    ),
    ("consent", "同意", "Consent"),
    ("waivers", "豁免", "Waivers"),
    ("rule", "规则", "Rule"),
    ("at", "位置", "At"),
    ("reason", "理由", "Reason"),
    ("approved_by", "批准人", "Approved by"),
    ("expires", "到期", "Expires"),
    ("min_age", "最低年龄", "Minimum age"),
    ("guardian_consent", "监护人同意", "Guardian consent"),
    ("risks", "风险与应对", "Risks"),
    ("risk", "风险", "Risk"),
    ("prevention", "预防措施", "Prevention"),
    ("response", "应对方案", "Response"),
    ("likelihood", "可能性", "Likelihood"),
    ("impact", "影响", "Impact"),
    ("approvals", "审批", "Approvals"),
    ("role", "角色", "Role"),
    ("date", "日期", "Date"),
    ("status", "状态", "Status"),
    ("materials", "物料", "Materials"),
    ("item", "物料", "Item"),
    ("due", "截止日期", "Due"),
    ("needed_by", "用于阶段", "Needed by"),
    ("results", "结果", "Results"),
    ("actual", "实际", "Actual"),
];

/// The Chinese and English words for a field name, when campspec names it.
fn field_words(key: &str) -> Option<(&'static str, &'static str)> {
    FIELDS
        .iter()
        .find(|(k, _, _)| *k == key)
        .map(|(_, zh, en)| (*zh, *en))
}

/// A finding's message cut at its backticks: plain text, then code, then plain text…
/// (the page shows code as code, never a raw backtick).
pub fn spans(message: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for (i, part) in message.split('`').enumerate() {
        if !part.is_empty() {
            out.push(Span {
                text: part.to_owned(),
                code: i % 2 == 1,
            });
        }
    }
    out
}

/// A piece of a message: text, or a value from the plan shown as code.
#[derive(Debug, serde::Serialize, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub code: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_cut_at_backticks() {
        let s = spans("phase `burst` ends after `2027-02-15`.");
        let codes: Vec<_> = s
            .iter()
            .filter(|s| s.code)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(codes, ["burst", "2027-02-15"]);
        assert!(s.iter().all(|s| !s.text.contains('`')));
    }

    #[test]
    fn unnamed_keys_stay_as_written_and_indexes_count_from_one() {
        let c = Campaign::default();
        assert_eq!(
            place(&c, "/stacking/exclusive/1", Lang::En),
            "Stacking › Mutually exclusive › item 2"
        );
        assert_eq!(place(&c, "/window/start", Lang::Zh), "活动时间 › 开始日期");
        assert_eq!(place(&c, "/x_custom", Lang::En), "x_custom");
        assert_eq!(place(&c, "", Lang::En), "");
    }
}
