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
    /// For an ad placed among other content or in a placement of its own (`feed`,
    /// `influencer`, `search`, `popup`, `splash`): the label that marks it as an ad,
    /// exactly as shown (`广告`, `Ad`, `#ad`, `Sponsored`, `Paid partnership`), when the
    /// text itself does not carry it. Under CN the label must say 广告.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"广告", example = &"#ad")]
    pub ad_label: Option<String>,
    /// For a pop-up or splash (launch) ad: how the viewer closes it. `one_tap`: a
    /// visible close or skip control from the first moment, one tap closes it;
    /// `after_countdown`: it can be closed only when a countdown ends; `several_taps`:
    /// closing takes more than one tap; `none`: it cannot be closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"one_tap", example = &"after_countdown")]
    pub close: Option<Close>,
}

/// How a pop-up or splash ad is closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Close {
    /// A close or skip control is visible from the first moment and one tap closes it
    /// (a skip button beside a running countdown counts).
    OneTap,
    /// It can be closed only when a countdown ends: the viewer must watch until then.
    AfterCountdown,
    /// Closing takes more than one tap (a confirmation, a second screen).
    SeveralTaps,
    /// It cannot be closed; it goes away only by itself.
    None,
}

impl Close {
    /// The name as written in plans.
    pub fn as_str(self) -> &'static str {
        match self {
            Close::OneTap => "one_tap",
            Close::AfterCountdown => "after_countdown",
            Close::SeveralTaps => "several_taps",
            Close::None => "none",
        }
    }
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
    /// A pop-up ad (弹窗广告): shown over the page or app the customer is using.
    Popup,
    /// A splash or launch ad (开屏广告): shown full screen when an app starts.
    Splash,
    /// A native or in-feed ad (信息流广告, 软文): placed among a feed or articles and
    /// looking like the content around it.
    Feed,
    /// A paid search result (竞价排名, search ads).
    Search,
    /// A post by an influencer or KOL (达人, 博主, 种草) made for the brand — paid,
    /// gifted or otherwise connected — on any platform.
    Influencer,
    /// Anywhere else.
    Other,
    /// Not known: the entry's `channel` is missing (reported, `S002`), and it is read
    /// as empty so that the entry's text, references and other fields are still
    /// checked. Never written in a plan (not in the schema); no channel rule applies.
    #[serde(rename = "")]
    #[schemars(skip)]
    Unknown,
}
