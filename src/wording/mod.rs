//! Wording: the customer-facing text of a plan, the lexicons matched against it, and
//! the numbers its claims state. Rules read the results from the check context.

pub mod basis;
pub mod claims;
pub mod dates;
pub mod efficacy;
pub mod lexicon;
pub mod normalize;
pub mod re;
pub mod segment;

pub use lexicon::{Hit, Lexicon, LexiconFile, Term, TermKind, TermSpec};

use crate::model::{Campaign, Jurisdiction, Loc, PLAN, PromotionKind};
use serde::Deserialize;
use std::sync::{Arc, OnceLock};

/// The lexicons shipped with campspec, embedded at build time.
pub const LEXICONS: &[(&str, &str)] = &[
    ("lexicons/cn.yaml", include_str!("../../lexicons/cn.yaml")),
    ("lexicons/en.yaml", include_str!("../../lexicons/en.yaml")),
];

/// Parses one lexicon file's text.
pub fn parse_lexicon(path: &str, text: &str) -> Result<LexiconFile, String> {
    let loaded = crate::source::yaml::load(text, Default::default());
    if let Some(problem) = loaded.problems.iter().find(|p| p.kind.is_fatal()) {
        // The shipped lexicons load (tests check it); should one not, its line says
        // where (the wording of YAML problems belongs to the rules, not to this stage).
        let before = text.get(..problem.span.start).unwrap_or_default();
        let line = before.matches('\n').count().saturating_add(1);
        return Err(format!("{path}:{line}: the lexicon is not valid YAML"));
    }
    LexiconFile::deserialize(loaded.doc.reader(&Default::default()))
        .map_err(|e| format!("{path}: {e}"))
}

/// The shipped lexicons, parsed.
pub fn lexicon_files() -> Result<Vec<LexiconFile>, String> {
    LEXICONS
        .iter()
        .map(|(path, text)| parse_lexicon(path, text))
        .collect()
}

/// The shipped lexicons as the build embeds them (`build.rs`): JSON without the
/// descriptions, examples and reasons that only people and tests read, so a check does
/// not parse the YAML at every start.
const EMBEDDED_LEXICONS: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicons.json"));

/// The shipped lexicons in their embedded form (the lexicon test compares it with the
/// YAML as written).
pub fn embedded_lexicon_files() -> Result<Vec<LexiconFile>, String> {
    serde_json::from_str(EMBEDDED_LEXICONS).map_err(|e| format!("embedded lexicons: {e}"))
}

/// The shipped lexicons with the notes and citations of their terms, which a check reads
/// only to word a finding's help (`build.rs` embeds them apart from the terms).
const EMBEDDED_NOTES: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon-notes.json"));

/// The notes and citations of the shipped terms as embedded, by term id (the lexicon
/// test compares them with the YAML as written).
pub fn embedded_lexicon_notes() -> Result<Vec<(String, lexicon::TermNotes)>, String> {
    /// A lexicon file of `lexicon-notes.json`: each term's id, notes and citations.
    #[derive(Deserialize)]
    struct NotesFile {
        terms: Vec<NotesSpec>,
    }
    #[derive(Deserialize)]
    struct NotesSpec {
        id: String,
        #[serde(default)]
        note: Option<String>,
        #[serde(default)]
        note_zh: Option<String>,
        #[serde(default)]
        cite: indexmap::IndexMap<Jurisdiction, String>,
        #[serde(default)]
        cite_zh: indexmap::IndexMap<Jurisdiction, String>,
    }
    let files: Vec<NotesFile> =
        serde_json::from_str(EMBEDDED_NOTES).map_err(|e| format!("embedded lexicon notes: {e}"))?;
    Ok(files
        .into_iter()
        .flat_map(|file| file.terms)
        .map(|spec| {
            let notes = lexicon::TermNotes {
                note: spec.note,
                note_zh: spec.note_zh,
                cite: spec.cite.into_iter().collect(),
                cite_zh: spec.cite_zh.into_iter().collect(),
            };
            (spec.id, notes)
        })
        .collect())
}

/// The note and citations of a shipped term, read on first use (the first wording
/// finding shown): a clean check never parses them.
pub(crate) fn shipped_notes(id: &str) -> Option<&'static lexicon::TermNotes> {
    static NOTES: OnceLock<std::collections::HashMap<String, lexicon::TermNotes>> = OnceLock::new();
    NOTES
        .get_or_init(|| {
            embedded_lexicon_notes()
                .unwrap_or_default()
                .into_iter()
                .collect()
        })
        .get(id)
}

