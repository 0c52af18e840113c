//! The success view: conference ID (`vmrConferenceID` when vmrFlag=1), join links with
//! copy buttons, passwords hidden until revealed, created sub-meetings, .ics download
//! and "Schedule another".

use cycleconf_core::recurrence::{
    Flags, Occurrence, format_clock, format_date, parse_api_time, utc_to_local,
};
use cycleconf_core::zones::{self, Zone};
use cycleconf_core::{Options, to_ics};
use leptos::prelude::*;
use serde_json::Value;

use super::preview::{CopyButton, local_range};
use crate::browser;
use crate::ctx::{AppCtx, Created};
use crate::i18n::Text;
use crate::lazy::lazy_fn;
use crate::state::dom_id;

lazy_fn! {
    /// The success view for `created`, in the part `send` (`crate::lazy`): here as soon as
    /// the code that sends is, so that a created series is always shown as created.
    pub fn success_view in send(created: Box<Created>) -> AnyView {
        view! { <Success created=*created /> }.into_any()
    }
}

/// The success panel for `created`.
#[component]
pub fn Success(created: Created) -> impl IntoView {
    let ctx = AppCtx::get();
    let conf = created.conference.clone();
    let shown_id = conf.shown_id();
    let links: Vec<(Text, String)> = [
        (Text::ChairLink, conf.chair_join_uri.clone()),
        (Text::GuestLink, conf.guest_join_uri.clone()),
        (Text::AudienceLink, conf.audience_join_uri.clone()),
    ]
    .into_iter()
    .filter_map(|(t, l)| l.filter(|l| !l.is_empty()).map(|l| (t, l)))
    .collect();
    let passwords = conf.passwords.clone();
    // The created meetings in the series' zone (as the preview shows them) and in UTC.
    let zone = request_zone(&created.request);
    let zone_label = zone.label;
    let subs: Vec<(String, String)> = conf
        .sub_confs
        .iter()
        .map(|(start, end)| created_meeting(start, end, zone))
        .collect();
    let revealed = RwSignal::new(false);
    let request = created.request.clone();
    let sent_at = created.sent_at;
    let download = move |_| {
        let opts = Options {
            now: sent_at,
            lang: ctx.lang.get_untracked(),
        };
        if let Ok(calendar) = to_ics(&request, &opts) {
            browser::download("cycleconf-series.ics", "text/calendar", &calendar.ics);
        }
    };
    let another = move |_| {
        ctx.start_over();
        browser::focus_soon(dom_id("subject"));
    };
    view! {
        <section class="success" aria-labelledby="success-h">
            <h2 id="success-h" tabindex="-1">{ctx.text(Text::SuccessHeading)}</h2>
            <p class="conf-id">
                {ctx.text(Text::ConferenceId)}
                ": "
                <strong data-testid="conference-id">{shown_id.clone()}</strong>
            </p>
            {conf.subject.clone().map(|s| view! { <p class="subject">{s}</p> })}
            <ul class="links">
                {links
                    .into_iter()
                    .map(|(t, l)| {
                        let copy = l.clone();
                        view! {
                            <li>
                                <span class="link-label">{ctx.text(t)}</span>
                                <a href=l.clone() rel="noopener noreferrer" target="_blank">{l.clone()}</a>
                                <CopyButton text=Signal::derive(move || copy.clone()) what=t />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <Show when={
                let empty = passwords.is_empty();
                move || !empty
            }>
                <h3>{ctx.text(Text::Passwords)}</h3>
            </Show>
            <ul class="passwords">
                {passwords
                    .iter()
                    .map(|(role, pw)| {
                        let role = if role == "chair" {
                            Text::RoleChairPwd
                        } else {
                            Text::RoleGuestPwd
                        };
                        let pw = pw.clone();
                        view! {
                            <li>
                                <span class="link-label">{ctx.text(role)}</span>
                                <code>
                                    {move || {
                                        if revealed.get() { pw.clone() } else { ctx.tr(Text::Hidden).to_string() }
                                    }}
                                </code>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <button
                type="button"
                class="secondary small"
                aria-pressed=move || revealed.get().to_string()
                on:click=move |_| revealed.update(|r| *r = !*r)
            >
                {move || ctx.tr(if revealed.get() { Text::Hide } else { Text::Reveal })}
                <span class="visually-hidden">" " {ctx.text(Text::Passwords)}</span>
            </button>
            <h3>{ctx.text(Text::CreatedMeetings)} " (" {subs.len()} ")"</h3>
            <p class="hint">{zone_label}</p>
            // A scroll box: focusable for keyboard users (as the preview's list).
            <ol class="subs" aria-label=ctx.text(Text::CreatedMeetings) tabindex="0">
                {subs
                    .iter()
                    .map(|(local, utc)| {
                        view! {
                            <li>
                                <span class="local">{local.clone()}</span>
                                " "
                                <span class="utc">{ctx.text(Text::Utc)} " " {utc.clone()}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <div class="actions">
                <button type="button" class="secondary" on:click=download>
                    {ctx.text(Text::DownloadIcs)}
                </button>
                <button type="button" class="primary" on:click=another>
                    {ctx.text(Text::ScheduleAnother)}
                </button>
            </div>
        </section>
    }
}

/// The zone of the sent request's `timeZoneID` (the default row 56 when it has none,
/// as the core assumes: S2).
fn request_zone(request: &Value) -> &'static Zone {
    request
        .get("timeZoneID")
        .and_then(Value::as_str)
        .and_then(|id| id.trim().parse::<u8>().ok())
        .and_then(zones::by_id)
        .unwrap_or_else(zones::default_zone)
}

/// A created meeting from the server's UTC `startTime`/`endTime`: its local date and
/// times with the UTC offset (as the preview lists it), and its UTC times. Times the
/// app cannot read are shown as the server sent them.
fn created_meeting(start: &str, end: &str, zone: &Zone) -> (String, String) {
    let (Some(start_utc), Some(end_utc)) = (parse_api_time(start), parse_api_time(end)) else {
        return (String::new(), format!("{start} \u{2013} {end}"));
    };
    let (Some(local_start), Some(local_end)) =
        (utc_to_local(start_utc, zone), utc_to_local(end_utc, zone))
    else {
        return (String::new(), format!("{start} \u{2013} {end}"));
    };
    let offset_minutes = i32::try_from((local_start - start_utc).num_minutes()).unwrap_or(0);
    let meeting = Occurrence {
        date: local_start.date(),
        start: start_utc,
        end: end_utc,
        local_start,
        local_end,
        utc_offset_minutes: offset_minutes,
        flags: Flags::empty(),
    };
    let utc = if start_utc.date() == end_utc.date() {
        format!(
            "{} {}\u{2013}{}",
            format_date(start_utc.date()),
            format_clock(start_utc.time()),
            format_clock(end_utc.time())
        )
    } else {
        format!("{start} \u{2013} {end}")
    };
    (local_range(&meeting), utc)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// New York in January (UTC−5) and after the March change (UTC−4); a meeting across
    /// the fall-back change gets an offset per time; unreadable times stay as sent.
    #[test]
    fn created_meetings_are_shown_in_the_series_zone_and_utc() {
        let ny = zones::by_id(13).unwrap_or_else(zones::default_zone);
        assert_eq!(
            created_meeting("2027-01-11 15:00", "2027-01-11 16:00", ny),
            (
                "2027-01-11 10:00\u{2013}11:00 (UTC-05:00)".to_owned(),
                "2027-01-11 15:00\u{2013}16:00".to_owned()
            )
        );
        assert_eq!(
            created_meeting("2027-03-15 14:00", "2027-03-15 15:00", ny).0,
            "2027-03-15 10:00\u{2013}11:00 (UTC-04:00)"
        );
        assert_eq!(
            created_meeting("2027-11-07 05:30", "2027-11-07 06:30", ny).0,
            "2027-11-07 01:30 (UTC-04:00)\u{2013}01:30 (UTC-05:00)"
        );
        assert_eq!(
            created_meeting("2027-01-11 23:30", "2027-01-12 00:30", ny).1,
            "2027-01-11 23:30 \u{2013} 2027-01-12 00:30"
        );
        assert_eq!(
            created_meeting("soon", "later", ny),
            (String::new(), "soon \u{2013} later".to_owned())
        );
        let request = serde_json::json!({"timeZoneID": "13"});
        assert_eq!(request_zone(&request).id, 13);
        assert_eq!(request_zone(&serde_json::json!({})).id, 56);
    }
}
