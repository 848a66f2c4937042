//! Deterministic benchmark corpus: typical plans varied from the bundled examples, and large plans of a given size.
//!
//! `cargo run --release --example corpus -- OUT_DIR [--typical N] [--large MB,MB,...]`
//! writes `OUT_DIR/typical/t0000.campaign.yaml` … (about 10 KB each),
//! `OUT_DIR/large/large-<MB>mb.campaign.yaml` and the two hostile plans
//! `OUT_DIR/hostile/unknown-keys.campaign.yaml` and
//! `OUT_DIR/hostile/huge-min-spend.campaign.yaml`. The same arguments always give the
//! same bytes: the generator draws from a fixed-seed SplitMix64 sequence, never the clock.
//!
//! Typical plans are the three example plans under `specs/` with their own id and
//! name and extra risk entries, so that each is about 10 KB, like a real plan with a
//! risk register; they check clean. Large plans are written from scratch: a full plan
//! (teams, goals, phases, budget, four promotions) followed by thousands of coupons and
//! one customer-facing copy entry per coupon whose text states the coupon's terms, so
//! the schema, the reference rules, the wording matcher, the claim reader and the
//! stacking analysis all work in proportion to the size. They check clean too.
//!
//! The hostile plans do not check clean, on purpose: one is a typical plan followed by
//! 80,000 unknown top-level keys (the first 100 reported one by one, the rest counted
//! in one finding; every one parsed, checked and left out of the plan), the other a
//! typical plan with an item-level discount whose coupon asks a minimum spend of
//! 999,999,999,999,999 (the stacking analysis must not take time in proportion to it).

use std::fmt::Write as _;
use std::path::Path;

/// The example plans the typical corpus varies.
const EXAMPLES: [(&str, &str); 3] = [
    ("cny-2027", include_str!("../specs/cny-2027.campaign.yaml")),
    (
        "double11-2027",
        include_str!("../specs/double11-2027.campaign.yaml"),
    ),
    (
        "spring-refresh-2026",
        include_str!("../specs/spring-refresh-2026.campaign.yaml"),
    ),
];

/// A small, fixed-seed pseudo-random sequence (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    pub fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const RISKS_ZH: [&str; 8] = [
    "核心单品备货不足，热门规格提前售罄",
    "物流高峰期配送延迟，偏远地区时效无法保障",
    "活动页访问量激增，接口响应变慢",
    "优惠券被批量领取，存在薅羊毛风险",
    "竞品同期大幅降价，分流目标客群",
    "达人内容发布延期，预热声量不足",
    "客服咨询量集中爆发，响应时长超标",
    "赠品供应商交付延迟，影响满赠兑现",
];
const PREVENTIONS_ZH: [&str; 6] = [
    "按品类目标提前两周备货并设置安全库存",
    "与两家承运商签订高峰保障协议",
    "活动前完成三轮压力测试与扩容演练",
    "领券接口增加风控校验与设备限制",
    "每日监测竞品价格并预留调价空间",
    "提前锁定排期并准备备用内容",
];
const RESPONSES_ZH: [&str; 6] = [
    "启动应急补货流程，页面替换同类商品",
    "发送延迟说明并补偿店铺积分",
    "切换降级页面，暂停非核心功能",
    "冻结异常账户并回收异常领取的优惠券",
    "加投精准广告，突出品质与服务优势",
    "临时增加外包客服坐席",
];
const RISKS_EN: [&str; 6] = [
    "Hero products sell out in the first hours",
    "Carrier delays during the peak shipping week",
    "Checkout latency rises under the launch traffic",
    "Coupon codes leak to deal forums",
    "A competitor matches the headline offer",
    "Creator content ships later than planned",
];
const PREVENTIONS_EN: [&str; 5] = [
    "Reserve stock per fulfilment centre two weeks ahead",
    "Book extra carrier capacity for the peak week",
    "Load-test checkout at three times the forecast",
    "Bind each code to one verified account",
    "Prepare a second creative set in advance",
];
const RESPONSES_EN: [&str; 5] = [
    "Swap the banner to in-stock alternatives within two hours",
    "Email affected customers with a new delivery date",
    "Switch the landing page to its light version",
    "Cancel abusive orders and block the accounts",
    "Shift paid media to the best-performing channel",
];

/// The first team id of a plan's text (owners of the extra risks).
fn first_team(text: &str) -> &str {
    let teams = text.find("\nteams:").expect("example plans have teams");
    let rest = &text[teams..];
    let at = rest.find("- id: ").expect("a team has an id") + "- id: ".len();
    let line = &rest[at..];
    line[..line.find('\n').unwrap_or(line.len())].trim()
}

