//! The `cycleconf` binary: exit codes 0/1/2, `--json` shapes, stdin input, `ics`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};

const NOW: &str = "2021-08-30 12:00";

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/example_request.json")
}

fn example() -> Value {
    serde_json::from_str(&std::fs::read_to_string(fixture()).unwrap()).unwrap()
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cycleconf"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        let mut pipe = child.stdin.take().unwrap();
        if let Some(text) = stdin {
            // The binary may exit before reading stdin (a usage error): a closed pipe is
            // its answer, not a test failure.
            if let Err(e) = pipe.write_all(text.as_bytes()) {
                assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
            }
        }
    }
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn with_interval_99() -> String {
    let mut raw = example();
    raw["cycleParams"]["interval"] = json!(99);
    raw.to_string()
}

#[test]
fn check_valid_file_exits_0() {
    let o = run(&["check", "--now", NOW, fixture().to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    // The example sends booleans as strings: warnings, one line each, then the verdict.
    assert!(
        out.contains("warning  confConfigInfo.isSendNotify"),
        "{out}"
    );
    assert!(out.contains("string_boolean"), "{out}");
    assert!(
        out.lines()
            .last()
            .unwrap()
            .starts_with("valid: 0 errors, 3 warnings"),
        "{out}"
    );
}

#[test]
fn check_errors_exit_1_with_aligned_lines_and_huawei_code() {
    let o = run(&["check", "--now", NOW, "-"], Some(&with_interval_99()));
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let line = out
        .lines()
        .find(|l| l.starts_with("error"))
        .expect("an error line");
    assert!(line.starts_with("error    cycleParams.interval"), "{line}");
    assert!(line.contains("  interval_out_of_range  "), "{line}");
    assert!(line.ends_with("[MMC.111071044]"), "{line}");
    assert!(
        out.lines().last().unwrap().starts_with("invalid: 1 error"),
        "{out}"
    );
}

#[test]
fn check_json_shape() {
    let o = run(
        &["check", "--json", "--now", NOW, "-"],
        Some(&with_interval_99()),
    );
    assert_eq!(o.status.code(), Some(1));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v.as_object().unwrap().len(), 2);
    assert_eq!(v["valid"], false);
    let issues = v["issues"].as_array().unwrap();
    let interval = issues
        .iter()
        .find(|i| i["path"] == "cycleParams.interval")
        .unwrap();
    assert_eq!(interval["severity"], "error");
    assert_eq!(interval["code"], "interval_out_of_range");
    assert_eq!(interval["huaweiCode"], "MMC.111071044");
    assert!(interval["message"].as_str().unwrap().contains("99"));
    for i in issues {
        for key in ["path", "severity", "code", "message"] {
            assert!(i.get(key).is_some(), "{key} missing in {i}");
        }
    }

    let o = run(
        &["check", "--json", "--now", NOW, fixture().to_str().unwrap()],
        None,
    );
    assert_eq!(o.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["valid"], true);
    assert_eq!(v["issues"].as_array().unwrap().len(), 3);
    assert!(
        v["issues"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["severity"] == "warning" && i.get("huaweiCode").is_none())
    );
}

/// Over 1000 issues: 1000 lines, one that counts the rest, and a verdict that says more
/// are not listed (the report stays bounded, S19).
#[test]
fn check_lists_at_most_1000_issues() {
    let mut raw = example();
    raw["attendees"] = Value::Array(vec![Value::Null; 1200]);
    let o = run(&["check", "--now", NOW, "-"], Some(&raw.to_string()));
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    let issue_lines = lines
        .iter()
        .filter(|l| l.starts_with("error") || l.starts_with("warning"))
        .count();
    // The example's string booleans (confConfigInfo, walked after the attendees) are
    // among the warnings not listed: both counting lines are there.
    assert_eq!(issue_lines, 1000 + 2);
    assert!(lines.iter().any(|l| l.contains("warnings_not_listed")));
    assert!(lines.iter().filter(|l| l.contains(" wrong_type ")).count() > 900);
    let counted = lines
        .iter()
        .find(|l| l.contains("errors_not_listed"))
        .unwrap();
    assert!(counted.starts_with("error    (body)"), "{counted}");
    assert!(counted.ends_with("more error(s) are not listed: a report lists at most 1000 issues."));
    let verdict = lines.last().unwrap();
    assert!(
        verdict.starts_with("invalid: ") && verdict.contains(" and more not listed;"),
        "{verdict}"
    );
}

#[test]
fn check_lang_zh_cn() {
    let o = run(
        &["check", "--lang", "zh-CN", "--now", NOW, "-"],
        Some(&with_interval_99()),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).lines().last().unwrap().starts_with("无效"));
}

