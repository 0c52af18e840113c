//! The wrappers over a validated request: `Expansion` (the `expand --json` object) and
//! `request_to_ics`, with the real zone table.
#![allow(clippy::unwrap_used)]

mod recurrence_support;

use cycleconf_core::Lang;
use cycleconf_core::recurrence::{Expansion, request_to_ics};
use cycleconf_core::validate::{Options, validate};
use recurrence_support::now;
use serde_json::json;

fn request(start_date: &str, end_date: &str, start_time: &str) -> serde_json::Value {
    json!({
        "subject": "Sync, weekly; 周会",
        "mediaTypes": "HDVideo",
        "timeZoneID": "13",
        "startTime": start_time,
        "length": 60,
        "cycleParams": {
            "startDate": start_date,
            "endDate": end_date,
            "cycle": "Week",
            "interval": 1,
            "point": [0],
            "preRemindDays": 10
        }
    })
}

#[test]
fn expansion_of_a_dst_series_matches_the_contract() {
    let opts = Options {
        now: now("2027-03-01 00:00"),
        lang: Lang::EnUs,
    };
    let report = validate(
        &request("2027-03-07", "2027-03-21", "2027-03-07 07:30"),
        &opts,
    );
    assert!(report.validated().is_some(), "{:?}", report.issues);
    let expansion = Expansion::from_report(&report, opts.now, Lang::EnUs);
    assert!(expansion.is_valid(), "{:?}", expansion.issues);
    let v = serde_json::to_value(expansion.output()).unwrap();
    assert_eq!(
        v["timeZone"],
        json!({"id": 13, "iana": "America/New_York", "label": "(GMT-05:00) Eastern Time(US&Canada)"})
    );
    assert_eq!(v["truncated"], json!(false));
    assert_eq!(v["effectiveEndDate"], json!("2027-03-21"));
    assert_eq!(v["effectivePreRemindDays"], json!(7));
    let occ = v["occurrences"].as_array().unwrap();
    assert_eq!(occ.len(), 3);
    assert_eq!(
        occ[1],
        json!({
            "start": "2027-03-14 07:30", "end": "2027-03-14 08:30",
            "localStart": "2027-03-14T03:30", "localEnd": "2027-03-14T04:30",
            "utcOffsetMinutes": -240, "flags": ["shifted", "offsetChanged"]
        })
    );
    let codes: Vec<&str> = v["issues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"utc_offset_changes"), "{codes:?}");
    assert!(codes.contains(&"pre_remind_capped"), "{codes:?}");
    assert!(
        v["summary"]
            .as_str()
            .unwrap()
            .starts_with("Every week on Sunday, 02:30")
    );

    let req = report.validated().unwrap();
    let schedule = expansion.schedule.as_ref().unwrap();
    let ics = request_to_ics(schedule, req, opts.now);
    assert!(ics.contains("SUMMARY:Sync\\, weekly\\; 周会\r\n"), "{ics}");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3);
    assert_eq!(ics, request_to_ics(schedule, req, opts.now));
}

#[test]
fn first_occurrence_in_past_becomes_an_error_issue() {
    // Today, 02:30 local (07:30 UTC) but now is 08:00 UTC.
    let opts = Options {
        now: now("2027-03-07 08:00"),
        lang: Lang::ZhCn,
    };
    let report = validate(
        &request("2027-03-07", "2027-03-21", "2027-03-07 07:30"),
        &opts,
    );
    let expansion = Expansion::from_report(&report, opts.now, Lang::ZhCn);
    assert!(!expansion.is_valid());
    let v = serde_json::to_value(expansion.output()).unwrap();
    let issue = v["issues"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["huaweiCode"] == json!("MMC.111071013"))
        .unwrap();
    assert_eq!(issue["severity"], json!("error"));
    assert!(
        issue["code"] == json!("first_occurrence_in_past")
            || issue["code"] == json!("start_time_in_past")
    );
}

