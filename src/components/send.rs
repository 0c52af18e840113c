//! Sending: access token (sessionStorage only), API base URL, the "Schedule series"
//! button (disabled while errors exist or a send is in flight: a double click sends
//! once), failure messages, and "Reset form".

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use crate::api::{self, ApiError};
use crate::browser;
use crate::ctx::{AppCtx, Created, Outcome};
use crate::i18n::{Text, explain_code};
use crate::json_text;
use crate::lazy::{lazy_fn, lazy_view};
use crate::state::dom_id;
use crate::storage;

/// Starts one send unless one is in flight or the form has errors.
pub fn send(ctx: AppCtx) {
    if ctx.in_flight.get_untracked() || ctx.has_errors.get_untracked() {
        return;
    }
    if !ctx.form.api_base.with_untracked(|b| api::base_is_valid(b)) {
        ctx.outcome.set(Some(Outcome::InvalidApiBase));
        browser::focus("f-api-base");
        return;
    }
    let token = ctx.token.get_untracked();
    if token.trim().is_empty() {
        ctx.outcome.set(Some(Outcome::MissingToken));
        browser::focus("f-token");
        return;
    }
    ctx.in_flight.set(true);
    ctx.outcome.set(None);
    ctx.server_field.set(None);
    let sending = Sending {
        base: ctx.form.api_base.get_untracked(),
        token,
        request: ctx.request.get_untracked(),
        sent_at: browser::now(),
    };
    leptos::task::spawn_local(async move {
        match deliver(ctx, sending).await {
            Ok(delivery) => delivery.await,
            // The code that sends did not load: nothing was sent. Its notice takes the
            // place of the failure messages (whose code did not come either).
            Err(_) => {
                ctx.in_flight.set(false);
                ctx.outcome.set(Some(Outcome::NotLoaded));
                browser::focus_soon(OUTCOME_ID.to_owned());
            }
        }
    });
}

/// One series on its way: where to, with which token, what, and when it was sent.
struct Sending {
    base: String,
    token: String,
    request: serde_json::Value,
    sent_at: chrono::DateTime<chrono::Utc>,
}

lazy_fn! {
    /// [`deliver_now`], in the part `send` (`crate::lazy`).
    fn deliver in send(ctx: AppCtx, sending: Sending) -> Pin<Box<dyn Future<Output = ()>>> {
        deliver_now(ctx, sending)
    }
}

/// The request on its way and what follows its answer (the outcome, the focus, the
/// draft cleared after a success).
fn deliver_now(ctx: AppCtx, sending: Sending) -> Pin<Box<dyn Future<Output = ()>>> {
    let Sending {
        base,
        token,
        request,
        sent_at,
    } = sending;
    let body = json_text::write(&request);
    Box::pin(async move {
        let result = api::create_series(&base, token.trim(), &body).await;
        ctx.in_flight.set(false);
        match result {
            Ok(conference) => {
                ctx.outcome.set(Some(Outcome::Success(Box::new(Created {
                    conference,
                    request,
                    sent_at,
                }))));
                // Scheduled: the draft has served (a reload must not offer to send
                // the same series again); the success view keeps what it shows.
                storage::clear_draft();
                browser::focus_soon("success-h".to_owned());
            }
            Err(err) => {
                // The field the code points at (a 400's field; the token for a 401):
                // highlighted until it is edited.
                if let ApiError::Http {
                    status: 400 | 401,
                    code: Some(code),
                    ..
                } = &err
                    && let (_, Some(path)) = explain_code(code)
                {
                    ctx.server_field.set(Some((dom_id(path), code.clone())));
                }
                let focus_token = matches!(err, ApiError::Http { status: 401, .. });
                ctx.outcome.set(Some(Outcome::Failure(err)));
                // The Send button was disabled in flight, which dropped the focus to
                // the page: keyboard users continue at the token (401) or at the
                // alert. Soon: the form is unlocked (its fieldset enabled) after this
                // handler.
                browser::focus_soon(if focus_token {
                    "f-token".to_owned()
                } else {
                    FAILURE_ID.to_owned()
                });
            }
        }
    })
}

