//! Rule L017 `weekday-mismatch`: a weekday written with a date it does not fall on.

use super::{offer_known, offers_of, offers_unknown};
use crate::i18n::Msg;
use crate::model::{Jurisdiction, Loc, PLAN};
use crate::rules::{Ctx, Draft, Rule};
use crate::wording::Owner;
use crate::wording::claims::{ClaimKind, Day, offer_period};
use crate::{declare_rule, msg};
use jiff::civil::{Date, Weekday};

declare_rule! {
    /// ## What it checks
    ///
    /// A weekday written with a date in customer-facing text — "Thursday 26 November",
    /// "Thu 26th Nov", "Thursday, November 26", "Thu 26/11", 11月26日（周四）, 11月26日星期四,
    /// 周四11.26, and each day of a range ("Thu 3 – Sun 6 Dec", 12月3日（周四）至6日（周日）)
    /// — must be the weekday that date falls on in the campaign's year.
    ///
    /// The year is the one written with the date (or with the other day of its range, or
    /// earlier in the same Chinese sentence: 2026年12月3日（周四）至12月6日（周日）). Otherwise
    /// it comes from the plan: the run of the offers the text speaks for (a copy entry's
    /// `advertises`, or the promotion or coupon the name or terms belong to), or the plan's
    /// `window` for text that speaks for none. Of the years around that run, the one that
    /// puts the date inside the run, or nearest to it, is taken: in a window from 20 December
    /// 2026 to 5 January 2027, "Monday 4 January" is read in 2027 and "Thursday 24 December"
    /// in 2026; a teaser for a January sale dated "Wednesday 30 December" is read in the
    /// December just before it.
    ///
    /// An English numeric date that reads both ways (`3/12`: 3 December or March 12) is read
    /// day first for a plan without `US`, month first for a plan under `US` alone, and not
    /// judged for a plan under both. A number above 12 settles the order (`26/11`, `11/26`).
    ///
    /// ## Why it matters
    ///
    /// A wrong weekday makes the date ambiguous: a customer planning for "Thursday" or for
    /// "the 26th" is misled about when the offer runs. It is the classic trace of copy reused
    /// from last year's calendar.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// window: { start: 2026-11-20, end: 2026-11-30 }
    /// copy:
    ///   - { id: hero, channel: email, text: "Black Friday, Thursday 27 November: 30% off" }
    /// # 27 November 2026 is a Friday
    /// ```
    ///
    /// ## Depends on
    ///
    /// When the date has no year written with it: the offers the text speaks for
    /// (`copy[].advertises`, or the promotion or coupon the name or terms belong to) and
    /// their run, which comes from the phases a promotion names (`promotions[].phases`,
    /// `phases[].start`, `phases[].end`), a coupon's `coupons[].valid`, or else the plan's
    /// `window`. When any of these failed to read, the date is not judged: the year would
    /// be a guess. Likewise every field of those offers (`promotions`, `promotions[]`,
    /// `coupons`, `coupons[]`, and the `phases` section): an offer set aside for any of
    /// them gives no year.
    ///
    /// ## How to fix
    ///
    /// Correct whichever side is wrong: the weekday (here "Friday 27 November"), or the date
    /// (the Thursday is 26 November).
    ///
    /// ## Source
    ///
    /// CN: 《广告法》 Art. 8(1) (the time of an offer must be accurate and clear) (V). UK: CAP
    /// Code 3.1 (misleading advertising) (S — verify). EU: Unfair Commercial Practices Directive
    /// 2005/29/EC Art. 6(1) (misleading actions) (S — verify). US: FTC Act §5 (S — verify).
    pub struct WeekdayMismatch;
    code = "L017", name = "weekday-mismatch", family = "legal",
    severity = Error, summary = "a weekday written with a date it does not fall on",
    cites = [
        (Cn, "《广告法》 Art. 8(1)", V),
        (Uk, "CAP Code 3.1", S),
        (Eu, "UCPD 2005/29/EC Art. 6(1)", S),
        (Us, "FTC Act §5 (15 U.S.C. §45)", S),
    ]
}

/// Where the year of a date comes from.
enum Year {
    /// Written with the date.
    Written,
    /// The run of an offer (its id) or of the plan's window (`None`), with where it is.
    Run(Option<String>, Loc, Date, Date),
}

impl Rule for WeekdayMismatch {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Vec<Draft>) {
        let Some(wording) = ctx.wording else { return };
        for claim in &wording.claims {
            let ClaimKind::Weekday {
                day,
                weekday,
                other,
            } = &claim.kind
            else {
                continue;
            };
            let Some(place) = wording.places.get(claim.place) else {
                continue;
            };
            // A numeric date that reads both ways is read as the plan's market writes it.
            let day = match other {
                None => *day,
                Some(month_first) => {
                    let us = wording.applies(Jurisdiction::Us);
                    let others = wording.jurisdictions.iter().any(|j| *j != Jurisdiction::Us);
                    match (us, others) {
                        (true, false) => *month_first,
                        (false, _) => *day,
                        (true, true) => continue,
                    }
                }
            };
            let Some((date, year)) = dated(ctx, place.owner, day) else {
                continue;
            };
            let actual = date.weekday();
            if actual == *weekday {
                continue;
            }
            let words = place.text.get(claim.start..claim.end).unwrap_or("");
            let mut draft = Draft::text(
                &Self::META,
                place.at(),
                claim.start,
                claim.end,
                message(words, date, actual, *weekday, &year),
            )
            .help(msg!(
                "l017-help",
                actual = name(actual),
                stated = name(*weekday),
                date = long(nearest(date, *weekday)),
            ));
            if let Year::Run(_, at, ..) = year {
                draft = draft.related(at, msg!("l017-year-from-here", year = date.year()));
            }
            out.push(draft);
        }
    }
}