#[test]
fn not_json_and_missing_file_exit_2() {
    let o = run(&["check", "-"], Some("{\n  \"subject\": \"x\",\n  oops\n}"));
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("<stdin> is not valid JSON"), "{err}");
    assert!(err.contains("line 3, column 3"), "{err}");
    assert!(stdout(&o).is_empty());

    for cmd in ["check", "expand", "ics"] {
        let o = run(&[cmd, "/definitely/not/here.json"], None);
        assert_eq!(o.status.code(), Some(2), "{cmd}");
        assert!(stderr(&o).contains("cannot read /definitely/not/here.json"));
    }
    let o = run(&["expand", "--json", "-"], Some(""));
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn not_json_with_json_flag_still_prints_the_report() {
    let o = run(&["check", "--json", "-"], Some("{\"subject\": }"));
    assert_eq!(o.status.code(), Some(2));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["valid"], false);
    assert_eq!(v["issues"].as_array().unwrap().len(), 1);
    let issue = &v["issues"][0];
    assert_eq!(issue["code"], "invalid_json");
    assert_eq!(issue["path"], "");
    assert_eq!(issue["severity"], "error");
    assert_eq!(issue["huaweiCode"], "MMC.111071062");
    let msg = issue["message"].as_str().unwrap();
    assert!(msg.contains("line 1 column 13"), "{msg}");

    let o = run(&["expand", "--json", "-"], Some("not json"));
    assert_eq!(o.status.code(), Some(2));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["occurrences"], json!([]));
    assert_eq!(v["issues"][0]["code"], "invalid_json");
    // The message for people is on stderr either way.
    assert!(stderr(&o).contains("<stdin> is not valid JSON"));
}

#[test]
fn a_byte_order_mark_is_named_in_the_message() {
    let o = run(&["check", "-"], Some("\u{FEFF}{}"));
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("byte order mark (U+FEFF)"), "{err}");
    let o = run(&["check", "-"], Some("{"));
    assert!(!stderr(&o).contains("byte order mark"));
}

#[test]
fn control_chars_of_keys_cannot_forge_lines() {
    let mut raw = example();
    raw["x\nerror    fake"] = json!(1);
    let o = run(&["check", "--now", NOW, "-"], Some(&raw.to_string()));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(!out.lines().any(|l| l.starts_with("error")), "{out}");
    assert!(out.contains("x\\nerror    fake"), "{out}");
}

#[test]
fn the_body_itself_is_named_when_it_is_not_an_object() {
    let o = run(&["check", "--json", "-"], Some("[1]"));
    assert_eq!(o.status.code(), Some(1));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(
        v["issues"][0]["message"],
        "The request body must be an object."
    );
    let o = run(&["check", "--json", "--lang", "zh-CN", "-"], Some("null"));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["issues"][0]["message"], "请求体必须是对象。");
}

