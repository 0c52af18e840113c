//! `cycleParams` and `startTime` (semantics S3, S6, S8–S10, S12–S14).

use chrono::{
    DateTime, Datelike, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Timelike, Utc,
};
use std::borrow::Cow;

use crate::json::{Json, Object};

use super::ctx::{Ctx, did_you_mean, join, shown};
use super::issue::IssueCode;
use crate::messages::{Expected, Message};
use crate::model::CycleParams;
use crate::recurrence::{format_api_time, format_clock, format_date};
use crate::series::Cycle;
use crate::zones::Zone;

/// Defined `cycleParams` fields (§2).
pub const CYCLE_PARAMS_FIELDS: &[&str] = &[
    "startDate",
    "endDate",
    "cycle",
    "interval",
    "point",
    "preRemindDays",
];

const CYCLES: &[&str] = &["Day", "Week", "Month"];
const P: &str = "cycleParams";

/// The typed timing of the series.
pub(crate) struct Timing {
    pub(crate) start_date: NaiveDate,
    pub(crate) end_date: NaiveDate,
    pub(crate) cycle: Cycle,
    pub(crate) interval: u32,
    pub(crate) points: Vec<u32>,
    pub(crate) start_time_utc: Option<NaiveDateTime>,
    pub(crate) start_time_raw: Option<String>,
    pub(crate) pre_remind_days: u32,
    pub(crate) cycle_params: CycleParams,
}

/// Parses `yyyy-MM-dd` strictly (exactly that shape, a real date).
pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let year = digits(b.get(0..4)?)?;
    let month = digits(b.get(5..7)?)?;
    let day = digits(b.get(8..10)?)?;
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// Parses `yyyy-MM-dd HH:mm` strictly.
pub(crate) fn parse_date_time(s: &str) -> Option<NaiveDateTime> {
    let b = s.as_bytes();
    if b.len() != 16 || b.get(10) != Some(&b' ') || b.get(13) != Some(&b':') {
        return None;
    }
    let date = parse_date(s.get(0..10)?)?;
    let hour = digits(b.get(11..13)?)?;
    let minute = digits(b.get(14..16)?)?;
    Some(date.and_time(NaiveTime::from_hms_opt(hour, minute, 0)?))
}

fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
    })
}

/// The local wall-clock time of the UTC instant `utc` in `zone`.
fn to_local(zone: &Zone, utc: NaiveDateTime) -> NaiveDateTime {
    let offset = zone.utc_offset_at(utc.and_utc().timestamp());
    // Saturating at chrono's range ends (only reachable with an absurd `now`).
    utc.checked_add_signed(TimeDelta::seconds(i64::from(offset)))
        .unwrap_or(utc)
}

/// A date field of cycleParams: missing/empty → `missing_field`, malformed →
/// `invalid_date`, both with `huawei` (S6).
fn date_field(
    ctx: &mut Ctx,
    obj: &Object<'_>,
    name: &str,
    huawei: &'static str,
) -> Option<NaiveDate> {
    let present = obj.get(name).is_some_and(|v| !v.is_null());
    let text = ctx.string(obj, P, name);
    match text {
        Some(t) if !t.is_empty() => match parse_date(&t) {
            Some(d) => Some(d),
            None => {
                let field = join(P, name);
                ctx.push(
                    field.clone(),
                    IssueCode::InvalidDate,
                    Message::InvalidDate {
                        field,
                        value: t.into_owned(),
                    },
                    Some(huawei),
                );
                None
            }
        },
        _ => {
            if !present || text.is_some() {
                let field = join(P, name);
                ctx.push(
                    field.clone(),
                    IssueCode::MissingField,
                    Message::MissingField { field },
                    Some(huawei),
                );
            }
            None
        }
    }
}