fn message(words: &str, date: Date, actual: Weekday, stated: Weekday, year: &Year) -> Msg {
    let source = match year {
        Year::Written => msg!("l017-year-written"),
        Year::Run(Some(id), _, from, to) => msg!(
            "l017-year-of-offer",
            id = id,
            from = crate::values::Date::from(*from),
            to = crate::values::Date::from(*to),
        ),
        Year::Run(None, _, from, to) => msg!(
            "l017-year-of-window",
            from = crate::values::Date::from(*from),
            to = crate::values::Date::from(*to),
        ),
    };
    msg!(
        "l017-mismatch",
        words = words,
        date = long(date),
        actual = name(actual),
        stated = name(stated),
        source = source,
    )
}

/// The date a day names in the campaign's year, and where the year comes from; `None`
/// when the year cannot be known (a run or window that failed to read) or the date does
/// not exist in it.
fn dated(ctx: &Ctx<'_>, owner: Owner, day: Day) -> Option<(Date, Year)> {
    if let Some(year) = day.year {
        return Some((Date::new(year, day.month, day.day).ok()?, Year::Written));
    }
    let runs = runs(ctx, owner)?;
    let mut best: Option<(i64, Date, usize)> = None;
    for (index, (_, _, from, to)) in runs.iter().enumerate() {
        let years = from.year().saturating_sub(1)..=to.year().saturating_add(1);
        for year in years {
            let Ok(date) = Date::new(year, day.month, day.day) else {
                continue;
            };
            let distance = distance(date, *from, *to)?;
            if best.is_none_or(|(d, ..)| distance < d) {
                best = Some((distance, date, index));
            }
        }
    }
    let (_, date, index) = best?;
    let (id, at, from, to) = runs.into_iter().nth(index)?;
    Some((date, Year::Run(id, at, from, to)))
}

/// Days from `date` to the run `from..=to` (0 inside it).
fn distance(date: Date, from: Date, to: Date) -> Option<i64> {
    if date < from {
        Some(i64::from(date.until(from).ok()?.get_days()))
    } else if date > to {
        Some(i64::from(to.until(date).ok()?.get_days()))
    } else {
        Some(0)
    }
}

type Run = (Option<String>, Loc, Date, Date);

/// The runs the year of a date in text of `owner` is read from: those of the offers it
/// speaks for, else the plan's window; `None` when one of them is not known.
fn runs(ctx: &Ctx<'_>, owner: Owner) -> Option<Vec<Run>> {
    if offers_unknown(ctx, owner) {
        return None;
    }
    let offers = offers_of(ctx, owner);
    if offers.is_empty() {
        if !ctx.clean(&Loc::from(PLAN.window())) {
            return None;
        }
        let window = ctx.campaign.window.as_ref()?;
        let (from, to) = (window.start?.get(), window.end?.get());
        return Some(vec![(None, Loc::from(PLAN.window()), from, to)]);
    }
    offers
        .iter()
        .map(|offer| {
            if !offer_known(ctx, offer) {
                return None;
            }
            let (from, to, at) = offer_period(ctx.campaign, offer)?;
            Some((Some(offer.id().to_owned()), at, from, to))
        })
        .collect()
}

/// The date nearest to `date` that falls on `weekday` (at most three days away).
fn nearest(date: Date, weekday: Weekday) -> Date {
    // Days ahead to the stated weekday (0–6); more than three ahead is nearer behind.
    let ahead = i64::from(weekday.since(date.weekday()));
    let shift = if ahead <= 3 {
        ahead
    } else {
        ahead.saturating_sub(7)
    };
    jiff::Span::new()
        .try_days(shift)
        .ok()
        .and_then(|span| date.checked_add(span).ok())
        .unwrap_or(date)
}

/// A weekday's name in the reader's language.
fn name(weekday: Weekday) -> Msg {
    msg!("l017-weekday", day = weekday.to_monday_one_offset())
}

/// A date written out: `26 November 2026` / `2026年11月26日`.
fn long(date: Date) -> Msg {
    msg!(
        "l017-long-date",
        day = date.day(),
        month = date.month(),
        year = date.year(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_nearest_day_with_the_stated_weekday() {
        // 26 November 2026 is a Thursday.
        assert_eq!(
            nearest(date(2026, 11, 26), Weekday::Friday),
            date(2026, 11, 27)
        );
        assert_eq!(
            nearest(date(2026, 11, 26), Weekday::Monday),
            date(2026, 11, 23)
        );
        assert_eq!(
            nearest(date(2026, 11, 26), Weekday::Sunday),
            date(2026, 11, 29)
        );
        assert_eq!(long(date(2026, 11, 26)).en(), "26 November 2026");
        assert_eq!(
            long(date(2026, 11, 26)).render(crate::i18n::Lang::ZhCn),
            "2026年11月26日"
        );
    }

    #[test]
    fn distance_to_a_run() {
        let (from, to) = (date(2026, 12, 20), date(2027, 1, 5));
        assert_eq!(distance(date(2027, 1, 4), from, to), Some(0));
        assert_eq!(distance(date(2026, 12, 18), from, to), Some(2));
        assert_eq!(distance(date(2027, 1, 8), from, to), Some(3));
    }
}
