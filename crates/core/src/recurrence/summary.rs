//! The one-sentence human summary of an expanded series, in en-US and zh-CN.
//!
//! Every phrase is an exhaustive `match` on [`Lang`], so adding a language without its
//! translations does not compile.

use std::fmt::Write as _;

use super::{Flag, MAX_MEETINGS, Schedule, format_clock, format_date, month_points, week_points};
use crate::Lang;
use crate::messages::weekday_name;
use crate::series::{Cycle, SeriesSpec};

/// The summary sentence of `schedule` (expanded from `spec`) in `lang`, e.g.
/// "Every 2 weeks on Monday and Wednesday, 09:00–10:00 (GMT+08:00) Beijing, 12 meetings
/// from 2027-01-04 to 2027-03-10" or
/// "每 2 周的星期一和星期三，09:00–10:00 (GMT+08:00) 北京，共 12 次会议，2027-01-04 至 2027-03-10".
///
/// It mentions the 50-meeting cap (S11) and daylight-saving changes (S4) when they
/// apply. `zone_label` is the meeting zone's label as it should be shown.
pub fn summarize(schedule: &Schedule, spec: &SeriesSpec, zone_label: &str, lang: Lang) -> String {
    let mut s = String::with_capacity(160);
    s.push_str(&pattern(spec, lang));
    s.push_str(sep(lang));
    s.push_str(&times(schedule, lang));
    s.push(' ');
    s.push_str(zone_label);
    s.push_str(sep(lang));
    s.push_str(&count_and_range(schedule, lang));

    if schedule.truncated {
        s.push_str(clause_sep(lang));
        let end = format_date(schedule.effective_end_date);
        match lang {
            Lang::EnUs => {
                let _ = write!(
                    s,
                    "capped at {MAX_MEETINGS} meetings; the series ends {end}"
                );
            }
            Lang::ZhCn => {
                let _ = write!(s, "最多 {MAX_MEETINGS} 次会议，系列在 {end} 结束");
            }
        }
    }
    let shifted = schedule.count_flag(Flag::Shifted);
    if shifted > 0 {
        s.push_str(clause_sep(lang));
        match lang {
            Lang::EnUs => {
                let _ = if shifted == 1 {
                    write!(
                        s,
                        "1 meeting falls in a daylight-saving gap and starts later"
                    )
                } else {
                    write!(
                        s,
                        "{shifted} meetings fall in a daylight-saving gap and start later"
                    )
                };
            }
            Lang::ZhCn => {
                let _ = write!(s, "{shifted} 次会议落在夏令时跳过的时段，开始时间顺延");
            }
        }
    }
    let changed = schedule.count_flag(Flag::OffsetChanged);
    if changed > 0 {
        s.push_str(clause_sep(lang));
        match lang {
            Lang::EnUs => {
                let noun = if changed == 1 { "date" } else { "dates" };
                let _ = write!(s, "times shift with daylight saving on {changed} {noun}");
            }
            Lang::ZhCn => {
                let _ = write!(s, "受夏令时影响，{changed} 个日期的 UTC 时间有变化");
            }
        }
    }
    s
}

/// "Every 2 weeks on Monday and Wednesday" / "每 2 周的星期一和星期三".
fn pattern(spec: &SeriesSpec, lang: Lang) -> String {
    let n = spec.interval.max(1);
    match spec.cycle {
        Cycle::Day => match (lang, n) {
            (Lang::EnUs, 1) => "Every day".to_owned(),
            (Lang::EnUs, _) => format!("Every {n} days"),
            (Lang::ZhCn, 1) => "每天".to_owned(),
            (Lang::ZhCn, _) => format!("每 {n} 天"),
        },
        Cycle::Week => {
            let mask = week_points(spec);
            let days: Vec<String> = (0u32..7)
                .filter(|w| mask & (1 << w) != 0)
                .map(|w| weekday_name(w, lang).to_owned())
                .collect();
            let days = join(&days, lang);
            match lang {
                Lang::EnUs => {
                    if n == 1 {
                        format!("Every week on {days}")
                    } else {
                        format!("Every {n} weeks on {days}")
                    }
                }
                Lang::ZhCn => {
                    if n == 1 {
                        format!("每周的{days}")
                    } else {
                        format!("每 {n} 周的{days}")
                    }
                }
            }
        }
        Cycle::Month => {
            let mask = month_points(spec);
            let days: Vec<u32> = (1..=31u32).filter(|p| mask & (1 << p) != 0).collect();
            let clamps = days.iter().any(|&p| p > 28);
            match lang {
                Lang::EnUs => {
                    let list: Vec<String> = days.iter().map(u32::to_string).collect();
                    let mut s = if n == 1 {
                        format!("Every month on day {}", join(&list, lang))
                    } else {
                        format!("Every {n} months on day {}", join(&list, lang))
                    };
                    if clamps {
                        s.push_str(" (the last day in shorter months)");
                    }
                    s
                }
                Lang::ZhCn => {
                    let list: Vec<String> = days.iter().map(|p| format!("{p} 日")).collect();
                    // Digits keep a space from the Han characters around them.
                    let list = join_with(&list, "、", "和 ");
                    let mut s = if n == 1 {
                        format!("每月的 {list}")
                    } else {
                        format!("每 {n} 个月的 {list}")
                    };
                    if clamps {
                        s.push_str("（短月取月末）");
                    }
                    s
                }
            }
        }
    }
}