/// The shipped lexicons, compiled once.
pub fn default_lexicon() -> Arc<Lexicon> {
    static DEFAULT: OnceLock<Arc<Lexicon>> = OnceLock::new();
    DEFAULT
        .get_or_init(|| {
            // The shipped lexicons are verified by tests; should they ever fail to
            // compile, wording checks find nothing rather than stop campspec.
            let lexicon = embedded_lexicon_files()
                .and_then(|files| Lexicon::from_files(&files))
                .unwrap_or_else(|_| Lexicon::empty());
            Arc::new(lexicon)
        })
        .clone()
}

/// `[wording]` in `campspec.toml`: terms, exceptions and allowed phrases users add.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WordingSettings {
    /// Trademarks and product names that contain listed words but are harmless
    /// (`最佳拍档`, `No.1 Coffee`).
    #[serde(default)]
    pub allow: Vec<String>,
    /// Extra terms, in the lexicon format, with their `language` (`zh` or `en`).
    #[serde(default)]
    pub terms: Vec<UserTerm>,
    /// Extra harmless contexts for existing terms.
    #[serde(default)]
    pub exceptions: Vec<UserException>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserTerm {
    #[serde(default = "default_language")]
    pub language: String,
    #[serde(flatten)]
    pub term: TermSpec,
}

fn default_language() -> String {
    "zh".into()
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserException {
    /// The id of the term this context excuses.
    pub term: String,
    #[serde(default)]
    pub before: Option<String>,
    #[serde(default)]
    pub after: Option<String>,
    #[serde(default)]
    pub why: Option<String>,
}

impl WordingSettings {
    pub fn is_empty(&self) -> bool {
        self.allow.is_empty() && self.terms.is_empty() && self.exceptions.is_empty()
    }

    /// The shipped lexicons with this configuration applied.
    pub fn compile(&self) -> Result<Lexicon, String> {
        let mut files = embedded_lexicon_files()?;
        for user in &self.terms {
            match files.iter_mut().find(|f| f.language == user.language) {
                Some(file) => file.terms.push(user.term.clone()),
                None => files.push(LexiconFile {
                    language: user.language.clone(),
                    description: None,
                    terms: vec![user.term.clone()],
                }),
            }
        }
        for exception in &self.exceptions {
            let term = files
                .iter_mut()
                .flat_map(|f| f.terms.iter_mut())
                .find(|t| t.id == exception.term)
                .ok_or_else(|| {
                    format!("[wording] exception for unknown term `{}`", exception.term)
                })?;
            term.except.push(lexicon::ExceptSpec {
                before: exception.before.clone(),
                after: exception.after.clone(),
                why: exception.why.clone(),
            });
        }
        let mut ids = std::collections::HashSet::new();
        for term in files.iter().flat_map(|f| &f.terms) {
            if !ids.insert(term.id.as_str()) {
                return Err(format!("[wording] term id `{}` is used twice", term.id));
            }
        }
        let lexicon = Lexicon::from_files(&files)?.with_allowed(&self.allow)?;
        // The user's own patterns are compiled now, so a mistake in campspec.toml is
        // reported when the settings are read (the shipped ones are verified by tests).
        let mine: Vec<&str> = self
            .terms
            .iter()
            .map(|t| t.term.id.as_str())
            .chain(self.exceptions.iter().map(|e| e.term.as_str()))
            .collect();
        lexicon.verify_exceptions(Some(&mine))?;
        Ok(lexicon)
    }
}

/// Who a piece of customer-facing text belongs to. Ordered as [`customer_facing`]
/// lists the texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Owner {
    /// `copy[i]`.
    Copy(usize),
    /// `promotions[i]` (name, terms, prize names).
    Promotion(usize),
    /// `coupons[i]`.
    Coupon(usize),
}

/// Which field of its owner a text is. Ordered as [`customer_facing`] lists the fields
/// of one owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    CopyText,
    Name,
    Terms,
    /// A lottery's `prizes[j].name`.
    PrizeName(usize),
    /// A mystery box's `grand_prize.name`.
    GrandPrizeName,
}

