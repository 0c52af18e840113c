//! The TypeScript face of the package: Rust mirrors of the JSON the core produces, from
//! which `tsify` generates the shipped `.d.ts` declarations.
//!
//! The values crossing the boundary are serialized from the core's own types
//! ([`cycleconf_core::Report`], [`cycleconf_core::Expansion`]) so that npm and the CLI
//! print the very same objects. The mirrors below only *describe* those objects; the
//! tests at the end deserialize the core's output into them (unknown fields denied) and
//! serialize it back unchanged, so a declaration can never drift from what is returned.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// How bad an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The API would reject or misread the request.
    Error,
    /// The API would accept the request, but probably not as intended.
    Warning,
}

macro_rules! issue_codes {
    ($($variant:ident = $name:literal,)*) => {
        /// A stable, snake_case identifier of a kind of issue (one per rule).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Tsify)]
        pub enum IssueCode {
            $(
                #[doc = concat!("`", $name, "`.")]
                #[serde(rename = $name)]
                $variant,
            )*
        }

        impl IssueCode {
            /// Every code, in the core's declaration order.
            #[cfg(test)]
            pub const ALL: &'static [IssueCode] = &[$(IssueCode::$variant),*];
        }
    };
}

issue_codes! {
    InvalidJson = "invalid_json",
    WrongType = "wrong_type",
    UnknownField = "unknown_field",
    StringBoolean = "string_boolean",
    StringInteger = "string_integer",
    NumberAsString = "number_as_string",
    MissingField = "missing_field",
    TimeZoneMissing = "time_zone_missing",
    TimeZoneUnknown = "time_zone_unknown",
    TimeZoneUnofficial = "time_zone_unofficial",
    InvalidDate = "invalid_date",
    EndBeforeStart = "end_before_start",
    StartDateInPast = "start_date_in_past",
    SeriesTooLong = "series_too_long",
    InvalidCycle = "invalid_cycle",
    IntervalOutOfRange = "interval_out_of_range",
    PointOutOfRange = "point_out_of_range",
    DuplicatePoint = "duplicate_point",
    PointIgnored = "point_ignored",
    PointDefaulted = "point_defaulted",
    InvalidStartTime = "invalid_start_time",
    StartTimeInPast = "start_time_in_past",
    StartTimeDateMismatch = "start_time_date_mismatch",
    PreRemindOutOfRange = "pre_remind_out_of_range",
    PreRemindCapped = "pre_remind_capped",
    CycleParamsMissing = "cycle_params_missing",
    OutOfRange = "out_of_range",
    TooLong = "too_long",
    MediaTypesNoAv = "media_types_no_av",
    MediaTypeUnknown = "media_type_unknown",
    MediaTypesVideoAndHd = "media_types_video_and_hd",
    MediaTypesTelepresence = "media_types_telepresence",
    MediaTypesForm = "media_types_form",
    InvalidValue = "invalid_value",
    FieldIgnored = "field_ignored",
    VmrIdMissing = "vmr_id_missing",
    AttendeeNoContact = "attendee_no_contact",
    InvalidEmail = "invalid_email",
    ReservedRole = "reserved_role",
    InvalidGuestPassword = "invalid_guest_password",
    TooManyAttendees = "too_many_attendees",
    SeriesTruncated = "series_truncated",
    NoMeetings = "no_meetings",
    FirstOccurrenceInPast = "first_occurrence_in_past",
    UtcOffsetChanges = "utc_offset_changes",
    DstDataEnds = "dst_data_ends",
    ErrorsNotListed = "errors_not_listed",
    WarningsNotListed = "warnings_not_listed",
}

/// One problem found in a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Issue {
    /// Where: `cycleParams.interval`, `attendees[2].email`, or `""` for the whole request.
    pub path: String,
    /// Error or warning (fixed per code).
    pub severity: Severity,
    /// What kind of problem.
    pub code: IssueCode,
    /// The explanation in the requested language.
    pub message: String,
    /// The Huawei error code the server would answer with, where one exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub huawei_code: Option<String>,
}