#[test]
fn an_output_that_cannot_be_written_exits_3() {
    let full = std::path::Path::new("/dev/full");
    if !full.exists() {
        return; // Only Linux has a device that is always full.
    }
    let o = Command::new(env!("CARGO_BIN_EXE_cycleconf"))
        .args(["ics", "--now", NOW, fixture().to_str().unwrap()])
        .stdout(std::fs::File::create(full).unwrap())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(
        stderr(&o).contains("cannot write the output"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn bad_now_is_a_usage_error() {
    let o = run(&["check", "--now", "yesterday", "-"], Some("{}"));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("YYYY-MM-DD HH:mm"));
}

#[test]
fn expand_json_shape() {
    let o = run(
        &["expand", "--json", "--now", NOW, "-"],
        Some(&example().to_string()),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    for key in [
        "occurrences",
        "truncated",
        "effectiveEndDate",
        "effectivePreRemindDays",
        "timeZone",
        "summary",
        "issues",
    ] {
        assert!(v.get(key).is_some(), "{key} missing");
    }
    let occ = v["occurrences"].as_array().unwrap();
    assert_eq!(occ.len(), 3);
    assert_eq!(
        occ[0],
        json!({
            "start": "2021-08-31 12:00",
            "end": "2021-08-31 14:00",
            "localStart": "2021-08-31T20:00",
            "localEnd": "2021-08-31T22:00",
            "utcOffsetMinutes": 480,
            "flags": []
        })
    );
    assert_eq!(occ[2]["start"], "2021-09-02 12:00");
    assert_eq!(v["truncated"], false);
    assert_eq!(v["effectiveEndDate"], "2021-09-02");
    assert_eq!(v["effectivePreRemindDays"], 1);
    assert_eq!(v["timeZone"]["id"], 56);
    assert_eq!(v["timeZone"]["iana"], "Asia/Shanghai");
    assert!(v["summary"].as_str().unwrap().contains("3 meetings"));
}

#[test]
fn expand_with_errors_exits_1_and_still_prints_the_object() {
    let o = run(
        &["expand", "--json", "--now", NOW, "-"],
        Some(&with_interval_99()),
    );
    assert_eq!(o.status.code(), Some(1));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["occurrences"], json!([]));
    assert_eq!(v["truncated"], false);
    assert!(
        v["issues"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["code"] == "interval_out_of_range")
    );
}

#[test]
fn expand_text_has_summary_and_table() {
    let o = run(&["expand", "--now", NOW, fixture().to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    let mut lines = out.lines();
    assert!(lines.next().unwrap().starts_with("Every day"), "{out}");
    assert!(
        out.contains("  1  2021-08-31 20:00  2021-08-31 12:00"),
        "{out}"
    );
    assert!(
        out.contains("  3  2021-09-02 20:00  2021-09-02 12:00"),
        "{out}"
    );
}

#[test]
fn expand_text_shows_dst_flags() {
    // New York, every week on Sunday across the 2021-11-07 fall-back: 01:30 local is
    // ambiguous that day, and later meetings have another UTC offset.
    let body = json!({
        "mediaTypes": "Voice",
        "timeZoneID": "13",
        "startTime": "2021-10-24 05:30",
        "length": 30,
        "cycleParams": {"startDate": "2021-10-24", "endDate": "2021-11-14",
                        "cycle": "Week", "point": [0], "preRemindDays": 1}
    });
    let o = run(&["expand", "--now", NOW, "-"], Some(&body.to_string()));
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let out = stdout(&o);
    assert!(out.contains("ambiguous"), "{out}");
    assert!(out.contains("offsetChanged"), "{out}");
}

#[test]
fn ics_writes_a_calendar() {
    let o = run(&["ics", "--now", NOW, "-"], Some(&example().to_string()));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("BEGIN:VCALENDAR\r\n"), "{out}");
    assert!(out.trim_end().ends_with("END:VCALENDAR"));
    assert_eq!(out.matches("BEGIN:VEVENT").count(), 3);
    assert!(out.contains("DTSTART:20210831T120000Z"));
    // The request's warnings (booleans sent as strings, S15) are on stderr.
    let err = stderr(&o);
    assert!(
        err.contains("warning  ") && err.contains("string_boolean"),
        "{err}"
    );

    let o = run(&["ics", "--now", NOW, "-"], Some(&with_interval_99()));
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).is_empty());
    assert!(stderr(&o).contains("interval_out_of_range"));
}

#[test]
fn help_shows_examples() {
    for cmd in ["check", "expand", "ics", "serve"] {
        let o = run(&[cmd, "--help"], None);
        assert_eq!(o.status.code(), Some(0));
        let out = stdout(&o);
        assert!(out.contains("Examples:"), "{cmd}: {out}");
        assert!(out.contains(&format!("cycleconf {cmd}")), "{cmd}: {out}");
    }
}

/// `cycleconf serve` as a process: prints the URL and the token, answers on loopback,
/// logs one line per request without the token or the query, stops on SIGTERM.
#[cfg(unix)]
#[test]
fn serve_prints_url_and_token_answers_and_shuts_down() {
    use std::io::{BufRead, BufReader, Read};
    use std::net::TcpStream;

    let mut child = Command::new(env!("CARGO_BIN_EXE_cycleconf"))
        .args(["serve", "--addr", "127.0.0.1:0", "--now", NOW])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut banner = Vec::new();
    loop {
        let mut line = String::new();
        assert!(
            out.read_line(&mut line).unwrap() > 0,
            "serve exited early: {banner:?}"
        );
        let done = line.starts_with("Press Ctrl-C");
        banner.push(line);
        if done {
            break;
        }
    }
    let url = banner[0]
        .trim()
        .strip_prefix("cycleconf emulator listening on http://")
        .unwrap()
        .to_owned();
    let token = banner
        .iter()
        .find_map(|l| l.trim().strip_prefix("access token (X-Access-Token): "))
        .unwrap()
        .to_owned();
    assert_eq!(token.len(), 32);
    assert!(token.bytes().all(|b| b.is_ascii_alphanumeric()));

    let body = example().to_string();
    let request = format!(
        "POST /v1/mmc/management/cycleconferences?userUUID=secret HTTP/1.1\r\nHost: {url}\r\n\
         X-Access-Token: {token}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let mut stream = TcpStream::connect(&url).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"confType\":\"CYCLE\""), "{answer}");

    // A client that never finishes its headers does not keep the emulator from stopping:
    // it stops within its grace period (5 s) after SIGTERM.
    let mut stalled = TcpStream::connect(&url).unwrap();
    stalled
        .write_all(b"GET /v1/mmc/management/conferences HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(200));

    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let exit = loop {
        if let Some(exit) = child.try_wait().unwrap() {
            break exit;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("serve still running 30 s after SIGTERM, with a stalled client");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert!(exit.success(), "{exit:?}");
    drop(stalled);
    let mut log = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    let line = log
        .lines()
        .find(|l| l.contains(" POST "))
        .unwrap_or_else(|| panic!("no log line: {log}"));
    assert!(
        line.contains(" POST /v1/mmc/management/cycleconferences 200 "),
        "{line}"
    );
    assert!(line.ends_with("ms"), "{line}");
    assert!(!log.contains(&token), "token in the log: {log}");
    assert!(!log.contains("secret"), "query string in the log: {log}");
}
