//! The starter plan `campspec init` writes, as text: one of two templates
//! (`scaffold/templates.rs`, Chinese and English) filled with values computed here as
//! pure functions of the options: the currency and time zone of the first jurisdiction,
//! amounts in that currency, and dates planned from "today" (a four-week window starting
//! on the first Monday at least 30 days ahead). Writing the file is the command line's.

mod templates;

use crate::fs::canonical;
use crate::model::{Jurisdiction, Locale};
use crate::schema::{SCHEMA_ID, SCHEMA_PATH};
use crate::values::Date;
use jiff::ToSpan;
use std::path::Path;

/// What a starter is written for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub locale: Locale,
    /// At least one, without repeats; the first sets the currency and time zone.
    pub jurisdictions: Vec<Jurisdiction>,
    /// The day the dates are planned from.
    pub today: jiff::civil::Date,
    /// The name of the file the plan is written to (`summer-sale.campaign.yaml`): the
    /// plan's id is made from it ([`plan_id`]). `None` when the plan has no file (printed).
    pub file_name: Option<String>,
}

/// The id of a plan written to a file named `file_name`, for a campaign starting in
/// `year`: the name without its `.campaign.yaml` (or `.yaml`, `.yml`) ending, made an id
/// (lowercase ASCII letters, digits and `-`, starting with a letter, at most 64
/// characters), then the year unless the name already ends with it.
/// `summer-sale.campaign.yaml` in 2027 is `summer-sale-2027`.
///
/// Two different file names never give one id: a name that is not already an id as
/// written (capitals, spaces, `_`, Chinese or other non-ASCII letters) keeps what ASCII
/// it has and gains six hex digits from the whole name, so `春节.campaign.yaml` and
/// `中秋.campaign.yaml` get different ids, as do `Summer Sale` and `summer-sale`.
/// Without a file name the id is `plan-YEAR`.
pub fn plan_id(file_name: Option<&str>, year: i16) -> String {
    const MAX: usize = 64;
    let stem = file_name.map(plan_stem).unwrap_or("plan");
    let mut slug = String::with_capacity(stem.len());
    for c in stem.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let as_written = slug == stem;
    let mut slug = slug.trim_end_matches('-').to_owned();
    if !slug.starts_with(|c: char| c.is_ascii_lowercase()) {
        slug.insert_str(0, if slug.is_empty() { "plan" } else { "plan-" });
    }
    let year = format!("{year:04}");
    let has_year = slug.ends_with(&format!("-{year}"));
    let mut tail = String::new();
    if !as_written {
        tail.push('-');
        tail.push_str(&fingerprint(stem));
    }
    if !has_year {
        tail.push('-');
        tail.push_str(&year);
    }
    // Within the longest id: the name's start is cut, never the fingerprint or year.
    slug.truncate(MAX.saturating_sub(tail.len()));
    let slug = slug.trim_end_matches('-');
    format!("{slug}{tail}")
}

/// A file name without its plan ending: `.campaign.yaml`, `.campaign.yml`, `.yaml`, `.yml`.
fn plan_stem(name: &str) -> &str {
    for ending in [".campaign.yaml", ".campaign.yml", ".yaml", ".yml"] {
        if let Some(stem) = name.strip_suffix(ending).filter(|s| !s.is_empty()) {
            return stem;
        }
    }
    name
}

/// Six hex digits of the SHA-256 of `text`: stable across runs, platforms and versions.
fn fingerprint(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(3).map(|b| format!("{b:02x}")).collect()
}

/// The days of the starter's plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Schedule {
    /// First day: the first Monday at least 30 days after today.
    pub start: jiff::civil::Date,
    /// Last day of the first phase (a week).
    pub preheat_end: jiff::civil::Date,
    /// First and last day of the main phase (two weeks).
    pub main_start: jiff::civil::Date,
    pub main_end: jiff::civil::Date,
    /// First day of the last phase (a week, to the end).
    pub last_start: jiff::civil::Date,
    /// Last day: a Sunday, four weeks after the start.
    pub end: jiff::civil::Date,
    /// When the material is due: a week before the start.
    pub material_due: jiff::civil::Date,
}

