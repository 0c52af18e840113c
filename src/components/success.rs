//! The success view: conference ID (`vmrConferenceID` when vmrFlag=1), join links with
//! copy buttons, passwords hidden until revealed, created sub-meetings, .ics download
//! and "Schedule another".

use cycleconf_core::{Options, to_ics};
use leptos::prelude::*;

use super::preview::CopyButton;
use crate::browser;
use crate::ctx::{AppCtx, Created};
use crate::i18n::Text;
use crate::state::dom_id;

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
    let subs = conf.sub_confs.clone();
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
            // A scroll box: focusable for keyboard users (as the preview's list).
            <ol class="subs" aria-label=ctx.text(Text::CreatedMeetings) tabindex="0">
                {subs
                    .iter()
                    .map(|(start, end)| {
                        view! {
                            <li>
                                {ctx.text(Text::Utc)} " " {start.clone()} " – " {end.clone()}
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
