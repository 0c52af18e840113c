//! Property tests of the recurrence engine against a brute-force reference model of
//! S7–S9 and against chrono-tz's own local-time resolution (S4).
#![allow(clippy::unwrap_used)]

mod recurrence_support;

use chrono::{
    Datelike, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone, Timelike, Utc,
};
use chrono_tz::Tz;
use cycleconf_core::recurrence::{Flag, MAX_MEETINGS, Schedule, expand_spec};
use cycleconf_core::series::{Cycle, SeriesSpec, UtcOffsets};
use proptest::prelude::*;
use recurrence_support::{TzOffsets, UpdatedTz};

const ZONES: [Tz; 12] = [
    chrono_tz::America::New_York,
    chrono_tz::Europe::London,
    chrono_tz::Australia::Sydney,
    chrono_tz::Asia::Shanghai,
    chrono_tz::Asia::Kolkata,
    chrono_tz::Australia::Lord_Howe, // 30-minute DST
    chrono_tz::America::Santiago,    // transitions at midnight
    chrono_tz::Pacific::Chatham,     // +12:45 / +13:45
    chrono_tz::Asia::Tehran,
    chrono_tz::America::St_Johns,
    chrono_tz::Pacific::Auckland,
    chrono_tz::Africa::Casablanca, // Ramadan transitions
];

fn cycle() -> impl Strategy<Value = Cycle> {
    prop_oneof![Just(Cycle::Day), Just(Cycle::Week), Just(Cycle::Month)]
}

prop_compose! {
    fn realistic_spec()(
        cycle in cycle(),
        interval in 0u32..=16,
        points in proptest::collection::vec(0u32..=33, 0..6),
        start_day in 0i64..(365 * 12),
        span in -3i64..=400,
        start_minute in proptest::option::weighted(0.8, 0u32..(24 * 60)),
        length in 15u32..=1440,
        remind in 0u32..=35,
    ) -> SeriesSpec {
        let start_date = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + TimeDelta::days(start_day);
        let end_date = start_date + TimeDelta::days(span);
        let start_time_utc = start_minute.map(|m| {
            start_date.and_time(NaiveTime::MIN) + TimeDelta::minutes(i64::from(m) - 12 * 60)
        });
        SeriesSpec {
            zone_id: 13,
            start_date,
            end_date,
            cycle,
            interval,
            points,
            start_time_utc,
            length_minutes: length,
            pre_remind_days: remind,
        }
    }
}

/// The effective point set by S8/S9 (out-of-range values ignored, empty → startDate's).
fn effective_points(spec: &SeriesSpec) -> Vec<u32> {
    match spec.cycle {
        Cycle::Day => vec![],
        Cycle::Week if spec.points.is_empty() => {
            vec![spec.start_date.weekday().num_days_from_sunday()]
        }
        Cycle::Week => spec.points.iter().copied().filter(|&p| p <= 6).collect(),
        Cycle::Month if spec.points.is_empty() => vec![spec.start_date.day()],
        Cycle::Month => spec
            .points
            .iter()
            .copied()
            .filter(|&p| (1..=31).contains(&p))
            .collect(),
    }
}

fn last_day_of_month(d: NaiveDate) -> u32 {
    (28..=31)
        .rev()
        .find(|&day| d.with_day(day).is_some())
        .unwrap()
}

/// Brute force: every day in [start, end], kept when the rule says so.
fn reference_dates(spec: &SeriesSpec) -> Vec<NaiveDate> {
    let interval = i64::from(spec.interval.max(1));
    let points = effective_points(spec);
    let start = spec.start_date;
    let week0 = start - TimeDelta::days(i64::from(start.weekday().num_days_from_sunday()));
    let month0 = i64::from(start.year()) * 12 + i64::from(start.month0());
    let mut out = vec![];
    let mut d = start;
    while d <= spec.end_date {
        let keep = match spec.cycle {
            Cycle::Day => (d - start).num_days() % interval == 0,
            Cycle::Week => {
                ((d - week0).num_days() / 7) % interval == 0
                    && points.contains(&d.weekday().num_days_from_sunday())
            }
            Cycle::Month => {
                let m = i64::from(d.year()) * 12 + i64::from(d.month0()) - month0;
                m % interval == 0
                    && points
                        .iter()
                        .any(|&p| p.min(last_day_of_month(d)) == d.day())
            }
        };
        if keep {
            out.push(d);
        }
        d = d.succ_opt().unwrap();
    }
    out
}

