//! Labelled form controls shared by every section: a visible `<label for>`, the input,
//! an optional hint, and the issues of the field (`aria-invalid`, `aria-describedby`).

use leptos::prelude::*;

use crate::ctx::{AppCtx, FieldIssue};
use crate::i18n::Text;
use crate::state::dom_id;

/// `aria-invalid="true"` when an error is among `list`.
pub fn invalid(list: Memo<Vec<FieldIssue>>) -> impl Fn() -> Option<&'static str> + Send + Sync {
    move || list.with(|l| l.iter().any(|i| i.error)).then_some("true")
}

/// `aria-describedby`: the hint (if any) and the message list (when non-empty).
pub fn described_by(
    list: Memo<Vec<FieldIssue>>,
    msg_id: String,
    hint_id: Option<String>,
) -> impl Fn() -> Option<String> + Send + Sync {
    move || {
        let has = list.with(|l| !l.is_empty());
        match (&hint_id, has) {
            (Some(h), true) => Some(format!("{msg_id} {h}")),
            (Some(h), false) => Some(h.clone()),
            (None, true) => Some(msg_id.clone()),
            (None, false) => None,
        }
    }
}

/// The messages at one field.
#[component]
pub fn FieldMessages(
    /// DOM id of the message list (target of `aria-describedby`).
    id: String,
    /// The messages.
    list: Memo<Vec<FieldIssue>>,
) -> impl IntoView {
    view! {
        <div id=id class="field-msgs">
            {move || {
                list.get()
                    .into_iter()
                    .map(|i| {
                        let class = if i.error { "msg msg-error" } else { "msg msg-warning" };
                        view! { <p class=class>{i.message}</p> }
                    })
                    .collect_view()
            }}
        </div>
    }
}

fn hint_view(ctx: AppCtx, hint: Option<Text>, hint_id: &Option<String>) -> impl IntoView + use<> {
    hint.map(|h| {
        view! { <p class="hint" id=hint_id.clone().unwrap_or_default()>{ctx.text(h)}</p> }
    })
}

/// A labelled `<input>` bound to any value.
#[allow(clippy::too_many_arguments)]
pub fn input_control(
    ctx: AppCtx,
    id: String,
    label: Text,
    kind: &'static str,
    hint: Option<Text>,
    value: impl Fn() -> String + Send + Sync + 'static,
    on_input: impl Fn(String) + 'static,
    extra_class: &'static str,
) -> impl IntoView {
    let list = ctx.issues_at(&id);
    let msg_id = format!("{id}-msg");
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let inputmode = (kind == "number").then_some("numeric");
    view! {
        <div class=format!("field {extra_class}")>
            <label for=id.clone()>{ctx.text(label)}</label>
            <input
                id=id
                type=kind
                inputmode=inputmode
                prop:value=value
                on:input=move |ev| on_input(event_target_value(&ev))
                aria-invalid=invalid(list)
                aria-describedby=described_by(list, msg_id.clone(), hint_id.clone())
            />
            {hint_view(ctx, hint, &hint_id)}
            <FieldMessages id=msg_id list=list />
        </div>
    }
}

/// A labelled `<input>` bound to a string of the form state.
pub fn text_field(
    ctx: AppCtx,
    path: &'static str,
    label: Text,
    kind: &'static str,
    hint: Option<Text>,
    sig: RwSignal<String>,
) -> impl IntoView {
    input_control(
        ctx,
        dom_id(path),
        label,
        kind,
        hint,
        move || sig.get(),
        move |v| {
            sig.set(v);
            ctx.touched();
        },
        "",
    )
}

/// A labelled `<select>` bound to any value; `options` are (value, label) pairs.
pub fn select_control(
    ctx: AppCtx,
    id: String,
    label: Text,
    options: Vec<(&'static str, Text)>,
    value: Signal<String>,
    on_change: impl Fn(String) + 'static,
) -> impl IntoView {
    let list = ctx.issues_at(&id);
    let msg_id = format!("{id}-msg");
    view! {
        <div class="field">
            <label for=id.clone()>{ctx.text(label)}</label>
            <select
                id=id
                on:change=move |ev| on_change(event_target_value(&ev))
                aria-invalid=invalid(list)
                aria-describedby=described_by(list, msg_id.clone(), None)
            >
                {options
                    .into_iter()
                    .map(|(v, text)| {
                        view! {
                            <option value=v prop:selected=move || value.with(|cur| cur == v)>
                                {ctx.text(text)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <FieldMessages id=msg_id list=list />
        </div>
    }
}

/// A labelled `<select>` bound to a string of the form state.
pub fn select_field(
    ctx: AppCtx,
    path: &'static str,
    label: Text,
    options: Vec<(&'static str, Text)>,
    sig: RwSignal<String>,
) -> impl IntoView {
    select_control(ctx, dom_id(path), label, options, sig.into(), move |v| {
        sig.set(v);
        ctx.touched();
    })
}

/// A "server default / yes / no" select for an optional boolean.
pub fn tri_field(
    ctx: AppCtx,
    path: &'static str,
    label: Text,
    sig: RwSignal<String>,
) -> impl IntoView {
    select_field(
        ctx,
        path,
        label,
        vec![
            ("", Text::Default),
            ("true", Text::Yes),
            ("false", Text::No),
        ],
        sig,
    )
}

/// A labelled checkbox bound to a boolean of the form state.
pub fn check_field(
    ctx: AppCtx,
    path: &'static str,
    label: Text,
    value: RwSignal<bool>,
) -> impl IntoView {
    let id = dom_id(path);
    let list = ctx.issues_at(&id);
    let msg_id = format!("{id}-msg");
    view! {
        <div class="field field-check">
            <input
                id=id.clone()
                type="checkbox"
                prop:checked=move || value.get()
                on:change=move |ev| {
                    value.set(event_target_checked(&ev));
                    ctx.touched();
                }
                aria-invalid=invalid(list)
                aria-describedby=described_by(list, msg_id.clone(), None)
            />
            <label for=id>{ctx.text(label)}</label>
            <FieldMessages id=msg_id list=list />
        </div>
    }
}

/// A `<details>` node that opens itself when `flagged` becomes true (an issue inside)
/// and otherwise stays as the user left it.
pub fn auto_open(flagged: Memo<bool>) -> NodeRef<leptos::html::Details> {
    let node = NodeRef::<leptos::html::Details>::new();
    Effect::new(move |_| {
        if let Some(d) = node.get().filter(|_| flagged.get()) {
            let _ = d.set_attribute("open", "");
        }
    });
    node
}
