//! Rule W006 `en-superlative-claim`: an unsubstantiated superlative in English copy.

use super::{en, report};
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::{TermKind, Wording};
use crate::{declare_rule, msg};
use std::sync::OnceLock;

declare_rule! {
    /// ## What it checks
    ///
    /// English customer-facing text should not use superlative or ranking claims that
    /// need proof: "best ever", "#1", "number one", "world's first", "unbeatable",
    /// "lowest price", "cheapest" and similar words from `lexicons/en.yaml`. Harmless
    /// phrases are not flagged ("best before", "best regards", "first order",
    /// "first-time customers", "first come, first served", "order #1"). Checked for
    /// plans with `EU`, `US` or `UK` in `jurisdictions`.
    ///
    /// A superlative of any adjective (softest, comfiest, most comfortable) becomes an
    /// objective claim with a scope after it in the same clause, at most six words on
    /// (the `scope` triggers: "ever", "you will ever", "of all time", "on the planet"):
    /// "our softest towels ever", "the most comfortable trainers you will ever own". Words
    /// that only end like a superlative (interest, honest, latest) are not read as one.
    /// "Perfect" is an info as puffery, and a warning as a result the product gives
    /// ("perfect skin in seconds", "flawless complexion").
    ///
    /// ## Why it matters
    ///
    /// Objective claims must be substantiated before they are made; "#1" or "lowest
    /// price" without evidence is a misleading claim in all three jurisdictions.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// copy:
    ///   - { id: hero, channel: web, text: Our lowest prices ever — the #1 gift box! }
    /// ```
    ///
    /// ## How to fix
    ///
    /// Keep evidence for the claim and qualify it (source, period), or rephrase
    /// ("our biggest sale of the year").
    ///
    /// ## Source
    ///
    /// US: FTC Act §5 and the FTC Policy Statement Regarding Advertising Substantiation
    /// (1984); UK: CAP Code rule 3.7 (substantiation) and DMCC Act 2024 s.226 (misleading
    /// actions); EU: Unfair Commercial Practices Directive 2005/29/EC Art. 6(1).
    /// Confidence: S/M — verify; puffery ("the best coffee in town") may be lawful.
    pub struct EnSuperlativeClaim;
    code = "W006", name = "en-superlative-claim", family = "wording",
    severity = Warning, summary = "an unsubstantiated superlative in English copy",
    cites = [
        (Eu, "UCPD 2005/29/EC Art. 6(1)", S),
        (Us, "FTC Act §5; FTC advertising substantiation policy", S),
        (Uk, "CAP Code 3.7; DMCC Act 2024 s.226", S),
    ]
}

impl Rule for EnSuperlativeClaim {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        if !en(ctx) {
            return;
        }
        report(ctx, &Self::META, out, |f| {
            Some((msg!("w006-claim", words = f.words), msg!("w006-help"), None))
        });
        let Some(wording) = ctx.wording else { return };
        for (place, start, end) in scoped_superlatives(wording, Self::META.name) {
            let Some(text) = wording.places.get(place) else {
                continue;
            };
            let words = text.text.get(start..end).unwrap_or("");
            out.push(
                Draft::text(
                    &Self::META,
                    text.at(),
                    start,
                    end,
                    msg!("w006-scoped", words = words),
                )
                .help(msg!("w006-help")),
            );
        }
    }
}

/// Words ending in -est that are no superlative.
const NOT_SUPERLATIVE: &[&str] = &[
    "arrest", "attest", "behest", "bequest", "chest", "conquest", "contest", "crest", "detest",
    "digest", "earnest", "everest", "fest", "forest", "guest", "harvest", "honest", "infest",
    "ingest", "inquest", "interest", "invest", "jest", "latest", "lest", "manifest", "midwest",
    "modest", "nest", "pest", "priest", "protest", "quest", "request", "rest", "suggest",
    "tempest", "test", "unrest", "vest", "west", "zest",
];

/// A superlative: most/least + a word, best, worst, or a word in -est.
fn superlative() -> Option<&'static regex::Regex> {
    static RE: OnceLock<Option<regex::Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)(?-u:\b)(?:(?:most|least)[ -]+[a-z][a-z-]*|best|worst|[a-z]{2,}est)(?-u:\b)",
        )
        .ok()
    })
    .as_ref()
}

/// (place, start, end) of every superlative followed, in its clause and at most six
/// words on, by a `scope` trigger of `rule` ("softest towels ever"); not where a flag
/// term of the rule already covers the superlative.
fn scoped_superlatives(wording: &Wording<'_>, rule: &str) -> Vec<(usize, usize, usize)> {
    let Some(re) = superlative() else {
        return Vec::new();
    };
    let flagged: Vec<(usize, usize, usize)> = wording
        .hits_of(rule)
        .filter(|(_, t)| t.kind == TermKind::Flag)
        .map(|(f, _)| (f.place, f.hit.start, f.hit.end))
        .collect();
    let mut out = Vec::new();
    for (found, term) in wording.hits_of(rule) {
        if term.kind != TermKind::Trigger || term.group.as_deref() != Some("scope") {
            continue;
        }
        let Some(place) = wording.places.get(found.place) else {
            continue;
        };
        let Some(before) = place.text.get(..found.hit.start) else {
            continue;
        };
        // The clause before the scope.
        let from = before
            .rfind(['.', ',', ';', ':', '!', '?', '\n', '(', ')', '—', '–'])
            .map_or(0, |i| i.saturating_add(1));
        let clause = &before[from..];
        let nearest = re
            .find_iter(clause)
            .filter(|m| {
                let word = m.as_str().to_ascii_lowercase();
                !NOT_SUPERLATIVE.contains(&word.as_str())
            })
            .last();
        let Some(m) = nearest else { continue };
        if clause[m.end()..].split_whitespace().count() > 6 {
            continue;
        }
        let (start, end) = (from.saturating_add(m.start()), found.hit.end);
        let covered = flagged
            .iter()
            .any(|&(p, s, e)| p == found.place && s < end && start < e);
        if !covered {
            out.push((found.place, start, end));
        }
    }
    out
}
