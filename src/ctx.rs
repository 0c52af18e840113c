//! The app's shared reactive context: the form state, the language, and the derived
//! request → expansion → per-field issues chain (each a `Memo`, computed once per
//! change).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use cycleconf_core::recurrence::format_clock;
use cycleconf_core::{Expansion, Lang, Options, preview_json};
use leptos::prelude::*;
use serde_json::Value;

use crate::api::{ApiError, Conference};
use crate::browser;
use crate::form::Form;
use crate::i18n::{Text, explain_code, fill};
use crate::state::{
    FormState, attendees_request, dom_id, field_id_for_path, follow_start_date, join_request,
    request_view,
};
use crate::storage;

/// One message shown at a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldIssue {
    /// Whether it is an error (else a warning).
    pub error: bool,
    /// The message in the UI language.
    pub message: String,
}

/// One line of the issue summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryIssue {
    /// Whether it is an error.
    pub error: bool,
    /// The message.
    pub message: String,
    /// The request path (`(body)` for the whole request).
    pub path: String,
    /// The DOM id of the field, when a control edits it.
    pub target: Option<String>,
    /// The Huawei code the server would answer.
    pub huawei_code: Option<&'static str>,
}

/// A created series and the request that created it.
#[derive(Debug, Clone, PartialEq)]
pub struct Created {
    /// The server's answer.
    pub conference: Conference,
    /// The request body that was sent (for the .ics download).
    pub request: Value,
    /// When it was sent: the .ics is made as of then (S1), so that it still holds every
    /// created meeting after the first one has begun (as of a later "now" the request
    /// would be in the past and no file would come).
    pub sent_at: DateTime<Utc>,
}

/// What the last send gave.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The series exists.
    Success(Box<Created>),
    /// It failed (the form is kept).
    Failure(ApiError),
    /// No token was entered.
    MissingToken,
    /// The API base URL is neither empty nor an http(s) URL ([`crate::api::base_is_valid`]).
    InvalidApiBase,
    /// The code that sends did not load (`crate::lazy`): nothing was sent.
    NotLoaded,
}

/// Everything components share (all `Copy` handles).
#[derive(Clone, Copy)]
pub struct AppCtx {
    /// The form: one signal per field.
    pub form: Form,
    /// The form's values without the attendee rows (those are
    /// `form.attendee_rows`).
    pub snapshot: Memo<FormState>,
    /// The UI language.
    pub lang: RwSignal<Lang>,
    /// The access token (sessionStorage only).
    pub token: RwSignal<String>,
    /// The request JSON derived from the form.
    pub request: Memo<Value>,
    /// Validation + expansion of the request.
    pub expansion: Memo<Expansion>,
    /// Issues by DOM id of their field.
    pub field_issues: RwSignal<BTreeMap<String, Vec<FieldIssue>>>,
    /// Every issue, for the summary.
    pub summary: RwSignal<Vec<SummaryIssue>>,
    /// Whether an error blocks sending.
    pub has_errors: Memo<bool>,
    /// A field the server's last error points at: (DOM id, Huawei code); its message
    /// follows the language.
    pub server_field: RwSignal<Option<(String, String)>>,
    /// A send is in flight.
    pub in_flight: RwSignal<bool>,
    /// The last send's outcome.
    pub outcome: RwSignal<Option<Outcome>>,
}

impl AppCtx {
    /// The context [`crate::app::App`] provides to every component. (Not
    /// `expect_context`: its panic message formats the caller's location and the type
    /// name with `Debug`, which linked Rust's string escaping into the app, 0.7 KB gzip.)
    pub fn get() -> AppCtx {
        match use_context::<AppCtx>() {
            Some(ctx) => ctx,
            None => panic!("AppCtx is provided by App"),
        }
    }