/// One piece of customer-facing text.
#[derive(Clone, Debug)]
pub struct TextPlace<'a> {
    /// The text, borrowed from the plan (a large plan's copy is not held twice).
    pub text: &'a str,
    pub owner: Owner,
    pub field: Field,
}

impl TextPlace<'_> {
    /// Where the text is written (its pointer is written out only when a finding
    /// needs it: a large plan has tens of thousands of texts and few findings).
    pub fn at(&self) -> Loc {
        match (self.owner, self.field) {
            (Owner::Copy(i), _) => PLAN.copy().item(i).text(),
            (Owner::Promotion(i), field) => {
                let at = PLAN.promotions().item(i);
                match field {
                    Field::CopyText | Field::Name => at.name(),
                    Field::Terms => at.terms(),
                    Field::PrizeName(j) => at.prizes().item(j).name(),
                    Field::GrandPrizeName => at.grand_prize().name(),
                }
            }
            (Owner::Coupon(i), field) => {
                let at = PLAN.coupons().item(i);
                match field {
                    Field::Terms => at.terms(),
                    _ => at.name(),
                }
            }
        }
    }
}

/// Customer-facing text is exactly what FORMAT.md lists: copy text, every name and
/// terms of promotions and coupons, and prize names. Internal text (summaries, focus,
/// duties, risks, materials, goal names, member level names, gift names) is never
/// wording-checked.
pub fn customer_facing(campaign: &Campaign) -> Vec<TextPlace<'_>> {
    let mut out = Vec::new();
    for (i, copy) in campaign.copy.iter().flat_map(|c| c.iter()) {
        // A text that is unknown (missing or unreadable, reported) is not read.
        let Some(text) = copy.text.known() else {
            continue;
        };
        out.push(TextPlace {
            text,
            owner: Owner::Copy(i),
            field: Field::CopyText,
        });
    }
    for (i, p) in campaign.promotions.iter().flat_map(|p| p.iter()) {
        let owner = Owner::Promotion(i);
        out.push(TextPlace {
            text: &p.name,
            owner,
            field: Field::Name,
        });
        if let Some(terms) = &p.terms {
            out.push(TextPlace {
                text: terms,
                owner,
                field: Field::Terms,
            });
        }
        match &p.kind {
            PromotionKind::Lottery { prizes, .. } => {
                for (j, prize) in prizes.known().into_iter().flat_map(|l| l.iter()) {
                    out.push(TextPlace {
                        text: &prize.name,
                        owner,
                        field: Field::PrizeName(j),
                    });
                }
            }
            PromotionKind::MysteryBox {
                grand_prize: Some(prize),
                ..
            } => out.push(TextPlace {
                text: &prize.name,
                owner,
                field: Field::GrandPrizeName,
            }),
            _ => {}
        }
    }
    for (i, c) in campaign.coupons.iter().flat_map(|c| c.iter()) {
        let owner = Owner::Coupon(i);
        out.push(TextPlace {
            text: &c.name,
            owner,
            field: Field::Name,
        });
        if let Some(terms) = &c.terms {
            out.push(TextPlace {
                text: terms,
                owner,
                field: Field::Terms,
            });
        }
    }
    // Kept for the whole check: no room left over from growing.
    out.shrink_to_fit();
    out
}

/// A lexicon hit in one place.
#[derive(Clone, Debug)]
pub struct Found {
    /// Index into `Wording::places`.
    pub place: usize,
    pub hit: Hit,
}

/// The wording of one plan: its customer-facing text, the lexicon hits and the claims.
#[derive(Clone, Debug)]
pub struct Wording<'a> {
    pub lexicon: Arc<Lexicon>,
    pub places: Vec<TextPlace<'a>>,
    pub found: Vec<Found>,
    /// Claims read in the text, ordered by place (then position).
    pub claims: Claims,
    pub jurisdictions: Vec<Jurisdiction>,
    /// Promotion and coupon ids → the offer (first of each id; promotions first).
    pub offer_ids: std::collections::HashMap<&'a str, Owner>,
}

