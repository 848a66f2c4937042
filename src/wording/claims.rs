//! Claims in customer-facing text: the numbers and dates the words promise (满299享91折,
//! 每人限购1件, 1月16日至2月6日, "Spend $50, get $10 off", "ends Nov 30"), read in
//! Chinese and English with the exact characters they occupy, and checked against the
//! offers the text belongs to or advertises.

use super::normalize::{Normalized, normalize};
use crate::i18n::{Arg, Msg};
use crate::model::{Campaign, Coupon, Loc, PLAN, Promotion, PromotionKind};
use crate::msg;
use rust_decimal::Decimal;
use std::str::FromStr;
use std::sync::OnceLock;

mod combine;
mod effective;
pub mod fix;
mod gate;

pub use combine::{Class, Party};
pub use effective::Stated;

/// A month and day, with the year when the text gives one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Day {
    pub year: Option<i16>,
    pub month: i8,
    pub day: i8,
}

impl Day {
    fn matches(&self, date: jiff::civil::Date) -> bool {
        date.month() == self.month
            && date.day() == self.day
            && self.year.is_none_or(|y| y == date.year())
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "{:02}-{:02}", self.month, self.day),
        }
    }
}

/// What a claim states.
#[derive(Clone, Debug, PartialEq)]
pub enum ClaimKind {
    /// 满X减Y, "Spend $X, get $Y off": a tier or coupon of that spend and amount.
    SpendAmount { spend: Decimal, off: Decimal },
    /// 满X享Y折, "Spend $X, get Y% off": a tier of that spend paying that share.
    SpendRatio { spend: Decimal, pay: Decimal },
    /// 每满X减Y, "every $X, $Y off": a 每满减 of that spend and amount.
    EverySpend { spend: Decimal, off: Decimal },
    /// Y折起, 最低Y折, 低至Y折, "up to Y% off": the deepest price.
    Deepest { pay: Decimal },
    /// 最高减Y, "up to $Y off": the largest saving.
    MostSaved { amount: Decimal },
    /// 每人限购N件, "limit N per customer".
    PerUser { n: u64 },
    /// 限量N件, "only N available".
    Quantity { n: u64 },
    /// 共N份, "N prizes": a total quantity.
    Total { n: u64 },
    /// N部, N个, N份 without 共: a count with a unit, read as a quantity only next to
    /// prizes (手机11部, 红包5000个).
    Count { n: u64 },
    /// 每人每天限领1份: a per-customer limit per day; `claims` when the limit is on
    /// claiming (领, 抢, 兑), which the plan can state (`claims_per_user_per_day`).
    PerUserDaily { n: u64, claims: bool },
    /// 仅剩200袋, 只剩3件: the stock left, which cannot exceed the quantity.
    Remaining { n: u64 },
    /// 每日限量200杯: a quantity per day, which the plan has no field for.
    QuantityDaily { n: u64 },
    /// 立减Y元, "$Y off": an amount off.
    AmountOff { amount: Decimal },
    /// 无门槛, "no minimum spend".
    NoThreshold,
    /// 上不封顶, 不设上限, "no cap": the saving has no ceiling.
    NoCap,
    /// 不与其他优惠同享, 红包与店铺券不能同享, 特价商品不参与满减, "cannot be combined with any
    /// other offer": no offer `a` names goes on an order with one `b` names.
    Exclusive { a: Party, b: Party },
    /// 可与店铺券叠加, 满减与折扣可同享, "stacks with sale prices": some offer `a` names goes
    /// on an order with one `b` names (each of them, for 所有优惠, "any other offer").
    Stackable { a: Party, b: Party },
    /// 每单限用1张优惠券, 优惠券不可叠加, "one code per order": the coupons one order may
    /// use (`None`: 可无限叠加, no limit).
    CouponsPerOrder { most: Option<u64> },
    /// 相当于8.7折, 约9折, "that's 25% off", "save 15%" beside an amount off: the ratio the
    /// 满X减Y of the same sentence (`basis`: spend, amount off) gives, or else some offer,
    /// at the precision stated. `loose` words count only with a basis.
    Effective {
        stated: Stated,
        basis: Option<(Decimal, Decimal)>,
        loose: bool,
    },
    /// Y折, "Y% off": a price or share off some offer has.
    Ratio { pay: Decimal },
    /// 价值X元, X元购物卡, "worth $X": a prize's or coupon's value.
    Value { amount: Decimal },
    /// 2至3倍: a mystery box's value multiple.
    Multiple { low: Decimal, high: Decimal },
    /// 每场N款: items per flash-sale slot.
    ItemsPerSlot { n: u64 },
    /// 每日10点、14点、20点: flash-sale slots.
    Slots { times: Vec<(i8, i8)> },
    /// 提前N天: member early access.
    EarlyDays { n: u64 },
    /// 1月16日至2月6日, "Nov 1 – Nov 11", 1月13日起, 有效期至2月15日, "ends Nov 30",
    /// "Thursday 26 – Sunday 29 November", "order by Dec 20", 12月20日截止.
    Period { from: Option<Day>, to: Option<Day> },
    /// 12月12日0点至2点, 11月11日0:00—23:59: hours of one day, a session that must fall
    /// inside the offer's run (a flash sale's day), not the whole run.
    Session { on: Day },
    /// "ends Sunday", "until midnight Sunday", 本周日24点结束: an end given by its weekday
    /// alone — the offer's last day is that weekday (no date is guessed for it).
    EndsOn { weekday: jiff::civil::Weekday },
    /// "was $80 from Sep 1 – Oct 15", 原价199元（9月1日至10月15日售价）: the period of a
    /// former or reference price, not the offer's run (never compared with it).
    PricePeriod { from: Option<Day>, to: Option<Day> },
    /// "Thursday 26 November", 11月26日（周四）: a weekday written with a date, checked
    /// against the calendar (L017), not against the offers. `other` is the month-first
    /// reading of an English numeric date that reads both ways (`3/12`: `day` is 3
    /// December, `other` March 12).
    Weekday {
        day: Day,
        weekday: jiff::civil::Weekday,
        other: Option<Day>,
    },
}

/// A claim found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Index into `Wording::places` (0 until placed).
    pub place: usize,
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
    pub kind: ClaimKind,
}

const NUM: &str = r"([0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)[ \t]*(万|亿|k)?";
const CUR: &str = r"(?:¥|\$|€|£)?";
/// The measure words (量词) a count is written with in limits, quantities and stock
/// claims: 限购2件, 每人限领1张, 限量500套, 共300盒, 每户限购1箱.
const CLASSIFIER: &str = "(?:件|台|个|張|张|份|套|盒|瓶|支|箱|袋|双|部|只|单|次|罐|包|桶|块|条|把|枚|颗|片|本|册|杯|听|提|组|束|对|副|辆|名|位)";
/// Who a per-customer limit is for: 每人, 每位用户, 每个账号, 每户, 每个家庭, 每ID.
const PER_CUSTOMER: &str = "(?:每人|每个人|一人|单人|每位(?:用户|会员|顾客|客户|买家)?|每个(?:账号|账户|用户|会员|家庭|手机号|ID|id)|每(?:账号|账户|用户|会员|户|ID|id)|每个?家庭|单个?(?:账号|用户|ID|id))";
/// A count in digits (`1,000`, `10万`) or in Chinese numerals (`一`, `两`, `十二`): one
/// capture group, read by [`count_text`].
const COUNT: &str = r"([0-9]+(?:,[0-9]{3})*(?:[ \t]*万)?|[零一二两三四五六七八九十百千万]+)";
/// The measure words of stock (限量500份, 仅剩200袋): those of [`CLASSIFIER`] but 次, 名
/// and 位, which count times and people (仅1次机会, 前300名), and 个, which counts
/// anything (仅剩2个小时, 全国300个城市).
const STOCK_CLASSIFIER: &str = "(?:件|台|張|张|份|套|盒|瓶|支|箱|袋|双|部|只|单|罐|包|桶|块|条|把|枚|颗|片|本|册|杯|听|提|组|束|对|副|辆)";
/// A count in English: digits or a number word up to twelve (one capture group).
const EN_COUNT: &str =
    r"([0-9]+(?:,[0-9]{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
/// Chinese numerals, which a limit or quantity may be written with (限领一份, 两瓶).
const ZH_NUMERALS: &str = "零一二两三四五六七八九十百千万";
/// English number words, which a limit may be written with ("limit five per customer").
const EN_NUMBERS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];
/// Delivery words after a date's start or end word: the date is a delivery's (开始发货,
/// 截止发货), not the offer's.
const ZH_DELIVERY: &str = "发货|配送|发出|送达|派送|揽收|签收|退款|退货|退换|售后|预约发货";
/// What may stand between a Chinese date and the word after it: a weekday (（周四）,
/// 星期四) and a time of day (24点, 晚8点, 23:59).
const ZH_AFTER_DATE: &str = r"(?:[ \t]*\(?[ \t]*(?:周|星期|礼拜)[一二三四五六日天][ \t]*\)?)?(?:[ \t]*(?:凌晨|早上|上午|中午|下午|晚上|晚)?[ \t]*[0-9]{1,2}(?::[0-9]{2}(?::[0-9]{2})?|点|时)(?:[0-9]{1,2}分|半|整)?)?";
// Word boundaries are ASCII (`(?-u:\b)`): a Unicode `\b` makes the regex engine fall
// back to its slowest mode on Chinese text.

/// English units of time, which a count before `left` or `available` may be.
const TIME_WORDS: &[&str] = &[
    "second", "minute", "hour", "day", "night", "week", "month", "year",
];

struct Pattern {
    source: String,
    /// Compiled on first use: the gates (`gate.rs`) say which patterns may occur, and
    /// a plan uses few of them. `None` only if a pattern fails to compile (a unit test makes
    /// sure none does).
    regex: OnceLock<Option<regex_lite::Regex>>,
    /// The same pattern with the full engine, compiled once a process reads many
    /// sentences ([`many_texts`], [`FULL_ENGINE_AFTER`]).
    full: OnceLock<Option<regex::Regex>>,
    build: fn(&Caps<'_>) -> Option<ClaimKind>,
}

/// Set once a plan with many texts is read, or once this process has read
/// [`FULL_ENGINE_AFTER`] sentences: from then on the claim patterns compile with the full
/// engine, whose matching is faster (a small plan never pays for compiling it).
static FULL_ENGINE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Sentences read by this process, counted until the full engine takes over.
static SENTENCES_READ: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// How many sentences the lightweight engine reads before the full engine pays for
/// its compiling (a typical plan has a few dozen; a batch of plans passes it early).
const FULL_ENGINE_AFTER: usize = 300;

pub(crate) use super::re::Caps;

/// Tells the claims reader that a plan has many texts (thousands of copy entries), so
/// finding matches fast is worth compiling the full engine.
pub fn many_texts() {
    FULL_ENGINE.store(true, std::sync::atomic::Ordering::Relaxed);
}

impl Pattern {
    /// The pattern with the full engine, compiled on first use.
    fn full(&self) -> Option<&regex::Regex> {
        self.full
            .get_or_init(|| regex::Regex::new(&self.source).ok())
            .as_ref()
    }

    /// The full pattern when `wanted` (compiled then, on first use).
    fn full_if(&self, wanted: bool) -> Option<&regex::Regex> {
        if wanted { self.full() } else { None }
    }

    /// The lightweight pattern when `wanted` (compiled then, on first use).
    fn lite_if(&self, wanted: bool) -> Option<&regex_lite::Regex> {
        if wanted { self.regex() } else { None }
    }

    /// The pattern, compiled on first use with the lightweight engine: it runs only on
    /// sentences its gate lets through, which are short, and compiling the full engine
    /// for each of the hundred-odd shapes was most of a small check's start-up. The
    /// lightweight engine's `\\b` is ASCII, as `(?-u:\\b)` is in the full engine.
    fn regex(&self) -> Option<&regex_lite::Regex> {
        self.regex
            .get_or_init(|| regex_lite::Regex::new(&self.source.replace("(?-u:\\b)", "\\b")).ok())
            .as_ref()
    }
}

fn number(caps: &Caps<'_>, value: usize, unit: usize) -> Option<Decimal> {
    let digits = caps.get(value)?.as_str().replace(',', "");
    let base = Decimal::from_str(&digits).ok()?;
    let factor = match caps.get(unit).map(|m| m.as_str()) {
        Some("万") => Decimal::from(10_000),
        Some("亿") => Decimal::from(100_000_000u64),
        Some("k") => Decimal::from(1_000),
        _ => Decimal::ONE,
    };
    base.checked_mul(factor)
}

/// A count as [`COUNT`] or [`EN_COUNT`] writes it: digits (with `,` and `万`), Chinese
/// numerals up to the ten thousands (十二, 两百, 一万), or an English number word.
fn count_text(text: &str) -> Option<u64> {
    let text = text.trim();
    if let Some(at) = EN_NUMBERS.iter().position(|w| *w == text) {
        return u64::try_from(at).ok()?.checked_add(1);
    }
    if text.starts_with(|c: char| c.is_ascii_digit()) {
        let (digits, factor) = match text.strip_suffix('万') {
            Some(d) => (d.trim(), 10_000),
            None => (text, 1),
        };
        return digits
            .replace(',', "")
            .parse::<u64>()
            .ok()?
            .checked_mul(factor);
    }
    zh_numeral(text)
}

/// Chinese numerals: 一 … 九 (两 = 2, 零 = 0), 十 百 千 within a section, 万 after it.
fn zh_numeral(text: &str) -> Option<u64> {
    let (mut total, mut section, mut digit) = (0u64, 0u64, None::<u64>);
    for c in text.chars() {
        let value = match c {
            '零' => Some(0),
            '一' => Some(1),
            '二' | '两' => Some(2),
            '三' => Some(3),
            '四' => Some(4),
            '五' => Some(5),
            '六' => Some(6),
            '七' => Some(7),
            '八' => Some(8),
            '九' => Some(9),
            _ => None,
        };
        if let Some(v) = value {
            digit = Some(v);
            continue;
        }
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1_000,
            '万' => {
                let part = section.checked_add(digit.take().unwrap_or(0))?;
                total = total.checked_add(part.checked_mul(10_000)?)?;
                section = 0;
                continue;
            }
            _ => return None,
        };
        // 十二: a unit without a digit before it counts one of it.
        section = section.checked_add(digit.take().unwrap_or(1).checked_mul(unit)?)?;
    }
    let n = total
        .checked_add(section)?
        .checked_add(digit.unwrap_or(0))?;
    (!text.is_empty()).then_some(n)
}