    /// Builds the context around `state` and `lang`.
    pub fn new(state: FormState, lang: Lang) -> AppCtx {
        let form = Form::new(state);
        // The weekday and month day a fresh form picks follow its start date until the
        // user picks days themselves (`follow_start_date`; `Form::toggle_point` sets the
        // `*_picked` flags, which the draft keeps).
        Effect::new(move |prev: Option<String>| {
            let start = form.start_date.get();
            if let Some(prev) = prev
                && prev != start
            {
                let picked = [
                    form.week_picked.get_untracked(),
                    form.month_picked.get_untracked(),
                ];
                let (week, month) = form.week_points.with_untracked(|w| {
                    form.month_points
                        .with_untracked(|m| follow_start_date(&prev, &start, w, m, picked))
                });
                if let Some(week) = week {
                    form.week_points.set(week);
                }
                if let Some(month) = month {
                    form.month_points.set(month);
                }
            }
            start
        });
        let lang = RwSignal::new(lang);
        let snapshot = Memo::new(move |_| form.snapshot_without_attendees());
        // The language as seen by the request and the core: a memo with two
        // subscribers, so that re-reading it on every keystroke does not touch the
        // `lang` signal's subscriber set (every translated label).
        let core_lang = Memo::new(move |_| lang.get());
        // The request in two halves: a keystroke outside the attendees rebuilds only
        // the first. The whole request is built only when something reads it (the
        // request and cURL views when open, the send, the .ics download).
        let base = Memo::new(move |_| {
            let lang = core_lang.get();
            snapshot.with(|s| s.to_request_with(&[], lang))
        });
        let attendees = Memo::new(move |_| form.attendee_rows.with(|rows| attendees_request(rows)));
        let request =
            Memo::new(move |_| base.with(|b| attendees.with(|a| join_request(b, a.as_ref()))));
        // The preview's expansion: also the meetings of a request whose errors are all
        // outside the series (an attendee without contact yet), so that the preview does
        // not vanish while the user fixes them; the errors still disable the send.
        let expansion = Memo::new(move |_| {
            let opts = Options {
                now: browser::now(),
                lang: core_lang.get(),
            };
            base.with(|b| attendees.with(|a| preview_json(&request_view(b, a.as_ref()), &opts)))
        });
        let server_field: RwSignal<Option<(String, String)>> = RwSignal::new(None);
        let start_gap = Memo::new(move |_| snapshot.with(FormState::start_time_gap));
        // An empty start time (cleared, or typed without AM/PM: the input's value stays
        // "") would start the series "now" (S12), at whatever time of day it is sent. The
        // form shows the field, so an empty one is an error here (the core allows it).
        let start_missing = Memo::new(move |_| form.start_time.with(|t| t.trim().is_empty()));
        let attendee_ids = Memo::new(move |_| {
            form.attendees
                .with(|rows| rows.iter().map(|a| a.id).collect::<Vec<_>>())
        });
        // The issue lists are signals written by one effect, only when they differ: an
        // effect ends the reactive "check" chain, so a keystroke that leaves the issues
        // unchanged does not wake the hundreds of field-level views that read them.
        let summary: RwSignal<Vec<SummaryIssue>> = RwSignal::new(Vec::new());
        let field_issues: RwSignal<BTreeMap<String, Vec<FieldIssue>>> =
            RwSignal::new(BTreeMap::new());
        Effect::new(move |_| {
            let mut list = attendee_ids.with(|ids| {
                expansion.with(|e| {
                    e.issues
                        .iter()
                        .map(|i| SummaryIssue {
                            error: i.is_error(),
                            message: i.message.clone(),
                            path: if i.path.is_empty() {
                                "(body)".into()
                            } else {
                                i.path.clone()
                            },
                            target: field_id_for_path(&i.path, ids),
                            huawei_code: i.huawei_code,
                        })
                        .collect::<Vec<_>>()
                })
            });
            let mut map: BTreeMap<String, Vec<FieldIssue>> = BTreeMap::new();
            for i in &list {
                if let Some(target) = &i.target {
                    map.entry(target.clone()).or_default().push(FieldIssue {
                        error: i.error,
                        message: i.message.clone(),
                    });
                }
            }
            // The start time's issue of the form's own: empty (an error: the series
            // would start "now") or one the clocks skip on the start date (a warning: the
            // series gets another time of day), said at the field and in the summary.
            let lang = core_lang.get();
            let start_issue = if start_missing.get() {
                Some((true, Text::StartTimeMissing.t(lang).to_owned()))
            } else {
                start_gap.get().map(|(typed, actual)| {
                    let (typed, actual) = (format_clock(typed), format_clock(actual));
                    let values = [("time", typed.as_str()), ("actual", actual.as_str())];
                    (false, fill(Text::StartTimeInGap.t(lang), &values))
                })
            };
            if let Some((error, message)) = start_issue {
                let target = dom_id("startTime");
                map.entry(target.clone()).or_default().push(FieldIssue {
                    error,
                    message: message.clone(),
                });
                // An error first in the summary, a warning last.
                let at = if error { 0 } else { list.len() };
                list.insert(
                    at,
                    SummaryIssue {
                        error,
                        message,
                        path: "startTime".into(),
                        target: Some(target),
                        huawei_code: None,
                    },
                );
            }
            server_field.with(|sf| {
                if let Some((id, code)) = sf {
                    let text = explain_code(code).0.t(lang);
                    map.entry(id.clone()).or_default().push(FieldIssue {
                        error: true,
                        message: format!("{code}: {text}"),
                    });
                }
            });
            if summary.with_untracked(|old| *old != list) {
                summary.set(list);
            }
            if field_issues.with_untracked(|old| *old != map) {
                field_issues.set(map);
            }
        });
        let has_errors =
            Memo::new(move |_| start_missing.get() || expansion.with(|e| !e.is_valid()));
        AppCtx {
            form,
            snapshot,
            lang,
            token: RwSignal::new(String::new()),
            request,
            expansion,
            field_issues,
            summary,
            has_errors,
            server_field,
            in_flight: RwSignal::new(false),
            outcome: RwSignal::new(None),
        }
    }

    /// `text` in the current language (reactive).
    pub fn tr(&self, text: Text) -> &'static str {
        text.t(self.lang.get())
    }

    /// `text` in the current language as a reactive closure. Every call returns the same
    /// closure type, so the many translated labels share one monomorphized view.
    pub fn text(self, text: Text) -> impl Fn() -> &'static str + Send + Sync + Copy + 'static {
        let lang = self.lang;
        move || text.t(lang.get())
    }

    /// Saves the whole form, attendees included, as the draft (untracked; written
    /// straight from the signals' values, nothing copied).
    pub fn save_draft(&self) {
        self.snapshot.with_untracked(|state| {
            self.form
                .attendee_rows
                .with_untracked(|rows| storage::save_draft(state, rows))
        });
    }

    /// Called after every user edit: clears a server-side field highlight.
    pub fn touched(&self) {
        if self.server_field.with_untracked(Option::is_some) {
            self.server_field.set(None);
        }
    }

    /// A fresh form (keeping the API base URL), no outcome, no draft.
    pub fn start_over(&self) {
        let mut fresh = FormState::initial(browser::now_naive(), browser::browser_zone());
        fresh.api_base = self.form.api_base.get_untracked();
        storage::clear_draft();
        self.form.load(fresh);
        self.outcome.set(None);
        self.touched();
    }

    /// The messages at the field with DOM id `id` (a memo: notifies only on change).
    pub fn issues_at(&self, id: &str) -> Memo<Vec<FieldIssue>> {
        let id = id.to_string();
        let field_issues = self.field_issues;
        Memo::new(move |_| field_issues.with(|m| m.get(&id).cloned().unwrap_or_default()))
    }
}
