//! Serde types of the create-recurring-series request and of its response, with the
//! exact JSON names of the API (huawei-meeting-api.md §3–§4).
//!
//! The request types hold canonical types (JSON booleans and numbers). Huawei's own
//! examples send some of them loosely (`"isSendNotify": "false"`); reading such input is
//! the job of [`crate::validate()`], which accepts the loose forms with a warning (S15) and
//! produces these types. Deserializing a loose request straight into these types fails.
//!
//! The response types keep fields seen in Huawei's examples but documented nowhere
//! (`cycleCount`, `inviteMode`, `isSoftTerminalAutoMute`, …) in explicit fields or in an
//! `extra` map, so a response round-trips unchanged.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The body of `POST /v1/mmc/management/cycleconferences` (`RestScheduleConfDto`, §3.2).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RestScheduleConfDto {
    /// UTC start time `yyyy-MM-dd HH:mm`; absent or empty = start now (S3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// Meeting length in minutes (15–1440, default 30).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<i32>,
    /// Meeting subject (≤128 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Comma-separated media types, e.g. `Voice,HDVideo` (required).
    pub media_types: String,
    /// Temporary group id (≤31 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groupuri: Option<String>,
    /// Attendees (§3.3). Absent and empty are the same; empty is not serialized.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<Attendee>,
    /// The recurrence (§2); required for a recurring series (S14).
    pub cycle_params: CycleParams,
    /// Automatic recording, 0/1 (only with recordType 2/3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_auto_record: Option<i32>,
    /// Media encryption: 0 adaptive, 1 forced, 2 none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypt_mode: Option<i32>,
    /// Notification language, `zh-CN` or `en-US`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Huawei time zone id as a string (`"56"`), see [`crate::zones`] (S2).
    #[serde(
        rename = "timeZoneID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub time_zone_id: Option<String>,
    /// Recording type: 0 off, 1 live, 2 record, 3 live + record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_type: Option<i32>,
    /// Main-stream live push URL (≤255; recordType 1/3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live_address: Option<String>,
    /// Aux-stream live push URL (≤255; recordType 1/3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aux_address: Option<String>,
    /// Record the presentation stream, 0/1 (recordType 2/3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_aux_stream: Option<i32>,
    /// Other settings (§3.4). Absent and empty are the same; empty is not serialized.
    #[serde(default, skip_serializing_if = "ConfConfigInfo::is_empty")]
    pub conf_config_info: ConfConfigInfo,
    /// Recording playback access: 0 link, 1 enterprise, 2 attendees (recordType 2/3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_auth_type: Option<i32>,
    /// 1 = use a cloud meeting room / personal meeting id (`vmrID`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vmr_flag: Option<i32>,
    /// The `id` of the cloud meeting room (with vmrFlag 1).
    #[serde(rename = "vmrID", default, skip_serializing_if = "Option::is_none")]
    pub vmr_id: Option<String>,
    /// Participant cap, 0 = unlimited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concurrent_participants: Option<i32>,
    /// Simultaneous interpretation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_simultaneous_interpretation: Option<bool>,
    /// Resource type: 0 concurrent, 1 cloud meeting room, 2 webinar, 3 reserved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conf_res_type: Option<i32>,
    /// Not in the create schema; real clients send 2 (recurring). Known, not validated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conference_type: Option<i32>,
    /// Deprecated (a query parameter of the API); accepted in the body as known.
    #[serde(rename = "userUUID", default, skip_serializing_if = "Option::is_none")]
    pub user_uuid: Option<String>,
}

/// Recurrence parameters (`CycleParams`, §2). Also echoed in responses.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CycleParams {
    /// First local date `yyyy-MM-dd` in the meeting zone.
    pub start_date: String,
    /// Last local date `yyyy-MM-dd` in the meeting zone.
    pub end_date: String,
    /// `Day`, `Week` or `Month`.
    pub cycle: String,
    /// Spacing (Day 1–15, Week 1–5, Month 1–3; default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i32>,
    /// Weekdays (0 = Sunday) or month days (1–31).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub point: Option<Vec<i32>>,
    /// Days before each meeting that attendees are notified (0–30, default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_remind_days: Option<i32>,
    /// Response only, undocumented (Huawei's example returns 0). Not a request field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycle_count: Option<i32>,
}

