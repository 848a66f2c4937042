//! The render context of a plan: everything the documents show, computed and formatted in
//! Rust in the plan's language, so the templates only lay it out.

use super::charts::{self, Charts};
use super::describe::Describer;
use super::locale::{Labels, Lang};
use super::names::{DASH, Names, days_between};
use super::place::{Span, place, spans};
use crate::analysis::Analysis;
use crate::finding::{Finding, Severity};
use crate::model::{ApprovalStatus, Campaign, Channel, Level, Metric, Promotion, PromotionKind};
use crate::numfmt::{percent, percent_short};
use crate::source::Source;
use crate::values::{Measure, Share};
use rust_decimal::Decimal;
use serde::Serialize;

/// What `plan.md` and `plan.html` show.
#[derive(Debug, Serialize)]
pub struct PlanContext {
    /// The `lang` of the page: `zh-CN` or `en`.
    pub lang: &'static str,
    /// Every fixed word, in the plan's language.
    pub l: &'static Labels,
    pub id: String,
    pub name: String,
    pub summary: Option<String>,
    /// The plan file's name (no directories, so the output does not depend on where
    /// it was built from).
    pub source: String,
    pub window: String,
    pub owner: String,
    pub currency: String,
    pub jurisdictions: String,
    pub goals: Vec<GoalRow>,
    pub phases: Vec<PhaseRow>,
    /// The lines of a Mermaid `gantt` chart of phases and material deadlines.
    pub gantt: Vec<String>,
    pub budget: Option<BudgetView>,
    /// What the offers each budget line funds can cost (`None` when no offer names a
    /// line).
    pub funding: Option<super::funding::FundingView>,
    pub promotions: Vec<OfferRow>,
    pub coupons: Vec<OfferRow>,
    pub stacking: StackingView,
    pub copy: Vec<CopyRow>,
    pub compliance: ComplianceView,
    pub risks: Vec<RiskRow>,
    pub materials: Vec<MaterialRow>,
    pub teams: Vec<TeamRow>,
    /// The plan's own version, as written.
    pub version: Option<String>,
    /// Who signs the plan off.
    pub approvals: Vec<ApprovalRow>,
    /// The rated risks on a likelihood × impact grid, when any is rated.
    pub risk_matrix: Option<RiskMatrix>,
    /// Whether a review (`review.html`, `review.md`) is built beside this plan (the plan
    /// has results): the documents link to each other.
    pub review: bool,
    /// Geometry of the HTML page's SVG charts.
    pub charts: Charts,
}

#[derive(Debug, Serialize)]
pub struct GoalRow {
    pub name: String,
    pub metric: String,
    pub baseline: String,
    pub target: String,
    pub growth: String,
    pub owner: String,
    pub parts: Vec<(String, String)>,
}

#[derive(Debug, Serialize)]
pub struct PhaseRow {
    pub name: String,
    pub dates: String,
    pub days: i64,
    pub focus: Vec<String>,
    /// The focus items joined as the language joins a list.
    pub focus_text: String,
    pub budget: String,
    /// The phase's budget in money (its share of the total), when the plan has a total.
    pub budget_money: String,
    pub targets: String,
}