lazy_fn! {
    /// A fresh form ([`AppCtx::start_over`]), loaded with its own code on the first
    /// "Reset form" (`crate::lazy`).
    fn reset_form in send(ctx: AppCtx) -> () {
        ctx.start_over()
    }
}

/// The DOM id of the place of the failure messages (focused when their code did not load).
const OUTCOME_ID: &str = "send-outcome";

/// The DOM id of the failure alert (focused after a failed send).
const FAILURE_ID: &str = "send-failure";

/// The send panel.
#[component]
pub fn SendPanel() -> impl IntoView {
    let ctx = AppCtx::get();
    let token_id = dom_id("token");
    let token_issues = ctx.issues_at(&token_id);
    let base = ctx.form.api_base;
    let disabled = move || ctx.in_flight.get() || ctx.has_errors.get();
    let reset = move |_| {
        if browser::confirm(ctx.tr(Text::ResetConfirm)) {
            leptos::task::spawn_local(async move {
                if reset_form(ctx).await.is_err() {
                    browser::alert(ctx.tr(Text::PartNotLoaded));
                }
            });
        }
    };
    view! {
        <fieldset class="section send">
            <legend>{ctx.text(Text::SectionSend)}</legend>
            <div class="row">
                <div class="field">
                    <label for=token_id.clone()>{ctx.text(Text::AccessToken)}</label>
                    <input
                        id=token_id.clone()
                        type="password"
                        autocomplete="off"
                        spellcheck="false"
                        prop:value=move || ctx.token.get()
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            storage::save_token(&v);
                            ctx.token.set(v);
                            if ctx.server_field.with_untracked(Option::is_some) {
                                ctx.server_field.set(None);
                            }
                            // "Enter your access token first" has been answered.
                            if ctx.outcome.with_untracked(|o| matches!(o, Some(Outcome::MissingToken))) {
                                ctx.outcome.set(None);
                            }
                        }
                        aria-invalid=super::controls::invalid(token_issues)
                        aria-describedby="f-token-hint"
                    />
                    <p class="hint" id="f-token-hint">{ctx.text(Text::TokenHint)}</p>
                </div>
                <div class="field">
                    <label for="f-api-base">{ctx.text(Text::ApiBase)}</label>
                    <input
                        id="f-api-base"
                        type="url"
                        placeholder="https://…"
                        prop:value=move || base.get()
                        on:input=move |ev| {
                            base.set(event_target_value(&ev));
                            // The message about the base URL goes once it is valid.
                            if base.with_untracked(|b| api::base_is_valid(b))
                                && ctx
                                    .outcome
                                    .with_untracked(|o| matches!(o, Some(Outcome::InvalidApiBase)))
                            {
                                ctx.outcome.set(None);
                            }
                        }
                        aria-invalid=move || (!base.with(|b| api::base_is_valid(b))).then_some("true")
                        aria-describedby="f-api-base-hint"
                    />
                    <p class="hint" id="f-api-base-hint">{ctx.text(Text::ApiBaseHint)}</p>
                </div>
            </div>
            <Failure />
            <div class="actions">
                // Not a submit button: Enter in a field must not schedule the series (it
                // cannot be undone); only this click sends.
                <button
                    type="button"
                    class="primary"
                    disabled=disabled
                    aria-describedby="send-state"
                    on:click=move |_| send(ctx)
                >
                    {move || ctx.tr(if ctx.in_flight.get() { Text::Sending } else { Text::ScheduleSeries })}
                </button>
                <button type="button" class="secondary" on:click=reset>
                    {ctx.text(Text::ResetForm)}
                </button>
                <span id="send-state" class="hint">
                    {move || {
                        if ctx.has_errors.get() {
                            ctx.tr(Text::SendDisabledErrors)
                        } else {
                            ctx.tr(Text::DraftSaved)
                        }
                    }}
                </span>
            </div>
        </fieldset>
    }
}

