//! Benchmarks of the worst-case stacking analysis: the example plan, and generated
//! plans with 200 (and 1,000) coupons, `max_coupons_per_order: 5` and exclusive pairs.

use campspec::analysis::Analysis;
use campspec::{Settings, check_text};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

/// A plan with `coupons` coupons (a third of them capped percentages), a member price,
/// spend tiers, optionally a 每满减, and an exclusive pair in every ten coupons.
fn big_plan(coupons: usize, repeat: bool) -> campspec::model::Campaign {
    let mut y = String::from(
        "campspec: 1\nid: big\nname: big\nowner: ops\ncurrency: CNY\ntimezone: Asia/Shanghai\n\
         jurisdictions: [CN]\nwindow: {start: 2027-01-01, end: 2027-01-31}\nteams: [{id: ops, name: o}]\n\
         goals: [{id: g, metric: gmv, name: g, target: 1}]\n\
         phases: [{id: p, name: p, start: 2027-01-01, end: 2027-01-31}]\npromotions:\n\
         \x20 - {id: member, type: member_price, name: m, levels: [{level: a, name: a, price: 8.5折}, {level: b, name: b, price: 7折}]}\n\
         \x20 - {id: tiers, type: spend_tiers, name: t, tiers: [{spend: 299, discount: 9%}, {spend: 599, discount: 15%}, {spend: 999, discount: 22%}]}\n",
    );
    if repeat {
        y.push_str("  - {id: rep, type: spend_tiers, name: r, repeat: true, tiers: [{spend: 300, discount: 40}]}\n");
    }
    y.push_str("coupons:\n");
    for i in 0..coupons {
        let min = 100 + (i * 37) % 2900;
        if i % 3 == 0 {
            y.push_str(&format!(
                "  - {{id: c{i}, name: c, percent: {}%, cap: {}, min_spend: {min}}}\n",
                5 + i % 20,
                20 + i % 300
            ));
        } else {
            y.push_str(&format!(
                "  - {{id: c{i}, name: c, amount: {}, min_spend: {min}}}\n",
                10 + (i * 13) % (min / 12)
            ));
        }
    }
    y.push_str("stacking:\n  max_coupons_per_order: 5\n  exclusive:\n");
    for i in (0..coupons).step_by(10) {
        y.push_str(&format!("    - [c{}, c{}]\n", i, i + 1));
    }
    y.push_str("guardrails: {gross_margin: 60%}\n");
    let checked = check_text("big.campaign.yaml", y, &Settings::default());
    checked.campaign.expect("the generated plan models")
}

fn example() -> campspec::model::Campaign {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/specs/cny-2027.campaign.yaml");
    let text = std::fs::read_to_string(path).expect("example plan");
    check_text("cny", text, &Settings::default())
        .campaign
        .expect("example models")
}

fn stacking(c: &mut Criterion) {
    let cny = example();
    c.bench_function("stacking/cny-2027", |b| {
        b.iter(|| Analysis::of(black_box(&cny)))
    });
    let plan = big_plan(200, false);
    c.bench_function("stacking/200-coupons-k5", |b| {
        b.iter(|| Analysis::of(black_box(&plan)))
    });
    let plan = big_plan(200, true);
    c.bench_function("stacking/200-coupons-k5-repeat", |b| {
        b.iter(|| Analysis::of(black_box(&plan)))
    });
    let plan = big_plan(1000, true);
    let mut group = c.benchmark_group("stacking-large");
    group.sample_size(10);
    group.bench_function("1000-coupons-k5-repeat", |b| {
        b.iter(|| Analysis::of(black_box(&plan)))
    });
    group.finish();
}

criterion_group!(benches, stacking);
criterion_main!(benches);
