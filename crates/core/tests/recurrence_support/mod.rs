//! Shared helpers of the recurrence tests: a `chrono-tz` adapter implementing
//! `UtcOffsets`, and spec/time builders.
#![allow(dead_code, clippy::unwrap_used)]

use chrono::{DateTime, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use cycleconf_core::series::{Cycle, SeriesSpec, UtcOffsets};

/// `UtcOffsets` over a `chrono-tz` zone (the reference implementation).
#[derive(Debug, Clone, Copy)]
pub struct TzOffsets(pub Tz);

impl UtcOffsets for TzOffsets {
    fn utc_offset_at(&self, unix_secs: i64) -> i32 {
        match DateTime::from_timestamp(unix_secs, 0) {
            Some(t) => self
                .0
                .offset_from_utc_datetime(&t.naive_utc())
                .fix()
                .local_minus_utc(),
            None => 0,
        }
    }
}

/// `UtcOffsets` over a `chrono-tz` zone with the newer tzdata of
/// `zones::TZDATA_UPDATES` applied: the reference for the compact zone table.
#[derive(Debug, Clone, Copy)]
pub struct UpdatedTz {
    /// The zone.
    pub tz: TzOffsets,
    /// From when (unix seconds) which offset holds, if the zone has an update.
    pub update: Option<(i64, i32)>,
}

impl UpdatedTz {
    /// The reference for the IANA zone `iana`.
    pub fn new(iana: &str) -> UpdatedTz {
        UpdatedTz {
            tz: TzOffsets(iana.parse().unwrap()),
            update: cycleconf_core::zones::TZDATA_UPDATES
                .iter()
                .find(|(zone, _, _)| *zone == iana)
                .map(|&(_, from, offset)| (from, offset)),
        }
    }
}

impl UtcOffsets for UpdatedTz {
    fn utc_offset_at(&self, unix_secs: i64) -> i32 {
        match self.update {
            Some((from, offset)) if unix_secs >= from => offset,
            _ => self.tz.utc_offset_at(unix_secs),
        }
    }
}

pub const NEW_YORK: TzOffsets = TzOffsets(chrono_tz::America::New_York);
pub const LONDON: TzOffsets = TzOffsets(chrono_tz::Europe::London);
pub const SHANGHAI: TzOffsets = TzOffsets(chrono_tz::Asia::Shanghai);
pub const SYDNEY: TzOffsets = TzOffsets(chrono_tz::Australia::Sydney);

pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// `yyyy-MM-dd HH:mm` as a naive date-time.
pub fn dt(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
}

/// `yyyy-MM-dd HH:mm` UTC as an instant.
pub fn now(s: &str) -> DateTime<Utc> {
    dt(s).and_utc()
}

/// A spec with the usual defaults (length 60, reminder 1) in zone 56.
pub fn spec(
    cycle: Cycle,
    interval: u32,
    points: &[u32],
    start: &str,
    end: &str,
    start_time_utc: Option<&str>,
) -> SeriesSpec {
    SeriesSpec {
        zone_id: 56,
        start_date: date(start),
        end_date: date(end),
        cycle,
        interval,
        points: points.to_vec(),
        start_time_utc: start_time_utc.map(dt),
        length_minutes: 60,
        pre_remind_days: 1,
    }
}