#[test]
fn invalid_request_gives_empty_occurrences() {
    let opts = Options {
        now: now("2027-03-01 00:00"),
        lang: Lang::EnUs,
    };
    let report = validate(&json!({"cycleParams": 3}), &opts);
    let expansion = Expansion::from_report(&report, opts.now, Lang::EnUs);
    let v = serde_json::to_value(expansion.output()).unwrap();
    assert_eq!(v["occurrences"], json!([]));
    assert_eq!(v["truncated"], json!(false));
    assert_eq!(v["timeZone"], json!(null));
    assert!(!v["issues"].as_array().unwrap().is_empty());
}

#[test]
fn expansion_error_empties_occurrences_in_the_contract_output() {
    // startTime (03-09 07:30 UTC) is in the future, but its time of day on startDate
    // (today, 03-07) is already past at 08:00 UTC: S12 error from the expansion.
    let opts = Options {
        now: now("2027-03-07 08:00"),
        lang: Lang::EnUs,
    };
    let report = validate(
        &request("2027-03-07", "2027-03-21", "2027-03-09 07:30"),
        &opts,
    );
    assert!(report.is_valid(), "{:?}", report.issues);
    let expansion = Expansion::from_report(&report, opts.now, Lang::EnUs);
    assert!(!expansion.is_valid());
    // The schedule itself is still there for callers that want it…
    assert!(
        expansion
            .schedule
            .as_ref()
            .is_some_and(|s| !s.occurrences.is_empty())
    );
    // …but the contract object shows no occurrences, only the issues.
    let v = serde_json::to_value(expansion.output()).unwrap();
    assert_eq!(v["occurrences"], json!([]));
    let codes: Vec<_> = v["issues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["code"].clone())
        .collect();
    assert!(
        codes.contains(&json!("first_occurrence_in_past")),
        "{codes:?}"
    );
}

/// The compact form (npm's way across the wasm boundary) carries exactly the objects
/// form: rebuilding the object from its array and the occurrences from its numbers and
/// times gives the same JSON.
#[test]
fn compact_output_rebuilds_the_objects_form() {
    let opts = Options {
        now: now("2026-10-01 00:00"),
        lang: Lang::EnUs,
    };
    // A gap (2027-03-14 02:30 New York is shifted), offset changes, the 50-cap.
    let mut req = request("2026-10-04", "2027-09-26", "2026-10-04 06:30");
    req["cycleParams"]["point"] = json!([0, 3]);
    let expansion = cycleconf_core::expand(&req, &opts);
    let objects = serde_json::to_value(expansion.output()).unwrap();
    let (compact, text) = expansion.compact_output().unwrap();
    let head = serde_json::to_value(compact).unwrap();
    assert_eq!(head[0], json!(50));
    assert_eq!(text.len(), 50 * 66);
    let mut rebuilt = json!({
        "truncated": head[1], "effectiveEndDate": head[2], "effectivePreRemindDays": head[3],
        "timeZone": { "id": head[4], "iana": head[5], "label": head[6] },
        "summary": head[7], "issues": head[8],
    });
    let names = ["shifted", "ambiguous", "offsetChanged"];
    let occurrences: Vec<_> = text
        .as_bytes()
        .chunks(66)
        .map(|t| {
            let bits = t[65] - b'0';
            let part = |i: usize| std::str::from_utf8(&t[16 * i..16 * (i + 1)]).unwrap();
            json!({
                "start": part(0), "end": part(1), "localStart": part(2), "localEnd": part(3),
                "utcOffsetMinutes": (i32::from(t[64]) - 70) * 15,
                "flags": names.iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0)
                    .map(|(_, f)| *f).collect::<Vec<_>>(),
            })
        })
        .collect();
    rebuilt["occurrences"] = json!(occurrences);
    assert_eq!(rebuilt, objects);
    let flags = objects["occurrences"].as_array().unwrap();
    assert!(flags.iter().any(|o| o["flags"] == json!(["offsetChanged"])));
    assert!(flags.iter().any(|o| o["flags"] == json!(["shifted"])));
    assert_eq!(objects["truncated"], json!(true));
}

