//! Rule L018 `uk-reference-price`: a UK was/RRP price without its basis.

use super::{FormerBasis, former_basis, former_price_words, offers_of, offers_unknown, under};
use crate::i18n::Msg;
use crate::model::{At, Jurisdiction, Loc, PLAN, Phase, Promotion};
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::claims::{Offer, offer_period};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// For plans under `UK`, text comparing with a reference price — "was", "previously",
    /// "RRP", "compare at", "usual price", "worth £75" (the former-price trigger words in
    /// `lexicons/en.yaml`, shared with `us-former-price`) — must belong to or advertise a
    /// promotion whose `reference_price` shows the comparison is genuine:
    ///
    /// - the trader's own earlier price (`former_price`, `last_price`, `lowest_30d`) with
    ///   the days it was charged (`days`), at least as many as the reduced price runs (the
    ///   promotion's phases, or the plan's window): a higher price charged for a shorter
    ///   time than the promotional one is not the usual selling price;
    /// - a price set by others — an RRP (`msrp`), a counter or tag price — with `evidence`
    ///   that the product is generally sold at it.
    ///
    /// Copy that states the basis next to the price ("Was £120 (our price 1 Oct – 28 Oct)")
    /// is not flagged. When the promotion's run or reference price could not be read, the
    /// finding is withheld. A plan under `UK` and `US` gets this finding and `us-former-price`
    /// (L010) at the same words when both fail: the two laws ask different things (a period
    /// longer than the sale; 28 days), and each finding cites its own. `eu-prior-price`
    /// (L009) reads other words (reductions, "sale", "x% off"), so a plan under `UK` and
    /// `EU` gets at most one finding per word.
    ///
    /// ## Why it matters
    ///
    /// A reference price must be a genuine, established usual selling price: recent, charged
    /// for longer than the promotional price, and — for an RRP — the price the product is
    /// generally sold at. An inflated or short-lived "was" price misleads about the saving.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [UK]
    /// copy:
    ///   - { id: hero, channel: email, text: Was £120, now £59, advertises: [sofa-sale] }
    /// # promotion `sofa-sale` has no reference_price
    /// ```
    ///
    /// ## Depends on
    ///
    /// The advertised promotions' reference price (`promotions[].reference_price`) and, for
    /// the trader's own earlier price, their run: the phases they name
    /// (`promotions[].phases`, `phases`, `phases[].start`, `phases[].end`), a member
    /// price's `promotions[].early_access_days`, or the plan's `window`.
    ///
    /// ## How to fix
    ///
    /// Add `reference_price: { basis: former_price, days: …, evidence: … }` to the promotion,
    /// with the days the higher price was charged (at least as long as the sale runs), or
    /// `{ basis: msrp, evidence: … }` for an RRP; or state the basis in the copy.
    ///
    /// ## Source
    ///
    /// CAP Code 3.39 (the basis of a price comparison must be clear) and 3.40 (no false
    /// price advantage; an RRP that differs significantly from the price the product is
    /// generally sold at misleads) (S — verify); ASA/CAP advice "Promotional savings claims"
    /// (a reference price is the usual selling price, generally charged for longer than the
    /// promotional price) (S); CTSI Guidance for Traders on Pricing Practices (2016, updated
    /// 2025-08) (S); DMCC Act 2024 Part 4 Ch. 1 (misleading actions, s. 226) (S — verify).
    pub struct UkReferencePrice;
    code = "L018", name = "uk-reference-price", family = "legal",
    severity = Warning, summary = "a UK was/RRP price without its basis",
    cites = [
        (Uk, "CAP Code 3.39–3.40; CTSI Guidance for Traders on Pricing Practices", S),
    ]
}

/// What the advertised promotions show for one reference-price comparison.
enum Verdict {
    /// Some promotion supports it.
    Supported,
    /// The verdict would rest on a value that could not be read.
    Unknown,
    /// No advertised promotion states a reference price.
    Missing,
    /// Promotion `i` states its own earlier price, but not for how long.
    NoPeriod(usize),
    /// Promotion `i`'s earlier price was charged for `days`, fewer than the `run` days
    /// of the reduced price.
    TooShort { i: usize, days: u64, run: u64 },
    /// Promotion `i` compares with a price set by others without evidence.
    NoEvidence(usize),
}

