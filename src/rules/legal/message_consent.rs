//! Rule L024 `message-consent`: marketing messages sent on a channel for which the plan
//! records no prior consent of the recipients.

use super::under;
use crate::i18n::{Arg, Msg};
use crate::model::{At, Channel, Jurisdiction, List, Loc, Messaging, PLAN};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Copy sent as a message (`copy[].channel` `sms`, `email` or `push`) is marketing sent
    /// to a person. Where the law asks for the recipient's prior consent, the plan must
    /// record it for that channel in `compliance.messaging`:
    ///
    /// ```yaml
    /// compliance:
    ///   messaging:
    ///     - { channel: sms, consent: 注册时单独勾选“接收营销短信”，记录存于CRM }
    ///     - { channel: email, soft_opt_in: past buyers only; refusal offered at checkout }
    /// ```
    ///
    /// `consent` says how recipients agreed (or asked) and where it is recorded; an empty
    /// text records nothing. Consent is required per jurisdiction the plan declares:
    ///
    /// | | SMS | e-mail | push |
    /// |---|---|---|---|
    /// | CN | consent | consent | consent |
    /// | EU | consent or soft opt-in | consent or soft opt-in | — |
    /// | UK | consent or soft opt-in | consent or soft opt-in | — |
    /// | US | prior express written consent | — (CAN-SPAM: opt-out only) | — |
    ///
    /// The "soft opt-in" (`soft_opt_in`) of the EU and UK covers existing customers whose
    /// details were obtained in a sale, about similar products, with a refusal offered
    /// then and in every message; it does not satisfy CN or US law. Push notifications are
    /// electronic messages under 《广告法》 Art. 43 but are not generally treated as
    /// "electronic mail" under the ePrivacy Directive and PECR, nor as calls or texts
    /// under the TCPA. The opt-out each message must carry is checked by
    /// `marketing-opt-out` (L011).
    ///
    /// ## Why it matters
    ///
    /// Sending electronic advertising to people who never agreed to it is unlawful in
    /// China, the EU and the UK, and marketing texts without prior express written consent
    /// expose a US sender to statutory damages per message under the TCPA.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [CN]
    /// copy:
    ///   - { id: member-sms, channel: sms, text: 会员专享价最低6.5折，快来抢购！回T退订 }
    /// # no compliance.messaging entry for sms
    /// ```
    ///
    /// ## Depends on
    ///
    /// Which copy entries are messages (`copy`, `copy[].channel`: an entry whose channel
    /// is unknown is not a message) and what `compliance.messaging[]` records (its
    /// entries' `channel`, `consent` and `soft_opt_in`, inside `compliance`): a channel
    /// whose consent is not found is not reported while an entry cannot be read or its
    /// channel is unknown (that entry may be the one), nor while an entry for the channel
    /// holds a value or key that could not be read, nor while `compliance` itself could
    /// not be read. Consent found stands whatever else failed.
    ///
    /// ## How to fix
    ///
    /// Send only to recipients who agreed (for US texts: in writing, naming the sender),
    /// and record how under `compliance.messaging` for the channel (`consent: …`); in the
    /// EU and UK, mailing only existing customers on the soft opt-in, record that
    /// (`soft_opt_in: …`). A business-to-business list (UK corporate subscribers) may
    /// need no consent: waive the finding with that reason.
    ///
    /// ## Source
    ///
    /// CN: 《广告法》 Art. 43(1) (no advertising sent by electronic means without the
    /// recipient's consent or request) (V); 《消费者权益保护法》 Art. 29(3) (no commercial
    /// messages without consent or request) (V). EU: ePrivacy Directive 2002/58/EC Art.
    /// 13(1)–(2) (prior consent for electronic mail, including SMS; soft opt-in for
    /// existing customers) (S). UK: PECR 2003 regs. 22–23 (consent or soft opt-in for
    /// e-mail and texts to individuals; sender identity) (S). US: TCPA, 47 U.S.C. §227 and
    /// 47 CFR 64.1200 (prior express written consent for marketing texts to wireless
    /// numbers; revocation 64.1200(a)(10)) (S); CAN-SPAM, 15 U.S.C. §7704, asks no prior
    /// consent for e-mail (S).
    pub struct MessageConsent;
    code = "L024", name = "message-consent", family = "legal",
    severity = Error, summary = "marketing messages without recorded consent of the recipients",
    cites = [
        (Cn, "《广告法》 Art. 43(1); 《消费者权益保护法》 Art. 29(3)", V),
        (Eu, "ePrivacy Directive 2002/58/EC Art. 13(1)–(2)", S),
        (Us, "TCPA, 47 U.S.C. §227; 47 CFR 64.1200", S),
        (Uk, "PECR 2003 regs. 22–23", S),
    ]
}