#[derive(Debug, Serialize)]
pub struct BudgetView {
    pub total: String,
    pub lines: Vec<BudgetRow>,
    /// The reserve as a row (share of the total and amount), when there is one.
    pub reserve: Option<BudgetRow>,
    pub allocated: String,
    /// Money neither allocated nor reserved, when there is any.
    pub unallocated: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct BudgetRow {
    pub name: String,
    pub amount: String,
    pub share: String,
    pub owner: String,
    pub phase: String,
}

#[derive(Debug, Serialize)]
pub struct OfferRow {
    pub id: String,
    pub name: String,
    /// The mechanic's type in words (满减, Flash sale…).
    pub kind: String,
    /// What it does, in plain words.
    pub mechanic: String,
    pub when: String,
    pub limits: String,
    pub audience: String,
    pub scope: String,
    pub terms: String,
}

#[derive(Debug, Serialize)]
pub struct StackingView {
    pub rules: Vec<String>,
    pub exposure: Option<ExposureView>,
    /// Why there is no exposure, when there is none.
    pub note: Option<String>,
    pub guardrails: Vec<GuardrailRow>,
}

#[derive(Debug, Serialize)]
pub struct ExposureView {
    pub depth: String,
    pub order_value: String,
    pub combination: String,
    pub margin_left: String,
    /// Paid and saved at the worst case, for the chart.
    pub paid: String,
    pub saved: String,
}

#[derive(Debug, Serialize)]
pub struct GuardrailRow {
    pub name: String,
    pub limit: String,
    pub actual: String,
    pub ok: bool,
    pub status: String,
}

#[derive(Debug, Serialize)]
pub struct CopyRow {
    pub id: String,
    pub channel: String,
    pub text: String,
    pub advertises: String,
    pub opt_out: String,
}

#[derive(Debug, Serialize)]
pub struct ComplianceView {
    pub reviewed_by: String,
    pub data_retention: String,
    pub prize_records: String,
    pub personal_data: String,
    /// Consent to marketing messages per channel (`短信：…；推送：…`).
    pub messaging: String,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// `0 errors · 1 warning · 0 infos` / `0个错误 · 1个警告 · 0个提示`.
    pub counts: String,
    pub findings: Vec<FindingRow>,
    pub waivers: Vec<WaiverRow>,
}

#[derive(Debug, Serialize)]
pub struct FindingRow {
    /// `error`, `warning` or `info` (for styling).
    pub severity: &'static str,
    /// The severity in the plan's language.
    pub severity_label: &'static str,
    pub code: &'static str,
    pub rule: &'static str,
    pub message: String,
    /// The message cut at its backticks, values from the plan marked as code.
    pub spans: Vec<Span>,
    /// Where it is, in words: `促销机制 › 限时秒杀 › 价格`.
    pub place: String,
    /// `line N`.
    pub line: usize,
}

#[derive(Debug, Serialize)]
pub struct WaiverRow {
    pub rule: String,
    pub at: String,
    pub reason: String,
    pub approved_by: String,
    pub expires: String,
}

#[derive(Debug, Serialize)]
pub struct RiskRow {
    pub risk: String,
    pub prevention: String,
    pub response: String,
    pub owner: String,
    /// `低`/`Low`…, or a dash when not rated.
    pub likelihood: String,
    pub impact: String,
    /// `low`, `medium`, `high` (likelihood and impact together, for styling) or `none`.
    pub rating: &'static str,
}

#[derive(Debug, Serialize)]
pub struct ApprovalRow {
    pub role: String,
    pub name: String,
    pub date: String,
    /// `pending`, `approved` or `rejected` (for styling).
    pub status: &'static str,
    /// The status in the plan's language.
    pub status_label: &'static str,
}

/// The risk matrix: impact high to low (rows) by likelihood low to high (columns).
#[derive(Debug, Serialize)]
pub struct RiskMatrix {
    /// The column heads, likelihood low to high.
    pub columns: Vec<&'static str>,
    pub rows: Vec<MatrixRow>,
    /// How many risks are not rated (not on the grid).
    pub unrated: usize,
}

#[derive(Debug, Serialize)]
pub struct MatrixRow {
    /// The impact of this row.
    pub impact: &'static str,
    pub cells: Vec<MatrixCell>,
}

#[derive(Debug, Serialize)]
pub struct MatrixCell {
    /// `low`, `medium` or `high`: how serious a risk in this cell is.
    pub rating: &'static str,
    /// The risks in the cell, as written.
    pub risks: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct MaterialRow {
    pub item: String,
    pub quantity: String,
    pub owner: String,
    pub due: String,
    pub needed_by: String,
}

#[derive(Debug, Serialize)]
pub struct TeamRow {
    pub name: String,
    pub duties: String,
}

/// The metric's name in the plan's language.
pub fn metric_label(metric: Metric, lang: Lang) -> &'static str {
    let (zh, en) = match metric {
        Metric::Gmv => ("销售额（GMV）", "GMV"),
        Metric::Revenue => ("收入", "Revenue"),
        Metric::Units => ("销量", "Units sold"),
        Metric::Orders => ("订单数", "Orders"),
        Metric::NewUsers => ("新增用户", "New customers"),
        Metric::ActiveUsers => ("活跃用户", "Active users"),
        Metric::ConversionRate => ("转化率", "Conversion rate"),
        Metric::RepurchaseRate => ("复购率", "Repurchase rate"),
        Metric::Aov => ("客单价", "Average order value"),
        Metric::Reach => ("触达人数", "Reach"),
        Metric::Coverage => ("覆盖率", "Coverage"),
        Metric::Engagement => ("互动量", "Engagement"),
        Metric::SearchVolume => ("搜索量", "Search volume"),
        Metric::Satisfaction => ("满意度", "Satisfaction"),
        Metric::Nps => ("净推荐值（NPS）", "NPS"),
        Metric::Roi => ("投资回报率", "ROI"),
        Metric::Custom => ("自定义", "Custom"),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// The promotion type in words.
pub fn kind_label(kind: &PromotionKind, lang: Lang) -> &'static str {
    let (zh, en) = match kind {
        PromotionKind::SpendTiers {
            repeat: Some(true), ..
        } => ("每满减", "Spend-and-save, repeating"),
        PromotionKind::SpendTiers { .. } => ("满额优惠", "Spend tiers"),
        PromotionKind::Discount { .. } => ("直降/打折", "Discount"),
        PromotionKind::FlashSale { .. } => ("限时秒杀", "Flash sale"),
        PromotionKind::MemberPrice { .. } => ("会员价", "Member price"),
        PromotionKind::GiftWithPurchase { .. } => ("满赠", "Gift with purchase"),
        PromotionKind::MysteryBox { .. } => ("福袋/盲盒", "Mystery box"),
        PromotionKind::Lottery { .. } => ("抽奖", "Prize draw"),
        PromotionKind::CollectToWin { .. } => ("集卡", "Collect to win"),
        PromotionKind::Points { .. } => ("积分", "Points"),
        PromotionKind::Referral { .. } => ("邀请有礼", "Referral"),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// The channel in words.
/// The personal-data facts of the compliance section, in the document's language.
fn personal_data_facts(p: &crate::model::PersonalData, lang: Lang) -> String {
    let l = lang.labels();
    let yes_no = |b: bool| if b { l.yes } else { l.no };

    let mut facts: Vec<String> = [
        (l.profiling, Some(p.profiling)),
        (l.consent, p.consent),
        (l.opt_out, p.opt_out),
        (l.non_personalised_option, p.non_personalised_option),
    ]
    .iter()
    // Consent and an opt-out are recorded only where customers are profiled.
    .filter_map(|(label, value)| Some((label, (*value)?)))
    .map(|(label, value)| format!("{label}{}{}", l.colon, yes_no(value)))
    .collect();
    if let Some(basis) = p.lawful_basis {
        facts.push(format!(
            "{}{}{}",
            l.lawful_basis,
            l.colon,
            lawful_basis(basis, lang)
        ));
    }
    facts.join(lang.semicolon())
}

/// Consent to marketing messages per channel, in the document's language.
fn messaging_facts(list: &crate::model::List<crate::model::Messaging>, lang: Lang) -> String {
    let l = lang.labels();

    list.iter()
        .map(|(_, m)| {
            let how = m
                .consent
                .as_deref()
                .filter(|t| !t.trim().is_empty())
                .map(|t| t.trim().to_owned())
                .or_else(|| {
                    m.soft_opt_in
                        .as_deref()
                        .filter(|t| !t.trim().is_empty())
                        .map(|t| format!("{}{}{}", l.soft_opt_in, l.colon, t.trim()))
                })
                .unwrap_or_else(|| DASH.into());
            format!("{}{}{how}", channel_label(m.channel, lang), l.colon)
        })
        .collect::<Vec<_>>()
        .join(lang.semicolon())
}

/// A lawful basis of processing, in the document's language.
fn lawful_basis(basis: crate::model::LawfulBasis, lang: Lang) -> &'static str {
    use crate::model::LawfulBasis as B;
    let (zh, en) = match basis {
        B::Consent => ("同意", "consent"),
        B::Contract => ("履行合同所必需", "contract"),
        B::LegalObligation => ("履行法定义务", "legal obligation"),
        B::VitalInterest => ("保护重大利益", "vital interest"),
        B::PublicTask => ("公共任务", "public task"),
        B::LegitimateInterest => ("正当利益", "legitimate interest"),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

pub fn channel_label(channel: Channel, lang: Lang) -> &'static str {
    let (zh, en) = match channel {
        Channel::AppHome => ("App首页", "App home"),
        Channel::Web => ("网站", "Website"),
        Channel::Sms => ("短信", "SMS"),
        Channel::Email => ("邮件", "E-mail"),
        Channel::Push => ("推送", "Push"),
        Channel::Wechat => ("微信", "WeChat"),
        Channel::Weibo => ("微博", "Weibo"),
        Channel::Douyin => ("抖音", "Douyin"),
        Channel::Xiaohongshu => ("小红书", "Xiaohongshu"),
        Channel::Livestream => ("直播", "Livestream"),
        Channel::Poster => ("海报", "Poster"),
        Channel::Store => ("门店", "Store"),
        Channel::Popup => ("弹窗", "Pop-up"),
        Channel::Splash => ("开屏", "Splash"),
        Channel::Feed => ("信息流", "In-feed"),
        Channel::Search => ("搜索广告", "Search ad"),
        Channel::Influencer => ("达人", "Influencer"),
        Channel::Other => ("其他", "Other"),
        Channel::Unknown => ("—", "—"),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// The file name of a path, for the documents' "source" line.
pub fn file_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_owned())
}

/// Builds the plan's render context. `findings` are the plan's (warnings and infos: a
/// plan with errors is not built).
pub fn plan_context(
    path: &str,
    campaign: &Campaign,
    analysis: Option<&Analysis>,
    findings: &[Finding],
    source: Option<&Source>,
) -> PlanContext {
    let names = Names::new(campaign);
    let lang = names.lang;
    let l = lang.labels();
    let describer = Describer {
        lang,
        currency: &names.currency,
    };
    let jurisdictions: Vec<String> = campaign
        .jurisdictions
        .iter()
        .flat_map(|j| j.items())
        .map(|j| j.code().to_owned())
        .collect();
    PlanContext {
        lang: lang.tag(),
        l,
        id: plan_id(campaign),
        name: campaign.name.clone().unwrap_or_default(),
        summary: campaign.summary.as_ref().map(|s| unfold_cjk(s.trim())),
        source: file_name(path),
        window: names.window(),
        owner: campaign
            .owner
            .as_ref()
            .map(|o| names.team(o.as_str()))
            .unwrap_or_else(|| DASH.into()),
        currency: names.currency.clone(),
        jurisdictions: or_dash(jurisdictions.join(", ")),
        goals: goal_rows(campaign, &names),
        phases: phase_rows(campaign, &names),
        gantt: gantt(campaign, lang),
        budget: budget_view(campaign, &names),
        funding: super::funding::funding_view(campaign, &names),
        promotions: promotion_rows(campaign, &names, &describer),
        coupons: coupon_rows(campaign, &names, &describer),
        stacking: stacking_view(campaign, analysis, &names),
        copy: copy_rows(campaign, &names),
        compliance: compliance_view(campaign, findings, source, &names),
        risks: risk_rows(campaign, &names),
        materials: material_rows(campaign, &names),
        teams: team_rows(campaign, names.lang),
        version: campaign
            .version
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned),
        approvals: approval_rows(campaign, lang),
        risk_matrix: risk_matrix(campaign, lang),
        review: campaign.results.is_some(),
        charts: charts::charts(campaign, analysis, &names),
    }
}

/// The plan's id, or nothing.
pub fn plan_id(campaign: &Campaign) -> String {
    campaign
        .id
        .as_ref()
        .map(|i| i.as_str().to_owned())
        .unwrap_or_default()
}

/// A free text as shown: trimmed, Chinese lines unfolded, a dash when empty.
fn text(s: &Option<String>) -> String {
    s.as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(unfold_cjk)
        .unwrap_or_else(|| DASH.into())
}

/// The goals section.
fn goal_rows(campaign: &Campaign, names: &Names<'_>) -> Vec<GoalRow> {
    campaign
        .goals
        .iter()
        .flat_map(|g| g.items())
        // Documents are built from plans without errors, where every metric is known.
        .filter_map(|g| Some((g, *g.metric.known()?)))
        .map(|(g, metric)| {
            let unit = g.unit.as_deref();
            let value = |m: &Option<Measure>| {
                m.as_ref()
                    .map(|m| names.measure(metric, unit, m))
                    .unwrap_or_else(|| DASH.into())
            };
            GoalRow {
                name: g.name.clone(),
                metric: metric_label(metric, names.lang).into(),
                baseline: value(&g.baseline),
                target: value(&g.target),
                growth: g
                    .growth
                    .as_ref()
                    .map(|p| signed_percent(p.ratio()))
                    .unwrap_or_else(|| DASH.into()),
                owner: g
                    .owner
                    .as_ref()
                    .map(|o| names.team(o.as_str()))
                    .unwrap_or_else(|| DASH.into()),
                parts: g
                    .parts
                    .iter()
                    .flat_map(|p| p.items())
                    .filter_map(|p| {
                        Some((
                            p.name.clone(),
                            names.measure(metric, unit, p.target.known()?),
                        ))
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The phases section.
fn phase_rows(campaign: &Campaign, names: &Names<'_>) -> Vec<PhaseRow> {
    let lang = names.lang;
    let total = campaign
        .budget
        .as_ref()
        .and_then(|b| b.total.as_ref())
        .map(|t| t.amount);
    let goal_name = |id: &str| {
        campaign
            .goals
            .iter()
            .flat_map(|g| g.items())
            .find(|g| g.id.as_str() == id)
            .map(|g| g.name.clone())
            .unwrap_or_else(|| id.to_owned())
    };
    campaign
        .phases
        .iter()
        .flat_map(|p| p.items())
        .filter_map(|p| Some((p, p.start.known()?.get(), p.end.known()?.get())))
        .map(|(p, start, end)| PhaseRow {
            name: p.name.clone(),
            dates: lang.dates(start, end),
            days: days_between(start, end).saturating_add(1),
            focus: p.focus.iter().flat_map(|f| f.items().cloned()).collect(),
            focus_text: {
                let items: Vec<String> = p.focus.iter().flat_map(|f| f.items().cloned()).collect();
                or_dash(match lang {
                    Lang::Zh => items.join("、"),
                    Lang::En => items.join("; "),
                })
            },
            budget: match &p.budget {
                Some(Share::Percent(s)) => percent_short(s.ratio()),
                Some(Share::Money(m)) => total
                    .and_then(|t| m.amount.checked_div(t))
                    .map_or_else(|| DASH.into(), |r| percent(r, 1)),
                None => DASH.into(),
            },
            budget_money: match &p.budget {
                Some(Share::Percent(s)) => total.map_or_else(
                    || DASH.into(),
                    |t| names.money(t.saturating_mul(s.ratio()).round_dp(2)),
                ),
                Some(Share::Money(m)) => names.money(m.amount),
                None => DASH.into(),
            },
            targets: {
                let items: Vec<String> = p
                    .targets
                    .iter()
                    .flat_map(|t| t.iter())
                    .map(|(goal, share)| {
                        format!("{} {}", goal_name(goal), percent_short(share.ratio()))
                    })
                    .collect();
                if items.is_empty() {
                    DASH.into()
                } else {
                    match lang {
                        Lang::Zh => items.join("；"),
                        Lang::En => items.join("; "),
                    }
                }
            },
        })
        .collect()
}

/// The promotions section.
fn promotion_rows(
    campaign: &Campaign,
    names: &Names<'_>,
    describer: &Describer<'_>,
) -> Vec<OfferRow> {
    campaign
        .promotions
        .iter()
        .flat_map(|p| p.items())
        .map(|p| {
            let scope = match &p.kind {
                PromotionKind::Discount { scope: Some(s), .. } => {
                    s.items().cloned().collect::<Vec<_>>().join(", ")
                }
                _ => String::new(),
            };
            OfferRow {
                id: p.id.as_str().to_owned(),
                name: p.name.clone(),
                kind: kind_label(&p.kind, names.lang).into(),
                mechanic: describer.promotion(p),
                when: promotion_when(campaign, names, p),
                limits: or_dash(describer.promotion_limits(p)),
                audience: DASH.into(),
                scope: or_dash(scope),
                terms: text(&p.terms),
            }
        })
        .collect()
}

/// When a promotion runs: its phases' dates (or the window), and members' early
/// access.
fn promotion_when(campaign: &Campaign, names: &Names<'_>, p: &Promotion) -> String {
    let lang = names.lang;
    let mut when = names.phases_dates(p.phases.as_ref());
    if let PromotionKind::MemberPrice {
        early_access_days: Some(days),
        ..
    } = &p.kind
    {
        let first = p
            .phases
            .as_ref()
            .and_then(|ids| {
                ids.items()
                    .filter_map(|id| names.phase(id.as_str()))
                    .map(|ph| ph.start.known().map(|d| d.get()))
                    .min()
                    .flatten()
            })
            .or_else(|| {
                campaign
                    .window
                    .as_ref()
                    .and_then(|w| w.start)
                    .map(|d| d.get())
            });
        if let Some(first) = first {
            let early = first
                .checked_sub(jiff::Span::new().days(i64::try_from(days.0).unwrap_or(0)))
                .unwrap_or(first);
            match lang {
                Lang::Zh => when.push_str(&format!("；会员自{}起", lang.day(early))),
                Lang::En => when.push_str(&format!("; members from {}", lang.day(early))),
            }
        }
    }
    when
}

/// The coupons section.
fn coupon_rows(campaign: &Campaign, names: &Names<'_>, describer: &Describer<'_>) -> Vec<OfferRow> {
    let lang = names.lang;
    let l = lang.labels();
    campaign
        .coupons
        .iter()
        .flat_map(|c| c.items())
        .map(|c| OfferRow {
            id: c.id.as_str().to_owned(),
            name: c.name.clone(),
            kind: l.coupon.into(),
            mechanic: describer.coupon(c),
            when: match &c.valid {
                Some(v) => lang.dates(v.from.get(), v.to.get()),
                None => names.window(),
            },
            limits: or_dash(describer.coupon_limits(c)),
            audience: c
                .audience
                .as_deref()
                .map(|a| describer.audience(a))
                .unwrap_or_else(|| l.everyone.into()),
            scope: c
                .scope
                .as_ref()
                .map(|s| {
                    let items: Vec<String> = s.items().cloned().collect();
                    lang.join(&items)
                })
                .unwrap_or_else(|| l.everything.into()),
            terms: text(&c.terms),
        })
        .collect()
}

/// The copy section.
fn copy_rows(campaign: &Campaign, names: &Names<'_>) -> Vec<CopyRow> {
    let lang = names.lang;
    campaign
        .copy
        .iter()
        .flat_map(|c| c.items())
        .map(|c| CopyRow {
            id: c.id.as_str().to_owned(),
            channel: channel_label(c.channel, lang).into(),
            text: c.text.known().map_or("", |t| t.trim()).to_owned(),
            advertises: {
                let items: Vec<String> = c
                    .advertises
                    .iter()
                    .flat_map(|a| a.items())
                    .map(|id| names.offer(id.as_str()))
                    .collect();
                or_dash(lang.join(&items))
            },
            opt_out: text(&c.opt_out),
        })
        .collect()
}

/// The risks section.
fn risk_rows(campaign: &Campaign, names: &Names<'_>) -> Vec<RiskRow> {
    campaign
        .risks
        .iter()
        .flat_map(|r| r.items())
        .map(|r| RiskRow {
            risk: r.risk.to_string(),
            prevention: r.prevention.to_string(),
            response: r.response.to_string(),
            owner: r
                .owner
                .known()
                .map_or_else(|| DASH.into(), |o| names.team(o.as_str())),
            likelihood: r
                .likelihood
                .map_or_else(|| DASH.into(), |v| level_label(v, names.lang).into()),
            impact: r
                .impact
                .map_or_else(|| DASH.into(), |v| level_label(v, names.lang).into()),
            rating: match (r.likelihood, r.impact) {
                (Some(a), Some(b)) => rating(a, b),
                _ => "none",
            },
        })
        .collect()
}

/// A level in words.
fn level_label(level: Level, lang: Lang) -> &'static str {
    let l = lang.labels();
    match level {
        Level::Low => l.low,
        Level::Medium => l.medium,
        Level::High => l.high,
    }
}

/// How serious a risk of this likelihood and impact is: `low`, `medium` or `high`.
fn rating(likelihood: Level, impact: Level) -> &'static str {
    let score = |l: Level| match l {
        Level::Low => 0u8,
        Level::Medium => 1,
        Level::High => 2,
    };
    match score(likelihood).saturating_add(score(impact)) {
        0 | 1 => "low",
        2 => "medium",
        _ => "high",
    }
}

/// The rated risks on a 3 × 3 grid; `None` when no risk is rated.
fn risk_matrix(campaign: &Campaign, lang: Lang) -> Option<RiskMatrix> {
    let risks: Vec<_> = campaign.risks.iter().flat_map(|r| r.items()).collect();
    let rated: Vec<(Level, Level, String)> = risks
        .iter()
        .filter_map(|r| Some((r.likelihood?, r.impact?, r.risk.to_string())))
        .collect();
    if rated.is_empty() {
        return None;
    }
    let rows = Level::ALL
        .iter()
        .rev()
        .map(|&impact| MatrixRow {
            impact: level_label(impact, lang),
            cells: Level::ALL
                .iter()
                .map(|&likelihood| MatrixCell {
                    rating: rating(likelihood, impact),
                    risks: rated
                        .iter()
                        .filter(|(l, i, _)| *l == likelihood && *i == impact)
                        .map(|(_, _, name)| name.clone())
                        .collect(),
                })
                .collect(),
        })
        .collect();
    Some(RiskMatrix {
        columns: Level::ALL.iter().map(|&l| level_label(l, lang)).collect(),
        rows,
        unrated: risks.len().saturating_sub(rated.len()),
    })
}

/// The approvals block.
fn approval_rows(campaign: &Campaign, lang: Lang) -> Vec<ApprovalRow> {
    let l = lang.labels();
    campaign
        .approvals
        .iter()
        .flat_map(|a| a.items())
        .map(|a| {
            let (status, status_label) = match a.status {
                ApprovalStatus::Pending => ("pending", l.pending),
                ApprovalStatus::Approved => ("approved", l.approved),
                ApprovalStatus::Rejected => ("rejected", l.rejected),
            };
            ApprovalRow {
                role: a.role.trim().to_owned(),
                name: a.name.trim().to_owned(),
                date: a.date.map_or_else(|| DASH.into(), |d| lang.date(d.get())),
                status,
                status_label,
            }
        })
        .collect()
}

/// The materials section: a timeline, by due date, then as written.
fn material_rows(campaign: &Campaign, names: &Names<'_>) -> Vec<MaterialRow> {
    let lang = names.lang;
    let mut materials: Vec<(jiff::civil::Date, MaterialRow)> = campaign
        .materials
        .iter()
        .flat_map(|m| m.items())
        .filter_map(|m| Some((m, m.due.known()?.get())))
        .map(|(m, due)| {
            (
                due,
                MaterialRow {
                    item: m.item.to_string(),
                    quantity: m
                        .quantity
                        .known()
                        .map_or_else(|| DASH.into(), |q| lang.count(q.0)),
                    owner: m
                        .owner
                        .known()
                        .map_or_else(|| DASH.into(), |o| names.team(o.as_str())),
                    due: lang.date(due),
                    needed_by: m
                        .needed_by
                        .as_ref()
                        .map(|id| {
                            names
                                .phase(id.as_str())
                                .map(|p| p.name.clone())
                                .unwrap_or_else(|| id.as_str().to_owned())
                        })
                        .unwrap_or_else(|| DASH.into()),
                },
            )
        })
        .collect();
    // The sort is stable: materials due the same day stay as written.
    materials.sort_by_key(|(due, _)| *due);
    materials.into_iter().map(|(_, m)| m).collect()
}

/// The teams section.
fn team_rows(campaign: &Campaign, lang: Lang) -> Vec<TeamRow> {
    campaign
        .teams
        .iter()
        .flat_map(|t| t.items())
        .map(|t| {
            let duties: Vec<String> = t.duties.iter().flat_map(|d| d.items().cloned()).collect();
            TeamRow {
                name: t.name.clone(),
                duties: or_dash(match lang {
                    Lang::Zh => duties.join("、"),
                    Lang::En => duties.join("; "),
                }),
            }
        })
        .collect()
}

/// Whether a character is written without spaces around it in Chinese text (CJK
/// ideographs and full-width punctuation).
fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// Removes the space YAML's folded scalars (`>`) put between two lines of Chinese text
/// (`协同， 实现` → `协同，实现`); spaces next to Latin text stay.
pub fn unfold_cjk(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == ' '
            && i > 0
            && i.checked_sub(1)
                .and_then(|j| chars.get(j))
                .is_some_and(|p| is_cjk(*p))
            && chars.get(i.saturating_add(1)).is_some_and(|n| is_cjk(*n))
        {
            continue;
        }
        out.push(c);
    }
    out
}

fn or_dash(s: String) -> String {
    if s.trim().is_empty() { DASH.into() } else { s }
}

/// `+20%`, `-5%`.
fn signed_percent(ratio: Decimal) -> String {
    if ratio > Decimal::ZERO {
        format!("+{}", percent_short(ratio))
    } else {
        percent_short(ratio)
    }
}

fn budget_view(campaign: &Campaign, names: &Names<'_>) -> Option<BudgetView> {
    let budget = campaign.budget.as_ref()?;
    let total = budget.total.as_ref().map(|t| t.amount);
    let share = |amount: Decimal| match total {
        Some(t) => amount
            .checked_div(t)
            .map(|r| percent(r, 1))
            .unwrap_or_else(|| DASH.into()),
        _ => DASH.into(),
    };
    let lines: Vec<BudgetRow> = budget
        .lines
        .iter()
        .flat_map(|l| l.items())
        .filter_map(|line| Some((line, line.amount.known()?.amount)))
        .map(|(line, amount)| BudgetRow {
            name: line.name.clone(),
            amount: names.money(amount),
            share: share(amount),
            owner: line
                .owner
                .known()
                .map_or_else(|| DASH.into(), |o| names.team(o.as_str())),
            phase: line
                .phase
                .as_ref()
                .map(|id| {
                    names
                        .phase(id.as_str())
                        .map(|p| p.name.clone())
                        .unwrap_or_else(|| id.as_str().to_owned())
                })
                .unwrap_or_else(|| DASH.into()),
        })
        .collect();
    let allocated: Decimal = budget
        .lines
        .iter()
        .flat_map(|l| l.items())
        .filter_map(|l| Some(l.amount.known()?.amount))
        .sum();
    let lang = names.lang;
    let reserve = match (&budget.reserve, total) {
        (Some(r), Some(t)) => Some(BudgetRow {
            name: lang.labels().reserve.into(),
            amount: names.money(t.saturating_mul(r.ratio()).round_dp(2)),
            share: percent(r.ratio(), 1),
            owner: DASH.into(),
            phase: DASH.into(),
        }),
        _ => None,
    };
    let reserved = match (&budget.reserve, total) {
        (Some(r), Some(t)) => t.saturating_mul(r.ratio()).round_dp(2),
        _ => Decimal::ZERO,
    };
    let unallocated = total
        .map(|t| t.saturating_sub(allocated).saturating_sub(reserved))
        .filter(|u| *u > Decimal::ZERO)
        .map(|u| names.money(u));
    Some(BudgetView {
        total: total.map(|t| names.money(t)).unwrap_or_else(|| DASH.into()),
        lines,
        reserve,
        allocated: names.money(allocated),
        unallocated,
    })
}

/// The stacking section: the rules, the worst case and the guardrails.
fn stacking_view(
    campaign: &Campaign,
    analysis: Option<&Analysis>,
    names: &Names<'_>,
) -> StackingView {
    let l = names.lang.labels();
    let exposure = analysis.and_then(|a| exposure_view(a, names));
    let note = match (analysis, &exposure) {
        (None, _) => Some(l.no_analysis.to_owned()),
        (Some(_), None) => Some(l.no_offers.to_owned()),
        _ => None,
    };
    StackingView {
        rules: stacking_rules(campaign, names),
        exposure,
        note,
        guardrails: guardrail_rows(campaign, analysis, names),
    }
}

/// The stacking rules in words: the order of application, the coupon limits, the
/// standalone and exclusive offers.
fn stacking_rules(campaign: &Campaign, names: &Names<'_>) -> Vec<String> {
    let lang = names.lang;
    let l = lang.labels();
    let mut rules = vec![l.order_of_application.to_owned()];
    let stacking = campaign.stacking.as_ref();
    let max = stacking
        .map(|s| s.max_coupons_per_order.0.to_string())
        .unwrap_or_else(|| l.unlimited.into());
    rules.push(format!("{}{}{max}", l.max_coupons, l.colon));
    if let Some(n) = stacking.and_then(|s| s.claims_per_user_per_day.as_ref()) {
        rules.push(format!("{}{}{}", l.claims_per_day, l.colon, n.0));
    }
    let standalone: Vec<String> = stacking
        .and_then(|s| s.standalone.as_ref())
        .iter()
        .flat_map(|ids| ids.items())
        .map(|id| names.offer(id.as_str()))
        .collect();
    if !standalone.is_empty() {
        rules.push(format!(
            "{}{}{}",
            l.standalone,
            l.colon,
            lang.join(&standalone)
        ));
    }
    for group in stacking
        .and_then(|s| s.exclusive.as_ref())
        .iter()
        .flat_map(|g| g.items())
    {
        let ids: Vec<String> = group.items().map(|id| names.offer(id.as_str())).collect();
        rules.push(format!("{}{}{}", l.exclusive, l.colon, lang.join(&ids)));
    }
    rules
}

/// The worst case: its depth, order, combination and margin; `None` without offers.
fn exposure_view(a: &Analysis, names: &Names<'_>) -> Option<ExposureView> {
    let lang = names.lang;
    let l = lang.labels();
    let e = a.exposure();
    if e.combination.is_empty() {
        return None;
    }
    let depth = e.depth.parse::<Decimal>().ok()?;
    let order_value = e.order_value.parse::<Decimal>().ok()?;
    let paid = crate::analysis::exact::from_cents(a.worst.paid);
    let combination: Vec<String> = e.combination.iter().map(|id| names.offer(id)).collect();
    Some(ExposureView {
        depth: percent(depth, 2),
        order_value: names.lang.money(order_value, &names.currency),
        combination: lang.join(&combination),
        margin_left: match e.margin_left.as_deref() {
            None => DASH.into(),
            Some("-inf") => l.below_cost.into(),
            Some(m) => m
                .parse::<Decimal>()
                .map(|m| percent(m, 2))
                .unwrap_or_else(|_| m.to_owned()),
        },
        paid: names.lang.money(paid, &names.currency),
        saved: names
            .lang
            .money(order_value.saturating_sub(paid), &names.currency),
    })
}

/// The guardrails: the analysed ones against the worst case, then the others as
/// written.
fn guardrail_rows(
    campaign: &Campaign,
    analysis: Option<&Analysis>,
    names: &Names<'_>,
) -> Vec<GuardrailRow> {
    let l = names.lang.labels();
    let guardrails_model = campaign.guardrails.as_ref();
    let mut guardrails = Vec::new();
    if let (Some(g), Some(a)) = (guardrails_model, analysis) {
        let depth = a.worst.depth.to_decimal();
        if let Some(max) = &g.max_discount {
            let ok = depth <= max.ratio();
            guardrails.push(GuardrailRow {
                name: l.max_discount.into(),
                limit: percent_short(max.ratio()),
                actual: percent(depth, 2),
                ok,
                status: (if ok { l.ok } else { l.exceeded }).into(),
            });
        }
        if let Some(min) = &g.min_margin {
            let left = a.margin_left();
            let (actual, ok) = match left {
                Some(Some(r)) => (percent(r.to_decimal(), 2), r.to_decimal() >= min.ratio()),
                Some(None) => (l.below_cost.to_owned(), false),
                None => (DASH.to_owned(), true),
            };
            guardrails.push(GuardrailRow {
                name: l.min_margin.into(),
                limit: percent_short(min.ratio()),
                actual,
                ok,
                status: (if ok { l.ok } else { l.below }).into(),
            });
        }
    }
    if let Some(g) = guardrails_model {
        for (name, value) in [
            (
                l.gross_margin,
                g.gross_margin.as_ref().map(|p| percent_short(p.ratio())),
            ),
            (
                l.min_order,
                g.min_order.as_ref().map(|m| names.money(m.amount)),
            ),
            (
                l.max_gift_cost,
                g.max_gift_cost.as_ref().map(|p| percent_short(p.ratio())),
            ),
        ] {
            if let Some(value) = value {
                guardrails.push(GuardrailRow {
                    name: name.into(),
                    limit: value,
                    actual: DASH.into(),
                    ok: true,
                    status: DASH.into(),
                });
            }
        }
    }
    guardrails
}

fn compliance_view(
    campaign: &Campaign,
    findings: &[Finding],
    source: Option<&Source>,
    names: &Names<'_>,
) -> ComplianceView {
    let lang = names.lang;
    let l = lang.labels();
    let c = campaign.compliance.as_ref();
    let rows = findings
        .iter()
        .map(|f| FindingRow {
            severity: f.severity.as_str(),
            severity_label: match f.severity {
                Severity::Error => l.error,
                Severity::Warning => l.warning,
                Severity::Info => l.info,
            },
            code: f.code,
            rule: f.rule,
            message: f.message.clone(),
            spans: spans(&f.message),
            place: place(campaign, &f.primary.pointer, lang),
            line: source
                .map(|s| s.lines.position(&s.text, f.primary.span.start).line)
                .unwrap_or(1),
        })
        .collect();
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    ComplianceView {
        reviewed_by: c
            .and_then(|c| c.reviewed_by.as_ref())
            .map(|t| names.team(t.as_str()))
            .unwrap_or_else(|| DASH.into()),
        data_retention: c
            .and_then(|c| c.data_retention.as_ref())
            .map(|d| lang.duration(d))
            .unwrap_or_else(|| DASH.into()),
        prize_records: c
            .and_then(|c| c.prize_records.as_ref())
            .map(|d| lang.duration(d))
            .unwrap_or_else(|| DASH.into()),
        personal_data: c
            .and_then(|c| c.personal_data.as_ref())
            .map(|p| personal_data_facts(p, lang))
            .unwrap_or_else(|| DASH.into()),
        messaging: c
            .and_then(|c| c.messaging.as_ref())
            .map(|list| messaging_facts(list, lang))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| DASH.into()),
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        infos: count(Severity::Info),
        counts: [
            (count(Severity::Error), l.error, "errors"),
            (count(Severity::Warning), l.warning, "warnings"),
            (count(Severity::Info), l.info, "infos"),
        ]
        .iter()
        .map(|(n, one, many)| match (lang, n) {
            (Lang::Zh, _) => format!("{n}个{one}"),
            (Lang::En, 1) => format!("1 {one}"),
            (Lang::En, _) => format!("{n} {many}"),
        })
        .collect::<Vec<_>>()
        .join(" · "),
        findings: rows,
        waivers: c
            .and_then(|c| c.waivers.as_ref())
            .iter()
            .flat_map(|w| w.items())
            .map(|w| WaiverRow {
                rule: w.rule.clone(),
                at: w.at.clone(),
                reason: w.reason.clone(),
                approved_by: w.approved_by.clone(),
                expires: w
                    .expires
                    .map(|d| lang.date(d.get()))
                    .unwrap_or_else(|| l.never.into()),
            })
            .collect(),
    }
}

/// A name as a Mermaid task label: no characters Mermaid or Markdown read as syntax
/// (`:` ends a label, `#` and `;` start entities and statements, a backtick could close
/// the fence, `<`/`>` could become markup).
pub fn mermaid_label(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            ':' => '：',
            ';' => '；',
            '#' => '＃',
            '`' => 'ˋ',
            '<' => '‹',
            '>' => '›',
            '"' => '＂',
            '\n' | '\r' | '\t' => ' ',
            c => c,
        })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The Mermaid gantt chart of phases and material deadlines.
fn gantt(campaign: &Campaign, lang: Lang) -> Vec<String> {
    let l = lang.labels();
    // The axis shows the year when the plan's days fall in more than one.
    let years: Vec<i16> = campaign
        .window
        .iter()
        .flat_map(|w| [w.start, w.end])
        .flatten()
        .map(|d| d.get().year())
        .chain(
            campaign
                .phases
                .iter()
                .flat_map(|p| p.items())
                .flat_map(|p| [p.start.known(), p.end.known()])
                .flatten()
                .map(|d| d.get().year()),
        )
        .chain(
            campaign
                .materials
                .iter()
                .flat_map(|m| m.items())
                .filter_map(|m| Some(m.due.known()?.get().year())),
        )
        .chain(
            super::offers::offer_spans(campaign, lang)
                .iter()
                .flat_map(|o| [o.from.year(), o.to.year()]),
        )
        .collect();
    let crosses = years.iter().min() != years.iter().max();
    let mut out = vec![
        "gantt".to_owned(),
        "    dateFormat YYYY-MM-DD".to_owned(),
        format!(
            "    axisFormat {}",
            if crosses { "%Y-%m-%d" } else { "%m-%d" }
        ),
        format!("    section {}", mermaid_label(l.phase)),
    ];
    let phases = campaign
        .phases
        .iter()
        .flat_map(|p| p.items())
        .filter_map(|p| Some((p, p.start.known()?.get(), p.end.known()?.get())));
    for (i, (p, start, end)) in phases.enumerate() {
        let days = days_between(start, end).saturating_add(1);
        out.push(format!(
            "    {} :p{i}, {start}, {days}d",
            mermaid_label(&p.name)
        ));
    }
    let materials: Vec<_> = campaign
        .materials
        .iter()
        .flat_map(|m| m.items())
        .filter_map(|m| Some((m.item.to_string(), m.due.known()?.get())))
        .collect();
    let offers = super::offers::offer_spans(campaign, lang);
    if !offers.is_empty() {
        out.push(format!("    section {}", mermaid_label(l.offers)));
        for (i, o) in offers.iter().enumerate() {
            let days = days_between(o.from, o.to).saturating_add(1);
            out.push(format!(
                "    {} :o{i}, {}, {days}d",
                mermaid_label(&o.name),
                o.from
            ));
        }
    }
    if !materials.is_empty() {
        out.push(format!("    section {}", mermaid_label(l.materials_due)));
        for (i, m) in materials.iter().enumerate() {
            out.push(format!(
                "    {} :milestone, m{i}, {}, 0d",
                mermaid_label(&m.0),
                m.1
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_chinese_lines_join_without_a_space() {
        assert_eq!(unfold_cjk("全渠道协同， 实现增长"), "全渠道协同，实现增长");
        assert_eq!(unfold_cjk("满299元 享9折"), "满299元享9折");
        assert_eq!(unfold_cjk("spend 299 元"), "spend 299 元");
        assert_eq!(unfold_cjk("KOL 矩阵 与 social"), "KOL 矩阵与 social");
    }
}
