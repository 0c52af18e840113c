//! The Huawei time zone table (huawei-meeting-api.md §1.2) with compact UTC-offset data
//! (semantics S2, S4).
//!
//! The 77 rows live in exactly one place, `src/zones_table.rs`, which this module and
//! `build.rs` both include. `build.rs` turns each row's IANA zone into the offset in force
//! at 2000-01-01T00:00Z plus every offset transition up to 2051-01-01T00:00Z (computed
//! with `chrono-tz` at build time), so the crate needs no time zone database at run time.

use std::fmt;

use crate::series::{OffsetSpan, UtcOffsets};

include!("zones_table.rs");

/// One row of the generated offset data (`build.rs`): the offset at 2000-01-01T00:00Z in
/// quarter-hours, the transitions' days since 2000-01-01 and minutes of the UTC day, and
/// the new offsets in quarter-hours.
type ZoneOffsetRow = (i8, &'static [u16], &'static [u16], &'static [i8]);

include!(concat!(env!("OUT_DIR"), "/zone_offsets.rs"));

/// The Huawei `timeZoneID` used when a request has none (Asia/Shanghai, S2).
pub const DEFAULT_ZONE_ID: u8 = 56;

/// The highest id the Huawei client SDKs document (rows above it draw a warning, S2).
pub const LAST_OFFICIAL_ZONE_ID: u8 = 73;

/// One row of the Huawei time zone table: id, Huawei label, IANA zone and the zone's
/// UTC offsets from 2000 to 2050.
#[derive(Clone, Copy)]
pub struct Zone {
    /// Huawei `timeZoneID` (1–77).
    pub id: u8,
    /// Huawei's own label, e.g. `(GMT+08:00) Beijing, Chongqing, Hong Kong, Urumqi, Taipei`.
    pub label: &'static str,
    /// The IANA zone cycleconf maps the row to, e.g. `Asia/Shanghai`.
    pub iana: &'static str,
    label_offset_minutes: i32,
    /// Offset at 2000-01-01T00:00Z, in quarter-hours.
    initial_quarters: i8,
    /// Transition instants: the day since 2000-01-01 (sorted) …
    transition_day: &'static [u16],
    /// … and the minute of that UTC day.
    transition_minute: &'static [u16],
    /// The offset from each transition on, in quarter-hours.
    transition_quarters: &'static [i8],
}

/// 2051-01-01T00:00:00Z in unix seconds: the end of the generated offset data.
const DATA_END: i64 = 2_556_144_000;

/// 2000-01-01T00:00:00Z in unix seconds: the epoch of the compact transition instants.
const DATA_EPOCH: i64 = 946_684_800;

/// Seconds in a quarter-hour, the unit of the compact offsets.
const QUARTER_HOUR: i32 = 900;

impl Zone {
    /// The zone's offset from UTC in seconds (east positive) at `unix_secs`. Exact from
    /// 2000-01-01 to 2051-01-01; before that the 2000-01-01 offset, after it the last one.
    pub fn utc_offset_at(&self, unix_secs: i64) -> i32 {
        self.utc_offset_span(unix_secs).offset_secs
    }

    /// [`Zone::utc_offset_at`] with the span between the transitions around `unix_secs`
    /// (unbounded before the first and after the last).
    pub fn utc_offset_span(&self, unix_secs: i64) -> OffsetSpan {
        let since = unix_secs.saturating_sub(DATA_EPOCH);
        // The first transition after `since` (binary search over the instants).
        let (mut lo, mut hi) = (0, self.transition_day.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.transition_at(mid) <= since {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let (quarters, from) = match lo.checked_sub(1) {
            Some(i) => (
                self.transition_quarters
                    .get(i)
                    .copied()
                    .unwrap_or(self.initial_quarters),
                self.transition_at(i) + DATA_EPOCH,
            ),
            None => (self.initial_quarters, i64::MIN),
        };
        let until = if lo < self.transition_day.len() {
            self.transition_at(lo) + DATA_EPOCH
        } else {
            i64::MAX
        };
        OffsetSpan {
            offset_secs: i32::from(quarters) * QUARTER_HOUR,
            from,
            until,
        }
    }

    /// The `i`-th transition instant in seconds since 2000-01-01T00:00Z (0 past the end).
    fn transition_at(&self, i: usize) -> i64 {
        let day = self.transition_day.get(i).copied().unwrap_or_default();
        let minute = self.transition_minute.get(i).copied().unwrap_or_default();
        i64::from(day) * 86_400 + i64::from(minute) * 60
    }

    /// The fixed offset written in the Huawei label, in minutes (`(GMT+05:30)` → 330,
    /// `(GMT)` → 0). Huawei labels ignore DST.
    pub fn label_offset_minutes(&self) -> i32 {
        self.label_offset_minutes
    }

    /// Whether the id is one the Huawei client SDKs document (1–73, S2).
    pub fn is_official(&self) -> bool {
        self.id <= LAST_OFFICIAL_ZONE_ID
    }

    /// The offset transitions from 2000 to 2050: `(unix seconds, new offset seconds)`.
    pub fn transitions(&self) -> impl Iterator<Item = (i64, i32)> + 'static {
        let zone = *self;
        self.transition_quarters
            .iter()
            .enumerate()
            .map(move |(i, &q)| {
                (
                    DATA_EPOCH + zone.transition_at(i),
                    i32::from(q) * QUARTER_HOUR,
                )
            })
    }
}

impl UtcOffsets for Zone {
    fn utc_offset_at(&self, unix_secs: i64) -> i32 {
        Zone::utc_offset_at(self, unix_secs)
    }

    fn utc_offset_span(&self, unix_secs: i64) -> OffsetSpan {
        Zone::utc_offset_span(self, unix_secs)
    }

    /// The end of the data (2051-01-01T00:00Z) for a zone that changes its clocks in its
    /// last year of data (daylight saving, S4); `None` for the others, whose last offset
    /// holds on.
    fn dst_known_until(&self) -> Option<i64> {
        // The last transition directly (this runs on every expansion).
        let last = self.transition_day.len().checked_sub(1)?;
        let at = DATA_EPOCH + self.transition_at(last);
        (at >= DATA_END - 366 * 86_400).then_some(DATA_END)
    }
}

impl PartialEq for Zone {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for Zone {}

impl fmt::Debug for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Zone")
            .field("id", &self.id)
            .field("label", &self.label)
            .field("iana", &self.iana)
            .finish_non_exhaustive()
    }
}

/// Parses the `(GMT±hh:mm)` prefix of a Huawei label into minutes; `(GMT)` and anything
/// unparsable give 0 (the table is checked by tests).
const fn parse_label_offset(label: &str) -> i32 {
    let b = label.as_bytes();
    // "(GMT+hh:mm)": sign at 4, hours at 5..7, minutes at 8..10.
    if b.len() < 11 || b[4] != b'+' && b[4] != b'-' {
        return 0;
    }
    let minutes = (digit(b[5]) * 10 + digit(b[6])) * 60 + digit(b[8]) * 10 + digit(b[9]);
    if b[4] == b'-' { -minutes } else { minutes }
}

const fn digit(c: u8) -> i32 {
    (c as i32) - (b'0' as i32)
}

const fn build_zones() -> [Zone; 77] {
    let mut out = [Zone {
        id: 0,
        label: "",
        iana: "",
        label_offset_minutes: 0,
        initial_quarters: 0,
        transition_day: &[],
        transition_minute: &[],
        transition_quarters: &[],
    }; 77];
    let mut i = 0;
    while i < 77 {
        let (id, label, iana) = ZONE_ROWS[i];
        let (initial_quarters, transition_day, transition_minute, transition_quarters) =
            ZONE_OFFSET_DATA[i];
        out[i] = Zone {
            id,
            label,
            iana,
            label_offset_minutes: parse_label_offset(label),
            initial_quarters,
            transition_day,
            transition_minute,
            transition_quarters,
        };
        i += 1;
    }
    out
}

static ZONES: [Zone; 77] = build_zones();

/// All 77 rows of the Huawei time zone table, in id order (ids 1–77).
pub fn zones() -> &'static [Zone] {
    &ZONES
}

