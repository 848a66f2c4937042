//! No input makes campspec panic: arbitrary strings go through every value parser, and
//! randomly mutated copies of the example plans (lines deleted, duplicated, swapped,
//! re-indented, characters inserted, values replaced) through the whole check and the
//! reports. Every finding's span lies inside the text, on character boundaries.
//! Bounded so that the file runs in seconds in a debug build.

#[path = "common/checks.rs"]
mod checks;

use campspec::values;
use checks::check_everything;
use proptest::prelude::*;
use proptest::test_runner::RngSeed;
use std::sync::OnceLock;

/// Characters values are made of, so that random strings come near the valid ones.
const VALUE_LIKE: &str =
    "[0-9０-９.,，%％折万亿¥￥$€£元件人个次 :：\\-−+~/x*eE年月日天周hdwmyq.]{0,24}";

/// Huge, tiny and odd numbers, with the suffixes the parsers read.
const NUMBER_LIKE: &str =
    "[-+]?[0-9]{1,40}(\\.[0-9]{0,30})?(e[-+]?[0-9]{1,4})?(万|亿|%|折|元|件|d|y)?";

/// The example plans and every rule fixture: the texts that get mutated.
fn plans() -> &'static [String] {
    static PLANS: OnceLock<Vec<String>> = OnceLock::new();
    PLANS.get_or_init(|| {
        checks::plan_files()
            .iter()
            .map(|p| String::from_utf8_lossy(&std::fs::read(p).expect("read plan")).into_owned())
            .collect()
    })
}

/// One change to a plan's lines.
#[derive(Clone, Debug)]
enum Mutation {
    Delete(usize),
    Duplicate(usize),
    Swap(usize, usize),
    Indent(usize, usize),
    Dedent(usize),
    Insert(usize, usize, String),
    /// Replaces what follows the line's first `: ` (or `- `).
    Value(usize, String),
    /// Replaces the first number on the n-th line that has one.
    Number(usize, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let line = any::<usize>();
    let junk = prop_oneof![
        "\\PC{0,6}",
        Just("\t".to_owned()),
        Just("&a ".to_owned()),
        Just("*a".to_owned()),
        Just("- ".to_owned()),
        Just("{".to_owned()),
        Just("\"".to_owned()),
        Just(": ".to_owned()),
        Just("\u{feff}".to_owned()),
        Just("\r".to_owned()),
    ];
    let value = prop_oneof![
        VALUE_LIKE,
        NUMBER_LIKE,
        "\\PC{0,12}",
        Just("[]".to_owned()),
        Just("{}".to_owned()),
        Just("~".to_owned()),
        Just("0".to_owned()),
        Just("0%".to_owned()),
        Just("100%".to_owned()),
        Just("0折".to_owned()),
        Just("10折".to_owned()),
        Just("0.01".to_owned()),
        Just("79228162514264337593543950335".to_owned()),
        Just("0.0000000000000000000000000001".to_owned()),
        Just("9999-12-31".to_owned()),
        Just("0000-01-01".to_owned()),
        Just("23:59".to_owned()),
        Just("yes".to_owned()),
    ];
    let extreme = prop_oneof![
        NUMBER_LIKE,
        "[1-9][0-9]{24,28}",
        "0\\.0{20,27}[1-9]",
        "[1-9][0-9]{0,28}(万|亿)",
        "0\\.0{0,8}1(%|折)?",
        Just("0".to_owned()),
        Just("0.00".to_owned()),
    ];
    prop_oneof![
        (line, extreme.clone()).prop_map(|(a, v)| Mutation::Number(a, v)),
        (line, extreme).prop_map(|(a, v)| Mutation::Number(a, v)),
        line.prop_map(Mutation::Delete),
        line.prop_map(Mutation::Duplicate),
        (line, line).prop_map(|(a, b)| Mutation::Swap(a, b)),
        (line, 1usize..5).prop_map(|(a, n)| Mutation::Indent(a, n)),
        line.prop_map(Mutation::Dedent),
        (line, any::<usize>(), junk).prop_map(|(a, at, s)| Mutation::Insert(a, at, s)),
        (line, value.clone()).prop_map(|(a, v)| Mutation::Value(a, v)),
        (line, value).prop_map(|(a, v)| Mutation::Value(a, v)),
    ]
}

fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    for m in mutations {
        if lines.is_empty() {
            break;
        }
        let n = lines.len();
        match m {
            Mutation::Delete(i) => {
                lines.remove(i % n);
            }
            Mutation::Duplicate(i) => {
                let line = lines[i % n].clone();
                lines.insert(i % n, line);
            }
            Mutation::Swap(a, b) => lines.swap(a % n, b % n),
            Mutation::Indent(i, by) => lines[i % n].insert_str(0, &" ".repeat(*by)),
            Mutation::Dedent(i) => {
                let line = &mut lines[i % n];
                let spaces = line.len() - line.trim_start_matches(' ').len();
                line.drain(..spaces.min(2));
            }
            Mutation::Insert(i, at, s) => {
                let line = &mut lines[i % n];
                let chars = line.chars().count();
                let at = line
                    .char_indices()
                    .nth(at % (chars + 1))
                    .map_or(line.len(), |(b, _)| b);
                line.insert_str(at, s);
            }
            Mutation::Number(i, v) => {
                let numbered: Vec<usize> = (0..n)
                    .filter(|&k| lines[k].bytes().any(|b| b.is_ascii_digit()))
                    .collect();
                if numbered.is_empty() {
                    continue;
                }
                let line = &mut lines[numbered[i % numbered.len()]];
                let start = line.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
                let end = line[start..]
                    .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                    .map_or(line.len(), |e| start + e);
                line.replace_range(start..end, v);
            }
            Mutation::Value(i, v) => {
                let line = &mut lines[i % n];
                if let Some(at) = line.find(": ").or_else(|| line.find("- ")) {
                    line.truncate(at + 2);
                    line.push_str(v);
                }
            }
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// The cases of a run: `cases`, or `NEVER_PANICS_CASES` times as many for a longer
/// search; from a fixed seed, so that `cargo test` always runs the same cases, unless
/// `NEVER_PANICS_SEED` gives another (a number, or `random`):
/// `NEVER_PANICS_CASES=100 NEVER_PANICS_SEED=random cargo test --release --test never_panics`.
fn config(cases: u32) -> ProptestConfig {
    let factor: u32 = std::env::var("NEVER_PANICS_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(1);
    let rng_seed = match std::env::var("NEVER_PANICS_SEED") {
        Ok(seed) if seed == "random" => RngSeed::Random,
        Ok(seed) => RngSeed::Fixed(seed.parse().expect("NEVER_PANICS_SEED: a number or random")),
        Err(_) => RngSeed::Fixed(20_270_101),
    };
    ProptestConfig {
        cases: cases.saturating_mul(factor),
        rng_seed,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn value_parsers_never_panic_on_any_text(text in "\\PC{0,40}") {
        values::check_every_parser(&text);
    }

    #[test]
    fn value_parsers_never_panic_on_value_like_text(text in VALUE_LIKE) {
        values::check_every_parser(&text);
    }

    #[test]
    fn value_parsers_never_panic_on_extreme_numbers(text in NUMBER_LIKE) {
        values::check_every_parser(&text);
    }
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn mutated_plans_never_panic(
        plan in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let plans = plans();
        let text = mutate(&plans[plan.index(plans.len())], &mutations);
        check_everything("a mutated plan", text);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        check_everything("a mutated plan", text);
    }
}
