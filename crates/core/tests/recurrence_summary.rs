//! The human summary in en-US and zh-CN.
#![allow(clippy::unwrap_used)]

mod recurrence_support;

use cycleconf_core::Lang;
use cycleconf_core::recurrence::expand_spec;
use cycleconf_core::recurrence::summary::summarize;
use cycleconf_core::series::{Cycle, SeriesSpec, UtcOffsets};
use recurrence_support::*;

fn both(spec: &SeriesSpec, zone: &dyn UtcOffsets, label: &str) -> (String, String) {
    let s = expand_spec(spec, zone, now("2026-12-01 00:00"));
    (
        summarize(&s, spec, label, Lang::EnUs),
        summarize(&s, spec, label, Lang::ZhCn),
    )
}

#[test]
fn weekly_with_interval() {
    let spec = spec(
        Cycle::Week,
        2,
        &[1, 3],
        "2027-01-04",
        "2027-03-14",
        Some("2027-01-04 01:00"),
    );
    let (en, zh) = both(&spec, &SHANGHAI, "(GMT+08:00) Beijing");
    assert_eq!(
        en,
        "Every 2 weeks on Monday and Wednesday, 09:00\u{2013}10:00 (GMT+08:00) Beijing, \
         10 meetings from 2027-01-04 to 2027-03-03"
    );
    assert_eq!(
        zh,
        "每 2 周的星期一和星期三，09:00\u{2013}10:00 (GMT+08:00) Beijing，\
         共 10 次会议，2027-01-04 至 2027-03-03"
    );
}

#[test]
fn weekly_three_days_and_single_meeting() {
    let spec = spec(
        Cycle::Week,
        1,
        &[1, 3, 5],
        "2027-01-04",
        "2027-01-04",
        Some("2027-01-04 01:00"),
    );
    let (en, zh) = both(&spec, &SHANGHAI, "L");
    assert_eq!(
        en,
        "Every week on Monday, Wednesday and Friday, 09:00\u{2013}10:00 L, 1 meeting on 2027-01-04"
    );
    assert_eq!(
        zh,
        "每周的星期一、星期三和星期五，09:00\u{2013}10:00 L，共 1 次会议，2027-01-04"
    );
}

#[test]
fn daily_capped_at_fifty() {
    let spec = spec(
        Cycle::Day,
        1,
        &[],
        "2027-01-01",
        "2027-12-31",
        Some("2027-01-01 01:00"),
    );
    let (en, zh) = both(&spec, &SHANGHAI, "L");
    assert_eq!(
        en,
        "Every day, 09:00\u{2013}10:00 L, 50 meetings from 2027-01-01 to 2027-02-19; \
         capped at 50 meetings; the series ends 2027-02-19"
    );
    assert_eq!(
        zh,
        "每天，09:00\u{2013}10:00 L，共 50 次会议，2027-01-01 至 2027-02-19；\
         最多 50 次会议，系列在 2027-02-19 结束"
    );
    let spec3 = recurrence_support::spec(
        Cycle::Day,
        3,
        &[],
        "2027-01-01",
        "2027-01-07",
        Some("2027-01-01 01:00"),
    );
    let (en, zh) = both(&spec3, &SHANGHAI, "L");
    assert!(en.starts_with("Every 3 days, "), "{en}");
    assert!(zh.starts_with("每 3 天，"), "{zh}");
}

#[test]
fn monthly_days() {
    let spec1 = spec(
        Cycle::Month,
        1,
        &[1, 15],
        "2027-01-01",
        "2027-03-31",
        Some("2027-01-01 01:00"),
    );
    let (en, zh) = both(&spec1, &SHANGHAI, "L");
    assert_eq!(
        en,
        "Every month on day 1 and 15, 09:00\u{2013}10:00 L, 6 meetings from 2027-01-01 to 2027-03-15"
    );
    assert_eq!(
        zh,
        "每月的 1 日和 15 日，09:00\u{2013}10:00 L，共 6 次会议，2027-01-01 至 2027-03-15"
    );

    let spec2 = spec(
        Cycle::Month,
        2,
        &[1, 15, 31],
        "2027-01-01",
        "2027-04-30",
        Some("2027-01-01 01:00"),
    );
    let (en, zh) = both(&spec2, &SHANGHAI, "L");
    assert_eq!(
        en,
        "Every 2 months on day 1, 15 and 31 (the last day in shorter months), 09:00\u{2013}10:00 L, \
         6 meetings from 2027-01-01 to 2027-03-31"
    );
    assert_eq!(
        zh,
        "每 2 个月的 1 日、15 日和 31 日（短月取月末），09:00\u{2013}10:00 L，共 6 次会议，2027-01-01 至 2027-03-31"
    );
}

