//! Rule L020 `add-on-preselected`: a paid add-on or tie-in is selected for the customer by default.

use super::under;
use crate::model::{Jurisdiction, PLAN};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// For plans under `CN`, `EU` or `UK`, every entry of `add_ons` — something extra the
    /// customer can take with an order: shipping insurance (运费险), an extended warranty,
    /// a membership, a trial that turns into a paid plan — that costs money (`price`
    /// above 0) must not be `preselected`. An add-on the customer must tick themselves
    /// (`preselected: false`) passes, and so does a preselected one that costs nothing.
    /// A free trial that turns into a paid plan is written with the price it turns into,
    /// so a preselected trial is reported too.
    ///
    /// ## Why it matters
    ///
    /// A box ticked in advance turns the customer's silence into a purchase. Chinese law
    /// requires a tie-in (搭售) to be pointed out prominently and forbids making it a
    /// default option; in the EU and the UK a payment beyond the main price needs the
    /// customer's express consent, and consent inferred from a pre-ticked box does not
    /// count — the customer is entitled to the money back.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [CN]
    /// add_ons:
    ///   - { id: shipping-insurance, name: 运费险, price: 3, preselected: true }
    /// ```
    ///
    /// ## Depends on
    ///
    /// `add_ons[].price`, `add_ons[].preselected`: an add-on whose price or preselection
    /// is unknown is not judged.
    ///
    /// ## How to fix
    ///
    /// Leave the add-on unselected and let the customer choose it (`preselected: false`),
    /// with its price shown next to the choice; in China also point the tie-in out
    /// prominently before the order is placed.
    ///
    /// ## Source
    ///
    /// CN: 《电子商务法》 Art. 19 (a tie-in must be pointed out prominently and must not be a
    /// default option) (V), penalty Art. 77 (V). EU: Consumer Rights Directive 2011/83/EU
    /// Art. 22 (additional payments need express consent, not a default option) (S — verify).
    /// UK: Consumer Contracts (Information, Cancellation and Additional Charges)
    /// Regulations 2013 reg. 40 (S — verify).
    pub struct AddOnPreselected;
    code = "L020", name = "add-on-preselected", family = "legal",
    severity = Error, summary = "a paid add-on or tie-in is selected for the customer by default",
    cites = [
        (Cn, "《电子商务法》 Art. 19", V),
        (Eu, "Directive 2011/83/EU Art. 22", S),
        (Uk, "Consumer Contracts Regulations 2013 reg. 40", S),
    ]
}

impl Rule for AddOnPreselected {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if !under(ctx, &[Jurisdiction::Cn, Jurisdiction::Eu, Jurisdiction::Uk]) {
            return;
        }
        let Some(add_ons) = &ctx.campaign.add_ons else {
            return;
        };
        for (at, add_on) in add_ons.iter_at(PLAN.add_ons()) {
            let (Some(true), Some(price)) = (add_on.preselected.known(), add_on.price.known())
            else {
                continue;
            };
            if price.amount <= rust_decimal::Decimal::ZERO {
                continue;
            }
            out.push(
                Draft::new(
                    &Self::META,
                    at.preselected(),
                    msg!(
                        "l020-preselected",
                        name = &add_on.name,
                        price = ctx.money(price.amount),
                    ),
                )
                .related(at.price(), msg!("l020-cost"))
                .help(msg!("l020-help")),
            );
        }
    }
}
