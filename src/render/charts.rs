//! Geometry of the HTML pages' SVG charts — the phase timeline with material deadlines,
//! the budget split, the worst-case order and the review's attainment bars — in whole
//! pixels, computed exactly so the page is the same bytes every time. Every position a
//! template draws at (bars, text baselines, anchors, ticks) is here, for two layouts: a
//! wide one for the page's 760 px text column and paper, with labels in a column on the
//! left, and a narrow one for phones, 360 px wide, with each label above its bar. The
//! templates only draw what is here.
//!
//! The arithmetic here is exempt from the crate's overflow lint, by proof rather than
//! by checks: positions are `i64` pixels under a few thousand; a day count is under
//! 4 million (years 1–9999); a row is drawn per phase, material or budget line of a file
//! under 2 GiB; text widths are at most 13 px per character of such a file; money is
//! below 10^15 and is divided only by a positive total or largest amount. No product
//! comes within a factor of 10^5 of `i64::MAX` or of a decimal's range.
#![expect(
    clippy::arithmetic_side_effects,
    reason = "bounded pixel geometry, proven in the module docs"
)]

use super::locale::Lang;
use super::names::{Names, days_between};
use crate::analysis::Analysis;
use crate::model::Campaign;
use crate::numfmt::percent;
use jiff::civil::Date;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;

/// Width of every wide chart, in pixels (the page's text column).
pub const WIDTH: i64 = 760;
/// Width of every narrow chart, in pixels (a phone's text column).
pub const NARROW: i64 = 360;
/// Where the plotting area of a wide chart starts: the label column is on its left.
pub const LABEL: i64 = 180;
/// Right margin for value labels.
const RIGHT: i64 = 16;
/// Where row labels of a wide chart end (they are drawn right-aligned).
pub const LABEL_X: i64 = LABEL - 10;
/// The label column holds about this many columns of 13 px text (a CJK character is
/// two): at most about 160 px, so a label never leaves the chart on the left.
pub const LABEL_COLUMNS: usize = 22;
/// A narrow chart's labels have the whole width.
const NARROW_COLUMNS: usize = 50;
/// The smallest distance between two tick labels (a date like `12月24日` at 12 px is
/// about 56 px wide).
const TICK_SPACING: i64 = 72;
/// Height of the line a narrow chart's label takes above its bar.
const LABEL_LINE: i64 = 18;
/// The distance between the lines of a label that takes more than one (labels wrap,
/// never cut).
pub const LINE: i64 = 15;

/// The baseline of 13 px text centred on a row from `y` to `y + h`.
pub fn baseline(y: i64, h: i64) -> i64 {
    y + h / 2 + 5
}

/// About how wide `text` is at 13 px: 8 px for an ASCII character (digits and most
/// letters are narrower), 13 px for any other (CJK is square).
pub fn text_width(text: &str) -> i64 {
    text.chars()
        .map(|c| if c.is_ascii() { 8 } else { 13 })
        .sum()
}

/// Which of the two layouts a chart is drawn in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Layout {
    Wide,
    Narrow,
}

/// Where one row of a chart goes.
pub(crate) struct Row {
    /// The label's x, anchor and baseline.
    pub label_x: i64,
    pub label_anchor: &'static str,
    pub label_y: i64,
    /// The bar's (or mark's) top, and the baseline of text beside or inside it.
    pub mark_y: i64,
    pub text_y: i64,
    /// Where the next row starts (before any gap).
    pub next: i64,
}

impl Layout {
    pub(crate) fn width(self) -> i64 {
        match self {
            Layout::Wide => WIDTH,
            Layout::Narrow => NARROW,
        }
    }

    /// Where the plotting area starts and ends.
    pub(crate) fn x0(self) -> i64 {
        match self {
            Layout::Wide => LABEL,
            Layout::Narrow => 0,
        }
    }

    pub(crate) fn x1(self) -> i64 {
        match self {
            Layout::Wide => WIDTH - RIGHT,
            Layout::Narrow => NARROW - 2,
        }
    }

