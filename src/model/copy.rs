//! Customer-facing copy: the text customers read, where, and which offers it advertises.

use super::{Known, List};
use crate::values::Id;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One piece of customer-facing text. Legal wording rules run on `text`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Copy {
    /// Identifier of the copy, e.g. `hero`.
    #[schemars(example = &"hero", example = &"member-push")]
    pub id: Id,
    /// Where customers see it.
    #[schemars(example = &"app_home", example = &"sms")]
    pub channel: Channel,
    /// The text exactly as customers read it.
    #[schemars(
        example = &"欢乐中国年，满299享91折，满999享78折！",
        example = &"Spend $100, get $15 off. Reply STOP to opt out.",
    )]
    pub text: Known<String>,
    /// The promotions and coupons this text advertises; its numbers must match theirs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = ["tiers"], example = ["member-price", "new-user"])]
    pub advertises: Option<List<Id>>,
    /// For SMS, push and e-mail: how recipients stop these messages, when the text
    /// itself does not say it (e.g. `设置→消息通知→活动推送`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        example = &"App内“设置→消息通知→活动推送”",
        example = &"unsubscribe link in every email footer",
    )]
    pub opt_out: Option<String>,
    /// Source, period and scope of a ranking or data claim in the text (e.g.
    /// `天猫2026年度洗护类目销售额数据`); it must also be shown next to the claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"天猫2026年度洗护类目销售额数据", example = &"Nielsen US retail sales data, 2026")]
    pub evidence: Option<String>,
}

/// Where a piece of copy is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// The app's home screen (banners, focus images).
    AppHome,
    /// The website.
    Web,
    /// Text message.
    Sms,
    /// E-mail.
    Email,
    /// App push notification.
    Push,
    /// WeChat (公众号, 小程序, 朋友圈).
    Wechat,
    /// Weibo.
    Weibo,
    /// Douyin.
    Douyin,
    /// Xiaohongshu.
    Xiaohongshu,
    /// A livestream script.
    Livestream,
    /// Printed posters and displays.
    Poster,
    /// In-store signage and announcements.
    Store,
    /// Anywhere else.
    Other,
    /// Not known: the entry's `channel` is missing (reported, `S002`), and it is read
    /// as empty so that the entry's text, references and other fields are still
    /// checked. Never written in a plan (not in the schema); no channel rule applies.
    #[serde(rename = "")]
    #[schemars(skip)]
    Unknown,
}
