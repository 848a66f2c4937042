//! The registry: every rule, in code order, with lookup by code or name, the one table
//! mapping the problems the loader and the schema stage find to their rules, and the
//! generated rule reference (`docs/rules.md`).

use super::{
    Meta, Rule, Words, budget, cart, dates, goals, internal, legal, money, pricing, refs, schema,
    values, waivers, wording, yaml,
};
use crate::i18n::Msg;
use crate::schema::{IssueFacts, IssueKind};
use crate::source::{LoadFacts, ProblemKind};
use std::fmt::Write;

/// Every rule campspec has, sorted by code. Codes are stable and never reused.
static RULES: &[&dyn Rule] = &[
    &budget::LinesOverTotal,
    &budget::LinesUnderTotal,
    &budget::PhaseBudgetSum,
    &waivers::WaiverExpired,
    &waivers::WaiverUnused,
    &waivers::WaiverInvalid,
    &dates::StartAfterEnd,
    &dates::OutsideWindow,
    &dates::PhaseOverlap,
    &dates::PhaseGap,
    &dates::MaterialLate,
    &dates::CouponOutsideWindow,
    &dates::ApprovalAfterStart,
    &goals::UnitMismatch,
    &goals::GrowthMismatch,
    &goals::UnmeasurableGoal,
    &goals::PartsSum,
    &goals::PhaseTargetSum,
    &internal::InternalError,
    &cart::CartUnknownReference,
    &cart::CartOutsideWindow,
    &cart::CartPlan,
    &legal::ClaimMismatch,
    &legal::CnGiftDisclosure,
    &legal::TimeLimitWithoutEnd,
    &legal::QuantityLimitWithoutNumber,
    &legal::CnPrizeCap,
    &legal::CnPrizeDisclosure,
    &legal::CnPrizeRecords,
    &legal::CnReferencePrice,
    &legal::EuPriorPrice,
    &legal::UsFormerPrice,
    &legal::MarketingOptOut,
    &legal::ProfilingConsent,
    &legal::FalseUrgency,
    &legal::FreeClaimConditions,
    &legal::SweepstakesFreeEntry,
    &legal::UkPrizeTerms,
    &legal::WeekdayMismatch,
    &legal::UkReferencePrice,
    &legal::GiftNotNamed,
    &legal::AddOnPreselected,
    &legal::RewardedReviews,
    &legal::AdNotIdentifiable,
    &legal::MinorsAudience,
    &legal::MessageConsent,
    &legal::HiddenFees,
    &legal::ConditionalPrice,
    &legal::AutoRenewalTerms,
    &money::LiabilityOverLine,
    &money::WorstCaseOverLine,
    &money::OfferUnfunded,
    &money::LiabilityUnbounded,
    &money::LineOvercommitted,
    &pricing::TiersOutOfOrder,
    &pricing::TierAmountExceedsSpend,
    &pricing::RepeatShape,
    &pricing::MemberLevelsNotDeeper,
    &pricing::EarlyAccessOutsideWindow,
    &pricing::FlashMarginLow,
    &pricing::GiftCostHigh,
    &pricing::CouponExceedsThreshold,
    &pricing::CouponShape,
    &pricing::UncappedPercentCoupon,
    &pricing::StackingInconsistent,
    &pricing::StackingTooDeep,
    &pricing::StackingMarginLow,
    &pricing::StackingBelowCost,
    &pricing::LimitExceedsQuantity,
    &pricing::OddsOverTotal,
    &pricing::BoxValueLow,
    &pricing::StackingMissing,
    &pricing::EmptyMechanic,
    &refs::UnknownTeam,
    &refs::UnknownGoal,
    &refs::UnknownPhase,
    &refs::UnknownOffer,
    &refs::DuplicateId,
    &refs::DuplicatePlanId,
    &refs::UnknownBudgetLine,
    &schema::UnknownKey,
    &schema::MissingKey,
    &schema::WrongType,
    &schema::InvalidValue,
    &schema::UnreadableValue,
    &values::CurrencyMismatch,
    &wording::CnAbsoluteClaim,
    &wording::CnRankingClaim,
    &wording::CnStateEndorsement,
    &wording::CnMedicalClaim,
    &wording::CnFinalInterpretation,
    &wording::EnSuperlativeClaim,
    &wording::EnGuaranteeClaim,
    &wording::EnHealthClaim,
    &wording::EnEndorsementClaim,
    &wording::EnFinalDecisionClause,
    &yaml::YamlSyntax,
    &yaml::DuplicateKey,
    &yaml::MultipleDocuments,
    &yaml::NestingTooDeep,
    &yaml::AliasExpansionLimit,
    &yaml::UnsupportedYaml,
    &yaml::InexactNumber,
    &yaml::Yaml11Ambiguity,
    &yaml::EmptyFile,
    &yaml::FileTooLarge,
    &yaml::NotUtf8,
    &yaml::ControlCharacter,
];

