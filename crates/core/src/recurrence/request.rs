//! The recurrence engine applied to a validated request: the wrappers the faces call
//! (CLI `expand`/`ics`, npm `expand`/`toIcs`, the web app's preview).

use chrono::{DateTime, Utc};

use super::summary::summarize;
use super::{
    ExpandOutput, OccurrenceForm, Schedule, ScheduleFinding, ZoneInfo, expand_spec,
    format_api_time, ics, write_compact_occurrences,
};
use crate::Lang;
use crate::messages::Message;
use crate::validate::{Issue, IssueCode, Report, ValidSeries, ValidatedRequest};
use crate::zones::Zone;

/// Expands a valid series: [`expand_spec`] with its spec and zone.
pub fn expand(valid: &ValidSeries, now: DateTime<Utc>) -> Schedule {
    expand_spec(valid.series(), valid.zone(), now)
}

/// The subject used when a request has none (calendar entries need a title).
pub const DEFAULT_SUBJECT: &str = "Meeting";

/// The iCalendar file of a validated request's schedule (S1: `dtstamp` is passed in).
/// `SUMMARY` is the request's subject ([`DEFAULT_SUBJECT`] when absent or empty), and
/// the subject also seeds the UIDs: a meeting is known by what it is and when it starts.
/// Editing the rest of the request (attendees, settings, a later end date) keeps the UIDs
/// of the meetings that stay, so importing the new file updates them in a calendar
/// instead of adding copies; a meeting that moves, or a new subject, gets a new UID.
pub fn request_to_ics(
    schedule: &Schedule,
    req: &ValidatedRequest,
    dtstamp: DateTime<Utc>,
) -> String {
    let subject = req
        .request()
        .subject
        .as_deref()
        .filter(|s| !s.is_empty())
        .unwrap_or(DEFAULT_SUBJECT);
    ics::to_ics(schedule, subject, subject, dtstamp)
}

impl ScheduleFinding {
    /// The finding as an [`Issue`] (S18) with its message in `lang`.
    pub fn to_issue(&self, lang: Lang) -> Issue {
        let (code, message) = match self {
            ScheduleFinding::Truncated {
                total_dates,
                effective_end_date,
                ..
            } => (
                IssueCode::SeriesTruncated,
                Message::SeriesTruncated {
                    total_dates: *total_dates,
                    kept: super::MAX_MEETINGS,
                    effective_end_date: *effective_end_date,
                },
            ),
            ScheduleFinding::NoMeetings => (IssueCode::NoMeetings, Message::NoMeetings),
            ScheduleFinding::FirstInPast { first_start, now } => (
                IssueCode::FirstOccurrenceInPast,
                Message::FirstOccurrenceInPast {
                    first_start: format_api_time(*first_start),
                    now: format_api_time(*now),
                },
            ),
            ScheduleFinding::OffsetChanges {
                count, first_date, ..
            } => (
                IssueCode::UtcOffsetChanges,
                Message::UtcOffsetChanges {
                    count: *count,
                    first_date: *first_date,
                },
            ),
            ScheduleFinding::DstDataEnds { first_date } => (
                IssueCode::DstDataEnds,
                Message::DstDataEnds {
                    first_date: *first_date,
                },
            ),
            ScheduleFinding::ReminderCapped {
                requested,
                effective,
                ..
            } => (
                IssueCode::PreRemindCapped,
                Message::PreRemindCapped {
                    requested: *requested,
                    effective: *effective,
                },
            ),
        };
        Issue::new(self.path(), code, &message, lang, self.huawei_code())
    }
}

/// Everything `expand --json` shows, owned: the schedule (when the request validated),
/// its zone, the summary and every issue (validation's, then the expansion's).
#[derive(Debug, Clone, PartialEq)]
pub struct Expansion {
    /// The meetings; `None` when validation found errors.
    pub schedule: Option<Schedule>,
    /// The meeting zone; `None` when validation found errors.
    pub zone: Option<&'static Zone>,
    /// The human summary in the requested language.
    pub summary: Option<String>,
    /// Validation issues followed by the expansion's findings as issues.
    pub issues: Vec<Issue>,
}

