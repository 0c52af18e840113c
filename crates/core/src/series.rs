//! The typed description of a recurring series: what validation produces and what the
//! recurrence engine expands. This is the seam between `validate` and `recurrence`.

use chrono::{NaiveDate, NaiveDateTime};

/// The recurrence unit of `cycleParams.cycle` (semantics S7–S9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cycle {
    /// `Day`: every `interval` days (S7).
    Day,
    /// `Week`: every `interval` Sunday-started weeks on the weekdays of `point` (S8).
    Week,
    /// `Month`: every `interval` months on the month days of `point` (S9).
    Month,
}

impl Cycle {
    /// The cycle of its exact API spelling (`Day`, `Week`, `Month`; S10).
    pub fn from_api(text: &str) -> Option<Cycle> {
        match text {
            "Day" => Some(Cycle::Day),
            "Week" => Some(Cycle::Week),
            "Month" => Some(Cycle::Month),
            _ => None,
        }
    }

    /// The largest `interval` of the cycle (S10; the smallest is 1): Day 15, Week 5,
    /// Month 3. Day's is the largest of all ([`Cycle::WIDEST_MAX_INTERVAL`]).
    pub fn max_interval(self) -> u32 {
        match self {
            Cycle::Day => Cycle::WIDEST_MAX_INTERVAL,
            Cycle::Week => 5,
            Cycle::Month => 3,
        }
    }

    /// The largest `interval` any cycle allows (Day's, S10).
    pub const WIDEST_MAX_INTERVAL: u32 = 15;

    /// The exact API spelling (`Day`, `Week`, `Month`).
    pub fn as_str(self) -> &'static str {
        match self {
            Cycle::Day => "Day",
            Cycle::Week => "Week",
            Cycle::Month => "Month",
        }
    }
}

/// UTC offsets of a time zone over time: the one thing the recurrence engine needs of
/// a zone. Implemented by [`crate::zones::Zone`] (compact table) and, in tests, by an
/// adapter over `chrono-tz`.
pub trait UtcOffsets {
    /// The zone's offset from UTC, in seconds east of Greenwich, at the instant
    /// `unix_secs` (seconds since 1970-01-01T00:00Z).
    fn utc_offset_at(&self, unix_secs: i64) -> i32;

    /// The offset at `unix_secs` with the instants over which it holds. The default
    /// knows only `unix_secs` itself; a zone that knows its transitions gives the whole
    /// span between two of them (the engine then skips most look-ups).
    fn utc_offset_span(&self, unix_secs: i64) -> OffsetSpan {
        OffsetSpan {
            offset_secs: self.utc_offset_at(unix_secs),
            from: unix_secs,
            until: unix_secs.saturating_add(1),
        }
    }

    /// The instant (unix seconds) from which the zone's daylight-saving changes are not
    /// known and the last offset is assumed, when that matters (the zone still changes
    /// its clocks at the end of its data); `None` when the offsets hold everywhere.
    fn dst_known_until(&self) -> Option<i64> {
        None
    }
}

/// A UTC offset and the span of instants `from <= t < until` (unix seconds) over which
/// a zone keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OffsetSpan {
    /// The offset, seconds east of Greenwich.
    pub offset_secs: i32,
    /// The first instant of the span.
    pub from: i64,
    /// The first instant after the span.
    pub until: i64,
}

impl OffsetSpan {
    /// Whether `unix_secs` lies in the span.
    pub fn contains(&self, unix_secs: i64) -> bool {
        self.from <= unix_secs && unix_secs < self.until
    }
}

/// A recurring series with every field typed and in range: built only by validation
/// (or by tests), expanded by the recurrence engine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesSpec {
    /// Huawei time zone id (row of the table, 1–77) of the meeting (S2).
    pub zone_id: u8,
    /// First local date of the series, in the meeting zone (S6).
    pub start_date: NaiveDate,
    /// Last local date the request asks for, in the meeting zone (S6).
    pub end_date: NaiveDate,
    /// Day, Week or Month.
    pub cycle: Cycle,
    /// Interval, already defaulted (1) and in range (S10).
    pub interval: u32,
    /// Weekdays (0 = Sunday … 6) or month days (1–31), sorted and de-duplicated;
    /// empty means "the weekday / month day of startDate" (S8, S9). Ignored for Day.
    pub points: Vec<u32>,
    /// `startTime` in UTC at minute precision; `None` when empty or absent ("now", S3).
    pub start_time_utc: Option<NaiveDateTime>,
    /// Meeting length in minutes (15–1440, default 30).
    pub length_minutes: u32,
    /// `preRemindDays` as requested (0–30, default 1), before the S13 cap.
    pub pre_remind_days: u32,
}
