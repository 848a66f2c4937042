//! Rule W009 `en-endorsement-claim`: a claim of endorsement by a public body, the armed
//! forces or the Royal Family in English copy.

use super::pairs::{PairShape, pairs};
use super::{en, report};
use crate::finding::Severity;
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::Owner;
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// English customer-facing text should not claim that a government body, a regulator,
    /// the health service, the armed forces, a space agency or the Royal Family endorses,
    /// approves, uses or is supplied with the product unless it is so: "Endorsed by the
    /// NHS", "Official supplier to the US Army", "Government-approved formula", "As served
    /// at Buckingham Palace", "By Appointment to His Majesty the King". The claim is read
    /// in two parts from `lexicons/en.yaml`: the body (`endorser` triggers: the NHS, the
    /// army, the government, the FDA, NASA, Buckingham Palace, His Majesty …) and the
    /// endorsement (`endorsement` triggers: endorsed, approved, recommended, official
    /// supplier to, as served at, as used by, by appointment to …), in either order, in
    /// one clause, at most 30 characters apart. The underline covers both.
    ///
    /// Not read as a claim: a standard met ("meets British Standard BS EN 71"), a service
    /// named ("Royal Mail delivery"), a discount for a group ("NHS staff discount"), a
    /// public scheme named with its conditions ("eligible for the government Boiler
    /// Upgrade Scheme", "government-approved trade-in scheme"), "the NHS recommends five a
    /// day". Checked for plans with `EU`, `US` or `UK` in `jurisdictions`. When the copy,
    /// promotion or coupon gives `evidence` (the warrant, the approval, the supply
    /// contract), the finding is an info that shows it.
    ///
    /// ## Why it matters
    ///
    /// Claiming an approval or endorsement that was not given is misleading in itself,
    /// whatever else the advertisement says; the Royal Arms and royal warrants may be used
    /// only by their holders, and the names of federal agencies may not be used to imply
    /// their endorsement.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// copy:
    ///   - { id: hero, channel: web, text: "Endorsed by the NHS: our new sleep spray" }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Remove the claim, or keep the approval, warrant or contract as `evidence` on the
    /// item and say exactly what it is ("supplier to NHS Supply Chain under framework
    /// X").
    ///
    /// ## Source
    ///
    /// EU: UCPD 2005/29/EC Annex I point 4 (claiming approval or endorsement by a public
    /// or private body when there is none) and point 2 (trust marks without
    /// authorisation) (S — verify). UK: DMCC Act 2024 Sch. 20 (the same banned practices
    /// since 6 April 2025; paragraph numbers not verified) and CAP Code rules 3.50–3.52
    /// (endorsements; the Royal Family, Royal Arms and royal warrants) (S — verify). US:
    /// FTC Endorsement Guides, 16 CFR Part 255, and 18 U.S.C. §709 (using the names of
    /// federal agencies to imply endorsement) (S — verify).
    pub struct EnEndorsementClaim;
    code = "W009", name = "en-endorsement-claim", family = "wording",
    severity = Warning, summary = "a claim of endorsement by a public body, the forces or the Royal Family",
    cites = [
        (Eu, "UCPD 2005/29/EC Annex I points 2, 4", S),
        (Us, "16 CFR 255; 18 U.S.C. §709", S),
        (Uk, "DMCC Act 2024 Sch. 20; CAP Code 3.50–3.52", S),
    ]
}

impl Rule for EnEndorsementClaim {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if !en(ctx) {
            return;
        }
        let Some(wording) = ctx.wording else { return };
        let c = ctx.campaign;
        let evidence = |owner: Owner| -> Option<String> {
            match owner {
                Owner::Copy(i) => c.copy.as_ref()?.get(i)?.evidence.clone(),
                Owner::Promotion(i) => c.promotions.as_ref()?.get(i)?.evidence.clone(),
                Owner::Coupon(i) => c.coupons.as_ref()?.get(i)?.evidence.clone(),
            }
        };
        let describe = |words: &str, owner: Owner| match evidence(owner) {
            Some(source) => (
                msg!("w009-evidenced", words = words, source = source),
                msg!("w009-evidenced-help"),
                Some(Severity::Info),
            ),
            None => (msg!("w009-claim", words = words), msg!("w009-help"), None),
        };
        // Flag terms of the rule (a user's own, say) and the pairs.
        report(ctx, &Self::META, out, |f| {
            let (message, help, severity) = describe(f.words, f.owner);
            Some((message, help, severity))
        });
        let shape = PairShape {
            first: "endorser",
            second: "endorsement",
            gap: 30,
            either_order: true,
        };
        for pair in pairs(wording, Self::META.name, &shape) {
            let (message, help, severity) = describe(pair.words, pair.place.owner);
            out.push(
                Draft::text(&Self::META, pair.place.at(), pair.start, pair.end, message)
                    .help(help)
                    .severity(severity),
            );
        }
    }
}