/// The message channels, in the order findings about them are made.
const CHANNELS: [Channel; 3] = [Channel::Sms, Channel::Email, Channel::Push];

/// A jurisdiction that asks for prior consent on a channel, and whether the soft opt-in
/// serves there instead.
struct Need {
    jurisdiction: Jurisdiction,
    soft_opt_in: bool,
}

/// What each jurisdiction asks before marketing messages on `channel`.
fn needs(channel: Channel) -> Vec<Need> {
    let need = |jurisdiction, soft_opt_in| Need {
        jurisdiction,
        soft_opt_in,
    };
    match channel {
        Channel::Sms => vec![
            need(Jurisdiction::Cn, false),
            need(Jurisdiction::Eu, true),
            need(Jurisdiction::Uk, true),
            need(Jurisdiction::Us, false),
        ],
        Channel::Email => vec![
            need(Jurisdiction::Cn, false),
            need(Jurisdiction::Eu, true),
            need(Jurisdiction::Uk, true),
        ],
        Channel::Push => vec![need(Jurisdiction::Cn, false)],
        _ => Vec::new(),
    }
}

/// The name of a message channel (SMS, e-mail, push) in the reader's language.
pub(crate) fn channel_words(channel: Channel) -> Msg {
    match channel {
        Channel::Sms => msg!("l024-channel-sms"),
        Channel::Email => msg!("l024-channel-email"),
        _ => msg!("l024-channel-push"),
    }
}

fn law(jurisdiction: Jurisdiction) -> Msg {
    match jurisdiction {
        Jurisdiction::Cn => msg!("l024-law-cn"),
        Jurisdiction::Eu => msg!("l024-law-eu"),
        Jurisdiction::Uk => msg!("l024-law-uk"),
        Jurisdiction::Us => msg!("l024-law-us"),
    }
}

fn stated(text: Option<&String>) -> bool {
    text.is_some_and(|t| !t.trim().is_empty())
}

/// What `compliance.messaging` records for one channel.
struct Record<'a> {
    /// The first entry naming the channel, with its place.
    entry: Option<(At<Messaging>, &'a Messaging)>,
    /// Whether an entry for the channel states consent.
    consent: bool,
    /// Whether an entry for the channel states the soft opt-in.
    soft_opt_in: bool,
    /// Whether something that could not be read may record more for the channel: an
    /// entry set aside or whose channel is unknown, or a value or key of one of the
    /// channel's entries that failed.
    doubt: bool,
}

fn recorded<'a>(ctx: &Ctx<'_>, list: Option<&'a List<Messaging>>, channel: Channel) -> Record<'a> {
    let section = PLAN.compliance().messaging();
    let mut record = Record {
        entry: None,
        consent: false,
        soft_opt_in: false,
        doubt: !ctx.list_known(&section, &[At::<Messaging>::channel]),
    };
    for (at, entry) in list.into_iter().flat_map(|l| l.iter_at(section.clone())) {
        if entry.channel == Channel::Unknown {
            record.doubt = true;
        }
        if entry.channel != channel {
            continue;
        }
        record.doubt |= !ctx.clean(&at);
        record.consent |= stated(entry.consent.as_ref());
        record.soft_opt_in |= stated(entry.soft_opt_in.as_ref());
        if record.entry.is_none() {
            record.entry = Some((at, entry));
        }
    }
    record
}