impl Expansion {
    /// Validates nothing itself: expands `report`'s validated request (if any) and
    /// merges the issues.
    pub fn from_report(report: &Report, now: DateTime<Utc>, lang: Lang) -> Expansion {
        Expansion::from_parts(report.issues.clone(), report.valid_series(), now, lang)
    }

    /// [`Expansion::from_report`] of a report the caller no longer needs (its issues are
    /// moved, not copied).
    pub fn from_owned_report(report: Report, now: DateTime<Utc>, lang: Lang) -> Expansion {
        let series = report.valid_series().cloned();
        Expansion::from_parts(report.issues, series.as_ref(), now, lang)
    }

    /// [`Expansion::from_owned_report`] for a form's preview: the schedule of
    /// [`Report::series_to_preview`], so also when the request has errors outside the
    /// series' fields (the issues still say so, and [`Expansion::output`] still shows no
    /// meetings for an invalid request).
    pub fn preview_from_owned_report(report: Report, now: DateTime<Utc>, lang: Lang) -> Expansion {
        let series = report.series_to_preview().cloned();
        Expansion::from_parts(report.issues, series.as_ref(), now, lang)
    }

    fn from_parts(
        mut issues: Vec<Issue>,
        valid: Option<&ValidSeries>,
        now: DateTime<Utc>,
        lang: Lang,
    ) -> Expansion {
        let Some(req) = valid else {
            return Expansion {
                schedule: None,
                zone: None,
                summary: None,
                issues,
            };
        };
        let schedule = expand(req, now);
        issues.extend(schedule.findings.iter().map(|f| f.to_issue(lang)));
        let zone = req.zone();
        let summary = summarize(&schedule, req.series(), zone.label, lang);
        Expansion {
            schedule: Some(schedule),
            zone: Some(zone),
            summary: Some(summary),
            issues,
        }
    }

    /// Whether no issue (validation or expansion) is an error.
    pub fn is_valid(&self) -> bool {
        !self.issues.iter().any(Issue::is_error)
    }

    /// The `expand --json` view (serialize it with serde). Per the contract, a request
    /// with errors (from validation or from the expansion: S11 no meetings, S12 first
    /// meeting in the past) shows no occurrences, only its issues; [`Expansion::schedule`]
    /// still holds what the expansion found.
    pub fn output(&self) -> ExpandOutput<'_, Issue> {
        ExpandOutput {
            occurrence_form: OccurrenceForm::Objects,
            schedule: self.schedule.as_ref().filter(|_| self.is_valid()),
            time_zone: self.zone.map(|z| ZoneInfo {
                id: z.id,
                iana: z.iana,
                label: z.label,
            }),
            summary: self.summary.as_deref(),
            issues: &self.issues,
        }
    }

    /// [`Expansion::output`] in [`OccurrenceForm::Compact`]: the head of the compact
    /// form, its occurrences to be written apart ([`write_compact_occurrences`]).
    pub fn compact_head(&self) -> ExpandOutput<'_, Issue> {
        ExpandOutput {
            occurrence_form: OccurrenceForm::Compact,
            ..self.output()
        }
    }

    /// [`Expansion::compact_head`] and its occurrences as text
    /// ([`write_compact_occurrences`]); `None` when they do not fit that form
    /// (then use [`Expansion::output`]).
    pub fn compact_output(&self) -> Option<(ExpandOutput<'_, Issue>, String)> {
        let output = self.compact_head();
        let occurrences = output.schedule.map_or(&[][..], |s| &s.occurrences[..]);
        let mut text = Vec::new();
        if !write_compact_occurrences(occurrences, &mut text) {
            return None;
        }
        // ASCII (write_compact_occurrences writes digits and separators only).
        String::from_utf8(text).ok().map(|text| (output, text))
    }

    /// [`Expansion::compact_output`] with the occurrences appended to `out` (the npm
    /// package writes them straight into its answer buffer); `None`, and nothing
    /// appended, when they do not fit the compact form.
    pub fn write_compact(&self, out: &mut Vec<u8>) -> Option<ExpandOutput<'_, Issue>> {
        let output = ExpandOutput {
            occurrence_form: OccurrenceForm::Compact,
            ..self.output()
        };
        let occurrences = output.schedule.map_or(&[][..], |s| &s.occurrences[..]);
        write_compact_occurrences(occurrences, out).then_some(output)
    }
}
