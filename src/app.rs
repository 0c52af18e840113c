//! The application shell: header (product name, language switch), the form with its
//! sections, the issue summary and the preview; the success view after a send.

use cycleconf_core::Lang;
use leptos::prelude::*;

use crate::browser;
use crate::components::attendees::Attendees;
use crate::components::basics::Basics;
use crate::components::issues::IssueSummary;
use crate::components::preview::Preview;
use crate::components::recurrence::Recurrence;
use crate::components::sections::{Advanced, CloudRoom, ConfConfig, Recording};
use crate::components::send::SendPanel;
use crate::components::success::success_view;
use crate::ctx::{AppCtx, Outcome};
use crate::i18n::Text;
use crate::lazy::lazy_view;
use crate::state::FormState;
use crate::storage;

/// The whole app: a header naming the product and the area that holds the
/// scheduling form and its preview.
#[component]
pub fn App() -> impl IntoView {
    let state = storage::load_draft()
        .unwrap_or_else(|| FormState::initial(browser::now_naive(), browser::browser_zone()));
    let lang = storage::load_lang().unwrap_or_else(browser::browser_lang);
    let ctx = AppCtx::new(state, lang);
    ctx.token.set(storage::load_token());
    provide_context(ctx);

    // Never lose input: every change of the form is saved (S: issue 6, "draft").
    // Saved right after the preview has updated (a zero-delay timer), so that the
    // keystroke → preview path does not wait for serialization and storage.
    Effect::new(move |_| {
        ctx.snapshot.track();
        ctx.form.attendee_rows.track();
        browser::defer_once(move || ctx.save_draft());
    });
    Effect::new(move |_| {
        let lang = ctx.lang.get();
        storage::save_lang(lang);
        browser::set_document_lang(lang, Text::DocTitle.t(lang));
    });

    let succeeded =
        Memo::new(move |_| ctx.outcome.with(|o| matches!(o, Some(Outcome::Success(_)))));

    view! {
        <div class="shell">
            <header class="masthead">
                <div>
                    <h1 class="brand">{cycleconf_core::PRODUCT_NAME}</h1>
                    <p class="tagline">{ctx.text(Text::Tagline)}</p>
                </div>
                <LanguageSwitch />
            </header>
            <main class="workspace">
                <Show
                    when=move || succeeded.get()
                    fallback=move || view! { <SeriesForm /> }
                >
                    {move || match ctx.outcome.get() {
                        Some(Outcome::Success(created)) => {
                            lazy_view(move || Box::pin(success_view(created.clone())), || {}).into_any()
                        }
                        _ => ().into_any(),
                    }}
                </Show>
            </main>
        </div>
    }
}

/// The en-US / zh-CN switch.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let ctx = AppCtx::get();
    view! {
        <div class="lang-switch">
            <label for="ui-lang">{ctx.text(Text::LanguageLabel)}</label>
            <select
                id="ui-lang"
                on:change=move |ev| {
                    if let Some(lang) = Lang::parse(&event_target_value(&ev)) {
                        ctx.lang.set(lang);
                    }
                }
            >
                <option value="en-US" prop:selected=move || ctx.lang.get() == Lang::EnUs>
                    "English"
                </option>
                <option value="zh-CN" lang="zh-CN" prop:selected=move || ctx.lang.get() == Lang::ZhCn>
                    "中文"
                </option>
            </select>
        </div>
    }
}

/// The form and, beside it, the issue summary and preview.
#[component]
fn SeriesForm() -> impl IntoView {
    let ctx = AppCtx::get();
    view! {
        <div class="columns">
            <form
                class="series-form"
                aria-label=ctx.text(Text::FormName)
                novalidate=true
                // The form is never submitted: the "Schedule series" button sends, and
                // Enter in a field does nothing (a series cannot be unscheduled).
                on:submit=move |ev| ev.prevent_default()
            >
                <h2>{ctx.text(Text::FormHeading)}</h2>
                // Locked while the series is being sent: an edit made then would not be
                // in the series the server creates, and the draft is cleared once it is.
                <fieldset class="plain" disabled=move || ctx.in_flight.get()>
                    <Basics />
                    <Recurrence />
                    <Attendees />
                    <Recording />
                    <CloudRoom />
                    <Advanced />
                    <ConfConfig />
                    <SendPanel />
                </fieldset>
            </form>
            <aside class="side">
                <IssueSummary />
                <Preview />
            </aside>
        </div>
    }
}