/// Whether a sentence writes a count in words: a Chinese numeral right before a measure
/// word (一份, 两瓶) or an English number word ("five boxes").
fn has_count_words(sentence: &str) -> bool {
    let mut previous_numeral = false;
    for c in sentence.chars() {
        if previous_numeral && CLASSIFIER.contains(c) && !c.is_ascii() {
            return true;
        }
        previous_numeral = ZH_NUMERALS.contains(c);
    }
    EN_NUMBERS.iter().any(|w| sentence.contains(w))
}

fn count(caps: &Caps<'_>, value: usize, unit: usize) -> Option<u64> {
    use rust_decimal::prelude::ToPrimitive;
    let n = number(caps, value, unit)?;
    (n.fract().is_zero()).then(|| n.to_u64()).flatten()
}

/// 每人限购N件 and the like: the limit of the customer the words name.
fn named_limit(c: &Caps<'_>) -> Option<ClaimKind> {
    per_customer(c.get(0)?.as_str(), count_text(c.get(1)?.as_str())?)
}

/// 限购N件 with nobody named: per customer, unless per order or per slot (then none).
fn bare_limit(c: &Caps<'_>) -> Option<ClaimKind> {
    match c.get(1).map(|m| m.as_str()) {
        None | Some("每款" | "每日" | "每天") => {
            per_customer(c.get(0)?.as_str(), count_text(c.get(2)?.as_str())?)
        }
        Some(_) => None,
    }
}

/// 限量五百份 (a quantity), 共五份 (a total).
fn numeral_quantity(c: &Caps<'_>) -> Option<ClaimKind> {
    let n = count_text(c.get(2)?.as_str())?;
    Some(if c.get(1)?.as_str() == "共" {
        ClaimKind::Total { n }
    } else {
        ClaimKind::Quantity { n }
    })
}

/// A per-customer limit as the words give it: per day (每人每天限领一份) or over the
/// campaign; none for a limit per order (每人每单限购), which the plan cannot state.
fn per_customer(words: &str, n: u64) -> Option<ClaimKind> {
    if words.contains("每单") {
        return None;
    }
    if words.contains("每日") || words.contains("每天") {
        let claims = words.contains('领') || words.contains('抢') || words.contains('兑');
        return Some(ClaimKind::PerUserDaily { n, claims });
    }
    Some(ClaimKind::PerUser { n })
}

/// The pay share of a 折 figure (`85` → 0.85, `8.5` → 0.85, `9` → 0.9).
fn zhe(text: &str) -> Option<Decimal> {
    crate::values::Discount::parse(&format!("{text}折"))
        .ok()
        .and_then(|d| d.pay_ratio())
}

fn percent_pay(text: &str) -> Option<Decimal> {
    let off = Decimal::from_str(text)
        .ok()?
        .checked_div(Decimal::ONE_HUNDRED)?;
    if off > Decimal::ZERO && off <= Decimal::ONE {
        Decimal::ONE.checked_sub(off)
    } else {
        None
    }
}

fn day(year: Option<&str>, month: Option<&str>, d: Option<&str>) -> Option<Day> {
    let month: i8 = month?.parse().ok()?;
    let d: i8 = d?.parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&d)).then(|| Day {
        year: year.and_then(|y| y.parse().ok()),
        month,
        day: d,
    })
}

/// One time of day inside a list of slots (`10点`, `10:30`, `8点半`).
fn slot_time() -> Option<&'static regex::Regex> {
    static RE: OnceLock<Option<regex::Regex>> = OnceLock::new();
    RE.get_or_init(|| regex::Regex::new(r"([0-9]{1,2})(?::([0-9]{2})|点(半|([0-9]{1,2})分)?)").ok())
        .as_ref()
}

/// The patterns, in priority order, and their gates (`gate.rs`): the words that tell
/// which may occur in a sentence.
struct Patterns {
    list: Vec<Pattern>,
    gates: gate::Gates,
    /// With the full engine (many sentences), one set of every pattern says exactly
    /// which occur: it costs a one-time compile (too much for one small plan) and then
    /// reads each sentence in one pass, where the gates let through patterns that then
    /// run in vain. `None` for lists whose set outgrows the lazy DFA.
    set: Option<OnceLock<Option<regex::RegexSet>>>,
}

impl Patterns {
    /// Patterns read with the gates, and with a set of them in full-engine mode.
    fn new(list: Vec<Pattern>) -> Patterns {
        let gates = gate::Gates::new(list.iter().map(|p| p.source.as_str()));
        Patterns {
            list,
            gates,
            set: Some(OnceLock::new()),
        }
    }

    /// Patterns read with the gates only.
    fn gated(list: Vec<Pattern>) -> Patterns {
        Patterns {
            set: None,
            ..Patterns::new(list)
        }
    }

    /// The indices of the patterns that may match `sentence`, in order.
    fn present(&self, sentence: &str, full: bool) -> Vec<usize> {
        let set = self.set.as_ref().filter(|_| full).and_then(|cell| {
            cell.get_or_init(|| {
                regex::RegexSet::new(self.list.iter().map(|p| p.source.as_str())).ok()
            })
            .as_ref()
        });
        match set {
            Some(set) => set.matches(sentence).into_iter().collect(),
            None => self.gates.open(sentence),
        }
    }
}

/// Compiles the claim patterns now (otherwise each is compiled when a text first
/// needs it), so that a check started meanwhile finds them ready. Two threads may share the work, one taking
/// the patterns from the front and one (`from_back`) from the back.
pub fn warm_up(from_back: bool) {
    let list = &compiled().list;
    let order: Box<dyn Iterator<Item = &Pattern>> = if from_back {
        Box::new(list.iter().rev())
    } else {
        Box::new(list.iter())
    };
    for pattern in order {
        let _ = pattern.regex();
    }
}

fn compiled() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| Patterns::new(pattern_list()))
}

/// The claim patterns in priority order: Chinese, then English.
fn pattern_list() -> Vec<Pattern> {
    // Ratio words first: 相当于8.5折 is a ratio claim, not a bare 8.5折.
    let mut list = effective::patterns();
    list.extend(chinese_patterns());
    list.extend(chinese_date_patterns());
    list.extend(english_patterns());
    list
}

