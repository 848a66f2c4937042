//! Rule W002 `cn-ranking-claim`: a ranking or data claim without its source.

use super::{cn, report};
use crate::finding::Severity;
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::Owner;
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Ranking and data claims in customer-facing text — 销量第一, 全网第一, NO.1, TOP1,
    /// 排名第一, 冠军, 市场占有率, "X万人已购" and similar words from `lexicons/cn.yaml` —
    /// need a source. The item that contains the claim (the copy entry, promotion or
    /// coupon) must give its `evidence`: source, period and scope (e.g.
    /// `天猫2026年度洗护类目销售额数据`). With evidence the finding drops to an info that
    /// reminds to show the source next to the claim. Ordinal uses are not flagged
    /// (第一季度, 第一次, 第一步, 第一件半价, 首单, 首页).
    ///
    /// ## Why it matters
    ///
    /// Data, statistics and survey results in advertising must be true, accurate and show
    /// their source; an unsupported "第一" is also a false-publicity risk.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// copy:
    ///   - { id: hero, channel: weibo, text: 连续三年销量第一的新年礼盒 }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Add `evidence:` with the source, period and scope, and show them in the copy
    /// (…销量第一（数据来源：…，统计周期：…）), or remove the claim.
    ///
    /// ## Source
    ///
    /// 《广告法》 Art. 11(2) (data, statistics and quotations must be true and show their
    /// source, scope and period) and Art. 28(2); 《反不正当竞争法》 (2025) Art. 9 (false
    /// publicity). Confidence: V for the law; SAMR's 2025 draft guide on cited content is
    /// not in force (S) — verify.
    pub struct CnRankingClaim;
    code = "W002", name = "cn-ranking-claim", family = "wording",
    severity = Error, summary = "a ranking or data claim without its source",
    cites = [
        (Cn, "《广告法》 Art. 11(2)", V),
    ]
}

impl Rule for CnRankingClaim {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if !cn(ctx) {
            return;
        }
        let c = ctx.campaign;
        let evidence = |owner: Owner| -> Option<String> {
            match owner {
                Owner::Copy(i) => c.copy.as_ref()?.get(i)?.evidence.clone(),
                Owner::Promotion(i) => c.promotions.as_ref()?.get(i)?.evidence.clone(),
                Owner::Coupon(i) => c.coupons.as_ref()?.get(i)?.evidence.clone(),
            }
        };
        report(ctx, &Self::META, out, |f| match evidence(f.owner) {
            Some(source) => Some((
                msg!("w002-evidenced", words = f.words, source = source),
                msg!("w002-evidenced-help"),
                Some(Severity::Info),
            )),
            None => Some((msg!("w002-claim", words = f.words), msg!("w002-help"), None)),
        });
    }
}
