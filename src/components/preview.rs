//! The preview region: summary sentence, one list item per meeting (local and UTC
//! time, DST badges), cap and reminder notices, a month calendar, the request JSON, a
//! cURL command (token masked) and the .ics download.

use chrono::{Datelike, Months, NaiveDate};
use cycleconf_core::recurrence::{Flag, Occurrence, format_clock, format_date};
use cycleconf_core::{IssueCode, Options, to_ics};
use leptos::prelude::*;

use crate::api;
use crate::browser;
use crate::ctx::AppCtx;
use crate::i18n::{Text, WEEKDAYS};
use crate::json_text;
use crate::lazy::{lazy_details, lazy_fn};

/// One meeting as shown.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct MeetingRow {
    date: NaiveDate,
    local: String,
    utc: String,
    shifted: bool,
    ambiguous: bool,
    offset_changed: bool,
}

fn offset_label(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.unsigned_abs();
    format!("UTC{sign}{:02}:{:02}", m / 60, m % 60)
}

/// A meeting's local date, start and end with the UTC offset; when the offset changes
/// during the meeting (it spans a DST change), each time gets its own, so that an end
/// earlier on the clock than the start is explained: `01:30 (UTC+01:00)–01:15
/// (UTC+00:00)`.
pub fn local_range(o: &Occurrence) -> String {
    let start = offset_label(o.utc_offset_minutes);
    let end_minutes = (o.local_end.and_utc().timestamp() - o.end.and_utc().timestamp()) / 60;
    let date = format_date(o.local_start.date());
    let (from, to) = (
        format_clock(o.local_start.time()),
        format_clock(o.local_end.time()),
    );
    match i32::try_from(end_minutes) {
        Ok(m) if m != o.utc_offset_minutes => {
            format!("{date} {from} ({start})–{to} ({})", offset_label(m))
        }
        _ => format!("{date} {from}–{to} ({start})"),
    }
}

