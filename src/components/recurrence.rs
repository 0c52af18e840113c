//! Recurrence: repeat (Day/Week/Month), interval limited to the cycle's range (S10),
//! weekday toggles or a month-day picker, end date, reminder days.

use cycleconf_core::messages::weekday_name;
use cycleconf_core::series::Cycle;
use leptos::prelude::*;

use super::controls::{FieldMessages, described_by, invalid, select_field, text_field};
use crate::ctx::AppCtx;
use crate::i18n::{Text, WEEKDAYS};
use crate::lazy::{lazy_fn, lazy_view};
use crate::state::dom_id;

/// The interval range of a cycle (S10; the form's cycle is Week unless set).
pub fn interval_range(cycle: &str) -> (u32, u32) {
    (
        1,
        Cycle::from_api(cycle).unwrap_or(Cycle::Week).max_interval(),
    )
}

/// The "Recurrence" section.
#[component]
pub fn Recurrence() -> impl IntoView {
    let ctx = AppCtx::get();
    view! {
        <fieldset class="section">
            <legend>{ctx.text(Text::SectionRecurrence)}</legend>
            <div class="row">
                {select_field(
                    ctx,
                    "cycleParams.cycle",
                    Text::Repeat,
                    vec![("Day", Text::Day), ("Week", Text::Week), ("Month", Text::Month)],
                    ctx.form.cycle,
                )}
                <Interval />
            </div>
            <Points />
            <div class="row">
                {text_field(
                    ctx,
                    "cycleParams.endDate",
                    Text::EndDate,
                    "date",
                    None,
                    ctx.form.end_date,
                )}
                {text_field(
                    ctx,
                    "cycleParams.preRemindDays",
                    Text::RemindDays,
                    "number",
                    None,
                    ctx.form.pre_remind_days,
                )}
            </div>
        </fieldset>
    }
}

/// "Every": a number input whose min/max follow the cycle.
#[component]
fn Interval() -> impl IntoView {
    let ctx = AppCtx::get();
    let id = dom_id("cycleParams.interval");
    let list = ctx.issues_at(&id);
    let msg_id = format!("{id}-msg");
    let hint_id = format!("{id}-hint");
    let value = ctx.form.interval;
    let cycle = ctx.form.cycle;
    let range = move || cycle.with(|c| interval_range(c));
    let unit = move || {
        let t = match cycle.get().as_str() {
            "Day" => Text::EveryHintDay,
            "Month" => Text::EveryHintMonth,
            _ => Text::EveryHintWeek,
        };
        ctx.tr(t)
    };
    view! {
        <div class="field">
            <label for=id.clone()>{ctx.text(Text::Every)}</label>
            <input
                id=id
                type="number"
                inputmode="numeric"
                min=move || range().0
                max=move || range().1
                prop:value=move || value.get()
                on:input=move |ev| {
                    value.set(event_target_value(&ev));
                    ctx.touched();
                }
                aria-invalid=invalid(list)
                aria-describedby=described_by(list, msg_id.clone(), Some(hint_id.clone()))
            />
            <p class="hint" id=hint_id.clone()>{unit}</p>
            <FieldMessages id=msg_id list=list />
        </div>
    }
}

/// "On": weekday toggle buttons (Week) or a month-day picker (Month); nothing to pick
/// for Day.
#[component]
fn Points() -> impl IntoView {
    let ctx = AppCtx::get();
    let id = dom_id("cycleParams.point");
    let list = ctx.issues_at(&id);
    let msg_id = format!("{id}-msg");
    let msg_id2 = msg_id.clone();
    let cycle = ctx.form.cycle;
    let week = ctx.form.week_points;
    let buttons = move || match cycle.get().as_str() {
        "Week" => WEEKDAYS
            .iter()
            .enumerate()
            .map(|(i, &day)| {
                let p = i as u32;
                let pressed = move || week.with(|w| w.contains(&p)).to_string();
                // Named by the full weekday (the core's names: the summary's words): a
                // screen reader reads "一" as "one".
                view! {
                    <button
                        type="button"
                        class="toggle"
                        aria-label=move || weekday_name(p, ctx.lang.get())
                        aria-pressed=pressed
                        on:click=move |_| {
                            ctx.form.toggle_point(p);
                            ctx.touched();
                        }
                    >
                        {ctx.text(day)}
                    </button>
                }
            })
            .collect_view()
            .into_any(),
        // The month-day picker's code loads when "Month" is first chosen (`crate::lazy`).
        "Month" => lazy_view(move || Box::pin(month_days(ctx)), || {}).into_any(),
        _ => view! { <p class="hint">{ctx.text(Text::OnDayHint)}</p> }.into_any(),
    };
    view! {
        <fieldset
            id=id
            class=move || {
                if list.with(|l| l.iter().any(|i| i.error)) { "points has-error" } else { "points" }
            }
            aria-describedby=described_by(list, msg_id2, None)
        >
            <legend>{ctx.text(Text::On)}</legend>
            <div class=move || if cycle.get() == "Month" { "toggles month-days" } else { "toggles" }>
                {buttons}
            </div>
            <FieldMessages id=msg_id list=list />
        </fieldset>
    }
}

lazy_fn! {
    /// [`month_days_view`], in the part `form_extras` (`crate::lazy`).
    fn month_days in form_extras(ctx: AppCtx) -> AnyView {
        month_days_view(ctx)
    }
}

/// The 31 toggle buttons of the month days.
fn month_days_view(ctx: AppCtx) -> AnyView {
    let month = ctx.form.month_points;
    (1u32..=31)
        .map(|p| {
            let pressed = move || month.with(|m| m.contains(&p)).to_string();
            view! {
                <button
                    type="button"
                    class="toggle day"
                    aria-pressed=pressed
                    on:click=move |_| {
                        ctx.form.toggle_point(p);
                        ctx.touched();
                    }
                >
                    {p}
                </button>
            }
        })
        .collect_view()
        .into_any()
}
