//! The exact expansion of a recurring series into the meetings Huawei will create
//! (semantics S3, S4, S7–S9, S11–S13), the human summary ([`summary`]) and the
//! iCalendar export ([`ics`]).
//!
//! Everything here is pure (S1): "now" is an argument and the time zone is anything that
//! implements [`UtcOffsets`]. [`expand_spec`] is the engine; [`ExpandOutput`] is the one
//! place that produces the `expand --json` object of the design contract.

use std::ops::ControlFlow;

use chrono::{
    DateTime, Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Timelike, Utc,
};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use crate::series::{Cycle, OffsetSpan, SeriesSpec, UtcOffsets};

pub mod ics;
mod request;
pub mod summary;

pub use request::{DEFAULT_SUBJECT, Expansion, expand, request_to_ics};

/// The most meetings one series can hold; later dates are dropped (S11).
pub const MAX_MEETINGS: usize = 50;

/// The reminder period of a `Month` series, in days (S13).
pub const MONTH_REMIND_PERIOD_DAYS: u32 = 30;

/// The Huawei error code of "the first meeting starts in the past" (S12).
pub const FIRST_IN_PAST_HUAWEI_CODE: &str = "MMC.111071013";

/// Guard against absurd specs (only reachable when a [`SeriesSpec`] is built by hand):
/// at most this many periods (days, weeks or months) are walked. A valid series spans at
/// most one year (S6), i.e. at most 367 periods.
const MAX_PERIODS: u64 = 1000;

const SECS_PER_DAY: i64 = 86_400;

/// A fact about one occurrence's instant (S4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flag {
    /// The local time fell in a spring-forward gap and was moved forward by the gap.
    Shifted,
    /// The local time was ambiguous (fall-back overlap); the earlier instant was taken
    /// (S4), except for a first meeting that starts now (empty `startTime` in the second
    /// pass, S12: it cannot start an hour before now).
    Ambiguous,
    /// The UTC offset differs from the first occurrence's.
    OffsetChanged,
}

impl Flag {
    /// Every flag, in serialization order.
    pub const ALL: [Flag; 3] = [Flag::Shifted, Flag::Ambiguous, Flag::OffsetChanged];

    /// The contract spelling: `shifted`, `ambiguous`, `offsetChanged`.
    pub fn as_str(self) -> &'static str {
        match self {
            Flag::Shifted => "shifted",
            Flag::Ambiguous => "ambiguous",
            Flag::OffsetChanged => "offsetChanged",
        }
    }

    fn bit(self) -> u8 {
        match self {
            Flag::Shifted => 1,
            Flag::Ambiguous => 2,
            Flag::OffsetChanged => 4,
        }
    }
}

/// A set of [`Flag`]s; serializes as a JSON array of their names in [`Flag::ALL`] order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Flags(u8);

impl Flags {
    /// The empty set.
    pub const fn empty() -> Flags {
        Flags(0)
    }

    /// Whether `flag` is in the set.
    pub fn contains(self, flag: Flag) -> bool {
        self.0 & flag.bit() != 0
    }