/// Every rule, sorted by code.
pub fn all() -> &'static [&'static dyn Rule] {
    RULES
}

/// The rule with this code (`D003`, any case) or name (`phase-overlap`).
pub fn find(key: &str) -> Option<&'static dyn Rule> {
    let key = key.trim();
    RULES
        .iter()
        .copied()
        .find(|r| r.meta().code.eq_ignore_ascii_case(key) || r.meta().name == key)
}

/// A problem found by a stage before the rules: the loader's (YAML) or the schema's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StageProblem {
    Load(ProblemKind),
    Schema(IssueKind),
}

/// The rule that reports a stage problem: the one table from the loader's and the
/// schema's problems to rules.
pub fn stage_rule(problem: StageProblem) -> &'static Meta {
    use StageProblem::{Load, Schema};
    match problem {
        Load(ProblemKind::Syntax) => &yaml::YamlSyntax::META,
        Load(ProblemKind::EmptyFile) => &yaml::EmptyFile::META,
        Load(ProblemKind::MultipleDocuments) => &yaml::MultipleDocuments::META,
        Load(ProblemKind::TooDeep) => &yaml::NestingTooDeep::META,
        Load(ProblemKind::AliasBudget) => &yaml::AliasExpansionLimit::META,
        Load(ProblemKind::DuplicateKey) => &yaml::DuplicateKey::META,
        Load(ProblemKind::UnsupportedKey | ProblemKind::UnsupportedTag) => {
            &yaml::UnsupportedYaml::META
        }
        Load(ProblemKind::InexactNumber) => &yaml::InexactNumber::META,
        Load(ProblemKind::Yaml11Ambiguity) => &yaml::Yaml11Ambiguity::META,
        Load(ProblemKind::ControlCharacter) => &yaml::ControlCharacter::META,
        Schema(IssueKind::UnknownKey) => &schema::UnknownKey::META,
        Schema(IssueKind::MissingKey) => &schema::MissingKey::META,
        Schema(IssueKind::WrongType) => &schema::WrongType::META,
        Schema(IssueKind::InvalidValue) => &schema::InvalidValue::META,
    }
}

/// The words of a loader problem, by the rule file that owns them (the same rule
/// [`stage_rule`] maps the problem to), with the label of its other places.
pub fn load_words(facts: &LoadFacts) -> (Words, Option<Msg>) {
    let words = match facts {
        LoadFacts::EmptyFile => yaml::EmptyFile::words(),
        LoadFacts::SecondDocument => yaml::MultipleDocuments::words(),
        LoadFacts::TooDeep { max } => yaml::NestingTooDeep::words(*max),
        LoadFacts::AliasBudget { max } => yaml::AliasExpansionLimit::words(*max),
        LoadFacts::DuplicateKey { key } => {
            return (
                yaml::DuplicateKey::words(key),
                Some(yaml::DuplicateKey::first_written()),
            );
        }
        LoadFacts::ControlCharacter { code, more, rest } => {
            yaml::ControlCharacter::words(*code, *more, *rest)
        }
        // The rules that word several kinds of facts pick theirs.
        other => match other.kind() {
            ProblemKind::Syntax => yaml::YamlSyntax::words(other),
            ProblemKind::UnsupportedKey | ProblemKind::UnsupportedTag => {
                yaml::UnsupportedYaml::words(other)
            }
            ProblemKind::InexactNumber => yaml::InexactNumber::words(other),
            _ => yaml::Yaml11Ambiguity::words(other),
        }
        .unwrap_or_else(|| Words {
            message: Msg::raw(""),
            help: None,
        }),
    };
    (words, None)
}

