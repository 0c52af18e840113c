//! iCalendar (RFC 5545) export of an expanded series: one `VEVENT` per meeting, times in
//! UTC, so every calendar shows the instants Huawei will use (S4, S5).
//!
//! Hand-written on purpose: the output is ~10 fixed property lines per event, and the
//! three RFC rules that matter (TEXT escaping, CRLF, folding at 75 octets without
//! splitting a UTF-8 character) take a few dozen lines, whereas a calendar crate would
//! add a dependency (and wasm size) to the core. The tests parse the output with the
//! `icalendar` crate's parser to check conformance.

use chrono::{DateTime, Datelike, NaiveDateTime, Timelike, Utc};

use super::Schedule;

/// `PRODID` of every calendar cycleconf writes.
pub const PRODID: &str = "-//cycleconf//cycleconf//EN";

/// The longest content line, in octets, excluding the CRLF (RFC 5545 §3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// The calendar of `schedule`: `VCALENDAR` with one `VEVENT` per occurrence carrying a
/// stable `UID` (FNV-1a of `uid_seed` and the start, `@cycleconf`), `DTSTAMP` =
/// `dtstamp` (S1: never the clock), `DTSTART`/`DTEND` in UTC and `SUMMARY` = `subject`
/// (escaped). CRLF line endings, lines folded at 75 octets.
pub fn to_ics(
    schedule: &Schedule,
    subject: &str,
    uid_seed: &str,
    dtstamp: DateTime<Utc>,
) -> String {
    let mut out = String::with_capacity(256 + schedule.occurrences.len() * 200);
    let stamp = ics_utc(dtstamp.naive_utc());
    let summary = format!("SUMMARY:{}", escape_text(subject));
    push_line(&mut out, "BEGIN:VCALENDAR");
    push_line(&mut out, "VERSION:2.0");
    push_line(&mut out, &format!("PRODID:{PRODID}"));
    push_line(&mut out, "CALSCALE:GREGORIAN");
    push_line(&mut out, "METHOD:PUBLISH");
    for o in &schedule.occurrences {
        let start = ics_utc(o.start);
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{}", uid(uid_seed, &start)));
        push_line(&mut out, &format!("DTSTAMP:{stamp}"));
        push_line(&mut out, &format!("DTSTART:{start}"));
        push_line(&mut out, &format!("DTEND:{}", ics_utc(o.end)));
        push_line(&mut out, &summary);
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// The `UID` of the meeting starting at `start` (`YYYYMMDDTHHMMSSZ`):
/// `<FNV-1a 64 of seed + start, hex>-<start>@cycleconf`. Stable across runs and
/// platforms, unique per start within a series.
pub fn uid(uid_seed: &str, start: &str) -> String {
    let mut hash = Fnv1a::new();
    hash.write(uid_seed.as_bytes());
    hash.write(&[0x1f]);
    hash.write(start.as_bytes());
    format!("{:016x}-{start}@cycleconf", hash.finish())
}

/// UTC date-time in iCalendar form: `YYYYMMDDTHHMMSSZ`.
pub fn ics_utc(t: NaiveDateTime) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): `\` → `\\`, `;` → `\;`, `,` → `\,`, line
/// breaks (CRLF, CR, LF) → `\n`; other control characters (not allowed in TEXT) are
/// dropped, HTAB is kept.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded (RFC 5545 §3.1): no physical line exceeds 75
/// octets before its CRLF; continuation lines start with one space; a UTF-8 character
/// is never split.
pub fn push_line(out: &mut String, line: &str) {
    if line.len() <= MAX_LINE_OCTETS {
        out.push_str(line);
        out.push_str("\r\n");
        return;
    }
    let mut budget = MAX_LINE_OCTETS;
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > budget {
            out.push_str("\r\n ");
            // The leading space counts toward the 75 octets.
            budget = MAX_LINE_OCTETS - 1;
            used = 0;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

/// FNV-1a, 64-bit: a tiny stable hash for UIDs (no dependency, same on every platform).
struct Fnv1a(u64);

impl Fnv1a {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    fn new() -> Fnv1a {
        Fnv1a(Self::OFFSET)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(Self::PRIME);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_known_vectors() {
        let mut h = Fnv1a::new();
        h.write(b"");
        assert_eq!(h.finish(), 0xcbf2_9ce4_8422_2325);
        let mut h = Fnv1a::new();
        h.write(b"a");
        assert_eq!(h.finish(), 0xaf63_dc4c_8601_ec8c);
        let mut h = Fnv1a::new();
        h.write(b"foobar");
        assert_eq!(h.finish(), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn escaping() {
        assert_eq!(
            escape_text("a,b;c\\d\r\ne\nf\rg\u{7}"),
            "a\\,b\\;c\\\\d\\ne\\nf\\ng"
        );
    }

    #[test]
    fn folding_counts_octets() {
        let mut out = String::new();
        push_line(&mut out, &"x".repeat(150));
        let lines: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(
            lines,
            vec![
                &"x".repeat(75)[..],
                &format!(" {}", "x".repeat(74))[..],
                " x",
                ""
            ]
        );
    }
}
