//! The serde model against Huawei's example request and response (API page §4, §3.5).
#![allow(clippy::unwrap_used)]

use chrono::{TimeZone, Utc};
use cycleconf_core::Lang;
use cycleconf_core::model::{ConferenceInfo, RestScheduleConfDto};
use cycleconf_core::validate::{Options, validate};
use serde_json::{Value, json};

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn example_response_round_trips_exactly() {
    let raw = fixture("example_response.json");
    let parsed: Vec<ConferenceInfo> = serde_json::from_value(raw.clone()).unwrap();
    assert_eq!(parsed.len(), 1);
    let conf = &parsed[0];
    assert_eq!(conf.conference_id.as_deref(), Some("986256843"));
    assert_eq!(conf.conf_type.as_deref(), Some("CYCLE"));
    assert_eq!(conf.is_soft_terminal_auto_mute, Some(0));
    let cp = conf.cycle_params.as_ref().unwrap();
    assert_eq!(cp.cycle_count, Some(0));
    assert_eq!(cp.start_date, "2021-09-01");
    let cfg = conf.conf_config_info.as_ref().unwrap();
    assert_eq!(cfg.extra.get("inviteMode"), Some(&json!("AUTO_INVITE")));
    assert_eq!(cfg.prolong_length, Some(15));
    let pw = conf.password_entry.as_ref().unwrap();
    assert_eq!(pw[0].conference_role, "chair");
    assert_eq!(pw[1].password, "654321");
    let subs = conf.sub_confs.as_ref().unwrap();
    assert_eq!(subs.len(), 2);
    assert_eq!(subs[1].start_time.as_deref(), Some("2021-09-02 08:39"));
    assert_eq!(subs[0].media_type.as_deref(), Some("HDVideo,Data,Voice"));
    assert_eq!(
        subs[0]
            .conf_config_info
            .as_ref()
            .unwrap()
            .allow_guest_start_conf,
        Some(true)
    );
    assert!(conf.extra.is_empty(), "unexpected extra: {:?}", conf.extra);

    let back = serde_json::to_value(&parsed).unwrap();
    assert_eq!(back, raw);
}

#[test]
fn unknown_response_fields_are_kept() {
    let raw = json!([{"conferenceID": "1", "brandNewField": {"a": [1, 2]}, "subConfs": [
        {"cycleSubConfID": "x", "weird": true, "confConfigInfo": {"newFlag": 3}}
    ]}]);
    let parsed: Vec<ConferenceInfo> = serde_json::from_value(raw.clone()).unwrap();
    assert_eq!(
        parsed[0].extra.get("brandNewField"),
        Some(&json!({"a": [1, 2]}))
    );
    assert_eq!(serde_json::to_value(&parsed).unwrap(), raw);
}

/// The example request sends confConfigInfo booleans as strings ("false"). The typed
/// model holds booleans, so the request round-trips in its canonical form: the same
/// JSON with `"false"` → `false`. Nothing else differs.
#[test]
fn example_request_round_trips_in_canonical_form() {
    let raw = fixture("example_request.json");
    // Strict serde refuses the string booleans ...
    assert!(serde_json::from_value::<RestScheduleConfDto>(raw.clone()).is_err());
    // ... validation accepts them and canonicalizes.
    let opts = Options {
        now: Utc.with_ymd_and_hms(2021, 8, 30, 12, 0, 0).unwrap(),
        lang: Lang::EnUs,
    };
    let report = validate(&raw, &opts);
    let validated = report.validated().unwrap();
    let canonical = serde_json::to_value(validated.request()).unwrap();

    let mut expected = raw.clone();
    for key in ["isSendNotify", "isSendSms", "isSendCalendar"] {
        expected["confConfigInfo"][key] = json!(false);
    }
    assert_eq!(canonical, expected);

    // The canonical form is a fixed point: strict serde reads it back unchanged.
    let typed: RestScheduleConfDto = serde_json::from_value(canonical.clone()).unwrap();
    assert_eq!(&typed, validated.request());
    assert_eq!(serde_json::to_value(&typed).unwrap(), canonical);
    assert_eq!(
        typed.attendees[0].email.as_deref(),
        Some("suzhou.branch@example.com")
    );
    assert_eq!(typed.conf_config_info.is_send_sms, Some(false));
    assert_eq!(typed.time_zone_id.as_deref(), Some("56"));
}

#[test]
fn canonical_form_converts_loose_scalars() {
    let raw = json!({
        "mediaTypes": "Voice",
        "timeZoneID": "56",
        "length": "60",
        "supportSimultaneousInterpretation": "true",
        "cycleParams": {"startDate": "2030-01-01", "endDate": "2030-01-05", "cycle": "Day",
                        "interval": "2", "preRemindDays": "0"},
        "attendees": [{"name": "A", "email": "a@example.com", "role": "1", "isMute": "0"}],
        "typo": 1
    });
    let opts = Options {
        now: Utc.with_ymd_and_hms(2029, 1, 1, 0, 0, 0).unwrap(),
        lang: Lang::EnUs,
    };
    let report = validate(&raw, &opts);
    assert!(report.is_valid(), "{:?}", report.issues);
    let canonical = serde_json::to_value(report.validated().unwrap().request()).unwrap();
    assert_eq!(
        canonical,
        json!({
            "mediaTypes": "Voice",
            "timeZoneID": "56",
            "length": 60,
            "supportSimultaneousInterpretation": true,
            "cycleParams": {"startDate": "2030-01-01", "endDate": "2030-01-05", "cycle": "Day",
                            "interval": 2, "preRemindDays": 0},
            "attendees": [{"name": "A", "email": "a@example.com", "role": 1, "isMute": 0}]
        })
    );
}