/// Typical plan number `index`: an example plan with its own id, name and risks.
pub fn typical(index: usize) -> String {
    let mut rng = Rng::new(0x7419_u64.wrapping_mul(index as u64 + 1));
    let (base_id, text) = EXAMPLES[index % EXAMPLES.len()];
    let chinese = !base_id.starts_with("spring");
    let owner = first_team(text).to_string();
    let mut out = String::with_capacity(11 * 1024);
    let mut risks_at = None;
    for line in text.split_inclusive('\n') {
        if line.starts_with("id: ") {
            let _ = writeln!(out, "id: {base_id}-v{index:04}");
        } else if let Some(name) = line.strip_prefix("name: ") {
            let _ = writeln!(out, "name: {} v{index}", name.trim_end());
        } else {
            out.push_str(line);
            if line.trim_end() == "risks:" {
                risks_at = Some(out.len());
            }
        }
    }
    // Extra risks, inserted first in the register, until the plan is about 10 KB.
    let target = 9_800 + rng.below(600) as usize;
    let at = risks_at.expect("example plans have risks");
    let mut extra = String::new();
    let mut n = 0;
    while out.len() + extra.len() < target {
        n += 1;
        let (risk, prevention, response) = if chinese {
            (
                rng.pick(&RISKS_ZH),
                rng.pick(&PREVENTIONS_ZH),
                rng.pick(&RESPONSES_ZH),
            )
        } else {
            (
                rng.pick(&RISKS_EN),
                rng.pick(&PREVENTIONS_EN),
                rng.pick(&RESPONSES_EN),
            )
        };
        let _ = write!(
            extra,
            "  - id: extra-risk-{n}\n    risk: {risk}\n    prevention: {prevention}\n    response: {response}\n    owner: {owner}\n"
        );
    }
    out.insert_str(at, &extra);
    out
}

/// The fixed part of a large plan: everything but the coupons and their copy.
const LARGE_HEAD: &str = "\
# A large generated plan (campspec benchmark corpus): a full plan with thousands of
# category coupons, each advertised by its own customer-facing copy entry.
campspec: 1
id: LARGE_ID
name: 年货节品类券矩阵（基准测试）
summary: 以品类券矩阵覆盖全部类目，按类目拆分预算与文案。
owner: ops
locale: zh-CN
currency: CNY
timezone: Asia/Shanghai
jurisdictions: [CN]
window:
  start: 2027-01-04
  end: 2027-02-14

teams:
  - id: ops
    name: 运营部
    duties: [活动执行, 券面配置]
  - id: marketing
    name: 市场部
  - id: legal
    name: 法务部

goals:
  - id: gmv
    metric: gmv
    name: 总销售额
    baseline: 8000万
    target: 1亿
    growth: 25%
    owner: ops
  - id: users
    metric: new_users
    name: 新增用户
    target: 20万
    owner: marketing

phases:
  - id: warmup
    name: 预热期
    start: 2027-01-04
    end: 2027-01-17
    budget: 30%
    targets: { gmv: 20% }
  - id: main
    name: 正式期
    start: 2027-01-18
    end: 2027-02-07
    budget: 60%
    targets: { gmv: 70% }
  - id: tail
    name: 返场期
    start: 2027-02-08
    end: 2027-02-14
    budget: 10%
    targets: { gmv: 10% }

budget:
  total: 2000万
  reserve: 10%
  lines:
    - { id: coupons, name: 品类券补贴, amount: 1200万, owner: ops }
    - { id: media, name: 站外投放, amount: 600万, owner: marketing }

promotions:
  - id: tiers
    type: spend_tiers
    name: 全场满减
    phases: [main]
    tiers:
      - { spend: 299, discount: 30 }
      - { spend: 599, discount: 70 }
    terms: 1月18日至2月7日，全场满299元减30元，满599元减70元。
  - id: member
    type: member_price
    name: 会员专享价
    levels:
      - { level: silver, name: 银卡会员, price: 9.5折 }
      - { level: gold, name: 金卡会员, price: 9折 }

stacking:
  max_coupons_per_order: 2
  claims_per_user_per_day: 10

guardrails:
  gross_margin: 60%
  min_margin: 20%
  max_discount: 40%

compliance:
  reviewed_by: legal
  data_retention: 3y

";

