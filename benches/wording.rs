//! Benchmarks of the wording matcher: the shipped lexicons (topped up with generated
//! terms to well over 500 match words) over 10 MB of customer-facing text, and the
//! claims reader over the same text, against a baseline single pass over the characters
//! measured in the same run (report figures as ratios to it).

use campspec::wording::lexicon::{Examples, Term, TermKind};
use campspec::wording::{self, Lexicon};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

/// The shipped lexicons plus generated terms, so the automaton has ≥ 600 words.
fn lexicon() -> Lexicon {
    let files = wording::lexicon_files().expect("lexicons parse");
    let base = Lexicon::from_files(&files).expect("lexicons compile");
    let mut terms = base.terms.clone();
    let words: usize = terms.iter().map(|t| t.patterns.len()).sum();
    let syllables = ["品", "质", "优", "选", "臻", "享", "尊", "荣", "鲜", "礼"];
    let mut extra = Vec::new();
    let mut n = 0usize;
    while words + extra.len() < 600 {
        let a = syllables[n % 10];
        let b = syllables[(n / 10) % 10];
        let c = syllables[(n / 100) % 10];
        extra.push(format!("超{a}{b}{c}级"));
        n += 1;
    }
    terms.push(Term {
        id: "bench-generated".into(),
        kind: TermKind::Flag,
        rule: Some("cn-absolute-claim".into()),
        severity: None,
        group: None,
        own_notes: Default::default(),
        language: "zh".into(),
        patterns: extra,
        word: None,
        except: Vec::new(),
        compiled: Default::default(),
        examples: Examples::default(),
    });
    Lexicon::compile(terms).expect("compiles")
}

/// 10 MB of realistic copy: plan sentences, look-alikes and flagged phrases, mixed.
fn text() -> String {
    let sentences = [
        "欢乐中国年，满299享91折，满999享78折！活动时间2027年1月16日至2月6日。",
        "每日10点、14点、20点限时秒杀，爆品5折起，每款限量2000件，每人限购1件。",
        "尊敬的会员，新年会员专享价最低6.5折，1月13日起提前3天抢先购。回T退订",
        "第一季度销量稳步增长，最近上新的礼盒每人最多限购2件，最高减100元。",
        "全网最低价，国家级品质，错过再等一年！",
        "Spend $50, get $10 off — ends Nov 30. Limit 2 per customer. Best before 2027-12-01.",
        "Our best ever deal: the #1 rated gift box, guaranteed!",
    ];
    let mut out = String::with_capacity(10 * 1024 * 1024 + 256);
    let mut i = 0;
    while out.len() < 10 * 1024 * 1024 {
        out.push_str(sentences[i % sentences.len()]);
        out.push('\n');
        i += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    let lexicon = lexicon();
    let words: usize = lexicon.terms.iter().map(|t| t.patterns.len()).sum();
    let text = text();
    let mut group = c.benchmark_group(format!("wording-{words}-words"));
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    // The baseline: one pass decoding every character, which any scan must at least do.
    group.bench_function("baseline-char-pass-10MB", |b| {
        b.iter(|| {
            black_box(&text)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .count()
        })
    });
    group.bench_function("normalize-10MB", |b| {
        b.iter(|| wording::normalize::normalize(black_box(&text)).text.len())
    });
    group.bench_function("lexicon-scan-10MB", |b| {
        b.iter(|| lexicon.scan(black_box(&text)).len())
    });
    group.bench_function("claims-10MB", |b| {
        b.iter(|| wording::claims::extract(black_box(&text)).len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
