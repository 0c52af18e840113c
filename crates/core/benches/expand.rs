//! Budget (design.md): expand a 50-meeting weekly series in a DST zone ≤ 20 µs (wasm in
//! Node). This native benchmark tracks the same workload: America/New_York (Huawei zone
//! 13, the real compact table), weekly on Monday and Thursday across both 2027 DST
//! transitions, 50 meetings.
#![allow(clippy::unwrap_used, missing_docs)]

use std::hint::black_box;

use chrono::{NaiveDate, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use cycleconf_core::recurrence::{expand_spec, ics, summary};
use cycleconf_core::series::{Cycle, SeriesSpec};
use cycleconf_core::{Lang, zones};

fn spec() -> SeriesSpec {
    SeriesSpec {
        zone_id: 13,
        start_date: NaiveDate::from_ymd_opt(2027, 2, 1).unwrap(),
        end_date: NaiveDate::from_ymd_opt(2027, 12, 31).unwrap(),
        cycle: Cycle::Week,
        interval: 1,
        points: vec![1, 4],
        start_time_utc: NaiveDate::from_ymd_opt(2027, 2, 1)
            .unwrap()
            .and_hms_opt(14, 0, 0),
        length_minutes: 60,
        pre_remind_days: 1,
    }
}

fn bench(c: &mut Criterion) {
    let zone = zones::by_id(13).unwrap();
    let spec = spec();
    let now = Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap();
    let schedule = expand_spec(&spec, zone, now);
    assert_eq!(schedule.occurrences.len(), 50);
    assert!(schedule.truncated);

    c.bench_function("expand 50 weekly, America/New_York", |b| {
        b.iter(|| expand_spec(black_box(&spec), black_box(zone), black_box(now)))
    });
    c.bench_function("summary en-US", |b| {
        b.iter(|| summary::summarize(black_box(&schedule), &spec, zone.label, Lang::EnUs))
    });
    c.bench_function("ics 50 events", |b| {
        b.iter(|| ics::to_ics(black_box(&schedule), "Weekly sync", "seed", now))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
