//! The top level of a spec: identity, locale, currency, time zone, jurisdictions, window.

use super::{
    AddOn, Approval, Audience, Budget, Compliance, Copy, Coupon, Goal, GoalResult, Guardrails,
    List, Material, Phase, Promotion, Risk, Stacking, Team,
};
use crate::values::{Date, Id};
use indexmap::IndexMap;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A campaign plan: one campaign per file, by convention named `*.campaign.yaml`.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "campspec campaign plan (format v1)")]
pub struct Campaign {
    /// Version of the campaign-spec format this file is written in. Always `1`.
    #[schemars(required)]
    pub campspec: Option<FormatVersion>,
    /// Identifier of the campaign, used for output folders and stable ids (e.g. `cny-2027`).
    #[schemars(required)]
    #[schemars(example = &"cny-2027", example = &"spring-refresh-2026")]
    pub id: Option<Id>,
    /// The campaign's name as stakeholders know it.
    #[schemars(required)]
    #[schemars(example = &"欢乐中国年·品质心生活 新年促销", example = &"Spring Refresh Sale 2026")]
    pub name: Option<String>,
    /// The plan's own version, as the team numbers its drafts (`1.0`, `v3`, `2027-01 draft 2`);
    /// shown on the documents beside the approvals. Write it in quotes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"v3", example = &"1.0")]
    pub version: Option<String>,
    /// A short internal description of the campaign's intent (not shown to customers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = &"把握新年消费高峰，以高性价比而非低价取胜，避免单纯价格战。",
        example = &"Bring lapsed customers back before Easter with clear spend-and-save tiers.",
    )]
    pub summary: Option<String>,
    /// The team that owns the campaign (a `teams` id).
    #[schemars(required)]
    #[schemars(example = &"marketing")]
    pub owner: Option<Id>,
    /// Language of generated documents: `zh-CN` (default) or `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"zh-CN", example = &"en")]
    pub locale: Option<Locale>,
    /// ISO 4217 currency of every amount in the plan (`CNY`, `USD`, `EUR`, …).
    #[schemars(required)]
    #[schemars(example = &"CNY", example = &"USD", example = &"EUR")]
    pub currency: Option<CurrencyCode>,
    /// IANA time zone in which dates and times are meant (e.g. `Asia/Shanghai`).
    #[schemars(required)]
    #[schemars(example = &"Asia/Shanghai", example = &"America/New_York")]
    pub timezone: Option<TimeZoneName>,
    /// Legal rule packs to apply to the customer-facing wording: `CN`, `EU`, `US`, `UK`.
    #[schemars(required)]
    #[schemars(example = ["CN"], example = ["EU", "UK"])]
    pub jurisdictions: Option<List<Jurisdiction>>,
    /// The campaign's overall period; every phase, offer and coupon falls inside it.
    #[schemars(required)]
    #[schemars(example = serde_json::json!({"start": "2027-01-01", "end": "2027-02-15"}))]
    pub window: Option<Window>,
    /// The teams involved; every `owner` in the plan names one of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!([
            {"id": "marketing", "name": "市场部", "duties": ["活动策划与创意设计", "全渠道传播执行"]},
            {"id": "legal", "name": "法务部"}
        ]),
    )]
    pub teams: Option<List<Team>>,
    /// What the campaign must achieve, each goal with a metric and a target or growth.
    #[schemars(required)]
    #[schemars(
        example = serde_json::json!([
            {"id": "gmv", "metric": "gmv", "name": "总销售额", "baseline": "1.25亿", "target": "1.5亿", "growth": "20%", "owner": "sales"},
            {"id": "conversion", "metric": "conversion_rate", "name": "新客转化率", "target": "15%"}
        ]),
    )]
    pub goals: Option<List<Goal>>,
    /// The campaign's phases in time order; together they should cover the window.
    #[schemars(required)]
    #[schemars(
        example = serde_json::json!([
            {"id": "preheat", "name": "预热期", "start": "2027-01-01", "end": "2027-01-15", "budget": "20%", "targets": {"gmv": "10%"}},
            {"id": "burst", "name": "爆发期", "start": "2027-01-16", "end": "2027-02-15", "budget": "80%", "targets": {"gmv": "90%"}}
        ]),
    )]
    pub phases: Option<List<Phase>>,
    /// The budget: total, reserve and the lines it is spent on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!({
            "total": "1500万",
            "reserve": "5%",
            "lines": [{"id": "kol", "name": "KOL与明星直播", "amount": "450万", "owner": "marketing"}, {"id": "media", "name": "线上线下媒体投放", "amount": "975万", "owner": "marketing"}]
        }),
    )]
    pub budget: Option<Budget>,
    /// Price and reward mechanics (满减 tiers, discounts, flash sales, member prices, gifts, draws…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!([
            {"id": "tiers", "type": "spend_tiers", "name": "满额阶梯折扣", "phases": ["burst"], "tiers": [{"spend": 299, "discount": "9%"}, {"spend": 599, "discount": "15%"}], "terms": "单笔订单满299元享91折，满599元享85折。"}
        ]),
    )]
    pub promotions: Option<List<Promotion>>,
    /// Coupons customers can apply at checkout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!([
            {"id": "new-user", "name": "新用户专享券", "audience": "new_users", "amount": 50, "min_spend": 0, "per_user": 1}
        ]),
    )]
    pub coupons: Option<List<Coupon>>,
    /// Add-ons and tie-ins (搭售) offered at checkout with the campaign's offers — shipping
    /// insurance, an extended warranty, a membership trial — each with its price and
    /// whether it is preselected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!([
            {"id": "shipping-insurance", "name": "运费险", "price": 3, "preselected": false, "offered_with": ["tiers"]}
        ]),
        example = serde_json::json!([
            {"id": "warranty", "name": "2-year extended warranty", "price": "$19.99", "preselected": false}
        ]),
    )]
    pub add_ons: Option<List<AddOn>>,
    /// How offers combine on one order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!({
            "max_coupons_per_order": 2,
            "standalone": ["flash"],
            "exclusive": [["member-price", "tiers"]]
        }),
    )]
    pub stacking: Option<Stacking>,
    /// Margin and discount limits the plan must respect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!({
            "gross_margin": "70%",
            "min_margin": "5%",
            "max_discount": "70%"
        }),
    )]
    pub guardrails: Option<Guardrails>,
    /// Customer-facing text: banners, pushes, SMS, posts. Legal wording rules run on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!([
            {"id": "hero", "channel": "app_home", "text": "满299享91折，满599享85折！", "advertises": ["tiers"]}
        ]),
    )]
    pub copy: Option<List<Copy>>,
    /// Compliance facts: legal review, data retention, personal data, waivers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = serde_json::json!({"reviewed_by": "legal", "data_retention": "2y"}))]
    pub compliance: Option<Compliance>,
    /// Who the campaign is aimed at or open to, by age: the youngest age it reaches and
    /// whether a guardian's consent is obtained before a minor takes part. Leave it out
    /// only for a campaign whose audience is not decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!({"min_age": 18}),
        example = serde_json::json!({"min_age": 12, "guardian_consent": true}),
    )]
    pub audience: Option<Audience>,
    /// Known risks, each with prevention, response and an owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!([
            {"id": "system-down", "risk": "系统崩溃", "prevention": "压力测试，容量扩充至平日5倍", "response": "启动备用系统，流量限制", "owner": "it"}
        ]),
    )]
    pub risks: Option<List<Risk>>,
    /// Who signs the plan off: each approval's role, name, date and status (`pending`,
    /// `approved`, `rejected`). The documents show them as an approvals block.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!([
            {"role": "市场总监", "name": "王敏", "date": "2026-12-10", "status": "approved"},
            {"role": "法务", "name": "李强", "status": "pending"}
        ]),
    )]
    pub approvals: Option<List<Approval>>,
    /// Materials to produce (gift boxes, posters, banners) with due dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!([
            {"id": "posters", "item": "海报/展架/吊旗", "quantity": 10000, "owner": "marketing", "due": "2026-12-15", "needed_by": "preheat"}
        ]),
    )]
    pub materials: Option<List<Material>>,
    /// Actual results after the campaign, by goal id, in each goal's unit, optionally by
    /// phase; drives the review report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = serde_json::json!({"gmv": "1.62亿", "conversion": "3.3%"}),
        example = serde_json::json!({
            "revenue": {"actual": 2891000, "phases": {"early": 512000, "main": 1714000, "last-chance": 665000}}
        }),
    )]
    pub results: Option<IndexMap<String, GoalResult>>,
}

