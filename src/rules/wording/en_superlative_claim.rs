//! Rule W006 `en-superlative-claim`: an unsubstantiated superlative in English copy.

use super::{en, report};
use crate::declare_rule;
use crate::rules::{Ctx, Draft, Rule};

declare_rule! {
    /// ## What it checks
    ///
    /// English customer-facing text should not use superlative or ranking claims that
    /// need proof: "best ever", "#1", "number one", "world's first", "unbeatable",
    /// "lowest price", "cheapest" and similar words from `lexicons/en.yaml`. Harmless
    /// phrases are not flagged ("best before", "best regards", "first order",
    /// "first-time customers", "first come, first served", "order #1"). Checked for
    /// plans with `EU`, `US` or `UK` in `jurisdictions`.
    ///
    /// ## Why it matters
    ///
    /// Objective claims must be substantiated before they are made; "#1" or "lowest
    /// price" without evidence is a misleading claim in all three jurisdictions.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// copy:
    ///   - { id: hero, channel: web, text: Our lowest prices ever — the #1 gift box! }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Keep evidence for the claim and qualify it (source, period), or rephrase
    /// ("our biggest sale of the year").
    ///
    /// ## Source
    ///
    /// US: FTC Act §5 and the FTC Policy Statement Regarding Advertising Substantiation
    /// (1984); UK: CAP Code rule 3.7 (substantiation) and DMCC Act 2024 s.226 (misleading
    /// actions); EU: Unfair Commercial Practices Directive 2005/29/EC Art. 6(1).
    /// Confidence: S/M — verify; puffery ("the best coffee in town") may be lawful.
    pub struct EnSuperlativeClaim;
    code = "W006", name = "en-superlative-claim", family = "wording",
    severity = Warning, summary = "an unsubstantiated superlative in English copy",
    cites = [
        (Eu, "UCPD 2005/29/EC Art. 6(1)"),
        (Us, "FTC Act §5; FTC advertising substantiation policy"),
        (Uk, "CAP Code 3.7; DMCC Act 2024 s.226"),
    ]
}

impl Rule for EnSuperlativeClaim {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if !en(ctx) {
            return;
        }
        report(ctx, &Self::META, out, |f| {
            Some((
                format!(
                    "`{}` is a superlative or ranking claim that needs substantiation",
                    f.words
                ),
                "keep evidence and qualify the claim, or rephrase it".to_owned(),
                None,
            ))
        });
    }
}