    /// Adds `flag` to the set.
    pub fn insert(&mut self, flag: Flag) {
        self.0 |= flag.bit();
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The flags in the set, in [`Flag::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Flag> {
        Flag::ALL.into_iter().filter(move |f| self.contains(*f))
    }
}

impl Serialize for Flags {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(None)?;
        for flag in self.iter() {
            seq.serialize_element(flag.as_str())?;
        }
        seq.end()
    }
}

/// One meeting of the series (S4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    /// The local date D the pattern produced (S7–S9).
    pub date: NaiveDate,
    /// Start instant, UTC (minute precision).
    pub start: NaiveDateTime,
    /// End instant, UTC: `start + length` minutes.
    pub end: NaiveDateTime,
    /// Start as wall-clock time in the meeting zone (T, or T + gap when shifted).
    pub local_start: NaiveDateTime,
    /// End as wall-clock time in the meeting zone (the offset in force at the end).
    pub local_end: NaiveDateTime,
    /// The zone's UTC offset at the start, in minutes east of Greenwich.
    pub utc_offset_minutes: i32,
    /// What happened while placing the meeting (S4).
    pub flags: Flags,
}

impl Serialize for Occurrence {
    /// `{"start", "end", "localStart", "localEnd", "utcOffsetMinutes", "flags"}` with
    /// `start`/`end` as UTC `yyyy-MM-dd HH:mm` and the local times as `yyyy-MM-ddTHH:mm`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(6))?;
        map.serialize_entry("start", &format_api_time(self.start))?;
        map.serialize_entry("end", &format_api_time(self.end))?;
        map.serialize_entry("localStart", &format_local_time(self.local_start))?;
        map.serialize_entry("localEnd", &format_local_time(self.local_end))?;
        map.serialize_entry("utcOffsetMinutes", &self.utc_offset_minutes)?;
        map.serialize_entry("flags", &self.flags)?;
        map.end()
    }
}

/// A fact the expansion found that the user must see; the integration maps each to an
/// `Issue` (severity from [`ScheduleFinding::is_error`], Huawei code from
/// [`ScheduleFinding::huawei_code`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScheduleFinding {
    /// S11 (warning): the dates produce more than [`MAX_MEETINGS`] meetings; only the first
    /// 50 are created and the server moves endDate to the 50th date.
    Truncated {
        /// How many dates the pattern produces in the requested range (before the cap).
        total_dates: usize,
        /// The requested endDate.
        requested_end_date: NaiveDate,
        /// The endDate the server will store: the 50th date.
        effective_end_date: NaiveDate,
    },
    /// S11 (error): the pattern produces no date in [startDate, endDate].
    NoMeetings,
    /// S12 (error, Huawei MMC.111071013): the first meeting starts before now.
    FirstInPast {
        /// Start of the first meeting, UTC.
        first_start: NaiveDateTime,
        /// `now`, UTC, truncated to the minute.
        now: NaiveDateTime,
    },
    /// S4 (warning): some meetings have a different UTC offset than the first one, so
    /// they move in UTC (Huawei's labels carry fixed GMT offsets).
    OffsetChanges {
        /// How many meetings are flagged `offsetChanged`.
        count: usize,
        /// The local date of the first such meeting.
        first_date: NaiveDate,
        /// The first meeting's offset, in minutes.
        first_offset_minutes: i32,
    },
    /// S4 (warning): meetings lie beyond the zone's known daylight-saving changes (the
    /// offset data ends with 2050); they get the last known offset and may be an hour
    /// off.
    DstDataEnds {
        /// The local date of the first such meeting.
        first_date: NaiveDate,
    },
    /// S13 (warning): `preRemindDays` is larger than the period and was capped.
    ReminderCapped {
        /// `preRemindDays` as requested.
        requested: u32,
        /// The value the server uses: `min(requested, period)`.
        effective: u32,
        /// The period in days: interval (Day), 7·interval (Week), 30 (Month).
        period_days: u32,
    },
}

impl ScheduleFinding {
    /// Whether the finding is an error (the request would be rejected or is pointless);
    /// otherwise it is a warning.
    pub fn is_error(&self) -> bool {
        match self {
            ScheduleFinding::NoMeetings | ScheduleFinding::FirstInPast { .. } => true,
            ScheduleFinding::Truncated { .. }
            | ScheduleFinding::OffsetChanges { .. }
            | ScheduleFinding::DstDataEnds { .. }
            | ScheduleFinding::ReminderCapped { .. } => false,
        }
    }

    /// The Huawei error code the server would answer with, where one exists.
    pub fn huawei_code(&self) -> Option<&'static str> {
        match self {
            ScheduleFinding::FirstInPast { .. } => Some(FIRST_IN_PAST_HUAWEI_CODE),
            ScheduleFinding::Truncated { .. }
            | ScheduleFinding::NoMeetings
            | ScheduleFinding::OffsetChanges { .. }
            | ScheduleFinding::DstDataEnds { .. }
            | ScheduleFinding::ReminderCapped { .. } => None,
        }
    }

    /// The request field the finding is about (for an issue's `path`).
    pub fn path(&self) -> &'static str {
        match self {
            ScheduleFinding::Truncated { .. } => "cycleParams.endDate",
            ScheduleFinding::NoMeetings => "cycleParams",
            ScheduleFinding::FirstInPast { .. } => "startTime",
            ScheduleFinding::OffsetChanges { .. } | ScheduleFinding::DstDataEnds { .. } => {
                "timeZoneID"
            }
            ScheduleFinding::ReminderCapped { .. } => "cycleParams.preRemindDays",
        }
    }
}

/// The expansion of a series: the meetings the server will create and what was found
/// on the way. Built by [`expand_spec`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    /// The meetings, in time order, at most [`MAX_MEETINGS`] (S11).
    pub occurrences: Vec<Occurrence>,
    /// Whether the pattern produced more than [`MAX_MEETINGS`] dates (S11).
    pub truncated: bool,
    /// How many dates the pattern produces in [startDate, endDate], before the cap.
    pub total_dates: usize,
    /// The endDate the server will store: the 50th date when truncated, otherwise the
    /// requested endDate (S11).
    pub effective_end_date: NaiveDate,
    /// `min(preRemindDays, period)` (S13).
    pub effective_pre_remind_days: u32,
    /// The series' local time of day T (S3).
    pub local_time: NaiveTime,
    /// Meeting length in minutes.
    pub length_minutes: u32,
    /// Recurrence-derived findings (S4, S11, S12, S13), in that rule order.
    pub findings: Vec<ScheduleFinding>,
}

impl Schedule {
    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(ScheduleFinding::is_error)
    }

    /// How many meetings carry `flag`.
    pub fn count_flag(&self, flag: Flag) -> usize {
        self.occurrences
            .iter()
            .filter(|o| o.flags.contains(flag))
            .count()
    }
}

/// The `timeZone` object of the `expand --json` contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ZoneInfo<'a> {
    /// Huawei `timeZoneID`.
    pub id: u8,
    /// IANA zone.
    pub iana: &'a str,
    /// Huawei label.
    pub label: &'a str,
}

/// The `expand --json` object of the design contract, produced by its one `Serialize`
/// implementation:
/// `{"occurrences", "truncated", "effectiveEndDate", "effectivePreRemindDays",
/// "timeZone", "summary", "issues"}`.
///
/// Without a schedule (the request has errors that prevent expansion) `occurrences` is
/// `[]`, `truncated` is `false` and the effective values are `null`; a missing zone or
/// summary is `null`. `I` is the caller's issue type.
///
/// With [`OccurrenceForm::Compact`] the same values are written as an array instead
/// (see there): the npm package's way across the wasm boundary.
#[derive(Debug, Clone, Copy)]
pub struct ExpandOutput<'a, I> {
    /// How `occurrences` is written.
    pub occurrence_form: OccurrenceForm,
    /// The expansion, if the request could be expanded.
    pub schedule: Option<&'a Schedule>,
    /// The meeting zone, if it is known.
    pub time_zone: Option<ZoneInfo<'a>>,
    /// The human summary ([`summary::summarize`]), if any.
    pub summary: Option<&'a str>,
    /// Every issue of the request (validation and recurrence), in report order.
    pub issues: &'a [I],
}

/// How [`ExpandOutput`] writes `occurrences`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OccurrenceForm {
    /// The contract's objects: `[{"start", "end", "localStart", "localEnd",
    /// "utcOffsetMinutes", "flags"}, …]`.
    #[default]
    Objects,
    /// The values of the object as one array, in this order, with `occurrences` as the
    /// number of meetings and `timeZone` as three values (three `null`s without a zone):
    /// `[occurrences, truncated, effectiveEndDate, effectivePreRemindDays, timeZone.id,
    /// timeZone.iana, timeZone.label, summary, issues]`. The meetings themselves are
    /// written apart by [`write_compact_occurrences`], 66 ASCII chars each. Building the
    /// objects in JavaScript from these is several times faster than `JSON.parse` of
    /// the objects form.
    Compact,
}

/// Chars a meeting takes in [`write_compact_occurrences`].
pub const COMPACT_OCCURRENCE_LEN: usize = 66;

/// The meetings in [`OccurrenceForm::Compact`], [`COMPACT_OCCURRENCE_LEN`] ASCII chars
/// a meeting: `start`, `end` (UTC, `yyyy-MM-dd HH:mm`), `localStart`, `localEnd`
/// (`yyyy-MM-ddTHH:mm`) — the texts of the objects form — then the UTC offset as one
/// char, `70 + utcOffsetMinutes / 15`, and the flags as one char, `'0' + bits` (1
/// shifted, 2 ambiguous, 4 offsetChanged). `false` (nothing written) when a meeting does
/// not fit: a year outside 0–9999, or an offset that is not a whole quarter-hour within
/// −16:00…+14:00; the caller then uses [`OccurrenceForm::Objects`]. Appended to `out`
/// as bytes (ASCII): the npm package writes them straight into its answer buffer.
pub fn write_compact_occurrences(occurrences: &[Occurrence], out: &mut Vec<u8>) -> bool {
    let start = out.len();
    out.resize(start + occurrences.len() * COMPACT_OCCURRENCE_LEN, 0);
    let fits = put_compact_occurrences(occurrences, out.get_mut(start..).unwrap_or_default());
    if !fits {
        out.truncate(start);
    }
    fits
}

/// The body of [`write_compact_occurrences`]: `bytes` holds exactly the meetings.
fn put_compact_occurrences(occurrences: &[Occurrence], bytes: &mut [u8]) -> bool {
    for (o, chunk) in occurrences
        .iter()
        .zip(bytes.chunks_exact_mut(COMPACT_OCCURRENCE_LEN))
    {
        let (start, rest) = chunk.split_at_mut(16);
        let (end, rest) = rest.split_at_mut(16);
        let (local_start, rest) = rest.split_at_mut(16);
        let (local_end, rest) = rest.split_at_mut(16);
        let offset = o.utc_offset_minutes;
        let offset_char = (offset % 15 == 0)
            .then(|| 70 + offset / 15)
            .and_then(|c| u8::try_from(c).ok())
            .filter(|c| (6..=126).contains(c));
        let Some(offset_char) = offset_char else {
            return false;
        };
        if !(put_time(start, &o.start, b' ')
            && put_time_after(end, &o.end, b' ', start, &o.start)
            && put_time_after(local_start, &o.local_start, b'T', start, &o.start)
            && put_time_after(local_end, &o.local_end, b'T', local_start, &o.local_start))
        {
            return false;
        }
        rest[0] = offset_char;
        rest[1] = b'0' + (o.flags.0 & 7);
    }
    true
}

impl<I: Serialize> Serialize for ExpandOutput<'_, I> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let occurrences: &[Occurrence] = self.schedule.map_or(&[], |s| &s.occurrences);
        let truncated = self.schedule.is_some_and(|s| s.truncated);
        let effective_end_date = self.schedule.map(|s| format_date(s.effective_end_date));
        let effective_pre_remind_days = self.schedule.map(|s| s.effective_pre_remind_days);
        if self.occurrence_form == OccurrenceForm::Compact {
            let mut seq = serializer.serialize_seq(Some(9))?;
            seq.serialize_element(&occurrences.len())?;
            seq.serialize_element(&truncated)?;
            seq.serialize_element(&effective_end_date)?;
            seq.serialize_element(&effective_pre_remind_days)?;
            seq.serialize_element(&self.time_zone.map(|z| z.id))?;
            seq.serialize_element(&self.time_zone.map(|z| z.iana))?;
            seq.serialize_element(&self.time_zone.map(|z| z.label))?;
            seq.serialize_element(&self.summary)?;
            seq.serialize_element(self.issues)?;
            return seq.end();
        }
        let mut map = serializer.serialize_map(Some(7))?;
        map.serialize_entry("occurrences", occurrences)?;
        map.serialize_entry("truncated", &truncated)?;
        map.serialize_entry("effectiveEndDate", &effective_end_date)?;
        map.serialize_entry("effectivePreRemindDays", &effective_pre_remind_days)?;
        map.serialize_entry("timeZone", &self.time_zone)?;
        map.serialize_entry("summary", &self.summary)?;
        map.serialize_entry("issues", self.issues)?;
        map.end()
    }
}

