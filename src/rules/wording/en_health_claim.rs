//! Rule W008 `en-health-claim`: a claim to treat or prevent illness in English copy.

use super::{en, report, report_efficacy};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// English customer-facing text should not claim that the product treats, relieves,
    /// prevents or cures illness:
    ///
    /// - "cure", "cures", "heals" and immunity boosting ("boosts immunity",
    ///   "immune-boosting") from `lexicons/en.yaml`;
    /// - efficacy claims: a verb of effect — "relieves", "prevents", "treats", "fights",
    ///   "soothes", "lowers", "eases", "kills", "say goodbye to" … — with an illness, symptom
    ///   or body measure — "arthritis", "migraines", "hay fever", "eczema", "colds", "flu",
    ///   "blood pressure", "cholesterol", "hair loss" … — in the same sentence, at most four
    ///   words apart ("reduces the symptoms of hay fever"), or a relief or remedy said of one
    ///   ("hay fever relief"). The verbs, results and illnesses are the `efficacy-verb`,
    ///   `efficacy-result` and `efficacy-condition` groups of the lexicon; the underline runs
    ///   from the verb to the illness.
    ///
    /// The verb alone is not a claim: "prevents scratches", "treat yourself", "relieve the
    /// pressure of last-minute shopping", "kills weeds" pass, and so do statutory
    /// disclaimers ("not intended to diagnose, treat, cure or prevent any disease"),
    /// figurative uses ("take the headache out of gift shopping", "cures cabin fever") and
    /// charities ("join us to fight cancer", Cancer Research UK). Stress, tiredness and
    /// relaxation are not illnesses ("soothing bath salts"). Checked for plans with `EU`,
    /// `US` or `UK` in `jurisdictions`.
    ///
    /// A claim measured without an illness ("clinically proven to reduce wrinkles") is an
    /// efficacy claim needing evidence, reported by `en-guarantee-claim` (W007).
    ///
    /// ## Why it matters
    ///
    /// Only a licensed medicine or a marked medical device may claim to treat or prevent
    /// disease (an injury, ailment or adverse condition of body or mind); food information
    /// may not attribute such a property to a food, and the authorised health claims for
    /// foods have fixed wording. Falsely claiming that a product cures illness is an unfair
    /// practice in all circumstances in the EU and the UK.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// copy:
    ///   - { id: hero, channel: email, text: Our pillow relieves migraines while you sleep }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Remove the claim, unless the product is a licensed medicine or a marked medical
    /// device — then word it as its licence or intended purpose allows. For a food
    /// supplement, use an authorised claim in its authorised wording.
    ///
    /// ## Source
    ///
    /// UK: CAP Code 12.1 (medicinal claims only for licensed medicines and marked devices)
    /// and 15.6.2 (food may not claim to prevent, treat or cure human disease) (S — verify);
    /// DMCC Act 2024 Sch. 20 (falsely claiming a product cures illness; paragraph number
    /// to verify) (S). EU: Regulation (EU) 1169/2011 Art. 7(3); Regulation (EC) 1924/2006
    /// Art. 10(1) (authorised health claims only); Directive 2001/83/EC Art. 1(2)
    /// (medicinal by presentation); UCPD 2005/29/EC Annex I point 17 (S — verify). US: FTC
    /// Act §§5, 12 (15 U.S.C. §§45, 52); 21 CFR 101.93(g) (disease claims for dietary
    /// supplements) (S/M — verify).
    pub struct EnHealthClaim;
    code = "W008", name = "en-health-claim", family = "wording",
    severity = Warning, summary = "a claim to treat or prevent illness in English copy",
    cites = [
        (Eu, "Reg. (EU) 1169/2011 Art. 7(3); UCPD Annex I point 17", S),
        (Us, "FTC Act §§5, 12", S),
        (Uk, "CAP Code 12.1, 15.6.2", S),
    ]
}

impl Rule for EnHealthClaim {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if !en(ctx) {
            return;
        }
        report(ctx, &Self::META, out, |f| {
            let message = match f.term.group.as_deref() {
                Some("health") => msg!("w008-health", words = f.words),
                _ => msg!("w008-cure", words = f.words),
            };
            Some((message, msg!("w008-help"), None))
        });
        report_efficacy(ctx, &Self::META, out, |words, illness| {
            (
                msg!("w008-efficacy", words = words, illness = illness),
                msg!("w008-efficacy-help"),
            )
        });
    }
}