impl Campaign {
    /// The locale, defaulting to `zh-CN`.
    pub fn locale(&self) -> Locale {
        self.locale.unwrap_or(Locale::ZhCn)
    }
}

/// The campaign's overall period, both days inclusive.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Window {
    /// First day of the campaign.
    #[schemars(required)]
    #[schemars(example = &"2027-01-01")]
    pub start: Option<Date>,
    /// Last day of the campaign (inclusive).
    #[schemars(required)]
    #[schemars(example = &"2027-02-15")]
    pub end: Option<Date>,
}

/// The format version. Only `1` exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct FormatVersion(pub u8);

impl<'de> Deserialize<'de> for FormatVersion {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let n = u64::deserialize(d)?;
        if n == 1 {
            Ok(FormatVersion(1))
        } else {
            Err(serde::de::Error::custom(format!(
                "format version `{n}` is not supported; this campspec reads version 1"
            )))
        }
    }
}

impl JsonSchema for FormatVersion {
    fn schema_name() -> Cow<'static, str> {
        "FormatVersion".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Version of the campaign-spec format. Always 1.",
            "const": 1,
            "examples": [1]
        })
    }
}

/// Language of the generated documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
pub enum Locale {
    /// Simplified Chinese.
    #[serde(rename = "zh-CN")]
    ZhCn,
    /// English.
    #[serde(rename = "en")]
    En,
}