// The formatters below write digits into a byte buffer instead of going through
// `format!`: they run four times per meeting, and `core::fmt` (then char-by-char pushes)
// made them the hot spot of `expand` in the wasm builds. Output is exactly
// `format!("{:04}-{:02}-{:02} {:02}:{:02}", ...)` (tested).

/// The ASCII digit of `n % 10`.
fn digit(n: u32) -> u8 {
    // n % 10 < 10: the cast cannot truncate.
    b'0' + (n % 10) as u8
}

/// Writes `yyyy-MM-dd` of a date whose year is 0–9999 into `out` (10 bytes); `false`
/// (nothing written) for other years.
fn put_date(out: &mut [u8], d: &impl Datelike) -> bool {
    let Some(year) = u32::try_from(d.year()).ok().filter(|y| *y <= 9999) else {
        return false;
    };
    let Some(out) = out.get_mut(..10) else {
        return false;
    };
    let (month, day) = (d.month(), d.day());
    out.copy_from_slice(&[
        digit(year / 1000),
        digit(year / 100),
        digit(year / 10),
        digit(year),
        b'-',
        digit(month / 10),
        digit(month),
        b'-',
        digit(day / 10),
        digit(day),
    ]);
    true
}

/// Writes `HH:mm` into `out` (5 bytes).
fn put_clock(out: &mut [u8], t: &impl Timelike) {
    let (hour, minute) = (t.hour(), t.minute());
    if let Some(out) = out.get_mut(..5) {
        out.copy_from_slice(&[
            digit(hour / 10),
            digit(hour),
            b':',
            digit(minute / 10),
            digit(minute),
        ]);
    }
}

