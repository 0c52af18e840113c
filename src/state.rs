//! The form state (plain strings and values the user edits) and its conversion into the
//! request JSON of `POST /v1/mmc/management/cycleconferences`.
//!
//! Data flows one way: [`FormState`] → [`FormState::to_request`] (a `serde_json::Value`)
//! → the core's `expand` → the view. The app keeps the request in two halves (the form
//! without attendees, and [`attendees_request`]) and gives the core [`request_view`] of
//! both, so that a keystroke outside the attendees rebuilds only the small half. Values
//! that do not parse are passed through as strings so that the core explains them (S15,
//! S18) instead of the app hiding them.

use std::borrow::Cow;
use std::fmt::Write as _;

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime};
use cycleconf_core::Lang;
use cycleconf_core::json::{Json, Object};
use cycleconf_core::recurrence::{
    Flag, Resolved, format_api_time, format_date, local_to_utc, utc_to_local,
};
use cycleconf_core::zones::{self, Zone};
use serde_json::{Map, Value, json};

use crate::json_text;

/// One attendee row of the form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AttendeeRow {
    /// Stable row id (keys the row in the view and in field ids).
    pub id: u32,
    /// Display name.
    pub name: String,
    /// Email address.
    pub email: String,
    /// SIP or TEL number.
    pub phone: String,
    /// Mobile number for SMS.
    pub sms: String,
    /// `0` attendee, `1` host.
    pub role: String,
    /// Attendee type (`normal`, `terminal`, …) or empty (server default).
    pub kind: String,
}

/// Everything the user edits, except the access token (which never leaves
/// sessionStorage). Saved as the draft ([`FormState::to_json`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormState {
    /// `subject`.
    pub subject: String,
    /// `mediaTypes`.
    pub media_types: String,
    /// First date, `yyyy-MM-dd`, in the meeting zone.
    pub start_date: String,
    /// Time of day, `HH:mm`, in the meeting zone.
    pub start_time: String,
    /// `length` in minutes.
    pub length: String,
    /// `timeZoneID` (1–77).
    pub zone_id: String,
    /// `cycleParams.cycle`: `Day`, `Week` or `Month`.
    pub cycle: String,
    /// `cycleParams.interval`.
    pub interval: String,
    /// Weekdays (0 = Sunday) for `Week`.
    pub week_points: Vec<u32>,
    /// Month days (1–31) for `Month`.
    pub month_points: Vec<u32>,
    /// `cycleParams.endDate`.
    pub end_date: String,
    /// `cycleParams.preRemindDays`.
    pub pre_remind_days: String,
    /// `attendees`.
    pub attendees: Vec<AttendeeRow>,
    /// The id the next added attendee row gets.
    pub next_attendee_id: u32,
    /// `recordType` ("" = not sent).
    pub record_type: String,
    /// `isAutoRecord` = 1 when set.
    pub is_auto_record: bool,
    /// `recordAuxStream` = 1 when set.
    pub record_aux_stream: bool,
    /// `recordAuthType`.
    pub record_auth_type: String,
    /// `liveAddress`.
    pub live_address: String,
    /// `auxAddress`.
    pub aux_address: String,
    /// `vmrFlag` = 1 when set.
    pub vmr_flag: bool,
    /// `vmrID`.
    pub vmr_id: String,
    /// `language` ("" = follows the UI).
    pub language: String,
    /// `encryptMode`.
    pub encrypt_mode: String,
    /// `concurrentParticipants`.
    pub concurrent_participants: String,
    /// `supportSimultaneousInterpretation` = true when set.
    pub interpretation: bool,
    /// The user has toggled a weekday: `week_points` no longer follows the start date.
    /// (A draft saved without it reads `false`: its selection follows only when it is
    /// exactly the start date's weekday, [`follow_start_date`].)
    pub week_picked: bool,
    /// The user has toggled a month day: `month_points` no longer follows the start date.
    pub month_picked: bool,
    /// `confResType`.
    pub conf_res_type: String,
    /// `groupuri`.
    pub groupuri: String,
    /// `confConfigInfo` booleans: "" (server default), "true" or "false".
    pub send_notify: String,
    /// `confConfigInfo.isSendSms`.
    pub send_sms: String,
    /// `confConfigInfo.isSendCalendar`.
    pub send_calendar: String,
    /// `confConfigInfo.isAutoMute`.
    pub auto_mute: String,
    /// `confConfigInfo.isHardTerminalAutoMute`.
    pub hard_auto_mute: String,
    /// `confConfigInfo.isGuestFreePwd`.
    pub guest_free_pwd: String,
    /// `confConfigInfo.allowGuestStartConf`.
    pub allow_guest_start: String,
    /// `confConfigInfo.enableWaitingRoom`.
    pub waiting_room: String,
    /// `confConfigInfo.isHostCameraOn`.
    pub host_camera: String,
    /// `confConfigInfo.isGuestCameraOn`.
    pub guest_camera: String,
    /// `confConfigInfo.callInRestriction`.
    pub call_in_restriction: String,
    /// `confConfigInfo.guestPwd`.
    pub guest_pwd: String,
    /// `confConfigInfo.vmrIDType`.
    pub vmr_id_type: String,
    /// `confConfigInfo.prolongLength`.
    pub prolong_length: String,
    /// Where requests go ("" = same origin).
    pub api_base: String,
}