/// Promotion and coupon ids → the offer they name: the first promotion with the id,
/// else the first coupon (duplicate ids are reported by the reference rules).
pub fn offer_ids(campaign: &Campaign) -> std::collections::HashMap<&str, Owner> {
    let promotions = campaign.promotions.as_ref().map_or(0, |l| l.0.len());
    let coupons = campaign.coupons.as_ref().map_or(0, |l| l.0.len());
    let mut ids = std::collections::HashMap::with_capacity(promotions.saturating_add(coupons));
    for (i, p) in campaign.promotions.iter().flat_map(|p| p.iter()) {
        ids.entry(p.id.as_str()).or_insert(Owner::Promotion(i));
    }
    for (i, c) in campaign.coupons.iter().flat_map(|c| c.iter()) {
        ids.entry(c.id.as_str()).or_insert(Owner::Coupon(i));
    }
    ids
}

/// The claims read in a plan's text, in place order (then position within the text).
///
/// Kept in the runs the parallel scan produced, each run a span of places: joining
/// them into one vector would hold every claim twice for a moment, and a large plan
/// has over a hundred thousand.
#[derive(Clone, Debug, Default)]
pub struct Claims {
    /// Non-empty runs, in place order; all the claims of one place are in one run.
    runs: Vec<Vec<claims::Claim>>,
}

impl Claims {
    fn from_runs(runs: Vec<Vec<claims::Claim>>) -> Claims {
        let runs = runs
            .into_iter()
            .filter(|run| !run.is_empty())
            .map(|mut run| {
                run.shrink_to_fit();
                run
            })
            .collect();
        Claims { runs }
    }

    /// Every claim, in order.
    pub fn iter(&self) -> std::iter::Flatten<std::slice::Iter<'_, Vec<claims::Claim>>> {
        self.runs.iter().flatten()
    }

    pub fn len(&self) -> usize {
        self.runs.iter().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.runs.is_empty()
    }

    /// The claims read in the text at `place` (an index into `Wording::places`).
    pub fn at(&self, place: usize) -> &[claims::Claim] {
        // Runs are non-empty and in place order: the first run that does not end
        // before `place` is the only one that can hold it.
        let r = self
            .runs
            .partition_point(|run| run.last().is_some_and(|c| c.place < place));
        let Some(run) = self.runs.get(r) else {
            return &[];
        };
        let start = run.partition_point(|c| c.place < place);
        let len = run[start..].partition_point(|c| c.place == place);
        &run[start..start.saturating_add(len)]
    }
}

