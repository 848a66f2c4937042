//! Rule L022 `ad-not-identifiable`: an ad that is not marked as an ad, or a pop-up or splash ad without a one-tap close.

use super::under;
use crate::i18n::Msg;
use crate::model::{At, Channel, Close, Copy, Jurisdiction};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Two duties of ads placed where customers do not expect an ad:
    ///
    /// - **Marked as an ad** (all jurisdictions): copy shown as an in-feed or native ad
    ///   (`channel: feed`), a paid search result (`search`) or an influencer's post made
    ///   for the brand (`influencer`) carries a label that says it is an ad — in its
    ///   `ad_label` or in the text itself. Under `CN` the label must say 广告 (推广, 赞助 or
    ///   合作 do not); under `EU`, `US` and `UK` any plain ad label counts (`Ad`, `#ad`,
    ///   `Advertisement`, `Sponsored`, `Paid partnership`, `Promoted`, `Anzeige`,
    ///   `Werbung`, `Publicité` …), while vague tags (`#spon`, `#collab`, `#partner`,
    ///   "thanks to …") are reported.
    /// - **One-tap close** (`CN`): a pop-up (`channel: popup`) or splash ad (`splash`)
    ///   states how it closes, and it closes with one tap from the first moment
    ///   (`close: one_tap`). `after_countdown` (the viewer must watch until a countdown
    ///   ends), `several_taps` and `none` are reported, and so is an entry that does not
    ///   say (`close` missing).
    ///
    /// Other channels (a brand's own app home, its own Weibo account, SMS) are the
    /// brand's own voice and recognisable as such: they are not judged here.
    ///
    /// ## Why it matters
    ///
    /// An ad dressed as an article, a search result or a friend's recommendation
    /// misleads because readers lower their guard; every jurisdiction requires ads to be
    /// recognisable as ads, and Chinese rules name the label (广告). Chinese law also
    /// requires pop-up and launch ads to close with one tap: a countdown the viewer must
    /// sit through, a hidden or fake close button and a close that takes two taps are
    /// each an offence.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [CN]
    /// copy:
    ///   - { id: note, channel: influencer, text: 亲测好用！年货节下单立减50 }
    ///   - { id: launch, channel: splash, text: 年货节满299减50, close: after_countdown }
    /// ```
    ///
    /// ## Depends on
    ///
    /// `copy[].channel`, `copy[].ad_label`, `copy[].close` and `copy[].text`: an entry
    /// whose label, close or text could not be read is not judged on it.
    ///
    /// ## How to fix
    ///
    /// Show the label with the ad and record it: `ad_label: 广告` (CN), `ad_label: "#ad"`
    /// or `Sponsored` elsewhere — at the start of the post or next to the ad, not hidden
    /// among hashtags. Give pop-up and splash ads a close or skip button that is visible
    /// from the first moment and closes them with one tap, and write `close: one_tap`.
    ///
    /// ## Source
    ///
    /// CN: 《广告法》 Art. 14 (ads must be identifiable; ads in mass media marked 广告) (V);
    /// Art. 44(2) (ads shown on the internet by pop-up and similar forms must show a close
    /// mark and close with one click) (V); 《互联网广告管理办法》 (SAMR Order No. 72, in force
    /// 2023-05-01) Art. 9 (identifiability, 广告 on paid search results and on reviews or
    /// experience posts with a shopping link) and Art. 10 (pop-up and launch ads: a visible
    /// close mark, no close only after a countdown, no close needing two or more clicks)
    /// (S — verify the article numbers). EU: UCPD 2005/29/EC Annex I point 11 (editorial
    /// content paid for without making that clear) (S); DSA (EU) 2022/2065 Art. 26 (ads on
    /// online platforms identifiable as such) (S). US: FTC Act §5 (15 U.S.C. §45); 16 CFR
    /// 255.5 (disclosure of material connections) (S); FTC Enforcement Policy Statement on
    /// Deceptively Formatted Advertisements (2015) (S). UK: CAP Code rules 2.1–2.4
    /// (marketing communications must be obviously identifiable) (S).
    pub struct AdNotIdentifiable;
    code = "L022", name = "ad-not-identifiable", family = "legal",
    severity = Error, summary = "an ad is not marked as an ad, or a pop-up or splash ad has no one-tap close",
    cites = [
        (Cn, "《广告法》 Arts. 14, 44(2)", V),
        (Cn, "《互联网广告管理办法》 Arts. 9–10", S),
        (Eu, "UCPD 2005/29/EC Annex I point 11; DSA Art. 26", S),
        (Us, "FTC Act §5; 16 CFR 255.5; FTC native advertising policy (2015)", S),
        (Uk, "CAP Code 2.1–2.4", S),
    ]
}

/// Ad labels read in the EU, the US and the UK (whole words, any case). A tag such as
/// `#spon`, `#collab` or `#partner` is not among them: regulators found such tags unclear.
const AD_WORDS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "advertising",
    "advertorial",
    "sponsored",
    "promoted",
    "anzeige",
    "werbung",
    "gesponsert",
    "publicité",
    "publicite",
    "sponsorisé",
    "publicidad",
    "patrocinado",
    "pubblicità",
    "sponsorizzato",
    "reclame",
    "advertentie",
    "reklama",
];

/// Ad labels of more than one word.
const AD_PHRASES: &[&str] = &["paid partnership", "paid promotion", "paid post", "paid ad"];

