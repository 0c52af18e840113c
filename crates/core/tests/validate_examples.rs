//! Huawei's own examples through the validator (API page "Example Request" and
//! "Example cURL Command").
#![allow(clippy::unwrap_used)]

use chrono::{NaiveDate, TimeZone, Utc};
use cycleconf_core::Lang;
use cycleconf_core::series::Cycle;
use cycleconf_core::validate::{IssueCode, Options, Severity, validate_str};
use serde_json::Value;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap()
}

fn opts(y: i32, m: u32, d: u32, h: u32, min: u32) -> Options {
    Options {
        now: Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap(),
        lang: Lang::EnUs,
    }
}

fn codes(report: &cycleconf_core::validate::Report) -> Vec<(String, Severity, IssueCode)> {
    report
        .issues
        .iter()
        .map(|i| (i.path.clone(), i.severity, i.code))
        .collect()
}

#[test]
fn example_request_is_valid_with_string_boolean_warnings() {
    // 2021-08-30 12:00 UTC = 20:00 in Beijing, the evening before startDate 2021-08-31.
    let report = validate_str(&fixture("example_request.json"), &opts(2021, 8, 30, 12, 0));
    assert!(report.is_valid());
    assert_eq!(
        codes(&report),
        vec![
            (
                "confConfigInfo.isSendNotify".to_owned(),
                Severity::Warning,
                IssueCode::StringBoolean
            ),
            (
                "confConfigInfo.isSendSms".to_owned(),
                Severity::Warning,
                IssueCode::StringBoolean
            ),
            (
                "confConfigInfo.isSendCalendar".to_owned(),
                Severity::Warning,
                IssueCode::StringBoolean
            ),
        ]
    );
    let v = report.validated().unwrap();
    let s = v.series();
    assert_eq!(s.zone_id, 56);
    assert_eq!(v.zone().iana, "Asia/Shanghai");
    assert_eq!(s.start_date, NaiveDate::from_ymd_opt(2021, 8, 31).unwrap());
    assert_eq!(s.end_date, NaiveDate::from_ymd_opt(2021, 9, 2).unwrap());
    assert_eq!(s.cycle, Cycle::Day);
    assert_eq!(s.interval, 1);
    assert!(s.points.is_empty());
    assert_eq!(s.start_time_utc, None);
    assert_eq!(s.length_minutes, 120);
    assert_eq!(s.pre_remind_days, 1);
    assert_eq!(v.request().vmr_flag, Some(1));
}

#[test]
fn example_request_json_report_shape() {
    let report = validate_str(&fixture("example_request.json"), &opts(2021, 8, 30, 12, 0));
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["valid"], Value::Bool(true));
    assert_eq!(
        json["issues"][0],
        serde_json::json!({
            "path": "confConfigInfo.isSendNotify",
            "severity": "warning",
            "code": "string_boolean",
            "message": "confConfigInfo.isSendNotify is the string \"false\"; it is read as the boolean false, but the API defines a JSON boolean."
        })
    );
}

#[test]
fn example_request_a_day_late_is_rejected() {
    // 2021-08-31 16:30 UTC = 2021-09-01 00:30 in Beijing: startDate 2021-08-31 is past.
    let report = validate_str(&fixture("example_request.json"), &opts(2021, 8, 31, 16, 30));
    assert!(!report.is_valid());
    assert!(report.validated().is_none());
    let errors: Vec<_> = report.errors().map(|i| (i.path.as_str(), i.code)).collect();
    assert_eq!(
        errors,
        vec![("cycleParams.startDate", IssueCode::StartDateInPast)]
    );
    // But 15:59 UTC is still 23:59 on 2021-08-31 in Beijing.
    assert!(validate_str(&fixture("example_request.json"), &opts(2021, 8, 31, 15, 59)).is_valid());
}