/// The starter's dates planned from `today`; `None` only near the end of the calendar
/// (year 9999).
pub fn schedule(today: jiff::civil::Date) -> Option<Schedule> {
    let ahead = today.checked_add(30.days()).ok()?;
    let to_monday = (7 - i64::from(ahead.weekday().to_monday_zero_offset())) % 7;
    let start = ahead.checked_add(to_monday.days()).ok()?;
    let day = |n: i64| start.checked_add(n.days()).ok();
    Some(Schedule {
        start,
        preheat_end: day(6)?,
        main_start: day(7)?,
        main_end: day(20)?,
        last_start: day(21)?,
        end: day(27)?,
        material_due: day(-7)?,
    })
}

/// The locale written when none is asked for: Chinese for a plan whose first
/// jurisdiction is CN, English otherwise.
pub fn default_locale(jurisdictions: &[Jurisdiction]) -> Locale {
    match jurisdictions.first() {
        Some(Jurisdiction::Cn) | None => Locale::ZhCn,
        Some(_) => Locale::En,
    }
}

/// The currency code and sign of a jurisdiction.
pub fn currency(j: Jurisdiction) -> (&'static str, &'static str) {
    match j {
        Jurisdiction::Cn => ("CNY", "¥"),
        Jurisdiction::Eu => ("EUR", "€"),
        Jurisdiction::Us => ("USD", "$"),
        Jurisdiction::Uk => ("GBP", "£"),
    }
}

/// The IANA time zone a jurisdiction's plan is written in.
pub fn timezone(j: Jurisdiction) -> &'static str {
    match j {
        Jurisdiction::Cn => "Asia/Shanghai",
        Jurisdiction::Eu => "Europe/Berlin",
        Jurisdiction::Us => "America/New_York",
        Jurisdiction::Uk => "Europe/London",
    }
}

/// The jurisdiction's code as written in a plan (`CN`).
pub fn code(j: Jurisdiction) -> &'static str {
    j.code()
}

/// The starter's amounts, in whole units of its currency. Tiers and coupon are sized
/// so that the worst case (20 % off at most) stays inside the guardrails.
struct Amounts {
    budget_total: u64,
    line_media: u64,
    line_offers: u64,
    line_creative: u64,
    gmv_baseline: u64,
    gmv_target: u64,
    new_users: u64,
    tiers: [(u64, u64); 2],
    coupon_off: u64,
    coupon_min: u64,
    coupon_quantity: u64,
}

fn amounts(j: Jurisdiction) -> Amounts {
    match j {
        Jurisdiction::Cn => Amounts {
            budget_total: 1_000_000,
            line_media: 500_000,
            line_offers: 250_000,
            line_creative: 150_000,
            gmv_baseline: 5_000_000,
            gmv_target: 6_000_000,
            new_users: 20_000,
            tiers: [(300, 30), (500, 60)],
            coupon_off: 20,
            coupon_min: 199,
            coupon_quantity: 10_000,
        },
        Jurisdiction::Eu | Jurisdiction::Us | Jurisdiction::Uk => Amounts {
            budget_total: 200_000,
            line_media: 100_000,
            line_offers: 50_000,
            line_creative: 30_000,
            gmv_baseline: 1_000_000,
            gmv_target: 1_200_000,
            new_users: 5_000,
            tiers: [(100, 10), (200, 25)],
            coupon_off: 10,
            coupon_min: 50,
            coupon_quantity: 5_000,
        },
    }
}

fn month_name(date: jiff::civil::Date) -> &'static str {
    usize::try_from(date.month() - 1)
        .ok()
        .and_then(|i| crate::values::MONTH_NAMES.get(i))
        .copied()
        .unwrap_or("")
}

/// How the starter writes numbers, amounts and days for one locale.
struct Style {
    locale: Locale,
    /// The currency's sign, for amounts in copy (`$100`).
    sign: &'static str,
    /// Whether amounts in Chinese copy are written with 元 (CNY) rather than a sign.
    yuan: bool,
    /// Whether English days are written day first (`7 Mar`, EU and UK) or month first.
    day_first: bool,
}