impl Verdict {
    /// How much the verdict says (the most telling problem wins, a support over all).
    fn rank(&self) -> u8 {
        match self {
            Verdict::Missing => 0,
            Verdict::NoPeriod(_) | Verdict::NoEvidence(_) => 1,
            Verdict::TooShort { .. } => 2,
            Verdict::Unknown => 3,
            Verdict::Supported => 4,
        }
    }
}

/// The days promotion `i` runs, first and last day included: `None` when what the run
/// is computed from — the phases it names and their dates, or the plan's window, and a
/// member price's early access — could not be read (its other fields do not matter).
fn run_days(ctx: &Ctx<'_>, i: usize, promotion: &Promotion) -> Option<u64> {
    let at = PLAN.promotions().item(i);
    let known = ctx.clean(&Loc::from(at.phases()))
        && ctx.clean(&at.early_access_days())
        && match &promotion.phases {
            Some(ids) => ctx.named_items_known(
                &PLAN.phases(),
                ids.items().map(|id| id.as_str()),
                &[At::<Phase>::start, At::<Phase>::end],
            ),
            None => ctx.clean(&PLAN.window()),
        };
    if !known {
        return None;
    }
    let (from, to, _) = offer_period(ctx.campaign, &Offer::Promotion(i, promotion))?;
    let days = from.until(to).ok()?.get_days();
    u64::try_from(days).ok()?.checked_add(1)
}

/// The verdict of one advertised offer.
fn verdict_of(ctx: &Ctx<'_>, offer: &Offer<'_>) -> Verdict {
    let Offer::Promotion(i, p) = offer else {
        return Verdict::Missing;
    };
    if !ctx.clean(&Loc::from(PLAN.promotions().item(*i).reference_price())) {
        return Verdict::Unknown;
    }
    match former_basis(p) {
        None => Verdict::Missing,
        Some(FormerBasis::Others { evidenced: true }) => Verdict::Supported,
        Some(FormerBasis::Others { evidenced: false }) => Verdict::NoEvidence(*i),
        Some(FormerBasis::Own { days: None }) => Verdict::NoPeriod(*i),
        Some(FormerBasis::Own { days: Some(days) }) => match run_days(ctx, *i, p) {
            None => Verdict::Unknown,
            Some(run) if days >= run => Verdict::Supported,
            Some(run) => Verdict::TooShort { i: *i, days, run },
        },
    }
}

impl Rule for UkReferencePrice {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        if !under(ctx, &[Jurisdiction::Uk]) {
            return;
        }
        for trigger in former_price_words(wording) {
            if offers_unknown(ctx, trigger.place.owner) {
                continue;
            }
            let offers = offers_of(ctx, trigger.place.owner);
            let verdict = offers
                .iter()
                .map(|o| verdict_of(ctx, o))
                .max_by_key(Verdict::rank)
                .unwrap_or(Verdict::Missing);
            let words = trigger.words;
            let at = || PLAN.promotions();
            let draft = |message: Msg| {
                Draft::text(
                    &Self::META,
                    trigger.place.at(),
                    trigger.start,
                    trigger.end,
                    message,
                )
            };
            let id = |i: usize| {
                ctx.campaign
                    .promotions
                    .as_ref()
                    .and_then(|l| l.get(i))
                    .map_or("", |p| p.id.as_str())
            };
            let finding = match verdict {
                Verdict::Supported | Verdict::Unknown => continue,
                Verdict::Missing => {
                    let mut d =
                        draft(msg!("l018-missing", words = words)).help(msg!("l018-missing-help"));
                    if let Some(o) = offers.first() {
                        d = d.related(o.id_at(), msg!("l018-no-reference-price-here"));
                    }
                    d
                }
                Verdict::NoPeriod(i) => draft(msg!("l018-no-period", words = words, id = id(i)))
                    .related(
                        Loc::from(at().item(i).reference_price()),
                        msg!("l018-the-reference-price"),
                    )
                    .help(msg!("l018-no-period-help")),
                Verdict::TooShort { i, days, run } => draft(msg!(
                    "l018-too-short",
                    words = words,
                    id = id(i),
                    days = days,
                    run = run
                ))
                .related(
                    at().item(i).reference_price().days(),
                    msg!("l018-days-charged"),
                )
                .help(msg!("l018-too-short-help")),
                Verdict::NoEvidence(i) => {
                    draft(msg!("l018-no-evidence", words = words, id = id(i)))
                        .related(
                            Loc::from(at().item(i).reference_price()),
                            msg!("l018-the-reference-price"),
                        )
                        .help(msg!("l018-no-evidence-help"))
                }
            };
            out.push(finding);
        }
    }
}