impl Default for FormState {
    fn default() -> Self {
        FormState {
            subject: String::new(),
            media_types: "HDVideo".into(),
            start_date: String::new(),
            start_time: "09:00".into(),
            length: "60".into(),
            zone_id: zones::DEFAULT_ZONE_ID.to_string(),
            cycle: "Week".into(),
            interval: "1".into(),
            week_points: Vec::new(),
            month_points: Vec::new(),
            end_date: String::new(),
            pre_remind_days: "1".into(),
            attendees: Vec::new(),
            next_attendee_id: 1,
            record_type: String::new(),
            is_auto_record: false,
            record_aux_stream: false,
            record_auth_type: String::new(),
            live_address: String::new(),
            aux_address: String::new(),
            vmr_flag: false,
            vmr_id: String::new(),
            language: String::new(),
            encrypt_mode: String::new(),
            concurrent_participants: String::new(),
            interpretation: false,
            week_picked: false,
            month_picked: false,
            conf_res_type: String::new(),
            groupuri: String::new(),
            send_notify: String::new(),
            send_sms: String::new(),
            send_calendar: String::new(),
            auto_mute: String::new(),
            hard_auto_mute: String::new(),
            guest_free_pwd: String::new(),
            allow_guest_start: String::new(),
            waiting_room: String::new(),
            host_camera: String::new(),
            guest_camera: String::new(),
            call_in_restriction: String::new(),
            guest_pwd: String::new(),
            vmr_id_type: String::new(),
            prolong_length: String::new(),
            api_base: String::new(),
        }
    }
}

/// Draft (de)serialization by field name, written out by a macro instead of serde's
/// derive: a derived `Deserialize` of these structs costs ~25 KB of wasm. Unknown or
/// mistyped entries are ignored (the default stays), so an old draft never breaks the
/// app.
macro_rules! json_fields {
    (
        $ty:ident {
            strings: [$($s:ident),* $(,)?],
            bools: [$($b:ident),* $(,)?],
            lists: [$($l:ident),* $(,)?],
            numbers: [$($n:ident),* $(,)?] $(,)?
        }
    ) => {
        impl $ty {
            /// Appends the draft's entries, `"name":value` in field order, separated by
            /// commas (JSON text written straight from the fields: no copy of them, no
            /// `Value` tree; a keystroke saves the whole draft).
            fn write_entries(&self, out: &mut String) {
                let mut first = true;
                let mut key = |out: &mut String, name: &str| {
                    if !std::mem::take(&mut first) {
                        out.push(',');
                    }
                    json_text::put_str(out, name);
                    out.push(':');
                };
                $(key(out, stringify!($s)); json_text::put_str(out, &self.$s);)*
                $(key(out, stringify!($b)); out.push_str(if self.$b { "true" } else { "false" });)*
                $(
                    key(out, stringify!($l));
                    out.push('[');
                    for (i, n) in self.$l.iter().enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        let _ = write!(out, "{n}");
                    }
                    out.push(']');
                )*
                $(key(out, stringify!($n)); let _ = write!(out, "{}", self.$n);)*
            }

            /// Reads a draft as the app writes it; missing or mistyped entries
            /// keep their defaults.
            pub fn from_json(v: &Value) -> $ty {
                let mut out = $ty::default();
                let Some(o) = v.as_object() else {
                    return out;
                };
                $(if let Some(x) = o.get(stringify!($s)).and_then(Value::as_str) {
                    out.$s = x.to_string();
                })*
                $(if let Some(x) = o.get(stringify!($b)).and_then(Value::as_bool) {
                    out.$b = x;
                })*
                $(if let Some(x) = o.get(stringify!($l)).and_then(Value::as_array) {
                    out.$l = x
                        .iter()
                        .filter_map(|n| n.as_u64().and_then(|n| u32::try_from(n).ok()))
                        .collect();
                })*
                $(if let Some(x) = o.get(stringify!($n)).and_then(Value::as_u64) {
                    out.$n = u32::try_from(x).unwrap_or_default();
                })*
                out.extra_from_json(o);
                out
            }
        }
    };
}