/// The words of a schema issue, by the rule file that owns them (the same rule
/// [`stage_rule`] maps the issue to).
pub fn schema_words(facts: &IssueFacts) -> Words {
    match facts {
        IssueFacts::UnknownKey {
            key,
            place,
            suggestion,
            allowed,
        } => schema::UnknownKey::words(key, place, suggestion.as_deref(), allowed),
        IssueFacts::UnlistedKeys {
            place,
            count,
            first,
            last,
            allowed,
        } => schema::UnknownKey::unlisted_words(place, *count, first, last, allowed),
        IssueFacts::MissingKey {
            name,
            place,
            description,
        } => schema::MissingKey::words(name, place, description.as_ref()),
        IssueFacts::WrongType {
            place,
            types,
            found,
            text,
            example,
        } => schema::WrongType::words(
            place,
            types.as_deref(),
            found,
            text.as_deref(),
            example.as_deref(),
        ),
        // Every other fact is an invalid value's (the arms above take the rest).
        other => schema::InvalidValue::words(other).unwrap_or_else(|| Words {
            message: Msg::raw(""),
            help: None,
        }),
    }
}

/// Families in the order the reference lists them, with a title.
pub const FAMILIES: &[(&str, &str)] = &[
    ("yaml", "Reading the file"),
    ("schema", "Keys and values"),
    ("values", "Values in context"),
    ("refs", "References"),
    ("dates", "Dates"),
    ("goals", "Goals"),
    ("budget", "Budget"),
    ("pricing", "Prices and stacking"),
    ("money", "Money at risk"),
    ("wording", "Wording"),
    ("legal", "Legal rules by jurisdiction"),
    ("waivers", "Waivers"),
    ("cart", "Carts (campspec check and simulate)"),
    ("internal", "Internal errors"),
];

/// The rule reference, as committed in `docs/rules.md`.
pub fn reference_markdown() -> String {
    let mut out = String::new();
    out.push_str("# campspec rules\n\n");
    out.push_str(
        "<!-- Generated from the rules' doc comments by `campspec rules --markdown`; do not edit. -->\n\n",
    );
    out.push_str(
        "Every finding names a rule by a stable code and a name. Turn a rule off or change its\n\
         severity in `campspec.toml` (`[rules]`, e.g. `phase-gap = \"off\"` or `D004 = \"error\"`),\n\
         or silence one finding at one place with a waiver in `compliance.waivers`. Rules marked\n\
         *locked* report parts of a file that could not be read; they cannot be turned off or waived.\n\n",
    );
    out.push_str("| code | name | default | summary |\n|---|---|---|---|\n");
    for family in FAMILIES {
        for rule in RULES.iter().filter(|r| r.meta().family == family.0) {
            let m = rule.meta();
            let _ = writeln!(
                out,
                "| [{}](#{}) | `{}` | {}{} | {} |",
                m.code,
                anchor(m),
                m.name,
                m.severity,
                if m.is_locked() { ", locked" } else { "" },
                m.summary
            );
        }
    }
    jurisdiction_index(&mut out);
    for (family, title) in FAMILIES {
        let _ = write!(out, "\n## {title}\n");
        for rule in RULES.iter().filter(|r| r.meta().family == *family) {
            let m = rule.meta();
            let _ = write!(
                out,
                "\n### {} {}\n\nDefault severity: **{}**{}. {}.\n\n",
                m.code,
                m.name,
                m.severity,
                if m.is_locked() { " (locked)" } else { "" },
                capitalize(m.summary)
            );
            out.push_str(&demote_headings(&m.documentation()));
        }
    }
    out
}

