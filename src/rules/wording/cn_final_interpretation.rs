//! Rule W005 `cn-final-interpretation`: a "final interpretation right" clause.

use super::{cn, report};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Terms must not reserve the organiser's "final right of interpretation":
    /// 最终解释权归…所有, 本店保留最终解释权 and similar clauses from `lexicons/cn.yaml`,
    /// including the same clause in other words — 如有争议，以本公司解释为准, 由商家负责解释,
    /// 主办方拥有最终决定权. (最终 alone, as in 最终价格以结算页为准, is harmless, and so are
    /// dispute routes by law, 以平台公告为准, and an authority's reading of its own scheme,
    /// 补贴政策以政府官方解释为准.) The English counterpart is W010.
    ///
    /// ## Why it matters
    ///
    /// Standard terms that exclude or limit consumers' rights or let the business decide
    /// disputes alone are void, and regulators list the final-interpretation clause among
    /// prohibited standard terms. Leaving it in invites complaints and fines.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// promotions:
    ///   - { id: tiers, type: spend_tiers, name: 满减, terms: 本活动最终解释权归本公司所有。, tiers: [{ spend: 300, discount: 30 }] }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Remove the clause; give a contact for questions instead (如有疑问请联系客服).
    ///
    /// ## Source
    ///
    /// 《消费者权益保护法》 Art. 26(2)–(3) (V); 《合同行政监督管理办法》 (SAMR 2023) on
    /// prohibited standard terms (M — verify the article).
    pub struct CnFinalInterpretation;
    code = "W005", name = "cn-final-interpretation", family = "wording",
    severity = Warning, summary = "a 'final interpretation right' clause",
    cites = [
        (Cn, "《消费者权益保护法》 Art. 26", V),
    ]
}

impl Rule for CnFinalInterpretation {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if !cn(ctx) {
            return;
        }
        report(ctx, &Self::META, out, |f| {
            Some((msg!("w005-claim", words = f.words), msg!("w005-help"), None))
        });
    }
}
