//! The emulator's answer to a valid create request: one `ConferenceInfo` shaped like the
//! example response of Huawei's API page, whose `subConfs` are the core's expansion.

use cycleconf_core::model::{
    ConfConfigInfo, ConferenceInfo, CycleParams, CycleSubConf, CycleSubConfConfig, PasswordEntry,
    RestScheduleConfDto,
};
use cycleconf_core::recurrence::{Schedule, format_api_time, format_date};
use serde_json::Value;

use super::ids;

/// SIP access number shown in every emulated meeting (the one of Huawei's example).
pub const ACCESS_NUMBER: &str = "+86571150";
/// The booker's name in emulated answers.
pub const SCHEDULER_NAME: &str = "cycleconf emulator";

/// The `ConferenceInfo` of series `conference_id`: fresh sub-meeting IDs and passwords, join URIs under
/// `base_url`, the request's settings echoed (with Huawei's defaults where absent),
/// `cycleParams` with the effective end date and reminder days, and one `CycleSubConf`
/// per occurrence of `schedule`.
pub fn build(
    conference_id: String,
    request: &RestScheduleConfDto,
    zone_id: u8,
    schedule: &Schedule,
    base_url: &str,
) -> ConferenceInfo {
    let media_types = request.media_types.clone();
    let record_auth_type = request.record_auth_type.unwrap_or(2);
    let is_auto_record = request.is_auto_record.unwrap_or(0);
    let req_cfg = &request.conf_config_info;

    let sub_config = CycleSubConfConfig {
        call_in_restriction: Some(req_cfg.call_in_restriction.unwrap_or(0)),
        audience_call_in_restriction: Some(req_cfg.audience_call_in_restriction.unwrap_or(0)),
        allow_guest_start_conf: Some(req_cfg.allow_guest_start_conf.unwrap_or(true)),
        enable_waiting_room: Some(req_cfg.enable_waiting_room.unwrap_or(false)),
        ..CycleSubConfConfig::default()
    };
    let sub_confs: Vec<CycleSubConf> = schedule
        .occurrences
        .iter()
        .map(|o| CycleSubConf {
            cycle_sub_conf_id: Some(ids::sub_conf_id()),
            conference_id: Some(conference_id.clone()),
            media_type: Some(media_types.clone()),
            start_time: Some(format_api_time(o.start)),
            end_time: Some(format_api_time(o.end)),
            is_auto_record: Some(is_auto_record),
            record_auth_type: Some(record_auth_type),
            conf_config_info: Some(sub_config.clone()),
            ..CycleSubConf::default()
        })
        .collect();
    let first = sub_confs.first();

    let guest_password = req_cfg.guest_pwd.clone().unwrap_or_else(ids::password);
    let mut chair_password = ids::password();
    while chair_password == guest_password {
        chair_password = ids::password();
    }

    let mut conf_config_info = ConfConfigInfo {
        is_send_notify: Some(req_cfg.is_send_notify.unwrap_or(true)),
        is_send_sms: Some(req_cfg.is_send_sms.unwrap_or(true)),
        is_send_calendar: Some(req_cfg.is_send_calendar.unwrap_or(true)),
        is_auto_mute: Some(req_cfg.is_auto_mute.unwrap_or(false)),
        is_hard_terminal_auto_mute: Some(req_cfg.is_hard_terminal_auto_mute.unwrap_or(false)),
        is_guest_free_pwd: Some(req_cfg.is_guest_free_pwd.unwrap_or(false)),
        call_in_restriction: sub_config.call_in_restriction,
        audience_call_in_restriction: sub_config.audience_call_in_restriction,
        allow_guest_start_conf: sub_config.allow_guest_start_conf,
        // The guest password is answered in `passwordEntry`, not echoed here.
        guest_pwd: None,
        vmr_id_type: req_cfg.vmr_id_type,
        prolong_length: Some(req_cfg.prolong_length.unwrap_or(15)),
        enable_waiting_room: sub_config.enable_waiting_room,
        is_host_camera_on: req_cfg.is_host_camera_on,
        is_guest_camera_on: req_cfg.is_guest_camera_on,
        extra: serde_json::Map::new(),
    };
    conf_config_info
        .extra
        .insert("inviteMode".to_owned(), Value::from("AUTO_INVITE"));

    let requested = &request.cycle_params;
    let cycle_params = CycleParams {
        start_date: requested.start_date.clone(),
        end_date: format_date(schedule.effective_end_date),
        cycle: requested.cycle.clone(),
        interval: Some(requested.interval.unwrap_or(1)),
        point: requested.point.clone(),
        pre_remind_days: i32::try_from(schedule.effective_pre_remind_days).ok(),
        cycle_count: Some(0),
    };

    let join_uri = || format!("{base_url}/#/j/{conference_id}/{}", ids::hex(48));
    let vmr_flag = request.vmr_flag.unwrap_or(0);
    let attendee_count = i64::try_from(request.attendees.len()).unwrap_or(i64::MAX);
    ConferenceInfo {
        conference_id: Some(conference_id.clone()),
        media_types: Some(media_types.clone()),
        subject: Some(request.subject.clone().unwrap_or_default()),
        size: Some(attendee_count),
        time_zone_id: Some(zone_id.to_string()),
        start_time: first.and_then(|s| s.start_time.clone()),
        end_time: first.and_then(|s| s.end_time.clone()),
        conference_state: Some("Schedule".to_owned()),
        access_number: Some(ACCESS_NUMBER.to_owned()),
        language: Some(
            request
                .language
                .clone()
                .unwrap_or_else(|| "zh-CN".to_owned()),
        ),
        password_entry: Some(vec![
            PasswordEntry {
                conference_role: "chair".to_owned(),
                password: chair_password,
            },
            PasswordEntry {
                conference_role: "general".to_owned(),
                password: guest_password,
            },
        ]),
        user_uuid: Some(ids::hex(32)),
        scheduser_name: Some(SCHEDULER_NAME.to_owned()),
        multi_stream_flag: Some(1),
        conference_type: Some(2),
        conf_type: Some("CYCLE".to_owned()),
        cycle_params: Some(cycle_params),
        // The integer forms of the request's confConfigInfo booleans (the answer's
        // confConfigInfo echoes them as booleans): one answer, one setting.
        is_auto_mute: Some(i32::from(req_cfg.is_auto_mute.unwrap_or(false))),
        is_hard_terminal_auto_mute: Some(i32::from(
            req_cfg.is_hard_terminal_auto_mute.unwrap_or(false),
        )),
        is_soft_terminal_auto_mute: Some(i32::from(req_cfg.is_auto_mute.unwrap_or(false))),
        is_auto_record: Some(is_auto_record),
        chair_join_uri: Some(join_uri()),
        guest_join_uri: Some(join_uri()),
        record_type: Some(request.record_type.unwrap_or(0)),
        live_address: request.live_address.clone(),
        aux_address: request.aux_address.clone(),
        record_aux_stream: Some(request.record_aux_stream.unwrap_or(0)),
        record_auth_type: Some(record_auth_type),
        conf_config_info: Some(conf_config_info),
        vmr_flag: Some(vmr_flag),
        vmr_conference_id: (vmr_flag == 1).then(|| conference_id.clone()),
        vmr_id: if vmr_flag == 1 {
            request.vmr_id.clone()
        } else {
            None
        },
        schedule_vmr: Some(false),
        is_has_record_file: Some(false),
        terminl_count: Some(0),
        normal_count: Some(0),
        dept_name: Some(SCHEDULER_NAME.to_owned()),
        conf_mode: Some("RTC".to_owned()),
        webinar: Some(false),
        concurrent_participants: Some(request.concurrent_participants.unwrap_or(0)),
        cycle_sub_conf_id: first.and_then(|s| s.cycle_sub_conf_id.clone()),
        sub_confs: Some(sub_confs),
        ..ConferenceInfo::default()
    }
}
