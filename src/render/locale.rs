//! The documents' language: labels, and money, counts, percentages and dates written
//! the way a reader of `zh-CN` or `en` expects (¥1,500万 / $1.5M, 2027年1月16日 / Jan 16, 2027).

use crate::model::{Campaign, Jurisdiction, Locale};
use crate::numfmt::{self, Scale};
use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

/// The language a document is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    /// The plan's `locale`; without one, Chinese for plans under CN law, else English.
    pub fn of(campaign: &Campaign) -> Lang {
        match campaign.locale {
            Some(Locale::ZhCn) => Lang::Zh,
            Some(Locale::En) => Lang::En,
            None => {
                let cn = campaign
                    .jurisdictions
                    .iter()
                    .flat_map(|j| j.items())
                    .any(|j| *j == Jurisdiction::Cn);
                if cn { Lang::Zh } else { Lang::En }
            }
        }
    }

    /// The `lang` attribute of an HTML page.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The labels in this language.
    pub fn labels(self) -> &'static Labels {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    /// A list joined as the language joins it: `A、B和C` / `A, B and C`.
    pub fn join(self, items: &[String]) -> String {
        match (self, items) {
            (_, []) => String::new(),
            (_, [one]) => one.clone(),
            (Lang::Zh, [rest @ .., last]) => format!("{}和{last}", rest.join("、")),
            (Lang::En, [rest @ .., last]) => format!("{} and {last}", rest.join(", ")),
        }
    }

    /// How this language writes large numbers: 万/亿 or M/B.
    pub fn scale(self) -> Scale {
        match self {
            Lang::Zh => Scale::Chinese,
            Lang::En => Scale::English,
        }
    }

    /// Money: `¥1,500万`, `¥1.5亿`, `¥299` / `$1.5M`, `$12,000`, `$9.99`.
    pub fn money(self, amount: Decimal, currency: &str) -> String {
        numfmt::money(amount, currency, numfmt::Money::Document(self.scale()))
    }

    /// A count: `10万` / `100,000`.
    pub fn count(self, n: u64) -> String {
        numfmt::count(n, self.scale())
    }

    /// A date: `2027年1月16日` / `Jan 16, 2027`.
    pub fn date(self, d: Date) -> String {
        match self {
            Lang::Zh => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
            Lang::En => format!("{} {}, {}", MONTHS[month_index(d)], d.day(), d.year()),
        }
    }

    /// A date without its year: `1月16日` / `Jan 16`.
    pub fn day(self, d: Date) -> String {
        match self {
            Lang::Zh => format!("{}月{}日", d.month(), d.day()),
            Lang::En => format!("{} {}", MONTHS[month_index(d)], d.day()),
        }
    }

    /// An inclusive date range: `2027年1月16日至2月6日` / `Jan 16 – Feb 6, 2027`.
    pub fn dates(self, from: Date, to: Date) -> String {
        if from == to {
            return self.date(from);
        }
        match self {
            Lang::Zh if from.year() == to.year() => {
                format!("{}至{}", self.date(from), self.day(to))
            }
            Lang::Zh => format!("{}至{}", self.date(from), self.date(to)),
            Lang::En if from.year() == to.year() && from.month() == to.month() => format!(
                "{} {} – {}, {}",
                MONTHS[month_index(from)],
                from.day(),
                to.day(),
                to.year()
            ),
            Lang::En if from.year() == to.year() => {
                format!("{} – {}, {}", self.day(from), self.day(to), to.year())
            }
            Lang::En => format!("{} – {}", self.date(from), self.date(to)),
        }
    }

    /// A duration: `2年`, `6个月` / `2 years`, `6 months`.
    pub fn duration(self, d: &crate::values::Duration) -> String {
        use crate::values::DurationUnit as U;
        let n = d.count;
        match self {
            Lang::Zh => {
                let unit = match d.unit {
                    U::Hour => "小时",
                    U::Day => "天",
                    U::Week => "周",
                    U::Month => "个月",
                    U::Year => "年",
                };
                format!("{n}{unit}")
            }
            Lang::En => {
                let unit = match d.unit {
                    U::Hour => "hour",
                    U::Day => "day",
                    U::Week => "week",
                    U::Month => "month",
                    U::Year => "year",
                };
                if n == 1 {
                    format!("1 {unit}")
                } else {
                    format!("{n} {unit}s")
                }
            }
        }
    }

    /// Separates items of a list written in one line: `；` / `; `.
    pub fn semicolon(self) -> &'static str {
        match self {
            Lang::Zh => "；",
            Lang::En => "; ",
        }
    }

    /// A field of the plan in words (`价格` / `Price`), when the documents name it.
    pub fn field(self, key: &str) -> Option<&'static str> {
        let (zh, en) = field_words(key)?;
        Some(match self {
            Lang::Zh => zh,
            Lang::En => en,
        })
    }

    /// The `n`th item of a list, counted from 1: `第2项` / `item 2`.
    pub fn nth(self, n: usize) -> String {
        match self {
            Lang::Zh => format!("第{n}项"),
            Lang::En => format!("item {n}"),
        }
    }

    /// A number of days: `15天` / `15 days`.
    pub fn days(self, n: i64) -> String {
        match (self, n) {
            (Lang::Zh, _) => format!("{n}天"),
            (Lang::En, 1) => "1 day".into(),
            (Lang::En, _) => format!("{n} days"),
        }
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

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_index(d: Date) -> usize {
    usize::try_from(d.month().saturating_sub(1))
        .unwrap_or(0)
        .min(11)
}

/// Declares the labels struct and its two translations side by side, so a label can
/// never exist in one language only.
macro_rules! labels {
    ($($(#[$doc:meta])* $field:ident: $zh:literal, $en:literal;)*) => {
        /// Every fixed word of the documents, in one language.
        #[derive(Debug, Serialize)]
        pub struct Labels {
            $($(#[$doc])* pub $field: &'static str,)*
        }
        /// Chinese labels.
        pub static ZH: Labels = Labels { $($field: $zh,)* };
        /// English labels.
        pub static EN: Labels = Labels { $($field: $en,)* };
    };
}

labels! {
    /// The colon after a label: full-width in Chinese.
    colon: "：", ": ";
    plan: "活动方案", "Campaign plan";
    review: "活动复盘", "Campaign review";
    contents: "目录", "Contents";
    overview: "概览", "Overview";
    summary: "概述", "Summary";
    id: "编号", "ID";
    window: "活动时间", "Dates";
    owner: "负责部门", "Owner";
    currency: "币种", "Currency";
    jurisdictions: "适用法域", "Jurisdictions";
    source: "来源文件", "Source";
    goals: "目标", "Goals";
    goal: "目标", "Goal";
    metric: "指标", "Metric";
    baseline: "基线", "Baseline";
    target: "目标值", "Target";
    growth: "增长", "Growth";
    parts: "分解", "Breakdown";
    phases: "阶段与时间线", "Phases and timeline";
    phase: "阶段", "Phase";
    dates: "日期", "Dates";
    days: "天数", "Days";
    focus: "重点", "Focus";
    budget_share: "预算占比", "Budget share";
    phase_targets: "阶段目标", "Phase targets";
    timeline: "时间线", "Timeline";
    materials_due: "物料截止", "Materials due";
    budget: "预算", "Budget";
    total: "总预算", "Total";
    line: "项目", "Line";
    amount: "金额", "Amount";
    share: "占比", "Share";
    reserve: "预留", "Reserve";
    allocated: "已分配", "Allocated";
    unallocated: "未分配", "Unallocated";
    promotions: "促销机制", "Promotions";
    promotion: "促销", "Promotion";
    mechanic: "机制", "Mechanic";
    when: "时间", "When";
    limits: "限制", "Limits";
    terms: "活动规则", "Terms";
    coupons: "优惠券", "Coupons";
    coupon: "优惠券", "Coupon";
    audience: "适用人群", "Audience";
    scope: "适用范围", "Scope";
    valid: "有效期", "Valid";
    everyone: "所有用户", "Everyone";
    everything: "全场", "Everything";
    stacking: "叠加规则与最坏情况", "Stacking and the worst case";
    stacking_rules: "叠加规则", "Stacking rules";
    order_of_application: "计算顺序：单品价（会员价、秒杀或直降，取其一）→ 满减/满折 → 优惠券", "Order of application: item price (one of member price, flash sale or discount) → spend tiers → coupons";
    max_coupons: "每单最多用券", "Coupons per order";
    unlimited: "不限", "no limit";
    claims_per_day: "每人每日最多领取", "Claims per customer per day";
    standalone: "不与其他优惠同享", "Combine with nothing";
    exclusive: "互斥（同一订单至多其一）", "Mutually exclusive (at most one per order)";
    worst_case: "最坏情况", "Worst case";
    depth: "最大优惠深度", "Deepest discount";
    order_value: "发生时的订单原价", "At an order value of";
    combination: "优惠组合", "Combination";
    margin_left: "剩余毛利", "Margin left";
    guardrails: "护栏", "Guardrails";
    guardrail: "护栏", "Guardrail";
    limit: "限值", "Limit";
    status: "状态", "Status";
    ok: "通过", "OK";
    exceeded: "超出", "Exceeded";
    below: "低于下限", "Below";
    min_order: "最低订单金额", "Minimum order";
    gross_margin: "毛利率", "Gross margin";
    min_margin: "最低剩余毛利", "Minimum margin left";
    max_discount: "最大优惠深度", "Maximum discount";
    max_gift_cost: "赠品成本上限", "Maximum gift cost";
    no_analysis: "优惠无法计算最坏情况。", "The offers could not be analysed.";
    no_offers: "方案中没有可叠加的优惠。", "The plan has no offers that stack.";
    below_cost: "低于成本", "below cost";
    paid: "实付", "Customer pays";
    saved: "优惠", "Discount";
    copy: "对客文案", "Customer-facing copy";
    channel: "渠道", "Channel";
    text: "文案", "Text";
    advertises: "对应优惠", "Advertises";
    opt_out: "退订方式", "Opt-out";
    compliance: "合规", "Compliance";
    reviewed_by: "审核部门", "Reviewed by";
    data_retention: "个人信息保存期限", "Personal data kept";
    prize_records: "获奖记录保存期限", "Prize records kept";
    messaging: "营销信息接收同意", "Consent to marketing messages";
    soft_opt_in: "老客户豁免", "soft opt-in";
    lawful_basis: "处理依据", "lawful basis";
    non_personalised_option: "非个性化选项", "non-personalised option";
    personal_data: "个人信息", "Personal data";
    profiling: "用户画像", "Profiling";
    consent: "已获同意", "Consent";
    yes: "是", "yes";
    no: "否", "no";
    findings: "检查结果", "Findings";
    no_findings: "无检查问题。", "No findings.";
    severity: "级别", "Severity";
    code: "规则", "Rule";
    message: "说明", "Message";
    at: "位置", "At";
    error: "错误", "error";
    warning: "警告", "warning";
    info: "提示", "info";
    waivers: "豁免", "Waivers";
    rule: "规则", "Rule";
    reason: "理由", "Reason";
    approved_by: "批准人", "Approved by";
    expires: "到期", "Expires";
    never: "长期", "never";
    risks: "风险与应对", "Risks";
    risk: "风险", "Risk";
    prevention: "预防措施", "Prevention";
    response: "应对方案", "Response";
    materials: "物料", "Materials";
    item: "物料", "Item";
    quantity: "数量", "Quantity";
    due: "截止日期", "Due";
    needed_by: "用于阶段", "Needed by";
    teams: "团队与职责", "Teams and duties";
    team: "团队", "Team";
    duties: "职责", "Duties";
    budget_chart: "预算分配图", "Budget chart";
    funding: "优惠成本与预算", "Offer cost against budget";
    list_sep: "、", ", ";
    funding_intro: "每个预算科目所承担优惠的最坏情况成本（全部发放并使用）与预计成本（按核销率），与科目预算对照。", "For each budget line, the worst case of the offers it funds (every one issued and used) and their expected cost (at the stated redemption), against the line's budget.";
    funding_chart: "优惠成本与预算对照图", "Offer cost against budget chart";
    line_budget: "科目预算", "Line budget";
    worst_cost: "最坏情况成本", "Worst case";
    expected_cost: "预计成本", "Expected";
    funded_offers: "出资的优惠", "Offers funded";
    over_line: "超出预算", "over the line";
    unfunded_offers: "未指定预算科目的优惠", "Offers with no funding line";
    timeline_chart: "阶段时间线图", "Timeline chart";
    generated: "由 campspec 根据方案文件生成，请勿手工修改。", "Generated by campspec from the plan file; do not edit by hand.";
    results: "结果", "Results";
    actual: "实际", "Actual";
    attainment: "达成率", "Attainment";
    met: "达成", "met";
    missed: "未达成", "missed";
    no_target: "无目标值", "no target";
    no_result: "无结果", "no result";
    phase_results: "分阶段结果", "Results by phase";
    version: "方案版本", "Version";
    approvals: "审批", "Approvals";
    role: "角色", "Role";
    approver: "签批人", "Name";
    date: "日期", "Date";
    pending: "待审批", "pending";
    approved: "已批准", "approved";
    rejected: "已驳回", "rejected";
    likelihood: "可能性", "Likelihood";
    impact: "影响", "Impact";
    low: "低", "Low";
    medium: "中", "Medium";
    high: "高", "High";
    risk_matrix: "风险矩阵", "Risk matrix";
    unrated: "未评级的风险", "Risks not rated";
    budget_money: "预算金额", "Budget";
    place: "位置", "Where";
    see_review: "活动复盘", "Campaign review";
    see_plan: "活动方案", "Campaign plan";
    offers: "优惠时间", "Offers";
    early_access: "会员提前购", "members' early access";
    daily: "每日", "daily ";
    coupon_validity: "优惠券有效期", "Coupon validity";
    flash_slots: "秒杀场次", "Flash sale";
    early_access_key: "会员提前购", "Members' early access";
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn money_and_counts() {
        assert_eq!(Lang::Zh.money(d("15000000"), "CNY"), "¥1,500万");
        assert_eq!(Lang::En.money(d("1500000"), "USD"), "$1.5M");
        assert_eq!(Lang::En.money(d("12000"), "USD"), "$12,000");
        assert_eq!(Lang::En.money(d("2000000000"), "USD"), "$2B");
        assert_eq!(Lang::En.money(d("1234567"), "USD"), "$1,234,567");
        assert_eq!(Lang::En.money(d("9.99"), "EUR"), "€9.99");
        assert_eq!(Lang::En.money(d("81.7"), "USD"), "$81.70");
        assert_eq!(Lang::Zh.money(d("923.08"), "CNY"), "¥923.08");
        assert_eq!(Lang::Zh.count(100_000), "10万");
        assert_eq!(Lang::Zh.count(2_000), "2,000");
        assert_eq!(Lang::En.count(100_000), "100,000");
    }

    #[test]
    fn dates() {
        let a = jiff::civil::date(2027, 1, 16);
        let b = jiff::civil::date(2027, 2, 6);
        assert_eq!(Lang::Zh.date(a), "2027年1月16日");
        assert_eq!(Lang::En.date(a), "Jan 16, 2027");
        assert_eq!(Lang::Zh.dates(a, b), "2027年1月16日至2月6日");
        assert_eq!(Lang::En.dates(a, b), "Jan 16 – Feb 6, 2027");
        let c = jiff::civil::date(2027, 1, 28);
        assert_eq!(Lang::En.dates(a, c), "Jan 16 – 28, 2027");
        let e = jiff::civil::date(2026, 12, 20);
        assert_eq!(Lang::Zh.dates(e, a), "2026年12月20日至2027年1月16日");
        assert_eq!(Lang::En.dates(a, a), "Jan 16, 2027");
    }

    #[test]
    fn joins() {
        let items = ["A".to_owned(), "B".to_owned(), "C".to_owned()];
        assert_eq!(Lang::Zh.join(&items), "A、B和C");
        assert_eq!(Lang::En.join(&items), "A, B and C");
        assert_eq!(Lang::En.join(&items[..1]), "A");
    }
}
