//! The Huawei time zone table and its compact offset data against chrono-tz (S2, S4).
#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Offset, TimeZone};
use chrono_tz::Tz;
use cycleconf_core::series::UtcOffsets;
use cycleconf_core::zones::{
    self, DEFAULT_ZONE_ID, by_iana, by_id, default_for_browser, nearest_for_offset,
};

const FROM: i64 = 946_684_800; // 2000-01-01T00:00Z
const TO: i64 = 2_556_144_000; // 2051-01-01T00:00Z

fn chrono_offset(tz: Tz, unix: i64) -> i32 {
    let dt = DateTime::from_timestamp(unix, 0).unwrap().naive_utc();
    tz.offset_from_utc_datetime(&dt).fix().local_minus_utc()
}

/// The reference: chrono-tz, with the newer tzdata of `TZDATA_UPDATES` applied.
fn reference_offset(iana: &str, tz: Tz, unix: i64) -> i32 {
    match zones::TZDATA_UPDATES
        .iter()
        .find(|&&(zone, from, _)| zone == iana && unix >= from)
    {
        Some(&(_, _, offset)) => offset,
        None => chrono_offset(tz, unix),
    }
}

#[test]
fn casablanca_keeps_utc_from_september_2026() {
    // tzdata 2026c (newer than chrono-tz 0.10.4): Morocco stays on UTC+00.
    let z = by_id(75).unwrap();
    assert_eq!(z.iana, "Africa/Casablanca");
    let at = |s: &str| {
        chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M")
            .unwrap()
            .and_utc()
            .timestamp()
    };
    assert_eq!(z.utc_offset_at(at("2026-08-01 09:00")), 3600);
    assert_eq!(z.utc_offset_at(at("2026-09-20 00:59")), 3600);
    assert_eq!(z.utc_offset_at(at("2026-09-20 01:00")), 0);
    assert_eq!(z.utc_offset_at(at("2026-12-01 09:00")), 0);
    assert_eq!(z.utc_offset_at(at("2040-06-01 09:00")), 0);
    assert_eq!(z.transitions().last().unwrap(), (at("2026-09-20 01:00"), 0));
    // Without the update, chrono-tz would say UTC+01 now: the update is still needed.
    let tz: Tz = z.iana.parse().unwrap();
    assert_eq!(chrono_offset(tz, at("2026-12-01 09:00")), 3600);
}

#[test]
fn table_has_77_rows_in_id_order() {
    let all = zones::zones();
    assert_eq!(all.len(), 77);
    for (i, z) in all.iter().enumerate() {
        assert_eq!(usize::from(z.id), i + 1);
        assert_eq!(by_id(z.id).unwrap().iana, z.iana);
        assert!(z.label.starts_with("(GMT"), "{}", z.label);
    }
    assert!(by_id(0).is_none());
    assert!(by_id(78).is_none());
    assert_eq!(DEFAULT_ZONE_ID, 56);
}

#[test]
fn exact_labels_of_key_rows() {
    assert_eq!(
        by_id(56).unwrap().label,
        "(GMT+08:00) Beijing, Chongqing, Hong Kong, Urumqi, Taipei"
    );
    assert_eq!(by_id(56).unwrap().iana, "Asia/Shanghai");
    assert_eq!(
        by_id(32).unwrap().label,
        "(GMT+02:00) Athens, Istanbul, Vilnius"
    );
    assert_eq!(
        by_id(26).unwrap().label,
        "(GMT) Greenwich Mean Time:Dublin, Edinburgh, Lisbon, London"
    );
    assert_eq!(
        by_id(5).unwrap().label,
        "(GMT-08:00) Pacific Time(US&Canada);Tijuana"
    );
    assert_eq!(by_id(71).unwrap().label, "(GMT+12:00) Auckland, Welington");
    assert_eq!(by_id(77).unwrap().iana, "Asia/Kamchatka");
    assert_eq!(by_id(1).unwrap().iana, "Etc/GMT+12");
}

#[test]
fn label_offsets_parse() {
    let expect = [
        (1, -720),
        (18, -210),
        (25, 0),
        (26, 0),
        (42, 210),
        (48, 330),
        (49, 345),
        (53, 390),
        (56, 480),
        (63, 570),
        (73, 780),
        (75, 0),
    ];
    for (id, minutes) in expect {
        assert_eq!(
            by_id(id).unwrap().label_offset_minutes(),
            minutes,
            "row {id}"
        );
    }
    for z in zones::zones() {
        let m = z.label_offset_minutes();
        assert!((-720..=780).contains(&m), "{} {}", z.id, m);
        if !z.label.starts_with("(GMT)") {
            assert_ne!(m, 0, "{}", z.label);
        }
    }
}

#[test]
fn every_zone_matches_chrono_tz_every_6_hours() {
    for z in zones::zones() {
        let tz: Tz = z.iana.parse().unwrap();
        let mut t = FROM;
        while t < TO {
            assert_eq!(
                z.utc_offset_at(t),
                reference_offset(z.iana, tz, t),
                "zone {} {} at {t}",
                z.id,
                z.iana
            );
            t += 6 * 3600;
        }
    }
}

#[test]
fn every_transition_is_exact_to_the_second() {
    let mut total = 0;
    for z in zones::zones() {
        let tz: Tz = z.iana.parse().unwrap();
        for (at, offset) in z.transitions() {
            assert_eq!(
                offset,
                reference_offset(z.iana, tz, at),
                "{} at {at}",
                z.iana
            );
            assert_eq!(z.utc_offset_at(at), offset);
            assert_eq!(
                z.utc_offset_at(at - 1),
                reference_offset(z.iana, tz, at - 1)
            );
            assert_ne!(z.utc_offset_at(at - 1), offset, "{} at {at}", z.iana);
            // Through the trait too.
            assert_eq!(
                UtcOffsets::utc_offset_at(z, at + 1),
                reference_offset(z.iana, tz, at + 1)
            );
            total += 1;
        }
    }
    assert!(total > 2000, "only {total} transitions");
}

