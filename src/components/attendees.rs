//! Attendees as editable rows (name, email, phone, SMS, role, type; add/remove).

use leptos::prelude::*;

use super::controls::{input_control, select_control};
use crate::browser;
use crate::ctx::AppCtx;
use crate::form::AttendeeSignals;
use crate::i18n::Text;
use crate::lazy::{form_extras_ready, lazy_fn, lazy_view};

/// The attendees section.
#[component]
pub fn Attendees() -> impl IntoView {
    let ctx = AppCtx::get();
    let rows = ctx.form.attendees;
    let count = move || rows.with(Vec::len);
    let has_rows =
        Memo::new(move |had: Option<&bool>| had.copied().unwrap_or(false) || count() > 0);
    // Clicks on "Add attendee": each one tries again to bring rows that did not load.
    let adds = RwSignal::new(0u32);
    // Said under the rows while "Add attendee" waits for their code ("Loading…"), or
    // when it could not bring it (no row was added).
    let add_note = RwSignal::new(None::<Text>);
    let add = move |_| {
        adds.update(|n| *n += 1);
        // Where the focus is now: the new row takes it only if it is still there then.
        let was = browser::active_element();
        // A row is added only once the rows' code is here to show it: an attendee the
        // user cannot see (or remove) would block the send.
        add_note.set(Some(Text::PartLoading));
        leptos::task::spawn_local(async move {
            if form_extras_ready().await.is_err() {
                add_note.set(Some(Text::PartNotLoaded));
                return;
            }
            add_note.set(None);
            let new_id = ctx.form.add_attendee();
            ctx.touched();
            // The row renders after this: focus its name then.
            browser::focus_soon_from(format!("f-att-{new_id}-name"), was);
        });
    };
    view! {
        <details
            class="section"
            id="f-attendees"
            open=true
            aria-label=ctx.text(Text::SectionAttendees)
        >
            <summary>
                {ctx.text(Text::SectionAttendees)}
                " ("
                {count}
                ")"
            </summary>
            <Show when=move || count() == 0>
                <p class="hint">{ctx.text(Text::NoAttendees)}</p>
            </Show>
            // The rows' code loads with the first row (`crate::lazy`).
            {move || {
                has_rows
                    .get()
                    .then(|| lazy_view(move || Box::pin(attendee_rows(ctx)), move || adds.track()))
            }}
            {move || {
                add_note
                    .get()
                    .map(|note| {
                        if note == Text::PartLoading {
                            view! { <p class="hint" aria-live="polite">{ctx.text(note)}</p> }
                                .into_any()
                        } else {
                            view! { <p class="msg msg-error" role="alert">{ctx.text(note)}</p> }
                                .into_any()
                        }
                    })
            }}
            <button type="button" id="f-att-add" class="secondary" on:click=add>
                {ctx.text(Text::AddAttendee)}
            </button>
        </details>
    }
}

lazy_fn! {
    /// [`attendee_rows_view`], in the part `form_extras` (`crate::lazy`).
    fn attendee_rows in form_extras(ctx: AppCtx) -> AnyView {
        attendee_rows_view(ctx)
    }
}

/// The list of attendee rows.
fn attendee_rows_view(ctx: AppCtx) -> AnyView {
    let rows = ctx.form.attendees;
    view! {
        <ol class="attendees">
            <For each=move || rows.get() key=|row| row.id let:row>
                <AttendeeRowView row=row />
            </For>
        </ol>
    }
    .into_any()
}

/// One editable attendee row.
#[component]
fn AttendeeRowView(row: AttendeeSignals) -> impl IntoView {
    let ctx = AppCtx::get();
    let id = row.id;
    let rows = ctx.form.attendees;
    let index = Memo::new(move |_| rows.with(|r| r.iter().position(|a| a.id == id)));
    let text = move |sub: &'static str, label: Text, kind: &'static str, sig: RwSignal<String>| {
        input_control(
            ctx,
            format!("f-att-{id}-{sub}"),
            label,
            kind,
            None,
            move || sig.get(),
            move |v| {
                sig.set(v);
                ctx.touched();
            },
            "",
        )
    };
    let select = move |sub: &'static str,
                       label: Text,
                       options: Vec<(&'static str, Text)>,
                       sig: RwSignal<String>| {
        select_control(
            ctx,
            format!("f-att-{id}-{sub}"),
            label,
            options,
            sig.into(),
            move |v| {
                sig.set(v);
                ctx.touched();
            },
        )
    };
    view! {
        <li class="attendee">
            <div class="attendee-head">
                <span class="attendee-n">
                    {ctx.text(Text::AttendeeN)}
                    " "
                    {move || index.get().map(|i| i + 1).unwrap_or_default()}
                </span>
                <button
                    type="button"
                    class="link danger"
                    id=format!("f-att-{id}-remove")
                    on:click=move |_| {
                        // The button goes with its row: the focus goes to the Remove
                        // button of the row that takes its place (next, else previous),
                        // so that removing several rows is one key each; with no row
                        // left, to "Add attendee".
                        let next = ctx.form.attendee_after_removal(id).map_or_else(
                            || "f-att-add".to_owned(),
                            |n| format!("f-att-{n}-remove"),
                        );
                        ctx.form.remove_attendee(id);
                        ctx.touched();
                        browser::focus_soon(next);
                    }
                >
                    {ctx.text(Text::RemoveAttendee)}
                    <span class="visually-hidden">
                        " " {move || index.get().map(|i| i + 1).unwrap_or_default()}
                    </span>
                </button>
            </div>
            <div class="row">
                {text("name", Text::AttendeeName, "text", row.name)}
                {text("email", Text::AttendeeEmail, "email", row.email)}
                {text("phone", Text::AttendeePhone, "tel", row.phone)}
                {text("sms", Text::AttendeeSms, "tel", row.sms)}
                {select("role", Text::AttendeeRole, vec![("0", Text::RoleNormal), ("1", Text::RoleChair)], row.role)}
                {select(
                    "type",
                    Text::AttendeeType,
                    vec![
                        ("", Text::TypeDefault),
                        ("normal", Text::TypeNormal),
                        ("terminal", Text::TypeTerminal),
                        ("outside", Text::TypeOutside),
                        ("mobile", Text::TypeMobile),
                        ("ideahub", Text::TypeIdeahub),
                        ("board", Text::TypeBoard),
                        ("hwvision", Text::TypeHwvision),
                        ("customnumber", Text::TypeCustom),
                    ],
                    row.kind,
                )}
            </div>
        </li>
    }
}
