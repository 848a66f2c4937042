//! Rule W001 `cn-absolute-claim`: an absolute or superlative claim in Chinese customer-facing text.

use super::{cn, report};
use crate::i18n::Msg;
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Customer-facing text (copy, names and terms of promotions and coupons, prize
    /// names) must not use absolute or superlative claims: 最佳, 最好, 最低价, 全网最低,
    /// 国家级, 顶级, 极品, 唯一, 绝对, 百分百, 史无前例 and similar words from
    /// `lexicons/cn.yaml` (superlatives, grades, uniqueness, guarantees, price
    /// superlatives). Matching is done on normalised text, so full-width letters,
    /// spaces or symbols inside a word (全 网 最 低, 全*网*最*低) and common evasions (蕞)
    /// do not hide a term.
    ///
    /// Harmless uses are not flagged: 最 as a degree or time word (最近, 最后一天, 最终价格以
    /// 结算页为准), limits with a number (每人最多2件, 最高减100元, 最低消费99元), advice and
    /// consumption tips (建议最好冷藏, 最佳赏味期), and the trademarks or product names
    /// listed under `[wording] allow` in `campspec.toml`. Only plans with `CN` in
    /// `jurisdictions` are checked.
    ///
    /// ## Why it matters
    ///
    /// 《广告法》 Art. 9(3) forbids advertisements to use "国家级", "最高级", "最佳" and
    /// similar words, with fines from 200,000 to 1,000,000 yuan under Art. 57(1). Evidence
    /// that the claim is true does not make such a word lawful; but how it is enforced
    /// depends on context. SAMR's 2023 enforcement guide (《广告绝对化用语执法指南》,
    /// 公告2023年第6号) asks enforcers to read the word in its context — what it describes,
    /// whether it misleads, its effect — excludes some uses (self-comparison within a brand,
    /// usage tips, grades under a standard, names), and allows a lighter penalty or none
    /// where the harm is slight and promptly corrected. campspec flags the word so a reviewer
    /// reads it in context; market regulators also act on complaints from professional
    /// claimants who search for exactly these words.
    ///
    /// The wording changed (issue 17): this explanation used to call the ban blind to
    /// evidence and context, which overstated how the 2023 guide has it enforced.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// copy:
    ///   - { id: hero, channel: app_home, text: 全网最低价，年度最佳好物 }
    /// ```
    ///
    /// ## How to fix
    ///
    /// State a verifiable fact instead (具体降价金额, 活动期间价格) or remove the word. For a
    /// registered trademark or product name that contains such a word, add it to
    /// `[wording] allow`; for an accepted exception, waive the finding with a reason.
    ///
    /// ## Source
    ///
    /// 《中华人民共和国广告法》 (2015, amended 2018 and 2021) Art. 9(3): advertisements may not
    /// use "国家级", "最高级", "最佳" and similar words; fines under Art. 57(1). Harmless
    /// contexts follow SAMR 《广告绝对化用语执法指南》 (公告2023年第6号). Confidence: V for
    /// the law; the term list, the exemptions and the guide's context reading are
    /// practitioner lists and secondary sources on the 2023 guide (S — its article numbers
    /// not verified) — verify borderline cases.
    pub struct CnAbsoluteClaim;
    code = "W001", name = "cn-absolute-claim", family = "wording",
    severity = Error, summary = "an absolute or superlative claim in Chinese customer-facing text",
    cites = [
        (Cn, "《广告法》 Art. 9(3)", V),
    ]
}

impl Rule for CnAbsoluteClaim {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if !cn(ctx) {
            return;
        }
        report(ctx, &Self::META, out, |f| {
            Some((
                msg!(
                    "w001-claim",
                    words = f.words,
                    group = group(f.term.group.as_deref()),
                ),
                msg!("w001-help"),
                None,
            ))
        });
    }
}

/// The family of an absolute claim as the message names it: the shipped lexicon's
/// groups in the reader's language, a user's own group as written.
fn group(group: Option<&str>) -> Msg {
    match group {
        None => msg!("w001-group-default"),
        Some("superlative") => msg!("w001-group-superlative"),
        Some("grade") => msg!("w001-group-grade"),
        Some("guarantee") => msg!("w001-group-guarantee"),
        Some("uniqueness") => msg!("w001-group-uniqueness"),
        Some("price") => msg!("w001-group-price"),
        Some(other) => Msg::raw(other),
    }
}
