//! Example tests of the recurrence engine, one or more per rule (S3, S4, S7–S9,
//! S11–S13), with exact dates and times.
#![allow(clippy::unwrap_used)]

mod recurrence_support;

use cycleconf_core::recurrence::{
    ExpandOutput, Flag, Occurrence, OccurrenceForm, Schedule, ScheduleFinding, ZoneInfo,
    expand_spec, format_api_time, format_date, format_local_time,
};
use cycleconf_core::series::Cycle;
use recurrence_support::*;

/// `(localStart, start UTC, utcOffsetMinutes, flags)` per occurrence.
fn rows(s: &Schedule) -> Vec<(String, String, i32, Vec<&'static str>)> {
    s.occurrences
        .iter()
        .map(|o| {
            (
                format_local_time(o.local_start),
                format_api_time(o.start),
                o.utc_offset_minutes,
                o.flags.iter().map(Flag::as_str).collect(),
            )
        })
        .collect()
}

fn dates(s: &Schedule) -> Vec<String> {
    s.occurrences.iter().map(|o| format_date(o.date)).collect()
}

fn row(
    local: &str,
    utc: &str,
    off: i32,
    flags: &[&'static str],
) -> (String, String, i32, Vec<&'static str>) {
    (local.to_owned(), utc.to_owned(), off, flags.to_vec())
}

const EARLY: &str = "2026-12-01 00:00";

// ---------------------------------------------------------------- S7 Day

#[test]
fn s7_day_every_third_day() {
    let spec = spec(
        Cycle::Day,
        3,
        &[],
        "2027-01-04",
        "2027-01-16",
        Some("2027-01-04 01:00"),
    );
    let s = expand_spec(&spec, &SHANGHAI, now(EARLY));
    assert_eq!(
        dates(&s),
        [
            "2027-01-04",
            "2027-01-07",
            "2027-01-10",
            "2027-01-13",
            "2027-01-16"
        ]
    );
    let o = &s.occurrences[0];
    assert_eq!(format_api_time(o.start), "2027-01-04 01:00");
    assert_eq!(format_api_time(o.end), "2027-01-04 02:00");
    assert_eq!(format_local_time(o.local_start), "2027-01-04T09:00");
    assert_eq!(format_local_time(o.local_end), "2027-01-04T10:00");
    assert_eq!(o.utc_offset_minutes, 480);
    assert!(o.flags.is_empty());
    assert!(!s.truncated);
    assert_eq!(s.effective_end_date, date("2027-01-16"));
    assert!(s.findings.is_empty(), "{:?}", s.findings);
}

// ---------------------------------------------------------------- S8 Week

#[test]
fn s8_week_interval_two_starting_mid_week() {
    // 2027-01-06 is a Wednesday; week 0 is the week of Sunday 2027-01-03, so its Monday
    // (01-04) is dropped; then weeks of 01-17 and 01-31.
    let spec = spec(
        Cycle::Week,
        2,
        &[1, 3, 5],
        "2027-01-06",
        "2027-02-05",
        Some("2027-01-06 01:00"),
    );
    let s = expand_spec(&spec, &SHANGHAI, now(EARLY));
    assert_eq!(
        dates(&s),
        [
            "2027-01-06",
            "2027-01-08",
            "2027-01-18",
            "2027-01-20",
            "2027-01-22",
            "2027-02-01",
            "2027-02-03",
            "2027-02-05"
        ]
    );
    assert!(
        s.occurrences
            .iter()
            .all(|o| format_api_time(o.start).ends_with(" 01:00"))
    );
}

#[test]
fn s8_weeks_start_on_sunday() {
    // Start on Saturday 2027-01-09 with point 0 (Sunday): week 0's Sunday (01-03) is
    // before startDate, so the first meeting is Sunday 01-10; interval 2 → 01-24.
    let spec = spec(
        Cycle::Week,
        2,
        &[0, 6],
        "2027-01-09",
        "2027-01-31",
        Some("2027-01-09 01:00"),
    );
    let s = expand_spec(&spec, &SHANGHAI, now(EARLY));
    // Week 0 (Sun 01-03): Sat 01-09. Week 2 (Sun 01-17): Sun 01-17, Sat 01-23.
    // Week 4 (Sun 01-31): Sun 01-31.
    assert_eq!(
        dates(&s),
        ["2027-01-09", "2027-01-17", "2027-01-23", "2027-01-31"]
    );
}

#[test]
fn s8_empty_points_use_weekday_of_start_date() {
    let spec = spec(
        Cycle::Week,
        1,
        &[],
        "2027-01-06",
        "2027-01-27",
        Some("2027-01-06 01:00"),
    );
    let s = expand_spec(&spec, &SHANGHAI, now(EARLY));
    assert_eq!(
        dates(&s),
        ["2027-01-06", "2027-01-13", "2027-01-20", "2027-01-27"]
    );
}

// ---------------------------------------------------------------- S9 Month

#[test]
fn s9_month_end_days_through_non_leap_february() {
    let spec = spec(
        Cycle::Month,
        1,
        &[29, 30, 31],
        "2027-01-29",
        "2027-04-30",
        Some("2027-01-29 01:00"),
    );
    let s = expand_spec(&spec, &SHANGHAI, now(EARLY));
    assert_eq!(
        dates(&s),
        [
            "2027-01-29",
            "2027-01-30",
            "2027-01-31",
            "2027-02-28",
            "2027-03-29",
            "2027-03-30",
            "2027-03-31",
            "2027-04-29",
            "2027-04-30"
        ]
    );
}

#[test]
fn s9_month_end_days_through_leap_february() {
    let spec = spec(
        Cycle::Month,
        1,
        &[29, 30, 31],
        "2028-01-29",
        "2028-03-31",
        Some("2028-01-29 01:00"),
    );
    let s = expand_spec(&spec, &SHANGHAI, now(EARLY));
    assert_eq!(
        dates(&s),
        [
            "2028-01-29",
            "2028-01-30",
            "2028-01-31",
            "2028-02-29",
            "2028-03-29",
            "2028-03-30",
            "2028-03-31"
        ]
    );
}

#[test]
fn s9_day_31_every_three_months_clamps() {
    let spec = spec(
        Cycle::Month,
        3,
        &[31],
        "2027-01-31",
        "2027-12-31",
        Some("2027-01-31 01:00"),
    );
    let s = expand_spec(&spec, &SHANGHAI, now(EARLY));
    assert_eq!(
        dates(&s),
        ["2027-01-31", "2027-04-30", "2027-07-31", "2027-10-31"]
    );
}

#[test]
fn s9_days_before_start_date_are_dropped() {
    let spec = spec(
        Cycle::Month,
        1,
        &[1, 15, 31],
        "2027-01-20",
        "2027-02-28",
        Some("2027-01-20 01:00"),
    );
    let s = expand_spec(&spec, &SHANGHAI, now(EARLY));
    assert_eq!(
        dates(&s),
        ["2027-01-31", "2027-02-01", "2027-02-15", "2027-02-28"]
    );
}

#[test]
fn s9_empty_points_use_day_of_start_date() {
    let spec = spec(
        Cycle::Month,
        1,
        &[],
        "2027-01-31",
        "2027-05-31",
        Some("2027-01-31 01:00"),
    );
    let s = expand_spec(&spec, &SHANGHAI, now(EARLY));
    assert_eq!(
        dates(&s),
        [
            "2027-01-31",
            "2027-02-28",
            "2027-03-31",
            "2027-04-30",
            "2027-05-31"
        ]
    );
}

// ---------------------------------------------------------------- New Year

#[test]
fn series_crossing_new_year() {
    // Friday 2027-12-24 weekly, Beijing 09:00.
    let spec1 = spec(
        Cycle::Week,
        1,
        &[5],
        "2027-12-24",
        "2028-01-14",
        Some("2027-12-24 01:00"),
    );
    let s = expand_spec(&spec1, &SHANGHAI, now(EARLY));
    assert_eq!(
        dates(&s),
        ["2027-12-24", "2027-12-31", "2028-01-07", "2028-01-14"]
    );

    // Beijing 07:30 is 23:30 UTC of the previous day.
    let spec2 = spec(
        Cycle::Day,
        1,
        &[],
        "2027-12-31",
        "2028-01-01",
        Some("2027-12-30 23:30"),
    );
    let s = expand_spec(&spec2, &SHANGHAI, now(EARLY));
    assert_eq!(
        rows(&s),
        [
            row("2027-12-31T07:30", "2027-12-30 23:30", 480, &[]),
            row("2028-01-01T07:30", "2027-12-31 23:30", 480, &[]),
        ]
    );

    // Every 2 months from November.
    let spec3 = spec(
        Cycle::Month,
        2,
        &[15],
        "2027-11-15",
        "2028-03-15",
        Some("2027-11-15 01:00"),
    );
    let s = expand_spec(&spec3, &SHANGHAI, now(EARLY));
    assert_eq!(dates(&s), ["2027-11-15", "2028-01-15", "2028-03-15"]);
}

// ---------------------------------------------------------------- S3 local time

#[test]
fn s3_local_time_uses_offset_at_start_time() {
    // startTime 2027-06-01 13:00 UTC is 09:00 EDT; the series keeps 09:00 local, also in
    // winter (14:00 UTC).
    let spec = spec(
        Cycle::Month,
        6,
        &[1],
        "2027-06-01",
        "2027-12-01",
        Some("2027-06-01 13:00"),
    );
    let s = expand_spec(&spec, &NEW_YORK, now(EARLY));
    assert_eq!(
        rows(&s),
        [
            row("2027-06-01T09:00", "2027-06-01 13:00", -240, &[]),
            row(
                "2027-12-01T09:00",
                "2027-12-01 14:00",
                -300,
                &["offsetChanged"]
            ),
        ]
    );
}

#[test]
fn s3_empty_start_time_is_now_truncated_to_minute() {
    let spec = spec(Cycle::Day, 1, &[], "2027-01-04", "2027-01-05", None);
    let now = dt("2027-01-04 03:17").and_utc() + chrono::TimeDelta::seconds(45);
    let s = expand_spec(&spec, &SHANGHAI, now);
    assert_eq!(
        s.local_time,
        chrono::NaiveTime::from_hms_opt(11, 17, 0).unwrap()
    );
    assert_eq!(
        rows(&s),
        [
            row("2027-01-04T11:17", "2027-01-04 03:17", 480, &[]),
            row("2027-01-05T11:17", "2027-01-05 03:17", 480, &[]),
        ]
    );
    // S12: the empty startTime starts now, which is allowed.
    assert!(s.findings.is_empty(), "{:?}", s.findings);
}

#[test]
fn s3_s12_empty_start_time_in_the_repeated_hour_starts_now() {
    // New York, 2027-11-07: 01:30 happens twice (05:30 UTC in EDT, 06:30 UTC in EST).
    let spec = spec(Cycle::Day, 1, &[], "2027-11-07", "2027-11-09", None);
    // Now is the second 01:30: today's meeting starts now, not an hour earlier (S12),
    // and is still marked ambiguous; the later ones take S4's earlier instant as usual
    // (after the fall-back there is only one).
    let s = expand_spec(&spec, &NEW_YORK, now("2027-11-07 06:30"));
    assert_eq!(
        rows(&s),
        [
            row("2027-11-07T01:30", "2027-11-07 06:30", -300, &["ambiguous"]),
            row("2027-11-08T01:30", "2027-11-08 06:30", -300, &[]),
            row("2027-11-09T01:30", "2027-11-09 06:30", -300, &[]),
        ]
    );
    assert_eq!(
        format_local_time(s.occurrences[0].local_end),
        "2027-11-07T02:30"
    );
    assert!(s.findings.is_empty(), "{:?}", s.findings);
    // Now is the first 01:30: that is the earlier instant already.
    let s = expand_spec(&spec, &NEW_YORK, now("2027-11-07 05:30"));
    assert_eq!(
        rows(&s)[0],
        row("2027-11-07T01:30", "2027-11-07 05:30", -240, &["ambiguous"])
    );
    assert!(
        !s.findings
            .iter()
            .any(|f| matches!(f, ScheduleFinding::FirstInPast { .. }))
    );
}

// ---------------------------------------------------------------- S4 DST

#[test]
fn s4_new_york_spring_gap() {
    // 2027-03-14 02:00 EST → 03:00 EDT. 02:30 does not exist that day → 03:30.
    let spec = spec(
        Cycle::Day,
        1,
        &[],
        "2027-03-12",
        "2027-03-16",
        Some("2027-03-12 07:30"),
    );
    let s = expand_spec(&spec, &NEW_YORK, now("2027-03-01 00:00"));
    assert_eq!(
        rows(&s),
        [
            row("2027-03-12T02:30", "2027-03-12 07:30", -300, &[]),
            row("2027-03-13T02:30", "2027-03-13 07:30", -300, &[]),
            row(
                "2027-03-14T03:30",
                "2027-03-14 07:30",
                -240,
                &["shifted", "offsetChanged"]
            ),
            row(
                "2027-03-15T02:30",
                "2027-03-15 06:30",
                -240,
                &["offsetChanged"]
            ),
            row(
                "2027-03-16T02:30",
                "2027-03-16 06:30",
                -240,
                &["offsetChanged"]
            ),
        ]
    );
    let shifted = &s.occurrences[2];
    assert_eq!(format_api_time(shifted.end), "2027-03-14 08:30");
    assert_eq!(format_local_time(shifted.local_end), "2027-03-14T04:30");
    assert_eq!(
        s.findings,
        [ScheduleFinding::OffsetChanges {
            count: 3,
            first_date: date("2027-03-14"),
            first_offset_minutes: -300
        }]
    );
}

#[test]
fn s4_meetings_past_the_known_dst_changes_are_flagged() {
    // The compact offset data (not chrono-tz) ends with 2050: New York still changes
    // its clocks then, so a series into 2051 gets the last offset and a warning from its
    // first meeting there.
    let new_york = cycleconf_core::zones::by_id(13).unwrap();
    let shanghai = cycleconf_core::zones::by_id(56).unwrap();
    let monthly = |from: &str, to: &str, at: &str| {
        spec(
            Cycle::Month,
            1,
            &[1],
            from,
            to,
            Some(&format!("{from} {at}")),
        )
    };
    let late = expand_spec(
        &monthly("2050-12-01", "2051-03-01", "14:00"),
        new_york,
        now("2026-12-01 00:00"),
    );
    assert_eq!(
        late.findings,
        [ScheduleFinding::DstDataEnds {
            first_date: date("2051-01-01")
        }]
    );
    let before = expand_spec(
        &monthly("2049-12-01", "2050-03-01", "14:00"),
        new_york,
        now("2026-12-01 00:00"),
    );
    assert!(before.findings.is_empty(), "{:?}", before.findings);
    // Shanghai has no daylight saving: its offset holds on, nothing to say.
    let s = expand_spec(
        &monthly("2051-01-01", "2051-06-01", "01:00"),
        shanghai,
        now("2026-12-01 00:00"),
    );
    assert!(s.findings.is_empty(), "{:?}", s.findings);
}

#[test]
fn s4_new_york_fall_back_overlap() {
    // 2027-11-07 02:00 EDT → 01:00 EST: 01:30 happens twice; the earlier (EDT) wins.
    let spec = spec(
        Cycle::Day,
        1,
        &[],
        "2027-11-05",
        "2027-11-09",
        Some("2027-11-05 05:30"),
    );
    let s = expand_spec(&spec, &NEW_YORK, now("2027-11-01 00:00"));
    assert_eq!(
        rows(&s),
        [
            row("2027-11-05T01:30", "2027-11-05 05:30", -240, &[]),
            row("2027-11-06T01:30", "2027-11-06 05:30", -240, &[]),
            row("2027-11-07T01:30", "2027-11-07 05:30", -240, &["ambiguous"]),
            row(
                "2027-11-08T01:30",
                "2027-11-08 06:30",
                -300,
                &["offsetChanged"]
            ),
            row(
                "2027-11-09T01:30",
                "2027-11-09 06:30",
                -300,
                &["offsetChanged"]
            ),
        ]
    );
    // The ambiguous meeting ends after the fall-back: 06:30 UTC is 01:30 EST.
    let o = &s.occurrences[2];
    assert_eq!(format_api_time(o.end), "2027-11-07 06:30");
    assert_eq!(format_local_time(o.local_end), "2027-11-07T01:30");
}

#[test]
fn s4_london_spring_gap() {
    // 2027-03-28 01:00 GMT → 02:00 BST.
    let spec = spec(
        Cycle::Day,
        1,
        &[],
        "2027-03-27",
        "2027-03-29",
        Some("2027-03-27 01:30"),
    );
    let s = expand_spec(&spec, &LONDON, now("2027-03-01 00:00"));
    assert_eq!(
        rows(&s),
        [
            row("2027-03-27T01:30", "2027-03-27 01:30", 0, &[]),
            row(
                "2027-03-28T02:30",
                "2027-03-28 01:30",
                60,
                &["shifted", "offsetChanged"]
            ),
            row(
                "2027-03-29T01:30",
                "2027-03-29 00:30",
                60,
                &["offsetChanged"]
            ),
        ]
    );
}

#[test]
fn s4_london_fall_back_overlap() {
    // 2027-10-31 02:00 BST → 01:00 GMT.
    let spec = spec(
        Cycle::Day,
        1,
        &[],
        "2027-10-30",
        "2027-11-01",
        Some("2027-10-30 00:30"),
    );
    let s = expand_spec(&spec, &LONDON, now("2027-10-01 00:00"));
    assert_eq!(
        rows(&s),
        [
            row("2027-10-30T01:30", "2027-10-30 00:30", 60, &[]),
            row("2027-10-31T01:30", "2027-10-31 00:30", 60, &["ambiguous"]),
            row(
                "2027-11-01T01:30",
                "2027-11-01 01:30",
                0,
                &["offsetChanged"]
            ),
        ]
    );
    let o = &s.occurrences[1];
    assert_eq!(format_local_time(o.local_end), "2027-10-31T01:30");
}

#[test]
fn s4_southern_hemisphere_weekly() {
    // Sydney: DST ends 2027-04-04 (03:00 AEDT → 02:00 AEST). Weekly Sunday 10:00.
    let spec = spec(
        Cycle::Week,
        1,
        &[0],
        "2027-03-28",
        "2027-04-11",
        Some("2027-03-27 23:00"),
    );
    let s = expand_spec(&spec, &SYDNEY, now("2027-03-01 00:00"));
    assert_eq!(
        rows(&s),
        [
            row("2027-03-28T10:00", "2027-03-27 23:00", 660, &[]),
            row(
                "2027-04-04T10:00",
                "2027-04-04 00:00",
                600,
                &["offsetChanged"]
            ),
            row(
                "2027-04-11T10:00",
                "2027-04-11 00:00",
                600,
                &["offsetChanged"]
            ),
        ]
    );
}

// ---------------------------------------------------------------- S11 cap

#[test]
fn s11_cap_at_fifty() {
    let spec = spec(
        Cycle::Day,
        1,
        &[],
        "2027-01-01",
        "2027-12-31",
        Some("2027-01-01 01:00"),
    );
    let s = expand_spec(&spec, &SHANGHAI, now(EARLY));
    assert_eq!(s.occurrences.len(), 50);
    assert!(s.truncated);
    assert_eq!(s.total_dates, 365);
    assert_eq!(s.effective_end_date, date("2027-02-19"));
    assert_eq!(s.occurrences[49].date, date("2027-02-19"));
    assert_eq!(
        s.findings,
        [ScheduleFinding::Truncated {
            total_dates: 365,
            requested_end_date: date("2027-12-31"),
            effective_end_date: date("2027-02-19"),
        }]
    );
    assert!(!s.has_errors());
}

#[test]
fn s11_exactly_fifty_is_not_truncated() {
    let spec = spec(
        Cycle::Day,
        1,
        &[],
        "2027-01-01",
        "2027-02-19",
        Some("2027-01-01 01:00"),
    );
    let s = expand_spec(&spec, &SHANGHAI, now(EARLY));
    assert_eq!(s.occurrences.len(), 50);
    assert!(!s.truncated);
    assert_eq!(s.effective_end_date, date("2027-02-19"));
    assert!(s.findings.is_empty());
}

#[test]
fn s11_effective_end_date_is_requested_end_date_when_not_truncated() {
    // The last meeting is 01-08 but the requested endDate 01-10 is what the server keeps.
    let spec = spec(
        Cycle::Week,
        1,
        &[5],
        "2027-01-01",
        "2027-01-10",
        Some("2027-01-01 01:00"),
    );
    let s = expand_spec(&spec, &SHANGHAI, now(EARLY));
    assert_eq!(dates(&s), ["2027-01-01", "2027-01-08"]);
    assert_eq!(s.effective_end_date, date("2027-01-10"));
}

#[test]
fn s11_no_meetings_is_an_error() {
    // Monday to Friday with Sunday as the only point.
    let spec = spec(
        Cycle::Week,
        1,
        &[0],
        "2027-01-04",
        "2027-01-08",
        Some("2027-01-04 01:00"),
    );
    let s = expand_spec(&spec, &SHANGHAI, now(EARLY));
    assert!(s.occurrences.is_empty());
    assert_eq!(s.findings, [ScheduleFinding::NoMeetings]);
    assert!(s.has_errors());
    assert!(ScheduleFinding::NoMeetings.is_error());
}

// ---------------------------------------------------------------- S12 future

#[test]
fn s12_start_today_with_time_already_past_is_an_error() {
    // now = 11:00 Beijing; the series starts today at 09:00 Beijing.
    let spec = spec(
        Cycle::Day,
        1,
        &[],
        "2027-01-04",
        "2027-01-10",
        Some("2027-01-04 01:00"),
    );
    let s = expand_spec(&spec, &SHANGHAI, now("2027-01-04 03:00"));
    let finding = ScheduleFinding::FirstInPast {
        first_start: dt("2027-01-04 01:00"),
        now: dt("2027-01-04 03:00"),
    };
    assert_eq!(s.findings, std::slice::from_ref(&finding));
    assert!(finding.is_error());
    assert_eq!(finding.huawei_code(), Some("MMC.111071013"));
    assert_eq!(finding.path(), "startTime");
}

#[test]
fn s12_minute_precision() {
    // now is 30 s after the start minute: same minute → not in the past.
    let spec = spec(
        Cycle::Day,
        1,
        &[],
        "2027-01-04",
        "2027-01-10",
        Some("2027-01-04 01:00"),
    );
    let now = dt("2027-01-04 01:00").and_utc() + chrono::TimeDelta::seconds(30);
    assert!(expand_spec(&spec, &SHANGHAI, now).findings.is_empty());
    let later = dt("2027-01-04 01:01").and_utc();
    assert!(expand_spec(&spec, &SHANGHAI, later).has_errors());
}

#[test]
fn s12_empty_start_time_with_later_first_date_is_allowed() {
    // Today (Monday) is not a point: first meeting Wednesday at now's local time.
    let spec = spec(Cycle::Week, 1, &[3], "2027-01-04", "2027-01-20", None);
    let s = expand_spec(&spec, &SHANGHAI, now("2027-01-04 03:00"));
    assert_eq!(dates(&s), ["2027-01-06", "2027-01-13", "2027-01-20"]);
    assert_eq!(
        format_local_time(s.occurrences[0].local_start),
        "2027-01-06T11:00"
    );
    assert!(s.findings.is_empty());
}

// ---------------------------------------------------------------- S13 reminder

#[test]
fn s13_reminder_cap() {
    let mut day = spec(
        Cycle::Day,
        2,
        &[],
        "2027-01-04",
        "2027-01-10",
        Some("2027-01-04 01:00"),
    );
    day.pre_remind_days = 5;
    let s = expand_spec(&day, &SHANGHAI, now(EARLY));
    assert_eq!(s.effective_pre_remind_days, 2);
    assert_eq!(
        s.findings,
        [ScheduleFinding::ReminderCapped {
            requested: 5,
            effective: 2,
            period_days: 2
        }]
    );

    let mut week = spec(
        Cycle::Week,
        2,
        &[1],
        "2027-01-04",
        "2027-03-01",
        Some("2027-01-04 01:00"),
    );
    week.pre_remind_days = 20;
    let s = expand_spec(&week, &SHANGHAI, now(EARLY));
    assert_eq!(s.effective_pre_remind_days, 14);

    week.pre_remind_days = 14;
    let s = expand_spec(&week, &SHANGHAI, now(EARLY));
    assert_eq!(s.effective_pre_remind_days, 14);
    assert!(s.findings.is_empty());

    let mut month = spec(
        Cycle::Month,
        1,
        &[4],
        "2027-01-04",
        "2027-03-04",
        Some("2027-01-04 01:00"),
    );
    month.pre_remind_days = 30;
    let s = expand_spec(&month, &SHANGHAI, now(EARLY));
    assert_eq!(s.effective_pre_remind_days, 30);
    assert!(s.findings.is_empty());

    month.pre_remind_days = 0;
    assert_eq!(
        expand_spec(&month, &SHANGHAI, now(EARLY)).effective_pre_remind_days,
        0
    );
}

// ---------------------------------------------------------------- JSON contract

#[test]
fn expand_json_contract() {
    let spec = spec(
        Cycle::Day,
        1,
        &[],
        "2027-03-13",
        "2027-03-14",
        Some("2027-03-13 07:30"),
    );
    let s = expand_spec(&spec, &NEW_YORK, now("2027-03-01 00:00"));
    let issues = vec![serde_json::json!({"path": "timeZoneID", "severity": "warning"})];
    let out = ExpandOutput {
        occurrence_form: OccurrenceForm::Objects,
        schedule: Some(&s),
        time_zone: Some(ZoneInfo {
            id: 13,
            iana: "America/New_York",
            label: "(GMT-05:00) Eastern Time(US&Canada)",
        }),
        summary: Some("Every day"),
        issues: &issues,
    };
    let json = serde_json::to_value(&out).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "occurrences": [
                {"start": "2027-03-13 07:30", "end": "2027-03-13 08:30",
                 "localStart": "2027-03-13T02:30", "localEnd": "2027-03-13T03:30",
                 "utcOffsetMinutes": -300, "flags": []},
                {"start": "2027-03-14 07:30", "end": "2027-03-14 08:30",
                 "localStart": "2027-03-14T03:30", "localEnd": "2027-03-14T04:30",
                 "utcOffsetMinutes": -240, "flags": ["shifted", "offsetChanged"]}
            ],
            "truncated": false,
            "effectiveEndDate": "2027-03-14",
            "effectivePreRemindDays": 1,
            "timeZone": {"id": 13, "iana": "America/New_York", "label": "(GMT-05:00) Eastern Time(US&Canada)"},
            "summary": "Every day",
            "issues": [{"path": "timeZoneID", "severity": "warning"}]
        })
    );
    // Key order follows the contract.
    let text = serde_json::to_string(&out).unwrap();
    let keys = [
        "\"occurrences\"",
        "\"truncated\"",
        "\"effectiveEndDate\"",
        "\"effectivePreRemindDays\"",
        "\"timeZone\"",
        "\"summary\"",
        "\"issues\"",
    ];
    let positions: Vec<usize> = keys.iter().map(|k| text.find(k).unwrap()).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{text}");
}

