//! Validation of a create-recurring-series request (semantics S2, S6, S10, S12–S19 and
//! the field rules of semantics.md / huawei-meeting-api.md §3).
//!
//! [`validate`] walks the raw JSON (so that loose forms such as `"false"` can be
//! accepted with a warning, S15) and reports every issue at once (S18). When it finds no
//! error it also produces a [`ValidatedRequest`]: the canonical typed request plus the
//! [`SeriesSpec`] the recurrence engine expands. Nothing here panics on any input (S19).

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;

use crate::Lang;
use crate::json::{Json, Object};
use crate::messages::{Expected, Message};
use crate::model::RestScheduleConfDto;
use crate::series::SeriesSpec;
use crate::zones::{self, Zone};

mod attendees;
mod ctx;
mod cycle;
mod fields;
mod issue;

pub use attendees::ATTENDEE_FIELDS;
pub use cycle::CYCLE_PARAMS_FIELDS;
pub(crate) use cycle::parse_date_time;
pub use fields::CONF_CONFIG_FIELDS;
pub use issue::{Issue, IssueCode, Severity};

use ctx::{Ctx, JSON_CONVERSION_FAILED};

/// Attendee count above which a warning is given (the API documents no limit).
pub const MANY_ATTENDEES: usize = 500;

/// The most issues a report lists one by one; the rest are counted in one
/// `errors_not_listed` and one `warnings_not_listed` issue. S18 asks for every issue and
/// S19 for no crash: a million wrongly typed attendees made a report of a million issues,
/// which in the npm package ran out of wasm memory (and left the module unusable) and
/// in the CLI printed a million lines. No request a person writes comes near the cap.
pub const MAX_LISTED_ISSUES: usize = 1000;

/// What validation needs besides the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The current instant (S1: never read from a clock).
    pub now: DateTime<Utc>,
    /// The language of the messages.
    pub lang: Lang,
}

/// The series of a request that passed validation: what the recurrence engine expands.
/// Only validation can build one.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidSeries {
    series: SeriesSpec,
    zone: &'static Zone,
}

impl ValidSeries {
    /// The typed series for the recurrence engine.
    pub fn series(&self) -> &SeriesSpec {
        &self.series
    }

    /// The meeting zone (`timeZoneID`, default 56).
    pub fn zone(&self) -> &'static Zone {
        self.zone
    }
}

/// A request that passed validation: canonical typed request, series and zone. Only
/// [`validate`] (and [`validate_json`]) can build one.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidatedRequest {
    request: RestScheduleConfDto,
    series: ValidSeries,
}

impl ValidatedRequest {
    /// The typed request in canonical form: string booleans and digit strings turned into
    /// JSON booleans and numbers, unknown fields dropped, absent optional fields absent.
    pub fn request(&self) -> &RestScheduleConfDto {
        &self.request
    }

    /// The typed series for the recurrence engine.
    pub fn series(&self) -> &SeriesSpec {
        &self.series.series
    }

    /// The meeting zone (`timeZoneID`, default 56).
    pub fn zone(&self) -> &'static Zone {
        self.series.zone
    }

    /// The series and zone together.
    pub fn valid_series(&self) -> &ValidSeries {
        &self.series
    }
}

/// The result of validation: every issue (S18) and, when there is no error, the valid
/// series and (from [`validate`] and [`validate_json`]) the validated request.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Every issue, errors and warnings, in the order the request was walked.
    pub issues: Vec<Issue>,
    // Boxed: keeps `Report` small (it is returned in `Result`s and moved around).
    // `series` only when there is no `validated` (which holds the series itself).
    series: Option<Box<ValidSeries>>,
    validated: Option<Box<ValidatedRequest>>,
    // The series when the request has errors, none of them in the series' own fields
    // ([`Report::series_to_preview`]).
    preview: Option<Box<ValidSeries>>,
}

impl Report {
    /// Whether no issue is an error.
    pub fn is_valid(&self) -> bool {
        !self.issues.iter().any(Issue::is_error)
    }

    /// The series to expand, when there was no error.
    pub fn valid_series(&self) -> Option<&ValidSeries> {
        self.validated
            .as_deref()
            .map(ValidatedRequest::valid_series)
            .or(self.series.as_deref())
    }

    /// The series a form can preview: [`Report::valid_series`], or, when the request
    /// has errors but none in the fields the series is made of (`startTime`, `length`,
    /// `timeZoneID`, `cycleParams`), that series. A user fixing an attendee's email
    /// still sees the meetings; the request stays invalid ([`Report::is_valid`]).
    pub fn series_to_preview(&self) -> Option<&ValidSeries> {
        self.valid_series().or(self.preview.as_deref())
    }

    /// The validated request, when there was no error and the report comes from
    /// [`validate`] or [`validate_json`] (the checks of [`crate::check`] and
    /// [`crate::expand`] do not build it: they need only the series).
    pub fn validated(&self) -> Option<&ValidatedRequest> {
        self.validated.as_deref()
    }

    /// Takes the validated request out of the report.
    pub fn into_validated(self) -> Option<ValidatedRequest> {
        self.validated.map(|v| *v)
    }

    /// The errors.
    pub fn errors(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| i.is_error())
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| !i.is_error())
    }

    /// The Huawei code of the first error that has one.
    pub fn first_huawei_code(&self) -> Option<&'static str> {
        self.errors().find_map(|i| i.huawei_code)
    }
}

/// The `check --json` shape: `{"valid": bool, "issues": [...]}`.
impl Serialize for Report {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("valid", &self.is_valid())?;
        map.serialize_entry("issues", &self.issues)?;
        map.end()
    }
}