/// What `validate` returns (the `cycleconf check --json` object).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ValidationReport {
    /// Whether no issue is an error.
    pub valid: bool,
    /// Every issue, errors and warnings, in the order the request was walked.
    pub issues: Vec<Issue>,
}

/// A fact about one meeting's instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum OccurrenceFlag {
    /// The local time fell in a spring-forward gap and was moved forward by the gap.
    Shifted,
    /// The local time was ambiguous (fall-back overlap); the earlier instant was taken
    /// (S4), except for a first meeting that starts now (empty `startTime` in the second
    /// pass, S12: it cannot start an hour before now).
    Ambiguous,
    /// The UTC offset differs from the first meeting's.
    OffsetChanged,
}

/// One meeting the server will create.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Occurrence {
    /// Start, UTC `yyyy-MM-dd HH:mm`.
    pub start: String,
    /// End, UTC `yyyy-MM-dd HH:mm`.
    pub end: String,
    /// Start in the meeting zone, `yyyy-MM-ddTHH:mm`.
    pub local_start: String,
    /// End in the meeting zone, `yyyy-MM-ddTHH:mm`.
    pub local_end: String,
    /// The zone's offset from UTC at the start, minutes east of Greenwich.
    pub utc_offset_minutes: i32,
    /// What happened while placing the meeting.
    pub flags: Vec<OccurrenceFlag>,
}

/// One row of the Huawei time zone table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TimeZone {
    /// Huawei `timeZoneID` (1–77).
    pub id: u8,
    /// The IANA zone the row maps to, e.g. `Asia/Shanghai`.
    pub iana: String,
    /// Huawei's label, e.g. `(GMT+08:00) Beijing, Chongqing, Hong Kong, Urumqi, Taipei`.
    pub label: String,
}

/// What `expand` returns (the `cycleconf expand --json` object).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Expansion {
    /// The meetings, in time order (at most 50); empty when the request has errors.
    pub occurrences: Vec<Occurrence>,
    /// Whether the pattern produced more than 50 dates (the server keeps the first 50).
    pub truncated: bool,
    /// The `endDate` the server will store (`yyyy-MM-dd`); `null` when not expanded.
    pub effective_end_date: Option<String>,
    /// The reminder days the server will apply; `null` when not expanded.
    pub effective_pre_remind_days: Option<u32>,
    /// The meeting zone; `null` when not expanded.
    pub time_zone: Option<TimeZone>,
    /// A human summary of the series; `null` when not expanded.
    pub summary: Option<String>,
    /// Validation issues followed by the expansion's findings.
    pub issues: Vec<Issue>,
}

/// The language of the messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Tsify)]
pub enum Language {
    /// English (United States).
    #[serde(rename = "en-US")]
    EnUs,
    /// Simplified Chinese.
    #[serde(rename = "zh-CN")]
    ZhCn,
}