impl Style {
    /// A number as a YAML value: `100万` in Chinese when it is whole ten-thousands.
    fn number(&self, n: u64) -> String {
        if self.locale == Locale::ZhCn && n >= 10_000 && n.is_multiple_of(10_000) {
            format!("{}万", n / 10_000)
        } else {
            n.to_string()
        }
    }

    /// An amount as customers read it: `300元`, `$100`.
    fn money_text(&self, n: u64) -> String {
        if self.locale == Locale::ZhCn && self.yuan {
            format!("{n}元")
        } else {
            format!("{}{n}", self.sign)
        }
    }

    /// A day as customers read it: `3月7日`, `Mar 7`, `7 Mar`.
    fn day_text(&self, date: jiff::civil::Date) -> String {
        match self.locale {
            Locale::ZhCn => format!("{}月{}日", date.month(), date.day()),
            Locale::En => {
                let month = month_name(date).get(..3).unwrap_or("");
                if self.day_first {
                    format!("{} {month}", date.day())
                } else {
                    format!("{month} {}", date.day())
                }
            }
        }
    }

    /// A period as customers read it: `2月15日至3月7日`, `Feb 15 – Mar 7`.
    fn period_text(&self, from: jiff::civil::Date, to: jiff::civil::Date) -> String {
        match self.locale {
            Locale::ZhCn => format!("{}至{}", self.day_text(from), self.day_text(to)),
            Locale::En => format!("{} – {}", self.day_text(from), self.day_text(to)),
        }
    }
}

/// The starter plan's text for `options`, with `schema` (a relative path or URL) in its
/// editor modeline. Fails only when the dates run past the calendar's end.
pub fn render(options: &Options, schema: &str) -> Result<String, String> {
    let first = options
        .jurisdictions
        .first()
        .copied()
        .unwrap_or(Jurisdiction::Cn);
    let days = schedule(options.today).ok_or_else(|| {
        format!(
            "cannot plan a campaign 30 days after {}: the calendar ends too soon",
            options.today
        )
    })?;
    let (currency, sign) = currency(first);
    let style = Style {
        locale: options.locale,
        sign,
        yuan: first == Jurisdiction::Cn,
        day_first: matches!(first, Jurisdiction::Eu | Jurisdiction::Uk),
    };
    let a = amounts(first);
    let date = |d: jiff::civil::Date| Date::from(d).to_string();
    let id = plan_id(options.file_name.as_deref(), days.start.year());
    let name = match options.locale {
        Locale::ZhCn => format!(
            "会员焕新季（{}年{}月）",
            days.start.year(),
            days.start.month()
        ),
        Locale::En => format!(
            "Member Days {} {}",
            month_name(days.start),
            days.start.year()
        ),
    };
    let codes: Vec<&str> = options.jurisdictions.iter().map(|j| code(*j)).collect();
    let fills: Vec<(&str, String)> = vec![
        (
            "modeline",
            format!("# yaml-language-server: $schema={schema}"),
        ),
        ("id", id),
        ("name", name),
        ("currency", currency.into()),
        ("timezone", timezone(first).into()),
        ("jurisdictions", format!("[{}]", codes.join(", "))),
        ("start", date(days.start)),
        ("preheat_end", date(days.preheat_end)),
        ("main_start", date(days.main_start)),
        ("main_end", date(days.main_end)),
        ("last_start", date(days.last_start)),
        ("end", date(days.end)),
        ("material_due", date(days.material_due)),
        // The spend tiers run in the main and last phases.
        ("offer_period", style.period_text(days.main_start, days.end)),
        ("end_text", style.day_text(days.end)),
        ("budget_total", style.number(a.budget_total)),
        ("line_media", style.number(a.line_media)),
        ("line_offers", style.number(a.line_offers)),
        ("line_creative", style.number(a.line_creative)),
        ("gmv_baseline", style.number(a.gmv_baseline)),
        ("gmv_target", style.number(a.gmv_target)),
        ("new_users", style.number(a.new_users)),
        ("t1_spend", style.number(a.tiers[0].0)),
        ("t1_off", style.number(a.tiers[0].1)),
        ("t2_spend", style.number(a.tiers[1].0)),
        ("t2_off", style.number(a.tiers[1].1)),
        ("t1_spend_text", style.money_text(a.tiers[0].0)),
        ("t1_off_text", style.money_text(a.tiers[0].1)),
        ("t2_spend_text", style.money_text(a.tiers[1].0)),
        ("t2_off_text", style.money_text(a.tiers[1].1)),
        ("coupon_off", style.number(a.coupon_off)),
        ("coupon_min", style.number(a.coupon_min)),
        ("coupon_quantity", style.number(a.coupon_quantity)),
        ("coupon_off_text", style.money_text(a.coupon_off)),
        ("coupon_min_text", style.money_text(a.coupon_min)),
    ];
    let template = match options.locale {
        Locale::ZhCn => templates::ZH_CN,
        Locale::En => templates::EN,
    };
    fill(template, &fills)
}

