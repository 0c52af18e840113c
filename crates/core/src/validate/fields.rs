//! Top-level field rules (huawei-meeting-api.md §3.2; semantics "Field rules", S2) and
//! `confConfigInfo` (§3.4).

use std::borrow::Cow;

use serde_json::Map;

use crate::json::{Json, Object};

use super::ctx::{Ctx, did_you_mean, join};
use super::issue::IssueCode;
use crate::messages::{Allowed, Expected, IgnoreReason, Message};
use crate::model::ConfConfigInfo;
use crate::zones::{self, Zone};

/// The documented `mediaTypes` tokens.
pub const MEDIA_TYPES: &[&str] = &["Voice", "Video", "HDVideo", "Data", "Telepresence"];

/// The documented notification languages.
pub const LANGUAGES: &[&str] = &["zh-CN", "en-US"];

/// Defined `confConfigInfo` fields (§3.4).
pub const CONF_CONFIG_FIELDS: &[&str] = &[
    "isSendNotify",
    "isSendSms",
    "isSendCalendar",
    "isAutoMute",
    "isHardTerminalAutoMute",
    "isGuestFreePwd",
    "callInRestriction",
    "allowGuestStartConf",
    "guestPwd",
    "vmrIDType",
    "prolongLength",
    "enableWaitingRoom",
    "isHostCameraOn",
    "isGuestCameraOn",
];

/// Maximum `vmrID` length (cycleconf's choice; the API only says "too long", 111071037).
pub const VMR_ID_MAX: usize = 64;

const ZERO_ONE: Allowed = Allowed::OneOf(&[0, 1]);

/// The top-level fields other than cycleParams, attendees and confConfigInfo, typed.
pub(crate) struct Top {
    pub(crate) length: Option<i32>,
    pub(crate) length_minutes: u32,
    pub(crate) subject: Option<String>,
    pub(crate) media_types: String,
    pub(crate) groupuri: Option<String>,
    pub(crate) is_auto_record: Option<i32>,
    pub(crate) encrypt_mode: Option<i32>,
    pub(crate) language: Option<String>,
    pub(crate) time_zone_id: Option<String>,
    pub(crate) record_type: Option<i32>,
    pub(crate) live_address: Option<String>,
    pub(crate) aux_address: Option<String>,
    pub(crate) record_aux_stream: Option<i32>,
    pub(crate) record_auth_type: Option<i32>,
    pub(crate) vmr_flag: Option<i32>,
    pub(crate) vmr_id: Option<String>,
    pub(crate) concurrent_participants: Option<i32>,
    pub(crate) support_simultaneous_interpretation: Option<bool>,
    pub(crate) conf_res_type: Option<i32>,
    pub(crate) conference_type: Option<i32>,
    pub(crate) user_uuid: Option<String>,
}

/// S2: the meeting zone. Absent (or `""`) → 56 with a warning; not a row → error
/// (`None`); 74–77 → warning. A JSON number is accepted with a warning (the Terraform
/// provider models the field as an integer).
pub(crate) fn time_zone(ctx: &mut Ctx, root: &Object<'_>) -> Option<&'static Zone> {
    let path = || "timeZoneID".to_owned();
    let text = ctx.string(root, "", "timeZoneID");
    if root
        .get("timeZoneID")
        .is_some_and(|v| !v.is_null() && text.is_none())
    {
        return None; // wrong type, already reported
    }
    let text = match text {
        Some(t) if !t.is_empty() => t,
        _ => {
            let zone = zones::default_zone();
            ctx.push(
                path(),
                IssueCode::TimeZoneMissing,
                Message::TimeZoneMissing {
                    default_label: zone.label,
                },
                None,
            );
            return Some(zone);
        }
    };
    let zone = if text.len() <= 3 && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse::<u8>().ok().and_then(zones::by_id)
    } else {
        None
    };
    match zone {
        Some(zone) => {
            if !zone.is_official() {
                ctx.push(
                    path(),
                    IssueCode::TimeZoneUnofficial,
                    Message::TimeZoneUnofficial {
                        id: zone.id,
                        label: zone.label,
                    },
                    None,
                );
            }
            Some(zone)
        }
        None => {
            ctx.push(
                path(),
                IssueCode::TimeZoneUnknown,
                Message::TimeZoneUnknown {
                    value: text.into_owned(),
                },
                None,
            );
            None
        }
    }
}