fn local_time_of(spec: &SeriesSpec, tz: Tz, now: NaiveDateTime) -> NaiveTime {
    let utc = spec.start_time_utc.unwrap_or(now);
    let t = tz.from_utc_datetime(&utc).naive_local().time();
    NaiveTime::from_hms_opt(chrono::Timelike::hour(&t), chrono::Timelike::minute(&t), 0).unwrap()
}

fn check(spec: &SeriesSpec, tz: Tz, now: NaiveDateTime) -> Result<Schedule, TestCaseError> {
    let zone = TzOffsets(tz);
    let s = expand_spec(spec, &zone, now.and_utc());
    let reference = reference_dates(spec);

    // S11: cap, truncated, effective end date.
    prop_assert!(s.occurrences.len() <= MAX_MEETINGS);
    prop_assert_eq!(s.total_dates, reference.len());
    prop_assert_eq!(s.truncated, reference.len() > MAX_MEETINGS);
    let dates: Vec<NaiveDate> = s.occurrences.iter().map(|o| o.date).collect();
    let expected: Vec<NaiveDate> = reference.iter().copied().take(MAX_MEETINGS).collect();
    prop_assert_eq!(&dates, &expected);
    if s.truncated {
        prop_assert_eq!(Some(&s.effective_end_date), dates.last());
    } else {
        prop_assert_eq!(s.effective_end_date, spec.end_date);
    }
    prop_assert!(
        dates
            .iter()
            .all(|d| *d >= spec.start_date && *d <= s.effective_end_date)
    );
    prop_assert!(
        dates.windows(2).all(|w| w[0] < w[1]),
        "dates sorted and unique"
    );
    prop_assert!(
        s.occurrences.windows(2).all(|w| w[0].start < w[1].start),
        "instants sorted"
    );

    // S3 + S4 against chrono-tz.
    let t = local_time_of(spec, tz, now);
    prop_assert_eq!(s.local_time, t);
    let first_offset = s.occurrences.first().map(|o| o.utc_offset_minutes);
    let now_minute = now.with_second(0).unwrap();
    let now_local = tz.from_utc_datetime(&now_minute).naive_local();
    for (i, o) in s.occurrences.iter().enumerate() {
        let local = o.date.and_time(t);
        // S3, S12: with an empty startTime, today's meeting starts now, also in the
        // second pass of a repeated hour (where S4's earlier instant is an hour before).
        let starts_now = spec.start_time_utc.is_none() && i == 0 && o.date == now_local.date();
        if starts_now {
            prop_assert_eq!(o.start, now_minute);
            prop_assert_eq!(o.local_start, now_local);
        } else {
            match tz.from_local_datetime(&local) {
                LocalResult::Single(x) => {
                    prop_assert_eq!(o.start, x.naive_utc());
                    prop_assert!(
                        !o.flags.contains(Flag::Shifted) && !o.flags.contains(Flag::Ambiguous)
                    );
                    prop_assert_eq!(o.local_start, local);
                }
                LocalResult::Ambiguous(a, b) => {
                    prop_assert_eq!(o.start, a.naive_utc().min(b.naive_utc()));
                    prop_assert!(o.flags.contains(Flag::Ambiguous));
                    prop_assert_eq!(o.local_start, local);
                }
                LocalResult::None => {
                    prop_assert!(o.flags.contains(Flag::Shifted));
                    prop_assert!(o.local_start > local);
                    prop_assert!(o.local_start - local <= TimeDelta::hours(2));
                }
            }
        }
        let offset = zone.utc_offset_at(o.start.and_utc().timestamp());
        prop_assert_eq!(o.utc_offset_minutes * 60, offset);
        prop_assert_eq!(
            o.local_start,
            o.start + TimeDelta::seconds(i64::from(offset))
        );
        prop_assert_eq!(
            o.end - o.start,
            TimeDelta::minutes(i64::from(spec.length_minutes))
        );
        prop_assert_eq!(o.local_end, tz.from_utc_datetime(&o.end).naive_local());
        prop_assert_eq!(
            o.flags.contains(Flag::OffsetChanged),
            Some(o.utc_offset_minutes) != first_offset
        );
    }

    // S13.
    let period = match spec.cycle {
        Cycle::Day => spec.interval.max(1),
        Cycle::Week => 7 * spec.interval.max(1),
        Cycle::Month => 30,
    };
    prop_assert_eq!(
        s.effective_pre_remind_days,
        spec.pre_remind_days.min(period)
    );
    Ok(s)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn expansion_matches_reference(
        spec in realistic_spec(),
        zone in 0usize..ZONES.len(),
        now_offset_min in -(3i64 * 24 * 60)..(3 * 24 * 60),
    ) {
        let now = spec.start_date.and_time(NaiveTime::MIN) + TimeDelta::minutes(now_offset_min);
        check(&spec, ZONES[zone], now)?;
    }

    #[test]
    fn real_zone_table_agrees_with_chrono_tz(
        spec in realistic_spec(),
        id in 1u8..=77,
    ) {
        let zone = cycleconf_core::zones::by_id(id).unwrap();
        let now = Utc.with_ymd_and_hms(2025, 6, 1, 0, 0, 0).unwrap();
        let a = expand_spec(&spec, zone, now);
        let b = expand_spec(&spec, &UpdatedTz::new(zone.iana), now);
        prop_assert_eq!(a, b);
    }
}