/// One attendee (`RestAttendeeDto`, §3.3).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Attendee {
    /// User UUID.
    #[serde(rename = "userUUID", default, skip_serializing_if = "Option::is_none")]
    pub user_uuid: Option<String>,
    /// Account id (required with App ID authentication).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// App id (App ID authentication).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// Display name (≤96).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 0 normal, 1 chair (2 reserved).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<i32>,
    /// SIP or TEL number (≤127).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Reserved, like `phone`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone2: Option<String>,
    /// Reserved, like `phone`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone3: Option<String>,
    /// Email for notifications (≤255).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Mobile number for SMS notifications (≤32).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms: Option<String>,
    /// Muted when invited during the meeting, 0/1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_mute: Option<i32>,
    /// Invited automatically when the meeting starts, 0/1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_auto_invite: Option<i32>,
    /// `normal`, `telepresence`, `terminal`, `outside`, `mobile`, `telephone`,
    /// `ideahub`, `board`, `hwvision` or `customnumber`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub attendee_type: Option<String>,
    /// Reserved (room of the terminal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Department id (≤64).
    #[serde(rename = "deptUUID", default, skip_serializing_if = "Option::is_none")]
    pub dept_uuid: Option<String>,
    /// Department name (≤128).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dept_name: Option<String>,
    /// 0 normal, 1 unique enterprise site (cascade).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_type: Option<i32>,
}

/// Other meeting settings (`RestConfConfigDto`, §3.4); also the response's
/// `confConfigInfo`, whose undocumented fields (e.g. `inviteMode`) land in `extra`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConfConfigInfo {
    /// Email notification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_send_notify: Option<bool>,
    /// SMS notification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_send_sms: Option<bool>,
    /// Calendar notification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_send_calendar: Option<bool>,
    /// Soft-client guests muted on join.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_auto_mute: Option<bool>,
    /// Hard-terminal guests muted on join.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_hard_terminal_auto_mute: Option<bool>,
    /// Guests join without a password (random-id meetings).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_guest_free_pwd: Option<bool>,
    /// Who may join: 0 everyone, 2 enterprise users, 3 invited users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_in_restriction: Option<i32>,
    /// Webinar audience restriction (responses): 0 everyone, 2 enterprise + invited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience_call_in_restriction: Option<i32>,
    /// Guests may start the meeting (random-id meetings).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_guest_start_conf: Option<bool>,
    /// Guest password, 4–16 digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guest_pwd: Option<String>,
    /// Cloud meeting room id mode: 0 fixed, 1 random.
    #[serde(rename = "vmrIDType", default, skip_serializing_if = "Option::is_none")]
    pub vmr_id_type: Option<i32>,
    /// Auto-extension in minutes, 0–60.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prolong_length: Option<i32>,
    /// Waiting room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_waiting_room: Option<bool>,
    /// Host camera on when joining.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_host_camera_on: Option<bool>,
    /// Guest camera on when joining.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_guest_camera_on: Option<bool>,
    /// Fields not modelled above (responses: `inviteMode`, …). Validation never fills it.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl ConfConfigInfo {
    /// Whether no field is set (such a `confConfigInfo` is not serialized).
    pub fn is_empty(&self) -> bool {
        *self == ConfConfigInfo::default()
    }
}