/// The row with Huawei `timeZoneID` `id`, if there is one (1–77).
pub fn by_id(id: u8) -> Option<&'static Zone> {
    ZONES.get(usize::from(id).checked_sub(1)?)
}

/// The default zone (id 56, Asia/Shanghai).
pub fn default_zone() -> &'static Zone {
    // ZONES is indexed by id - 1; 56 is always a row.
    &ZONES[(DEFAULT_ZONE_ID - 1) as usize]
}

/// Other IANA names (old names and cities the Huawei labels mention) and the row they
/// map to. Exact table names are found first; these are only consulted after.
///
/// `UTC`, `Etc/UTC` and `GMT` map to 25 (`Africa/Monrovia`): pure GMT all year, whereas
/// 26 (`Europe/London`) observes summer time. `Asia/Urumqi` maps to 56 because the
/// Huawei label lists Urumqi (its IANA offset is +06:00, but Chinese clients use Beijing
/// time). `Pacific/Kwajalein` maps to 77 (it is UTC+12 today, not row 1's −12).
const ALIASES: &[(&str, u8)] = &[
    ("Pacific/Midway", 2),
    ("Pacific/Samoa", 2),
    ("US/Samoa", 2),
    ("US/Hawaii", 3),
    ("US/Alaska", 4),
    ("US/Pacific", 5),
    ("America/Tijuana", 5),
    ("US/Arizona", 6),
    ("US/Mountain", 7),
    ("US/Central", 9),
    ("US/Eastern", 13),
    ("America/Lima", 12),
    ("America/Indianapolis", 14),
    ("US/East-Indiana", 14),
    ("America/La_Paz", 16),
    ("America/Buenos_Aires", 20),
    ("America/Godthab", 21),
    ("UTC", 25),
    ("Etc/UTC", 25),
    ("Etc/GMT", 25),
    ("GMT", 25),
    ("Etc/Universal", 25),
    ("Etc/Zulu", 25),
    ("Europe/Dublin", 26),
    ("Europe/Lisbon", 26),
    ("Europe/Amsterdam", 27),
    ("Europe/Rome", 27),
    ("Europe/Stockholm", 27),
    ("Europe/Vienna", 27),
    ("Europe/Zurich", 27),
    ("Europe/Belgrade", 28),
    ("Europe/Bratislava", 28),
    ("Europe/Ljubljana", 28),
    ("Europe/Prague", 28),
    ("Europe/Brussels", 29),
    ("Europe/Copenhagen", 29),
    ("Europe/Madrid", 29),
    ("Europe/Sarajevo", 30),
    ("Europe/Skopje", 30),
    ("Europe/Zagreb", 30),
    ("Europe/Vilnius", 32),
    ("Europe/Riga", 36),
    ("Europe/Tallinn", 36),
    ("Europe/Minsk", 38),
    ("Asia/Kuwait", 39),
    ("Europe/Istanbul", 41),
    ("Asia/Istanbul", 41),
    ("Asia/Muscat", 43),
    ("Asia/Yerevan", 44),
    ("Asia/Tashkent", 47),
    ("Asia/Calcutta", 48),
    ("Asia/Katmandu", 49),
    ("Asia/Rangoon", 53),
    ("Asia/Jakarta", 54),
    ("Asia/Saigon", 54),
    ("Asia/Ho_Chi_Minh", 54),
    ("Asia/Novosibirsk", 55),
    ("Asia/Hong_Kong", 56),
    ("Asia/Taipei", 56),
    ("Asia/Chongqing", 56),
    ("Asia/Chungking", 56),
    ("Asia/Harbin", 56),
    ("Asia/Urumqi", 56),
    ("Asia/Macau", 56),
    ("PRC", 56),
    ("Hongkong", 56),
    ("ROC", 56),
    ("Asia/Ulan_Bator", 57),
    ("Asia/Kuala_Lumpur", 58),
    ("Australia/Melbourne", 66),
    ("Australia/Canberra", 66),
    ("Australia/ACT", 66),
    ("Pacific/Guam", 67),
    ("Asia/Magadan", 70),
    ("Pacific/Noumea", 70),
    ("Pacific/Majuro", 77),
    ("Pacific/Kwajalein", 77),
];

