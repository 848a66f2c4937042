//! Rule L027 `auto-renewal-terms`: an auto-renewing subscription without the renewal
//! price, the customer's consent, a way to cancel or a reminder the plan's law asks for.

use crate::finding::Severity;
use crate::i18n::Msg;
use crate::model::{Jurisdiction, Loc, PLAN, Subscription};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};
use rust_decimal::Decimal;

declare_rule! {
    /// ## What it checks
    ///
    /// A promotion whose `subscription` has `auto_renew: true` states what the law of the
    /// plan's jurisdictions asks for an automatic renewal:
    ///
    /// | asked for | `US` | `CN` | `UK` (warning) |
    /// |---|---|---|---|
    /// | `renewal_price`: what each renewal charges | yes | | yes |
    /// | `consent`: how customers agree before the first charge | yes | yes | |
    /// | `cancel`: how customers cancel | yes | yes | yes |
    /// | `reminder`: notice before each renewal | | yes, at least 5 days | yes |
    ///
    /// Each missing item is one finding at the `subscription`, naming the jurisdictions
    /// that ask for it. A `CN` reminder shorter than 5 days is reported at `reminder`. UK
    /// findings are warnings: the DMCC Act's subscription rules are not in force yet
    /// (commencement expected in 2026 — verify the date before relying on it). EU plans
    /// are not judged by this rule.
    ///
    /// ## Why it matters
    ///
    /// Customers who sign up for a trial or a discounted first month keep paying when the
    /// renewal terms were hidden, they never agreed to be charged again, or cancelling is
    /// hard; these are the practices the auto-renewal laws target.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [US]
    /// promotions:
    ///   - id: trial
    ///     subscription: { auto_renew: true, trial: 30d, every: 1mo }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Record the renewal price and period, the consent step (an unticked box beside the
    /// renewal terms), the way to cancel (online, as easy as signing up) and the reminder
    /// before each renewal, and show them to customers before they sign up.
    ///
    /// ## Source
    ///
    /// US: Restore Online Shoppers' Confidence Act (ROSCA), 15 U.S.C. §§8401–8405 (clear
    /// disclosure of all material terms before billing, express informed consent, a simple
    /// mechanism to stop recurring charges) (S); state automatic-renewal laws, e.g.
    /// California Bus. & Prof. Code §17600 ff. (S). The FTC's "click-to-cancel" rule was
    /// vacated on 2025-07-08 and is not cited. CN: 《网络交易监督管理办法》 Art. 18 (automatic
    /// renewal: remind consumers conspicuously before they accept the service and 5 days
    /// before the renewal date, and let them choose) (S — verify the article). UK: DMCC Act
    /// 2024 Part 4 Chapter 2 (subscription contracts: pre-contract information, reminder
    /// notices, easy exit) (S — not in force when written; commencement expected 2026,
    /// verify).
    pub struct AutoRenewalTerms;
    code = "L027", name = "auto-renewal-terms", family = "legal",
    severity = Error, summary = "an auto-renewing subscription without its renewal terms, consent, cancellation or reminder",
    cites = [
        (Cn, "《网络交易监督管理办法》 Art. 18", S),
        (Uk, "DMCC Act 2024 Part 4 Ch. 2 (when in force)", S),
        (Us, "ROSCA 15 U.S.C. §§8401–8405; Cal. Bus. & Prof. Code §17600 ff.", S),
    ]
}

/// The days of reminder before a renewal the CN rule asks for.
const CN_REMINDER_DAYS: i64 = 5;

impl Rule for AutoRenewalTerms {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        let (us, cn, uk) = (
            wording.applies(Jurisdiction::Us),
            wording.applies(Jurisdiction::Cn),
            wording.applies(Jurisdiction::Uk),
        );
        if !us && !cn && !uk {
            return;
        }
        for (i, promotion) in ctx
            .campaign
            .promotions
            .iter()
            .flat_map(|p| p.items())
            .enumerate()
        {
            let Some(sub) = promotion.subscription.as_ref() else {
                continue;
            };
            let at = PLAN.promotions().item(i).subscription();
            if !sub.auto_renew || !ctx.clean(&Loc::from(at.clone())) {
                continue;
            }
            for (field, what, asked) in missing(sub, us, cn, uk) {
                let strict = asked.iter().any(|j| *j != "UK");
                out.push(
                    Draft::new(
                        &Self::META,
                        at.clone(),
                        msg!(
                            "l027-missing",
                            promotion = promotion.id.as_str(),
                            what = what,
                            field = field,
                            laws = laws(&asked),
                        ),
                    )
                    .on_key()
                    .severity((!strict).then_some(Severity::Warning))
                    .help(msg!("l027-missing-help", field = field)),
                );
            }
            if cn
                && let Some(reminder) = &sub.reminder
                && reminder.approx_days() < Decimal::from(CN_REMINDER_DAYS)
            {
                out.push(
                    Draft::new(
                        &Self::META,
                        at.reminder(),
                        msg!(
                            "l027-late-reminder",
                            promotion = promotion.id.as_str(),
                            days = CN_REMINDER_DAYS,
                        ),
                    )
                    .help(msg!("l027-late-reminder-help")),
                );
            }
        }
    }
}

/// The items of the subscription the jurisdictions ask for and the plan does not state:
/// the field, what it is, and the jurisdictions asking.
fn missing(
    sub: &Subscription,
    us: bool,
    cn: bool,
    uk: bool,
) -> Vec<(&'static str, Msg, Vec<&'static str>)> {
    let asking = |flags: [(bool, &'static str); 3]| -> Vec<&'static str> {
        flags
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, j)| *j)
            .collect()
    };
    let wanted = [
        (
            "renewal_price",
            msg!("l027-what-renewal-price"),
            sub.renewal_price.is_some(),
            asking([(us, "US"), (false, "CN"), (uk, "UK")]),
        ),
        (
            "consent",
            msg!("l027-what-consent"),
            has_text(sub.consent.as_deref()),
            asking([(us, "US"), (cn, "CN"), (false, "UK")]),
        ),
        (
            "cancel",
            msg!("l027-what-cancel"),
            has_text(sub.cancel.as_deref()),
            asking([(us, "US"), (cn, "CN"), (uk, "UK")]),
        ),
        (
            "reminder",
            msg!("l027-what-reminder"),
            sub.reminder.is_some(),
            asking([(false, "US"), (cn, "CN"), (uk, "UK")]),
        ),
    ];
    wanted
        .into_iter()
        .filter(|(_, _, given, asked)| !given && !asked.is_empty())
        .map(|(field, what, _, asked)| (field, what, asked))
        .collect()
}

/// The jurisdictions asking, each by its name, joined with "and" as the English wrote
/// them (`US and CN and UK`).
fn laws(asked: &[&'static str]) -> Msg {
    asked
        .iter()
        .rev()
        .map(|j| match *j {
            "US" => msg!("l027-law-us"),
            "CN" => msg!("l027-law-cn"),
            _ => msg!("l027-law-uk"),
        })
        .reduce(|rest, first| msg!("l027-and", first = first, rest = rest))
        .unwrap_or_else(|| msg!("l027-law-uk"))
}

/// Whether a text is given and not blank.
fn has_text(text: Option<&str>) -> bool {
    text.is_some_and(|t| !t.trim().is_empty())
}