json_fields! {
    FormState {
        strings: [
            subject, media_types, start_date, start_time, length, zone_id, cycle, interval,
            end_date, pre_remind_days, record_type, record_auth_type, live_address,
            aux_address, vmr_id, language, encrypt_mode, concurrent_participants,
            conf_res_type, groupuri, send_notify, send_sms, send_calendar, auto_mute,
            hard_auto_mute, guest_free_pwd, allow_guest_start, waiting_room, host_camera,
            guest_camera, call_in_restriction, guest_pwd, vmr_id_type, prolong_length,
            api_base,
        ],
        bools: [
            is_auto_record, record_aux_stream, vmr_flag, interpretation, week_picked,
            month_picked,
        ],
        lists: [week_points, month_points],
        numbers: [next_attendee_id],
    }
}

json_fields! {
    AttendeeRow {
        strings: [name, email, phone, sms, role, kind],
        bools: [],
        lists: [],
        numbers: [id],
    }
}

impl FormState {
    /// The draft's JSON text: these fields (not `self.attendees`) and `rows` as the
    /// attendees (the form keeps its rows apart from the rest of its state).
    pub fn draft_json(&self, rows: &[AttendeeRow]) -> String {
        let mut out = String::with_capacity(1024 + rows.len() * 128);
        out.push('{');
        self.write_entries(&mut out);
        out.push_str(",\"attendees\":[");
        for (i, row) in rows.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push('{');
            row.write_entries(&mut out);
            out.push('}');
        }
        out.push_str("]}");
        out
    }

    fn extra_from_json(&mut self, o: &Map<String, Value>) {
        if let Some(rows) = o.get("attendees").and_then(Value::as_array) {
            self.attendees = rows.iter().map(AttendeeRow::from_json).collect();
        }
    }
}

impl AttendeeRow {
    fn extra_from_json(&mut self, _: &Map<String, Value>) {}
}

/// Splits `s` at `sep` into numbers of exactly the given digit counts.
fn numbers<const N: usize>(s: &str, sep: char, widths: [usize; N]) -> Option<[u32; N]> {
    let mut out = [0u32; N];
    let mut parts = s.trim().split(sep);
    for (slot, width) in out.iter_mut().zip(widths) {
        let part = parts.next()?;
        if part.len() != width || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *slot = part.parse().ok()?;
    }
    parts.next().is_none().then_some(out)
}

/// Parses `yyyy-MM-dd` (hand-written: keeps chrono's format parser out of the wasm).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let [y, m, d] = numbers(s, '-', [4, 2, 2])?;
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// The weekday and month-day selections after the start date moved from `old` to
/// `new`. A selection the user has picked (`picked`: weekdays, month days; set by any
/// toggle) is kept (`None`). Otherwise a selection that is exactly the weekday (the day
/// of the month) of `old` — what a fresh form picks — follows to `new`'s (`Some` when
/// that differs), and any other is kept: a draft saved before the app remembered
/// `picked` reads it as `false`, and this tells its own picks from a fresh form's. Both
/// dates must parse.
pub fn follow_start_date(
    old: &str,
    new: &str,
    week: &[u32],
    month: &[u32],
    [week_picked, month_picked]: [bool; 2],
) -> (Option<Vec<u32>>, Option<Vec<u32>>) {
    let (Some(old), Some(new)) = (parse_date(old), parse_date(new)) else {
        return (None, None);
    };
    let weekday = |d: NaiveDate| d.weekday().num_days_from_sunday();
    (
        (!week_picked && week == [weekday(old)] && weekday(old) != weekday(new))
            .then(|| vec![weekday(new)]),
        (!month_picked && month == [old.day()] && old.day() != new.day()).then(|| vec![new.day()]),
    )
}

/// Parses `HH:mm` (also `HH:mm:ss`, as some browsers give).
pub fn parse_time(s: &str) -> Option<NaiveTime> {
    if let Some([h, m]) = numbers(s, ':', [2, 2]) {
        return NaiveTime::from_hms_opt(h, m, 0);
    }
    let [h, m, _] = numbers(s, ':', [2, 2, 2])?;
    NaiveTime::from_hms_opt(h, m, 0)
}

/// An integer field: empty → absent; digits → a JSON number; anything else → the text
/// itself, so that the core reports the wrong type (S15).
fn num_or_raw(s: &str) -> Option<Value> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    match t.parse::<i64>() {
        Ok(n) => Some(Value::from(n)),
        Err(_) => Some(Value::String(s.to_string())),
    }
}

/// A text field: blank → absent; otherwise the text without the spaces around it (a
/// subject typed "  Team sync  " is sent as "Team sync"; the draft keeps what was typed).
fn put_str(map: &mut Map<String, Value>, key: &str, value: &str) {
    let value = value.trim();
    if !value.is_empty() {
        map.insert(key.into(), Value::String(value.to_owned()));
    }
}

