//! S19: no JSON value and no text makes validation panic. Case count: `PROPTEST_CASES`
//! (CI sets 100000); 2000 by default.
#![allow(clippy::unwrap_used)]

use chrono::{TimeZone, Utc};
use cycleconf_core::json::Json;
use cycleconf_core::validate::{
    ATTENDEE_FIELDS, CONF_CONFIG_FIELDS, CYCLE_PARAMS_FIELDS, Options, ROOT_FIELDS, validate,
    validate_str,
};
use cycleconf_core::{Lang, check, check_json, validate_json};
use proptest::prelude::*;
use serde_json::{Map, Value, json};

fn config() -> ProptestConfig {
    // PROPTEST_CASES wins (as in `ProptestConfig::default()`); unset → 2000 instead of
    // proptest's built-in 256.
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

/// Every field name the API defines, at every level (the validator's own lists).
fn known_keys() -> Vec<&'static str> {
    [
        ROOT_FIELDS,
        CYCLE_PARAMS_FIELDS,
        ATTENDEE_FIELDS,
        CONF_CONFIG_FIELDS,
    ]
    .concat()
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(known_keys()).prop_map(str::to_owned),
        1 => ".{0,12}",
    ]
}

fn string() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,20}",
        "[0-9]{1,25}",
        "-?[0-9]{1,3}",
        "(true|false|True|FALSE)",
        "20[0-9]{2}-[01][0-9]-[0-3][0-9]( [0-2][0-9]:[0-5][0-9])?",
        "(Day|Week|Month|day|Weekly|Voice|HDVideo|Video,HDVideo|Data)",
        "[a-z]{1,10}@[a-z]{1,10}(\\.[a-z]{2,3})?",
        (0usize..5000).prop_map(|n| "長".repeat(n)),
    ]
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        (-40i64..1500).prop_map(Value::from),
        string().prop_map(Value::String),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(8, 256, 10, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..10).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..10)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// The valid request the mutations start from (shared fixture).
fn base() -> Value {
    serde_json::from_str(include_str!("fixtures/valid_weekly.json")).unwrap()
}

const PATHS: &[&str] = &[
    "",
    "/cycleParams",
    "/attendees",
    "/attendees/0",
    "/confConfigInfo",
];

/// The base with `value` put under a known (or random) key of a known object.
fn mutated() -> impl Strategy<Value = Value> {
    (proptest::sample::select(PATHS), key(), value()).prop_map(|(path, k, v)| {
        let mut b = base();
        match b.pointer_mut(path) {
            Some(Value::Object(m)) => {
                m.insert(k, v);
            }
            Some(slot) => *slot = v,
            None => {}
        }
        b
    })
}

fn options(lang: Lang, minutes: i64) -> Options {
    Options {
        now: Utc.timestamp_opt(1_893_456_000 + minutes * 60, 0).unwrap(),
        lang,
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_values_never_panic(v in value(), zh in any::<bool>(), m in -10_000_000i64..10_000_000) {
        let lang = if zh { Lang::ZhCn } else { Lang::EnUs };
        let report = validate(&v, &options(lang, m));
        // A report is self-consistent: a validated request only without errors, and
        // nothing but an object can be valid.
        if report.validated().is_some() { prop_assert!(report.is_valid()); }
        if !v.is_object() { prop_assert!(!report.is_valid()); }
        let _ = serde_json::to_string(&report).unwrap();
    }

    /// The two ways in agree: JSON text read into the borrowed tree (what the CLI and the
    /// npm package do) and a `serde_json::Value` viewed as one (the web app, the
    /// emulator). `to_string` writes the keys in the Value's order, so even the order of
    /// the issues is the same; and checking (series only) reports what validating does.
    /// Both read the same text (serde_json's float parsing is not exact to the last bit,
    /// so a float of `v` itself may come back one ULP off).
    #[test]
    fn text_and_value_paths_agree(v in mutated(), m in -10_000_000i64..10_000_000) {
        let opts = options(Lang::EnUs, m);
        let text = v.to_string();
        let v: Value = serde_json::from_str(&text).unwrap();
        let json = Json::parse(&text).unwrap();
        let key = |r: &cycleconf_core::Report| {
            r.issues.iter().map(|i| (i.path.clone(), i.code, i.severity)).collect::<Vec<_>>()
        };
        let (by_value, by_text) = (validate(&v, &opts), validate_json(&json, &opts));
        prop_assert_eq!(key(&by_value), key(&by_text));
        prop_assert_eq!(by_value.is_valid(), by_text.is_valid());
        let checked = check_json(&json, &opts);
        prop_assert_eq!(key(&check(&v, &opts)), key(&checked));
        // check = validate + the expansion's findings; it builds the series only.
        prop_assert_eq!(&key(&checked)[..by_value.issues.len()], &key(&by_value)[..]);
        prop_assert_eq!(checked.valid_series().is_some(), by_value.validated().is_some());
        prop_assert!(checked.validated().is_none());
    }

    #[test]
    fn mutated_base_never_panics(v in mutated(), m in -10_000_000i64..10_000_000) {
        let report = validate(&v, &options(Lang::EnUs, m));
        if !report.is_valid() { prop_assert!(report.validated().is_none()); }
        for issue in &report.issues {
            prop_assert!(!issue.message.is_empty());
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = validate_str(&text, &options(Lang::EnUs, 0));
    }
}

#[test]
fn pathological_inputs() {
    let o = options(Lang::EnUs, 0);
    // Deeply nested value under known keys (1000 levels: serde_json's own clone/drop
    // of a Value recurse, the validator does not look inside).
    let mut deep = json!(1);
    for _ in 0..1_000 {
        deep = json!([deep]);
    }
    let mut b = base();
    b["cycleParams"]["point"] = deep.clone();
    b["attendees"] = deep;
    let r = validate(&b, &o);
    assert!(!r.is_valid());
    // Huge strings and keys.
    let huge = "x".repeat(5_000_000);
    let mut b = base();
    b["subject"] = Value::String(huge.clone());
    b[huge.as_str()] = json!(1);
    b["cycleParams"]["cycle"] = Value::String(huge);
    let r = validate(&b, &o);
    assert!(!r.is_valid());
    // Extreme numbers.
    for n in [
        json!(u64::MAX),
        json!(i64::MIN),
        json!(1e300),
        json!(-0.0),
        json!("99999999999999999999"),
    ] {
        let mut b = base();
        for p in ["length", "vmrFlag", "recordType"] {
            b[p] = n.clone();
        }
        b["cycleParams"]["interval"] = n.clone();
        b["cycleParams"]["point"] = json!([n.clone()]);
        b["cycleParams"]["preRemindDays"] = n.clone();
        b["attendees"][0]["role"] = n.clone();
        let _ = validate(&b, &o);
    }
    // Extreme "now".
    for now in [
        chrono::DateTime::<Utc>::MIN_UTC,
        chrono::DateTime::<Utc>::MAX_UTC,
    ] {
        let _ = validate(
            &base(),
            &Options {
                now,
                lang: Lang::ZhCn,
            },
        );
    }
}
