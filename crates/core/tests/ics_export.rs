//! The iCalendar export, checked by parsing it with the `icalendar` crate's parser.
#![allow(clippy::unwrap_used)]

mod recurrence_support;

use std::collections::HashSet;

use chrono::NaiveDateTime;
use cycleconf_core::recurrence::expand_spec;
use cycleconf_core::recurrence::ics::{MAX_LINE_OCTETS, PRODID, ics_utc, to_ics};
use cycleconf_core::series::Cycle;
use icalendar::parser::{read_calendar, unfold};
use recurrence_support::*;

/// RFC 5545 TEXT unescaping, scanning left to right.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn ics_time(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y%m%dT%H%M%SZ").unwrap()
}

#[test]
fn dst_series_round_trips_through_a_parser() {
    // Weekly Sunday 02:30 New York across the 2027-03-14 gap and the 2027-11-07 overlap.
    let spec = spec(
        Cycle::Week,
        1,
        &[0],
        "2027-03-07",
        "2027-11-14",
        Some("2027-03-07 07:30"),
    );
    let schedule = expand_spec(&spec, &NEW_YORK, now("2027-03-01 00:00"));
    assert_eq!(schedule.occurrences.len(), 37);
    let ics = to_ics(
        &schedule,
        "Weekly sync",
        "series-42",
        now("2027-03-01 12:00"),
    );

    // CRLF everywhere, no bare LF.
    assert!(ics.ends_with("\r\n"));
    assert_eq!(ics.matches('\n').count(), ics.matches("\r\n").count());

    let unfolded = unfold(&ics);
    let cal = read_calendar(&unfolded).unwrap();
    let prop = |name: &str| {
        cal.properties
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.val.as_str().to_owned())
    };
    assert_eq!(prop("VERSION").as_deref(), Some("2.0"));
    assert_eq!(prop("PRODID").as_deref(), Some(PRODID));
    assert_eq!(prop("CALSCALE").as_deref(), Some("GREGORIAN"));

    let events: Vec<_> = cal
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert_eq!(events.len(), schedule.occurrences.len());
    assert_eq!(cal.components.len(), events.len());
    let mut uids = HashSet::new();
    for (event, o) in events.iter().zip(&schedule.occurrences) {
        let get = |name: &str| event.find_prop(name).unwrap().val.as_str().to_owned();
        assert_eq!(ics_time(&get("DTSTART")), o.start);
        assert_eq!(ics_time(&get("DTEND")), o.end);
        assert_eq!(get("DTSTAMP"), "20270301T120000Z");
        assert_eq!(get("SUMMARY"), "Weekly sync");
        let uid = get("UID");
        assert!(uid.ends_with("@cycleconf"), "{uid}");
        assert!(uids.insert(uid));
    }
    // 02:30 on the gap Sunday becomes 03:30 EDT = 07:30 UTC; later Sundays are 02:30 EDT
    // = 06:30 UTC; after the fall-back (2027-11-07) 02:30 EST = 07:30 UTC again.
    assert_eq!(ics_utc(schedule.occurrences[1].start), "20270314T073000Z");
    assert!(ics.contains("DTSTART:20270314T073000Z\r\n"));
    assert!(ics.contains("DTSTART:20270321T063000Z\r\n"));
    assert!(ics.contains("DTSTART:20271107T073000Z\r\n"));
}

#[test]
fn output_is_stable_and_uids_depend_on_the_seed() {
    let spec = spec(
        Cycle::Day,
        1,
        &[],
        "2027-01-04",
        "2027-01-08",
        Some("2027-01-04 01:00"),
    );
    let schedule = expand_spec(&spec, &SHANGHAI, now("2027-01-01 00:00"));
    let stamp = now("2027-01-01 00:00");
    let a = to_ics(&schedule, "S", "seed-a", stamp);
    assert_eq!(a, to_ics(&schedule, "S", "seed-a", stamp));
    let b = to_ics(&schedule, "S", "seed-b", stamp);
    let uids = |s: &str| -> Vec<String> {
        s.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(uids(&a).len(), 5);
    assert!(uids(&a).iter().zip(uids(&b)).all(|(x, y)| *x != y));
    // Pinned value: the UID must not change between versions of cycleconf.
    assert_eq!(
        uids(&a)[0],
        format!(
            "UID:{}",
            cycleconf_core::recurrence::ics::uid("seed-a", "20270104T010000Z")
        )
    );
    assert!(
        uids(&a)[0].starts_with("UID:") && uids(&a)[0].ends_with("-20270104T010000Z@cycleconf")
    );
}

#[test]
fn long_cjk_subject_is_folded_and_escaped() {
    let subject = "季度回顾；预算,计划\\备注\n第二行：讨论跨时区的周期会议安排与夏令时影响，"
        .repeat(4)
        + "Quarterly review, budget; plan\r\nend";
    let spec = spec(
        Cycle::Day,
        1,
        &[],
        "2027-01-04",
        "2027-01-05",
        Some("2027-01-04 01:00"),
    );
    let schedule = expand_spec(&spec, &SHANGHAI, now("2027-01-01 00:00"));
    let ics = to_ics(&schedule, &subject, "s", now("2027-01-01 00:00"));

    let physical: Vec<&str> = ics.split("\r\n").collect();
    assert_eq!(physical.last(), Some(&""));
    for line in &physical {
        assert!(
            line.len() <= MAX_LINE_OCTETS,
            "{} octets: {line}",
            line.len()
        );
    }
    // Several continuation lines, all starting with one space.
    let continuations = physical.iter().filter(|l| l.starts_with(' ')).count();
    assert!(continuations >= 8, "{continuations}");

    let unfolded = unfold(&ics);
    let cal = read_calendar(&unfolded).unwrap();
    let events: Vec<_> = cal
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert_eq!(events.len(), 2);
    let expected = subject.replace("\r\n", "\n");
    for event in events {
        // The parser unescapes TEXT values itself.
        let parsed = event.find_prop("SUMMARY").unwrap().val.as_str().to_owned();
        assert_eq!(parsed, expected);
    }
    // The unfolded logical line holds the escaped text, on one line.
    let line = unfolded
        .split("\r\n")
        .find(|l| l.starts_with("SUMMARY:"))
        .unwrap();
    let raw = line.strip_prefix("SUMMARY:").unwrap();
    assert!(
        raw.contains("\\;") && raw.contains("\\,") && raw.contains("\\\\") && raw.contains("\\n")
    );
    assert_eq!(unescape(raw), expected);
}

#[test]
fn empty_schedule_is_an_empty_calendar() {
    let spec = spec(
        Cycle::Week,
        1,
        &[0],
        "2027-01-04",
        "2027-01-08",
        Some("2027-01-04 01:00"),
    );
    let schedule = expand_spec(&spec, &SHANGHAI, now("2027-01-01 00:00"));
    let ics = to_ics(&schedule, "x", "s", now("2027-01-01 00:00"));
    assert_eq!(
        ics,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//cycleconf//cycleconf//EN\r\n\
         CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n"
    );
}