/// The rules that apply the law of each jurisdiction, with what they cite and how far
/// each citation was verified: what a legal reviewer reads to review campspec itself.
fn jurisdiction_index(out: &mut String) {
    use crate::model::Jurisdiction;
    out.push_str(
        "\n## Rules by jurisdiction\n\n\
         The legal and wording rules apply the law of the jurisdictions a plan declares in\n\
         `jurisdictions`; every other rule applies to every plan. Confidence: **V** read in the\n\
         law's text; **S** seen in a secondary source (verify the article); **M** not verified;\n\
         **U** the article could not be found in any text read (verify before relying on it).\n",
    );
    for (jurisdiction, title) in [
        (Jurisdiction::Cn, "CN — mainland China"),
        (Jurisdiction::Eu, "EU — European Union"),
        (Jurisdiction::Us, "US — United States"),
        (Jurisdiction::Uk, "UK — United Kingdom"),
    ] {
        let _ = write!(
            out,
            "\n### {title}\n\n| code | name | default | cites | confidence |\n|---|---|---|---|---|\n"
        );
        for rule in RULES.iter() {
            let m = rule.meta();
            for cite in m.cites.iter().filter(|c| c.jurisdiction == jurisdiction) {
                let _ = writeln!(
                    out,
                    "| [{}](#{}) | `{}` | {} | {} | {} |",
                    m.code,
                    anchor(m),
                    m.name,
                    m.severity,
                    cite.law,
                    cite.confidence.map_or("—", |c| c.mark())
                );
            }
        }
    }
}