/// The top-level scalar fields and their cross-field rules.
pub(crate) fn top_level(ctx: &mut Ctx, root: &Object<'_>) -> Top {
    let length = ctx.integer_in(
        root,
        "",
        "length",
        Allowed::Range(15, 1440),
        Some("MMC.111071015"),
    );
    let subject = ctx
        .string_max(root, "", "subject", 128, Some("MMC.111071022"))
        .map(Cow::into_owned);
    let media_types = media_types(ctx, root);
    let groupuri = ctx
        .string_max(root, "", "groupuri", 31, Some("MMC.111071023"))
        .map(Cow::into_owned);
    let is_auto_record = ctx.integer_in(root, "", "isAutoRecord", ZERO_ONE, Some("MMC.111071032"));
    let encrypt_mode = ctx.integer_in(
        root,
        "",
        "encryptMode",
        Allowed::Range(0, 2),
        Some("MMC.111071034"),
    );
    let language = ctx.string(root, "", "language").map(Cow::into_owned);
    if let Some(lang) = &language
        && !LANGUAGES.contains(&lang.as_str())
    {
        ctx.push(
            "language".to_owned(),
            IssueCode::InvalidValue,
            Message::InvalidValue {
                field: "language".to_owned(),
                value: lang.clone(),
                allowed: LANGUAGES,
                suggestion: did_you_mean(lang, LANGUAGES),
            },
            Some("MMC.111071035"),
        );
    }
    // Canonical form of timeZoneID: a string (numbers were accepted with a warning).
    let time_zone_id = match root.get("timeZoneID") {
        Some(Json::String(s)) => Some(s.to_string()),
        Some(Json::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let record_type = ctx.integer_in(
        root,
        "",
        "recordType",
        Allowed::Range(0, 3),
        Some("MMC.111071038"),
    );
    let live_address = ctx
        .string_max(root, "", "liveAddress", 255, Some("MMC.111071039"))
        .map(Cow::into_owned);
    let aux_address = ctx
        .string_max(root, "", "auxAddress", 255, Some("MMC.111071040"))
        .map(Cow::into_owned);
    let record_aux_stream =
        ctx.integer_in(root, "", "recordAuxStream", ZERO_ONE, Some("MMC.111071048"));
    let record_auth_type = ctx.integer_in(root, "", "recordAuthType", Allowed::Range(0, 2), None);
    let vmr_flag = ctx.integer_in(root, "", "vmrFlag", ZERO_ONE, Some("MMC.111071047"));
    let vmr_id = ctx
        .string_max(root, "", "vmrID", VMR_ID_MAX, Some("MMC.111071037"))
        .map(Cow::into_owned);
    let concurrent_participants = ctx.integer_in(
        root,
        "",
        "concurrentParticipants",
        // 0 = unlimited; the API's Integer is 32-bit.
        Allowed::Range(0, i64::from(i32::MAX)),
        Some("MMC.111071017"),
    );
    let support_simultaneous_interpretation =
        ctx.boolean(root, "", "supportSimultaneousInterpretation");
    let conf_res_type = ctx.integer_in(root, "", "confResType", Allowed::Range(0, 3), None);
    let conference_type = ctx
        .integer(root, "", "conferenceType")
        .and_then(|v| i32::try_from(v).ok());
    let user_uuid = ctx.string(root, "", "userUUID").map(Cow::into_owned);

    // Cross-field rules (semantics "Field rules"). Only a wrongly typed recordType is
    // unknown here; then the cross checks are skipped.
    let record_type_known =
        root.get("recordType").is_none_or(Json::is_null) || record_type.is_some();
    if record_type_known {
        let rt = record_type.unwrap_or(0);
        if rt != 1 && rt != 3 {
            for (name, value) in [("liveAddress", &live_address), ("auxAddress", &aux_address)] {
                if value.as_deref().is_some_and(|v| !v.is_empty()) {
                    ignored(ctx, name, IgnoreReason::NeedsLiveRecordType);
                }
            }
        }
        if rt != 2 && rt != 3 {
            // "Set otherwise → warning": any value, 0 too (recordAuthType 0 is a choice
            // of who may watch, not a default).
            for (name, value) in [
                ("isAutoRecord", is_auto_record),
                ("recordAuxStream", record_aux_stream),
                ("recordAuthType", record_auth_type),
            ] {
                if value.is_some() {
                    ignored(ctx, name, IgnoreReason::NeedsRecordingRecordType);
                }
            }
        }
    }
    let has_vmr_id = vmr_id.as_deref().is_some_and(|v| !v.is_empty());
    let vmr_flag_absent = root.get("vmrFlag").is_none_or(Json::is_null);
    if vmr_flag == Some(1) && !has_vmr_id {
        ctx.push(
            "vmrID".to_owned(),
            IssueCode::VmrIdMissing,
            Message::VmrIdMissing,
            None,
        );
    } else if has_vmr_id && (vmr_flag == Some(0) || vmr_flag_absent) {
        ignored(ctx, "vmrID", IgnoreReason::NeedsVmrFlag);
    }

    Top {
        length,
        length_minutes: length.and_then(|l| u32::try_from(l).ok()).unwrap_or(30),
        subject,
        media_types: media_types.unwrap_or_default(),
        groupuri,
        is_auto_record,
        encrypt_mode,
        language,
        time_zone_id,
        record_type,
        live_address,
        aux_address,
        record_aux_stream,
        record_auth_type,
        vmr_flag,
        vmr_id,
        concurrent_participants,
        support_simultaneous_interpretation,
        conf_res_type,
        conference_type,
        user_uuid,
    }
}

fn ignored(ctx: &mut Ctx, name: &str, reason: IgnoreReason) {
    ctx.push(
        name.to_owned(),
        IssueCode::FieldIgnored,
        Message::FieldIgnored {
            field: name.to_owned(),
            reason,
        },
        None,
    );
}

/// `mediaTypes`: required; a comma-separated set of [`MEDIA_TYPES`] with at least one of
/// Voice/Video/HDVideo. Tokens are read trimmed; spaces, empty items or a type listed
/// twice get `media_types_form` (Huawei documents `Data,Voice,HDVideo` and does not say
/// whether its server trims).
fn media_types(ctx: &mut Ctx, root: &Object<'_>) -> Option<String> {
    const HUAWEI: Option<&str> = Some("MMC.111071018");
    let present = root.get("mediaTypes").is_some_and(|v| !v.is_null());
    let value = ctx.string(root, "", "mediaTypes");
    let value = match value {
        Some(v) if !v.trim().is_empty() => v.into_owned(),
        _ => {
            // Absent, null or empty; a wrong type was already reported.
            if !present || value.is_some() {
                ctx.push(
                    "mediaTypes".to_owned(),
                    IssueCode::MissingField,
                    Message::MissingField {
                        field: "mediaTypes".to_owned(),
                    },
                    HUAWEI,
                );
            }
            return None;
        }
    };
    let (mut voice_video, mut video, mut hd, mut telepresence) = (false, false, false, false);
    // Not the documented form: spaces, an empty item, a documented type twice. Checked
    // without allocating (this runs on every keystroke of the web app) and in one pass
    // (a long value must not cost quadratic time).
    let mut seen = [false; MEDIA_TYPES.len()];
    let mut odd = false;
    for raw in value.split(',') {
        let token = raw.trim();
        odd |= token.len() != raw.len() || token.is_empty();
        if let Some(i) = MEDIA_TYPES.iter().position(|t| *t == token) {
            odd |= seen[i];
            seen[i] = true;
        }
        match token {
            "Voice" => voice_video = true,
            "Video" => {
                voice_video = true;
                video = true;
            }
            "HDVideo" => {
                voice_video = true;
                hd = true;
            }
            "Data" => {}
            "Telepresence" => telepresence = true,
            other => {
                ctx.push(
                    "mediaTypes".to_owned(),
                    IssueCode::MediaTypeUnknown,
                    Message::MediaTypeUnknown {
                        token: other.to_owned(),
                        suggestion: did_you_mean(other, MEDIA_TYPES),
                    },
                    HUAWEI,
                );
            }
        }
    }
    if !voice_video {
        ctx.push(
            "mediaTypes".to_owned(),
            IssueCode::MediaTypesNoAv,
            Message::MediaTypesNoAv,
            HUAWEI,
        );
    }
    if video && hd {
        ctx.push(
            "mediaTypes".to_owned(),
            IssueCode::MediaTypesVideoAndHd,
            Message::MediaTypesVideoAndHd,
            None,
        );
    }
    if telepresence {
        ctx.push(
            "mediaTypes".to_owned(),
            IssueCode::MediaTypesTelepresence,
            Message::MediaTypesTelepresence,
            None,
        );
    }
    if odd {
        media_types_form(ctx, &value);
    }
    Some(value)
}

/// `media_types_form`: `value` written as documented — each item trimmed, empty items
/// and repeated documented types left out (other items are errors of their own).
#[cold]
fn media_types_form(ctx: &mut Ctx, value: &str) {
    let mut seen = [false; MEDIA_TYPES.len()];
    let mut canonical = String::with_capacity(value.len());
    for token in value.split(',').map(str::trim) {
        if let Some(i) = MEDIA_TYPES.iter().position(|t| *t == token) {
            if seen[i] {
                continue;
            }
            seen[i] = true;
        }
        if token.is_empty() {
            continue;
        }
        if !canonical.is_empty() {
            canonical.push(',');
        }
        canonical.push_str(token);
    }
    if canonical.is_empty() {
        return;
    }
    ctx.push(
        "mediaTypes".to_owned(),
        IssueCode::MediaTypesForm,
        Message::MediaTypesForm {
            value: value.to_owned(),
            canonical,
        },
        None,
    );
}

/// `confConfigInfo` (§3.4): lenient booleans, guestPwd 4–16 digits, prolongLength
/// 0–60, callInRestriction 0/2/3, vmrIDType 0/1.
pub(crate) fn conf_config_info(ctx: &mut Ctx, root: &Object<'_>) -> ConfConfigInfo {
    const P: &str = "confConfigInfo";
    let obj = match root.get(P) {
        None | Some(Json::Null) => return ConfConfigInfo::default(),
        Some(Json::Object(obj)) => obj,
        Some(_) => {
            ctx.wrong_type(P.to_owned(), Expected::Object);
            return ConfConfigInfo::default();
        }
    };
    ctx.unknown_fields(obj, P, CONF_CONFIG_FIELDS);
    let guest_pwd = ctx
        .string(obj, P, "guestPwd")
        .filter(|p| !p.is_empty())
        .map(Cow::into_owned);
    if let Some(pwd) = &guest_pwd {
        let ok = (4..=16).contains(&pwd.len()) && pwd.bytes().all(|b| b.is_ascii_digit());
        if !ok {
            ctx.push(
                join(P, "guestPwd"),
                IssueCode::InvalidGuestPassword,
                Message::InvalidGuestPassword,
                Some("MMC.111071080"),
            );
        }
    }
    ConfConfigInfo {
        is_send_notify: ctx.boolean(obj, P, "isSendNotify"),
        is_send_sms: ctx.boolean(obj, P, "isSendSms"),
        is_send_calendar: ctx.boolean(obj, P, "isSendCalendar"),
        is_auto_mute: ctx.boolean(obj, P, "isAutoMute"),
        is_hard_terminal_auto_mute: ctx.boolean(obj, P, "isHardTerminalAutoMute"),
        is_guest_free_pwd: ctx.boolean(obj, P, "isGuestFreePwd"),
        call_in_restriction: ctx.integer_in(
            obj,
            P,
            "callInRestriction",
            Allowed::OneOf(&[0, 2, 3]),
            None,
        ),
        audience_call_in_restriction: None,
        allow_guest_start_conf: ctx.boolean(obj, P, "allowGuestStartConf"),
        guest_pwd,
        vmr_id_type: ctx.integer_in(obj, P, "vmrIDType", ZERO_ONE, None),
        prolong_length: ctx.integer_in(
            obj,
            P,
            "prolongLength",
            Allowed::Range(0, 60),
            Some("MMC.111071036"),
        ),
        enable_waiting_room: ctx.boolean(obj, P, "enableWaitingRoom"),
        is_host_camera_on: ctx.boolean(obj, P, "isHostCameraOn"),
        is_guest_camera_on: ctx.boolean(obj, P, "isGuestCameraOn"),
        extra: Map::new(),
    }
}