/// Writes `yyyy-MM-dd{sep}HH:mm` of a time whose year is 0–9999 into `out` (16 bytes);
/// `false` for other years.
fn put_time(out: &mut [u8], t: &NaiveDateTime, sep: u8) -> bool {
    let Some(out) = out.get_mut(..16) else {
        return false;
    };
    put_date(out, t) && put_sep_clock(out, t, sep)
}

/// Writes `{sep}HH:mm` after the date of a 16-byte `yyyy-MM-dd{sep}HH:mm` field.
fn put_sep_clock(out: &mut [u8], t: &NaiveDateTime, sep: u8) -> bool {
    let Some(rest) = out.get_mut(10..16) else {
        return false;
    };
    rest[0] = sep;
    put_clock(&mut rest[1..], t);
    true
}

/// [`put_time`] of `t`, taking the date from `written` (the bytes [`put_time`] wrote for
/// `before`) when both fall on the same day, as the times of one meeting mostly do.
fn put_time_after(
    out: &mut [u8],
    t: &NaiveDateTime,
    sep: u8,
    written: &[u8],
    before: &NaiveDateTime,
) -> bool {
    if t.date() != before.date() {
        return put_time(out, t, sep);
    }
    let (Some(out), Some(date)) = (out.get_mut(..16), written.get(..10)) else {
        return false;
    };
    out[..10].copy_from_slice(date);
    put_sep_clock(out, t, sep)
}

/// The bytes as text (they are always ASCII digits and separators).
fn ascii(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap_or_default()
}

/// `yyyy-MM-dd`.
pub fn format_date(d: NaiveDate) -> String {
    let mut b = [0u8; 10];
    match put_date(&mut b, &d) {
        true => ascii(&b).to_owned(),
        // Years outside 0–9999 (never produced from a validated request).
        false => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
    }
}

fn format_time(t: NaiveDateTime, sep: u8) -> String {
    let mut b = [0u8; 16];
    match put_time(&mut b, &t, sep) {
        true => ascii(&b).to_owned(),
        false => format!(
            "{:04}-{:02}-{:02}{sep}{:02}:{:02}",
            t.year(),
            t.month(),
            t.day(),
            t.hour(),
            t.minute(),
            sep = char::from(sep),
        ),
    }
}

/// API time (S5): `yyyy-MM-dd HH:mm`.
pub fn format_api_time(t: NaiveDateTime) -> String {
    format_time(t, b' ')
}

/// Parses an API time (S5): `yyyy-MM-dd HH:mm`, strictly (what the validator accepts
/// as `startTime`; a face reads the server's `subConfs` times with it).
pub fn parse_api_time(s: &str) -> Option<NaiveDateTime> {
    crate::validate::parse_date_time(s)
}

/// Local time as shown in `localStart`/`localEnd`: `yyyy-MM-ddTHH:mm`.
pub fn format_local_time(t: NaiveDateTime) -> String {
    format_time(t, b'T')
}

