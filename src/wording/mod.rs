//! Wording: the customer-facing text of a plan, the lexicons matched against it, and
//! the numbers its claims state. Rules read the results from the check context.

pub mod claims;
pub mod lexicon;
pub mod normalize;

pub use lexicon::{Hit, Lexicon, LexiconFile, Term, TermKind, TermSpec};

use crate::model::{Campaign, Jurisdiction, PromotionKind};
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
        return Err(format!("{path}: {}", problem.message));
    }
    serde_json::from_value(loaded.value).map_err(|e| format!("{path}: {e}"))
}

/// The shipped lexicons, parsed.
pub fn lexicon_files() -> Result<Vec<LexiconFile>, String> {
    LEXICONS
        .iter()
        .map(|(path, text)| parse_lexicon(path, text))
        .collect()
}

/// The shipped lexicons, compiled once.
pub fn default_lexicon() -> Arc<Lexicon> {
    static DEFAULT: OnceLock<Arc<Lexicon>> = OnceLock::new();
    DEFAULT
        .get_or_init(|| {
            // The shipped lexicons are verified by tests; should they ever fail to
            // compile, wording checks find nothing rather than stop campspec.
            let lexicon = lexicon_files()
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
        let mut files = lexicon_files()?;
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

/// Who a piece of customer-facing text belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    /// `copy[i]`.
    Copy(usize),
    /// `promotions[i]` (name, terms, prize names).
    Promotion(usize),
    /// `coupons[i]`.
    Coupon(usize),
}

/// Which field of its owner a text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    CopyText,
    Name,
    Terms,
    PrizeName,
}

/// One piece of customer-facing text.
#[derive(Clone, Debug)]
pub struct TextPlace<'a> {
    pub pointer: String,
    /// The text, borrowed from the plan (a large plan's copy is not held twice).
    pub text: &'a str,
    pub owner: Owner,
    pub field: Field,
}

/// Customer-facing text is exactly what FORMAT.md lists: copy text, every name and
/// terms of promotions and coupons, and prize names. Internal text (summaries, focus,
/// duties, risks, materials, goal names, member level names, gift names) is never
/// wording-checked.
pub fn customer_facing(campaign: &Campaign) -> Vec<TextPlace<'_>> {
    let mut out = Vec::new();
    for (i, copy) in campaign.copy.iter().flat_map(|c| c.iter()) {
        out.push(TextPlace {
            pointer: format!("/copy/{i}/text"),
            text: &copy.text,
            owner: Owner::Copy(i),
            field: Field::CopyText,
        });
    }
    for (i, p) in campaign.promotions.iter().flat_map(|p| p.iter()) {
        let owner = Owner::Promotion(i);
        out.push(TextPlace {
            pointer: format!("/promotions/{i}/name"),
            text: &p.name,
            owner,
            field: Field::Name,
        });
        if let Some(terms) = &p.terms {
            out.push(TextPlace {
                pointer: format!("/promotions/{i}/terms"),
                text: terms,
                owner,
                field: Field::Terms,
            });
        }
        match &p.kind {
            PromotionKind::Lottery { prizes, .. } => {
                for (j, prize) in prizes.iter() {
                    out.push(TextPlace {
                        pointer: format!("/promotions/{i}/prizes/{j}/name"),
                        text: &prize.name,
                        owner,
                        field: Field::PrizeName,
                    });
                }
            }
            PromotionKind::MysteryBox {
                grand_prize: Some(prize),
                ..
            } => out.push(TextPlace {
                pointer: format!("/promotions/{i}/grand_prize/name"),
                text: &prize.name,
                owner,
                field: Field::PrizeName,
            }),
            _ => {}
        }
    }
    for (i, c) in campaign.coupons.iter().flat_map(|c| c.iter()) {
        let owner = Owner::Coupon(i);
        out.push(TextPlace {
            pointer: format!("/coupons/{i}/name"),
            text: &c.name,
            owner,
            field: Field::Name,
        });
        if let Some(terms) = &c.terms {
            out.push(TextPlace {
                pointer: format!("/coupons/{i}/terms"),
                text: terms,
                owner,
                field: Field::Terms,
            });
        }
    }
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
    pub claims: Vec<claims::Claim>,
    pub jurisdictions: Vec<Jurisdiction>,
    /// Promotion and coupon ids → the offer (first of each id; promotions first).
    pub offer_ids: std::collections::HashMap<&'a str, Owner>,
}

/// Promotion and coupon ids → the offer they name: the first promotion with the id,
/// else the first coupon (duplicate ids are reported by the reference rules).
pub fn offer_ids(campaign: &Campaign) -> std::collections::HashMap<&str, Owner> {
    let mut ids = std::collections::HashMap::new();
    for (i, p) in campaign.promotions.iter().flat_map(|p| p.iter()) {
        ids.entry(p.id.as_str()).or_insert(Owner::Promotion(i));
    }
    for (i, c) in campaign.coupons.iter().flat_map(|c| c.iter()) {
        ids.entry(c.id.as_str()).or_insert(Owner::Coupon(i));
    }
    ids
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
            (lexicon, found, claims)
        } else {
            // Thousands of copy entries: each text is scanned once, on every core, and
            // its normalised form dropped at once. Results are concatenated in place
            // order (claims stay ordered by place).
            let lexicon = lexicon();
            let per_place: Vec<(Vec<Found>, Vec<claims::Claim>)> = places
                .par_iter()
                .enumerate()
                .with_min_len(CHUNK)
                .map(|(p, place)| {
                    let normalized = normalize::normalize(place.text);
                    let found = lexicon
                        .scan_normalized(&normalized)
                        .into_iter()
                        .map(|hit| Found { place: p, hit })
                        .collect();
                    let claims = with_place(p, claims::extract_normalized(&normalized)).collect();
                    (found, claims)
                })
                .collect();
            let mut found = Vec::new();
            let mut claims = Vec::new();
            for (f, c) in per_place {
                found.extend(f);
                claims.extend(c);
            }
            (lexicon, found, claims)
        };
        // Two languages' terms may find the same words for the same rule (a trigger
        // such as `限时` or `limited time`): the rule hears of them once.
        let mut seen = std::collections::HashSet::new();
        found.retain(|f: &Found| {
            let rule = lexicon
                .terms
                .get(f.hit.term)
                .and_then(|t| t.rule.as_deref());
            seen.insert((f.place, f.hit.start, f.hit.end, rule))
        });
        drop(seen);
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