/// Walks `startTime` and `cycleParams`; `None` when something needed for the series
/// is missing or wrong (an error has then been reported).
pub(crate) fn walk(
    ctx: &mut Ctx,
    root: &Object<'_>,
    zone: &Zone,
    now: DateTime<Utc>,
) -> Option<Timing> {
    // S12, S3: startTime.
    let start_time_raw = ctx.string(root, "", "startTime").map(Cow::into_owned);
    let mut start_time_utc = None;
    let mut start_time_ok = true;
    if let Some(text) = start_time_raw.as_deref().filter(|t| !t.is_empty()) {
        match parse_date_time(text) {
            Some(st) => {
                let now_minute = now
                    .naive_utc()
                    .with_second(0)
                    .and_then(|t| t.with_nanosecond(0));
                if let Some(now_minute) = now_minute
                    && st < now_minute
                {
                    ctx.push(
                        "startTime".to_owned(),
                        IssueCode::StartTimeInPast,
                        Message::StartTimeInPast {
                            start_time: text.to_owned(),
                            local: format_api_time(to_local(zone, st)),
                            now: format_api_time(now_minute),
                        },
                        Some("MMC.111071013"),
                    );
                }
                start_time_utc = Some(st);
            }
            None => {
                start_time_ok = false;
                ctx.push(
                    "startTime".to_owned(),
                    IssueCode::InvalidStartTime,
                    Message::InvalidStartTime {
                        value: text.to_owned(),
                    },
                    None,
                );
            }
        }
    }
    if root.get("startTime").is_some_and(|v| !v.is_null()) && start_time_raw.is_none() {
        start_time_ok = false; // wrong type
    }

    // S14: cycleParams is required.
    let obj = match root.get(P) {
        None | Some(Json::Null) => {
            ctx.push(
                P.to_owned(),
                IssueCode::CycleParamsMissing,
                Message::CycleParamsMissing,
                Some("MMC.111071020"),
            );
            return None;
        }
        Some(Json::Object(obj)) => obj,
        Some(_) => {
            ctx.wrong_type(P.to_owned(), Expected::Object);
            return None;
        }
    };
    ctx.unknown_fields(obj, P, CYCLE_PARAMS_FIELDS);

    // S6: dates.
    let start_date = date_field(ctx, obj, "startDate", "MMC.111071041");
    let end_date = date_field(ctx, obj, "endDate", "MMC.111071042");
    if let (Some(start), Some(end)) = (start_date, end_date) {
        if end < start {
            ctx.push(
                join(P, "endDate"),
                IssueCode::EndBeforeStart,
                Message::EndBeforeStart { start, end },
                None,
            );
        }
        // Feb 29 + 12 months = Feb 28 (chrono clamps to the month's last day).
        if let Some(latest) = start.checked_add_months(Months::new(12))
            && end > latest
        {
            ctx.push(
                join(P, "endDate"),
                IssueCode::SeriesTooLong,
                Message::SeriesTooLong { end, latest },
                None,
            );
        }
    }
    if let Some(start) = start_date {
        let today = to_local(zone, now.naive_utc()).date();
        if start < today {
            ctx.push(
                join(P, "startDate"),
                IssueCode::StartDateInPast,
                Message::StartDateInPast { start, today },
                None,
            );
        }
        // S12: only the time of day of startTime is used.
        if let Some(st) = start_time_utc {
            let local = to_local(zone, st);
            if local.date() != start {
                ctx.push(
                    "startTime".to_owned(),
                    IssueCode::StartTimeDateMismatch,
                    Message::StartTimeDateMismatch {
                        local_date: local.date(),
                        local_time: format_clock(local.time()),
                        start_date: start,
                    },
                    None,
                );
            }
        }
    }

    // S10: cycle, exact spelling.
    let cycle_present = obj.get("cycle").is_some_and(|v| !v.is_null());
    let cycle_text = ctx.string(obj, P, "cycle");
    let cycle = match cycle_text.as_deref() {
        Some(text) if let Some(cycle) = Cycle::from_api(text) => Some(cycle),
        Some(other) if !other.is_empty() => {
            ctx.push(
                join(P, "cycle"),
                IssueCode::InvalidCycle,
                Message::InvalidCycle {
                    value: other.to_owned(),
                    suggestion: did_you_mean(other, CYCLES),
                },
                Some("MMC.111071043"),
            );
            None
        }
        _ => {
            if !cycle_present || cycle_text.is_some() {
                let field = join(P, "cycle");
                ctx.push(
                    field.clone(),
                    IssueCode::MissingField,
                    Message::MissingField { field },
                    Some("MMC.111071043"),
                );
            }
            None
        }
    };

    // S10: interval, default 1; 1 to 15 (Day), 5 (Week), 3 (Month).
    let interval_raw = ctx.integer(obj, P, "interval");
    let interval_typed_ok = interval_raw.is_some() || obj.get("interval").is_none_or(Json::is_null);
    let mut interval = None;
    // Without a valid cycle, a value outside the widest range (Day's) is still wrong
    // whatever the cycle becomes: reported now (S18, every issue at once).
    let max = cycle.map_or(Cycle::WIDEST_MAX_INTERVAL, Cycle::max_interval);
    match interval_raw {
        Some(v) if v < 1 || v > i64::from(max) => {
            ctx.push(
                join(P, "interval"),
                IssueCode::IntervalOutOfRange,
                Message::IntervalOutOfRange {
                    cycle,
                    value: shown(obj.get("interval"), v),
                    max,
                },
                Some("MMC.111071044"),
            );
        }
        Some(v) => interval = u32::try_from(v).ok(),
        None if interval_typed_ok => interval = Some(1),
        None => {}
    }

    // S8–S10: point.
    let (points, point_raw, points_ok) = points(ctx, obj, cycle, start_date);

    // S13: preRemindDays 0–30, default 1 (the cap to the period is the expansion's
    // finding `pre_remind_capped`).
    let pre_raw = ctx.integer(obj, P, "preRemindDays");
    let pre_typed_ok = pre_raw.is_some() || obj.get("preRemindDays").is_none_or(Json::is_null);
    let pre_remind_days = match pre_raw {
        Some(v) if !(0..=30).contains(&v) => {
            ctx.push(
                join(P, "preRemindDays"),
                IssueCode::PreRemindOutOfRange,
                Message::PreRemindOutOfRange {
                    value: shown(obj.get("preRemindDays"), v),
                },
                None,
            );
            None
        }
        Some(v) => u32::try_from(v).ok(),
        None if pre_typed_ok => Some(1),
        None => None,
    };

    if !start_time_ok || !points_ok {
        return None;
    }
    let (start_date, end_date, cycle, interval, pre_remind_days) =
        (start_date?, end_date?, cycle?, interval?, pre_remind_days?);
    Some(Timing {
        start_date,
        end_date,
        cycle,
        interval,
        points,
        start_time_utc,
        start_time_raw,
        pre_remind_days,
        cycle_params: CycleParams {
            start_date: format_date(start_date),
            end_date: format_date(end_date),
            cycle: cycle.as_str().to_owned(),
            interval: interval_raw.and_then(|v| i32::try_from(v).ok()),
            point: point_raw,
            pre_remind_days: pre_raw.and_then(|v| i32::try_from(v).ok()),
            cycle_count: None,
        },
    })
}