/// The UIDs of the .ics are seeded by the subject: editing attendees or settings, or
/// moving the end date, keeps the UIDs of the meetings that stay (a calendar updates
/// them on a second import instead of adding copies); a new subject or time gets new ones.
#[test]
fn ics_uids_survive_edits_that_keep_the_meeting() {
    let opts = Options {
        now: now("2027-03-01 00:00"),
        lang: Lang::EnUs,
    };
    let uids = |request: serde_json::Value| -> Vec<String> {
        let calendar = cycleconf_core::to_ics(&request, &opts).unwrap();
        calendar
            .ics
            .lines()
            .filter_map(|l| l.strip_prefix("UID:"))
            .map(str::to_owned)
            .collect()
    };
    let base = request("2027-03-07", "2027-03-21", "2027-03-07 07:30");
    let before = uids(base.clone());
    assert_eq!(before.len(), 3);

    let mut edited = base.clone();
    edited["attendees"] = json!([{"name": "A", "email": "a@example.com"}]);
    edited["recordType"] = json!(2);
    edited["cycleParams"]["preRemindDays"] = json!(3);
    edited["cycleParams"]["endDate"] = json!("2027-03-28");
    let after = uids(edited);
    assert_eq!(after.len(), 4);
    assert_eq!(after[..3], before[..]);

    let mut renamed = base.clone();
    renamed["subject"] = json!("Sync, weekly (team)");
    assert!(uids(renamed).iter().all(|u| !before.contains(u)));

    let mut moved = base;
    moved["startTime"] = json!("2027-03-07 09:30");
    assert!(uids(moved).iter().all(|u| !before.contains(u)));
}

/// A form's preview: the meetings stay while the request has errors outside the series
/// (an attendee without contact, a subject too long), and go when an error is in the
/// series' own fields. `expand`'s answer is unchanged.
#[test]
fn the_preview_keeps_the_meetings_through_errors_outside_the_series() {
    use cycleconf_core::json::Json;
    use cycleconf_core::{expand_json, preview_json};
    let opts = Options {
        now: now("2027-03-01 00:00"),
        lang: Lang::EnUs,
    };
    let meetings = |x: &Expansion| x.schedule.as_ref().map(|s| s.occurrences.len());
    let valid = request("2027-03-07", "2027-03-21", "2027-03-07 07:30");

    let mut attendee_error = valid.clone();
    attendee_error["attendees"] = json!([{ "name": "New attendee" }]);
    let mut subject_error = valid.clone();
    subject_error["subject"] = json!("x".repeat(200));
    for raw in [&attendee_error, &subject_error] {
        let json = Json::from_value(raw);
        let preview = preview_json(&json, &opts);
        let expanded = expand_json(&json, &opts);
        assert!(!preview.is_valid());
        assert_eq!(meetings(&preview), Some(3));
        assert!(preview.summary.is_some());
        // Validation's issues, then the expansion's findings (the DST change of
        // 2027-03-14, the reminder capped to the week), which `expand` cannot give.
        assert_eq!(preview.issues[..expanded.issues.len()], expanded.issues[..]);
        let findings: Vec<_> = preview.issues[expanded.issues.len()..]
            .iter()
            .map(|i| i.code.as_str())
            .collect();
        assert_eq!(findings, ["utc_offset_changes", "pre_remind_capped"]);
        assert_eq!(meetings(&expanded), None);
        // The contract's output still shows no meetings for an invalid request.
        assert!(preview.output().schedule.is_none());
    }

    for (pointer, value) in [
        ("/cycleParams/interval", json!(9)),
        ("/length", json!(5)),
        ("/timeZoneID", json!("99")),
    ] {
        let mut series_error = attendee_error.clone();
        *series_error.pointer_mut(pointer).unwrap() = value;
        let preview = preview_json(&Json::from_value(&series_error), &opts);
        assert_eq!(meetings(&preview), None, "{pointer}");
    }

    // Without errors, the preview is the expansion.
    let json = Json::from_value(&valid);
    assert_eq!(preview_json(&json, &opts), expand_json(&json, &opts));
}
