//! `calendar.ics`: the plan's phases and material deadlines as all-day events (RFC 5545),
//! with stable UIDs so a re-imported calendar updates events instead of duplicating them.

use super::locale::Lang;
use super::names::Names;
use crate::model::Campaign;

/// The calendar of a plan, with CRLF line ends and lines folded at 75 octets.
pub fn calendar(campaign: &Campaign) -> String {
    let id = campaign.id.as_ref().map(|i| i.as_str()).unwrap_or("plan");
    let name = campaign.name.as_deref().unwrap_or(id);
    let stamp = stamp(campaign);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!(
            "PRODID:-//campspec//campspec {}//EN",
            env!("CARGO_PKG_VERSION")
        ),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        format!("X-WR-CALNAME:{}", text(name)),
    ];
    if let Some(tz) = &campaign.timezone {
        lines.push(format!("X-WR-TIMEZONE:{}", text(tz.as_str())));
    }
    for event in phase_events(campaign, id, name)
        .into_iter()
        .chain(material_events(campaign, id))
    {
        event.push_to(&mut lines, &stamp);
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::new();
    for line in lines {
        fold(&line, &mut out);
    }
    out
}

/// DTSTAMP is required; a fixed value derived from the plan keeps the file the same
/// bytes on every build: the first day of the window (or of the first phase).
fn stamp(campaign: &Campaign) -> String {
    let first_day = campaign
        .window
        .as_ref()
        .and_then(|w| w.start)
        .map(|d| d.get())
        .or_else(|| {
            campaign
                .phases
                .iter()
                .flat_map(|p| p.items())
                .filter_map(|p| Some(p.start.known()?.get()))
                .min()
        });
    match first_day {
        Some(d) => format!("{}T000000Z", compact(d)),
        None => "19700101T000000Z".to_owned(),
    }
}

/// One all-day event, from its first to its last day.
struct Event {
    uid: String,
    day: jiff::civil::Date,
    last: jiff::civil::Date,
    summary: String,
    description: String,
    category: &'static str,
}

impl Event {
    /// The event's lines, unfolded.
    fn push_to(&self, lines: &mut Vec<String>, stamp: &str) {
        lines.push("BEGIN:VEVENT".to_owned());
        lines.push(format!("UID:{}", self.uid));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", compact(self.day)));
        // DTEND of an all-day event is the day after the last day.
        let end = self.last.tomorrow().unwrap_or(self.last);
        lines.push(format!("DTEND;VALUE=DATE:{}", compact(end)));
        lines.push(format!("SUMMARY:{}", text(&self.summary)));
        if !self.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", text(&self.description)));
        }
        lines.push(format!("CATEGORIES:{}", self.category));
        lines.push("TRANSP:TRANSPARENT".to_owned());
        lines.push("END:VEVENT".to_owned());
    }
}

/// A phase's event: its days, named after the plan and the phase, its focus described.
fn phase_events(campaign: &Campaign, id: &str, name: &str) -> Vec<Event> {
    let lang = Lang::of(campaign);
    // Documents are built from plans without errors, where every date is known.
    campaign
        .phases
        .iter()
        .flat_map(|p| p.items())
        .filter_map(|p| Some((p, p.start.known()?.get(), p.end.known()?.get())))
        .map(|(p, start, end)| {
            let focus: Vec<String> = p.focus.iter().flat_map(|f| f.items().cloned()).collect();
            Event {
                uid: format!("{id}.phase.{}@campspec", p.id.as_str()),
                day: start,
                last: end,
                summary: format!("{name} · {}", p.name),
                description: match lang {
                    Lang::Zh => focus.join("、"),
                    Lang::En => focus.join("; "),
                },
                category: "PHASE",
            }
        })
        .collect()
}

/// A material's deadline: its due day, with its quantity and owner.
fn material_events(campaign: &Campaign, id: &str) -> Vec<Event> {
    let names = Names::new(campaign);
    let lang = names.lang;
    let l = lang.labels();
    campaign
        .materials
        .iter()
        .flat_map(|m| m.items())
        .filter_map(|m| Some((m, m.due.known()?.get())))
        .map(|(m, due)| Event {
            uid: format!("{id}.material.{}@campspec", m.id.as_str()),
            day: due,
            last: due,
            summary: format!("{}{}{}", l.materials_due, l.colon, m.item),
            description: format!(
                "{}{}{} · {}{}{}",
                l.quantity,
                l.colon,
                m.quantity
                    .known()
                    .map_or_else(String::new, |q| lang.count(q.0)),
                l.owner,
                l.colon,
                m.owner
                    .known()
                    .map_or_else(String::new, |o| names.team(o.as_str()))
            ),
            category: "DEADLINE",
        })
        .collect()
}

/// `20270116`.
fn compact(d: jiff::civil::Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11);
/// other control characters, which TEXT cannot hold, shown as their escapes (`\u{1b}`,
/// see [`crate::escape`]) as in every document.
fn text(value: &str) -> String {
    let value = crate::escape::lines(value);
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            // Only the CR of a CRLF is left: its LF is the line break.
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes a content line folded at 75 octets without splitting a UTF-8 character
/// (RFC 5545 §3.1), ending in CRLF.
fn fold(line: &str, out: &mut String) {
    let mut width: usize = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width.saturating_add(len) > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width = width.saturating_add(len);
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(text("a\r\nb\tc"), "a\\nb\tc");
        assert_eq!(text("\u{1b}]0;x\u{7}\r"), "\\\\u{1b}]0\\;x\\\\u{7}\\\\r");
    }

    #[test]
    fn long_lines_fold_on_character_boundaries() {
        let line = format!("SUMMARY:{}", "新年促销活动".repeat(10));
        let mut out = String::new();
        fold(&line, &mut out);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(
                physical.len() <= 75,
                "{} octets: {physical}",
                physical.len()
            );
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), line);
    }
}