/// `HH:mm`.
pub fn format_clock(t: NaiveTime) -> String {
    let mut b = [0u8; 5];
    put_clock(&mut b, &t);
    ascii(&b).to_owned()
}

#[cfg(test)]
mod format_tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    /// `shift` equals chrono's `checked_add_signed` for moves within a day and beyond,
    /// across month, year and leap-day ends and at the ends of chrono's range.
    #[test]
    fn shift_equals_checked_add_signed() {
        let dates = [
            NaiveDate::MIN,
            NaiveDate::from_ymd_opt(2024, 2, 28).unwrap(),
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap(),
            NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(),
            NaiveDate::MAX,
        ];
        let clocks = [(0, 0, 0), (0, 30, 0), (13, 45, 0), (23, 59, 59)];
        let moves = [
            0,
            1,
            -1,
            59 * 60,
            -14 * 3600,
            14 * 3600,
            SECS_PER_DAY - 1,
            SECS_PER_DAY,
            -SECS_PER_DAY,
            2 * SECS_PER_DAY + 7,
            -3 * SECS_PER_DAY,
            i64::MAX,
            i64::MIN,
        ];
        for d in dates {
            for (h, m, s) in clocks {
                let t = d.and_hms_opt(h, m, s).unwrap();
                for secs in moves {
                    let expected =
                        TimeDelta::try_seconds(secs).and_then(|x| t.checked_add_signed(x));
                    assert_eq!(shift(t, secs), expected, "{t} + {secs}s");
                }
            }
        }
    }

    #[test]
    fn formatters_equal_format_macro() {
        for year in [
            -10_000, -1, 0, 7, 99, 999, 1970, 2026, 9999, 10_000, 262_000,
        ] {
            for (month, day, hour, minute) in [(1, 1, 0, 0), (2, 28, 9, 5), (12, 31, 23, 59)] {
                let d = NaiveDate::from_ymd_opt(year, month, day).unwrap();
                let t = d.and_hms_opt(hour, minute, 0).unwrap();
                let (y, mo, da) = (d.year(), d.month(), d.day());
                assert_eq!(format_date(d), format!("{y:04}-{mo:02}-{da:02}"));
                assert_eq!(
                    format_api_time(t),
                    format!("{y:04}-{mo:02}-{da:02} {hour:02}:{minute:02}")
                );
                assert_eq!(
                    format_local_time(t),
                    format!("{y:04}-{mo:02}-{da:02}T{hour:02}:{minute:02}")
                );
                assert_eq!(format_clock(t.time()), format!("{hour:02}:{minute:02}"));
            }
        }
    }
}

/// The period of a series in days, for the reminder cap (S13): interval (Day),
/// 7·interval (Week), 30 (Month). An interval of 0 counts as 1.
pub fn remind_period_days(cycle: Cycle, interval: u32) -> u32 {
    let interval = interval.max(1);
    match cycle {
        Cycle::Day => interval,
        Cycle::Week => interval.saturating_mul(7),
        Cycle::Month => MONTH_REMIND_PERIOD_DAYS,
    }
}

/// The series' local time of day T (S3): `startTime` converted into the zone with the
/// offset in force at that instant, or — without `startTime` — the local time of `now`;
/// truncated to the minute either way.
pub fn series_local_time(
    spec: &SeriesSpec,
    zone: &dyn UtcOffsets,
    now: DateTime<Utc>,
) -> NaiveTime {
    let utc = spec.start_time_utc.unwrap_or_else(|| now.naive_utc());
    let local = utc_to_local(utc, zone).unwrap_or(utc);
    truncate_time(local.time())
}

/// The effective point set of a Week series as a bit mask (bit w = weekday w, 0 =
/// Sunday), S8: values above 6 are ignored; empty → the weekday of startDate.
pub fn week_points(spec: &SeriesSpec) -> u8 {
    if spec.points.is_empty() {
        return 1 << spec.start_date.weekday().num_days_from_sunday();
    }
    spec.points
        .iter()
        .filter(|&&p| p <= 6)
        .fold(0u8, |mask, &p| mask | (1 << p))
}

/// The effective point set of a Month series as a bit mask (bit p = day p), S9: values
/// outside 1–31 are ignored; empty → the day of month of startDate.
pub fn month_points(spec: &SeriesSpec) -> u32 {
    if spec.points.is_empty() {
        return 1 << spec.start_date.day();
    }
    spec.points
        .iter()
        .filter(|&&p| (1..=31).contains(&p))
        .fold(0u32, |mask, &p| mask | (1 << p))
}