/// One meeting series as returned by the create call (`ConferenceInfo`, §4.1). The
/// response body is a JSON array of these.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConferenceInfo {
    /// Meeting id used by later calls.
    #[serde(
        rename = "conferenceID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub conference_id: Option<String>,
    /// Media types, e.g. `HDVideo,Data,Voice`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_types: Option<String>,
    /// Subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Number of attendees added at booking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// Time zone id echo (`"56"`).
    #[serde(
        rename = "timeZoneID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub time_zone_id: Option<String>,
    /// Start, UTC `yyyy-MM-dd HH:mm`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// End, UTC `yyyy-MM-dd HH:mm`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// `Schedule`, `Creating`, `Created` or `Destroyed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conference_state: Option<String>,
    /// SIP access number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_number: Option<String>,
    /// Notification language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Chair and guest passwords.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_entry: Option<Vec<PasswordEntry>>,
    /// Booker's UUID.
    #[serde(rename = "userUUID", default, skip_serializing_if = "Option::is_none")]
    pub user_uuid: Option<String>,
    /// Booker's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduser_name: Option<String>,
    /// 1 = multi-stream.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multi_stream_flag: Option<i32>,
    /// 0 normal, 2 recurring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conference_type: Option<i32>,
    /// `FUTURE`, `IMMEDIATELY` or `CYCLE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conf_type: Option<String>,
    /// Recurrence echo (incl. the undocumented `cycleCount`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycle_params: Option<CycleParams>,
    /// Soft clients muted on join, 0/1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_auto_mute: Option<i32>,
    /// Undocumented (example only), 0/1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_hard_terminal_auto_mute: Option<i32>,
    /// Undocumented (example only), 0/1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_soft_terminal_auto_mute: Option<i32>,
    /// Automatic recording, 0/1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_auto_record: Option<i32>,
    /// Host join link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chair_join_uri: Option<String>,
    /// Guest join link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guest_join_uri: Option<String>,
    /// Webinar audience join link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience_join_uri: Option<String>,
    /// Recording type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_type: Option<i32>,
    /// Main-stream live push URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live_address: Option<String>,
    /// Aux-stream live push URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aux_address: Option<String>,
    /// Presentation recorded, 0/1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_aux_stream: Option<i32>,
    /// Recording playback access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_auth_type: Option<i32>,
    /// Live viewing URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live_url: Option<String>,
    /// Settings (undocumented keys in its `extra`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conf_config_info: Option<ConfConfigInfo>,
    /// 1 = held in a cloud meeting room / personal meeting id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vmr_flag: Option<i32>,
    /// The meeting id to display when vmrFlag is 1.
    #[serde(
        rename = "vmrConferenceID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vmr_conference_id: Option<String>,
    /// Cloud meeting room id.
    #[serde(rename = "vmrID", default, skip_serializing_if = "Option::is_none")]
    pub vmr_id: Option<String>,
    /// VMR booking record (deprecated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_vmr: Option<bool>,
    /// Has recordings (history queries).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_has_record_file: Option<bool>,
    /// Meeting UUID (instant meetings).
    #[serde(rename = "confUUID", default, skip_serializing_if = "Option::is_none")]
    pub conf_uuid: Option<String>,
    /// First invitees (kept as JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_attendee_info: Option<Vec<Value>>,
    /// Hard terminal count (sic `terminl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terminl_count: Option<i32>,
    /// Soft client count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normal_count: Option<i32>,
    /// Booker's enterprise name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dept_name: Option<String>,
    /// Caller's role (detail queries).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// `COMMON` or `RTC`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conf_mode: Option<String>,
    /// Webinar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webinar: Option<bool>,
    /// Participant cap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concurrent_participants: Option<i32>,
    /// Layout (kept as JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pic_display: Option<Value>,
    /// UUID of the first sub-meeting.
    #[serde(
        rename = "cycleSubConfID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cycle_sub_conf_id: Option<String>,
    /// The sub-meetings of the series.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_confs: Option<Vec<CycleSubConf>>,
    /// Any other field of the response, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A password of the meeting (`PasswordEntry`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PasswordEntry {
    /// `chair` or `general` (or `audience`).
    pub conference_role: String,
    /// The password, plain text.
    pub password: String,
}

/// One meeting of the series (`CycleSubConf`, §4.2).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CycleSubConf {
    /// Sub-meeting UUID.
    #[serde(
        rename = "cycleSubConfID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cycle_sub_conf_id: Option<String>,
    /// Parent meeting id.
    #[serde(
        rename = "conferenceID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub conference_id: Option<String>,
    /// Media types (singular name in the API).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// Start, UTC `yyyy-MM-dd HH:mm`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// End, UTC `yyyy-MM-dd HH:mm`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// Automatic recording, 0/1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_auto_record: Option<i32>,
    /// Recording playback access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_auth_type: Option<i32>,
    /// Per-meeting settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conf_config_info: Option<CycleSubConfConfig>,
    /// Description (≤200).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Any other field, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Settings of one sub-meeting (`CycleSubConfConfigDto`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CycleSubConfConfig {
    /// 0 everyone, 2 enterprise users, 3 invited users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_in_restriction: Option<i32>,
    /// Webinar audience: 0 everyone, 2 enterprise + invited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience_call_in_restriction: Option<i32>,
    /// Guests may start the meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_guest_start_conf: Option<bool>,
    /// Waiting room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_waiting_room: Option<bool>,
    /// Webinar audience count display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_audience_count_info: Option<ShowAudienceCountInfo>,
    /// Any other field, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// How a webinar shows its audience count (`ShowAudienceCountInfo`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ShowAudienceCountInfo {
    /// 0 hidden, 1 shown as N·multiple + base.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_audience_mode: Option<i32>,
    /// Base count, 0–10000.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_audience_count: Option<i32>,
    /// Multiplier, 1–10 (one decimal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multiple: Option<f64>,
}