#[test]
fn expand_json_without_schedule() {
    let issues: Vec<serde_json::Value> = vec![serde_json::json!({"code": "x"})];
    let out = ExpandOutput {
        occurrence_form: OccurrenceForm::Objects,
        schedule: None,
        time_zone: None,
        summary: None,
        issues: &issues,
    };
    assert_eq!(
        serde_json::to_value(&out).unwrap(),
        serde_json::json!({
            "occurrences": [], "truncated": false, "effectiveEndDate": null,
            "effectivePreRemindDays": null, "timeZone": null, "summary": null,
            "issues": [{"code": "x"}]
        })
    );
}

#[test]
fn occurrence_serializes_alone() {
    let spec = spec(
        Cycle::Day,
        1,
        &[],
        "2027-01-04",
        "2027-01-04",
        Some("2027-01-04 01:00"),
    );
    let s = expand_spec(&spec, &SHANGHAI, now(EARLY));
    let o: &Occurrence = &s.occurrences[0];
    assert_eq!(
        serde_json::to_string(o).unwrap(),
        r#"{"start":"2027-01-04 01:00","end":"2027-01-04 02:00","localStart":"2027-01-04T09:00","localEnd":"2027-01-04T10:00","utcOffsetMinutes":480,"flags":[]}"#
    );
}

// ---------------------------------------------------------------- real zone table

#[test]
fn real_zone_table_matches_chrono_tz_for_dst_series() {
    let zone = cycleconf_core::zones::by_id(13).unwrap();
    for (start_time, start, end) in [
        ("2027-03-12 07:30", "2027-03-12", "2027-03-16"),
        ("2027-11-05 05:30", "2027-11-05", "2027-11-09"),
        ("2027-01-04 14:00", "2027-01-04", "2027-12-31"),
    ] {
        let spec = spec(Cycle::Day, 1, &[], start, end, Some(start_time));
        let a = expand_spec(&spec, zone, now("2027-01-01 00:00"));
        let b = expand_spec(&spec, &NEW_YORK, now("2027-01-01 00:00"));
        assert_eq!(a, b);
    }
}