/// Calls `f` with every date of the pattern in [startDate, endDate], in order
/// (S7–S9), until `f` breaks. Pure date arithmetic, no zone. Walks at most
/// `MAX_PERIODS` periods and stops at the end of chrono's date range.
pub fn for_each_date(spec: &SeriesSpec, mut f: impl FnMut(NaiveDate) -> ControlFlow<()>) {
    let interval = u64::from(spec.interval.max(1));
    let (start, end) = (spec.start_date, spec.end_date);
    if end < start {
        return;
    }
    match spec.cycle {
        // S7: D = startDate + k·interval days.
        // (Dates are stepped from the previous one: a short step stays within the year,
        // chrono's fast path, where a jump from startDate is a full calendar conversion.)
        Cycle::Day => {
            let mut d = start;
            for _ in 0..MAX_PERIODS {
                if d > end || f(d).is_break() {
                    return;
                }
                let Some(next) = d.checked_add_days(Days::new(interval)) else {
                    return;
                };
                d = next;
            }
        }
        // S8: Sunday-started weeks 0, interval, 2·interval, … from the week of startDate.
        Cycle::Week => {
            let mask = week_points(spec);
            let back = u64::from(start.weekday().num_days_from_sunday());
            let Some(mut sunday) = start.checked_sub_days(Days::new(back)) else {
                return;
            };
            let step = Days::new(interval.saturating_mul(7));
            for k in 0..MAX_PERIODS {
                if k > 0 {
                    let Some(next) = sunday.checked_add_days(step) else {
                        return;
                    };
                    sunday = next;
                }
                for w in 0..7u8 {
                    if mask & (1 << w) == 0 {
                        continue;
                    }
                    let Some(d) = sunday.checked_add_days(Days::new(u64::from(w))) else {
                        return;
                    };
                    if d < start {
                        continue;
                    }
                    if d > end || f(d).is_break() {
                        return;
                    }
                }
            }
        }
        // S9: months month(startDate) + k·interval, days clamped to the month's end,
        // duplicates after clamping collapse.
        Cycle::Month => {
            let mask = month_points(spec);
            let Some(month0) = start.with_day(1) else {
                return;
            };
            for k in 0..MAX_PERIODS {
                let Some(first) = k
                    .checked_mul(interval)
                    .and_then(|n| u32::try_from(n).ok())
                    .and_then(|n| month0.checked_add_months(Months::new(n)))
                else {
                    return;
                };
                let last_day = days_in_month(first);
                let mut previous = 0;
                for p in 1..=31u32 {
                    if mask & (1 << p) == 0 {
                        continue;
                    }
                    let day = p.min(last_day);
                    if day == previous {
                        continue;
                    }
                    previous = day;
                    let Some(d) = first.with_day(day) else {
                        return;
                    };
                    if d < start {
                        continue;
                    }
                    if d > end || f(d).is_break() {
                        return;
                    }
                }
            }
        }
    }
}

/// Expands a series into the meetings the server will create (S3, S4, S7–S9, S11–S13).
///
/// Pure (S1): `now` is only used for T when `startTime` is empty (S3) and for the
/// "first meeting in the past" check (S12, minute precision). Never panics, whatever
/// the spec: out-of-range points are ignored, an interval of 0 counts as 1, and at most
/// 1000 periods are walked.
pub fn expand_spec(spec: &SeriesSpec, zone: &dyn UtcOffsets, now: DateTime<Utc>) -> Schedule {
    let cached = LastSpan::new(zone);
    let zone: &dyn UtcOffsets = &cached;
    let now_minute = truncate_minute(now.naive_utc());
    let local_time = series_local_time(spec, zone, now);
    let length_secs = i64::from(spec.length_minutes) * 60;

    let mut occurrences: Vec<Occurrence> = Vec::with_capacity(MAX_MEETINGS);
    let mut total_dates = 0usize;
    let mut last_kept = None;
    for_each_date(spec, |d| {
        total_dates += 1;
        if occurrences.len() < MAX_MEETINGS {
            last_kept = Some(d);
            if let Some(o) = place(d, local_time, length_secs, zone) {
                occurrences.push(o);
            }
        }
        ControlFlow::Continue(())
    });

    // S4: offsetChanged relative to the first meeting.
    let mut findings = Vec::new();
    let truncated = total_dates > MAX_MEETINGS;
    let effective_end_date = match (truncated, last_kept) {
        (true, Some(d)) => d,
        _ => spec.end_date,
    };
    if truncated {
        findings.push(ScheduleFinding::Truncated {
            total_dates,
            requested_end_date: spec.end_date,
            effective_end_date,
        });
    }
    // S3, S12: with an empty startTime the meeting on today's date is the one that
    // "starts now", and the server starts it now. Placed by its local time it would
    // start an hour early when now is in the second pass of the repeated hour at the
    // end of daylight saving time (S4 takes the earlier of the two instants): S12 wins
    // for this one meeting, which keeps its `ambiguous` flag.
    let today = utc_to_local(now_minute, zone).map(|l| l.date());
    if spec.start_time_utc.is_none()
        && let Some(first) = occurrences.first_mut()
        && Some(first.date) == today
        && truncate_minute(first.start) != now_minute
        && let Some(at_now) = place_at_utc(first.date, now_minute, length_secs, zone)
    {
        *first = Occurrence {
            flags: first.flags,
            ..at_now
        };
    }
    if let Some(first) = occurrences.first().copied() {
        // S12: the first meeting must not start before now (minute precision).
        let starts_now = spec.start_time_utc.is_none() && Some(first.date) == today;
        if truncate_minute(first.start) < now_minute && !starts_now {
            findings.push(ScheduleFinding::FirstInPast {
                first_start: first.start,
                now: now_minute,
            });
        }
        let mut changed = 0usize;
        let mut first_changed = None;
        for o in occurrences.iter_mut().skip(1) {
            if o.utc_offset_minutes != first.utc_offset_minutes {
                o.flags.insert(Flag::OffsetChanged);
                changed += 1;
                first_changed.get_or_insert(o.date);
            }
        }
        if let Some(first_date) = first_changed {
            findings.push(ScheduleFinding::OffsetChanges {
                count: changed,
                first_date,
                first_offset_minutes: first.utc_offset_minutes,
            });
        }
        // S4: past the zone's known daylight-saving changes, say so.
        if let Some(until) = zone.dst_known_until()
            && let Some(beyond) = occurrences
                .iter()
                .find(|o| o.end.and_utc().timestamp() > until)
        {
            findings.push(ScheduleFinding::DstDataEnds {
                first_date: beyond.date,
            });
        }
    } else {
        findings.push(ScheduleFinding::NoMeetings);
    }

    // S13: reminder cap.
    let period_days = remind_period_days(spec.cycle, spec.interval);
    let effective_pre_remind_days = spec.pre_remind_days.min(period_days);
    if effective_pre_remind_days < spec.pre_remind_days {
        findings.push(ScheduleFinding::ReminderCapped {
            requested: spec.pre_remind_days,
            effective: effective_pre_remind_days,
            period_days,
        });
    }
    // Keep findings in rule order: S4, S11, S12, S13.
    // (At most four findings: a stable insertion sort, no general sort code in the wasm.)
    let rank = |f: &ScheduleFinding| match f {
        ScheduleFinding::OffsetChanges { .. } | ScheduleFinding::DstDataEnds { .. } => 0,
        ScheduleFinding::Truncated { .. } | ScheduleFinding::NoMeetings => 1,
        ScheduleFinding::FirstInPast { .. } => 2,
        ScheduleFinding::ReminderCapped { .. } => 3,
    };
    for i in 1..findings.len() {
        let mut j = i;
        while j > 0 && rank(&findings[j - 1]) > rank(&findings[j]) {
            findings.swap(j - 1, j);
            j -= 1;
        }
    }

    Schedule {
        occurrences,
        truncated,
        total_dates,
        effective_end_date,
        effective_pre_remind_days,
        local_time,
        length_minutes: spec.length_minutes,
        findings,
    }
}