/// "09:00–10:00": the series' time of day T (S3) and T plus the length on the clock,
/// with "(next day)" / "（次日）" when that passes midnight. The pattern, not the first
/// meeting: a first meeting on a DST change day ends at another clock time (00:30–02:30
/// on the night clocks go forward), or seems to end when it starts (01:30–01:30 when
/// they go back), while every other meeting of the series keeps T to T + length.
fn times(schedule: &Schedule, lang: Lang) -> String {
    let start = chrono::NaiveDate::default().and_time(schedule.local_time);
    let end = start
        .checked_add_signed(chrono::TimeDelta::minutes(i64::from(
            schedule.length_minutes,
        )))
        .unwrap_or(start);
    let mut s = format!(
        "{}\u{2013}{}",
        format_clock(start.time()),
        format_clock(end.time())
    );
    let days_later = (end.date() - start.date()).num_days();
    match (lang, days_later) {
        (_, ..=0) => {}
        (Lang::EnUs, 1) => s.push_str(" (next day)"),
        (Lang::EnUs, n) => {
            let _ = write!(s, " (+{n} days)");
        }
        (Lang::ZhCn, 1) => s.push_str("（次日）"),
        (Lang::ZhCn, n) => {
            let _ = write!(s, "（+{n} 天）");
        }
    }
    s
}

/// "12 meetings from 2027-01-04 to 2027-03-10" / "共 12 次会议，2027-01-04 至 2027-03-10".
fn count_and_range(schedule: &Schedule, lang: Lang) -> String {
    let n = schedule.occurrences.len();
    let first = schedule.occurrences.first().map(|o| format_date(o.date));
    let last = schedule.occurrences.last().map(|o| format_date(o.date));
    match (lang, first, last) {
        (Lang::EnUs, Some(first), Some(last)) if n == 1 || first == last => {
            format!("1 meeting on {first}")
        }
        (Lang::EnUs, Some(first), Some(last)) => {
            format!("{n} meetings from {first} to {last}")
        }
        (Lang::EnUs, _, _) => "no meetings in the date range".to_owned(),
        (Lang::ZhCn, Some(first), Some(last)) if n == 1 || first == last => {
            format!("共 1 次会议，{first}")
        }
        (Lang::ZhCn, Some(first), Some(last)) => {
            format!("共 {n} 次会议，{first} 至 {last}")
        }
        (Lang::ZhCn, _, _) => "日期范围内没有会议".to_owned(),
    }
}

/// "A", "A and B", "A, B and C" / "A", "A和B", "A、B和C".
fn join(items: &[String], lang: Lang) -> String {
    match lang {
        Lang::EnUs => join_with(items, ", ", " and "),
        Lang::ZhCn => join_with(items, "、", "和"),
    }
}

fn join_with(items: &[String], comma: &str, and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}{and}{last}", init.join(comma)),
    }
}

fn sep(lang: Lang) -> &'static str {
    match lang {
        Lang::EnUs => ", ",
        Lang::ZhCn => "，",
    }
}

fn clause_sep(lang: Lang) -> &'static str {
    match lang {
        Lang::EnUs => "; ",
        Lang::ZhCn => "；",
    }
}