impl<'c> IntoIterator for &'c Claims {
    type Item = &'c claims::Claim;
    type IntoIter = std::iter::Flatten<std::slice::Iter<'c, Vec<claims::Claim>>>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// Equal when the claims are, however they are split into runs.
impl PartialEq for Claims {
    fn eq(&self, other: &Claims) -> bool {
        self.iter().eq(other.iter())
    }
}

impl<'a> Wording<'a> {
    /// Scans a plan's customer-facing text.
    pub fn of(campaign: &'a Campaign, lexicon: Arc<Lexicon>) -> Wording<'a> {
        Wording::of_lazy(campaign, || lexicon)
    }

    /// Like [`Wording::of`], asking for the lexicon only once the claims are read: a
    /// check started while the lexicon still compiles on another thread does the claim
    /// half of the work meanwhile.
    pub fn of_lazy(campaign: &'a Campaign, lexicon: impl FnOnce() -> Arc<Lexicon>) -> Wording<'a> {
        use rayon::prelude::*;
        /// Texts per parallel chunk: a typical plan has fewer and stays on one thread.
        const CHUNK: usize = 256;
        let places = customer_facing(campaign);
        let with_place = |p: usize, claims: Vec<claims::Claim>| {
            claims
                .into_iter()
                .map(move |claim| claims::Claim { place: p, ..claim })
        };
        let (lexicon, mut found, claims) = if places.len() < CHUNK {
            // A few texts: their claims first, then (the lexicon being ready by now,
            // or soon) the lexicon terms.
            let normalized: Vec<_> = places
                .iter()
                .map(|place| normalize::normalize(place.text))
                .collect();
            let claims: Vec<claims::Claim> = normalized
                .iter()
                .enumerate()
                .flat_map(|(p, text)| with_place(p, claims::extract_normalized(text)))
                .collect();
            let lexicon = lexicon();
            let found: Vec<Found> = normalized
                .iter()
                .enumerate()
                .flat_map(|(p, text)| {
                    lexicon
                        .scan_normalized(text)
                        .into_iter()
                        .map(move |hit| Found { place: p, hit })
                })
                .collect();
            (lexicon, found, Claims::from_runs(vec![claims]))
        } else {
            // Thousands of copy entries: each text is scanned once, on every core, and
            // its normalised form dropped at once. Each rayon job gathers the results
            // of its run of places; the runs, in place order, are then joined into
            // vectors of exactly their total length (claims stay ordered by place).
            claims::many_texts();
            let lexicon = lexicon();
            let mut runs: Vec<(Vec<Found>, Vec<claims::Claim>)> = places
                .par_iter()
                .enumerate()
                .with_min_len(CHUNK)
                .fold(
                    || (Vec::new(), Vec::new()),
                    |(mut found, mut claims), (p, place)| {
                        let normalized = normalize::normalize(place.text);
                        found.extend(
                            lexicon
                                .scan_normalized(&normalized)
                                .into_iter()
                                .map(|hit| Found { place: p, hit }),
                        );
                        claims.extend(with_place(p, claims::extract_normalized(&normalized)));
                        (found, claims)
                    },
                )
                .collect();
            // The hits are joined (the rules filter them by term), each run freed once
            // moved; the claims stay in their runs (joining them would hold every
            // claim twice for a moment).
            let mut found = Vec::with_capacity(runs.iter().map(|(f, _)| f.len()).sum());
            for (f, _) in &mut runs {
                found.append(&mut std::mem::take(f));
            }
            let claims = Claims::from_runs(runs.into_iter().map(|(_, c)| c).collect());
            (lexicon, found, claims)
        };
        // Two languages' terms may find the same words for the same rule (a trigger
        // such as `限时` or `limited time`): the rule hears of them once. Hits come
        // grouped by place, so only the current place's hits are remembered.
        let mut seen = std::collections::HashSet::new();
        let mut seen_place = None;
        found.retain(|f: &Found| {
            if seen_place != Some(f.place) {
                seen.clear();
                seen_place = Some(f.place);
            }
            let rule = lexicon
                .terms
                .get(f.hit.term)
                .and_then(|t| t.rule.as_deref());
            seen.insert((f.hit.start, f.hit.end, rule))
        });
        drop(seen);
        // Both are kept for the whole check: no room left over from growing.
        found.shrink_to_fit();
        let jurisdictions = campaign
            .jurisdictions
            .iter()
            .flat_map(|j| j.items().copied())
            .collect();
        Wording {
            lexicon,
            places,
            found,
            claims,
            jurisdictions,
            offer_ids: offer_ids(campaign),
        }
    }

    /// The index in `places` of `owner`'s `field`, if that text is there (by binary
    /// search: `places` is in (owner, field) order).
    pub fn place_of(&self, owner: Owner, field: Field) -> Option<usize> {
        self.places
            .binary_search_by(|t| (t.owner, t.field).cmp(&(owner, field)))
            .ok()
    }

    /// Hits of the terms that name `rule`.
    pub fn hits_of<'b>(
        &'b self,
        rule: &'b str,
    ) -> impl Iterator<Item = (&'b Found, &'b Term)> + 'b {
        self.found.iter().filter_map(move |f| {
            let term = self.lexicon.terms.get(f.hit.term)?;
            (term.rule.as_deref() == Some(rule)).then_some((f, term))
        })
    }

    pub fn applies(&self, jurisdiction: Jurisdiction) -> bool {
        self.jurisdictions.contains(&jurisdiction)
    }

