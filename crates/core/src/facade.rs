//! The calls every face makes (CLI, emulator, npm package, web app): validation plus the
//! rules that need the expansion (S11, S12, "no meetings"), in one code path.

use serde::{Serialize, Serializer};
use serde_json::Value;

use crate::json::Json;
use crate::recurrence::{self, Expansion, Schedule};
use crate::validate::{self, Detail, Options, Report};

/// Validates `raw` and, when it validates, expands it and adds the expansion's findings
/// (S11 cap, S12 first meeting in the past, no meetings, S4 offset changes, S13 reminder
/// cap) to the report. What `cycleconf check` and npm `validate` answer. The report
/// holds the valid series but not the typed request (see [`Report::validated`]).
pub fn check(raw: &Value, opts: &Options) -> Report {
    check_json(&Json::from_value(raw), opts)
}

/// [`check`] of a [`Json`] tree.
pub fn check_json(raw: &Json<'_>, opts: &Options) -> Report {
    with_findings(validate::walk(raw, opts, Detail::Series), opts).0
}

/// Adds the expansion's findings to a report that has a valid series; the schedule
/// they come from, when there is one.
fn with_findings(mut report: Report, opts: &Options) -> (Report, Option<Schedule>) {
    let Some(valid) = report.valid_series() else {
        return (report, None);
    };
    let schedule = recurrence::expand(valid, opts.now);
    report
        .issues
        .extend(schedule.findings.iter().map(|f| f.to_issue(opts.lang)));
    (report, Some(schedule))
}

/// Validates and expands `raw`: the meetings, the zone, the summary and every issue.
/// Serializes (via [`Expansion::output`] or `serde`) as the `expand --json` object.
pub fn expand(raw: &Value, opts: &Options) -> Expansion {
    expand_json(&Json::from_value(raw), opts)
}

/// [`expand`] of a [`Json`] tree.
pub fn expand_json(raw: &Json<'_>, opts: &Options) -> Expansion {
    let report = validate::walk(raw, opts, Detail::Series);
    Expansion::from_owned_report(report, opts.now, opts.lang)
}

/// [`expand_json`] for a form's preview: the meetings also when the request has errors
/// outside the series' fields (an attendee without contact, a subject too long), which a
/// form shows while the user fixes them. The issues are `expand_json`'s, followed by
/// the expansion's findings (S4, S11–S13) whenever the meetings are shown.
pub fn preview_json(raw: &Json<'_>, opts: &Options) -> Expansion {
    let report = validate::walk(raw, opts, Detail::Series);
    Expansion::preview_from_owned_report(report, opts.now, opts.lang)
}

/// The iCalendar file of a request without errors, and the request's report.
#[derive(Debug, Clone)]
pub struct Calendar {
    /// The iCalendar text (RFC 5545), CRLF line ends.
    pub ics: String,
    /// Every issue of the request: warnings only (say, the S11 cap), which a face shows
    /// next to the file.
    pub report: Report,
}

/// The iCalendar file of the series (DTSTAMP = `opts.now`, S1) with the report of its
/// warnings, or the report with every issue when the request has an error.
pub fn to_ics(raw: &Value, opts: &Options) -> Result<Calendar, Report> {
    to_ics_json(&Json::from_value(raw), opts)
}

/// [`to_ics`] of a [`Json`] tree.
pub fn to_ics_json(raw: &Json<'_>, opts: &Options) -> Result<Calendar, Report> {
    let (report, schedule) = with_findings(validate::walk(raw, opts, Detail::Request), opts);
    match (schedule, report.validated()) {
        (Some(schedule), Some(req)) if report.is_valid() => Ok(Calendar {
            ics: recurrence::request_to_ics(&schedule, req, opts.now),
            report,
        }),
        _ => Err(report),
    }
}

/// The `expand --json` object (same as serializing [`Expansion::output`]).
impl Serialize for Expansion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.output().serialize(serializer)
    }
}