/// The options every call takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Options {
    /// "Now": UTC `"YYYY-MM-DD HH:mm"` (a `T` instead of the space and `:ss` seconds are
    /// accepted) or a `Date`. Default: the current time.
    #[tsify(optional, type = "string | Date")]
    pub now: Option<String>,
    /// The language of the messages (default `en-US`).
    #[tsify(optional)]
    pub lang: Option<Language>,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use chrono::{TimeZone as _, Utc};
    use cycleconf_core::Lang;
    use serde::de::DeserializeOwned;
    use serde_json::{Value, json};

    fn opts() -> cycleconf_core::Options {
        cycleconf_core::Options {
            now: Utc.with_ymd_and_hms(2021, 8, 30, 12, 0, 0).unwrap(),
            lang: Lang::EnUs,
        }
    }

    /// `value` deserializes into `T` (no unknown field) and serializes back unchanged.
    fn assert_described_by<T: Serialize + DeserializeOwned>(value: &Value) {
        let typed: T =
            serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{e}: {value:#}"));
        assert_eq!(&serde_json::to_value(&typed).unwrap(), value);
    }

    fn requests() -> Vec<Value> {
        let example: Value = serde_json::from_str(include_str!(
            "../../core/tests/fixtures/example_request.json"
        ))
        .unwrap();
        let dst = json!({
            "mediaTypes": "Voice,HDVideo", "length": 60, "timeZoneID": "13",
            "startTime": "2026-10-20 13:30",
            "cycleParams": {"startDate": "2026-10-20", "endDate": "2027-06-30",
                             "cycle": "Week", "interval": 1, "point": [2, 4]}
        });
        let gap = json!({
            "mediaTypes": "Voice", "length": 30, "timeZoneID": "26",
            "startTime": "2026-03-20 01:30",
            "cycleParams": {"startDate": "2026-03-20", "endDate": "2026-04-30",
                             "cycle": "Day", "interval": 1, "preRemindDays": 30},
            "attendees": [{"name": "x"}, {"email": "bad"}]
        });
        vec![
            example,
            dst,
            gap,
            json!({}),
            json!(null),
            json!([1, 2]),
            json!({"mediaTypes": "Voice", "cycleParams": {"cycle": "Year"}, "zzz": 1}),
        ]
    }

    #[test]
    fn expansion_declaration_describes_the_core_output() {
        let mut shapes = (false, false);
        for raw in requests() {
            let value = serde_json::to_value(cycleconf_core::expand(&raw, &opts())).unwrap();
            assert_described_by::<Expansion>(&value);
            let occurrences = value["occurrences"].as_array().unwrap();
            if occurrences.is_empty() {
                shapes.0 = true;
            } else {
                shapes.1 = true;
            }
        }
        // Both the expanded and the not-expanded forms were checked.
        assert_eq!(shapes, (true, true));
    }

    #[test]
    fn report_declaration_describes_the_core_output() {
        for raw in requests() {
            let value = serde_json::to_value(cycleconf_core::check(&raw, &opts())).unwrap();
            assert_described_by::<ValidationReport>(&value);
        }
        let bad = cycleconf_core::validate_str("{", &opts());
        assert_described_by::<ValidationReport>(&serde_json::to_value(bad).unwrap());
    }

    #[test]
    fn issue_codes_match_the_core() {
        let core: Vec<Value> = cycleconf_core::IssueCode::ALL
            .iter()
            .map(|c| json!(c.as_str()))
            .collect();
        let ours: Vec<Value> = IssueCode::ALL.iter().map(|c| json!(c)).collect();
        assert_eq!(core, ours);
        for (code, value) in cycleconf_core::IssueCode::ALL.iter().zip(&ours) {
            let severity = serde_json::to_value(code.severity()).unwrap();
            let mirrored: Severity = serde_json::from_value(severity.clone()).unwrap();
            assert_eq!(serde_json::to_value(mirrored).unwrap(), severity, "{value}");
        }
    }

    #[test]
    fn flags_and_languages_match_the_core() {
        for flag in cycleconf_core::recurrence::Flag::ALL {
            let mirrored: OccurrenceFlag = serde_json::from_value(json!(flag.as_str())).unwrap();
            assert_eq!(json!(mirrored), json!(flag.as_str()));
        }
        for lang in [Lang::EnUs, Lang::ZhCn] {
            let mirrored: Language = serde_json::from_value(json!(lang.tag())).unwrap();
            assert_eq!(json!(mirrored), json!(lang));
        }
    }

    #[test]
    fn time_zone_rows_are_described() {
        let zones = crate::zone_rows();
        assert_eq!(zones.len(), 77);
        for row in &zones {
            assert_described_by::<TimeZone>(&serde_json::to_value(row).unwrap());
        }
        let some = cycleconf_core::expand(&requests()[1], &opts());
        let zone = some.zone.unwrap();
        assert_eq!(
            serde_json::to_value(&zones[usize::from(zone.id) - 1]).unwrap(),
            serde_json::to_value(&some).unwrap()["timeZone"]
        );
    }
}