    /// Whether any of the English-speaking jurisdictions applies.
    pub fn applies_en(&self) -> bool {
        self.jurisdictions
            .iter()
            .any(|j| matches!(j, Jurisdiction::Eu | Jurisdiction::Us | Jurisdiction::Uk))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `place_of` searches `places` by (owner, field): they must come in that order.
    /// On the bundled plans (copy, names, terms, prize and grand-prize names), every
    /// place is found where it is, and a text that is not there is not found.
    #[test]
    fn places_are_in_owner_and_field_order_and_found_by_them() {
        let mut fields = std::collections::HashSet::new();
        for text in crate::source::testing::bundled_plans() {
            let loaded = crate::source::yaml::load(&text, Default::default());
            let campaign = crate::model::model(&loaded.doc, &[]).campaign;
            let wording = Wording::of(&campaign, default_lexicon());
            let places = &wording.places;
            assert!(
                places
                    .windows(2)
                    .all(|w| (w[0].owner, w[0].field) < (w[1].owner, w[1].field))
            );
            for (i, place) in places.iter().enumerate() {
                assert_eq!(wording.place_of(place.owner, place.field), Some(i));
                fields.insert(std::mem::discriminant(&place.field));
            }
            assert_eq!(
                wording.place_of(Owner::Coupon(usize::MAX), Field::Name),
                None
            );
        }
        assert_eq!(
            fields.len(),
            5,
            "every kind of field is among the bundled plans"
        );
    }

    #[test]
    fn pointers_are_written_from_owner_and_field() {
        let at = |owner, field| {
            TextPlace {
                text: "",
                owner,
                field,
            }
            .at()
            .pointer()
        };
        assert_eq!(at(Owner::Copy(3), Field::CopyText), "/copy/3/text");
        assert_eq!(at(Owner::Promotion(0), Field::Name), "/promotions/0/name");
        assert_eq!(at(Owner::Promotion(2), Field::Terms), "/promotions/2/terms");
        assert_eq!(
            at(Owner::Promotion(1), Field::PrizeName(4)),
            "/promotions/1/prizes/4/name"
        );
        assert_eq!(
            at(Owner::Promotion(5), Field::GrandPrizeName),
            "/promotions/5/grand_prize/name"
        );
        assert_eq!(at(Owner::Coupon(7), Field::Name), "/coupons/7/name");
        assert_eq!(at(Owner::Coupon(8), Field::Terms), "/coupons/8/terms");
    }

    /// A plan with enough copy for the parallel scan gives, text by text, what each
    /// text gives alone: the same hits (a rule's duplicate words once per place) and
    /// the same claims, ordered by place. A house term in English for `限时` makes
    /// two languages find the same words for one rule.
    #[test]
    fn the_parallel_scan_keeps_place_order_and_per_place_results() {
        const TEXTS: [&str; 4] = [
            "限时特惠！满299减50，最好的选择，共100份",
            "Limited time only: spend $100, get $15 off. The best deal, limited time.",
            "新品上市",
            "限时 limited time 限时，每人限购2件，1月16日至2月6日",
        ];
        let mut yaml = String::from("copy:\n");
        for i in 0..700 {
            let text = TEXTS[i % TEXTS.len()];
            yaml.push_str(&format!(
                "  - {{ id: c{i}, channel: sms, text: \"{text} {i}\" }}\n"
            ));
        }
        let loaded = crate::source::yaml::load(&yaml, Default::default());
        let campaign = crate::model::model(&loaded.doc, &[]).campaign;
        let settings: WordingSettings = toml::from_str(
            r#"
[[terms]]
language = "en"
id = "house-xianshi"
kind = "trigger"
rule = "time-limit-without-end"
match = ["限时"]
"#,
        )
        .expect("settings");
        let lexicon = Arc::new(settings.compile().expect("lexicon"));
        let wording = Wording::of(&campaign, lexicon.clone());
        assert_eq!(wording.places.len(), 700);

        let mut found = Vec::new();
        let mut claims = Vec::new();
        let mut raw = 0;
        let mut seen = std::collections::HashSet::new();
        for (p, place) in wording.places.iter().enumerate() {
            let normalized = normalize::normalize(place.text);
            for hit in lexicon.scan_normalized(&normalized) {
                raw += 1;
                let rule = lexicon.terms[hit.term].rule.as_deref();
                if seen.insert((p, hit.start, hit.end, rule)) {
                    found.push((p, hit));
                }
            }
            for claim in claims::extract_normalized(&normalized) {
                claims.push(claims::Claim { place: p, ..claim });
            }
        }
        let got: Vec<(usize, Hit)> = wording
            .found
            .iter()
            .map(|f| (f.place, f.hit.clone()))
            .collect();
        assert!(found.len() > 700 && claims.len() > 700);
        assert!(raw > found.len(), "some words are found twice for one rule");
        assert_eq!(got, found);
        assert_eq!(wording.claims.iter().cloned().collect::<Vec<_>>(), claims);
        // Claims by place, as the rules ask for them, across the runs.
        for p in 0..wording.places.len() {
            let expected: Vec<_> = claims.iter().filter(|c| c.place == p).cloned().collect();
            assert_eq!(wording.claims.at(p), expected.as_slice(), "place {p}");
        }
        assert!(wording.claims.at(wording.places.len()).is_empty());
    }
}
