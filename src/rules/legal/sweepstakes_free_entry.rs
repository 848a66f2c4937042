//! Rule L015 `sweepstakes-free-entry`: a draw that purchases enter without a free entry route.

use super::under;
use crate::declare_rule;
use crate::model::PLAN;
use crate::model::{Jurisdiction, PromotionKind};
use crate::rules::{Ctx, Draft, Rule};

declare_rule! {
    /// ## What it checks
    ///
    /// For plans under `US` or `UK`, a prize draw (`lottery`) whose `entry` involves buying
    /// (下单, 消费, 购买, order, purchase, spend) needs `free_entry`: a way to enter without
    /// buying, with the same chance. Under `US` its `terms` must also say "No purchase
    /// necessary".
    ///
    /// ## Why it matters
    ///
    /// Prize + chance + payment is an illegal lottery in the US and generally in the UK; a
    /// free entry route of equal chance turns it into a lawful sweepstakes or prize draw.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [US]
    /// - { id: draw, type: lottery, name: Holiday draw, entry: Every order enters the draw,
    ///     prizes: [{ name: Phone, value: 999, quantity: 3 }] }
    /// ```
    ///
    /// ## Depends on
    ///
    /// The draw's `entry` (`promotions[].entry`) and `free_entry`: a draw whose entry is
    /// unknown is not judged.
    ///
    /// ## How to fix
    ///
    /// Add `free_entry:` (e.g. "mail a postcard to …") and state "No purchase necessary. A
    /// purchase will not improve your chances of winning." in the terms.
    ///
    /// ## Source
    ///
    /// US: lotteries are prize + chance + consideration under state law and 18 U.S.C.
    /// §§1301–1307 (M); Deceptive Mail Prevention and Enforcement Act, 39 U.S.C. §3001(k) (S).
    /// UK: Gambling Act 2005 s.14 and Schedule 2 (free entry routes) (M — verify).
    pub struct SweepstakesFreeEntry;
    code = "L015", name = "sweepstakes-free-entry", family = "legal",
    severity = Error, summary = "a draw that purchases enter without a free entry route",
    cites = [
        (Us, "18 U.S.C. §§1301–1307; 39 U.S.C. §3001(k)", M),
        (Uk, "Gambling Act 2005 s.14, Sch. 2", S),
    ]
}

/// Entry wording that involves buying.
pub(crate) fn purchase_pattern() -> Option<&'static regex::Regex> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)(下单|消费|购买|购物|付款|满\s*\d|\border|\bpurchas|\bbuy|\bspend|\bcheckout)",
        )
        .ok()
    })
    .as_ref()
}

impl Rule for SweepstakesFreeEntry {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let us = under(ctx, &[Jurisdiction::Us]);
        if !us && !under(ctx, &[Jurisdiction::Uk]) {
            return;
        }
        for (i, p) in ctx.campaign.promotions.iter().flat_map(|p| p.iter()) {
            let PromotionKind::Lottery {
                entry, free_entry, ..
            } = &p.kind
            else {
                continue;
            };
            let Some(entry) = entry.known() else {
                continue;
            };
            if !purchase_pattern().is_some_and(|re| re.is_match(entry)) {
                continue;
            }
            if free_entry.is_none() && !ctx.has(&PLAN.promotions().item(i).free_entry()) {
                out.push(
                    Draft::new(&Self::META, PLAN.promotions().item(i).entry(), format!("purchases enter the draw `{}`, but there is no free way to enter", p.id))
                        .help("add `free_entry:` (e.g. \"mail a postcard to …\") with the same chance of winning"),
                );
                continue;
            }
            let says_no_purchase = p
                .terms
                .as_deref()
                .is_some_and(|t| t.to_lowercase().contains("no purchase necessary"));
            if us && !says_no_purchase {
                let at = if p.terms.is_some() {
                    PLAN.promotions().item(i).terms()
                } else {
                    PLAN.promotions().item(i).id()
                };
                out.push(
                    Draft::new(&Self::META, at, format!("the terms of draw `{}` do not say \"No purchase necessary\"", p.id))
                        .help("state \"No purchase necessary. A purchase will not improve your chances of winning.\" and how to enter for free"),
                );
            }
        }
    }
}