/// A zone that remembers the span of its last answer: meetings of a series lie days or
/// weeks apart and transitions months apart, so nearly every look-up of the expansion
/// falls in the span of the one before (no search of the transitions).
struct LastSpan<'z> {
    zone: &'z dyn UtcOffsets,
    last: std::cell::Cell<Option<OffsetSpan>>,
}

impl<'z> LastSpan<'z> {
    fn new(zone: &'z dyn UtcOffsets) -> LastSpan<'z> {
        LastSpan {
            zone,
            last: std::cell::Cell::new(None),
        }
    }
}

impl UtcOffsets for LastSpan<'_> {
    fn utc_offset_at(&self, unix_secs: i64) -> i32 {
        self.utc_offset_span(unix_secs).offset_secs
    }

    fn utc_offset_span(&self, unix_secs: i64) -> OffsetSpan {
        match self.last.get() {
            Some(span) if span.contains(unix_secs) => span,
            _ => {
                let span = self.zone.utc_offset_span(unix_secs);
                self.last.set(Some(span));
                span
            }
        }
    }
    fn dst_known_until(&self) -> Option<i64> {
        self.zone.dst_known_until()
    }
}

/// Places one meeting: local date `d` at local time `t`, converted to UTC (S4). `None`
/// only at the edge of chrono's range.
fn place(
    d: NaiveDate,
    t: NaiveTime,
    length_secs: i64,
    zone: &dyn UtcOffsets,
) -> Option<Occurrence> {
    let local = d.and_time(t);
    let (resolved, start_secs, stable_until) = resolve(local, zone)?;
    let offset = i64::from(resolved.offset_secs);
    let start = resolved.utc;
    let end = shift(start, length_secs)?;
    // The offset at the end: known without a lookup when no transition lies between
    // the start and the end (the common case, see `resolve`).
    let end_secs = start_secs.saturating_add(length_secs);
    let end_offset = match stable_until {
        Some(until) if end_secs <= until => offset,
        _ => i64::from(zone.utc_offset_at(end_secs)),
    };
    let local_start = if resolved.flags.contains(Flag::Shifted) {
        shift(start, offset)?
    } else {
        local
    };
    Some(Occurrence {
        date: d,
        start,
        end,
        local_start,
        local_end: shift(end, end_offset)?,
        utc_offset_minutes: resolved.offset_secs / 60,
        flags: resolved.flags,
    })
}

/// The meeting of local date `d` that starts at the UTC instant `start` (the first
/// meeting of a series with an empty startTime, which starts now). Flags empty.
fn place_at_utc(
    d: NaiveDate,
    start: NaiveDateTime,
    length_secs: i64,
    zone: &dyn UtcOffsets,
) -> Option<Occurrence> {
    let start_secs = start.and_utc().timestamp();
    let offset = zone.utc_offset_at(start_secs);
    let end = shift(start, length_secs)?;
    let end_offset = zone.utc_offset_at(start_secs.saturating_add(length_secs));
    Some(Occurrence {
        date: d,
        start,
        end,
        local_start: shift(start, i64::from(offset))?,
        local_end: shift(end, i64::from(end_offset))?,
        utc_offset_minutes: offset / 60,
        flags: Flags::empty(),
    })
}