/// Where the failure message of the last send appears: its code loads with the first
/// outcome that is not a success (`crate::lazy`).
#[component]
fn Failure() -> impl IntoView {
    let ctx = AppCtx::get();
    let needed = Memo::new(move |was: Option<&bool>| {
        was.copied().unwrap_or(false)
            || ctx.outcome.with(|o| {
                o.as_ref()
                    .is_some_and(|o| !matches!(o, Outcome::Success(_)))
            })
    });
    view! {
        <div class="failure" id=OUTCOME_ID tabindex="-1">
            {move || {
                needed
                    .get()
                    .then(|| lazy_view(move || Box::pin(failure_message(ctx)), move || ctx.outcome.track()))
            }}
        </div>
    }
}

lazy_fn! {
    /// [`failure_view`], in the part `send` (`crate::lazy`).
    fn failure_message in send(ctx: AppCtx) -> AnyView {
        failure_view(ctx).into_any()
    }
}

/// The failure message of the last send (the form is kept).
fn failure_view(ctx: AppCtx) -> impl IntoView {
    move || {
        let lang = ctx.lang.get();
        let outcome = ctx.outcome.get()?;
        // The heading says "not confirmed" where the series may exist (no answer, a
        // 5xx, a 200 without the conference list): "not scheduled" would invite a
        // duplicate resend.
        let unsure = matches!(
            outcome,
            Outcome::Failure(
                ApiError::Network
                    | ApiError::Timeout
                    | ApiError::BadAnswer
                    | ApiError::Http {
                        status: 500..=599,
                        ..
                    }
            )
        );
        let (headline, detail): (Text, Option<String>) = match outcome {
            Outcome::Success(_) => return None,
            Outcome::MissingToken => (Text::FailNoToken, None),
            Outcome::NotLoaded => (Text::FailNotLoaded, None),
            Outcome::InvalidApiBase => (Text::FailApiBase, None),
            // A base on another origin: most likely the browser's CORS check failed.
            Outcome::Failure(ApiError::Network) => (
                Text::FailNetwork,
                ctx.form
                    .api_base
                    .with(|b| browser::is_other_origin(b))
                    .then(|| Text::FailCrossOrigin.t(lang).to_owned()),
            ),
            Outcome::Failure(ApiError::Timeout) => (Text::FailTimeout, None),
            Outcome::Failure(ApiError::BadAnswer) => (Text::FailBadAnswer, None),
            Outcome::Failure(ApiError::Http {
                status,
                code,
                message,
            }) => {
                let headline = match status {
                    400 => Text::Fail400,
                    401 => Text::Fail401,
                    403 => Text::Fail403,
                    500..=599 => Text::Fail5xx,
                    _ => Text::FailOther,
                };
                let mut detail = format!("{} {status}", Text::HttpStatus.t(lang));
                if let Some(code) = &code {
                    let (text, path) = explain_code(code);
                    // The headline may already be the code's explanation (401's token).
                    if text == headline {
                        detail.push_str(&format!(" · {code}"));
                    } else {
                        detail.push_str(&format!(" · {code}: {}", text.t(lang)));
                    }
                    if status == 400 && path.is_some() {
                        detail.push(' ');
                        detail.push_str(Text::FieldHighlighted.t(lang));
                    }
                }
                if let Some(m) = message {
                    detail.push_str(&format!(" · {}: {m}", Text::ServerSaid.t(lang)));
                }
                (headline, Some(detail))
            }
        };
        Some(view! {
            <div class="alert" role="alert" id=FAILURE_ID tabindex="-1">
                <h3>
                    {if unsure { Text::FailHeadingUnsure } else { Text::FailHeading }.t(lang)}
                </h3>
                <p>{headline.t(lang)}</p>
                {detail.map(|d| view! { <p class="detail">{d}</p> })}
            </div>
        })
    }
}
