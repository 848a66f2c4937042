//! Rule W010 `en-final-decision-clause`: terms that let the trader alone interpret them or
//! decide every dispute, in English.

use super::{en, report};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// English terms should not give the trader the exclusive right to interpret them or
    /// to decide every matter with finality: "we reserve the right to interpret these
    /// terms", "the right of final interpretation", "our decision is final in all
    /// matters", "the company's decision is final and binding" and similar phrases from
    /// `lexicons/en.yaml` — the English counterpart of 最终解释权 (W005). Checked for plans
    /// with `EU`, `US` or `UK` in `jurisdictions`.
    ///
    /// Not read as such a clause: the judges' decision on a competition's winners ("the
    /// judges' decision is final", "the judging panel's decision is final and no
    /// correspondence will be entered into"), which UK prize promotions commonly state and
    /// CAP Code rule 8.17 does not object to when the judging is described; rules of
    /// interpretation in a contract ("headings do not affect the interpretation of these
    /// terms"); the law that governs the terms.
    ///
    /// ## Why it matters
    ///
    /// A term giving the trader the exclusive right to interpret the contract, or to
    /// decide whether it has performed it, is on the indicative list of terms that may be
    /// unfair and then do not bind the consumer; regulators ask traders to remove such
    /// terms, and customers who read them as "you have no recourse" complain.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// promotions:
    ///   - { id: sale, type: discount, name: Winter sale, discount: 20%, terms: "The company's decision is final in all matters relating to this promotion." }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Remove the clause; say how questions and complaints are handled instead ("contact
    /// us at …"), and, for a competition, how the winners are chosen and who judges.
    ///
    /// ## Source
    ///
    /// UK: Consumer Rights Act 2015 Sch. 2 Part 1 para 16 (a term giving the trader the
    /// right to decide whether the goods or services conform to the contract, or the
    /// exclusive right to interpret any term) and s.62 (unfair terms do not bind the
    /// consumer); CMA guidance on unfair contract terms (CMA37) (S — verify). EU: Unfair
    /// Contract Terms Directive 93/13/EEC Art. 3(3) and Annex point 1(m) (S — verify). US:
    /// no such list; FTC Act §5 where the clause misleads about consumers' rights (S —
    /// verify). Judges' decisions in prize promotions: CAP Code rule 8.17 (S — verify).
    pub struct EnFinalDecisionClause;
    code = "W010", name = "en-final-decision-clause", family = "wording",
    severity = Warning, summary = "terms that let the trader alone interpret them or decide every dispute",
    cites = [
        (Eu, "Directive 93/13/EEC Art. 3(3), Annex 1(m)", S),
        (Us, "FTC Act §5", S),
        (Uk, "Consumer Rights Act 2015 s.62, Sch. 2 para 16", S),
    ]
}

impl Rule for EnFinalDecisionClause {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if !en(ctx) {
            return;
        }
        report(ctx, &Self::META, out, |f| {
            Some((msg!("w010-claim", words = f.words), msg!("w010-help"), None))
        });
    }
}
