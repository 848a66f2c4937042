//! Rule L023 `minors-audience`: children in the audience without the protection the law gives them.

use super::hidden_fees::comma_list;
use super::read::parents;
use super::under;
use crate::i18n::Arg;
use crate::model::{Audience, Jurisdiction, Loc, PLAN, PromotionKind};
use crate::rules::{Ctx, Draft, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it checks
    ///
    /// For a plan that states its `audience` and reaches children (`min_age` below the
    /// ages below), three duties:
    ///
    /// - **Personal data needs a guardian's consent**: when the plan uses personal data
    ///   (a `compliance.personal_data` section) and its audience starts below 14 under
    ///   `CN`, 13 under `US` and `UK` or 16 under `EU`, `guardian_consent: true` must be
    ///   recorded.
    /// - **Mystery boxes** (`CN`): a `mystery_box` promotion (盲盒, 福袋) is not offered
    ///   to an audience that includes children under 8, and for minors of 8 and over
    ///   it needs `guardian_consent: true`.
    /// - **No urging children to make their parents buy** (`CN` below 14, `UK` below 16,
    ///   `EU` below 18): customer-facing text such as 叫爸爸妈妈买, 让爸妈给你买,
    ///   跟妈妈说你想要, "ask your parents to buy you one", "tell your mum you want it".
    ///   The parent words are the `minors-audience` triggers of `lexicons/cn.yaml` and
    ///   `lexicons/en.yaml`, read in their clause with an urging verb before them and a
    ///   purchase after; 让家长放心购买, 请家长陪同购买, 给妈妈买一份礼物 and "ask your
    ///   parents for permission" are not such words.
    ///
    /// A plan without `audience` is not judged: say who the campaign reaches.
    ///
    /// ## Why it matters
    ///
    /// Children cannot weigh an offer or a request for their data as adults do. China
    /// treats the personal data of under-14s as sensitive and requires a guardian's
    /// consent, forbids ads aimed at under-14s from urging them to ask their parents to
    /// buy, and SAMR's guideline bars selling mystery boxes to under-8s. COPPA requires
    /// verifiable parental consent before collecting data from under-13s; the GDPR (16,
    /// or a member state's lower age down to 13) and the UK GDPR (13) require a parent's
    /// consent for online services offered to younger children; the UCPD and the CAP
    /// Code forbid directly exhorting children to buy or to persuade their parents.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// jurisdictions: [CN]
    /// audience: { min_age: 6 }
    /// compliance:
    ///   personal_data: { profiling: false }
    /// copy:
    ///   - { id: toy, channel: app_home, text: 新年礼物，快叫爸爸妈妈买！ }
    /// ```
    ///
    /// ## Depends on
    ///
    /// `audience` (its `audience.min_age` and `audience.guardian_consent`), `compliance`
    /// (whether it has `compliance.personal_data`), `promotions[]` of type `mystery_box`,
    /// and the customer-facing text (`copy[].text`, names, terms): an audience that could
    /// not be read is not judged.
    ///
    /// ## How to fix
    ///
    /// Obtain a parent's or guardian's consent before a child signs up, gives data or
    /// buys, and record it (`guardian_consent: true`) — or raise `min_age` to the age the
    /// campaign is really for. Do not offer mystery boxes to children under 8. Speak to
    /// the parents, not through the children: 适合6岁以上儿童的新年礼物, "a gift for
    /// ages 6 and up".
    ///
    /// ## Source
    ///
    /// CN: 《广告法》 Art. 40 (ads in media for minors; ads for goods or services aimed at
    /// under-14s may not urge them to ask their parents to buy) (V), Art. 39 (no ads in
    /// schools and kindergartens or on their textbooks and uniforms; not checked: the plan
    /// has no venue field) (V); 《个人信息保护法》 Art. 31 (personal information of under-14s
    /// needs a parent's or guardian's consent and special processing rules) and Art. 28
    /// (it is sensitive) (V); SAMR 《盲盒经营行为规范指引（试行）》 (2023) (no sale to
    /// under-8s; a guardian's consent for minors of 8 and over) (S — verify the article).
    /// EU: GDPR Art. 8 (a child's consent to information society services from 16; member
    /// states may lower it to 13) (S); UCPD 2005/29/EC Annex I point 28 (direct exhortation
    /// to children to buy or to persuade their parents) (S). US: COPPA, 15 U.S.C.
    /// §§6501–6506, and 16 CFR Part 312 (verifiable parental consent for under-13s) (S).
    /// UK: UK GDPR Art. 8 with the Data Protection Act 2018 s.9 (13) (S); CAP Code
    /// section 5 (children), rule 5.9 on direct exhortation (S — verify the rule number);
    /// ICO Age Appropriate Design Code (S).
    pub struct MinorsAudience;
    code = "L023", name = "minors-audience", family = "legal",
    severity = Error, summary = "children in the audience without the protection the law gives them",
    cites = [
        (Cn, "《广告法》 Art. 40; 《个人信息保护法》 Art. 31", V),
        (Cn, "SAMR 《盲盒经营行为规范指引（试行）》 (2023)", S),
        (Eu, "GDPR Art. 8; UCPD 2005/29/EC Annex I point 28", S),
        (Us, "COPPA, 15 U.S.C. §§6501–6506; 16 CFR Part 312", S),
        (Uk, "Data Protection Act 2018 s.9; CAP Code section 5", S),
    ]
}