/// A pattern not compiled yet.
fn p(source: String, build: fn(&Caps<'_>) -> Option<ClaimKind>) -> Pattern {
    Pattern {
        source,
        regex: OnceLock::new(),
        full: OnceLock::new(),
        build,
    }
}

/// Chinese claims, most specific first.
fn chinese_patterns() -> Vec<Pattern> {
    let zhe_re = r"([0-9]\.[0-9]|[0-9]{1,2})[ \t]*折";
    vec![
        p(format!(r"每满[ \t]*{CUR}[ \t]*{NUM}[ \t]*元?[ \t]*(?:立减|减|省)[ \t]*{CUR}[ \t]*{NUM}"), |c| {
            Some(ClaimKind::EverySpend { spend: number(c, 1, 2)?, off: number(c, 3, 4)? })
        }),
        p(format!(r"满[ \t]*{CUR}[ \t]*{NUM}[ \t]*元?[ \t]*(?:立减|可减|减|省)[ \t]*{CUR}[ \t]*{NUM}"), |c| {
            Some(ClaimKind::SpendAmount { spend: number(c, 1, 2)?, off: number(c, 3, 4)? })
        }),
        p(format!(r"满[ \t]*{CUR}[ \t]*{NUM}[ \t]*元?[ \t]*(?:即享|可享|享受|享|打)?[ \t]*{zhe_re}"), |c| {
            Some(ClaimKind::SpendRatio { spend: number(c, 1, 2)?, pay: zhe(c.get(3)?.as_str())? })
        }),
        p(format!(r"满[ \t]*{CUR}[ \t]*{NUM}[ \t]*元?[ \t]*(?:即享|可享|享受|享|减|立减)[ \t]*([0-9]+(?:\.[0-9]+)?)[ \t]*%"), |c| {
            Some(ClaimKind::SpendRatio { spend: number(c, 1, 2)?, pay: percent_pay(c.get(3)?.as_str())? })
        }),
        p(format!(r"(?:最低|低至|低到)[ \t]*{zhe_re}|{zhe_re}[ \t]*起"), |c| {
            let m = c.get(1).or_else(|| c.get(2))?;
            Some(ClaimKind::Deepest { pay: zhe(m.as_str())? })
        }),
        p(format!(r"最高[ \t]*(?:可)?[ \t]*(?:立减|减|省|抵|返)[ \t]*{CUR}[ \t]*{NUM}"), |c| {
            Some(ClaimKind::MostSaved { amount: number(c, 1, 2)? })
        }),
        // 最多减100元: the largest saving (最多 with 抵 is a points redemption's ceiling,
        // which the plan cannot state).
        p(format!(r"最多[ \t]*(?:可)?[ \t]*(?:立减|减|省|优惠)[ \t]*{CUR}[ \t]*{NUM}[ \t]*元?"), |c| {
            Some(ClaimKind::MostSaved { amount: number(c, 1, 2)? })
        }),
        p(format!(r"(?:优惠|减免|立减|满减|返现)?[ \t]*封顶[ \t]*{CUR}[ \t]*{NUM}"), |c| {
            Some(ClaimKind::MostSaved { amount: number(c, 1, 2)? })
        }),
        p(format!(r"(?:每日|每天)?[ \t]*{PER_CUSTOMER}[ \t]*(?:活动期间)?[ \t]*(?:每日|每天|每单)?[ \t]*(?:限购|限买|限领|限兑换|限兑|限抢|限下|限参与|限参加|限用|仅限|仅可|仅能|只能|只可|仅|限|可|最多(?:可)?)?[ \t]*(?:购买|购|买|领取|领|兑换|兑|抢购|抢|下|参与|参加|抽奖|抽|使用|用)?[ \t]*{COUNT}[ \t]*{CLASSIFIER}"), named_limit),
        // 限购5支 with nobody named is a limit per customer; 每单限购 is per order, which
        // the plan cannot state, and 每场限购 per slot.
        p(format!(r"(每单|每笔|每次|每桌|每场|单笔|单次|每日|每天|每款)?[ \t]*(?:限购|限买|限领|限抢|限兑换|限兑)[ \t]*{COUNT}[ \t]*{CLASSIFIER}"), bare_limit),
        p(format!(r"(?:仅剩下|仅剩|只剩下|只剩|还剩|剩余|仅余|剩下)[ \t]*(?:最后)?[ \t]*{COUNT}[ \t]*{STOCK_CLASSIFIER}"), |c| {
            Some(ClaimKind::Remaining { n: count_text(c.get(1)?.as_str())? })
        }),
        // 限量五百份, 共五份: the quantity in Chinese numerals (in digits, read below).
        p(r"(限量|共)[ \t]*([零一二两三四五六七八九十百千万]+)[ \t]*".to_owned() + STOCK_CLASSIFIER, numeral_quantity),
        p(format!(r"(每日|每天)[ \t]*(?:限量|限售|仅售|仅供|供应|仅)[ \t]*{COUNT}[ \t]*{STOCK_CLASSIFIER}"), |c| {
            Some(ClaimKind::QuantityDaily { n: count_text(c.get(2)?.as_str())? })
        }),
        p(format!(r"(?:全网|(?:全网|全国|全平台|全店)[ \t]*(?:限量发售|限量供应|限量|限售|共发售|共有|共|发售|仅有|只有|仅)|(?:本场|本次|本期|本轮|每场|每款)?[ \t]*(?:限量发售|限量供应|共发售|共备货|共有|发售|备货|现货|库存|仅有|只有|仅))[ \t]*{COUNT}[ \t]*{STOCK_CLASSIFIER}"), |c| {
            Some(ClaimKind::Quantity { n: count_text(c.get(1)?.as_str())? })
        }),
        p(format!(r"限量[ \t]*{NUM}[ \t]*{CLASSIFIER}?"), |c| {
            Some(ClaimKind::Quantity { n: count(c, 1, 2)? })
        }),
        p(format!(r"共[ \t]*{NUM}[ \t]*{CLASSIFIER}"), |c| {
            Some(ClaimKind::Total { n: count(c, 1, 2)? })
        }),
        p(r"提前[ \t]*([0-9]+)[ \t]*天".into(), |c| {
            Some(ClaimKind::EarlyDays { n: c.get(1)?.as_str().parse().ok()? })
        }),
        p(r"每场[ \t]*([0-9]+)[ \t]*款".into(), |c| {
            Some(ClaimKind::ItemsPerSlot { n: c.get(1)?.as_str().parse().ok()? })
        }),
        p(r"(?:每日|每天)[ \t]*((?:[0-9]{1,2}(?::[0-9]{2}|点(?:半|[0-9]{1,2}分)?)[ \t]*[、,，和及]?[ \t]*)+)".into(), |c| {
            let list = c.get(1)?.as_str();
            let re = slot_time()?;
            let times: Vec<(i8, i8)> = re
                .captures_iter(list)
                .filter_map(|t| {
                    let h: i8 = t.get(1)?.as_str().parse().ok()?;
                    let m: i8 = match (t.get(2), t.get(3), t.get(4)) {
                        (Some(m), _, _) => m.as_str().parse().ok()?,
                        (_, Some(h), None) if h.as_str() == "半" => 30,
                        (_, _, Some(m)) => m.as_str().parse().ok()?,
                        _ => 0,
                    };
                    Some((h, m))
                })
                .collect();
            (!times.is_empty()).then_some(ClaimKind::Slots { times })
        }),
        p(r"([0-9]+(?:\.[0-9]+)?)[ \t]*(?:至|到|-|~|～)[ \t]*([0-9]+(?:\.[0-9]+)?)[ \t]*倍".into(), |c| {
            Some(ClaimKind::Multiple {
                low: Decimal::from_str(c.get(1)?.as_str()).ok()?,
                high: Decimal::from_str(c.get(2)?.as_str()).ok()?,
            })
        }),
        p(format!(r"价值[ \t]*{CUR}[ \t]*{NUM}[ \t]*元?"), |c| {
            Some(ClaimKind::Value { amount: number(c, 1, 2)? })
        }),
        p(format!(r"{CUR}[ \t]*{NUM}[ \t]*元[ \t]*(?:无门槛)?[ \t]*(?:购物卡|红包|礼品卡|现金券|代金券|优惠券|券)"), |c| {
            Some(ClaimKind::Value { amount: number(c, 1, 2)? })
        }),
        p(format!(r"(?:立减|直降|立省|减)[ \t]*{CUR}[ \t]*{NUM}[ \t]*元"), |c| {
            Some(ClaimKind::AmountOff { amount: number(c, 1, 2)? })
        }),
        p(r"无门槛".into(), |_| Some(ClaimKind::NoThreshold)),
        // 无上限 alone may be about how often a customer may take part (领取次数无上限):
        // only a saving said to have no ceiling counts.
        p(r"上不封顶|不封顶|无封顶|不设封顶|(?:优惠|减免|立减|满减|返现|折扣|减)[^，。！？；,!?;]{0,4}(?:不设上限|上不设限|无上限|没有上限)".into(), |_| Some(ClaimKind::NoCap)),
        p(zhe_re.into(), |c| Some(ClaimKind::Ratio { pay: zhe(c.get(1)?.as_str())? })),
        p(format!(r"{NUM}[ \t]*(?:部|个|份|张|台|名|套|辆|只)"), |c| Some(ClaimKind::Count { n: count(c, 1, 2)? })),
    ]
}

/// Chinese periods, ends and starts (after the other Chinese claims, which never read a
/// date): 12月1日至12月7日, 截至12月20日, 12月20日截止, 1月5日开启, 本周日24点结束.
fn chinese_date_patterns() -> Vec<Pattern> {
    vec![
        // A range: 12月1日至12月7日, 12月10日起至20日, 12月3日（周四）—12月6日（周日）.
        p(format!(r"(?:([0-9]{{4}})年)?([0-9]{{1,2}})月([0-9]{{1,2}})[日号]{ZH_AFTER_DATE}[ \t]*起?[ \t]*(?:至|到|-|—|–|~|～)[ \t]*(?:(?:([0-9]{{4}})年)?([0-9]{{1,2}})月)?([0-9]{{1,2}})[日号]"), |c| {
            let from = day(c.get(1).map(|m| m.as_str()), c.get(2).map(|m| m.as_str()), c.get(3).map(|m| m.as_str()))?;
            let month = c.get(5).map(|m| m.as_str()).or_else(|| c.get(2).map(|m| m.as_str()));
            let year = c.get(4).or_else(|| c.get(1)).map(|m| m.as_str());
            let mut to = day(year, month, c.get(6).map(|m| m.as_str()))?;
            // 2026年12月28日至1月3日: the year written once turns with the calendar.
            if c.get(4).is_none() && (to.month, to.day) < (from.month, from.day) {
                to.year = to.year.map(|y| y.saturating_add(1));
            }
            Some(ClaimKind::Period { from: Some(from), to: Some(to) })
        }),
        // Hours of one day: 12月12日0点至2点, 11月11日0:00—23:59.
        p(r"(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})[日号][ \t]*(?:凌晨|早上|上午|中午|下午|晚上|晚)?[ \t]*[0-9]{1,2}(?::[0-9]{2}|点|时)(?:[0-9]{1,2}分|半|整)?[ \t]*(?:至|到|-|—|–|~|～)[ \t]*(?:凌晨|早上|上午|中午|下午|晚上|晚)?[ \t]*[0-9]{1,2}(?::[0-9]{2}|点|时)".into(), |c| {
            let on = day(c.get(1).map(|m| m.as_str()), c.get(2).map(|m| m.as_str()), c.get(3).map(|m| m.as_str()))?;
            Some(ClaimKind::Session { on })
        }),
        // An end: 截至12月20日, 即日起至12月20日, 持续到11月15日, 截止时间为12月20日.
        p(r"(?:截至|截止(?:到|至|日期|时间)?(?:为|是|:)?|有效期(?:至|到)|结束(?:时间|日期)(?:为|是|:)?|(?:持续|延续|延长|一直|有效|开放|截止)到|至)[ \t]*(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})[日号]".into(), |c| {
            let to = day(c.get(1).map(|m| m.as_str()), c.get(2).map(|m| m.as_str()), c.get(3).map(|m| m.as_str()))?;
            Some(ClaimKind::Period { from: None, to: Some(to) })
        }),
        // An end after its date: 12月20日截止, 12月20日（周日）24点结束, 12月20日止 — not a
        // delivery cut-off (12月20日截止发货).
        p(format!(r"(?:([0-9]{{4}})年)?([0-9]{{1,2}})月([0-9]{{1,2}})[日号]{ZH_AFTER_DATE}[ \t]*(?:截止|截至|结束|止)({ZH_DELIVERY})?"), |c| {
            if c.get(4).is_some() {
                return None;
            }
            let to = day(c.get(1).map(|m| m.as_str()), c.get(2).map(|m| m.as_str()), c.get(3).map(|m| m.as_str()))?;
            Some(ClaimKind::Period { from: None, to: Some(to) })
        }),
        // A start: 1月13日起, 1月5日开启, 11月1日20:00开始, 11月26日（周四）开抢 — not a
        // delivery's (12月1日开始发货).
        p(format!(r"(?:([0-9]{{4}})年)?([0-9]{{1,2}})月([0-9]{{1,2}})[日号]{ZH_AFTER_DATE}[ \t]*(?:起|开始|开启|开抢|开售|开卖|开团|启动)[ \t]*({ZH_DELIVERY})?"), |c| {
            if c.get(4).is_some() {
                return None;
            }
            let from = day(c.get(1).map(|m| m.as_str()), c.get(2).map(|m| m.as_str()), c.get(3).map(|m| m.as_str()))?;
            Some(ClaimKind::Period { from: Some(from), to: None })
        }),
        // An end given by its weekday alone: 本周日24点结束, 截至本周日 — not a schedule
        // (周一至周五18点结束, 每周五结束).
        p(r"(至|到|每|-|—|~)?(?:本|这|下)?(?:周|星期|礼拜)([一二三四五六日天])(?:[ \t]*(?:凌晨|早上|上午|中午|下午|晚上|晚)?[ \t]*[0-9]{1,2}(?::[0-9]{2}|点|时)(?:[0-9]{1,2}分|半|整)?)?(?:[ \t]*(?:凌晨|早上|上午|中午|下午|晚上|晚))?[ \t]*(?:截止|结束)|(?:截至|截止到?)[ \t]*(?:本|这|下)?(?:周|星期|礼拜)([一二三四五六日天])".into(), |c| {
            if c.get(1).is_some() {
                return None;
            }
            let weekday = match c.get(2).or_else(|| c.get(3))?.as_str() {
                "一" => jiff::civil::Weekday::Monday,
                "二" => jiff::civil::Weekday::Tuesday,
                "三" => jiff::civil::Weekday::Wednesday,
                "四" => jiff::civil::Weekday::Thursday,
                "五" => jiff::civil::Weekday::Friday,
                "六" => jiff::civil::Weekday::Saturday,
                _ => jiff::civil::Weekday::Sunday,
            };
            Some(ClaimKind::EndsOn { weekday })
        }),
    ]
}

/// English claims, most specific first: spend and saving shapes, then limits, counts
/// and the bare amounts.
fn english_patterns() -> Vec<Pattern> {
    let mut list = english_saving_patterns();
    list.extend(english_count_patterns());
    list
}

/// English spend and saving shapes ("spend $50, get $10 off", "up to 50% off").
fn english_saving_patterns() -> Vec<Pattern> {
    vec![
        p(
            format!(
                r"(?:for )?every {CUR}{NUM}(?: you)?(?: spend| spent)?,? (?:get |take |save )?{CUR}{NUM} off"
            ),
            |c| {
                Some(ClaimKind::EverySpend {
                    spend: number(c, 1, 2)?,
                    off: number(c, 3, 4)?,
                })
            },
        ),
        p(
            format!(
                r"spend {CUR}{NUM}(?: or more)?,? (?:and )?(?:get|take|save|enjoy) {CUR}{NUM} off"
            ),
            |c| {
                Some(ClaimKind::SpendAmount {
                    spend: number(c, 1, 2)?,
                    off: number(c, 3, 4)?,
                })
            },
        ),
        p(
            format!(
                r"{CUR}{NUM} off (?:your )?(?:orders?|purchases?|baskets?)? ?(?:of|over|above|from) {CUR}{NUM}"
            ),
            |c| {
                Some(ClaimKind::SpendAmount {
                    spend: number(c, 3, 4)?,
                    off: number(c, 1, 2)?,
                })
            },
        ),
        p(
            format!(
                r"spend {CUR}{NUM}(?: or more)?,? (?:and )?(?:get|take|save|enjoy) ([0-9]+(?:\.[0-9]+)?)% off"
            ),
            |c| {
                Some(ClaimKind::SpendRatio {
                    spend: number(c, 1, 2)?,
                    pay: percent_pay(c.get(3)?.as_str())?,
                })
            },
        ),
        p(
            format!(
                r"([0-9]+(?:\.[0-9]+)?)% off (?:your )?(?:orders?|purchases?|baskets?)? ?(?:of|over|above|from) {CUR}{NUM}"
            ),
            |c| {
                Some(ClaimKind::SpendRatio {
                    spend: number(c, 2, 3)?,
                    pay: percent_pay(c.get(1)?.as_str())?,
                })
            },
        ),
        p(r"up to ([0-9]+(?:\.[0-9]+)?)% off".into(), |c| {
            Some(ClaimKind::Deepest {
                pay: percent_pay(c.get(1)?.as_str())?,
            })
        }),
        p(
            format!(r"(?:save )?up to {CUR}{NUM} off|save up to {CUR}{NUM}"),
            |c| {
                let amount = number(c, 1, 2).or_else(|| number(c, 3, 4))?;
                Some(ClaimKind::MostSaved { amount })
            },
        ),
        // "capped at £20", "maximum discount £30": the largest saving.
        p(
            format!(
                r"capped at {CUR}{NUM}|max(?:imum)? (?:discount|saving|savings|cashback|reward)(?: of| is)?:? {CUR}{NUM}"
            ),
            |c| {
                let amount = number(c, 1, 2).or_else(|| number(c, 3, 4))?;
                Some(ClaimKind::MostSaved { amount })
            },
        ),
    ]
}

/// English limits, quantities, values and bare amounts ("limit 2 per customer", "only
/// 500 available", "$10 off").
fn english_count_patterns() -> Vec<Pattern> {
    vec![
        // "Limit 2 per customer", "one code per household", "limit five boxes per
        // customer"; a price per person ("£30 per person") is no limit, nor a time, nor a
        // multi-buy ("any 3 per customer").
        p(
            format!(
                r"(?:(?:limit(?:ed to)?|max(?:imum)?|no more than|up to|just|only) (?:of )?)?(£|\$|€|¥|any |buy |get |for )?(?-u:\b){EN_COUNT} ((?:[a-z'-]+ ){{0,2}})per (?:customer|person|household|shopper|account|member|family|head|address)(?-u:\b)( (?:per|a|each) day(?-u:\b)|,? daily)?"
            ),
            |c| {
                let between = c.get(3).map_or("", |m| m.as_str());
                if c.get(1).is_some() || TIME_WORDS.iter().any(|w| between.contains(w)) {
                    return None;
                }
                let n = count_text(c.get(2)?.as_str())?;
                // "one code per customer per day": a limit per day, on claims when it is
                // about codes, vouchers or coupons.
                if c.get(4).is_some() {
                    let claims = ["code", "voucher", "coupon"]
                        .iter()
                        .any(|w| between.contains(w));
                    return Some(ClaimKind::PerUserDaily { n, claims });
                }
                Some(ClaimKind::PerUser { n })
            },
        ),
        p(
            format!(
                r"(?:only |just )?{NUM} (?:[a-z'-]+ ){{0,2}}(?:available|left|in stock)(?-u:\b)|limited to {NUM} (?:units|items|pieces)"
            ),
            |c| {
                // `3 days left` is a time, not a quantity.
                let words = c.get(0)?.as_str();
                if TIME_WORDS.iter().any(|w| words.contains(w)) {
                    return None;
                }
                let n = count(c, 1, 2).or_else(|| count(c, 3, 4))?;
                // `50 left` is what is left, at most the quantity.
                if words.ends_with("left") {
                    return Some(ClaimKind::Remaining { n });
                }
                Some(ClaimKind::Quantity { n })
            },
        ),
        p(format!(r"{NUM} (?:prizes|winners)"), |c| {
            Some(ClaimKind::Total { n: count(c, 1, 2)? })
        }),
        // "1,000 vouchers up for grabs": all there are to claim.
        p(
            format!(r"{NUM} (?:[a-z'-]+ ){{1,3}}up for grabs(?-u:\b)"),
            |c| Some(ClaimKind::Total { n: count(c, 1, 2)? }),
        ),
        // "1,000 units at launch": the stock, unless bought, ordered or sold ("buy 2
        // units", "10,000 units sold").
        p(
            format!(
                r"(?:(buy|order|add|get|pick|choose|any|per|of|first|every|for|over|than) )?{NUM} units(?-u:\b)( sold)?"
            ),
            |c| {
                // `10,000 units sold` counts sales, not stock.
                if c.get(1).is_some() || c.get(4).is_some() {
                    return None;
                }
                Some(ClaimKind::Quantity { n: count(c, 2, 3)? })
            },
        ),
        // `2 bikes to be won`, `500 gift cards up for grabs`: a count of prizes.
        p(
            format!(r"{NUM} (?:[a-z'-]+ ){{1,3}}(?:to be won|up for grabs|to win)(?-u:\b)"),
            |c| Some(ClaimKind::Count { n: count(c, 1, 2)? }),
        ),
        p(format!(r"(?:worth|valued at|value of) {CUR}{NUM}"), |c| {
            Some(ClaimKind::Value {
                amount: number(c, 1, 2)?,
            })
        }),
        p(r"no minimum(?: spend| purchase| order)?".into(), |_| {
            Some(ClaimKind::NoThreshold)
        }),
        // A saving without a ceiling: "no cap", "no limit on how much you can save",
        // "unlimited cashback" (not "unlimited free delivery" or "no limit on returns").
        p(
            r"(?-u:\b)(?:no cap|uncapped|no upper limit|no maximum discount|no limit (?:on|to) (?:how much (?:you (?:can|could) )?(?:save|get back|earn back)|(?:the |your )?(?:savings?|discounts?|cashback|money off))|unlimited (?:savings?|discounts?|cashback|money off))(?-u:\b)".into(),
            |_| Some(ClaimKind::NoCap),
        ),
        // Dates in English are read by `super::dates` (weekday names, ranges, ends).
        p(format!(r"{CUR}{NUM} off"), |c| {
            Some(ClaimKind::AmountOff {
                amount: number(c, 1, 2)?,
            })
        }),
        p(r"([0-9]+(?:\.[0-9]+)?)% off".into(), |c| {
            Some(ClaimKind::Ratio {
                pay: percent_pay(c.get(1)?.as_str())?,
            })
        }),
    ]
}

/// Reads every claim in `text`; earlier (more specific) patterns win overlaps.
pub fn extract(text: &str) -> Vec<Claim> {
    let normalized = normalize(text);
    extract_normalized(&normalized)
}

/// Sentences of a text (claims never cross one): split after 。！？；, line breaks, and
/// `.`/`!`/`?` followed by a space — so `6.5折` and `$9.99` stay whole, and so do
/// "Dec. 2" and "Thu. 26 Nov" (a month's or weekday's abbreviation).
fn sentences(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut cuts = Vec::new();
    for (i, c) in text.char_indices() {
        let end = i.saturating_add(c.len_utf8());
        let cut = matches!(c, '。' | '！' | '？' | '；' | '\n')
            || (matches!(c, '.' | '!' | '?')
                && bytes.get(end).is_none_or(|b| *b == b' ')
                && !(c == '.' && super::dates::abbreviation_at(text, i)));
        if cut {
            cuts.push((start, end));
            start = end;
        }
    }
    if start < text.len() {
        cuts.push((start, text.len()));
    }
    cuts.into_iter().map(move |(a, b)| (a, &text[a..b]))
}

/// Words of the claims written without a digit (无门槛, 上不封顶, "no cap"): a sentence
/// with no digit is read only when it holds one of them.
const WITHOUT_DIGITS: &[&str] = &[
    "无门槛",
    "no minimum",
    "封顶",
    "上限",
    "上不设限",
    "no cap",
    "no limit on",
    "no limit to",
    "unlimited",
    "uncapped",
    "no upper limit",
    "no maximum discount",
    // An end given by its weekday alone: 本周日截止, 周日结束.
    "截止",
    "截至",
    "结束",
];

/// Like [`extract`] on already normalised text.
pub fn extract_normalized(normalized: &Normalized) -> Vec<Claim> {
    extract_with(normalized, None)
}

/// The claims of normalised text, read with the engine `full` asks for, or (`None`) the
/// one the process has come to ([`FULL_ENGINE`]).
fn extract_with(normalized: &Normalized, full: Option<bool>) -> Vec<Claim> {
    let compiled = compiled();
    let mut claims = Vec::new();
    for (offset, sentence) in sentences(&normalized.text) {
        let read_so_far = SENTENCES_READ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if read_so_far == FULL_ENGINE_AFTER {
            many_texts();
        }
        let mut read = Reader {
            full: full.unwrap_or_else(|| FULL_ENGINE.load(std::sync::atomic::Ordering::Relaxed)),
            sentence,
            offset,
            normalized,
            taken: std::collections::BTreeMap::new(),
            claims: Vec::new(),
        };
        // Dates written in words and weekdays with dates come first (`super::dates`):
        // an English period or end takes its characters; a weekday lies inside them.
        read.dates();
        // Every claim but those of `WITHOUT_DIGITS` has a digit or a count in words.
        let has_digit = sentence.bytes().any(|b| b.is_ascii_digit());
        let stacking = combine::WORDS.iter().any(|w| sentence.contains(w));
        let others = has_digit || words_present(sentence) || has_count_words(sentence);
        // Stacking words next (每单限用1张优惠券 is not a count of 1张), with their own
        // patterns: they are read only in the few sentences that hold such words.
        if stacking {
            read.all(combine::compiled());
        }
        if others {
            read.all(compiled);
        }
        let mut sentence_claims = read.claims;
        effective::attach(&mut sentence_claims);
        claims.append(&mut sentence_claims);
    }
    claims.sort_by_key(|c| c.start);
    claims
}

/// Whether a sentence holds a word of a claim written without digits.
fn words_present(sentence: &str) -> bool {
    WITHOUT_DIGITS
        .iter()
        .chain(effective::WORDS)
        .any(|w| sentence.contains(w))
}

/// Reads the claims of one sentence, pattern by pattern.
struct Reader<'s> {
    /// Whether the full engine reads (else the lightweight one).
    full: bool,
    sentence: &'s str,
    offset: usize,
    normalized: &'s Normalized,
    /// Ranges already claimed by a more specific pattern: start → end, disjoint.
    taken: std::collections::BTreeMap<usize, usize>,
    claims: Vec<Claim>,
}