impl Locale {
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::En => "en",
        }
    }
}

/// A jurisdiction whose legal wording rules apply.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
pub enum Jurisdiction {
    /// Mainland China (广告法, 反不正当竞争法, 规范促销行为暂行规定, PIPL).
    #[serde(rename = "CN")]
    Cn,
    /// European Union (UCPD, Omnibus price indication rules).
    #[serde(rename = "EU")]
    Eu,
    /// United States (FTC guides, state sweepstakes law).
    #[serde(rename = "US")]
    Us,
    /// United Kingdom (DMCC Act 2024, CAP Code).
    #[serde(rename = "UK")]
    Uk,
}

impl Jurisdiction {
    /// The code as written in specs: `CN`, `EU`, `US`, `UK`.
    pub fn code(self) -> &'static str {
        match self {
            Jurisdiction::Cn => "CN",
            Jurisdiction::Eu => "EU",
            Jurisdiction::Us => "US",
            Jurisdiction::Uk => "UK",
        }
    }
}

/// An ISO 4217 currency code in capitals, e.g. `CNY`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub struct CurrencyCode(pub String);

impl JsonSchema for CurrencyCode {
    fn schema_name() -> Cow<'static, str> {
        "CurrencyCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "ISO 4217 currency code in capitals: CNY, USD, EUR, GBP, JPY, …",
            "type": "string",
            "pattern": "^[A-Z]{3}$",
            "examples": ["CNY", "USD"]
        })
    }
}

impl CurrencyCode {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An IANA time zone name such as `Asia/Shanghai`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub struct TimeZoneName(pub String);

impl TimeZoneName {
    /// The JSON Schema format name checked by [`TimeZoneName::is_known`].
    pub const FORMAT: &'static str = "campspec-timezone";

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the bundled time-zone database knows this name.
    pub fn is_known(name: &str) -> bool {
        crate::values::time_zones().get(name).is_ok()
    }

    /// The known zone names closest to `name`, for did-you-mean help.
    pub fn suggest(name: &str) -> Option<String> {
        // Names people often write for zones that IANA names after another city.
        let alias = match name.trim().to_ascii_lowercase().replace(' ', "_").as_str() {
            "asia/beijing" | "beijing" | "china" | "prc" | "cst" | "utc+8" | "gmt+8"
            | "utc+08:00" => Some("Asia/Shanghai"),
            "asia/hong_kong" | "hong_kong" | "hongkong" => Some("Asia/Hong_Kong"),
            "asia/taipei" | "taipei" => Some("Asia/Taipei"),
            "europe/frankfurt" | "cet" => Some("Europe/Berlin"),
            "us/eastern" | "est" | "america/washington" => Some("America/New_York"),
            "us/pacific" | "pst" | "america/san_francisco" => Some("America/Los_Angeles"),
            "uk" | "gmt" | "europe/england" => Some("Europe/London"),
            _ => None,
        };
        if let Some(alias) = alias {
            return Some(alias.to_owned());
        }
        let names: Vec<String> = crate::values::time_zones()
            .available()
            .map(|n| n.to_string())
            .collect();
        crate::suggest::closest(name, names.iter().map(String::as_str)).map(str::to_owned)
    }

    pub fn tz(&self) -> Option<jiff::tz::TimeZone> {
        crate::values::time_zones().get(&self.0).ok()
    }
}

impl JsonSchema for TimeZoneName {
    fn schema_name() -> Cow<'static, str> {
        "TimeZoneName".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "IANA time zone name in which the plan's dates and times are meant.",
            "type": "string",
            "format": TimeZoneName::FORMAT,
            "examples": ["Asia/Shanghai", "Europe/Berlin", "America/New_York"]
        })
    }
}
