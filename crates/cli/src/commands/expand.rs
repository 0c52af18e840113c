//! `cycleconf expand [FILE|-] [--json]`: the meetings the server will create.

use std::process::ExitCode;

use cycleconf_core::Lang;
use cycleconf_core::json::Json;
use cycleconf_core::validate::Options;
use serde_json::Value;

use super::{EXIT_INVALID, EXIT_OK, Outcome, issue_lines, run_with, to_json_text, verdict};
use crate::args::ExpandArgs;

/// Runs `expand` (reads the input, prints, returns the exit code).
pub fn run(args: &ExpandArgs) -> ExitCode {
    run_with(
        &args.request,
        |value, opts| render(value, opts, args.json),
        |report, opts| {
            if args.json {
                let expansion =
                    cycleconf_core::Expansion::from_owned_report(report, opts.now, opts.lang);
                to_json_text(&expansion)
            } else {
                String::new()
            }
        },
    )
}

/// The output of `expand` for `value`: the contract's `expand --json` object with
/// `json`, else the summary sentence, a table of the meetings and the issues. Exit 0
/// without errors, 1 with errors (the JSON object is printed either way).
pub fn render(value: &Json<'_>, opts: &Options, json: bool) -> Outcome {
    let expansion = cycleconf_core::expand_json(value, opts);
    let code = if expansion.is_valid() {
        EXIT_OK
    } else {
        EXIT_INVALID
    };
    let stdout = if json {
        to_json_text(&expansion)
    } else {
        // The text form is a view of the same JSON object, so both forms always agree.
        let object = serde_json::to_value(&expansion).unwrap_or(Value::Null);
        let issues = &expansion.issues;
        let mut s = table(&object, opts.lang);
        if !issues.is_empty() {
            if !s.is_empty() {
                s.push('\n');
            }
            s.push_str(&issue_lines(issues));
        }
        if !expansion.is_valid() {
            s.push_str(&verdict(issues, opts.lang));
        }
        s
    };
    Outcome {
        stdout,
        stderr: String::new(),
        code,
    }
}

/// The summary sentence and the table of meetings of an `expand --json` object (empty
/// when there are no meetings).
fn table(object: &Value, lang: Lang) -> String {
    let occurrences = object
        .get("occurrences")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    if occurrences.is_empty() {
        return String::new();
    }
    let mut s = String::new();
    if let Some(summary) = object.get("summary").and_then(Value::as_str) {
        s.push_str(summary);
        s.push_str("\n\n");
    }
    let zone = object.get("timeZone");
    let label = zone
        .and_then(|z| z.get("label"))
        .and_then(Value::as_str)
        .unwrap_or("");
    let iana = zone
        .and_then(|z| z.get("iana"))
        .and_then(Value::as_str)
        .unwrap_or("");
    let (h_local, h_utc, h_flags) = match lang {
        Lang::EnUs => ("local start", "UTC start", "flags"),
        Lang::ZhCn => ("当地开始时间", "UTC 开始时间", "标记"),
    };
    let zone_line = match lang {
        Lang::EnUs => format!("time zone: {label} ({iana})\n"),
        Lang::ZhCn => format!("时区：{label}（{iana}）\n"),
    };
    s.push_str(&zone_line);
    s.push_str(&format!(
        "{:>3}  {}  {}  {h_flags}\n",
        "#",
        pad_to(h_local, 16),
        pad_to(h_utc, 16)
    ));
    for (n, o) in occurrences.iter().enumerate() {
        let field = |k: &str| o.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
        let local = field("localStart").replace('T', " ");
        let utc = field("start");
        let flags: Vec<&str> = o
            .get("flags")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let line = format!("{:>3}  {local:<16}  {utc:<16}  {}", n + 1, flags.join(","));
        s.push_str(line.trim_end());
        s.push('\n');
    }
    if object.get("truncated").and_then(Value::as_bool) == Some(true) {
        let end = object
            .get("effectiveEndDate")
            .and_then(Value::as_str)
            .unwrap_or("");
        s.push_str(&match lang {
            Lang::EnUs => format!("(capped at 50 meetings; effective end date {end})\n"),
            Lang::ZhCn => format!("（最多 50 次会议；实际结束日期 {end}）\n"),
        });
    }
    s
}

/// `text` padded with spaces to `width` display columns (CJK characters count as two).
fn pad_to(text: &str, width: usize) -> String {
    let cols: usize = text
        .chars()
        .map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 })
        .sum();
    let mut s = text.to_owned();
    s.push_str(&" ".repeat(width.saturating_sub(cols)));
    s
}
