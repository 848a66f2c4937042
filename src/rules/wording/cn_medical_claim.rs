//! Rule W004 `cn-medical-claim`: a medical or curative claim.

use super::{cn, report, report_efficacy};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Customer-facing text must not make medical or curative claims:
    ///
    /// - treatment and disease words: 治疗, 治愈, 根治, 药到病除, 无副作用, 包治, 抗癌, 消炎 and
    ///   similar words from `lexicons/cn.yaml`;
    /// - efficacy claims: a verb of effect — 缓解, 预防, 改善, 消除, 抑制, 杀灭, 调理, 修复,
    ///   降低, 告别 … — with an illness, symptom or body measure — 失眠, 头痛, 关节炎, 高血压,
    ///   血糖, 湿疹, 鼻炎, 便秘, 幽门螺杆菌, 三高 … — in the same clause (缓解关节炎疼痛,
    ///   调理肠胃，改善便秘), or a result said of one (鼻炎明显好转). The verbs, results and
    ///   illnesses are the `efficacy-verb`, `efficacy-result` and `efficacy-condition` groups
    ///   of the lexicon; the underline runs from the verb to the illness.
    ///
    /// The verb alone is not a claim: 消除异味, 改善睡眠环境, 抑制杂草生长, 预防快递丢失, 缓解库存压力
    /// pass, and so do statutory disclaimers (不具有疾病预防、治疗功能) and figurative uses
    /// (让人头痛的收纳难题, 对促销不感冒). Tiredness and stress (缓解疲劳, 缓解压力) are not
    /// illnesses. Campaign plans advertise consumer goods; medical advertising needs approval
    /// and its own review, outside campspec.
    ///
    /// ## Why it matters
    ///
    /// Advertising other than for medical treatment, medicines and medical devices may not
    /// claim to treat illness or use medical terms; food advertising may not claim to prevent
    /// or treat illness, nor may cosmetics advertising claim a medical effect. Sanctions run
    /// to revoking the business licence.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// copy:
    ///   - { id: tea, channel: douyin, text: 养生茶礼盒，缓解失眠多梦 }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Remove the claim; describe the product, not an effect on illness.
    ///
    /// ## Source
    ///
    /// 《广告法》 Art. 17 (sanction Art. 58(1)(ii)), Art. 28(2)(ii) (false claims of a product's
    /// function) (V); Art. 18 (health food) (S — verify); 《食品安全法》 Art. 73 (food
    /// advertising may not claim to prevent or treat illness) (S — verify);
    /// 《化妆品监督管理条例》 Arts. 37 and 43 (no express or implied medical effect) (S — verify).
    /// The term lists are practitioner lists (S — verify).
    pub struct CnMedicalClaim;
    code = "W004", name = "cn-medical-claim", family = "wording",
    severity = Error, summary = "a medical or curative claim",
    cites = [
        (Cn, "《广告法》 Art. 17", V),
    ]
}

impl Rule for CnMedicalClaim {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if !cn(ctx) {
            return;
        }
        report(ctx, &Self::META, out, |f| {
            Some((msg!("w004-claim", words = f.words), msg!("w004-help"), None))
        });
        report_efficacy(ctx, &Self::META, out, |words, illness| {
            (
                msg!("w004-efficacy", words = words, illness = illness),
                msg!("w004-efficacy-help"),
            )
        });
    }
}
