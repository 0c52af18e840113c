//! Validation of a request with 100 attendees (design.md budget: ≤ 50 µs in wasm).
#![allow(clippy::unwrap_used)]

use chrono::{TimeZone, Utc};
use criterion::{Criterion, black_box, criterion_group, criterion_main};
use cycleconf_core::json::Json;
use cycleconf_core::validate::{Options, validate, validate_str};
use cycleconf_core::{Lang, check, check_json};
use serde_json::{Value, json};

fn request(attendees: usize) -> Value {
    let people: Vec<Value> = (0..attendees)
        .map(|i| {
            json!({
                "name": format!("Attendee {i}"),
                "email": format!("attendee{i}@example.com"),
                "phone": format!("+86138{i:08}"),
                "role": i32::from(i == 0),
                "type": "normal",
                "deptName": "Enterprise Collaboration"
            })
        })
        .collect();
    // The shared valid weekly request (tests/fixtures), with `attendees` people.
    let mut request: Value =
        serde_json::from_str(include_str!("../tests/fixtures/valid_weekly.json")).unwrap();
    request["attendees"] = Value::Array(people);
    request
}

fn bench(c: &mut Criterion) {
    let opts = Options {
        now: Utc.with_ymd_and_hms(2030, 1, 1, 0, 0, 0).unwrap(),
        lang: Lang::EnUs,
    };
    let value = request(100);
    assert!(validate(&value, &opts).is_valid());
    let text = value.to_string();
    c.bench_function("validate 100 attendees", |b| {
        b.iter(|| validate(black_box(&value), black_box(&opts)))
    });
    let small = request(1);
    c.bench_function("validate 1 attendee", |b| {
        b.iter(|| validate(black_box(&small), black_box(&opts)))
    });
    c.bench_function("validate_str 100 attendees (incl. JSON parse)", |b| {
        b.iter(|| validate_str(black_box(&text), black_box(&opts)))
    });
    // What `cycleconf check` and npm `validate` run: the series, not the typed request.
    c.bench_function("check 100 attendees", |b| {
        b.iter(|| check(black_box(&value), black_box(&opts)))
    });
    c.bench_function("check_json 100 attendees (incl. JSON parse)", |b| {
        b.iter(|| check_json(&Json::parse(black_box(&text)).unwrap(), black_box(&opts)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
