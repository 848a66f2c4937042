//! Rule W004 `cn-medical-claim`: a medical or curative claim.

use super::{cn, report};
use crate::declare_rule;
use crate::rules::{Ctx, Draft, Rule};

declare_rule! {
    /// ## What it checks
    ///
    /// Customer-facing text must not make medical or curative claims: 治疗, 治愈, 根治,
    /// 药到病除, 无副作用, 包治, 抗癌, 消炎 and similar words from `lexicons/cn.yaml`.
    /// Campaign plans advertise consumer goods; medical advertising needs approval and
    /// its own review, outside campspec.
    ///
    /// ## Why it matters
    ///
    /// Non-medical goods may not be advertised with disease-treatment or medical terms;
    /// sanctions run to revoking the business licence.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// copy:
    ///   - { id: tea, channel: douyin, text: 养生茶礼盒，根治失眠 }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Remove the claim; describe the product, not an effect on disease.
    ///
    /// ## Source
    ///
    /// 《广告法》 Art. 17 (sanction Art. 58(2)). Confidence: V for the law; the term list is a
    /// practitioner list (S — verify).
    pub struct CnMedicalClaim;
    code = "W004", name = "cn-medical-claim", family = "wording",
    severity = Error, summary = "a medical or curative claim",
    cites = [
        (Cn, "《广告法》 Art. 17"),
    ]
}

impl Rule for CnMedicalClaim {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if !cn(ctx) {
            return;
        }
        report(ctx, &Self::META, out, |f| {
            Some((
                format!(
                    "`{}` is a medical claim, not allowed for non-medical goods",
                    f.words
                ),
                "remove the claim".to_owned(),
                None,
            ))
        });
    }
}
