//! Rule L011 `marketing-opt-out`: a marketing message without a way to opt out.

use super::message_consent::channel_words;
use crate::finding::Applicability;
use crate::model::Channel;
use crate::model::PLAN;
use crate::rules::{Ctx, Draft, DraftFix, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Copy sent as a message must tell recipients how to stop such messages:
    ///
    /// - `sms`: the text itself contains the opt-out (回T退订, 退订回TD, "Reply STOP");
    /// - `push` and `email`: the text contains it, or `opt_out:` on the copy says how (e.g.
    ///   `设置→消息通知→活动推送`, "unsubscribe link in the footer").
    ///
    /// The recipients' prior consent to the messages is checked by `message-consent` (L024).
    ///
    /// ## Why it matters
    ///
    /// Electronic advertising must give recipients a way to refuse further messages; marketing
    /// without it is fined and, for SMS, blocked by carriers.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// copy:
    ///   - { id: push, channel: sms, text: 会员专享价最低6.5折，快来抢购！ }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The entry's `copy[].channel` (only SMS, push and e-mail are marketing messages), its
    /// text (`copy[].text`) and its `opt_out`: an entry whose channel or text is unknown is
    /// not judged.
    ///
    /// ## How to fix
    ///
    /// Add the opt-out to the text (…回T退订) or, for push and e-mail, set `opt_out`.
    /// For push and e-mail, `campspec check --fix --unsafe-fixes` adds an `opt_out:`
    /// placeholder (`"TODO: …"`, `"待填写：…"`) to the entry; this rule reports the
    /// placeholder until it is replaced by where the setting really is. An `opt_out`
    /// that starts with `TODO`, `TBD`, `FIXME`, `待填写` or `待定` is such a placeholder.
    ///
    /// ## Source
    ///
    /// CN: 《广告法》 Art. 43(2) (electronic ads must offer a way to refuse) (V); 消费者权益保护法
    /// Art. 29(3) (V). EU: ePrivacy Directive 2002/58/EC Art. 13 (M). UK: PECR 2003 reg. 22
    /// (M). US: CAN-SPAM Act, 15 U.S.C. §7704(a)(3)–(5) (e-mail); TCPA, 47 CFR 64.1200 (SMS)
    /// (M — verify).
    pub struct MarketingOptOut;
    code = "L011", name = "marketing-opt-out", family = "legal",
    severity = Error, summary = "a marketing message without a way to opt out",
    cites = [
        (Cn, "《广告法》 Art. 43", V),
        (Eu, "ePrivacy Directive 2002/58/EC Art. 13", M),
        (Us, "CAN-SPAM Act, 15 U.S.C. §7704; TCPA, 47 CFR 64.1200", M),
        (Uk, "PECR 2003 reg. 22", M),
    ]
}

/// Words that tell recipients how to stop messages.
pub(crate) fn opt_out_pattern() -> Option<&'static regex::Regex> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"(?i)(回\s*(?:t|td|n)\b|回复\s*(?:t|td|n)|退订|拒收|取消订阅|\bstop\b|unsubscribe|opt[\s-]?out)")
            .ok()
    })
    .as_ref()
}

impl Rule for MarketingOptOut {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        for (i, copy) in ctx.campaign.copy.iter().flat_map(|c| c.iter()) {
            if !matches!(copy.channel, Channel::Sms | Channel::Push | Channel::Email) {
                continue;
            }
            let channel = channel_words(copy.channel);
            // An unknown text may say how to opt out: the entry is not judged.
            let Some(text) = copy.text.known() else {
                continue;
            };
            if opt_out_pattern().is_some_and(|re| re.is_match(text)) {
                continue;
            }
            let at = PLAN.copy().item(i);
            if copy.channel != Channel::Sms {
                match copy.opt_out.as_deref() {
                    Some(said) if crate::fix::is_placeholder(said) => {
                        out.push(
                            Draft::new(
                                &Self::META,
                                at.opt_out(),
                                msg!("l011-placeholder", channel = channel),
                            )
                            .help(msg!("l011-help")),
                        );
                        continue;
                    }
                    Some(_) => continue,
                    None if ctx.has(&at.opt_out()) => continue,
                    None => {}
                }
            }
            let help = if copy.channel == Channel::Sms {
                msg!("l011-help-sms")
            } else {
                msg!("l011-help")
            };
            let mut draft = Draft::new(
                &Self::META,
                at.text(),
                msg!("l011-no-opt-out", channel = channel),
            )
            .related(at.channel(), msg!("l011-sent-as-message"))
            .help(help);
            if copy.channel != Channel::Sms {
                // Only a human knows where the setting is: a placeholder that this rule
                // reports until it is replaced.
                draft = draft.fix(DraftFix::insert(
                    Applicability::Unsafe,
                    msg!("fix-add-opt-out"),
                    at.clone(),
                    "opt_out",
                    msg!("fix-opt-out-placeholder"),
                ));
            }
            out.push(draft);
        }
    }
}