#[test]
fn curl_example_body() {
    // {"conferenceType": "2", ...}: no timeZoneID, conferenceType as a string, masked
    // phone number. Valid (with warnings) the day before its startDate.
    let text = fixture("curl_example_request.json");
    let report = validate_str(&text, &opts(2021, 8, 30, 12, 0));
    assert!(report.is_valid(), "{:?}", report.issues);
    assert_eq!(
        codes(&report),
        vec![
            (
                "timeZoneID".to_owned(),
                Severity::Warning,
                IssueCode::TimeZoneMissing
            ),
            (
                "conferenceType".to_owned(),
                Severity::Warning,
                IssueCode::StringInteger
            ),
        ]
    );
    let v = report.validated().unwrap();
    assert_eq!(v.series().zone_id, 56);
    assert_eq!(v.series().length_minutes, 30);
    assert_eq!(v.request().conference_type, Some(2));
    assert_eq!(v.request().attendees[0].role, Some(1));

    // Sent today, it is in the past.
    let late = validate_str(&text, &opts(2025, 6, 1, 0, 0));
    assert!(!late.is_valid());
    assert!(
        late.issues
            .iter()
            .any(|i| i.path == "cycleParams.startDate" && i.code == IssueCode::StartDateInPast)
    );
    assert_eq!(late.errors().count(), 1);
}

#[test]
fn chinese_messages() {
    let mut o = opts(2021, 8, 30, 12, 0);
    o.lang = Lang::ZhCn;
    let report = validate_str(&fixture("curl_example_request.json"), &o);
    assert_eq!(
        report.issues[0].message,
        "未设置 timeZoneID，cycleconf 按 56 (GMT+08:00) Beijing, Chongqing, Hong Kong, Urumqi, Taipei 处理；startDate 和 endDate 是该时区的日期。"
    );
}

#[test]
fn messages_quote_what_was_sent() {
    let o = opts(2021, 8, 30, 12, 0);
    let mut raw: serde_json::Value =
        serde_json::from_str(&fixture("example_request.json")).unwrap();
    raw["cycleParams"]["interval"] = serde_json::json!("02");
    raw[""] = serde_json::json!(1);
    let report = cycleconf_core::validate(&raw, &o);
    let message = |path: &str| {
        report
            .issues
            .iter()
            .find(|i| i.path == path)
            .map(|i| i.message.clone())
            .unwrap_or_default()
    };
    // The string as sent, then the number it is read as.
    assert_eq!(
        message("cycleParams.interval"),
        "cycleParams.interval is the string \"02\"; it is read as the number 2, but the API \
         defines a JSON integer."
    );
    // An empty key is shown as "" (its path is not the body's).
    assert!(message("\"\"").starts_with("\"\" is not a field of this API"));
    // The body itself, when it is not an object, is named as such.
    let report = cycleconf_core::validate(&serde_json::json!([1]), &o);
    assert_eq!(
        report.issues[0].message,
        "The request body must be an object."
    );
}

#[test]
fn huge_keys_and_values_are_cut_in_paths_and_messages() {
    // S19: a report's size is bounded by its issues, not by what the request holds.
    let o = opts(2021, 8, 30, 12, 0);
    let mut raw: serde_json::Value =
        serde_json::from_str(&fixture("example_request.json")).unwrap();
    let huge = "周".repeat(100_000);
    raw[huge.as_str()] = serde_json::json!(1);
    raw["cycleParams"]["cycle"] = serde_json::json!(huge);
    raw["mediaTypes"] = serde_json::json!(format!("Voice,{}", "x".repeat(50_000)));
    let report = cycleconf_core::validate(&raw, &o);
    let cut = format!("{}…", "周".repeat(100));
    let unknown = report
        .issues
        .iter()
        .find(|i| i.code == IssueCode::UnknownField)
        .unwrap();
    assert_eq!(unknown.path, cut);
    assert!(unknown.message.starts_with(&cut), "{}", unknown.message);
    let cycle = report
        .issues
        .iter()
        .find(|i| i.path == "cycleParams.cycle")
        .unwrap();
    assert!(cycle.message.contains(&cut), "{}", cycle.message);
    for issue in &report.issues {
        assert!(issue.path.chars().count() <= 101, "{}", issue.path);
        assert!(issue.message.chars().count() < 400, "{}", issue.message);
    }
}

#[test]
fn malformed_json_text() {
    let report = validate_str("{\"subject\": ", &opts(2021, 8, 30, 12, 0));
    assert_eq!(report.issues.len(), 1);
    let issue = &report.issues[0];
    assert_eq!(issue.code, IssueCode::InvalidJson);
    assert_eq!(issue.severity, Severity::Error);
    assert_eq!(issue.path, "");
    assert_eq!(issue.huawei_code, Some("MMC.111071062"));
    assert!(
        issue.message.starts_with("The request is not valid JSON: "),
        "{}",
        issue.message
    );
    assert_eq!(report.first_huawei_code(), Some("MMC.111071062"));
    // Very deep nesting is a parse error (serde_json's recursion limit), not a crash.
    let deep = "[".repeat(100_000);
    assert_eq!(
        validate_str(&deep, &opts(2021, 8, 30, 12, 0)).issues[0].code,
        IssueCode::InvalidJson
    );
}