fn put_num(map: &mut Map<String, Value>, key: &str, value: &str) {
    if let Some(v) = num_or_raw(value) {
        map.insert(key.into(), v);
    }
}

fn put_tri(map: &mut Map<String, Value>, key: &str, value: &str) {
    match value {
        "true" => {
            map.insert(key.into(), Value::Bool(true));
        }
        "false" => {
            map.insert(key.into(), Value::Bool(false));
        }
        _ => {}
    }
}

impl FormState {
    /// A fresh form for a browser at `now` whose zone maps to `zone`: tomorrow (in the
    /// zone) at 09:00, one hour, weekly on that weekday for four weeks.
    pub fn initial(now: NaiveDateTime, zone: &'static Zone) -> FormState {
        let today = utc_to_local(now, zone).unwrap_or(now).date();
        let start = today.checked_add_days(Days::new(1)).unwrap_or(today);
        let end = start.checked_add_days(Days::new(27)).unwrap_or(start);
        FormState {
            start_date: format_date(start),
            end_date: format_date(end),
            zone_id: zone.id.to_string(),
            week_points: vec![start.weekday().num_days_from_sunday()],
            month_points: vec![start.day()],
            ..FormState::default()
        }
    }

    /// The meeting zone, when `zone_id` names a row of the table.
    pub fn zone(&self) -> Option<&'static Zone> {
        self.zone_id
            .trim()
            .parse::<u8>()
            .ok()
            .and_then(zones::by_id)
    }

    /// `startTime` (UTC `yyyy-MM-dd HH:mm`) from the local start date and time in the
    /// meeting zone (S3, S4: a time in a DST gap moves forward, an ambiguous one takes
    /// the earlier instant). `Some("")` when the time is empty ("start now"); `None`
    /// when the date or zone is not usable (the core reports those fields); the raw
    /// text when the time does not parse.
    pub fn start_time_utc(&self) -> Option<String> {
        if self.start_time.trim().is_empty() {
            return Some(String::new());
        }
        if parse_time(&self.start_time).is_none() {
            return Some(self.start_time.clone());
        }
        self.start_resolved()
            .map(|(_, r, _)| format_api_time(r.utc))
    }

    /// When the start time does not exist on the start date in the meeting zone (a
    /// spring-forward gap): the time typed and the time the series gets instead. The
    /// request's `startTime` is UTC, so the series' time of day (S3) is the instant's
    /// local time, moved by the gap (S4): every meeting starts then.
    pub fn start_time_gap(&self) -> Option<(NaiveTime, NaiveTime)> {
        let (time, resolved, zone) = self.start_resolved()?;
        if !resolved.flags.contains(Flag::Shifted) {
            return None;
        }
        Some((time, utc_to_local(resolved.utc, zone)?.time()))
    }

    /// The start time (as typed) on the start date, resolved in the meeting zone (S4),
    /// and that zone; `None` when the date or the time does not parse.
    fn start_resolved(&self) -> Option<(NaiveTime, Resolved, &'static Zone)> {
        let time = parse_time(&self.start_time)?;
        let date = parse_date(&self.start_date)?;
        let zone = self.zone().unwrap_or_else(zones::default_zone);
        Some((time, local_to_utc(date.and_time(time), zone)?, zone))
    }

    /// The request body. `ui_lang` is the notification `language` unless the form sets
    /// one.
    pub fn to_request(&self, ui_lang: Lang) -> Value {
        self.to_request_with(&self.attendees, ui_lang)
    }

    /// [`FormState::to_request`] with the attendee rows given separately.
    pub fn to_request_with(&self, attendees: &[AttendeeRow], ui_lang: Lang) -> Value {
        let mut m = Map::new();
        put_str(&mut m, "subject", &self.subject);
        m.insert("mediaTypes".into(), Value::String(self.media_types.clone()));
        if let Some(st) = self.start_time_utc() {
            m.insert("startTime".into(), Value::String(st));
        }
        put_num(&mut m, "length", &self.length);
        put_str(&mut m, "timeZoneID", &self.zone_id);
        let language = if self.language.is_empty() {
            ui_lang.tag()
        } else {
            self.language.as_str()
        };
        m.insert("language".into(), Value::String(language.into()));

        let mut cp = Map::new();
        cp.insert("startDate".into(), Value::String(self.start_date.clone()));
        cp.insert("endDate".into(), Value::String(self.end_date.clone()));
        cp.insert("cycle".into(), Value::String(self.cycle.clone()));
        put_num(&mut cp, "interval", &self.interval);
        let points = match self.cycle.as_str() {
            "Week" => Some(&self.week_points),
            "Month" => Some(&self.month_points),
            _ => None,
        };
        if let Some(points) = points.filter(|p| !p.is_empty()) {
            // Kept sorted by `toggle_point`; a restored draft may not be.
            let mut sorted = Vec::with_capacity(points.len());
            for &p in points {
                insert_sorted(&mut sorted, p);
            }
            cp.insert("point".into(), json!(sorted));
        }
        put_num(&mut cp, "preRemindDays", &self.pre_remind_days);
        m.insert("cycleParams".into(), Value::Object(cp));

        if let Some(rows) = attendees_request(attendees) {
            m.insert("attendees".into(), rows);
        }

        put_num(&mut m, "recordType", &self.record_type);
        if self.is_auto_record {
            m.insert("isAutoRecord".into(), Value::from(1));
        }
        if self.record_aux_stream {
            m.insert("recordAuxStream".into(), Value::from(1));
        }
        put_num(&mut m, "recordAuthType", &self.record_auth_type);
        put_str(&mut m, "liveAddress", &self.live_address);
        put_str(&mut m, "auxAddress", &self.aux_address);
        if self.vmr_flag {
            m.insert("vmrFlag".into(), Value::from(1));
        }
        put_str(&mut m, "vmrID", &self.vmr_id);
        put_num(&mut m, "encryptMode", &self.encrypt_mode);
        put_num(
            &mut m,
            "concurrentParticipants",
            &self.concurrent_participants,
        );
        if self.interpretation {
            m.insert(
                "supportSimultaneousInterpretation".into(),
                Value::Bool(true),
            );
        }
        put_num(&mut m, "confResType", &self.conf_res_type);
        put_str(&mut m, "groupuri", &self.groupuri);

        let mut cc = Map::new();
        put_tri(&mut cc, "isSendNotify", &self.send_notify);
        put_tri(&mut cc, "isSendSms", &self.send_sms);
        put_tri(&mut cc, "isSendCalendar", &self.send_calendar);
        put_tri(&mut cc, "isAutoMute", &self.auto_mute);
        put_tri(&mut cc, "isHardTerminalAutoMute", &self.hard_auto_mute);
        put_tri(&mut cc, "isGuestFreePwd", &self.guest_free_pwd);
        put_tri(&mut cc, "allowGuestStartConf", &self.allow_guest_start);
        put_tri(&mut cc, "enableWaitingRoom", &self.waiting_room);
        put_tri(&mut cc, "isHostCameraOn", &self.host_camera);
        put_tri(&mut cc, "isGuestCameraOn", &self.guest_camera);
        put_num(&mut cc, "callInRestriction", &self.call_in_restriction);
        put_str(&mut cc, "guestPwd", &self.guest_pwd);
        put_num(&mut cc, "vmrIDType", &self.vmr_id_type);
        put_num(&mut cc, "prolongLength", &self.prolong_length);
        if !cc.is_empty() {
            m.insert("confConfigInfo".into(), Value::Object(cc));
        }
        Value::Object(m)
    }

    /// Adds an empty attendee row; returns its id.
    pub fn add_attendee(&mut self) -> u32 {
        let id = self.next_attendee_id.max(1);
        self.next_attendee_id = id.saturating_add(1);
        self.attendees.push(AttendeeRow {
            id,
            role: "0".into(),
            ..AttendeeRow::default()
        });
        id
    }

    /// Removes the attendee row `id`.
    pub fn remove_attendee(&mut self, id: u32) {
        self.attendees.retain(|a| a.id != id);
    }

    /// Toggles weekday or month day `p` for the current cycle.
    pub fn toggle_point(&mut self, p: u32) {
        let (set, picked) = if self.cycle == "Month" {
            (&mut self.month_points, &mut self.month_picked)
        } else {
            (&mut self.week_points, &mut self.week_picked)
        };
        toggle_in(set, p);
        *picked = true;
    }
}