impl Rule for MessageConsent {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let messaging = ctx
            .campaign
            .compliance
            .as_ref()
            .and_then(|c| c.messaging.as_ref());
        for channel in CHANNELS {
            let sent: Vec<Loc> = ctx
                .campaign
                .copy
                .iter()
                .flat_map(|c| c.iter())
                .filter(|(_, copy)| copy.channel == channel)
                .map(|(i, _)| PLAN.copy().item(i).channel())
                .collect();
            let Some(first) = sent.first() else {
                continue;
            };
            let needs: Vec<Need> = needs(channel)
                .into_iter()
                .filter(|n| under(ctx, &[n.jurisdiction]))
                .collect();
            if needs.is_empty() {
                continue;
            }
            let record = recorded(ctx, messaging, channel);
            let unmet: Vec<&Need> = needs
                .iter()
                .filter(|n| !(record.consent || record.soft_opt_in && n.soft_opt_in))
                .collect();
            // What could not be read may be the consent missing here.
            if unmet.is_empty() || record.doubt {
                continue;
            }
            out.push(finding(channel, &record, first, &sent, &unmet));
        }
    }
}

/// The finding for `channel`, whose messages are at `sent` (their `channel` values).
fn finding(
    channel: Channel,
    record: &Record<'_>,
    first: &Loc,
    sent: &[Loc],
    unmet: &[&Need],
) -> Draft {
    let soft = record.soft_opt_in;
    let name = channel_words(channel);
    let laws = Arg::Semi(unmet.iter().map(|n| law(n.jurisdiction).into()).collect());
    let count = sent.len();
    let message = if soft {
        msg!(
            "l024-soft-only",
            count = count,
            channel = name.clone(),
            laws = laws
        )
    } else {
        msg!(
            "l024-no-consent",
            count = count,
            channel = name.clone(),
            laws = laws
        )
    };
    let mut help: Vec<Arg> = vec![
        msg!(
            "l024-help",
            channel = name.clone(),
            key = serde_channel(channel)
        )
        .into(),
    ];
    if unmet.iter().any(|n| n.soft_opt_in) && !soft {
        help.push(msg!("l024-help-soft-opt-in").into());
    }
    if unmet.iter().any(|n| n.jurisdiction == Jurisdiction::Us) {
        help.push(msg!("l024-help-us").into());
    }
    let help = msg!("l024-help-parts", parts = Arg::Semi(help));
    let draft = match record.entry {
        Some((ref at, entry)) => {
            let place = if entry.consent.is_some() {
                at.consent()
            } else {
                at.channel()
            };
            Draft::new(&MessageConsent::META, place, message)
                .related(first.clone(), msg!("l024-sent-by", channel = name))
        }
        None => {
            let mut draft = Draft::new(&MessageConsent::META, first.clone(), message);
            for other in sent.iter().skip(1) {
                draft = draft.related(
                    other.clone(),
                    msg!("l024-also-sent-by", channel = name.clone()),
                );
            }
            draft
        }
    };
    draft.help(help)
}

/// The channel as written in a plan.
fn serde_channel(channel: Channel) -> &'static str {
    match channel {
        Channel::Sms => "sms",
        Channel::Email => "email",
        _ => "push",
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Arg, Lang};
    use crate::msg;

    #[test]
    fn the_count_of_messages_reads_in_both_languages() {
        let laws = || Arg::Semi(vec![super::law(crate::model::Jurisdiction::Uk).into()]);
        let channel = || super::channel_words(crate::model::Channel::Email);
        let three = msg!(
            "l024-no-consent",
            count = 3usize,
            channel = channel(),
            laws = laws()
        );
        assert_eq!(
            three.en(),
            "the plan sends 3 marketing messages by e-mail, but records no prior consent of the recipients for e-mail (UK: PECR reg. 22)"
        );
        assert_eq!(
            three.render(Lang::ZhCn),
            "方案通过邮件发送 3 条营销消息，但未记录收件人事先同意接收邮件（英国：《隐私与电子通信条例》（PECR）第22条）"
        );
    }
}