    /// A row's label as the lines it is drawn in: the whole text, wrapped to the
    /// layout's label width.
    pub(crate) fn label(self, text: &str) -> Vec<String> {
        match self {
            Layout::Wide => wrap(text, LABEL_COLUMNS),
            Layout::Narrow => wrap(text, NARROW_COLUMNS),
        }
    }

    /// A row starting at `y` whose bar is `h` high and whose label takes `lines` lines:
    /// beside its label (wide; a label taller than the bar makes the row taller, the
    /// bar centred on it) or under it (narrow).
    pub(crate) fn row(self, y: i64, h: i64, lines: usize) -> Row {
        let extra = i64::try_from(lines.max(1) - 1).unwrap_or(0) * LINE;
        match self {
            Layout::Wide => {
                let tall = (extra + LINE + 4).max(h);
                let mark_y = y + (tall - h) / 2;
                Row {
                    label_x: LABEL_X,
                    label_anchor: "end",
                    label_y: baseline(y, tall) - extra / 2,
                    mark_y,
                    text_y: baseline(mark_y, h),
                    next: y + tall,
                }
            }
            Layout::Narrow => Row {
                label_x: 0,
                label_anchor: "start",
                label_y: y + 13,
                mark_y: y + LABEL_LINE + extra,
                text_y: baseline(y + LABEL_LINE + extra, h),
                next: y + LABEL_LINE + extra + h,
            },
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct Charts {
    pub timeline: Option<Timeline>,
    pub budget: Option<BudgetChart>,
    pub exposure: Option<ExposureChart>,
    /// The same charts laid out for a phone ([`NARROW`] px, labels above the bars).
    pub timeline_narrow: Option<Timeline>,
    pub budget_narrow: Option<BudgetChart>,
    pub exposure_narrow: Option<ExposureChart>,
}

#[derive(Debug, Serialize)]
pub struct Timeline {
    pub width: i64,
    pub height: i64,
    /// Where the plotting area starts and ends.
    pub x0: i64,
    pub x1: i64,
    pub bars: Vec<Bar>,
    pub milestones: Vec<Milestone>,
    pub ticks: Vec<Tick>,
    /// The baseline of the tick labels (above the rows).
    pub tick_y: i64,
    /// Where the tick lines start (they run down to the axis).
    pub grid_y: i64,
    /// The y of the axis line under the rows.
    pub axis_y: i64,
    /// The campaign window as a shaded band behind the rows, when the plan has one.
    pub band: Option<Band>,
    /// The kinds of offer bars drawn, for the legend: each a CSS class and its words.
    pub offer_keys: Vec<Key>,
}

/// A legend entry: a swatch's CSS class and what it stands for.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Key {
    pub class: &'static str,
    pub label: &'static str,
}

/// A bar to draw on the timeline: its name, its first and last day, the text beside
/// it and its colour class.
struct Span<'a> {
    name: &'a str,
    from: Date,
    to: Date,
    value: String,
    class: String,
}

/// A shaded rectangle with a tooltip.
#[derive(Debug, Serialize)]
pub struct Band {
    pub x: i64,
    pub y: i64,
    pub w: i64,
    pub h: i64,
    pub title: String,
}

#[derive(Debug, Serialize)]
pub struct Bar {
    pub x: i64,
    pub y: i64,
    pub w: i64,
    pub h: i64,
    /// The label's lines (the whole text, wrapped), and the text for the tooltip.
    pub label: Vec<String>,
    pub title: String,
    /// Where the label goes and its `text-anchor` (`end` in a label column on the left,
    /// `start` above the bar).
    pub label_x: i64,
    pub label_y: i64,
    pub label_anchor: &'static str,
    /// The baseline of the value text.
    pub text_y: i64,
    /// Text drawn inside or after the bar.
    pub value: String,
    /// Where the value text goes.
    pub value_x: i64,
    /// The value text's `text-anchor`: `start`, `middle` or `end`.
    pub anchor: &'static str,
    /// Whether the value text is drawn inside the bar (light on dark).
    pub inside: bool,
    /// A CSS class for the colour (`c0`…`c5`, `reserve`, `paid`, `saved`, `met`, `missed`).
    pub class: String,
}

#[derive(Debug, Serialize)]
pub struct Milestone {
    pub x: i64,
    pub y: i64,
    /// The label's lines (the whole text, wrapped).
    pub label: Vec<String>,
    pub title: String,
    /// Where the label goes, its baseline and `text-anchor`.
    pub label_x: i64,
    pub label_y: i64,
    pub label_anchor: &'static str,
    /// The baseline of the date beside the diamond.
    pub text_y: i64,
    /// The diamond's points, ready for `<polygon points=…>`.
    pub points: String,
    pub value: String,
    pub value_x: i64,
    /// Whether the date label goes to the left of the diamond (near the right edge).
    pub left: bool,
    /// The date label's `text-anchor`: `end` when `left`, else `start`.
    pub anchor: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Tick {
    pub x: i64,
    pub label: String,
    /// The label's `text-anchor`: `middle`, or `start`/`end` at the chart's edges.
    pub anchor: &'static str,
}

#[derive(Debug, Serialize)]
pub struct BudgetChart {
    pub width: i64,
    pub height: i64,
    pub x0: i64,
    pub bars: Vec<Bar>,
}

#[derive(Debug, Serialize)]
pub struct ExposureChart {
    pub width: i64,
    pub height: i64,
    pub x0: i64,
    /// What the customer pays; its `label` (at `label_x`, `label_y`) names the row.
    pub paid: Bar,
    /// The discount.
    pub saved: Bar,
}

/// Wraps a label into lines of about `max` columns (a CJK character counts two), never
/// cutting it: breaks at spaces first; a word (or a run of CJK text) wider than a line
/// breaks between characters, never before closing punctuation.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let cols = |c: char| if c.is_ascii() { 1 } else { 2 };
    let width = |s: &str| s.chars().map(cols).sum::<usize>();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let gap = usize::from(!line.is_empty());
        if width(&line) + gap + width(word) <= max {
            if gap == 1 {
                line.push(' ');
            }
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            let closing = "，。、；：）」』》！？,.;:)·…".contains(c);
            if width(&line) + cols(c) > max && !line.is_empty() && !closing {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

pub fn charts(campaign: &Campaign, analysis: Option<&Analysis>, names: &Names<'_>) -> Charts {
    Charts {
        timeline: timeline(campaign, names.lang, Layout::Wide),
        budget: budget(campaign, names, Layout::Wide),
        exposure: exposure(analysis, names, Layout::Wide),
        timeline_narrow: timeline(campaign, names.lang, Layout::Narrow),
        budget_narrow: budget(campaign, names, Layout::Narrow),
        exposure_narrow: exposure(analysis, names, Layout::Narrow),
    }
}

/// Days as columns of a timeline: the x of a day's start and end.
#[derive(Clone, Copy)]
struct DayScale {
    first: Date,
    /// Days from the first to the last, the last drawn whole.
    span: i64,
    x0: i64,
    x1: i64,
}

impl DayScale {
    fn x(self, d: Date) -> i64 {
        self.x0 + days_between(self.first, d) * (self.x1 - self.x0) / self.span
    }

    fn day_end(self, d: Date) -> i64 {
        self.x(d.tomorrow().unwrap_or(d))
    }
}

fn timeline(campaign: &Campaign, lang: Lang, layout: Layout) -> Option<Timeline> {
    // Documents are built from plans without errors, where every date is known.
    let phases: Vec<(&str, Date, Date)> = campaign
        .phases
        .iter()
        .flat_map(|p| p.items())
        .filter_map(|p| {
            Some((
                p.name.as_str(),
                p.start.known()?.get(),
                p.end.known()?.get(),
            ))
        })
        .collect();
    let mut materials: Vec<(&str, Date)> = campaign
        .materials
        .iter()
        .flat_map(|m| m.items())
        .filter_map(|m| Some((m.item.known()?.as_str(), m.due.known()?.get())))
        .collect();
    // Deadlines in date order (then as written), like the materials table.
    materials.sort_by_key(|m| m.1);
    let offers = super::offers::offer_spans(campaign, lang);
    let window = campaign
        .window
        .as_ref()
        .and_then(|w| Some((w.start?.get(), w.end?.get())))
        .filter(|(a, b)| a <= b);
    let mut dates: Vec<Date> = phases
        .iter()
        .flat_map(|p| [p.1, p.2])
        .chain(materials.iter().map(|m| m.1))
        .chain(offers.iter().flat_map(|o| [o.from, o.to]))
        .chain(window.iter().flat_map(|(a, b)| [*a, *b]))
        .collect();
    dates.sort();
    let (first, last) = (*dates.first()?, *dates.last()?);
    let width = layout.width();
    let scale = DayScale {
        first,
        span: days_between(first, last) + 1,
        x0: layout.x0(),
        x1: layout.x1(),
    };
    let (tick_y, grid_y) = (14, 22);
    let (h, gap, top) = match layout {
        Layout::Wide => (26, 8, 30),
        Layout::Narrow => (22, 8, 28),
    };
    let mut y = top;
    let mut spans: Vec<Span<'_>> = phases
        .iter()
        .enumerate()
        .map(|(i, p)| Span {
            name: p.0,
            from: p.1,
            to: p.2,
            value: lang.days(days_between(p.1, p.2) + 1),
            class: format!("c{}", i % 6),
        })
        .collect();
    spans.extend(offers.iter().map(|o| Span {
        name: &o.name,
        from: o.from,
        to: o.to,
        value: o.note.clone(),
        class: format!("offer {}", o.class),
    }));
    let bars = phase_bars(&spans, lang, layout, scale, (h, gap), &mut y);
    let l = lang.labels();
    let offer_keys = [
        ("coupon", l.coupon_validity),
        ("flash", l.flash_slots),
        ("early", l.early_access_key),
    ]
    .into_iter()
    .filter(|(class, _)| offers.iter().any(|o| o.class == *class))
    .map(|(class, label)| Key { class, label })
    .collect();
    let milestones = milestone_marks(&materials, lang, layout, scale, (h, gap), &mut y);
    let axis_y = y + 4;
    let band = window.map(|(a, b)| {
        let (bx, bw) = (scale.x(a), scale.day_end(b) - scale.x(a));
        Band {
            x: bx,
            y: grid_y,
            w: bw.max(1),
            h: axis_y - grid_y,
            title: lang.dates(a, b),
        }
    });
    Some(Timeline {
        width,
        height: axis_y + 8,
        x0: scale.x0,
        x1: scale.x1,
        bars,
        milestones,
        ticks: axis_ticks(scale, last, lang, width),
        tick_y,
        grid_y,
        axis_y,
        band,
        offer_keys,
    })
}

/// A timeline's phase bars, one row each from `y` (moved past them); `(h, gap)` is the
/// bars' height and the gap between rows.
fn phase_bars(
    phases: &[Span<'_>],
    lang: Lang,
    layout: Layout,
    scale: DayScale,
    (h, gap): (i64, i64),
    y: &mut i64,
) -> Vec<Bar> {
    let width = layout.width();
    let mut bars = Vec::new();
    for p in phases {
        let label = layout.label(p.name);
        let row = layout.row(*y, h, label.len());
        let (a, b) = (scale.x(p.from), scale.day_end(p.to));
        let w = (b - a).max(3);
        let value = p.value.clone();
        // The day count goes inside a bar wide enough for it; otherwise after the bar,
        // or before it when the bar ends near the right edge.
        let room = text_width(&value);
        let inside = w >= room + 12;
        let (value_x, anchor) = if inside {
            (a + w / 2, "middle")
        } else if a + w + 6 + room <= width {
            (a + w + 6, "start")
        } else {
            (a - 6, "end")
        };
        bars.push(Bar {
            x: a,
            y: row.mark_y,
            w,
            h,
            label,
            title: format!("{} · {}", p.name, lang.dates(p.from, p.to)),
            label_x: row.label_x,
            label_y: row.label_y,
            label_anchor: row.label_anchor,
            text_y: row.text_y,
            value,
            value_x,
            anchor,
            inside,
            class: p.class.clone(),
        });
        *y = row.next + gap;
    }
    bars
}

/// A timeline's material deadlines, one diamond per row from `y` (moved past them).
fn milestone_marks(
    materials: &[(&str, Date)],
    lang: Lang,
    layout: Layout,
    scale: DayScale,
    (h, gap): (i64, i64),
    y: &mut i64,
) -> Vec<Milestone> {
    let width = layout.width();
    let mut milestones = Vec::new();
    for m in materials {
        let label = layout.label(m.0);
        let row = layout.row(*y, h, label.len());
        let cx = scale.x(m.1) + ((scale.x1 - scale.x0) / scale.span / 2).max(1);
        let cy = row.mark_y + h / 2;
        let r = 7;
        let value = lang.day(m.1);
        let left = cx + r + 6 + text_width(&value) > width;
        milestones.push(Milestone {
            x: cx,
            y: cy,
            label,
            title: format!("{} · {}", m.0, lang.date(m.1)),
            label_x: row.label_x,
            label_y: row.label_y,
            label_anchor: row.label_anchor,
            text_y: row.text_y,
            points: format!(
                "{},{} {},{} {},{} {},{}",
                cx,
                cy - r,
                cx + r,
                cy,
                cx,
                cy + r,
                cx - r,
                cy
            ),
            value,
            value_x: if left { cx - r - 6 } else { cx + r + 6 },
            left,
            anchor: if left { "end" } else { "start" },
        });
        *y = match layout {
            Layout::Wide => row.next,
            Layout::Narrow => row.next + gap / 2,
        };
    }
    milestones
}

/// A timeline's date ticks. Each tick label's extent follows its anchor; a label that
/// would touch the one before it (at the chart's left edge, where the first is drawn
/// from its start) is left out with its grid line.
fn axis_ticks(scale: DayScale, last: Date, lang: Lang, width: i64) -> Vec<Tick> {
    let mut drawn: Vec<Tick> = Vec::new();
    let mut prev_right = i64::MIN;
    // When the chart crosses a year, the first tick and the first of each new year
    // carry the year (`2026年12月20日`, `Jan 3, 2027`).
    let crosses = scale.first.year() != last.year();
    let mut year_shown: Option<i16> = None;
    for d in ticks(scale.first, last, scale.span, scale.x1 - scale.x0) {
        let label = if crosses && year_shown != Some(d.year()) {
            lang.date(d)
        } else {
            lang.day(d)
        };
        let tx = scale.x(d);
        let tw = text_width(&label) * 12 / 13;
        let (anchor, left) = if tx - tw / 2 < 0 {
            ("start", tx)
        } else if tx + tw / 2 > width {
            ("end", tx - tw)
        } else {
            ("middle", tx - tw / 2)
        };
        if left < prev_right.saturating_add(10) {
            continue;
        }
        prev_right = left + tw;
        if crosses {
            year_shown = Some(d.year());
        }
        drawn.push(Tick {
            x: tx,
            label,
            anchor,
        });
    }
    drawn
}

/// Tick dates: from the first day, on the shortest step of whole days (2 days, a week,
/// two weeks, four weeks…) that keeps the labels at least [`TICK_SPACING`] apart on a
/// plot `plot` pixels wide.
fn ticks(first: Date, last: Date, span: i64, plot: i64) -> Vec<Date> {
    let step = [1, 2, 7, 14, 28, 56, 91, 182, 364]
        .into_iter()
        .find(|step| step * plot >= TICK_SPACING * span)
        .unwrap_or(728);
    let mut out = Vec::new();
    let mut d = first;
    while d <= last {
        out.push(d);
        match d.checked_add(jiff::Span::new().days(step)) {
            Ok(next) => d = next,
            Err(_) => break,
        }
    }
    out
}

fn budget(campaign: &Campaign, names: &Names<'_>, layout: Layout) -> Option<BudgetChart> {
    let budget = campaign.budget.as_ref()?;
    let total = budget.total.as_ref()?.amount;
    if total <= Decimal::ZERO {
        return None;
    }
    let x0 = layout.x0();
    let mut rows: Vec<(String, Decimal, String)> = budget
        .lines
        .iter()
        .flat_map(|l| l.items())
        .filter_map(|l| Some((l.name.clone(), l.amount.known()?.amount)))
        .enumerate()
        .map(|(i, (name, amount))| (name, amount, format!("c{i}", i = i % 6)))
        .collect();
    if let Some(r) = &budget.reserve {
        rows.push((
            names.lang.labels().reserve.to_owned(),
            (total * r.ratio()).round_dp(2),
            "reserve".to_owned(),
        ));
    }
    let value =
        |amount: Decimal| format!("{} · {}", names.money(amount), percent(amount / total, 1));
    // The largest amount gets the longest bar, which leaves room after it for the
    // widest value label.
    let room = rows
        .iter()
        .map(|(_, a, _)| text_width(&value(*a)))
        .max()
        .unwrap_or(0)
        + 8;
    let widest = (layout.x1() - x0 - room).max(40);
    let plot = Decimal::from(widest);
    let largest = rows
        .iter()
        .map(|(_, a, _)| *a)
        .max()
        .filter(|a| *a > Decimal::ZERO)
        .unwrap_or(total);
    let (h, gap) = match layout {
        Layout::Wide => (24, 8),
        Layout::Narrow => (18, 10),
    };
    let mut bars = Vec::new();
    let mut y = 4;
    for (name, amount, class) in rows {
        let label = layout.label(&name);
        let row = layout.row(y, h, label.len());
        let w = (plot * amount.max(Decimal::ZERO) / largest)
            .round()
            .to_i64()
            .unwrap_or(0)
            .clamp(2, widest);
        let value = value(amount);
        bars.push(Bar {
            x: x0,
            y: row.mark_y,
            w,
            h,
            label,
            title: format!("{name} · {value}"),
            label_x: row.label_x,
            label_y: row.label_y,
            label_anchor: row.label_anchor,
            text_y: row.text_y,
            value,
            value_x: x0 + w + 6,
            anchor: "start",
            inside: false,
            class,
        });
        y = row.next + gap;
    }
    Some(BudgetChart {
        width: layout.width(),
        height: y,
        x0,
        bars,
    })
}

fn exposure(
    analysis: Option<&Analysis>,
    names: &Names<'_>,
    layout: Layout,
) -> Option<ExposureChart> {
    let a = analysis?;
    let value = a.worst.order_value;
    if value <= 0
        || a.worst.coupons.is_empty() && a.worst.tiers.is_empty() && a.worst.item_level.is_none()
    {
        return None;
    }
    let paid = a.worst.paid.clamp(0, value);
    let (x0, x1) = (layout.x0(), layout.x1());
    let plot = x1 - x0;
    let paid_w =
        i64::try_from(i128::from(plot) * i128::from(paid) / i128::from(value)).unwrap_or(0);
    let saved_w = plot - paid_w;
    let l = names.lang.labels();
    let money = |cents: i64| names.money(crate::analysis::exact::from_cents(cents));
    let share = |cents: i64| percent(Decimal::from(cents) / Decimal::from(value), 2);
    let h = 30;
    let row = layout.row(4, h, layout.label(l.worst_case).len());
    // Amounts go inside their segment when it is wide enough, else under the bar: the
    // paid amount from the bar's left end, the discount up to its right end.
    let (paid_value, saved_value) = (money(paid), money(value - paid));
    let paid_inside = paid_w >= text_width(&paid_value) + 16;
    let saved_inside = saved_w >= text_width(&saved_value) + 16;
    let below = row.mark_y + h + 18;
    let paid_bar = Bar {
        x: x0,
        y: row.mark_y,
        w: paid_w,
        h,
        label: layout.label(l.worst_case),
        title: format!("{paid_value} · {}", share(paid)),
        label_x: row.label_x,
        label_y: row.label_y,
        label_anchor: row.label_anchor,
        text_y: if paid_inside { row.text_y } else { below },
        value_x: if paid_inside { x0 + paid_w / 2 } else { x0 },
        value: paid_value,
        anchor: if paid_inside { "middle" } else { "start" },
        inside: paid_inside,
        class: "paid".to_owned(),
    };
    let saved_bar = Bar {
        x: x0 + paid_w,
        y: row.mark_y,
        w: saved_w,
        h,
        label: layout.label(l.depth),
        title: format!(
            "{}{}{saved_value} · {}",
            l.depth,
            l.colon,
            share(value - paid)
        ),
        label_x: row.label_x,
        label_y: row.label_y,
        label_anchor: row.label_anchor,
        text_y: if saved_inside { row.text_y } else { below },
        value_x: if saved_inside {
            x0 + paid_w + saved_w / 2
        } else {
            x1
        },
        value: saved_value,
        anchor: if saved_inside { "middle" } else { "end" },
        inside: saved_inside,
        class: "saved".to_owned(),
    };
    Some(ExposureChart {
        width: layout.width(),
        height: if paid_inside && saved_inside {
            row.next + 6
        } else {
            below + 6
        },
        x0,
        paid: paid_bar,
        saved: saved_bar,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_wrap_by_display_width_and_are_never_cut() {
        assert_eq!(wrap("预热期", 22), ["预热期"]);
        assert_eq!(
            wrap("一二三四五六七八九十一二", 10),
            ["一二三四五", "六七八九十", "一二"]
        );
        assert_eq!(wrap("Early access", 8), ["Early", "access"]);
        assert_eq!(
            wrap("会员专享价，会员提前购", 10),
            ["会员专享价，", "会员提前购"]
        );
        assert_eq!(
            wrap("会员专享价 · 会员提前购", 22),
            ["会员专享价 ·", "会员提前购"]
        );
        assert_eq!(
            wrap("Supercalifragilistic", 8),
            ["Supercal", "ifragili", "stic"]
        );
        // Nothing is lost: the lines hold every character of the label.
        let text = "Spring bedding · members' early access";
        assert_eq!(wrap(text, 22).join(" "), text);
    }

    #[test]
    fn ticks_step_with_the_span() {
        let a = jiff::civil::date(2027, 1, 1);
        let b = jiff::civil::date(2027, 2, 15);
        let t = ticks(a, b, days_between(a, b) + 1, WIDTH - RIGHT - LABEL);
        assert_eq!(t.first(), Some(&a));
        assert_eq!(t[1], jiff::civil::date(2027, 1, 8));
        assert!(t.len() <= 8);
    }

    #[test]
    fn tick_labels_never_crowd() {
        let a = jiff::civil::date(2027, 1, 1);
        for plot in [NARROW - 2, WIDTH - RIGHT - LABEL] {
            for days in [1, 10, 30, 60, 90, 200, 400, 900] {
                let b = a.checked_add(jiff::Span::new().days(days)).unwrap();
                let span = days_between(a, b) + 1;
                let t = ticks(a, b, span, plot);
                for pair in t.windows(2) {
                    let gap = days_between(pair[0], pair[1]) * plot / span;
                    assert!(gap >= TICK_SPACING, "{days} days: ticks {gap} px apart");
                }
            }
        }
    }

    #[test]
    fn rows_put_labels_beside_or_above_the_bar() {
        let wide = Layout::Wide.row(30, 26, 1);
        assert_eq!(
            (wide.label_x, wide.label_anchor, wide.mark_y),
            (LABEL_X, "end", 30)
        );
        assert_eq!(wide.label_y, wide.text_y);
        let narrow = Layout::Narrow.row(30, 22, 1);
        assert_eq!((narrow.label_x, narrow.label_anchor), (0, "start"));
        assert!(narrow.label_y < narrow.mark_y && narrow.mark_y < narrow.text_y);
    }
}
