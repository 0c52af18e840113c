//! The collapsible sections off the common path: recording and live streaming, cloud
//! meeting room, advanced, and `confConfigInfo`.

use leptos::prelude::*;

use super::controls::{check_field, select_field, text_field, tri_field};
use crate::ctx::AppCtx;
use crate::i18n::Text;
use crate::lazy::{LazyView, lazy_details, lazy_fn};

/// Whether any issue sits at a field whose DOM id starts with one of `prefixes`
/// (opens the section so the user sees it).
fn has_issue_under(ctx: AppCtx, prefixes: &'static [&'static str]) -> Memo<bool> {
    let field_issues = ctx.field_issues;
    Memo::new(move |_| {
        field_issues.with(|m| m.keys().any(|k| prefixes.iter().any(|p| k.starts_with(p))))
    })
}

/// A collapsible section whose body is a part (`crate::lazy`): it loads when the section
/// is first opened, by the user or because an issue sits inside; `prefixes` as in
/// [`has_issue_under`].
fn lazy_section(
    ctx: AppCtx,
    title: Text,
    prefixes: &'static [&'static str],
    body: Body,
) -> impl IntoView {
    let flagged = has_issue_under(ctx, prefixes);
    lazy_details("section", title, true, Some(flagged), move |_| {
        Box::pin(section_body(ctx, body)) as LazyView
    })
}

/// Which section's body (named by value, not by a function: a function whose address
/// the main module takes stays in the main module).
#[derive(Clone, Copy)]
enum Body {
    Recording,
    CloudRoom,
    Advanced,
    ConfConfig,
}

lazy_fn! {
    /// The body of a section, in the part `form_extras` (`crate::lazy`).
    fn section_body in form_extras(ctx: AppCtx, body: Body) -> AnyView {
        match body {
            Body::Recording => recording_body_view(ctx),
            Body::CloudRoom => cloud_room_body_view(ctx),
            Body::Advanced => advanced_body_view(ctx),
            Body::ConfConfig => conf_config_body_view(ctx),
        }
    }
}

/// Recording and live streaming.
#[component]
pub fn Recording() -> impl IntoView {
    lazy_section(
        AppCtx::get(),
        Text::SectionRecording,
        &[
            "f-recordType",
            "f-isAutoRecord",
            "f-recordAux",
            "f-recordAuth",
            "f-liveAddress",
            "f-auxAddress",
        ],
        Body::Recording,
    )
}

/// The body of [`Recording`].
fn recording_body_view(ctx: AppCtx) -> AnyView {
    view! {
        <div class="row">
            {select_field(
                ctx,
                "recordType",
                Text::RecordType,
                vec![
                    ("", Text::Default),
                    ("0", Text::RecordOff),
                    ("1", Text::RecordLive),
                    ("2", Text::RecordRecord),
                    ("3", Text::RecordLiveRecord),
                ],
                ctx.form.record_type,
            )}
            {select_field(
                ctx,
                "recordAuthType",
                Text::RecordAuth,
                vec![
                    ("", Text::Default),
                    ("0", Text::AuthAnyone),
                    ("1", Text::AuthEnterprise),
                    ("2", Text::AuthAttendees),
                ],
                ctx.form.record_auth_type,
            )}
        </div>
        {check_field(ctx, "isAutoRecord", Text::AutoRecord, ctx.form.is_auto_record)}
        {check_field(
            ctx,
            "recordAuxStream",
            Text::RecordAux,
            ctx.form.record_aux_stream,
        )}
        {text_field(ctx, "liveAddress", Text::LiveAddress, "url", None, ctx.form.live_address)}
        {text_field(ctx, "auxAddress", Text::AuxAddress, "url", None, ctx.form.aux_address)}
    }
    .into_any()
}

/// Cloud meeting room (`vmrFlag`, `vmrID`).
#[component]
pub fn CloudRoom() -> impl IntoView {
    lazy_section(AppCtx::get(), Text::SectionVmr, &["f-vmr"], Body::CloudRoom)
}

/// The body of [`CloudRoom`].
fn cloud_room_body_view(ctx: AppCtx) -> AnyView {
    view! {
        {check_field(ctx, "vmrFlag", Text::VmrFlag, ctx.form.vmr_flag)}
        {text_field(ctx, "vmrID", Text::VmrId, "text", Some(Text::VmrIdHint), ctx.form.vmr_id)}
    }
    .into_any()
}

/// Advanced request fields.
#[component]
pub fn Advanced() -> impl IntoView {
    lazy_section(
        AppCtx::get(),
        Text::SectionAdvanced,
        &[
            "f-language",
            "f-encryptMode",
            "f-concurrent",
            "f-supportSim",
            "f-confResType",
            "f-groupuri",
        ],
        Body::Advanced,
    )
}

