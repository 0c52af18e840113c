//! The common path: subject, media type, start date and time (in the meeting zone),
//! duration and time zone.

use cycleconf_core::zones;
use leptos::prelude::*;

use super::controls::{FieldMessages, described_by, invalid, select_field, text_field};
use crate::ctx::AppCtx;
use crate::i18n::Text;
use crate::state::dom_id;

/// The "Meeting" section.
#[component]
pub fn Basics() -> impl IntoView {
    let ctx = AppCtx::get();
    view! {
        <fieldset class="section">
            <legend>{ctx.text(Text::SectionBasics)}</legend>
            {text_field(ctx, "subject", Text::Subject, "text", None, ctx.form.subject)}
            <div class="row">
                {select_field(
                    ctx,
                    "mediaTypes",
                    Text::MediaType,
                    vec![
                        ("HDVideo", Text::MediaHdVideo),
                        ("Voice", Text::MediaVoice),
                        ("Video", Text::MediaVideo),
                        ("Voice,HDVideo", Text::MediaVoiceHdVideo),
                        ("Data,Voice,HDVideo", Text::MediaAll),
                    ],
                    ctx.form.media_types,
                )}
                <ZoneSelect />
            </div>
            <div class="row">
                {text_field(
                    ctx,
                    "cycleParams.startDate",
                    Text::StartDate,
                    "date",
                    None,
                    ctx.form.start_date,
                )}
                {text_field(
                    ctx,
                    "startTime",
                    Text::StartTime,
                    "time",
                    Some(Text::StartHint),
                    ctx.form.start_time,
                )}
                {text_field(ctx, "length", Text::Duration, "number", None, ctx.form.length)}
            </div>
        </fieldset>
    }
}

/// The time zone select: the 77 rows of the Huawei table.
#[component]
fn ZoneSelect() -> impl IntoView {
    let ctx = AppCtx::get();
    let id = dom_id("timeZoneID");
    let list = ctx.issues_at(&id);
    let msg_id = format!("{id}-msg");
    let value = ctx.form.zone_id;
    view! {
        <div class="field field-wide">
            <label for=id.clone()>{ctx.text(Text::TimeZone)}</label>
            <select
                id=id
                on:change=move |ev| {
                    value.set(event_target_value(&ev));
                    ctx.touched();
                }
                aria-invalid=invalid(list)
                aria-describedby=described_by(list, msg_id.clone(), None)
            >
                {zones::zones()
                    .iter()
                    .map(|z| {
                        let v = z.id.to_string();
                        let v2 = v.clone();
                        view! {
                            <option value=v prop:selected=move || value.with(|cur| *cur == v2)>
                                {z.label}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <FieldMessages id=msg_id list=list />
        </div>
    }
}