/// The row for an IANA zone name: the table's own IANA names first, then a list of
/// aliases (old names such as `Asia/Calcutta`, cities of the labels such as
/// `Asia/Hong_Kong`; `UTC`/`Etc/UTC` → 25). Exact, case-sensitive names.
pub fn by_iana(name: &str) -> Option<&'static Zone> {
    if let Some(z) = ZONES.iter().find(|z| z.iana == name) {
        return Some(z);
    }
    ALIASES
        .iter()
        .find(|(alias, _)| *alias == name)
        .and_then(|&(_, id)| by_id(id))
}

/// The first row whose label offset equals `offset_minutes` (east positive, e.g. 480 for
/// UTC+8); row 56 when no label has that offset.
pub fn nearest_for_offset(offset_minutes: i32) -> &'static Zone {
    ZONES
        .iter()
        .find(|z| z.label_offset_minutes == offset_minutes)
        .unwrap_or_else(default_zone)
}

/// The row to preselect for a browser: by its IANA zone name when known
/// ([`by_iana`]), else by its current UTC offset ([`nearest_for_offset`]), else 56.
pub fn default_for_browser(iana: Option<&str>, offset_minutes: i32) -> &'static Zone {
    iana.and_then(by_iana)
        .unwrap_or_else(|| nearest_for_offset(offset_minutes))
}