/// Removes `p` from `set`, or adds it in order (a weekday or month-day toggle).
pub fn toggle_in(set: &mut Vec<u32>, p: u32) {
    if let Some(i) = set.iter().position(|&x| x == p) {
        set.remove(i);
    } else {
        insert_sorted(set, p);
    }
}

/// Inserts `p` after the values below it. (At most 31 points: a binary search and an
/// insert instead of `sort_unstable`, whose code was 1.8 KB of the app's first load.)
fn insert_sorted(set: &mut Vec<u32>, p: u32) {
    let at = set.partition_point(|&x| x < p);
    set.insert(at, p);
}

impl AttendeeRow {
    fn to_request(&self) -> Value {
        let mut a = Map::new();
        put_str(&mut a, "name", &self.name);
        put_str(&mut a, "email", &self.email);
        put_str(&mut a, "phone", &self.phone);
        put_str(&mut a, "sms", &self.sms);
        put_num(&mut a, "role", &self.role);
        put_str(&mut a, "type", &self.kind);
        Value::Object(a)
    }
}

/// The request's `attendees` array (absent when there is no row).
pub fn attendees_request(rows: &[AttendeeRow]) -> Option<Value> {
    (!rows.is_empty()).then(|| Value::Array(rows.iter().map(AttendeeRow::to_request).collect()))
}

