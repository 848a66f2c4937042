//! Throwaway probe: time the stacking analysis on a plan with many coupons.
use campspec::analysis::Analysis;
use std::time::Instant;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    let repeat = std::env::args().nth(2).is_some();
    let mut yaml = String::from(
        "campspec: 1\nid: big\nname: big\nowner: ops\ncurrency: CNY\ntimezone: Asia/Shanghai\njurisdictions: [CN]\nwindow: {start: 2027-01-01, end: 2027-01-31}\nteams: [{id: ops, name: o}]\ngoals: [{id: g, metric: gmv, name: g, target: 1}]\nphases: [{id: p, name: p, start: 2027-01-01, end: 2027-01-31}]\npromotions:\n  - {id: member, type: member_price, name: m, levels: [{level: a, name: a, price: 8.5折}, {level: b, name: b, price: 7折}]}\n  - {id: tiers, type: spend_tiers, name: t, tiers: [{spend: 299, discount: 9%}, {spend: 599, discount: 15%}, {spend: 999, discount: 22%}]}\n",
    );
    if repeat {
        yaml.push_str("  - {id: rep, type: spend_tiers, name: r, repeat: true, tiers: [{spend: 300, discount: 40}]}\n");
    }
    yaml.push_str("coupons:\n");
    for i in 0..n {
        let min = 100 + (i * 37) % 2900;
        if i % 3 == 0 {
            yaml.push_str(&format!(
                "  - {{id: c{i}, name: c, percent: {}%, cap: {}, min_spend: {min}}}\n",
                5 + i % 20,
                20 + i % 300
            ));
        } else {
            yaml.push_str(&format!(
                "  - {{id: c{i}, name: c, amount: {}, min_spend: {min}}}\n",
                10 + (i * 13) % (min / 12)
            ));
        }
    }
    yaml.push_str("stacking:\n  max_coupons_per_order: 5\n  exclusive:\n");
    for i in (0..n).step_by(10) {
        yaml.push_str(&format!("    - [c{}, c{}]\n", i, i + 1));
    }
    yaml.push_str("guardrails: {gross_margin: 60%}\n");
    let checked = campspec::check_text("big.campaign.yaml", yaml, &campspec::Settings::default());
    for f in checked.findings.iter().take(5) {
        eprintln!("{} {}", f.code, f.message);
    }
    let campaign = checked.campaign.expect("model");
    let t = Instant::now();
    let a = Analysis::of(&campaign).expect("analysis");
    println!("{:?} in {:?}", a.exposure(), t.elapsed());
}
