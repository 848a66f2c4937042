//! Rule W003 `cn-state-endorsement`: a claim of state supply or endorsement.

use super::pairs::{PairShape, pairs};
use super::{cn, report};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// Customer-facing text must not claim state supply or endorsement: 特供, 专供, 内供,
    /// 特需, 国宴专用, 国家机关推荐, 领导人推荐, 驰名商标, 国家免检 and similar words from
    /// `lexicons/cn.yaml`.
    ///
    /// It also reads the claim in two parts: a state organ, its staff, the army or the
    /// space programme (政府机关, 质检总局, 市场监管局, 军委, 部队, 航天员 — the `endorser`
    /// triggers) followed in the same clause, at most six characters on, by words that
    /// make them an endorser or a customer (推荐, 指定, 专用, 同款, 御用, 认可 — the
    /// `endorsement` triggers): 政府机关指定采购, 质检总局推荐产品, 航天员同款, 军委后勤指定
    /// 供应. The underline covers both and what lies between. Not read as a claim: national
    /// standards (符合国家标准GB/T…), statutory holidays and warranties (国家法定节假日,
    /// 国家三包规定), public services (国家电网), real subsidy schemes (国家补贴, 政府消费券
    /// 指定商户) and facilities for service members (军人专用通道).
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
    ///   - { id: feed, channel: app_home, text: 质检总局推荐产品，航天员同款营养餐 }
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
    /// the 特供/专供 examples come from practitioner guides (S — verify). The army and the
    /// space programme as endorsers: 《广告法》 Art. 9(2) read with the SAIC notice of 2013 on
    /// 特供/专供 and the PLA's 2016 rules against using the army's name in business (S —
    /// verify); 消费者协会 may not recommend goods for gain (《消费者权益保护法》 Art. 38, V).
    pub struct CnStateEndorsement;
    code = "W003", name = "cn-state-endorsement", family = "wording",
    severity = Error, summary = "a claim of state supply or endorsement",
    cites = [
        (Cn, "《广告法》 Art. 9(1)–(2)", V),
    ]
}

impl Rule for CnStateEndorsement {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if !cn(ctx) {
            return;
        }
        report(ctx, &Self::META, out, |f| {
            Some((msg!("w003-claim", words = f.words), msg!("w003-help"), None))
        });
        let Some(wording) = ctx.wording else { return };
        let shape = PairShape {
            first: "endorser",
            second: "endorsement",
            gap: 6,
            either_order: false,
        };
        for pair in pairs(wording, Self::META.name, &shape) {
            out.push(
                Draft::text(
                    &Self::META,
                    pair.place.at(),
                    pair.start,
                    pair.end,
                    msg!("w003-pair", words = pair.words),
                )
                .help(msg!("w003-pair-help")),
            );
        }
    }
}