/// The preview region.
#[component]
pub fn Preview() -> impl IntoView {
    let ctx = AppCtx::get();
    let expansion = ctx.expansion;
    let rows = Memo::new(move |_| {
        expansion.with(|e| {
            e.schedule
                .as_ref()
                .map(|s| {
                    s.occurrences
                        .iter()
                        .map(|o| MeetingRow {
                            date: o.date,
                            local: local_range(o),
                            utc: format!(
                                "{} {}–{}",
                                format_date(o.start.date()),
                                format_clock(o.start.time()),
                                format_clock(o.end.time())
                            ),
                            shifted: o.flags.contains(Flag::Shifted),
                            ambiguous: o.flags.contains(Flag::Ambiguous),
                            offset_changed: o.flags.contains(Flag::OffsetChanged),
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let summary = Memo::new(move |_| expansion.with(|e| e.summary.clone()));
    let notices = Memo::new(move |_| {
        expansion.with(|e| {
            e.issues
                .iter()
                .filter(|i| {
                    matches!(
                        i.code,
                        IssueCode::SeriesTruncated
                            | IssueCode::PreRemindCapped
                            | IssueCode::UtcOffsetChanges
                            | IssueCode::DstDataEnds
                    )
                })
                .map(|i| i.message.clone())
                .collect::<Vec<_>>()
        })
    });
    let dates = Memo::new(move |_| rows.with(|r| r.iter().map(|m| m.date).collect::<Vec<_>>()));
    let count = Memo::new(move |_| rows.with(Vec::len));

    view! {
        <section class="preview" aria-labelledby="preview-h">
            <h2 id="preview-h">{ctx.text(Text::Preview)}</h2>
            <p class="summary">
                {move || summary.get().unwrap_or_else(|| ctx.tr(Text::NoPreview).to_string())}
            </p>
            <Show when=move || notices.with(|n| !n.is_empty())>
                <ul class="notices">
                    {move || notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                </ul>
            </Show>
            // A scroll box: focusable, so that keyboard users can scroll it (axe
            // scrollable-region-focusable).
            <ul class="meetings" aria-label=ctx.text(Text::Meetings) tabindex="0">
                // Keyed by position: a keystroke that moves every meeting updates text
                // nodes in place instead of rebuilding fifty list items.
                <For each=move || 0..count.get() key=|i| *i let:i>
                    <MeetingItem rows=rows i=i />
                </For>
            </ul>
            <MonthCalendar dates=dates />
            <RequestViews />
        </section>
    }
}

/// The `i`-th meeting of `rows`.
#[component]
fn MeetingItem(rows: Memo<Vec<MeetingRow>>, i: usize) -> impl IntoView {
    let ctx = AppCtx::get();
    // One memo per row (the list has fifty subscribers, not one per text); the badges
    // read a memo of the row's flags, so that a keystroke that only moves the times
    // (the common case) does not rebuild them.
    let m = Memo::new(move |_| rows.with(|r| r.get(i).cloned()));
    let field = move |f: fn(&MeetingRow) -> &str| {
        move || m.with(|m| m.as_ref().map(|m| f(m).to_owned()).unwrap_or_default())
    };
    // The flags as bits (a `Memo<usize>`, a type the app already has: no new
    // monomorphised memo code in the wasm).
    let flags = Memo::new(move |_| {
        m.with(|m| {
            m.as_ref().map_or(0, |m| {
                usize::from(m.shifted)
                    | usize::from(m.ambiguous) << 1
                    | usize::from(m.offset_changed) << 2
            })
        })
    });
    view! {
        <li class="meeting">
            <span class="n">{i + 1}</span>
            <span class="local">{field(|m| &m.local)}</span>
            <span class="utc">{ctx.text(Text::Utc)} " " {field(|m| &m.utc)}</span>
            // One reactive child for the badges (usually none): fewer subscribers per
            // meeting than one <Show> per flag.
            {move || {
                let lang = ctx.lang.get();
                let bits = flags.get();
                [
                    (bits & 1 != 0, "badge warn", Text::FlagShifted),
                    (bits & 2 != 0, "badge warn", Text::FlagAmbiguous),
                    (bits & 4 != 0, "badge info", Text::FlagOffsetChanged),
                ]
                .into_iter()
                .filter(|(on, _, _)| *on)
                .map(|(_, class, text)| view! { <span class=class>{text.t(lang)}</span> })
                .collect_view()
            }}
        </li>
    }
}

/// A one-month calendar marking the meeting dates, with previous/next month buttons.
#[component]
fn MonthCalendar(dates: Memo<Vec<NaiveDate>>) -> impl IntoView {
    let ctx = AppCtx::get();
    let shift = RwSignal::new(0u32);
    let back = RwSignal::new(false);
    // Reset to the first meeting's month when the dates change.
    Effect::new(move |_| {
        dates.track();
        shift.set(0);
        back.set(false);
    });
    let month = Memo::new(move |_| {
        let first = dates
            .with(|d| d.first().copied())
            .or_else(|| browser::now_naive().date().with_day(1))
            .and_then(|d| d.with_day(1));
        let first = first.unwrap_or_default();
        let n = Months::new(shift.get());
        if back.get() {
            first.checked_sub_months(n)
        } else {
            first.checked_add_months(n)
        }
        .unwrap_or(first)
    });
    let step = move |forward: bool| {
        let (s, b) = (shift.get_untracked(), back.get_untracked());
        let signed = if b { -(s as i64) } else { s as i64 };
        let next = if forward { signed + 1 } else { signed - 1 };
        back.set(next < 0);
        shift.set(next.unsigned_abs() as u32);
    };
    let title = move || {
        let m = month.get();
        format!("{:04}-{:02}", m.year(), m.month())
    };
    // Bit d set = a meeting on day d of the shown month.
    let marked = Memo::new(move |_| {
        let first = month.get();
        dates.with(|d| {
            d.iter()
                .filter(|x| x.year() == first.year() && x.month() == first.month())
                .fold(0u32, |mask, x| mask | (1 << x.day()))
        })
    });
    let cells = move || {
        let first = month.get();
        let lead = first.weekday().num_days_from_sunday() as usize;
        let days = first
            .checked_add_months(Months::new(1))
            .and_then(|n| n.pred_opt())
            .map_or(28, |l| l.day());
        let mut weeks = Vec::new();
        let mut week: Vec<Option<u32>> = vec![None; lead];
        for day in 1..=days {
            week.push(Some(day));
            if week.len() == 7 {
                weeks.push(std::mem::take(&mut week));
            }
        }
        if !week.is_empty() {
            week.resize(7, None);
            weeks.push(week);
        }
        weeks
            .into_iter()
            .map(|w| {
                view! {
                    <tr>
                        {w
                            .into_iter()
                            .map(|d| {
                                let day = d.unwrap_or(0);
                                let on = move || day > 0 && marked.get() & (1 << day) != 0;
                                view! {
                                    <td class=move || if on() { "on" } else { "" }>
                                        <span>{d}</span>
                                        <span class="visually-hidden">
                                            " " {move || if on() { ctx.tr(Text::MeetingDay) } else { "" }}
                                        </span>
                                    </td>
                                }
                            })
                            .collect_view()}
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="calendar">
            <div class="cal-head">
                <button type="button" class="icon" on:click=move |_| step(false) aria-label=ctx.text(Text::PrevMonth)>
                    "‹"
                </button>
                <h3 id="cal-h">{ctx.text(Text::Calendar)} " " {title}</h3>
                <button type="button" class="icon" on:click=move |_| step(true) aria-label=ctx.text(Text::NextMonth)>
                    "›"
                </button>
            </div>
            <table aria-labelledby="cal-h">
                <thead>
                    <tr>
                        {WEEKDAYS.iter().map(|&d| view! { <th scope="col">{ctx.text(d)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{cells}</tbody>
            </table>
        </div>
    }
}

/// Shell-quotes `s` for a POSIX shell.
fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// The cURL command for `body`, with the token masked.
pub fn curl_command(base: &str, body: &str) -> String {
    let base = if base.trim().is_empty() {
        web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default()
    } else {
        base.to_string()
    };
    format!(
        "curl -X POST {} \\\n  -H 'X-Access-Token: ********' \\\n  -H 'Content-Type: application/json' \\\n  --data {}",
        sh_quote(&api::create_url(&base)),
        sh_quote(body)
    )
}

/// A copy button with "Copied" feedback.
#[component]
pub fn CopyButton(
    /// What is copied.
    text: Signal<String>,
    /// What the button copies (for its accessible name).
    what: Text,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let copied = RwSignal::new(false);
    view! {
        <button
            type="button"
            class="secondary small"
            on:click=move |_| {
                browser::copy_text(&text.get_untracked());
                copied.set(true);
            }
        >
            {move || ctx.tr(if copied.get() { Text::Copied } else { Text::Copy })}
            <span class="visually-hidden">" " {ctx.text(what)}</span>
        </button>
    }
}

/// Request JSON, cURL and .ics download. The code behind each loads on first use (the
/// download on its click, a view the first time its `<details>` opens: `crate::lazy`).
#[component]
fn RequestViews() -> impl IntoView {
    let ctx = AppCtx::get();
    let download = move |_| {
        leptos::task::spawn_local(async move {
            if download_ics(ctx).await.is_err() {
                browser::alert(ctx.tr(Text::PartNotLoaded));
            }
        });
    };
    view! {
        <div class="actions">
            <button
                type="button"
                class="secondary"
                on:click=download
                disabled=move || ctx.has_errors.get()
                // Why it is disabled: the send panel's "Fix the errors first."
                aria-describedby=move || ctx.has_errors.get().then_some("send-state")
            >
                {ctx.text(Text::DownloadIcs)}
            </button>
        </div>
        // Each box's view loads the first time it opens (`crate::lazy`), and its text is
        // computed only while it is open (off the keystroke path otherwise).
        {lazy_details("code", Text::RequestJson, false, None, move |open| Box::pin(request_json(ctx, open)))}
        {lazy_details("code", Text::Curl, false, None, move |open| Box::pin(request_curl(ctx, open)))}
    }
}

/// A copy button and a scroll box showing `text`, named `what`.
fn code_box(ctx: AppCtx, what: Text, text: Memo<String>) -> AnyView {
    view! {
        <CopyButton text=Signal::derive(move || text.get()) what=what />
        // Scroll boxes: focusable and named, so that keyboard users can scroll them
        // (axe scrollable-region-focusable).
        <pre tabindex="0" role="region" aria-label=ctx.text(what)>
            <code>{move || text.get()}</code>
        </pre>
    }
    .into_any()
}

lazy_fn! {
    /// [`request_json_view`], in the part `code` (`crate::lazy`).
    fn request_json in code(ctx: AppCtx, open: RwSignal<bool>) -> AnyView {
        request_json_view(ctx, open)
    }
}

/// The request as pretty JSON (while `open`).
fn request_json_view(ctx: AppCtx, open: RwSignal<bool>) -> AnyView {
    let request = ctx.request;
    let json = Memo::new(move |_| {
        if !open.get() {
            return String::new();
        }
        request.with(json_text::write_pretty)
    });
    code_box(ctx, Text::RequestJson, json)
}

lazy_fn! {
    /// [`request_curl_view`], in the part `code` (`crate::lazy`).
    fn request_curl in code(ctx: AppCtx, open: RwSignal<bool>) -> AnyView {
        request_curl_view(ctx, open)
    }
}

/// The request as a cURL command (while `open`).
fn request_curl_view(ctx: AppCtx, open: RwSignal<bool>) -> AnyView {
    let request = ctx.request;
    let base = ctx.form.api_base;
    let curl = Memo::new(move |_| {
        if !open.get() {
            return String::new();
        }
        let body = request.with(json_text::write);
        curl_command(&base.get(), &body)
    });
    code_box(ctx, Text::Curl, curl)
}

lazy_fn! {
    /// [`download_ics_now`], in the part `code` (`crate::lazy`).
    fn download_ics in code(ctx: AppCtx) -> () {
        download_ics_now(ctx)
    }
}

/// Downloads the series as an .ics file, as of now (S1).
fn download_ics_now(ctx: AppCtx) {
    let opts = Options {
        now: browser::now(),
        lang: ctx.lang.get_untracked(),
    };
    if let Ok(calendar) = ctx.request.with_untracked(|r| to_ics(r, &opts)) {
        browser::download("cycleconf-series.ics", "text/calendar", &calendar.ics);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cycleconf_core::recurrence::Flags;

    fn at(s: &str) -> chrono::NaiveDateTime {
        chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap_or_default()
    }

    #[test]
    fn a_meeting_across_the_fall_back_shows_both_offsets() {
        // London, 2027-10-31: 01:30 BST (00:30 UTC) for 45 minutes ends 01:15 GMT.
        let mut o = Occurrence {
            date: at("2027-10-31 00:00").date(),
            start: at("2027-10-31 00:30"),
            end: at("2027-10-31 01:15"),
            local_start: at("2027-10-31 01:30"),
            local_end: at("2027-10-31 01:15"),
            utc_offset_minutes: 60,
            flags: Flags::empty(),
        };
        assert_eq!(
            local_range(&o),
            "2027-10-31 01:30 (UTC+01:00)–01:15 (UTC+00:00)"
        );
        // One offset throughout: written once.
        o.end = at("2027-10-31 00:45");
        o.local_end = at("2027-10-31 01:45");
        assert_eq!(local_range(&o), "2027-10-31 01:30–01:45 (UTC+01:00)");
    }
}