/// A large plan of about `bytes` bytes: the fixed head, then coupons and their copy.
pub fn large(id: &str, bytes: usize) -> String {
    let mut rng = Rng::new(0x1A26E ^ bytes as u64);
    let head = LARGE_HEAD.replace("LARGE_ID", id);
    let categories = [
        "美妆个护",
        "服饰鞋包",
        "家用电器",
        "食品生鲜",
        "母婴玩具",
        "运动户外",
        "家居家纺",
        "数码配件",
    ];
    let channels = ["app_home", "wechat", "weibo", "store"];
    let mut coupons = String::from("coupons:\n");
    let mut copy = String::from("copy:\n");
    let mut i = 0;
    while head.len() + coupons.len() + copy.len() < bytes {
        i += 1;
        let category = categories[i % categories.len()];
        let spend = 100 + 50 * rng.below(20);
        // At most 10 % of the threshold, in whole yuan.
        let amount = 5 + rng.below(spend / 10 - 4);
        let quantity = 1000 * (1 + rng.below(50));
        let _ = write!(
            coupons,
            "  - id: c{i:05}\n    name: {category}满{spend}减{amount}券\n    amount: {amount}\n    min_spend: {spend}\n    scope: [{category}]\n    quantity: {quantity}\n    per_user: 1\n"
        );
        let channel = channels[i % channels.len()];
        let _ = write!(
            copy,
            "  - id: copy-{i:05}\n    channel: {channel}\n    text: {category}品类券，满{spend}减{amount}，限量{quantity}张，每人限领1张，领完为止，详见券面说明。\n    advertises: [c{i:05}]\n"
        );
    }
    let mut out = head;
    out.push_str(&coupons);
    out.push('\n');
    out.push_str(&copy);
    out
}

/// Unknown top-level keys in [`unknown_keys`].
pub const UNKNOWN_KEYS: usize = 80_000;

/// A typical plan followed by [`UNKNOWN_KEYS`] unknown top-level keys.
pub fn unknown_keys() -> String {
    let mut out = typical(0);
    out.reserve(UNKNOWN_KEYS * 12);
    for i in 0..UNKNOWN_KEYS {
        let _ = writeln!(out, "extra_{i:05}: 1");
    }
    out
}

/// A typical plan with an item-level discount (`type: discount, discount: 20%`) whose
/// first coupon asks a minimum spend just below the largest amount accepted (10^15).
pub fn huge_min_spend() -> String {
    let text = typical(2);
    assert!(
        text.contains("type: discount") && text.contains("discount: 20%"),
        "typical plan 2 has an item-level discount"
    );
    let out = text.replacen("min_spend: 50\n", "min_spend: 999999999999999\n", 1);
    assert_ne!(
        out, text,
        "typical plan 2 has a coupon with `min_spend: 50`"
    );
    out
}

#[allow(dead_code)] // Used by the `corpus` example, not by the tests that include this file.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = None;
    let mut typical_count = 1000usize;
    let mut large_sizes = vec![1usize, 5, 10];
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--typical" => {
                typical_count = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .expect("--typical takes a number");
            }
            "--large" => {
                large_sizes = it
                    .next()
                    .expect("--large takes sizes in MB, e.g. 1,5,10")
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(|s| s.parse().expect("--large takes whole megabytes"))
                    .collect();
            }
            other => out = Some(other.to_string()),
        }
    }
    let Some(out) = out else {
        eprintln!("usage: corpus OUT_DIR [--typical N] [--large MB,MB,...]");
        std::process::exit(2);
    };
    let out = Path::new(&out);
    let typical_dir = out.join("typical");
    let large_dir = out.join("large");
    std::fs::create_dir_all(&typical_dir).expect("create OUT_DIR/typical");
    std::fs::create_dir_all(&large_dir).expect("create OUT_DIR/large");
    for index in 0..typical_count {
        let path = typical_dir.join(format!("t{index:04}.campaign.yaml"));
        std::fs::write(&path, typical(index)).expect("write a typical plan");
    }
    for mb in large_sizes {
        let path = large_dir.join(format!("large-{mb}mb.campaign.yaml"));
        let text = large(&format!("large-{mb}mb"), mb * 1024 * 1024);
        std::fs::write(&path, text).expect("write a large plan");
    }
    let hostile_dir = out.join("hostile");
    std::fs::create_dir_all(&hostile_dir).expect("create OUT_DIR/hostile");
    std::fs::write(
        hostile_dir.join("unknown-keys.campaign.yaml"),
        unknown_keys(),
    )
    .expect("write the unknown-keys plan");
    std::fs::write(
        hostile_dir.join("huge-min-spend.campaign.yaml"),
        huge_min_spend(),
    )
    .expect("write the huge-min-spend plan");
    println!(
        "wrote {typical_count} typical plans to {}, large plans to {} and hostile plans to {}",
        typical_dir.display(),
        large_dir.display(),
        hostile_dir.display()
    );
}