/// Whether `text` carries the Chinese ad label 广告.
fn says_guanggao(text: &str) -> bool {
    text.contains("广告") || text.contains("廣告")
}

/// Whether `text` carries an ad label a reader in the EU, the US or the UK recognises.
fn says_ad(text: &str) -> bool {
    if says_guanggao(text) {
        return true;
    }
    let lower = text.to_lowercase();
    // Words keep their inner hyphens and apostrophes: `ad-free` and `ad-blocker` are
    // not the word `ad`; a tag's `#` and surrounding punctuation are dropped.
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| AD_WORDS.contains(w)) {
        return true;
    }
    let joined = words.join(" ");
    AD_PHRASES.iter().any(|p| {
        joined == *p || joined.starts_with(&format!("{p} ")) || joined.contains(&format!(" {p}"))
    })
}

/// What a placement is called in messages.
fn placement(channel: Channel) -> Msg {
    match channel {
        Channel::Feed => msg!("l022-placement-feed"),
        Channel::Search => msg!("l022-placement-search"),
        Channel::Influencer => msg!("l022-placement-influencer"),
        Channel::Popup => msg!("l022-placement-popup"),
        Channel::Splash => msg!("l022-placement-splash"),
        _ => msg!("l022-placement-other"),
    }
}

impl Rule for AdNotIdentifiable {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let all = [
            Jurisdiction::Cn,
            Jurisdiction::Eu,
            Jurisdiction::Us,
            Jurisdiction::Uk,
        ];
        if !under(ctx, &all) {
            return;
        }
        let cn = under(ctx, &[Jurisdiction::Cn]);
        let elsewhere = under(ctx, &all[1..]);
        for (at, copy) in ctx.campaign.copy_at() {
            match copy.channel {
                Channel::Feed | Channel::Search | Channel::Influencer => {
                    label(ctx, &at, copy, (cn, elsewhere), out)
                }
                Channel::Popup | Channel::Splash if cn => close(ctx, &at, copy, out),
                _ => {}
            }
        }
    }
}

/// An ad among other content without a label that marks it as an ad.
fn label(
    ctx: &Ctx<'_>,
    at: &At<Copy>,
    copy: &Copy,
    (cn, elsewhere): (bool, bool),
    out: &mut Vec<Draft>,
) {
    if !ctx.clean(&at.ad_label()) {
        return;
    }
    let what = placement(copy.channel);
    let label = copy
        .ad_label
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty());
    let text = copy.text.known().map(String::as_str);
    let marked_by = |says: fn(&str) -> bool| -> Option<bool> {
        if label.is_some_and(says) {
            return Some(true);
        }
        // Without the text, whether it carries the label is unknown.
        text.map(says)
    };
    let cn_missing = cn && marked_by(says_guanggao) == Some(false);
    let other_missing = elsewhere && marked_by(says_ad) == Some(false);
    if !cn_missing && !other_missing {
        return;
    }
    let (place, message, help) = match label {
        None => (
            at.channel(),
            msg!(
                "l022-unlabelled",
                copy = &copy.id,
                what = what,
                label = if cn_missing {
                    msg!("l022-says-cn")
                } else {
                    msg!("l022-says-other")
                },
            ),
            if cn_missing {
                msg!("l022-unlabelled-cn-help")
            } else {
                msg!("l022-unlabelled-help")
            },
        ),
        Some(shown) if cn_missing => (
            at.ad_label(),
            msg!(
                "l022-not-guanggao",
                shown = shown,
                copy = &copy.id,
                what = what,
            ),
            msg!("l022-not-guanggao-help"),
        ),
        Some(shown) => (
            at.ad_label(),
            msg!("l022-unclear", shown = shown, copy = &copy.id),
            msg!("l022-unclear-help"),
        ),
    };
    out.push(Draft::new(&AdNotIdentifiable::META, place, message).help(help));
}

/// A pop-up or splash ad (CN) that does not close with one tap.
fn close(ctx: &Ctx<'_>, at: &At<Copy>, copy: &Copy, out: &mut Vec<Draft>) {
    if !ctx.clean(&at.close()) {
        return;
    }
    let what = placement(copy.channel);
    let id = &copy.id;
    let (place, message) = match copy.close {
        Some(Close::OneTap) => return,
        Some(Close::AfterCountdown) => (at.close(), msg!("l022-countdown", copy = id, what = what)),
        Some(Close::SeveralTaps) => (
            at.close(),
            msg!("l022-several-taps", copy = id, what = what),
        ),
        Some(Close::None) => (at.close(), msg!("l022-no-close", copy = id, what = what)),
        None => (
            at.channel(),
            msg!("l022-close-unstated", copy = id, what = what),
        ),
    };
    out.push(Draft::new(&AdNotIdentifiable::META, place, message).help(msg!("l022-close-help")));
}

#[cfg(test)]
mod tests {
    use super::{says_ad, says_guanggao};

    #[test]
    fn ad_labels() {
        for label in [
            "#ad",
            "Ad",
            "AD · Sponsored",
            "Paid partnership with Acme",
            "Anzeige",
            "广告",
        ] {
            assert!(says_ad(label), "{label}");
        }
        for label in [
            "#spon",
            "#collab",
            "thanks @acme",
            "Adidas drop",
            "read more",
            "Ad-free streaming for 3 months",
            "ad-blocker friendly",
            "headline",
        ] {
            assert!(!says_ad(label), "{label}");
        }
        assert!(says_guanggao("广告｜年货节"));
        assert!(!says_guanggao("推广"));
    }
}