impl Reader<'_> {
    /// The dates of the sentence (`super::dates::read`): an exclusive one takes its
    /// characters from the patterns that follow.
    fn dates(&mut self) {
        for date in super::dates::read(self.sentence) {
            let free = self
                .taken
                .range(..date.end)
                .next_back()
                .is_none_or(|(_, &end)| end <= date.start);
            if date.exclusive && free {
                self.taken.insert(date.start, date.end);
            }
            self.push(date.start, date.end, date.kind);
        }
    }

    /// A claim at `s..e` of the sentence, placed in the original text.
    fn push(&mut self, s: usize, e: usize, kind: ClaimKind) {
        let trimmed = self.sentence.get(s..e).unwrap_or("").trim_end();
        let from = self.offset.saturating_add(s);
        let (start, end) = self
            .normalized
            .original(from, from.saturating_add(trimmed.len()));
        self.claims.push(Claim {
            place: 0,
            start,
            end,
            kind,
        });
    }

    /// Runs the patterns that may occur in the sentence (their gates open), in priority
    /// order.
    fn all(&mut self, patterns: &Patterns) {
        for index in patterns.present(self.sentence, self.full) {
            if let Some(pattern) = patterns.list.get(index) {
                self.one(pattern);
            }
        }
    }

    /// Each match of one pattern that overlaps no claim already read becomes a claim.
    fn one(&mut self, pattern: &Pattern) {
        let full = self.full;
        let found: Vec<Caps<'_>> = match (full, pattern.full_if(full), pattern.lite_if(!full)) {
            (true, Some(regex), _) => regex.captures_iter(self.sentence).map(Caps::Full).collect(),
            (false, _, Some(regex)) => regex.captures_iter(self.sentence).map(Caps::Lite).collect(),
            _ => return,
        };
        for caps in found {
            let Some(whole) = caps.get(0) else { continue };
            let (s, e) = (whole.start(), whole.end());
            let overlaps = self
                .taken
                .range(..e)
                .next_back()
                .is_some_and(|(_, &end)| end > s);
            if overlaps {
                continue;
            }
            let Some(kind) = (pattern.build)(&caps) else {
                continue;
            };
            self.taken.insert(s, e);
            // A period of a former price is not the offer's run.
            let kind = super::dates::in_context(self.sentence, s, e, kind);
            self.push(s, e, kind);
        }
    }
}

// ---------------------------------------------------------------------------------
// Checking claims against offers.

/// An offer a text speaks for: the promotion or coupon, with its pointer.
#[derive(Clone, Copy, Debug)]
pub enum Offer<'a> {
    Promotion(usize, &'a Promotion),
    Coupon(usize, &'a Coupon),
}

impl Offer<'_> {
    /// Where the offer is written.
    pub fn at(&self) -> Loc {
        match self {
            Offer::Promotion(i, _) => PLAN.promotions().item(i).into(),
            Offer::Coupon(i, _) => PLAN.coupons().item(i).into(),
        }
    }

    /// Where the offer writes its id.
    pub fn id_at(&self) -> Loc {
        match self {
            Offer::Promotion(i, _) => PLAN.promotions().item(i).id(),
            Offer::Coupon(i, _) => PLAN.coupons().item(i).id(),
        }
    }

    pub fn id(&self) -> &str {
        match self {
            Offer::Promotion(_, p) => p.id.as_str(),
            Offer::Coupon(_, c) => c.id.as_str(),
        }
    }
}

/// Why a claim does not hold, with the spec field that says otherwise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// What the spec says instead.
    pub actual: Msg,
    /// The field that says it (a pointer), when there is one.
    pub at: Option<Loc>,
}

fn eq(a: Decimal, b: Decimal) -> bool {
    a.normalize() == b.normalize()
}

/// All pay shares an offer has (prices, tiers, discounts), with where they are.
fn pay_ratios(offer: &Offer<'_>) -> Vec<(Decimal, Loc)> {
    let mut out = Vec::new();
    match offer {
        Offer::Promotion(i, p) => match &p.kind {
            PromotionKind::SpendTiers { tiers, .. } => {
                for (j, t) in tiers.known().into_iter().flat_map(|l| l.iter()) {
                    if let Some(pay) = t.discount.known().and_then(|d| d.pay_ratio()) {
                        out.push((pay, PLAN.promotions().item(i).tiers().item(j).discount()));
                    }
                }
            }
            PromotionKind::Discount { discount, .. } => {
                if let Some(pay) = discount.known().and_then(|d| d.pay_ratio()) {
                    out.push((pay, PLAN.promotions().item(i).discount()));
                }
            }
            PromotionKind::FlashSale { price, .. } => {
                if let Some(pay) = price.known().and_then(|d| d.pay_ratio()) {
                    out.push((pay, PLAN.promotions().item(i).price()));
                }
            }
            PromotionKind::MemberPrice { levels, .. } => {
                for (j, l) in levels.known().into_iter().flat_map(|l| l.iter()) {
                    if let Some(pay) = l.price.known().and_then(|d| d.pay_ratio()) {
                        out.push((pay, PLAN.promotions().item(i).levels().item(j).price()));
                    }
                }
            }
            _ => {}
        },
        Offer::Coupon(i, c) => {
            if let Some(p) = &c.percent
                && let Some(pay) = Decimal::ONE.checked_sub(p.ratio())
            {
                out.push((pay, PLAN.coupons().item(i).percent()));
            }
        }
    }
    out
}

/// Amounts an offer saves (amount tiers, coupon amounts and caps), with where they are.
fn amounts(offer: &Offer<'_>) -> Vec<(Decimal, Loc)> {
    let mut out = Vec::new();
    match offer {
        Offer::Promotion(i, p) => match &p.kind {
            PromotionKind::SpendTiers { tiers, .. } => {
                for (j, t) in tiers.known().into_iter().flat_map(|l| l.iter()) {
                    if let Some(a) = t.discount.known().and_then(|d| d.amount()) {
                        out.push((
                            a.amount,
                            PLAN.promotions().item(i).tiers().item(j).discount(),
                        ));
                    }
                }
            }
            PromotionKind::Discount { discount, .. } => {
                if let Some(a) = discount.known().and_then(|d| d.amount()) {
                    out.push((a.amount, PLAN.promotions().item(i).discount()));
                }
            }
            _ => {}
        },
        Offer::Coupon(i, c) => {
            if let Some(a) = &c.amount {
                out.push((a.amount, PLAN.coupons().item(i).amount()));
            }
            if let Some(cap) = &c.cap {
                out.push((cap.amount, PLAN.coupons().item(i).cap()));
            }
        }
    }
    out
}

/// The offer's period: first and last day it runs (member early access included), and
/// where it comes from.
pub fn offer_period(
    campaign: &Campaign,
    offer: &Offer<'_>,
) -> Option<(jiff::civil::Date, jiff::civil::Date, Loc)> {
    period(campaign, offer)
}

fn period(
    campaign: &Campaign,
    offer: &Offer<'_>,
) -> Option<(jiff::civil::Date, jiff::civil::Date, Loc)> {
    let window = campaign.window.as_ref();
    let window_period = || -> Option<(jiff::civil::Date, jiff::civil::Date, Loc)> {
        let w = window?;
        Some((w.start?.get(), w.end?.get(), PLAN.window().into()))
    };
    match offer {
        Offer::Promotion(i, p) => match &p.phases {
            Some(ids) => {
                // Unknown when a date of a phase it names is unknown.
                let phases: Vec<(jiff::civil::Date, jiff::civil::Date)> = campaign
                    .phases
                    .iter()
                    .flat_map(|ph| ph.items())
                    .filter(|ph| ids.items().any(|id| *id == ph.id))
                    .map(|ph| Some((ph.start.known()?.get(), ph.end.known()?.get())))
                    .collect::<Option<_>>()?;
                let from = phases.iter().map(|ph| ph.0).min()?;
                let to = phases.iter().map(|ph| ph.1).max()?;
                let early = match &p.kind {
                    PromotionKind::MemberPrice {
                        early_access_days: Some(d),
                        ..
                    } => i64::try_from(d.0).unwrap_or(0),
                    _ => 0,
                };
                // An early access beyond the calendar's range cannot start earlier than
                // its first day; `try_days` refuses such a span instead of panicking.
                let from = jiff::Span::new()
                    .try_days(early)
                    .ok()
                    .and_then(|span| from.checked_sub(span).ok())
                    .unwrap_or(from);
                Some((from, to, Loc::from(PLAN.promotions().item(i).phases())))
            }
            None => window_period(),
        },
        Offer::Coupon(i, c) => match &c.valid {
            Some(v) => Some((
                v.from.get(),
                v.to.get(),
                Loc::from(PLAN.coupons().item(i).valid()),
            )),
            None => window_period(),
        },
    }
}

fn show(d: Decimal) -> String {
    d.normalize().to_string()
}

/// A pay ratio as the text's language writes it: `9.1折` / `9% off`.
fn ratio_text(pay: Decimal, english: bool) -> Arg {
    if english {
        match Decimal::ONE
            .checked_sub(pay)
            .and_then(|off| off.checked_mul(Decimal::ONE_HUNDRED))
        {
            Some(off) => msg!("wording-claim-percent-off", off = show(off)).into(),
            None => msg!("wording-claim-pays", pay = show(pay)).into(),
        }
    } else {
        Arg::Text(crate::render::describe::zhe(pay))
    }
}

/// Items listed with commas (`a, b, c` / `a、b、c`): each language's separator, as
/// nested messages.
pub(crate) fn comma_list(items: Vec<Arg>) -> Arg {
    let mut items = items.into_iter().rev();
    let Some(last) = items.next() else {
        return Arg::Text(String::new());
    };
    items.fold(last, |rest, first| {
        msg!("wording-claim-list", first = first, rest = rest).into()
    })
}