/// An offset function with arbitrary (even absurd) answers.
struct Chaos(i64);

impl UtcOffsets for Chaos {
    fn utc_offset_at(&self, unix_secs: i64) -> i32 {
        let x = (unix_secs ^ self.0).wrapping_mul(0x9E37_79B9_7F4A_7C15_u64 as i64);
        (x >> 40) as i32
    }
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
        (NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce())
            .prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap()),
        (0i32..20_000).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(738_000 + n).unwrap()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_for_arbitrary_specs(
        cycle in cycle(),
        interval in any::<u32>(),
        points in proptest::collection::vec(any::<u32>(), 0..40),
        start_date in any_date(),
        end_date in any_date(),
        start_time in proptest::option::of((any_date(), 0u32..86_400)),
        length in any::<u32>(),
        remind in any::<u32>(),
        seed in any::<i64>(),
        chaos in any::<bool>(),
        now_date in any_date(),
    ) {
        let spec = SeriesSpec {
            zone_id: 0,
            start_date,
            end_date,
            cycle,
            interval,
            points,
            start_time_utc: start_time.map(|(d, s)| {
                d.and_time(NaiveTime::from_num_seconds_from_midnight_opt(s, 0).unwrap())
            }),
            length_minutes: length,
            pre_remind_days: remind,
        };
        let now = now_date.and_time(NaiveTime::MIN).and_utc();
        let s = if chaos {
            expand_spec(&spec, &Chaos(seed), now)
        } else {
            expand_spec(&spec, &TzOffsets(chrono_tz::America::New_York), now)
        };
        prop_assert!(s.occurrences.len() <= MAX_MEETINGS);
        prop_assert!(s.occurrences.windows(2).all(|w| w[0].date < w[1].date));
        prop_assert!(s.occurrences.iter().all(|o| o.date >= spec.start_date && o.date <= spec.end_date));
        let _ = serde_json::to_string(&s.occurrences).unwrap();
        for lang in [cycleconf_core::Lang::EnUs, cycleconf_core::Lang::ZhCn] {
            let text = cycleconf_core::recurrence::summary::summarize(&s, &spec, "(GMT) X", lang);
            prop_assert!(!text.is_empty());
        }
        let ics = cycleconf_core::recurrence::ics::to_ics(&s, "subject", "seed", now);
        prop_assert!(ics.ends_with("END:VCALENDAR\r\n"));
    }
}
