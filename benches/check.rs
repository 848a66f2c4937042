//! Benchmarks of a whole check: load + schema + model + every rule, on a typical plan
//! and on a generated 1 MB plan, against a baseline measured in the same run — reading
//! the same YAML with the loader alone — so figures are reported as ratios.

use campspec::source::yaml::{Limits, load};
use campspec::{Settings, check_text};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

#[path = "../bench/corpus.rs"]
#[allow(dead_code)]
mod corpus;

fn bench(c: &mut Criterion) {
    let settings = Settings::default();
    let typical = corpus::typical(0);
    let large = corpus::large("bench-1mb", 1024 * 1024);
    // Fail loudly rather than time an error path: both plans check clean.
    for (name, text) in [("typical", &typical), ("large", &large)] {
        let checked = check_text(name, text.clone(), &settings);
        assert!(
            checked.findings.is_empty(),
            "{name}: {:?}",
            checked.findings.first()
        );
    }

    let mut group = c.benchmark_group("check-typical-10KB");
    group.throughput(Throughput::Bytes(typical.len() as u64));
    group.bench_function("baseline-yaml-load", |b| {
        b.iter(|| load(black_box(&typical), Limits::default()))
    });
    group.bench_function("check-all-rules", |b| {
        b.iter(|| check_text("t.campaign.yaml", black_box(typical.clone()), &settings))
    });
    group.finish();

    let mut group = c.benchmark_group("check-large-1MB");
    group.throughput(Throughput::Bytes(large.len() as u64));
    group.sample_size(10);
    group.bench_function("baseline-yaml-load", |b| {
        b.iter(|| load(black_box(&large), Limits::default()))
    });
    group.bench_function("check-all-rules", |b| {
        b.iter(|| check_text("l.campaign.yaml", black_box(large.clone()), &settings))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