fn anchor(m: &Meta) -> String {
    format!("{}-{}", m.code.to_lowercase(), m.name)
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Rule docs use `##` sections; inside the reference they sit under `###` headings.
fn demote_headings(docs: &str) -> String {
    let mut out = String::with_capacity(docs.len().saturating_add(64));
    let mut in_code = false;
    for line in docs.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
        }
        if !in_code && line.starts_with("## ") {
            out.push_str("#### ");
            out.push_str(&line[3..]);
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_and_names_are_unique_sorted_and_well_formed() {
        let mut codes = HashSet::new();
        let mut names = HashSet::new();
        let mut previous = "";
        for rule in RULES {
            let m = rule.meta();
            assert!(codes.insert(m.code), "duplicate code {}", m.code);
            assert!(names.insert(m.name), "duplicate name {}", m.name);
            assert!(m.code > previous, "{} is out of order", m.code);
            previous = m.code;
            assert!(
                m.name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{} is not kebab-case",
                m.name
            );
            assert!(
                FAMILIES.iter().any(|f| f.0 == m.family),
                "{} has an unknown family",
                m.code
            );
            let docs = m.documentation();
            for section in [
                "## What it checks",
                "## Why it matters",
                "## Example",
                "## How to fix",
            ] {
                assert!(docs.contains(section), "{} lacks `{section}`", m.code);
            }
        }
    }

    /// A legal reviewer reads how far each citation was verified: every legal rule
    /// cites the law, every citation carries a confidence mark, and `explain` shows it.
    #[test]
    fn every_legal_citation_has_a_confidence_mark() {
        for rule in RULES {
            let m = rule.meta();
            if m.family == "legal" {
                assert!(!m.cites.is_empty(), "{} cites no law", m.code);
            }
            for cite in m.cites {
                let Some(mark) = cite.confidence else {
                    panic!("{}: `{}` has no confidence mark", m.code, cite.law);
                };
                assert!(
                    m.documentation().contains(&format!(
                        "{}: {} ({}",
                        cite.jurisdiction.code(),
                        cite.law,
                        mark.mark()
                    )),
                    "{}: the documentation does not show `{}` with its mark",
                    m.code,
                    cite.law
                );
            }
        }
    }

    #[test]
    fn locked_rules_are_the_stage_rules_that_set_values_aside() {
        let locked: Vec<&str> = RULES
            .iter()
            .map(|r| r.meta())
            .filter(|m| m.is_locked())
            .map(|m| m.code)
            .collect();
        for rule in RULES {
            let m = rule.meta();
            let stage = matches!(m.family, "yaml" | "schema" | "internal");
            assert!(
                m.is_locked() || !stage || ["Y008", "S001"].contains(&m.code),
                "{} reads part of a file and is not locked",
                m.code
            );
            assert!(!m.is_locked() || stage, "{} is locked", m.code);
        }
        assert!(!locked.contains(&"Y008") && !locked.contains(&"S001"));
    }

    #[test]
    fn every_stage_problem_maps_to_a_stage_rule() {
        for kind in [
            IssueKind::UnknownKey,
            IssueKind::MissingKey,
            IssueKind::WrongType,
            IssueKind::InvalidValue,
        ] {
            assert_eq!(stage_rule(StageProblem::Schema(kind)).family, "schema");
        }
        assert_eq!(
            stage_rule(StageProblem::Load(ProblemKind::Syntax)).code,
            "Y001"
        );
    }

    #[test]
    fn every_stage_fact_is_worded_by_the_rule_it_maps_to() {
        use crate::schema::LimitKind;
        use crate::source::{SyntaxHint, Yaml11Reading, Yaml12Reading};
        let text = || "x".to_owned();
        let load = [
            LoadFacts::Syntax {
                info: text(),
                hint: SyntaxHint::Other,
            },
            LoadFacts::UnknownAlias,
            LoadFacts::EmptyFile,
            LoadFacts::SecondDocument,
            LoadFacts::TooDeep { max: 1 },
            LoadFacts::AliasBudget { max: 1 },
            LoadFacts::DuplicateKey { key: text() },
            LoadFacts::MergeKey,
            LoadFacts::AliasKey,
            LoadFacts::CollectionKey,
            LoadFacts::UnsupportedTag { tag: text() },
            LoadFacts::InvalidTagged {
                text: text(),
                suffix: text(),
            },
            LoadFacts::TagOnPlain { suffix: text() },
            LoadFacts::NotFinite { text: text() },
            LoadFacts::TooLarge { text: text() },
            LoadFacts::TooManyDigits { text: text() },
            LoadFacts::Yaml11Value {
                text: text(),
                yaml12: Yaml12Reading::Text,
                yaml11: Yaml11Reading::True,
            },
            LoadFacts::Yaml11Key {
                text: text(),
                yaml11: Yaml11Reading::Octal,
            },
            LoadFacts::ControlCharacter {
                code: 0x1b,
                more: 0,
                rest: 0,
            },
        ];
        for facts in &load {
            let (words, _) = load_words(facts);
            assert!(!words.message.en().is_empty(), "{facts:?} has no words");
            assert_eq!(stage_rule(StageProblem::Load(facts.kind())).family, "yaml");
        }
        let place = || Msg::raw("`a`");
        let schema = [
            IssueFacts::UnknownKey {
                key: text(),
                place: place(),
                suggestion: None,
                allowed: Vec::new().into(),
            },
            IssueFacts::UnlistedKeys {
                place: place(),
                count: 2,
                first: text(),
                last: text(),
                allowed: Vec::new().into(),
            },
            IssueFacts::MissingKey {
                name: text(),
                place: place(),
                description: None,
            },
            IssueFacts::WrongType {
                place: place(),
                types: None,
                found: text().into(),
                text: None,
                example: None,
            },
            IssueFacts::ValueType {
                place: place(),
                message: text().into(),
                help: None,
                fix: None,
            },
            IssueFacts::TimeZone {
                place: place(),
                name: text(),
                suggestion: None,
            },
            IssueFacts::Currency {
                place: place(),
                code: text(),
            },
            IssueFacts::NotAllowed {
                place: place(),
                found: text().into(),
                text: None,
                allowed: Vec::new(),
            },
            IssueFacts::Version {
                found: text().into(),
                expected: text(),
            },
            IssueFacts::Constant {
                place: place(),
                found: text().into(),
                expected: text(),
            },
            IssueFacts::MinItems {
                place: place(),
                limit: 1,
            },
            IssueFacts::Limit {
                place: place(),
                found: text().into(),
                limit: LimitKind::Form,
            },
            IssueFacts::SchemaBroken,
        ];
        for facts in &schema {
            assert!(
                !schema_words(facts).message.en().is_empty(),
                "{facts:?} has no words"
            );
        }
    }

    #[test]
    fn lookup_by_code_and_name() {
        assert_eq!(find("D003").map(|r| r.meta().name), Some("phase-overlap"));
        assert_eq!(find("d003").map(|r| r.meta().name), Some("phase-overlap"));
        assert_eq!(find("phase-overlap").map(|r| r.meta().code), Some("D003"));
        assert!(find("nope").is_none());
    }
}