#[test]
fn dst_changes_are_mentioned() {
    let spec = spec(
        Cycle::Day,
        1,
        &[],
        "2027-03-12",
        "2027-03-16",
        Some("2027-03-12 07:30"),
    );
    let (en, zh) = both(&spec, &NEW_YORK, "(GMT-05:00) Eastern Time(US&Canada)");
    assert_eq!(
        en,
        "Every day, 02:30\u{2013}03:30 (GMT-05:00) Eastern Time(US&Canada), 5 meetings from \
         2027-03-12 to 2027-03-16; 1 meeting falls in a daylight-saving gap and starts later; \
         times shift with daylight saving on 3 dates"
    );
    assert_eq!(
        zh,
        "每天，02:30\u{2013}03:30 (GMT-05:00) Eastern Time(US&Canada)，共 5 次会议，\
         2027-03-12 至 2027-03-16；1 次会议落在夏令时跳过的时段，开始时间顺延；\
         受夏令时影响，3 个日期的 UTC 时间有变化"
    );
}

#[test]
fn no_meetings_and_next_day_end() {
    let spec1 = spec(
        Cycle::Week,
        1,
        &[0],
        "2027-01-04",
        "2027-01-08",
        Some("2027-01-04 01:00"),
    );
    let (en, zh) = both(&spec1, &SHANGHAI, "L");
    assert_eq!(
        en,
        "Every week on Sunday, 09:00\u{2013}10:00 L, no meetings in the date range"
    );
    assert_eq!(zh, "每周的星期日，09:00\u{2013}10:00 L，日期范围内没有会议");

    let mut late = spec(
        Cycle::Day,
        1,
        &[],
        "2027-01-04",
        "2027-01-05",
        Some("2027-01-04 15:00"),
    );
    late.length_minutes = 180;
    let (en, zh) = both(&late, &SHANGHAI, "L");
    assert!(
        en.starts_with("Every day, 23:00\u{2013}02:00 (next day) L, 2 meetings"),
        "{en}"
    );
    assert!(
        zh.starts_with("每天，23:00\u{2013}02:00（次日） L，共 2 次会议"),
        "{zh}"
    );
}

/// The summary gives the series' time of day and length (T to T + length), also when
/// the first meeting falls on a DST change day, whose clock end differs: London's first
/// meeting on the night clocks go forward runs 00:30–02:30 on the clock, New York's on
/// the night they go back 01:30–01:30 (EDT to EST); every other meeting runs an hour.
#[test]
fn times_are_the_pattern_not_a_dst_day_first_meeting() {
    let opts = cycleconf_core::Options {
        now: now("2026-11-27 12:00"),
        lang: Lang::EnUs,
    };
    for (zone, start_time, start_date, end_date, expected) in [
        (
            "26",
            "2027-03-28 00:30",
            "2027-03-28",
            "2027-04-04",
            "00:30\u{2013}01:30",
        ),
        (
            "13",
            "2027-11-07 05:30",
            "2027-11-07",
            "2027-11-14",
            "01:30\u{2013}02:30",
        ),
    ] {
        let raw = serde_json::json!({
            "subject": "s", "mediaTypes": "Voice", "startTime": start_time, "length": 60,
            "timeZoneID": zone,
            "cycleParams": {"startDate": start_date, "endDate": end_date, "cycle": "Week"}
        });
        let x = cycleconf_core::expand(&raw, &opts);
        let meetings = x.schedule.as_ref().map_or(0, |s| s.occurrences.len());
        assert_eq!(meetings, 2, "{:?}", x.issues);
        let summary = x.summary.unwrap_or_default();
        assert!(
            summary.starts_with(&format!("Every week on Sunday, {expected} ")),
            "{summary}"
        );
    }
}
