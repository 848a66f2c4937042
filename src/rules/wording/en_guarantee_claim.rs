//! Rule W007 `en-guarantee-claim`: an absolute guarantee or efficacy claim in English copy.

use super::{en, report};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// English customer-facing text should not promise absolutes — "guaranteed",
    /// "risk-free", "no risk", "100% effective", "miracle", "clinically proven" — from
    /// `lexicons/en.yaml`, unless the promise is backed by a guarantee whose terms are
    /// given. Factual uses are not flagged ("100% cotton", "money-back guarantee terms
    /// apply"). Claims to cure, treat or prevent illness are `en-health-claim` (W008).
    /// Checked for plans with `EU`, `US` or `UK` in `jurisdictions`.
    ///
    /// ## Why it matters
    ///
    /// A guarantee is a promise the business must honour, and efficacy claims need
    /// competent evidence; both are common grounds for regulator action.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// copy:
    ///   - { id: hero, channel: email, text: Guaranteed results — a miracle for your skin! }
    /// ```
    ///
    /// ## How to fix
    ///
    /// State what is actually promised and where its terms are, or remove the claim.
    ///
    /// ## Source
    ///
    /// US: FTC Act §5, FTC Guides Against Deceptive Advertising of Guarantees (16 CFR
    /// 239); UK: CAP Code rules 3.1, 3.7 and 3.53 (guarantees); EU: UCPD 2005/29/EC
    /// Art. 6(1)(b). Confidence: S/M — verify.
    pub struct EnGuaranteeClaim;
    code = "W007", name = "en-guarantee-claim", family = "wording",
    severity = Warning, summary = "an absolute guarantee or efficacy claim in English copy",
    cites = [
        (Eu, "UCPD 2005/29/EC Art. 6(1)(b)", S),
        (Us, "FTC Act §5; 16 CFR 239", S),
        (Uk, "CAP Code 3.1, 3.7, 3.53", S),
    ]
}

impl Rule for EnGuaranteeClaim {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if !en(ctx) {
            return;
        }
        report(ctx, &Self::META, out, |f| {
            Some((msg!("w007-claim", words = f.words), msg!("w007-help"), None))
        });
    }
}