#[test]
fn every_code_round_trips_its_name() {
    for &code in IssueCode::ALL {
        assert_eq!(IssueCode::parse(code.as_str()), Some(code));
        let json = serde_json::to_value(code).unwrap();
        assert_eq!(json, Value::String(code.as_str().to_owned()));
        let back: IssueCode = serde_json::from_value(json).unwrap();
        assert_eq!(back, code);
        assert!(
            code.as_str()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'_')
        );
    }
}

/// S18: text that is not JSON gets its reason in the requested language. In zh-CN,
/// every reason serde_json gives (and the npm reader's, the CLI's byte order mark note)
/// is translated, with the position as 第 L 行第 C 列; only the JSON syntax words stay.
#[test]
fn invalid_json_reasons_are_translated() {
    let zh = Options {
        lang: Lang::ZhCn,
        ..opts(2030, 1, 1, 0, 0)
    };
    let cases = [
        ("{bad", "对象的键必须是字符串（第 1 行第 2 列）"),
        ("[1,", "应有一个值，文本却结束了（第 1 行第 3 列）"),
        ("{\"a\" 1}", "此处应为冒号 `:`（第 1 行第 6 列）"),
        ("", "应有一个值，文本却结束了（第 1 行第 0 列）"),
        ("\"abc", "字符串还没有结束，文本就结束了（第 1 行第 4 列）"),
        ("1 2", "JSON 之后还有多余的字符（第 1 行第 3 列）"),
        ("[1,]", "多余的逗号（第 1 行第 4 列）"),
        ("{\"a\":\"\\x\"}", "无效的转义序列"),
        ("1e999", "数字超出范围"),
        ("\"\\ud800\"", "\\u 转义不完整"),
        ("\"\\ud800\\u0041\"", "\\u 转义中有孤立的代理项"),
        ("tru", "应有一个值，文本却结束了"),
        ("nul!", "此处应为 true、false 或 null"),
        ("{\"a\":1", "对象还没有结束，文本就结束了"),
        ("[1 2]", "此处应为 `,` 或 `]`"),
        ("{\"a\":1 \"b\":2}", "此处应为 `,` 或 `}`"),
        ("\"a\u{1}\"", "字符串中有控制字符"),
        ("-x", "无效的数字"),
        (&"[".repeat(200), "嵌套层数过多"),
    ];
    for (text, reason) in cases {
        let report = validate_str(text, &zh);
        assert_eq!(report.issues.len(), 1, "{text}");
        let issue = &report.issues[0];
        assert_eq!(issue.code, IssueCode::InvalidJson, "{text}");
        assert!(issue.message.contains(reason), "{text}: {}", issue.message);
        // No English left but the syntax words.
        let english = issue
            .message
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() > 1 && !["JSON", "true", "false", "null"].contains(w))
            .collect::<Vec<_>>();
        assert!(
            english.is_empty(),
            "{text}: {} ({english:?})",
            issue.message
        );
    }
    // The English report keeps serde_json's words and position.
    let en = validate_str("{bad", &opts(2030, 1, 1, 0, 0));
    assert_eq!(
        en.issues[0].message,
        "The request is not valid JSON: key must be a string at line 1 column 2."
    );
    // The CLI's note on a byte order mark, and the npm reader's reasons.
    let bom = cycleconf_core::invalid_json(
        "expected value at line 1 column 1; the text starts with a byte order mark \
         (U+FEFF), which JSON does not allow: save it as UTF-8 without BOM",
        Lang::ZhCn,
    );
    assert_eq!(
        bom.issues[0].message,
        "请求不是合法的 JSON：此处应为一个值（第 1 行第 1 列）；文本以字节顺序标记（U+FEFF）开头，\
         JSON 不允许：请保存为不带 BOM 的 UTF-8。"
    );
    let surrogate = cycleconf_core::invalid_json(
        "a string holds a lone UTF-16 surrogate (half of a character)",
        Lang::ZhCn,
    );
    assert_eq!(
        surrogate.issues[0].message,
        "请求不是合法的 JSON：字符串中有孤立的 UTF-16 代理项（半个字符）。"
    );
}
