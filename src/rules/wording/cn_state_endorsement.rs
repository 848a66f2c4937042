//! Rule W003 `cn-state-endorsement`: a claim of state supply or endorsement.

use super::{cn, report};
use crate::declare_rule;
use crate::rules::{Ctx, Draft, Rule};

declare_rule! {
    /// ## What it checks
    ///
    /// Customer-facing text must not claim state supply or endorsement: 特供, 专供, 内供,
    /// 特需, 国宴专用, 国家机关推荐, 领导人推荐, 驰名商标, 国家免检 and similar words from
    /// `lexicons/cn.yaml`.
    ///
    /// ## Why it matters
    ///
    /// Using state organs, officials or their image in advertising is banned, and "well-
    /// known trademark" status may not be used as advertising.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// copy:
    ///   - { id: hero, channel: app_home, text: 国宴专用同款新年礼盒 }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Remove the claim.
    ///
    /// ## Source
    ///
    /// 《广告法》 Art. 9(1)–(2) (national symbols, state organs and their staff); 《商标法》
    /// Art. 14(5) (驰名商标 may not be used in advertising). Confidence: V for the law;
    /// the 特供/专供 examples come from practitioner guides (S — verify).
    pub struct CnStateEndorsement;
    code = "W003", name = "cn-state-endorsement", family = "wording",
    severity = Error, summary = "a claim of state supply or endorsement",
    cites = [
        (Cn, "《广告法》 Art. 9(1)–(2)"),
    ]
}

impl Rule for CnStateEndorsement {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if !cn(ctx) {
            return;
        }
        report(ctx, &Self::META, out, |f| {
            Some((
                format!("`{}` claims state supply or endorsement", f.words),
                "remove the claim".to_owned(),
                None,
            ))
        });
    }
}