/// The request made of its two halves: `base` (the form without attendees, as
/// [`FormState::to_request_with`] gives it for no rows) and `attendees`
/// ([`attendees_request`]); equal to [`FormState::to_request_with`] of the rows.
pub fn join_request(base: &Value, attendees: Option<&Value>) -> Value {
    let mut request = base.clone();
    if let (Value::Object(m), Some(rows)) = (&mut request, attendees) {
        m.insert("attendees".into(), rows.clone());
    }
    request
}

/// The core's view of [`join_request`] without building it: the entries of `base` (in
/// their order, which is by key) with `attendees` at its place among them. The app keeps
/// the two halves apart so that a keystroke outside the attendees neither rebuilds nor
/// compares their hundreds of values.
pub fn request_view<'a>(base: &'a Value, attendees: Option<&'a Value>) -> Json<'a> {
    let Value::Object(m) = base else {
        return Json::from_value(base);
    };
    let mut entries: Vec<(Cow<'a, str>, Json<'a>)> = Vec::with_capacity(m.len() + 1);
    let mut pending = attendees;
    for (k, v) in m {
        if let Some(rows) = pending.filter(|_| k.as_str() > "attendees") {
            entries.push((Cow::Borrowed("attendees"), Json::from_value(rows)));
            pending = None;
        }
        entries.push((Cow::Borrowed(k.as_str()), Json::from_value(v)));
    }
    if let Some(rows) = pending {
        entries.push((Cow::Borrowed("attendees"), Json::from_value(rows)));
    }
    Json::Object(Object::new(entries))
}

/// The DOM id of the control that edits request `path` (`cycleParams.interval`,
/// `attendees[2].email`, `confConfigInfo.guestPwd`), or `None` when no control does.
/// Attendee indices are turned into row ids through `attendee_ids`.
pub fn field_id_for_path(path: &str, attendee_ids: &[u32]) -> Option<String> {
    if let Some(rest) = path.strip_prefix("attendees[") {
        let (index, tail) = rest.split_once(']')?;
        let id = attendee_ids.get(index.parse::<usize>().ok()?)?;
        let sub = match tail.trim_start_matches('.') {
            "name" => "name",
            "phone" | "phone2" | "phone3" => "phone",
            "sms" => "sms",
            "role" => "role",
            "type" => "type",
            _ => "email",
        };
        return Some(format!("f-att-{id}-{sub}"));
    }
    if path == "attendees" {
        return Some("f-attendees".into());
    }
    let path = match path {
        p if p.starts_with("cycleParams.point") => "cycleParams.point",
        "cycleParams" => "cycleParams.endDate",
        p => p,
    };
    if FIELD_PATHS.contains(&path) {
        Some(dom_id(path))
    } else {
        None
    }
}

/// The DOM id of the control for a request path without indices.
pub fn dom_id(path: &str) -> String {
    format!("f-{}", path.replace('.', "-"))
}