/// The spans of `utc_offset_span` run from one transition to the next, without gaps,
/// and agree with `utc_offset_at` (the engine answers look-ups from the last span).
#[test]
fn offset_spans_run_between_transitions() {
    for z in zones::zones() {
        let starts: Vec<i64> = z.transitions().map(|(at, _)| at).collect();
        let first = z.utc_offset_span(i64::MIN);
        assert_eq!(first.from, i64::MIN, "{}", z.iana);
        assert_eq!(first.until, starts.first().copied().unwrap_or(i64::MAX));
        let mut previous_until = first.until;
        for (i, &at) in starts.iter().enumerate() {
            let span = z.utc_offset_span(at);
            assert_eq!(span.from, at, "{} at {at}", z.iana);
            assert_eq!(span.from, previous_until, "{}: a gap before {at}", z.iana);
            assert_eq!(span.until, starts.get(i + 1).copied().unwrap_or(i64::MAX));
            for t in [
                span.from,
                span.until.saturating_sub(1),
                at / 2 + span.until / 2,
            ] {
                assert!(span.contains(t));
                assert_eq!(span.offset_secs, z.utc_offset_at(t), "{} at {t}", z.iana);
            }
            assert!(!span.contains(at - 1));
            assert_eq!(UtcOffsets::utc_offset_span(z, at + 7), span);
            previous_until = span.until;
        }
        assert_eq!(z.utc_offset_span(i64::MAX).until, i64::MAX);
    }
}

#[test]
fn known_transitions_and_ends() {
    let ny = by_id(13).unwrap();
    // 2024-03-10T07:00Z: New York springs forward (-5 → -4).
    assert_eq!(ny.utc_offset_at(1_710_053_999), -5 * 3600);
    assert_eq!(ny.utc_offset_at(1_710_054_000), -4 * 3600);
    let shanghai = by_id(56).unwrap();
    assert_eq!(shanghai.transitions().count(), 0);
    assert_eq!(shanghai.utc_offset_at(0), 8 * 3600);
    // Outside 2000–2050: the nearest end's offset.
    assert_eq!(ny.utc_offset_at(i64::MIN), -5 * 3600); // winter on 2000-01-01
    assert_eq!(ny.utc_offset_at(i64::MAX), -5 * 3600); // last change: Nov 2050
    let almaty = by_id(50).unwrap();
    assert_eq!(almaty.utc_offset_at(FROM), 6 * 3600);
    assert_eq!(almaty.utc_offset_at(TO), 5 * 3600); // Kazakhstan moved to +5 in 2024
}

#[test]
fn iana_lookup_and_aliases() {
    assert_eq!(by_iana("Asia/Shanghai").unwrap().id, 56);
    assert_eq!(by_iana("Europe/London").unwrap().id, 26);
    for (alias, id) in [
        ("Asia/Calcutta", 48),
        ("Asia/Hong_Kong", 56),
        ("Asia/Taipei", 56),
        ("Asia/Chongqing", 56),
        ("Asia/Urumqi", 56),
        ("Europe/Dublin", 26),
        ("Europe/Lisbon", 26),
        ("Pacific/Midway", 2),
        ("America/Godthab", 21),
        ("Asia/Rangoon", 53),
        ("Asia/Katmandu", 49),
        ("Pacific/Guam", 67),
        ("Asia/Novosibirsk", 55),
        ("Asia/Magadan", 70),
        ("Pacific/Majuro", 77),
        ("Europe/Minsk", 38),
        ("Europe/Istanbul", 41),
        ("UTC", 25),
        ("Etc/UTC", 25),
    ] {
        assert_eq!(by_iana(alias).map(|z| z.id), Some(id), "{alias}");
    }
    assert!(by_iana("Mars/Olympus_Mons").is_none());
    assert!(by_iana("asia/shanghai").is_none());
}

#[test]
fn every_alias_is_a_real_zone_near_its_row() {
    // Aliases must be real IANA names; their standard offset in January 2025 should
    // equal the row's label offset, except for the documented Urumqi exception.
    for name in [
        "Asia/Calcutta",
        "Asia/Hong_Kong",
        "Europe/Dublin",
        "Asia/Katmandu",
        "Pacific/Majuro",
        "Etc/UTC",
    ] {
        let tz: Tz = name.parse().unwrap();
        let row = by_iana(name).unwrap();
        assert_eq!(
            chrono_offset(tz, 1_736_000_000) / 60,
            row.label_offset_minutes(),
            "{name}"
        );
    }
}

#[test]
fn offset_fallbacks() {
    assert_eq!(nearest_for_offset(480).id, 56);
    assert_eq!(nearest_for_offset(330).id, 48);
    assert_eq!(nearest_for_offset(0).id, 25);
    assert_eq!(nearest_for_offset(-300).id, 12);
    assert_eq!(nearest_for_offset(17).id, 56);
    assert_eq!(default_for_browser(Some("Europe/Paris"), 60).id, 29);
    assert_eq!(default_for_browser(Some("Nowhere/Else"), 540).id, 60);
    assert_eq!(default_for_browser(None, 999).id, 56);
}

#[test]
fn official_range() {
    assert!(by_id(73).unwrap().is_official());
    assert!(!by_id(74).unwrap().is_official());
    assert!(format!("{:?}", by_id(56).unwrap()).contains("Asia/Shanghai"));
}