/// The body of [`Advanced`].
fn advanced_body_view(ctx: AppCtx) -> AnyView {
    view! {
        <div class="row">
            {select_field(
                ctx,
                "language",
                Text::NotifyLanguage,
                vec![("", Text::FollowUi), ("en-US", Text::English), ("zh-CN", Text::Chinese)],
                ctx.form.language,
            )}
            {select_field(
                ctx,
                "encryptMode",
                Text::EncryptMode,
                vec![
                    ("", Text::Default),
                    ("0", Text::EncryptAdaptive),
                    ("1", Text::EncryptForced),
                    ("2", Text::EncryptNone),
                ],
                ctx.form.encrypt_mode,
            )}
            {select_field(
                ctx,
                "confResType",
                Text::ConfResType,
                vec![
                    ("", Text::Default),
                    ("0", Text::ResConcurrent),
                    ("1", Text::ResVmr),
                    ("2", Text::ResWebinar),
                ],
                ctx.form.conf_res_type,
            )}
        </div>
        <div class="row">
            {text_field(
                ctx,
                "concurrentParticipants",
                Text::Concurrent,
                "number",
                None,
                ctx.form.concurrent_participants,
            )}
            {text_field(ctx, "groupuri", Text::GroupUri, "text", None, ctx.form.groupuri)}
        </div>
        {check_field(
            ctx,
            "supportSimultaneousInterpretation",
            Text::Interpretation,
            ctx.form.interpretation,
        )}
    }
    .into_any()
}

/// `confConfigInfo`.
#[component]
pub fn ConfConfig() -> impl IntoView {
    lazy_section(
        AppCtx::get(),
        Text::SectionConfig,
        &["f-confConfigInfo"],
        Body::ConfConfig,
    )
}

/// The body of [`ConfConfig`].
fn conf_config_body_view(ctx: AppCtx) -> AnyView {
    view! {
    <div class="row">
        {tri_field(ctx, "confConfigInfo.isSendNotify", Text::SendNotify, ctx.form.send_notify)}
        {tri_field(ctx, "confConfigInfo.isSendSms", Text::SendSms, ctx.form.send_sms)}
        {tri_field(
            ctx,
            "confConfigInfo.isSendCalendar",
            Text::SendCalendar,
            ctx.form.send_calendar,
        )}
        {tri_field(ctx, "confConfigInfo.isAutoMute", Text::AutoMute, ctx.form.auto_mute)}
        {tri_field(
            ctx,
            "confConfigInfo.isHardTerminalAutoMute",
            Text::HardAutoMute,
            ctx.form.hard_auto_mute,
        )}
        {tri_field(
            ctx,
            "confConfigInfo.isGuestFreePwd",
            Text::GuestFreePwd,
            ctx.form.guest_free_pwd,
        )}
        {tri_field(
            ctx,
            "confConfigInfo.allowGuestStartConf",
            Text::AllowGuestStart,
            ctx.form.allow_guest_start,
        )}
        {tri_field(
            ctx,
            "confConfigInfo.enableWaitingRoom",
            Text::WaitingRoom,
            ctx.form.waiting_room,
        )}
        {tri_field(ctx, "confConfigInfo.isHostCameraOn", Text::HostCamera, ctx.form.host_camera)}
        {tri_field(
            ctx,
            "confConfigInfo.isGuestCameraOn",
            Text::GuestCamera,
            ctx.form.guest_camera,
        )}
    </div>
    <div class="row">
        {select_field(
            ctx,
            "confConfigInfo.callInRestriction",
            Text::CallIn,
            vec![
                ("", Text::Default),
                ("0", Text::CallInEveryone),
                ("2", Text::CallInEnterprise),
                ("3", Text::CallInInvited),
            ],
            ctx.form.call_in_restriction,
        )}
        {select_field(
            ctx,
            "confConfigInfo.vmrIDType",
            Text::VmrIdType,
            vec![("", Text::Default), ("0", Text::VmrFixed), ("1", Text::VmrRandom)],
            ctx.form.vmr_id_type,
        )}
        {text_field(
            ctx,
            "confConfigInfo.guestPwd",
            Text::GuestPwd,
            "text",
            None,
            ctx.form.guest_pwd,
        )}
        {text_field(
            ctx,
            "confConfigInfo.prolongLength",
            Text::Prolong,
            "number",
            None,
            ctx.form.prolong_length,
        )}
    </div>
}
    .into_any()
}