/// Fills `template`'s `{{name}}` placeholders with `values` through minijinja, strict
/// about names: a placeholder without a value is an error, not text left in the plan.
fn fill(template: &str, values: &[(&str, String)]) -> Result<String, String> {
    let mut env = minijinja::Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    env.set_keep_trailing_newline(true);
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    let context: std::collections::BTreeMap<&str, &str> =
        values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    env.render_str(template, context)
        .map_err(|e| format!("the starter template: {e}"))
}

/// The `$schema` an editor should use for a plan written to `file`: the committed
/// `schema/campaign.schema.json` by a path relative to the file's directory when an
/// ancestor directory holds it (the file is inside a checkout of this repository, or
/// of a project that keeps the schema there), otherwise the schema's stable `$id`.
pub fn schema_ref(file: &Path) -> String {
    let target = canonical(file);
    let Some(dir) = target.parent() else {
        return SCHEMA_ID.into();
    };
    for (up, ancestor) in dir.ancestors().enumerate() {
        if is_campaign_schema(&ancestor.join(SCHEMA_PATH)) {
            return format!("{}{SCHEMA_PATH}", "../".repeat(up));
        }
    }
    SCHEMA_ID.into()
}

/// Whether `path` is the campaign schema (a JSON file whose `$id` is [`SCHEMA_ID`]).
fn is_campaign_schema(path: &Path) -> bool {
    const LARGEST: u64 = 4 * 1024 * 1024;
    let small = std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() <= LARGEST);
    small
        && crate::fs::read_regular(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
            .is_some_and(|schema| schema.get("$id").and_then(|id| id.as_str()) == Some(SCHEMA_ID))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{Weekday, date};

    #[test]
    fn the_window_starts_on_the_first_monday_at_least_30_days_ahead() {
        // 2027-01-01 is a Friday; 30 days on is Sunday 2027-01-31.
        let s = schedule(date(2027, 1, 1)).expect("schedule");
        assert_eq!(s.start, date(2027, 2, 1));
        assert_eq!(s.start.weekday(), Weekday::Monday);
        assert_eq!(s.end, date(2027, 2, 28));
        assert_eq!(s.end.weekday(), Weekday::Sunday);
        assert_eq!(s.material_due, date(2027, 1, 25));
        // Exactly 30 days ahead on a Monday: that Monday.
        let s = schedule(date(2027, 1, 2)).expect("schedule");
        assert_eq!(s.start, date(2027, 2, 1));
        for offset in 0..14 {
            let today = date(2027, 3, 1).checked_add(offset.days()).expect("day");
            let s = schedule(today).expect("schedule");
            let lead = today.until(s.start).expect("span").get_days();
            assert!((30..37).contains(&lead), "{today}: {lead}");
            assert_eq!(s.start.weekday(), Weekday::Monday);
            assert_eq!(s.preheat_end.checked_add(1.day()).ok(), Some(s.main_start));
            assert_eq!(s.main_end.checked_add(1.day()).ok(), Some(s.last_start));
        }
        assert!(schedule(date(9999, 12, 1)).is_none());
    }

    #[test]
    fn plan_ids_come_from_the_file_name_and_year() {
        let id = |name: &str| plan_id(Some(name), 2027);
        assert_eq!(id("summer-sale.campaign.yaml"), "summer-sale-2027");
        assert_eq!(id("summer-sale.yml"), "summer-sale-2027");
        assert_eq!(id("cny-2027.campaign.yaml"), "cny-2027");
        assert_eq!(plan_id(None, 2028), "plan-2028");
        // Not an id as written: what ASCII there is, a fingerprint, the year.
        let spaced = id("Summer Sale.campaign.yaml");
        assert!(spaced.starts_with("summer-sale-") && spaced.ends_with("-2027"));
        assert_ne!(spaced, id("summer_sale.campaign.yaml"));
        let (spring, autumn) = (id("春节.campaign.yaml"), id("中秋.campaign.yaml"));
        assert!(
            spring.starts_with("plan-") && spring.ends_with("-2027"),
            "{spring}"
        );
        assert_ne!(spring, autumn);
        assert!(id("618大促.campaign.yaml").starts_with("plan-618-"));
        let long = id(&format!("{}.campaign.yaml", "a".repeat(100)));
        assert_eq!(long.len(), 64);
        for name in [
            spaced,
            spring,
            autumn,
            long,
            id("--.yaml"),
            id(".campaign.yaml"),
        ] {
            assert!(crate::values::Id::parse(&name).is_ok(), "{name}");
        }
    }

    #[test]
    fn templates_use_only_known_placeholders() {
        for locale in [Locale::ZhCn, Locale::En] {
            let options = Options {
                locale,
                jurisdictions: vec![Jurisdiction::Cn],
                today: date(2027, 1, 1),
                file_name: Some("spring.campaign.yaml".into()),
            };
            let text = render(&options, SCHEMA_ID).expect("render");
            assert!(!text.contains("{{"), "{text}");
            assert!(!text.contains("}}"), "{text}");
        }
    }

    #[test]
    fn fill_replaces_names_and_refuses_unknown_ones() {
        let values = [("a", "1".to_owned())];
        assert_eq!(fill("x{{a}}y{ c }\n", &values).as_deref(), Ok("x1y{ c }\n"));
        assert!(fill("x{{b}}", &values).is_err());
    }

    #[test]
    fn default_locale_follows_the_first_jurisdiction() {
        assert_eq!(default_locale(&[Jurisdiction::Cn]), Locale::ZhCn);
        assert_eq!(
            default_locale(&[Jurisdiction::Cn, Jurisdiction::Eu]),
            Locale::ZhCn
        );
        assert_eq!(default_locale(&[Jurisdiction::Us]), Locale::En);
        assert_eq!(
            default_locale(&[Jurisdiction::Eu, Jurisdiction::Cn]),
            Locale::En
        );
    }

    #[test]
    fn schema_ref_is_relative_inside_a_checkout_and_the_id_outside() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        assert_eq!(schema_ref(&root.join("plan.campaign.yaml")), SCHEMA_ID);
        std::fs::create_dir_all(root.join("schema")).expect("mkdir");
        std::fs::write(
            root.join(SCHEMA_PATH),
            format!("{{\"$id\": \"{SCHEMA_ID}\"}}"),
        )
        .expect("write");
        assert_eq!(
            schema_ref(&root.join("plan.campaign.yaml")),
            "schema/campaign.schema.json"
        );
        assert_eq!(
            schema_ref(&root.join("plans/2027/x.campaign.yaml")),
            "../../schema/campaign.schema.json"
        );
        // Another schema at that path is not this one.
        std::fs::write(root.join(SCHEMA_PATH), "{\"$id\": \"other\"}").expect("write");
        assert_eq!(schema_ref(&root.join("plan.campaign.yaml")), SCHEMA_ID);
    }
}