/// `point`: returns (sorted distinct valid points for the spec, the canonical list as
/// sent, whether nothing was wrongly typed).
fn points(
    ctx: &mut Ctx,
    obj: &Object<'_>,
    cycle: Option<Cycle>,
    start_date: Option<NaiveDate>,
) -> (Vec<u32>, Option<Vec<i32>>, bool) {
    let items = match obj.get("point") {
        None | Some(Json::Null) => None,
        Some(Json::Array(items)) => Some(items),
        Some(_) => {
            ctx.wrong_type(join(P, "point"), Expected::Array);
            return (Vec::new(), None, false);
        }
    };
    let mut ok = true;
    let mut raw: Vec<i32> = Vec::new();
    let mut valid: Vec<u32> = Vec::new();
    // Without a valid cycle, a value that is neither a weekday nor a month day is still
    // wrong whatever the cycle becomes: reported now (S18, every issue at once).
    let range = match cycle {
        Some(Cycle::Week) => Some(0..=6),
        Some(Cycle::Month) => Some(1..=31),
        None => Some(0..=31),
        Some(Cycle::Day) => None,
    };
    for (i, item) in items
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let Some(v) = ctx.integer_value(item, || format!("{P}.point[{i}]")) else {
            ok = false;
            continue;
        };
        raw.push(i32::try_from(v).unwrap_or(if v < 0 { i32::MIN } else { i32::MAX }));
        if let Some(range) = &range
            && !range.contains(&v)
        {
            ctx.push(
                format!("{P}.point[{i}]"),
                IssueCode::PointOutOfRange,
                Message::PointOutOfRange {
                    cycle,
                    value: shown(Some(item), v),
                },
                Some("MMC.111071046"),
            );
            continue;
        }
        let Ok(p) = u32::try_from(v) else { continue };
        if valid.contains(&p) {
            ctx.push(
                format!("{P}.point[{i}]"),
                IssueCode::DuplicatePoint,
                Message::DuplicatePoint { value: v },
                None,
            );
        } else {
            valid.push(p);
        }
    }
    // Distinct values: an insertion sort (no general sort code in the wasm).
    for i in 1..valid.len() {
        let mut j = i;
        while j > 0 && valid[j - 1] > valid[j] {
            valid.swap(j - 1, j);
            j -= 1;
        }
    }
    let given = items.is_some_and(|v| !v.is_empty());
    match cycle {
        Some(Cycle::Day) => {
            if given {
                ctx.push(
                    join(P, "point"),
                    IssueCode::PointIgnored,
                    Message::PointIgnored,
                    None,
                );
            }
            valid.clear();
        }
        Some(cycle @ (Cycle::Week | Cycle::Month)) if !given => {
            if let Some(start) = start_date {
                let value = match cycle {
                    Cycle::Week => start.weekday().num_days_from_sunday(),
                    _ => start.day(),
                };
                ctx.push(
                    join(P, "point"),
                    IssueCode::PointDefaulted,
                    Message::PointDefaulted { cycle, value },
                    None,
                );
            }
        }
        _ => {}
    }
    (valid, items.map(|_| raw), ok)
}