/// Request paths that have a control in the form.
pub const FIELD_PATHS: &[&str] = &[
    "subject",
    "mediaTypes",
    "startTime",
    "length",
    "timeZoneID",
    "language",
    "cycleParams.startDate",
    "cycleParams.endDate",
    "cycleParams.cycle",
    "cycleParams.interval",
    "cycleParams.point",
    "cycleParams.preRemindDays",
    "recordType",
    "isAutoRecord",
    "recordAuxStream",
    "recordAuthType",
    "liveAddress",
    "auxAddress",
    "vmrFlag",
    "vmrID",
    "encryptMode",
    "concurrentParticipants",
    "supportSimultaneousInterpretation",
    "confResType",
    "groupuri",
    "confConfigInfo.isSendNotify",
    "confConfigInfo.isSendSms",
    "confConfigInfo.isSendCalendar",
    "confConfigInfo.isAutoMute",
    "confConfigInfo.isHardTerminalAutoMute",
    "confConfigInfo.isGuestFreePwd",
    "confConfigInfo.allowGuestStartConf",
    "confConfigInfo.enableWaitingRoom",
    "confConfigInfo.isHostCameraOn",
    "confConfigInfo.isGuestCameraOn",
    "confConfigInfo.callInRestriction",
    "confConfigInfo.guestPwd",
    "confConfigInfo.vmrIDType",
    "confConfigInfo.prolongLength",
    "token",
];

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(s: &str) -> NaiveDateTime {
        let (d, t) = s.split_once(' ').expect("test time");
        parse_date(d)
            .expect("date")
            .and_time(parse_time(t).expect("time"))
    }

    #[test]
    fn a_start_time_in_a_dst_gap_is_noticed() {
        // 02:30 on 2027-03-14 does not exist in New York: the series starts at 03:30.
        let mut f = FormState::initial(at("2027-03-01 00:00"), zones::by_id(13).expect("row 13"));
        f.start_date = "2027-03-14".into();
        f.start_time = "02:30".into();
        let t = |s: &str| parse_time(s).expect("time");
        assert_eq!(f.start_time_gap(), Some((t("02:30"), t("03:30"))));
        f.start_time = "01:30".into();
        assert_eq!(f.start_time_gap(), None);
        f.start_date = "2027-03-15".into();
        f.start_time = "02:30".into();
        assert_eq!(f.start_time_gap(), None);
    }

    #[test]
    fn fresh_picks_follow_the_start_date() {
        const FRESH: [bool; 2] = [false, false];
        // The fresh form's picks follow the start date (Tue 5th → Thu 7th) …
        assert_eq!(
            follow_start_date("2027-01-05", "2027-01-07", &[2], &[5], FRESH),
            (Some(vec![4]), Some(vec![7]))
        );
        // … a selection other than the start date's day stays (a draft saved before the
        // app remembered picks), and so does everything while a date is unfinished.
        assert_eq!(
            follow_start_date("2027-01-05", "2027-01-07", &[1, 3], &[15], FRESH),
            (None, None)
        );
        assert_eq!(
            follow_start_date("2027-01-05", "2027-01-0", &[2], &[5], FRESH),
            (None, None)
        );
        // A week later: same weekday, another day of the month.
        assert_eq!(
            follow_start_date("2027-01-05", "2027-01-12", &[2], &[5], FRESH),
            (None, Some(vec![12]))
        );
        // Days the user picked never follow, even when they are the start date's day:
        // Mon only, start Wed 13th → Mon 18th → Wed 20th keeps Mon.
        assert_eq!(
            follow_start_date("2027-01-18", "2027-01-20", &[1], &[18], [true, false]),
            (None, Some(vec![20]))
        );
        // Day 1 only, start Feb 1st → Feb 3rd keeps day 1.
        assert_eq!(
            follow_start_date("2027-02-01", "2027-02-03", &[1], &[1], [false, true]),
            (Some(vec![3]), None)
        );
    }

    #[test]
    fn text_fields_are_sent_without_the_spaces_around_them() {
        let mut s = FormState::initial(at("2027-01-04 00:00"), zones::by_id(13).expect("row 13"));
        s.subject = "  Team sync  ".into();
        s.attendees.push(AttendeeRow {
            id: 1,
            name: "  Bob  ".into(),
            email: " bob@example.com ".into(),
            phone: "   ".into(),
            ..AttendeeRow::default()
        });
        let r = s.to_request(Lang::EnUs);
        assert_eq!(r["subject"], "Team sync");
        assert_eq!(r["attendees"][0]["name"], "Bob");
        assert_eq!(r["attendees"][0]["email"], "bob@example.com");
        assert!(r["attendees"][0].get("phone").is_none());
        // The draft keeps what was typed.
        let draft: Value = serde_json::from_str(&s.draft_json(&s.attendees)).expect("JSON");
        assert_eq!(FormState::from_json(&draft).subject, "  Team sync  ");
    }

    #[test]
    fn a_toggle_makes_the_selection_the_users() {
        let mut s = FormState::initial(at("2027-01-04 00:00"), zones::by_id(13).expect("row 13"));
        assert!(!s.week_picked && !s.month_picked);
        s.toggle_point(1);
        assert!(s.week_picked && !s.month_picked);
        s.cycle = "Month".into();
        s.toggle_point(1);
        assert!(s.month_picked);
        // Kept in the draft; a draft without the entries reads "not picked".
        let read = |text: &str| FormState::from_json(&serde_json::from_str(text).expect("JSON"));
        let back = read(&s.draft_json(&[]));
        assert!(back.week_picked && back.month_picked);
        let old = read(r#"{"start_date":"2027-01-13","week_points":[3]}"#);
        assert!(!old.week_picked && !old.month_picked);
        assert_eq!(old.week_points, vec![3]);
    }

    #[test]
    fn dates_and_times_parse_strictly() {
        assert_eq!(parse_date("2027-02-29"), None);
        assert_eq!(parse_date("2027-1-05"), None);
        assert_eq!(parse_time("09:30:00"), NaiveTime::from_hms_opt(9, 30, 0));
        assert_eq!(parse_time("9:30"), None);
    }

    #[test]
    fn start_time_is_converted_from_the_zone_to_utc() {
        let zone = zones::by_id(56).expect("row 56");
        let mut s = FormState::initial(at("2027-01-04 00:00"), zone);
        assert_eq!(s.start_date, "2027-01-05");
        s.start_time = "09:30".into();
        assert_eq!(s.start_time_utc().as_deref(), Some("2027-01-05 01:30"));
        let req = s.to_request(Lang::EnUs);
        assert_eq!(req["startTime"], "2027-01-05 01:30");
        assert_eq!(req["cycleParams"]["point"], json!([2]));
        assert_eq!(req["language"], "en-US");
        assert_eq!(req["length"], 60);
    }

    #[test]
    fn points_toggle_in_order_and_are_sent_sorted() {
        let mut set = Vec::new();
        for p in [5, 1, 3, 1, 31, 0] {
            toggle_in(&mut set, p);
        }
        assert_eq!(set, vec![0, 3, 5, 31]);
        let mut s = FormState::initial(at("2027-01-04 00:00"), zones::by_id(13).expect("row 13"));
        s.toggle_point(4);
        assert_eq!(s.week_points, vec![1, 4]);
        // A restored draft may hold its days in any order.
        s.cycle = "Month".into();
        s.month_points = vec![20, 3, 11, 3];
        let req = s.to_request(Lang::EnUs);
        assert_eq!(req["cycleParams"]["point"], json!([3, 3, 11, 20]));
    }

    #[test]
    fn bad_numbers_pass_through_as_text() {
        let s = FormState {
            interval: "x".into(),
            start_date: format_date(NaiveDate::from_ymd_opt(2027, 1, 5).expect("date")),
            ..FormState::default()
        };
        let req = s.to_request(Lang::ZhCn);
        assert_eq!(req["cycleParams"]["interval"], "x");
        assert_eq!(req["language"], "zh-CN");
    }

    #[test]
    fn drafts_round_trip_and_tolerate_junk() {
        let read_draft =
            |text: &str| FormState::from_json(&serde_json::from_str(text).expect("draft is JSON"));
        let zone = zones::by_id(13).expect("row 13");
        let mut s = FormState::initial(at("2027-01-04 00:00"), zone);
        s.add_attendee();
        s.attendees[0].email = "a@example.com".into();
        s.vmr_flag = true;
        s.subject = "Q4 \"sync\"\n\\ é😀\u{1}".into();
        s.week_points = vec![1, 3, 5];
        s.week_picked = true;
        assert_eq!(read_draft(&s.draft_json(&s.attendees)), s);
        // No rows, and several rows.
        s.attendees.clear();
        assert_eq!(read_draft(&s.draft_json(&[])), s);
        for _ in 0..3 {
            s.add_attendee();
        }
        s.attendees[2].name = "Zoë \"Z\"".into();
        assert_eq!(read_draft(&s.draft_json(&s.attendees)), s);
        let junk = json!({"subject": 5, "cycle": "Day", "week_points": ["x", 3]});
        let read = FormState::from_json(&junk);
        assert_eq!(read.subject, "");
        assert_eq!(read.cycle, "Day");
        assert_eq!(read.week_points, vec![3]);
    }

    /// The two halves give the request and the core's view of it: the same expansion,
    /// issue for issue, as the whole request.
    #[test]
    fn request_halves_equal_the_whole() {
        let zone = zones::by_id(13).expect("row 13");
        let mut s = FormState::initial(at("2027-01-04 00:00"), zone);
        let opts = cycleconf_core::Options {
            now: at("2027-01-04 00:00").and_utc(),
            lang: Lang::EnUs,
        };
        for n in [0, 1, 3] {
            s.attendees.clear();
            for i in 0..n {
                s.add_attendee();
                s.attendees[i].email = if i == 1 {
                    "bad".into()
                } else {
                    format!("a{i}@example.com")
                };
            }
            let whole = s.to_request(Lang::EnUs);
            let base = s.to_request_with(&[], Lang::EnUs);
            let rows = attendees_request(&s.attendees);
            assert_eq!(rows.is_some(), n > 0);
            assert_eq!(join_request(&base, rows.as_ref()), whole);
            let view = request_view(&base, rows.as_ref());
            assert_eq!(view, Json::from_value(&whole), "{n} attendees");
            let a = cycleconf_core::expand_json(&view, &opts);
            let b = cycleconf_core::expand(&whole, &opts);
            assert_eq!(
                serde_json::to_value(&a).expect("json"),
                serde_json::to_value(&b).expect("json")
            );
            if n == 3 {
                assert!(a.issues.iter().any(|i| i.path == "attendees[1].email"));
            }
        }
    }

    #[test]
    fn attendee_paths_map_to_row_ids() {
        assert_eq!(
            field_id_for_path("attendees[1].email", &[4, 9]).as_deref(),
            Some("f-att-9-email")
        );
        assert_eq!(
            field_id_for_path("cycleParams.point[0]", &[]).as_deref(),
            Some("f-cycleParams-point")
        );
        assert_eq!(field_id_for_path("bogus", &[]), None);
    }
}
