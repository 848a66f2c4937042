//! Did-you-mean: the closest known name to a misspelt one, or none when nothing is close.

/// The candidate closest to `wrong`, if it is close enough to be a likely typo.
///
/// Case-insensitive equality wins; otherwise the candidate with the smallest
/// Damerau–Levenshtein distance is taken when that distance is at most a third of the
/// longer name (at least 1), or when Jaro–Winkler similarity is 0.88 or more. The
/// thresholds keep unrelated words (`渠道` vs `discount`) from being suggested.
pub fn closest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wrong_lower = wrong.to_lowercase();
    let mut best: Option<(&'a str, usize, f64)> = None;
    for candidate in candidates {
        if candidate == wrong {
            continue;
        }
        let lower = candidate.to_lowercase();
        if lower == wrong_lower {
            return Some(candidate);
        }
        let distance = strsim::damerau_levenshtein(&wrong_lower, &lower);
        let similarity = strsim::jaro_winkler(&wrong_lower, &lower);
        let longest = wrong_lower.chars().count().max(lower.chars().count());
        let close = distance <= (longest / 3).max(1) || similarity >= 0.88;
        if !close {
            continue;
        }
        let better = match best {
            None => true,
            Some((_, d, s)) => distance < d || (distance == d && similarity > s),
        };
        if better {
            best = Some((candidate, distance, similarity));
        }
    }
    best.map(|(candidate, _, _)| candidate)
}

/// The closest candidate when no other is as close (same Damerau–Levenshtein
/// distance): a did-you-mean a fix may apply without asking.
pub fn unambiguous<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str> + Clone,
) -> Option<&'a str> {
    let best = closest(wrong, candidates.clone())?;
    let wrong_lower = wrong.to_lowercase();
    let best_lower = best.to_lowercase();
    if best_lower == wrong_lower {
        // A case-only difference: unambiguous unless two candidates differ only in case.
        let same = candidates
            .into_iter()
            .filter(|c| c.to_lowercase() == wrong_lower)
            .count();
        return (same == 1).then_some(best);
    }
    let distance = strsim::damerau_levenshtein(&wrong_lower, &best_lower);
    let ties = candidates
        .into_iter()
        .filter(|c| *c != best && *c != wrong)
        .any(|c| strsim::damerau_levenshtein(&wrong_lower, &c.to_lowercase()) <= distance);
    (!ties).then_some(best)
}

/// `did you mean `x`?` or nothing.
pub fn did_you_mean<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    closest(wrong, candidates).map(|c| format!("did you mean `{c}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_are_found_and_strangers_are_not() {
        let keys = [
            "tiers",
            "discount",
            "spend",
            "min_spend",
            "max_coupons_per_order",
        ];
        assert_eq!(closest("teirs", keys), Some("tiers"));
        assert_eq!(unambiguous("teirs", keys), Some("tiers"));
        assert_eq!(unambiguous("ab", ["ac", "ad"]), None);
        assert_eq!(closest("minspend", keys), Some("min_spend"));
        assert_eq!(
            closest("max_coupon_per_order", keys),
            Some("max_coupons_per_order")
        );
        assert_eq!(closest("Discount", keys), Some("discount"));
        assert_eq!(closest("渠道", keys), None);
        assert_eq!(closest("zzz", keys), None);
        assert_eq!(
            closest("marketting", ["marketing", "ops"]),
            Some("marketing")
        );
        assert_eq!(closest("sales", ["marketing", "ops"]), None);
    }
}