/// Below which age each jurisdiction asks a guardian's consent for a child's data.
const DATA_AGES: &[(Jurisdiction, u64)] = &[
    (Jurisdiction::Cn, 14),
    (Jurisdiction::Us, 13),
    (Jurisdiction::Eu, 16),
    (Jurisdiction::Uk, 13),
];

/// Below which age each jurisdiction forbids urging children to make their parents buy.
const EXHORTATION_AGES: &[(Jurisdiction, u64)] = &[
    (Jurisdiction::Cn, 14),
    (Jurisdiction::Eu, 18),
    (Jurisdiction::Uk, 16),
];

/// The youngest age a mystery box may be sold to in China, and the age of majority.
const MYSTERY_BOX_AGE: u64 = 8;
const ADULT: u64 = 18;

impl Rule for MinorsAudience {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let all = [
            Jurisdiction::Cn,
            Jurisdiction::Eu,
            Jurisdiction::Us,
            Jurisdiction::Uk,
        ];
        if !under(ctx, &all) {
            return;
        }
        let Some(audience) = &ctx.campaign.audience else {
            return;
        };
        if !ctx.clean(&PLAN.audience().min_age()) {
            return;
        }
        // An unreadable `guardian_consent` withholds only what depends on it.
        let consent = ctx
            .clean(&PLAN.audience().guardian_consent())
            .then_some(audience.guardian_consent == Some(true));
        if consent == Some(false) {
            personal_data(ctx, audience, out);
        }
        if under(ctx, &[Jurisdiction::Cn]) {
            mystery_boxes(ctx, audience, consent, out);
        }
        words(ctx, audience.min_age.0, out);
    }
}

/// Where the finding about consent is shown: the recorded `guardian_consent: false`, or
/// the age when consent is not mentioned.
fn consent_at(audience: &Audience) -> Loc {
    match audience.guardian_consent {
        Some(_) => PLAN.audience().guardian_consent(),
        None => PLAN.audience().min_age(),
    }
}

/// Children's personal data without a guardian's consent.
fn personal_data(ctx: &Ctx<'_>, audience: &Audience, out: &mut Vec<Draft>) {
    let Some(compliance) = &ctx.campaign.compliance else {
        return;
    };
    if compliance.personal_data.is_none() {
        return;
    }
    let min = audience.min_age.0;
    let ages: Vec<Arg> = DATA_AGES
        .iter()
        .filter(|(j, age)| min < *age && under(ctx, &[*j]))
        .map(|(j, age)| msg!("l023-under-age", age = age, jurisdiction = j.code()).into())
        .collect();
    if ages.is_empty() {
        return;
    }
    out.push(
        Draft::new(
            &MinorsAudience::META,
            consent_at(audience),
            msg!("l023-personal-data", min = min, ages = comma_list(ages)),
        )
        .related(
            PLAN.compliance().personal_data(),
            msg!("l023-the-personal-data"),
        )
        .help(msg!("l023-personal-data-help")),
    );
}

/// Mystery boxes offered to children (CN).
/// `consent` is `None` when `guardian_consent` could not be read.
fn mystery_boxes(ctx: &Ctx<'_>, audience: &Audience, consent: Option<bool>, out: &mut Vec<Draft>) {
    let min = audience.min_age.0;
    if min >= ADULT {
        return;
    }
    for (at, promotion) in ctx.campaign.promotions_at() {
        if !matches!(promotion.kind, PromotionKind::MysteryBox { .. }) {
            continue;
        }
        let name = &promotion.name;
        let (message, help) = if min < MYSTERY_BOX_AGE {
            (
                msg!(
                    "l023-box-under-8",
                    name = name,
                    min = min,
                    limit = MYSTERY_BOX_AGE
                ),
                msg!("l023-box-under-8-help", limit = MYSTERY_BOX_AGE),
            )
        } else if consent == Some(false) {
            (
                msg!("l023-box-minors", name = name, min = min),
                msg!("l023-box-minors-help"),
            )
        } else {
            continue;
        };
        out.push(
            Draft::new(&MinorsAudience::META, at.id(), message)
                .related(PLAN.audience().min_age(), msg!("l023-youngest-age"))
                .help(help),
        );
    }
}

/// Customer-facing text that urges children to make their parents buy.
fn words(ctx: &Ctx<'_>, min: u64, out: &mut Vec<Draft>) {
    let applies = EXHORTATION_AGES
        .iter()
        .any(|(j, age)| min < *age && under(ctx, &[*j]));
    if !applies {
        return;
    }
    let Some(wording) = ctx.wording else { return };
    for (index, words) in super::trigger_ranges_by_place(wording, MinorsAudience::META.name) {
        let Some(place) = wording.places.get(index) else {
            continue;
        };
        for (start, end) in parents::exhortations(place.text, &words) {
            let Some(text) = place.text.get(start..end) else {
                continue;
            };
            out.push(
                Draft::text(
                    &MinorsAudience::META,
                    place.at(),
                    start,
                    end,
                    msg!("l023-exhortation", text = text, min = min),
                )
                .help(msg!("l023-exhortation-help")),
            );
        }
    }
}