/// `t` moved by `secs` seconds (exactly `t.checked_add_signed`, tested). A meeting's
/// times lie within a day of each other, so the date moves by at most one day: only the
/// time of day is computed, with a step to the next or previous date, which costs less
/// in the wasm builds than chrono's general date arithmetic. Longer moves take chrono's
/// way.
fn shift(t: NaiveDateTime, secs: i64) -> Option<NaiveDateTime> {
    const DAY: i32 = 86_400;
    let near = i32::try_from(secs)
        .ok()
        .filter(|s| (-DAY..=DAY).contains(s));
    // (`NaiveTime` holds this; `NaiveDateTime`'s own method recomputes it from h:m:s.)
    let clock = t.time().num_seconds_from_midnight();
    if let (Some(secs), Ok(clock)) = (near, i32::try_from(clock)) {
        // |clock + secs| < 2 days: no overflow, and the date moves by at most a day.
        let moved = clock + secs;
        let (date, moved) = if moved < 0 {
            (t.date().pred_opt(), moved + DAY)
        } else if moved >= DAY {
            (t.date().succ_opt(), moved - DAY)
        } else {
            (Some(t.date()), moved)
        };
        let time = u32::try_from(moved)
            .ok()
            .and_then(|s| NaiveTime::from_num_seconds_from_midnight_opt(s, t.nanosecond()));
        if let (Some(date), Some(time)) = (date, time) {
            return Some(date.and_time(time));
        }
    }
    t.checked_add_signed(TimeDelta::try_seconds(secs)?)
}

/// A local wall-clock time resolved to an instant (S4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    /// The instant, UTC.
    pub utc: NaiveDateTime,
    /// The zone's offset at that instant, seconds east.
    pub offset_secs: i32,
    /// `Shifted` (gap) or `Ambiguous` (overlap), or empty.
    pub flags: Flags,
}

/// Converts local wall-clock time `local` in `zone` to UTC by S4, using only the
/// offset function: the candidate offsets are those in force one day before and one
/// day after; a candidate `o` fits when the offset at `local − o` is `o`. Two fits →
/// ambiguous, the earlier instant (the larger offset) wins. No fit → a gap: the
/// instant is `local − offset before the gap`, i.e. the wall time moved forward by the
/// gap length. Assumes at most one transition within ±1 day (true of every real zone).
pub fn local_to_utc(local: NaiveDateTime, zone: &dyn UtcOffsets) -> Option<Resolved> {
    resolve(local, zone).map(|(r, _, _)| r)
}

/// [`local_to_utc`], plus the instant in unix seconds and — when the offsets one day
/// before and one day after agree, so that (by the one-transition assumption) no
/// transition lies in between — the last instant (unix seconds) up to which the offset
/// is known to stay the same. That case costs two lookups instead of four.
fn resolve(local: NaiveDateTime, zone: &dyn UtcOffsets) -> Option<(Resolved, i64, Option<i64>)> {
    let l = local.and_utc().timestamp();
    let later = l.saturating_add(SECS_PER_DAY);
    let before = zone.utc_offset_at(l.saturating_sub(SECS_PER_DAY));
    let after = zone.utc_offset_at(later);
    if before == after {
        let utc = shift(local, -i64::from(before))?;
        let resolved = Resolved {
            utc,
            offset_secs: before,
            flags: Flags::empty(),
        };
        return Some((resolved, l - i64::from(before), Some(later)));
    }
    let fits = |o: i32| zone.utc_offset_at(l.saturating_sub(i64::from(o))) == o;
    let mut flags = Flags::empty();
    let (offset, instant) = match (fits(before), fits(after)) {
        (true, true) => {
            flags.insert(Flag::Ambiguous);
            let o = before.max(after);
            (o, l - i64::from(o))
        }
        (true, false) => (before, l - i64::from(before)),
        (false, true) => (after, l - i64::from(after)),
        (false, false) => {
            flags.insert(Flag::Shifted);
            let instant = l.saturating_sub(i64::from(before));
            (zone.utc_offset_at(instant), instant)
        }
    };
    let utc = DateTime::from_timestamp(instant, 0)?.naive_utc();
    let resolved = Resolved {
        utc,
        offset_secs: offset,
        flags,
    };
    Some((resolved, instant, None))
}

/// The wall-clock time in `zone` at the UTC instant `utc`.
pub fn utc_to_local(utc: NaiveDateTime, zone: &dyn UtcOffsets) -> Option<NaiveDateTime> {
    let offset = zone.utc_offset_at(utc.and_utc().timestamp());
    shift(utc, i64::from(offset))
}

fn truncate_time(t: NaiveTime) -> NaiveTime {
    NaiveTime::from_hms_opt(t.hour(), t.minute(), 0).unwrap_or(t)
}

fn truncate_minute(t: NaiveDateTime) -> NaiveDateTime {
    t.date().and_time(truncate_time(t.time()))
}

fn days_in_month(first: NaiveDate) -> u32 {
    first
        .checked_add_months(Months::new(1))
        .and_then(|next| next.pred_opt())
        .map_or(31, |last| last.day())
}