/// Checks one claim against the offers it speaks for. `Ok` when some offer agrees.
/// `english` says how the message writes a ratio (`9% off` or `9.1折`).
pub fn verify(
    campaign: &Campaign,
    claim: &ClaimKind,
    offers: &[Offer<'_>],
    english: bool,
) -> Result<(), Box<Mismatch>> {
    match claim {
        ClaimKind::SpendAmount { spend, off } => spend_amount(offers, *spend, *off, false),
        ClaimKind::EverySpend { spend, off } => spend_amount(offers, *spend, *off, true),
        ClaimKind::SpendRatio { spend, pay } => spend_ratio(offers, *spend, *pay, english),
        ClaimKind::Deepest { pay } => deepest(offers, *pay, english),
        ClaimKind::Ratio { pay } => ratio(offers, *pay, english),
        ClaimKind::MostSaved { amount } => most_saved(offers, *amount),
        ClaimKind::AmountOff { amount } => amount_off(offers, *amount),
        ClaimKind::PerUser { n } => per_user(offers, *n),
        ClaimKind::PerUserDaily { n, claims } => per_user_daily(campaign, *n, *claims),
        ClaimKind::Remaining { n } => remaining(offers, *n),
        // The plan has no quantity per day to compare with.
        ClaimKind::QuantityDaily { .. } => Ok(()),
        ClaimKind::Quantity { n } | ClaimKind::Total { n } | ClaimKind::Count { n } => {
            quantity(offers, *n)
        }
        ClaimKind::NoThreshold => no_threshold(offers),
        ClaimKind::NoCap => no_cap(offers),
        ClaimKind::Exclusive { a, b } => combine::exclusive(campaign, a, b, offers),
        ClaimKind::Stackable { a, b } => combine::stackable(campaign, a, b, offers),
        ClaimKind::CouponsPerOrder { most } => combine::coupons_per_order(campaign, *most),
        ClaimKind::Effective { stated, basis, .. } => {
            effective::verify(campaign, offers, stated, *basis)
        }
        ClaimKind::Value { amount } => value(offers, *amount),
        ClaimKind::Multiple { low, high } => multiple(offers, *low, *high),
        ClaimKind::ItemsPerSlot { n } => items_per_slot(offers, *n),
        ClaimKind::Slots { times } => slots(offers, times),
        ClaimKind::EarlyDays { n } => early_days(offers, *n),
        ClaimKind::Period { from, to } => claimed_period(campaign, offers, *from, *to),
        ClaimKind::EndsOn { weekday } => ends_on(campaign, offers, *weekday),
        ClaimKind::Session { on } => session(campaign, offers, *on),
        // A former price's period and a weekday's date are not about the offer's run.
        ClaimKind::PricePeriod { .. } | ClaimKind::Weekday { .. } => Ok(()),
    }
}

/// A mismatch no offer is closer to: shown at the first offer.
fn none(offers: &[Offer<'_>], actual: Msg) -> Mismatch {
    Mismatch {
        actual,
        at: offers.first().map(|o| o.at()),
    }
}

/// 满X减Y (and 每满X减Y when `every`): a tier or coupon of that spend and amount (a
/// repeating tier for 每满).
fn spend_amount(
    offers: &[Offer<'_>],
    spend: Decimal,
    off: Decimal,
    every: bool,
) -> Result<(), Box<Mismatch>> {
    let mut close: Option<Mismatch> = None;
    for offer in offers {
        match offer {
            Offer::Promotion(i, p) => {
                if let PromotionKind::SpendTiers { tiers, repeat, .. } = &p.kind {
                    let repeating = *repeat == Some(true);
                    for (j, t) in tiers.known().into_iter().flat_map(|l| l.iter()) {
                        let amount = t
                            .discount
                            .known()
                            .and_then(|d| d.amount())
                            .map(|a| a.amount);
                        if t.spend.known().is_some_and(|s| eq(s.amount, spend)) {
                            if amount.is_some_and(|a| eq(a, off)) && (!every || repeating) {
                                return Ok(());
                            }
                            close = Some(Mismatch {
                                actual: if every && !repeating {
                                    msg!(
                                        "wording-claim-tier-no-repeat",
                                        spend = show(spend),
                                        promotion = &p.id,
                                    )
                                } else {
                                    msg!(
                                        "wording-claim-tier-takes",
                                        spend = show(spend),
                                        discount = Arg::text(&t.discount),
                                    )
                                },
                                at: Some(PLAN.promotions().item(i).tiers().item(j).discount()),
                            });
                        }
                    }
                }
            }
            Offer::Coupon(i, c) => {
                if !every && c.min_spend.known().is_some_and(|m| eq(m.amount, spend)) {
                    if c.amount.as_ref().is_some_and(|a| eq(a.amount, off)) {
                        return Ok(());
                    }
                    close = Some(Mismatch {
                        actual: msg!(
                            "wording-claim-coupon-takes",
                            coupon = &c.id,
                            amount = c
                                .amount
                                .as_ref()
                                .map_or(msg!("wording-claim-a-percentage").into(), Arg::text),
                        ),
                        at: Some(PLAN.coupons().item(i).amount()),
                    });
                }
            }
        }
    }
    Err(Box::new(close.unwrap_or_else(|| {
        none(
            offers,
            msg!(
                "wording-claim-no-spend-amount",
                spend = show(spend),
                off = show(off)
            ),
        )
    })))
}

/// 满X享Y折: a tier or percent coupon of that spend paying that share.
fn spend_ratio(
    offers: &[Offer<'_>],
    spend: Decimal,
    pay: Decimal,
    english: bool,
) -> Result<(), Box<Mismatch>> {
    let mut close = None;
    for offer in offers {
        // A percent coupon with this threshold: `15% off orders of $60 or more`.
        if let Offer::Coupon(i, c) = offer
            && let Some(percent) = &c.percent
            && c.min_spend.known().is_some_and(|m| eq(m.amount, spend))
        {
            let Some(coupon_pay) = Decimal::ONE.checked_sub(percent.ratio()) else {
                continue;
            };
            if eq(coupon_pay, pay) {
                return Ok(());
            }
            close = Some(Mismatch {
                actual: msg!(
                    "wording-claim-coupon-takes-ratio",
                    coupon = &c.id,
                    percent = Arg::text(percent),
                    ratio = ratio_text(coupon_pay, english),
                ),
                at: Some(PLAN.coupons().item(i).percent()),
            });
        }
        if let Offer::Promotion(i, p) = offer
            && let PromotionKind::SpendTiers { tiers, .. } = &p.kind
        {
            for (j, t) in tiers.known().into_iter().flat_map(|l| l.iter()) {
                if t.spend.known().is_some_and(|s| eq(s.amount, spend)) {
                    let pay_ratio = t.discount.known().and_then(|d| d.pay_ratio());
                    if pay_ratio.is_some_and(|r| eq(r, pay)) {
                        return Ok(());
                    }
                    let actual = match pay_ratio {
                        Some(r) => msg!(
                            "wording-claim-tier-takes-ratio",
                            spend = show(spend),
                            discount = Arg::text(&t.discount),
                            ratio = ratio_text(r, english),
                        ),
                        None => msg!(
                            "wording-claim-tier-takes",
                            spend = show(spend),
                            discount = Arg::text(&t.discount),
                        ),
                    };
                    close = Some(Mismatch {
                        actual,
                        at: Some(PLAN.promotions().item(i).tiers().item(j).discount()),
                    });
                }
            }
        }
    }
    Err(Box::new(close.unwrap_or_else(|| {
        none(
            offers,
            msg!(
                "wording-claim-no-spend-ratio",
                spend = show(spend),
                ratio = ratio_text(pay, english)
            ),
        )
    })))
}

/// Y折起, "up to Y% off": the deepest price.
fn deepest(offers: &[Offer<'_>], pay: Decimal, english: bool) -> Result<(), Box<Mismatch>> {
    let deepest = offers
        .iter()
        .flat_map(pay_ratios)
        .min_by(|a, b| a.0.cmp(&b.0));
    match deepest {
        Some((r, _)) if eq(r, pay) => Ok(()),
        Some((r, at)) => Err(Box::new(Mismatch {
            actual: msg!("wording-claim-deepest", ratio = ratio_text(r, english)),
            at: Some(at),
        })),
        None => Err(Box::new(none(offers, msg!("wording-claim-no-ratio")))),
    }
}

/// Y折: a price or share off some offer has.
fn ratio(offers: &[Offer<'_>], pay: Decimal, english: bool) -> Result<(), Box<Mismatch>> {
    let all: Vec<(Decimal, Loc)> = offers.iter().flat_map(pay_ratios).collect();
    if all.iter().any(|(r, _)| eq(*r, pay)) {
        return Ok(());
    }
    match all.first() {
        Some((_, at)) => Err(Box::new(Mismatch {
            actual: msg!(
                "wording-claim-prices-are",
                prices = comma_list(all.iter().map(|(r, _)| ratio_text(*r, english)).collect()),
            ),
            at: Some(at.clone()),
        })),
        None => Err(Box::new(none(offers, msg!("wording-claim-no-ratio")))),
    }
}

/// 最高减Y, 封顶Y元: the largest saving — an amount off, a coupon's `cap`, or a repeating
/// tier's amount times its `max_repeats`.
fn most_saved(offers: &[Offer<'_>], amount: Decimal) -> Result<(), Box<Mismatch>> {
    let mut all: Vec<(Decimal, Loc)> = offers.iter().flat_map(amounts).collect();
    all.extend(offers.iter().filter_map(repeated_most));
    match all.iter().max_by(|a, b| a.0.cmp(&b.0)) {
        Some((a, _)) if eq(*a, amount) => Ok(()),
        Some((a, at)) => Err(Box::new(Mismatch {
            actual: msg!("wording-claim-most-saved", amount = show(*a)),
            at: Some(at.clone()),
        })),
        None => Err(Box::new(none(offers, msg!("wording-claim-no-amount")))),
    }
}

/// The most a repeating amount-off tier saves: its amount times `max_repeats`.
fn repeated_most(offer: &Offer<'_>) -> Option<(Decimal, Loc)> {
    let Offer::Promotion(i, p) = offer else {
        return None;
    };
    let PromotionKind::SpendTiers {
        tiers,
        repeat: Some(true),
        max_repeats: Some(n),
    } = &p.kind
    else {
        return None;
    };
    let tier = tiers.known()?.items().next()?;
    let off = tier.discount.known()?.amount()?.amount;
    let most = off.checked_mul(Decimal::from(n.0))?;
    Some((most, PLAN.promotions().item(i).max_repeats()))
}

/// 立减Y元: an amount off some offer has.
fn amount_off(offers: &[Offer<'_>], amount: Decimal) -> Result<(), Box<Mismatch>> {
    let all: Vec<(Decimal, Loc)> = offers.iter().flat_map(amounts).collect();
    if all.iter().any(|(a, _)| eq(*a, amount)) {
        return Ok(());
    }
    match all.first() {
        Some((_, at)) => Err(Box::new(Mismatch {
            actual: msg!(
                "wording-claim-amounts-are",
                amounts = comma_list(all.iter().map(|(a, _)| Arg::Text(show(*a))).collect()),
            ),
            at: Some(at.clone()),
        })),
        None => Err(Box::new(none(offers, msg!("wording-claim-no-amount")))),
    }
}

/// 上不封顶, "no cap": some offer saves without a ceiling — a repeating tier without
/// `max_repeats`, or a percentage coupon without `cap`.
fn no_cap(offers: &[Offer<'_>]) -> Result<(), Box<Mismatch>> {
    let mut seen = None;
    for offer in offers {
        match offer {
            Offer::Promotion(i, p) => {
                let PromotionKind::SpendTiers {
                    repeat,
                    max_repeats,
                    ..
                } = &p.kind
                else {
                    continue;
                };
                match (repeat, max_repeats) {
                    (Some(true), None) => return Ok(()),
                    (Some(true), Some(n)) => {
                        seen = Some(Mismatch {
                            actual: msg!("wording-claim-max-repeats", promotion = &p.id, n = n.0),
                            at: Some(PLAN.promotions().item(i).max_repeats()),
                        });
                    }
                    _ => {
                        seen = seen.or(Some(Mismatch {
                            actual: msg!("wording-claim-once-per-order", promotion = &p.id),
                            at: Some(PLAN.promotions().item(i).into()),
                        }));
                    }
                }
            }
            Offer::Coupon(i, c) => {
                if c.percent.is_none() {
                    continue;
                }
                match &c.cap {
                    None => return Ok(()),
                    Some(cap) => {
                        seen = Some(Mismatch {
                            actual: msg!(
                                "wording-claim-cap",
                                coupon = &c.id,
                                cap = show(cap.amount)
                            ),
                            at: Some(PLAN.coupons().item(i).cap()),
                        });
                    }
                }
            }
        }
    }
    Err(Box::new(seen.unwrap_or_else(|| {
        none(offers, msg!("wording-claim-no-uncapped"))
    })))
}

/// 每人限购N件: an offer's per-customer limit.
fn per_user(offers: &[Offer<'_>], n: u64) -> Result<(), Box<Mismatch>> {
    let mut seen = None;
    for offer in offers {
        let (per_user, at) = match offer {
            Offer::Promotion(i, p) => (p.per_user, PLAN.promotions().item(i).per_user()),
            Offer::Coupon(i, c) => (c.per_user, PLAN.coupons().item(i).per_user()),
        };
        match per_user {
            Some(p) if p.0 == n => return Ok(()),
            Some(p) => {
                seen = Some(Mismatch {
                    actual: msg!("wording-claim-per-user", offer = offer.id(), n = p.0),
                    at: Some(at),
                })
            }
            None => {}
        }
    }
    Err(Box::new(seen.unwrap_or_else(|| {
        none(offers, msg!("wording-claim-no-per-user"))
    })))
}

/// 每人每天限领N份: compared with the plan's claims per customer per day when the words
/// limit claiming and the plan states that limit; otherwise the plan says nothing per
/// day (`per_user` is over the whole campaign) and neither is wrong.
fn per_user_daily(campaign: &Campaign, n: u64, claims: bool) -> Result<(), Box<Mismatch>> {
    let per_day = campaign
        .stacking
        .as_ref()
        .and_then(|s| s.claims_per_user_per_day);
    match per_day {
        Some(c) if claims && c.0 != n => Err(Box::new(Mismatch {
            actual: msg!("wording-claim-per-day", n = c.0),
            at: Some(PLAN.stacking().claims_per_user_per_day()),
        })),
        _ => Ok(()),
    }
}

/// 仅剩N件: no more can be left than an offer's quantity (fewer may be, later on).
fn remaining(offers: &[Offer<'_>], n: u64) -> Result<(), Box<Mismatch>> {
    let mut seen = None;
    for offer in offers {
        let candidates = quantities(offer);
        if candidates.iter().any(|(q, _)| *q >= n) {
            return Ok(());
        }
        if let Some((q, at)) = candidates.into_iter().next() {
            seen = Some(Mismatch {
                actual: msg!("wording-claim-fewer-left", offer = offer.id(), quantity = q),
                at: Some(at),
            });
        }
    }
    Err(Box::new(seen.unwrap_or_else(|| {
        none(offers, msg!("wording-claim-no-quantity"))
    })))
}

/// 限量N件, 共N份, N部: an offer's quantity, a prize's, or all prizes together.
fn quantity(offers: &[Offer<'_>], n: u64) -> Result<(), Box<Mismatch>> {
    let mut seen = None;
    for offer in offers {
        let candidates = quantities(offer);
        if candidates.iter().any(|(q, _)| *q == n) {
            return Ok(());
        }
        if let Some((q, at)) = candidates.into_iter().next() {
            seen = Some(Mismatch {
                actual: msg!("wording-claim-quantity", offer = offer.id(), quantity = q),
                at: Some(at),
            });
        }
    }
    Err(Box::new(seen.unwrap_or_else(|| {
        none(offers, msg!("wording-claim-no-quantity"))
    })))
}

/// The quantities an offer states, where they are stated.
fn quantities(offer: &Offer<'_>) -> Vec<(u64, Loc)> {
    let mut candidates: Vec<(u64, Loc)> = Vec::new();
    match offer {
        Offer::Promotion(i, p) => {
            if let Some(q) = p.quantity {
                candidates.push((q.0, PLAN.promotions().item(i).quantity()));
            }
            match &p.kind {
                PromotionKind::Lottery { prizes, .. } => {
                    for (j, prize) in prizes.known().into_iter().flat_map(|l| l.iter()) {
                        if let Some(quantity) = prize.quantity.known() {
                            candidates.push((
                                quantity.0,
                                PLAN.promotions().item(i).prizes().item(j).quantity(),
                            ));
                        }
                    }
                    // `55 prizes to be won`: all prizes together (unknown when one
                    // prize's quantity is).
                    let total: Option<u64> = prizes
                        .known()
                        .into_iter()
                        .flat_map(|l| l.items())
                        .map(|p| p.quantity.known().map(|q| q.0))
                        .try_fold(0, |sum, q| Some(u64::saturating_add(sum, q?)));
                    if let Some(total) = total
                        && prizes.known().into_iter().flat_map(|l| l.items()).count() > 1
                    {
                        candidates.push((total, Loc::from(PLAN.promotions().item(i).prizes())));
                    }
                }
                PromotionKind::MysteryBox {
                    grand_prize: Some(g),
                    ..
                } => {
                    if let Some(quantity) = g.quantity.known() {
                        candidates.push((
                            quantity.0,
                            PLAN.promotions().item(i).grand_prize().quantity(),
                        ));
                    }
                }
                _ => {}
            }
        }
        Offer::Coupon(i, c) => {
            if let Some(q) = c.quantity {
                candidates.push((q.0, PLAN.coupons().item(i).quantity()));
            }
        }
    }
    candidates
}

/// 无门槛: the first coupon with a minimum spend has none.
fn no_threshold(offers: &[Offer<'_>]) -> Result<(), Box<Mismatch>> {
    for offer in offers {
        if let Offer::Coupon(i, c) = offer
            && let Some(min_spend) = c.min_spend.known()
        {
            if min_spend.amount.is_zero() {
                return Ok(());
            }
            return Err(Box::new(Mismatch {
                actual: msg!(
                    "wording-claim-min-spend",
                    coupon = &c.id,
                    min_spend = Arg::text(min_spend)
                ),
                at: Some(PLAN.coupons().item(i).min_spend()),
            }));
        }
    }
    Err(Box::new(none(offers, msg!("wording-claim-no-free-coupon"))))
}

/// 价值X元: a prize's or coupon's value.
fn value(offers: &[Offer<'_>], amount: Decimal) -> Result<(), Box<Mismatch>> {
    let values: Vec<(Decimal, Loc)> = offers.iter().flat_map(values).collect();
    if values.iter().any(|(v, _)| eq(*v, amount)) || values.is_empty() {
        // Nothing to compare with is not a contradiction (a gift's value, say).
        return Ok(());
    }
    let (_, at) = &values[0];
    Err(Box::new(Mismatch {
        actual: msg!(
            "wording-claim-values-are",
            values = comma_list(values.iter().map(|(v, _)| Arg::Text(show(*v))).collect()),
        ),
        at: Some(at.clone()),
    }))
}

/// The values an offer states: its prizes', its grand prize's, a coupon's amount.
fn values(offer: &Offer<'_>) -> Vec<(Decimal, Loc)> {
    let mut values: Vec<(Decimal, Loc)> = Vec::new();
    match offer {
        Offer::Promotion(i, p) => match &p.kind {
            PromotionKind::Lottery { prizes, .. } => {
                for (j, prize) in prizes.known().into_iter().flat_map(|l| l.iter()) {
                    if let Some(value) = prize.value.known() {
                        values.push((
                            value.amount,
                            PLAN.promotions().item(i).prizes().item(j).value(),
                        ));
                    }
                }
            }
            PromotionKind::MysteryBox {
                grand_prize: Some(g),
                ..
            } => {
                if let Some(value) = g.value.known() {
                    values.push((
                        value.amount,
                        PLAN.promotions().item(i).grand_prize().value(),
                    ));
                }
            }
            _ => {}
        },
        Offer::Coupon(i, c) => {
            if let Some(a) = &c.amount {
                values.push((a.amount, PLAN.coupons().item(i).amount()));
            }
        }
    }
    values
}

/// 2至3倍: the first mystery box's value multiple.
fn multiple(offers: &[Offer<'_>], low: Decimal, high: Decimal) -> Result<(), Box<Mismatch>> {
    for offer in offers {
        if let Offer::Promotion(i, p) = offer
            && let PromotionKind::MysteryBox { value_multiple, .. } = &p.kind
            && let Some(value_multiple) = value_multiple.known()
        {
            if eq(value_multiple.low, low) && eq(value_multiple.high, high) {
                return Ok(());
            }
            return Err(Box::new(Mismatch {
                actual: msg!(
                    "wording-claim-value-multiple",
                    multiple = Arg::text(value_multiple)
                ),
                at: Some(PLAN.promotions().item(i).value_multiple()),
            }));
        }
    }
    Err(Box::new(none(offers, msg!("wording-claim-no-mystery-box"))))
}

/// 每场N款: the first flash sale's items per slot.
fn items_per_slot(offers: &[Offer<'_>], n: u64) -> Result<(), Box<Mismatch>> {
    for offer in offers {
        if let Offer::Promotion(i, p) = offer
            && let PromotionKind::FlashSale { items_per_slot, .. } = &p.kind
        {
            return match items_per_slot {
                Some(c) if c.0 == n => Ok(()),
                Some(c) => Err(Box::new(Mismatch {
                    actual: msg!("wording-claim-items-per-slot", n = c.0),
                    at: Some(PLAN.promotions().item(i).items_per_slot()),
                })),
                None => Err(Box::new(Mismatch {
                    actual: msg!("wording-claim-no-items-per-slot"),
                    at: Some(Loc::from(PLAN.promotions().item(i))),
                })),
            };
        }
    }
    Err(Box::new(none(offers, msg!("wording-claim-no-flash-sale"))))
}

/// 每日10点、14点、20点: the first flash sale's slots, all and only these.
fn slots(offers: &[Offer<'_>], times: &[(i8, i8)]) -> Result<(), Box<Mismatch>> {
    for offer in offers {
        if let Offer::Promotion(i, p) = offer
            && let PromotionKind::FlashSale { slots, .. } = &p.kind
        {
            let actual: Vec<(i8, i8)> = slots
                .known()
                .into_iter()
                .flat_map(|l| l.items())
                .map(|s| (s.hour() as i8, s.minute() as i8))
                .collect();
            let all_known = times.iter().all(|t| actual.contains(t));
            return if all_known && times.len() == actual.len() {
                Ok(())
            } else {
                Err(Box::new(Mismatch {
                    actual: msg!(
                        "wording-claim-slots-are",
                        slots = comma_list(
                            slots
                                .known()
                                .into_iter()
                                .flat_map(|l| l.items())
                                .map(Arg::text)
                                .collect()
                        ),
                    ),
                    at: Some(Loc::from(PLAN.promotions().item(i).slots())),
                }))
            };
        }
    }
    Err(Box::new(none(offers, msg!("wording-claim-no-flash-sale"))))
}

/// 提前N天: the first member price's early access.
fn early_days(offers: &[Offer<'_>], n: u64) -> Result<(), Box<Mismatch>> {
    for offer in offers {
        if let Offer::Promotion(i, p) = offer
            && let PromotionKind::MemberPrice {
                early_access_days, ..
            } = &p.kind
        {
            return match early_access_days {
                Some(d) if d.0 == n => Ok(()),
                Some(d) => Err(Box::new(Mismatch {
                    actual: msg!("wording-claim-early-days", days = d.0),
                    at: Some(PLAN.promotions().item(i).early_access_days()),
                })),
                None => Err(Box::new(Mismatch {
                    actual: msg!("wording-claim-no-early-days"),
                    at: Some(Loc::from(PLAN.promotions().item(i))),
                })),
            };
        }
    }
    Err(Box::new(none(
        offers,
        msg!("wording-claim-no-early-access"),
    )))
}

/// 1月16日至2月6日: some offer's period starts and ends on those days.
fn claimed_period(
    campaign: &Campaign,
    offers: &[Offer<'_>],
    from: Option<Day>,
    to: Option<Day>,
) -> Result<(), Box<Mismatch>> {
    let mut seen = None;
    for offer in offers {
        let Some((start, end, at)) = period(campaign, offer) else {
            continue;
        };
        let from_ok = from.is_none_or(|d| d.matches(start));
        let to_ok = to.is_none_or(|d| d.matches(end));
        if from_ok && to_ok {
            return Ok(());
        }
        seen = Some(Mismatch {
            actual: msg!(
                "wording-claim-runs",
                offer = offer.id(),
                start = crate::values::Date::from(start),
                end = crate::values::Date::from(end),
            ),
            at: Some(at),
        });
    }
    Err(Box::new(seen.unwrap_or_else(|| {
        none(offers, msg!("wording-claim-no-period"))
    })))
}

/// 12月12日0点至2点: the day falls inside some offer's run.
fn session(campaign: &Campaign, offers: &[Offer<'_>], on: Day) -> Result<(), Box<Mismatch>> {
    let mut seen = None;
    for offer in offers {
        let Some((start, end, at)) = period(campaign, offer) else {
            continue;
        };
        let years = match on.year {
            Some(y) => vec![y],
            None => vec![start.year(), end.year()],
        };
        let inside = years.into_iter().any(|y| {
            jiff::civil::Date::new(y, on.month, on.day).is_ok_and(|d| start <= d && d <= end)
        });
        if inside {
            return Ok(());
        }
        seen = Some(Mismatch {
            actual: msg!(
                "wording-claim-runs-without",
                offer = offer.id(),
                start = crate::values::Date::from(start),
                end = crate::values::Date::from(end),
                month = on.month,
                day = on.day,
            ),
            at: Some(at),
        });
    }
    Err(Box::new(seen.unwrap_or_else(|| {
        none(offers, msg!("wording-claim-no-period"))
    })))
}

/// "ends Sunday": some offer's last day is that weekday.
fn ends_on(
    campaign: &Campaign,
    offers: &[Offer<'_>],
    weekday: jiff::civil::Weekday,
) -> Result<(), Box<Mismatch>> {
    let mut seen = None;
    for offer in offers {
        let Some((_, end, at)) = period(campaign, offer) else {
            continue;
        };
        if end.weekday() == weekday {
            return Ok(());
        }
        seen = Some(Mismatch {
            actual: msg!(
                "wording-claim-ends-on",
                offer = offer.id(),
                end = crate::values::Date::from(end),
                weekday = format!("{:?}", end.weekday()),
            ),
            at: Some(at),
        });
    }
    Err(Box::new(seen.unwrap_or_else(|| {
        none(offers, msg!("wording-claim-no-period"))
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, ClaimKind)> {
        extract(text)
            .into_iter()
            .map(|c| (text[c.start..c.end].to_owned(), c.kind))
            .collect()
    }

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn every_pattern_compiles() {
        assert!(compiled().list.iter().all(|p| p.regex().is_some()));
        assert!(slot_time().is_some());
    }

    /// `gates.json` holds the gate of every claim pattern as derived from its syntax
    /// (`gate::derive`); `CAMPSPEC_BLESS=1` writes it after a pattern changes.
    #[test]
    fn the_gates_are_derived_from_the_patterns() {
        let mut entries: Vec<gate::Entry> = pattern_list()
            .iter()
            .chain(&combine::compiled().list)
            .map(|p| gate::Entry {
                pattern: p.source.clone(),
                all: gate::derive(&p.source),
            })
            .collect();
        entries.sort_by(|a, b| a.pattern.cmp(&b.pattern));
        entries.dedup();
        let mut text = String::from("[\n");
        for (i, entry) in entries.iter().enumerate() {
            let line = serde_json::to_string(entry).expect("an entry serialises");
            text.push_str("  ");
            text.push_str(&line);
            text.push_str(if i + 1 < entries.len() { ",\n" } else { "\n" });
        }
        text.push_str("]\n");
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/wording/claims/gates.json");
        if std::env::var_os("CAMPSPEC_BLESS").is_some() {
            std::fs::write(path, &text).expect("gates.json is written");
        } else {
            let shipped = std::fs::read_to_string(path).unwrap_or_default();
            assert!(
                shipped == text,
                "src/wording/claims/gates.json is out of date: run `CAMPSPEC_BLESS=1 cargo test --lib gates_are_derived`"
            );
        }
        // Every pattern is gated by something (else it would run on every sentence).
        let ungated: Vec<&str> = entries
            .iter()
            .filter(|e| e.all.is_empty())
            .map(|e| e.pattern.as_str())
            .collect();
        assert!(ungated.len() <= entries.len() / 10, "ungated: {ungated:#?}");
    }

    /// A gate never closes on a sentence its pattern matches (each corpus sentence and
    /// each example text read with and without gates gives the same claims).
    #[test]
    fn gates_never_hide_a_match() {
        let combine = combine::compiled();
        for patterns in [compiled(), combine] {
            for text in GATE_TEXTS {
                let text = normalize(text).text;
                let open = patterns.gates.open(&text);
                for (i, pattern) in patterns.list.iter().enumerate() {
                    if pattern.full().is_some_and(|re| re.is_match(&text)) {
                        assert!(open.contains(&i), "gate hides {} in {text}", pattern.source);
                    }
                }
            }
        }
    }

    const GATE_TEXTS: &[&str] = &[
        "双十一跨店每满300减50，11月1日至11月11日，上不封顶！",
        "每个账号限购3盒，限量1000盒，满299享9折，最低6.5折",
        "满300减40，相当于8.7折；本券不与其他优惠同享",
        "Spend $50, get $10 off - ends Nov 30. Limit 2 per customer. No cap on your savings",
        "Runs Thursday 26 to Sunday 29 November: £15 off £100, that's 15% off",
        "前100名下单赠保温杯1个，每人限领2张，封顶50元，第二件半价",
        "活动时间：12月1日10:00-12月3日23:59，本周日截止，无门槛券20元",
        "Buy 2 get 1 free, save up to 40%, offer valid until midnight Sunday, was £80 now £60",
        "不可与店铺券叠加使用，可与平台券同享，每单限用1张",
        "Cannot be combined with other offers. Only 500 available. 2 for $30",
    ];

    #[test]
    fn chinese_claims() {
        let k = kinds("欢乐中国年，满299享91折，满999享78折！活动时间2027年1月16日至2月6日。");
        assert_eq!(
            k[0],
            (
                "满299享91折".into(),
                ClaimKind::SpendRatio {
                    spend: d("299"),
                    pay: d("0.91")
                }
            )
        );
        assert_eq!(
            k[1].1,
            ClaimKind::SpendRatio {
                spend: d("999"),
                pay: d("0.78")
            }
        );
        assert_eq!(
            k[2],
            (
                "2027年1月16日至2月6日".into(),
                ClaimKind::Period {
                    from: Some(Day {
                        year: Some(2027),
                        month: 1,
                        day: 16
                    }),
                    to: Some(Day {
                        year: Some(2027),
                        month: 2,
                        day: 6
                    })
                }
            )
        );
        let k = kinds("每日10点、14点、20点限时秒杀，爆品5折起，每款限量2000件，每人限购1件。");
        assert_eq!(
            k[0].1,
            ClaimKind::Slots {
                times: vec![(10, 0), (14, 0), (20, 0)]
            }
        );
        assert_eq!(k[1], ("5折起".into(), ClaimKind::Deepest { pay: d("0.5") }));
        assert_eq!(k[2], ("限量2000件".into(), ClaimKind::Quantity { n: 2000 }));
        assert_eq!(k[3], ("每人限购1件".into(), ClaimKind::PerUser { n: 1 }));
        // Every common measure word, and the ways a per-customer limit is addressed.
        let k = kinds("每个家庭限购1箱，每位会员限兑换2次，每个账号限领3张，限量500套，共300盒。");
        assert_eq!(
            k[0],
            ("每个家庭限购1箱".into(), ClaimKind::PerUser { n: 1 })
        );
        assert_eq!(
            k[1],
            ("每位会员限兑换2次".into(), ClaimKind::PerUser { n: 2 })
        );
        assert_eq!(
            k[2],
            ("每个账号限领3张".into(), ClaimKind::PerUser { n: 3 })
        );
        assert_eq!(k[3], ("限量500套".into(), ClaimKind::Quantity { n: 500 }));
        assert_eq!(k[4], ("共300盒".into(), ClaimKind::Total { n: 300 }));
        let k = kinds("每ID限购2瓶，每户最多购买4袋，礼盒限量1000盒。");
        assert_eq!(k[0], ("每ID限购2瓶".into(), ClaimKind::PerUser { n: 2 }));
        assert_eq!(
            k[1],
            ("每户最多购买4袋".into(), ClaimKind::PerUser { n: 4 })
        );
        assert_eq!(k[2], ("限量1000盒".into(), ClaimKind::Quantity { n: 1000 }));
        let k = kinds("双十一跨店每满300减50，11月1日至11月11日，上不封顶！");
        assert_eq!(
            k[0].1,
            ClaimKind::EverySpend {
                spend: d("300"),
                off: d("50")
            }
        );
        assert_eq!(k.last().map(|k| &k.1), Some(&ClaimKind::NoCap));
        let k = kinds("跨店满减优惠不设上限");
        assert_eq!(k.last().map(|k| &k.1), Some(&ClaimKind::NoCap));
        for text in [
            "No limit on how much you can save",
            "Unlimited cashback on every purchase",
            "There is no cap on your savings",
        ] {
            assert_eq!(
                kinds(text).last().map(|k| &k.1),
                Some(&ClaimKind::NoCap),
                "{text}"
            );
        }
        for text in ["Unlimited free delivery for members", "No limit on returns"] {
            assert!(kinds(text).is_empty(), "{text}");
        }
        assert!(kinds("每日签到领积分，领取次数无上限").is_empty());
        let k = kinds("全场9折券，优惠封顶50元");
        assert_eq!(
            k.last().map(|k| &k.1),
            Some(&ClaimKind::MostSaved { amount: d("50") })
        );
        let k = kinds("赠品共10万份，送完即止");
        assert_eq!(k[0].1, ClaimKind::Total { n: 100_000 });
        let k = kinds("首次注册立减50元，无门槛，有效期至2027年2月15日。");
        assert_eq!(k[0].1, ClaimKind::AmountOff { amount: d("50") });
        assert_eq!(k[1].1, ClaimKind::NoThreshold);
        assert!(matches!(
            k[2].1,
            ClaimKind::Period {
                from: None,
                to: Some(_)
            }
        ));
        let k = kinds("会员专享价最低6.5折，1月13日起提前3天抢先购");
        assert_eq!(k[0].1, ClaimKind::Deepest { pay: d("0.65") });
        assert!(matches!(
            k[1].1,
            ClaimKind::Period {
                from: Some(_),
                to: None
            }
        ));
        assert_eq!(k[2].1, ClaimKind::EarlyDays { n: 3 });
        let k = kinds("商品总价值为福袋价格的2至3倍；大奖为5000元购物卡，共10份。");
        assert_eq!(
            k[0].1,
            ClaimKind::Multiple {
                low: d("2"),
                high: d("3")
            }
        );
        assert_eq!(k[1].1, ClaimKind::Value { amount: d("5000") });
        assert_eq!(k[2].1, ClaimKind::Total { n: 10 });
        // Fullwidth digits read the same and underline the original characters.
        let text = "满２９９减５０";
        let k = extract(text);
        assert_eq!(&text[k[0].start..k[0].end], "满２９９减５０");
    }

    #[test]
    fn limits_and_quantities_in_any_words() {
        // Per customer, with any verb, in digits or Chinese numerals.
        for (text, words, n) in [
            ("每人限买2瓶", "每人限买2瓶", 2),
            ("每人限下3单", "每人限下3单", 3),
            ("每人可参与5次抽奖", "每人可参与5次", 5),
            ("活动商品每人仅可购买1部", "每人仅可购买1部", 1),
            ("每人最多抽奖3次", "每人最多抽奖3次", 3),
            ("每个家庭限领两瓶", "每个家庭限领两瓶", 2),
            ("每人限购十二件", "每人限购十二件", 12),
            ("限购5支，超出按原价结算", "限购5支", 5),
            ("秒杀价每人限1张", "每人限1张", 1),
            ("活动期间每人最多领取2份", "每人最多领取2份", 2),
        ] {
            assert_eq!(
                kinds(text),
                [(words.into(), ClaimKind::PerUser { n })],
                "{text}"
            );
        }
        // Per day: compared only with a per-day limit.
        assert_eq!(
            kinds("每人每天限领一份"),
            [(
                "每人每天限领一份".into(),
                ClaimKind::PerUserDaily { n: 1, claims: true }
            )]
        );
        assert_eq!(
            kinds("每日每人限购2件"),
            [(
                "每日每人限购2件".into(),
                ClaimKind::PerUserDaily {
                    n: 2,
                    claims: false
                }
            )]
        );
        // Per order or per slot: the plan cannot say, so nothing is read.
        for text in ["每单限购4盒，多拍不发", "每人每单限购2件", "每场限购1件"]
        {
            assert_eq!(kinds(text), [], "{text}");
        }
        // Stock: left, stated, per day.
        assert_eq!(
            kinds("现货仅剩200袋"),
            [("仅剩200袋".into(), ClaimKind::Remaining { n: 200 })]
        );
        for (text, words, n) in [
            ("全网仅500份", "全网仅500份", 500),
            ("本场只有100单名额", "本场只有100单", 100),
            ("限量款共发售888双", "共发售888双", 888),
            ("每人限抢1双，全网888双", "全网888双", 888),
            ("现货150袋，售完即止", "现货150袋", 150),
            ("本次共备货3000台", "本次共备货3000台", 3000),
            ("库存仅有五盒", "仅有五盒", 5),
        ] {
            let found = kinds(text);
            assert!(
                found.contains(&(words.into(), ClaimKind::Quantity { n })),
                "{text}: {found:?}"
            );
        }
        assert_eq!(
            kinds("每日限量200杯，当日售罄为止"),
            [("每日限量200杯".into(), ClaimKind::QuantityDaily { n: 200 })]
        );
        // Times and people are no stock; a price is no count.
        for text in [
            "仅1次机会",
            "仅限前300名",
            "第二件仅1元",
            "仅剩最后几件",
            "仅剩一点点",
        ] {
            let stock = kinds(text).into_iter().any(|(_, k)| {
                matches!(
                    k,
                    ClaimKind::Quantity { .. }
                        | ClaimKind::Remaining { .. }
                        | ClaimKind::PerUser { .. }
                )
            });
            assert!(!stock, "{text}");
        }
        // The largest saving.
        let k = kinds("每满200减20，最多减100元");
        assert_eq!(
            k[1],
            (
                "最多减100元".into(),
                ClaimKind::MostSaved { amount: d("100") }
            )
        );
        // English: number words, households and codes, vouchers, units, caps.
        for (text, words, n) in [
            (
                "Limit five boxes per customer",
                "Limit five boxes per customer",
                5,
            ),
            ("One code per household", "One code per household", 1),
            (
                "Only 200 available, one per customer",
                "one per customer",
                1,
            ),
            ("Max 2 tickets per person", "Max 2 tickets per person", 2),
        ] {
            let found = kinds(text);
            assert!(
                found.contains(&(words.into(), ClaimKind::PerUser { n })),
                "{text}: {found:?}"
            );
        }
        assert_eq!(
            kinds("One voucher per customer per day"),
            [(
                "One voucher per customer per day".into(),
                ClaimKind::PerUserDaily { n: 1, claims: true }
            )]
        );
        for text in [
            "Dinner for two, £30 per person",
            "Someone per household",
            "5 minutes per customer",
        ] {
            assert!(
                !kinds(text)
                    .iter()
                    .any(|(_, k)| matches!(k, ClaimKind::PerUser { .. })),
                "{text}"
            );
        }
        assert_eq!(
            kinds("1,000 vouchers up for grabs"),
            [(
                "1,000 vouchers up for grabs".into(),
                ClaimKind::Total { n: 1000 }
            )]
        );
        assert_eq!(
            kinds("While stocks last (1,000 units at launch)"),
            [("1,000 units".into(), ClaimKind::Quantity { n: 1000 })]
        );
        assert!(
            !kinds("Buy 2 units, save 10%")
                .iter()
                .any(|(_, k)| matches!(k, ClaimKind::Quantity { .. }))
        );
        assert_eq!(
            kinds("Discount capped at £20"),
            [(
                "capped at £20".into(),
                ClaimKind::MostSaved { amount: d("20") }
            )]
        );
        assert_eq!(
            kinds("20% off, maximum discount £30")[1],
            (
                "maximum discount £30".into(),
                ClaimKind::MostSaved { amount: d("30") }
            )
        );
    }

    #[test]
    fn numerals_are_read() {
        for (text, n) in [
            ("一", 1),
            ("两", 2),
            ("十", 10),
            ("十二", 12),
            ("二十", 20),
            ("一百零五", 105),
            ("三千", 3000),
            ("一万", 10_000),
            ("1,000", 1000),
            ("10万", 100_000),
            ("five", 5),
            ("twelve", 12),
        ] {
            assert_eq!(count_text(text), Some(n), "{text}");
        }
        assert_eq!(count_text(""), None);
        assert!(has_count_words("每人限领一份"));
        assert!(!has_count_words("一起来抢"));
    }

    #[test]
    fn english_claims() {
        let k = kinds("Spend $50, get $10 off — ends Nov 30. Limit 2 per customer.");
        assert_eq!(
            k[0].1,
            ClaimKind::SpendAmount {
                spend: d("50"),
                off: d("10")
            }
        );
        assert!(matches!(
            k[1].1,
            ClaimKind::Period {
                from: None,
                to: Some(Day {
                    month: 11,
                    day: 30,
                    ..
                })
            }
        ));
        assert_eq!(k[2].1, ClaimKind::PerUser { n: 2 });
        let k = kinds("Up to 40% off, Nov 1 – Nov 11. Only 500 available.");
        assert_eq!(k[0].1, ClaimKind::Deepest { pay: d("0.6") });
        assert!(matches!(
            k[1].1,
            ClaimKind::Period {
                from: Some(_),
                to: Some(_)
            }
        ));
        assert_eq!(k[2].1, ClaimKind::Quantity { n: 500 });
        let k = kinds("2 bikes to be won. Closes 30 November 2027. Runs 1-30 Nov.");
        assert_eq!(k[0].1, ClaimKind::Count { n: 2 });
        let k = k[1..].to_vec();
        assert!(matches!(
            k[0].1,
            ClaimKind::Period {
                from: None,
                to: Some(Day {
                    year: Some(2027),
                    month: 11,
                    day: 30
                })
            }
        ));
        assert!(matches!(
            k[1].1,
            ClaimKind::Period {
                from: Some(Day {
                    month: 11,
                    day: 1,
                    ..
                }),
                to: Some(Day {
                    month: 11,
                    day: 30,
                    ..
                })
            }
        ));
        let k = kinds("Only 3 days left! 50 hampers available.");
        assert_eq!(k.len(), 1, "{k:?}");
        assert_eq!(k[0].1, ClaimKind::Quantity { n: 50 });
        let k = kinds("Offer valid until 31st March.");
        assert!(matches!(
            k[0].1,
            ClaimKind::Period {
                to: Some(Day {
                    month: 3,
                    day: 31,
                    ..
                }),
                ..
            }
        ));
        let k = kinds("$20 off orders over $100");
        assert_eq!(
            k[0].1,
            ClaimKind::SpendAmount {
                spend: d("100"),
                off: d("20")
            }
        );
    }

    /// A month and day without a year.
    fn md(month: i8, d: i8) -> Option<Day> {
        Some(Day {
            year: None,
            month,
            day: d,
        })
    }

    /// The period, end or start claims of a text: (underlined words, from, to).
    #[test]
    fn every_pattern_compiles_with_both_engines() {
        let combine = combine::compiled();
        for pattern in pattern_list().iter().chain(&combine.list) {
            assert!(
                pattern.regex().is_some(),
                "does not compile: {}",
                pattern.source
            );
        }
    }

    #[test]
    fn the_full_engine_finds_the_same_claims() {
        let texts = [
            "双十一跨店每满300减50，11月1日至11月11日，上不封顶！",
            "每个账号限购3盒，限量1000盒，满299享9折，最低6.5折",
            "满300减40，相当于8.7折；本券不与其他优惠同享",
            "Spend $50, get $10 off - ends Nov 30. Limit 2 per customer. No cap on your savings",
            "Runs Thursday 26 to Sunday 29 November: £15 off £100, that's 15% off",
        ];
        let read = |text: &str, full: bool| -> Vec<(String, ClaimKind)> {
            extract_with(&normalize(text), Some(full))
                .into_iter()
                .map(|c| (text[c.start..c.end].to_owned(), c.kind))
                .collect()
        };
        for text in texts {
            let lite = read(text, false);
            assert!(lite.len() >= 2, "{text}: {lite:?}");
            assert_eq!(lite, read(text, true), "{text}");
        }
    }

    #[test]
    fn no_pattern_uses_a_unicode_word_boundary() {
        // A Unicode `\b` makes the regex engines give up on non-ASCII text and fall back
        // to the slowest one for the whole set: 10 MB of Chinese copy took 3.4 s, not 0.6.
        for pattern in pattern_list() {
            let unicode = pattern.source.replace("(?-u:\\b)", "").contains("\\b");
            assert!(!unicode, "use (?-u:\\b) in {}", pattern.source);
        }
    }

    #[test]
    fn hours_of_one_day_are_a_session_inside_the_run() {
        assert_eq!(
            kinds("限时抢购：12月12日0点至2点"),
            [(
                "12月12日0点至2点".to_owned(),
                ClaimKind::Session {
                    on: md(12, 12).expect("a day")
                }
            )]
        );
    }

    fn periods(text: &str) -> Vec<(String, Option<Day>, Option<Day>)> {
        kinds(text)
            .into_iter()
            .filter_map(|(words, kind)| match kind {
                ClaimKind::Period { from, to } => Some((words, from, to)),
                _ => None,
            })
            .collect()
    }

    /// The weekdays written with dates: (underlined words, month, day, weekday).
    fn weekdays(text: &str) -> Vec<(String, i8, i8, jiff::civil::Weekday)> {
        kinds(text)
            .into_iter()
            .filter_map(|(words, kind)| match kind {
                ClaimKind::Weekday { day, weekday, .. } => {
                    Some((words, day.month, day.day, weekday))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn english_periods_with_weekdays_and_words() {
        use jiff::civil::Weekday::*;
        let cases: &[(&str, &str, Option<Day>, Option<Day>)] = &[
            (
                "Runs Thursday 26 – Sunday 29 November",
                "Thursday 26 – Sunday 29 November",
                md(11, 26),
                md(11, 29),
            ),
            (
                "Thu 26th Nov to Sun 29th Nov only",
                "Thu 26th Nov to Sun 29th Nov",
                md(11, 26),
                md(11, 29),
            ),
            (
                "Nov 26 to Nov 29: 20% off",
                "Nov 26 to Nov 29",
                md(11, 26),
                md(11, 29),
            ),
            ("26-29 November", "26-29 November", md(11, 26), md(11, 29)),
            (
                "Black Friday weekend: Friday 28 to Monday 1 December",
                "Friday 28 to Monday 1 December",
                md(11, 28),
                md(12, 1),
            ),
            (
                "On from 26 November until 2 December",
                "from 26 November until 2 December",
                md(11, 26),
                md(12, 2),
            ),
            (
                "Thanksgiving sale Thursday Nov 26 through Sunday Nov 29",
                "Thursday Nov 26 through Sunday Nov 29",
                md(11, 26),
                md(11, 29),
            ),
            ("1/12 - 15/12: coats", "1/12 - 15/12", md(12, 1), md(12, 15)),
            ("On now through Dec 2", "through Dec 2", None, md(12, 2)),
            (
                "On now through Dec. 2. Shop now",
                "through Dec. 2",
                None,
                md(12, 2),
            ),
            ("Deals thru 12/20", "thru 12/20", None, md(12, 20)),
            (
                "Valid until midnight on 13 December",
                "until midnight on 13 December",
                None,
                md(12, 13),
            ),
            (
                "Ends 11:59pm Tuesday 31 December",
                "Ends 11:59pm Tuesday 31 December",
                None,
                md(12, 31),
            ),
            (
                "Order by Dec 20 to get 20% off",
                "Order by Dec 20",
                None,
                md(12, 20),
            ),
            (
                "Order by 20 December and save",
                "Order by 20 December",
                None,
                md(12, 20),
            ),
            (
                "Closing date: 30 November",
                "Closing date: 30 November",
                None,
                md(11, 30),
            ),
            (
                "New Year sale from Friday 1 January",
                "from Friday 1 January",
                md(1, 1),
                None,
            ),
        ];
        for (text, words, from, to) in cases {
            assert_eq!(periods(text), [(words.to_string(), *from, *to)], "{text}");
        }
        // A weekday before an end word is a schedule only with a span word.
        assert_eq!(
            periods("Black Friday ends 30 Nov"),
            [("ends 30 Nov".to_string(), None, md(11, 30))]
        );
        // A month-first date takes a year only after a comma.
        assert!(matches!(
            kinds("Fri Dec 4 2000 bonus points")[0].1,
            ClaimKind::Weekday {
                day: Day { year: None, .. },
                ..
            }
        ));
        // A year written once belongs to both days, across New Year.
        let k = periods("Dec 28 – Jan 3, 2027");
        assert_eq!(k[0].1.and_then(|d| d.year), Some(2026));
        assert_eq!(k[0].2.and_then(|d| d.year), Some(2027));
        // An end given by a weekday alone.
        for (text, words) in [
            ("Ends Sunday!", "Ends Sunday"),
            ("Sale ends this Sunday at midnight", "ends this Sunday"),
            ("Until midnight Sunday", "Until midnight Sunday"),
        ] {
            assert_eq!(
                kinds(text),
                [(words.to_string(), ClaimKind::EndsOn { weekday: Sunday })],
                "{text}"
            );
        }
        // The weekdays of a range, each with its day.
        assert_eq!(
            weekdays("Thu 3 - Sun 6 Dec: 30% off coats"),
            [
                ("Thu 3".to_string(), 12, 3, Thursday),
                ("Sun 6 Dec".to_string(), 12, 6, Sunday)
            ]
        );
        assert_eq!(
            weekdays("Cyber Monday, 1 December: extra 10% off"),
            [("Monday, 1 December".to_string(), 12, 1, Monday)]
        );
        assert_eq!(
            weekdays("Singles' Day deals: Tuesday, November 11"),
            [("Tuesday, November 11".to_string(), 11, 11, Tuesday)]
        );
        // A numeric date that reads both ways keeps both readings.
        let k = kinds("Thu 3/12 only");
        assert!(matches!(
            k[0].1,
            ClaimKind::Weekday {
                day: Day {
                    month: 12,
                    day: 3,
                    ..
                },
                other: Some(Day {
                    month: 3,
                    day: 12,
                    ..
                }),
                ..
            }
        ));
    }

    #[test]
    fn english_look_alikes_are_not_periods() {
        for text in [
            // Schedules, times and counts.
            "Open Monday to Friday, 9am-5pm",
            "Monday through Friday",
            "Mon-Fri 9-5",
            "Ages 3-5",
            "Flash sale 2pm-4pm",
            // A delivery cut-off is not the offer's end.
            "Order by 18 December for Christmas delivery",
            "Order by Sunday for delivery before Christmas",
            // A numeric date that reads both ways is not read as a period.
            "Deals thru 12/2",
            // A weekday alone with a day number and no month.
            "Fri 4 only",
            // A lone date is neither a start nor an end.
            "Last orders for Christmas delivery: 20 December",
        ] {
            assert_eq!(periods(text), [], "{text}");
            assert!(
                !kinds(text)
                    .iter()
                    .any(|(_, k)| matches!(k, ClaimKind::EndsOn { .. })),
                "{text}"
            );
        }
        // A delivery's start is not the offer's; a poster sale's is.
        assert_eq!(periods("Ships from 1 December"), []);
        assert_eq!(
            periods("Poster sale from 1 December"),
            [("from 1 December".to_string(), md(12, 1), None)]
        );
        // "$10 off from 1 December": a start, not a spend of 1.
        let k = kinds("$10 off from 1 December");
        assert_eq!(k[0].1, ClaimKind::AmountOff { amount: d("10") });
        assert_eq!(
            k[1].1,
            ClaimKind::Period {
                from: md(12, 1),
                to: None
            }
        );
    }

    #[test]
    fn former_price_periods_are_not_the_offers_run() {
        for (text, words) in [
            (
                "Sold at $80 from Sep 1 - Oct 15; now $55",
                "from Sep 1 - Oct 15",
            ),
            (
                "was £80 between 1 Sep and 15 Oct",
                "between 1 Sep and 15 Oct",
            ),
            ("RRP £99 (1 Sep - 15 Oct)", "1 Sep - 15 Oct"),
            ("Compare at $60 Sep 1 – Oct 15", "Sep 1 – Oct 15"),
            ("原价199元（9月1日至10月15日售价）", "9月1日至10月15日"),
            ("划线价为10月1日-10月31日的成交价", "10月1日-10月31日"),
            (
                "该商品10月1日至10月31日售价259元，现价199元",
                "10月1日至10月31日",
            ),
        ] {
            let k = kinds(text);
            assert!(
                k.iter()
                    .any(|(w, kind)| w == words && matches!(kind, ClaimKind::PricePeriod { .. })),
                "{text}: {k:?}"
            );
            assert_eq!(periods(text), [], "{text}");
        }
        // The offer's run after a former price, in the next clause or after `now`.
        assert_eq!(
            periods("Previously £80 from 1 Sep to 15 Oct, now £60 from 1 Nov to 30 Nov").len(),
            1
        );
        assert_eq!(periods("Was £120 now £80 until 30 Nov").len(), 1);
        assert_eq!(periods("活动售价99元，11月1日至11日").len(), 1);
        assert_eq!(periods("促销售价99元 11月1日至11日").len(), 1);
    }

    #[test]
    fn chinese_ends_starts_and_weekdays() {
        use jiff::civil::Weekday::*;
        let cases: &[(&str, &str, Option<Day>, Option<Day>)] = &[
            ("截至12月20日，全场8折", "截至12月20日", None, md(12, 20)),
            ("12月20日截止", "12月20日截止", None, md(12, 20)),
            ("即日起至12月20日", "至12月20日", None, md(12, 20)),
            ("优惠持续到11月15日", "持续到11月15日", None, md(11, 15)),
            (
                "下单截止时间为12月20日，之后恢复日常价",
                "截止时间为12月20日",
                None,
                md(12, 20),
            ),
            (
                "12月20日（周日）24点结束",
                "12月20日（周日）24点结束",
                None,
                md(12, 20),
            ),
            (
                "12月10日起至12月20日，全场8折",
                "12月10日起至12月20日",
                md(12, 10),
                md(12, 20),
            ),
            (
                "活动时间：12月3日（星期四）至12月6日（星期日）",
                "12月3日（星期四）至12月6日",
                md(12, 3),
                md(12, 6),
            ),
            ("年货节1月5日开启", "1月5日开启", md(1, 5), None),
        ];
        for (text, words, from, to) in cases {
            assert_eq!(periods(text), [(words.to_string(), *from, *to)], "{text}");
        }
        for text in ["本周日24点截止", "截至本周日"] {
            assert!(
                kinds(text)
                    .iter()
                    .any(|(_, k)| *k == ClaimKind::EndsOn { weekday: Sunday }),
                "{text}"
            );
        }
        // A working week is not an end; 前 (before) is not read.
        for text in ["周一至周五18点结束", "每周五结束", "12月20日前下单"] {
            assert!(
                !kinds(text)
                    .iter()
                    .any(|(_, k)| matches!(k, ClaimKind::EndsOn { .. } | ClaimKind::Period { .. })),
                "{text}"
            );
        }
        // Delivery dates are not the offer's.
        for text in ["12月1日开始发货", "12月20日截止发货", "12月1日起配送"] {
            assert_eq!(periods(text), [], "{text}");
        }
        assert_eq!(
            weekdays("11月26日（周四）开抢，12月6日周日晚8点直播"),
            [
                ("11月26日（周四）".to_string(), 11, 26, Thursday),
                ("12月6日周日".to_string(), 12, 6, Sunday)
            ]
        );
        assert_eq!(
            weekdays("周四11.26开抢，11.27（周五）返场"),
            [
                ("周四11.26".to_string(), 11, 26, Thursday),
                ("11.27（周五）".to_string(), 11, 27, Friday)
            ]
        );
        assert_eq!(
            weekdays("12月3日（周四）至6日（周日）"),
            [
                ("12月3日（周四）".to_string(), 12, 3, Thursday),
                ("6日（周日）".to_string(), 12, 6, Sunday)
            ]
        );
        // A year written once is carried to the next date, turning with the calendar.
        let k = kinds("2026年12月28日（周一）至1月3日（周日）");
        assert!(k.iter().any(|(_, kind)| matches!(
            kind,
            ClaimKind::Weekday {
                day: Day {
                    year: Some(2027),
                    month: 1,
                    day: 3
                },
                ..
            }
        )));
        assert!(k.iter().any(|(_, kind)| matches!(
            kind,
            ClaimKind::Period {
                to: Some(Day {
                    year: Some(2027),
                    month: 1,
                    day: 3
                }),
                ..
            }
        )));
        // Not dates: a price, an anniversary, a week.
        for text in [
            "周四11.26元秒杀",
            "5周年庆12月1日起",
            "一周内发货",
            "每周一上新",
        ] {
            assert_eq!(weekdays(text), [], "{text}");
        }
    }
}