/// The body fields of the request (§3.2) plus the deprecated `conferenceType` and
/// `userUUID` (S16: known, not unknown).
pub const ROOT_FIELDS: &[&str] = &[
    "startTime",
    "length",
    "subject",
    "mediaTypes",
    "groupuri",
    "attendees",
    "cycleParams",
    "isAutoRecord",
    "encryptMode",
    "language",
    "timeZoneID",
    "recordType",
    "liveAddress",
    "auxAddress",
    "recordAuxStream",
    "confConfigInfo",
    "recordAuthType",
    "vmrFlag",
    "vmrID",
    "concurrentParticipants",
    "supportSimultaneousInterpretation",
    "confResType",
    "conferenceType",
    "userUUID",
];

/// Validates a request body given as JSON text. Text that is not JSON gives a report
/// with one `invalid_json` error (S19).
pub fn validate_str(text: &str, opts: &Options) -> Report {
    match Json::parse(text) {
        Ok(json) => validate_json(&json, opts),
        Err(e) => invalid_json(&crate::json::parse_error(text, &e), opts.lang),
    }
}

/// The report of a body that is not JSON: one `invalid_json` error saying why (S19).
pub fn invalid_json(detail: &str, lang: Lang) -> Report {
    let mut ctx = Ctx::new(lang);
    ctx.push(
        String::new(),
        IssueCode::InvalidJson,
        Message::InvalidJson {
            detail: detail.to_owned(),
        },
        Some(JSON_CONVERSION_FAILED),
    );
    Report {
        issues: ctx.issues,
        series: None,
        validated: None,
        preview: None,
    }
}

/// Validates a request body (the JSON of `POST /v1/mmc/management/cycleconferences`)
/// and reports every issue (S18); never panics (S19).
pub fn validate(raw: &Value, opts: &Options) -> Report {
    validate_json(&Json::from_value(raw), opts)
}

/// [`validate`] of a [`Json`] tree.
pub fn validate_json(raw: &Json<'_>, opts: &Options) -> Report {
    walk(raw, opts, Detail::Request)
}

/// How much a validation builds besides the issues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Detail {
    /// The series only (what checking and expanding need).
    Series,
    /// The series and the typed request.
    Request,
}

/// The validation walk; `detail` says what it builds when there is no error.
pub(crate) fn walk(raw: &Json<'_>, opts: &Options, detail: Detail) -> Report {
    let mut ctx = Ctx::new(opts.lang);
    let walked = match raw {
        Json::Object(root) => walk_root(&mut ctx, root, opts, detail),
        _ => {
            ctx.wrong_type(String::new(), Expected::Object);
            None
        }
    };
    ctx.add_not_listed();
    let (series, validated, preview) = match walked {
        Some((series, Some(request))) if !ctx.has_errors() => (
            None,
            Some(Box::new(ValidatedRequest { request, series })),
            None,
        ),
        Some((series, None)) if !ctx.has_errors() => (Some(Box::new(series)), None, None),
        Some((series, _)) if ctx.series_fields_ok() => (None, None, Some(Box::new(series))),
        _ => (None, None, None),
    };
    Report {
        issues: ctx.issues,
        series,
        validated,
        preview,
    }
}

/// Whether `path` is one of the fields the series is made of (S3–S13: what the
/// expansion reads), or the body itself.
pub(crate) fn is_series_field(path: &str) -> bool {
    matches!(
        path,
        "" | "startTime" | "length" | "timeZoneID" | "cycleParams"
    ) || path.starts_with("cycleParams.")
}

fn walk_root(
    ctx: &mut Ctx,
    root: &Object<'_>,
    opts: &Options,
    detail: Detail,
) -> Option<(ValidSeries, Option<RestScheduleConfDto>)> {
    ctx.unknown_fields(root, "", ROOT_FIELDS);
    let zone = fields::time_zone(ctx, root);
    let top = fields::top_level(ctx, root);
    let timing = cycle::walk(
        ctx,
        root,
        zone.unwrap_or_else(zones::default_zone),
        opts.now,
    );
    let build = detail == Detail::Request;
    let attendees = attendees::walk(ctx, root, build);
    let conf_config_info = fields::conf_config_info(ctx, root);

    // Build the typed results only when every part is present (errors are decided by
    // the caller from the issue list).
    let zone = zone?;
    let timing = timing?;

    let series = SeriesSpec {
        zone_id: zone.id,
        start_date: timing.start_date,
        end_date: timing.end_date,
        cycle: timing.cycle,
        interval: timing.interval,
        points: timing.points,
        start_time_utc: timing.start_time_utc,
        length_minutes: top.length_minutes,
        pre_remind_days: timing.pre_remind_days,
    };
    let series = ValidSeries { series, zone };
    if !build {
        return Some((series, None));
    }
    let request = RestScheduleConfDto {
        start_time: timing.start_time_raw,
        length: top.length,
        subject: top.subject,
        media_types: top.media_types,
        groupuri: top.groupuri,
        attendees,
        cycle_params: timing.cycle_params,
        is_auto_record: top.is_auto_record,
        encrypt_mode: top.encrypt_mode,
        language: top.language,
        time_zone_id: top.time_zone_id,
        record_type: top.record_type,
        live_address: top.live_address,
        aux_address: top.aux_address,
        record_aux_stream: top.record_aux_stream,
        conf_config_info,
        record_auth_type: top.record_auth_type,
        vmr_flag: top.vmr_flag,
        vmr_id: top.vmr_id,
        concurrent_participants: top.concurrent_participants,
        support_simultaneous_interpretation: top.support_simultaneous_interpretation,
        conf_res_type: top.conf_res_type,
        conference_type: top.conference_type,
        user_uuid: top.user_uuid,
    };
    Some((series, Some(request)))
}
