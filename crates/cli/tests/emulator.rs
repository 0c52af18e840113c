//! The API emulator driven through its axum `Router` without a socket (issue 5
//! acceptance): create, errors, limits, list / cancel, CORS, injected faults.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use axum::response::Response;
use chrono::{DateTime, Utc};
use cycleconf_cli::serve::{AppState, Config, router};
use cycleconf_core::Lang;
use cycleconf_core::validate::Options;
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

const TOKEN: &str = "test-token-0123456789abcdefghijk";
const CYCLE: &str = "/v1/mmc/management/cycleconferences";
const LIST: &str = "/v1/mmc/management/conferences";

/// The example request of Huawei's API page (masked values replaced).
const EXAMPLE: &str = include_str!("../../core/tests/fixtures/example_request.json");

fn now() -> DateTime<Utc> {
    cycleconf_cli::input::parse_now("2021-08-30 12:00").unwrap()
}

fn config() -> Config {
    let mut config = Config::new(TOKEN);
    config.now = Some(now());
    config.log_requests = false;
    config
}

fn app_with(config: Config) -> Router {
    router(AppState::new(config))
}

fn app() -> Router {
    app_with(config())
}

fn post(body: impl Into<Body>) -> Request<Body> {
    Request::post(CYCLE)
        .header(header::CONTENT_TYPE, "application/json")
        .header("x-access-token", TOKEN)
        .body(body.into())
        .unwrap()
}

fn get(uri: &str) -> Request<Body> {
    Request::get(uri)
        .header("x-access-token", TOKEN)
        .body(Body::empty())
        .unwrap()
}

async fn send(app: &Router, request: Request<Body>) -> Response {
    app.clone().oneshot(request).await.unwrap()
}

async fn json_of(response: Response) -> Value {
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    serde_json::from_slice(&bytes)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&bytes)))
}

fn is_hex(s: &str, len: usize) -> bool {
    s.len() == len
        && s.bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

fn is_digits(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_digit())
}

/// Asserts a Huawei-shaped error body with `code` and returns its message.
async fn assert_error(response: Response, status: StatusCode, code: &str) -> String {
    assert_eq!(response.status(), status);
    let body = json_of(response).await;
    assert_eq!(body["error_code"], code, "body: {body}");
    assert!(
        is_hex(body["request_id"].as_str().unwrap(), 32),
        "body: {body}"
    );
    let msg = body["error_msg"].as_str().unwrap().to_owned();
    assert!(!msg.is_empty());
    msg
}

#[tokio::test]
async fn example_request_creates_a_series_shaped_like_huaweis_answer() {
    let app = app();
    let response = send(&app, post(EXAMPLE)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let request_id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(is_hex(&request_id, 32));
    let body = json_of(response).await;

    let list = body.as_array().expect("an array");
    assert_eq!(list.len(), 1);
    let conf = &list[0];
    let id = conf["conferenceID"].as_str().unwrap();
    assert!(is_digits(id, 9), "conferenceID {id}");
    assert_eq!(conf["conferenceState"], "Schedule");
    assert_eq!(conf["confType"], "CYCLE");
    assert_eq!(conf["conferenceType"], 2);
    assert_eq!(conf["subject"], "Regular Recurring Meeting");
    assert_eq!(conf["mediaTypes"], "Data,Voice,HDVideo");
    assert_eq!(conf["timeZoneID"], "56");
    assert_eq!(conf["size"], 1);
    let passwords = conf["passwordEntry"].as_array().unwrap();
    assert_eq!(passwords.len(), 2);
    assert_eq!(passwords[0]["conferenceRole"], "chair");
    assert_eq!(passwords[1]["conferenceRole"], "general");
    for p in passwords {
        assert!(is_digits(p["password"].as_str().unwrap(), 6));
    }
    for key in ["chairJoinUri", "guestJoinUri"] {
        let uri = conf[key].as_str().unwrap();
        let prefix = format!("http://127.0.0.1:8787/#/j/{id}/");
        let rest = uri
            .strip_prefix(&prefix)
            .unwrap_or_else(|| panic!("{key} {uri}"));
        assert!(is_hex(rest, 48), "{key} {uri}");
    }
    assert_ne!(conf["chairJoinUri"], conf["guestJoinUri"]);
    assert_eq!(conf["cycleParams"]["cycle"], "Day");
    assert_eq!(conf["cycleParams"]["startDate"], "2021-08-31");
    assert_eq!(conf["cycleParams"]["endDate"], "2021-09-02");
    assert_eq!(conf["cycleParams"]["preRemindDays"], 1);
    // Request settings echoed in canonical form ("false" strings read as booleans).
    assert_eq!(conf["confConfigInfo"]["isSendNotify"], false);
    assert_eq!(conf["vmrFlag"], 1);
    assert_eq!(conf["vmrID"], "ff80808167ef1edf0167f339533f05a8");

    // subConfs are exactly the facade's expansion of the same body (same code path as
    // `cycleconf expand`).
    let opts = Options {
        now: now(),
        lang: Lang::EnUs,
    };
    let raw: Value = serde_json::from_str(EXAMPLE).unwrap();
    let expansion = serde_json::to_value(cycleconf_core::expand(&raw, &opts)).unwrap();
    let expected: Vec<(Value, Value)> = expansion["occurrences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["start"].clone(), o["end"].clone()))
        .collect();
    // …and exactly what the `cycleconf expand --json` binary prints for that body.
    let cli = std::process::Command::new(env!("CARGO_BIN_EXE_cycleconf"))
        .args(["expand", "--json", "--now", "2021-08-30 12:00"])
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../core/tests/fixtures/example_request.json"
        ))
        .output()
        .unwrap();
    assert_eq!(cli.status.code(), Some(0));
    let cli: Value = serde_json::from_slice(&cli.stdout).unwrap();
    assert_eq!(cli["occurrences"], expansion["occurrences"]);
    let subs = conf["subConfs"].as_array().unwrap();
    let got: Vec<(Value, Value)> = subs
        .iter()
        .map(|s| (s["startTime"].clone(), s["endTime"].clone()))
        .collect();
    assert_eq!(got.len(), 3);
    assert_eq!(got, expected);
    assert_eq!(
        got[0],
        (json!("2021-08-31 12:00"), json!("2021-08-31 14:00"))
    );
    let mut sub_ids: Vec<&str> = subs
        .iter()
        .map(|s| s["cycleSubConfID"].as_str().unwrap())
        .collect();
    assert!(sub_ids.iter().all(|s| is_hex(s, 32)));
    for s in subs {
        assert_eq!(s["conferenceID"], id);
        assert_eq!(s["mediaType"], "Data,Voice,HDVideo");
    }
    assert_eq!(conf["cycleSubConfID"], sub_ids[0]);
    sub_ids.dedup();
    assert_eq!(sub_ids.len(), 3);
    assert_eq!(conf["startTime"], subs[0]["startTime"]);
    assert_eq!(conf["endTime"], subs[0]["endTime"]);
}

/// The answer's integer mute settings say what its confConfigInfo says (the request's).
#[tokio::test]
async fn mute_settings_agree_across_the_answer() {
    for (soft, hard) in [(true, false), (false, true), (false, false)] {
        let mut raw: Value = serde_json::from_str(EXAMPLE).unwrap();
        raw["confConfigInfo"]["isAutoMute"] = json!(soft);
        raw["confConfigInfo"]["isHardTerminalAutoMute"] = json!(hard);
        let response = send(&app(), post(raw.to_string())).await;
        assert_eq!(response.status(), StatusCode::OK);
        let conf = &json_of(response).await[0];
        assert_eq!(conf["isAutoMute"], i32::from(soft), "{soft} {hard}");
        assert_eq!(conf["isSoftTerminalAutoMute"], i32::from(soft));
        assert_eq!(conf["isHardTerminalAutoMute"], i32::from(hard));
        assert_eq!(conf["confConfigInfo"]["isAutoMute"], soft);
        assert_eq!(conf["confConfigInfo"]["isHardTerminalAutoMute"], hard);
    }
}

#[tokio::test]
async fn missing_or_wrong_token_is_401() {
    let app = app();
    let no_token = Request::post(CYCLE).body(Body::from(EXAMPLE)).unwrap();
    assert_error(
        send(&app, no_token).await,
        StatusCode::UNAUTHORIZED,
        "USG.000000004",
    )
    .await;
    let wrong = Request::post(CYCLE)
        .header("x-access-token", "test-token-0123456789abcdefghijK")
        .body(Body::from(EXAMPLE))
        .unwrap();
    assert_error(
        send(&app, wrong).await,
        StatusCode::UNAUTHORIZED,
        "USG.000000004",
    )
    .await;
    let list = Request::get(LIST).body(Body::empty()).unwrap();
    assert_error(
        send(&app, list).await,
        StatusCode::UNAUTHORIZED,
        "USG.000000004",
    )
    .await;
    // Nothing was stored.
    let body = json_of(send(&app, get(LIST)).await).await;
    assert_eq!(body["count"], 0);
}

#[tokio::test]
async fn not_json_is_400_json_conversion_failed() {
    let msg = assert_error(
        send(&app(), post("{\"subject\": ")).await,
        StatusCode::BAD_REQUEST,
        "MMC.111071062",
    )
    .await;
    assert!(msg.contains("line 1"), "{msg}");
}

#[tokio::test]
async fn interval_99_is_400_with_the_interval_code() {
    let mut raw: Value = serde_json::from_str(EXAMPLE).unwrap();
    raw["cycleParams"]["interval"] = json!(99);
    let msg = assert_error(
        send(&app(), post(raw.to_string())).await,
        StatusCode::BAD_REQUEST,
        "MMC.111071044",
    )
    .await;
    assert!(msg.contains("99"), "{msg}");
}

/// `cycleconf check`'s report of `raw` as of the emulator's fixed now, in English (what
/// its 400 answers are compared with).
fn check_as_the_emulator(raw: &Value) -> cycleconf_core::Report {
    let opts = Options {
        now: now(),
        lang: Lang::EnUs,
    };
    cycleconf_core::check(raw, &opts)
}

/// POSTs `raw`, whose first error has no Huawei code: the answer is 400 with the
/// generic validation code and that error's message (returned).
async fn answers_the_first_error_generically(
    raw: &Value,
    report: &cycleconf_core::Report,
) -> String {
    let msg = assert_error(
        send(&app(), post(raw.to_string())).await,
        StatusCode::BAD_REQUEST,
        "MMC.111071061",
    )
    .await;
    assert_eq!(msg, report.errors().next().unwrap().message);
    msg
}

#[tokio::test]
async fn errors_without_huawei_code_get_the_generic_validation_code() {
    // An attendee without phone, email or sms is an error without a Huawei code.
    let mut raw: Value = serde_json::from_str(EXAMPLE).unwrap();
    raw["attendees"] = json!([{ "name": "nobody" }]);
    let report = check_as_the_emulator(&raw);
    assert!(!report.is_valid());
    assert_eq!(report.first_huawei_code(), None);
    answers_the_first_error_generically(&raw, &report).await;
}

#[tokio::test]
async fn the_answer_names_the_first_error_even_when_a_later_one_has_a_code() {
    // timeZoneID 99 (no Huawei code) comes before length 5 (MMC.111071015): the answer is
    // the first error, with the generic code, as `cycleconf check` lists it first.
    let mut raw: Value = serde_json::from_str(EXAMPLE).unwrap();
    raw["timeZoneID"] = json!("99");
    raw["length"] = json!(5);
    let report = check_as_the_emulator(&raw);
    let errors: Vec<_> = report.errors().map(|i| i.huawei_code).collect();
    assert_eq!(errors, [None, Some("MMC.111071015")]);
    let msg = answers_the_first_error_generically(&raw, &report).await;
    assert!(msg.contains("99"), "{msg}");
}

#[tokio::test]
async fn start_date_before_fixed_now_is_rejected() {
    let mut config = config();
    config.now = Some(cycleconf_cli::input::parse_now("2021-09-05 00:00").unwrap());
    let response = send(&app_with(config), post(EXAMPLE)).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let body = json_of(response).await;
    assert!(body["error_code"].as_str().unwrap().starts_with("MMC."));
}

#[tokio::test]
async fn body_over_1_mib_is_413() {
    let big = format!("{{\"subject\": \"{}\"}}", "x".repeat(2 * 1024 * 1024));
    assert_error(
        send(&app(), post(big)).await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "MMC.111070001",
    )
    .await;
}

#[tokio::test]
async fn create_list_cancel_list() {
    let app = app();
    let created = json_of(send(&app, post(EXAMPLE)).await).await;
    let id = created[0]["conferenceID"].as_str().unwrap().to_owned();

    let list = json_of(send(&app, get(&format!("{LIST}?offset=0&limit=10"))).await).await;
    assert_eq!(list["count"], 1);
    assert_eq!(list["offset"], 0);
    assert_eq!(list["limit"], 10);
    assert_eq!(list["data"][0]["conferenceID"], id.as_str());
    assert_eq!(list["data"][0], created[0]);

    let cancel = Request::delete(format!("{CYCLE}?conferenceID={id}"))
        .header("x-access-token", TOKEN)
        .body(Body::empty())
        .unwrap();
    assert_eq!(send(&app, cancel).await.status(), StatusCode::OK);

    let list = json_of(send(&app, get(LIST)).await).await;
    assert_eq!(list["count"], 0);
    assert_eq!(list["data"], json!([]));
    assert_eq!(list["limit"], 20);

    // Cancelling again: unknown meeting.
    let again = Request::delete(format!("{CYCLE}?conferenceID={id}"))
        .header("x-access-token", TOKEN)
        .body(Body::empty())
        .unwrap();
    assert_error(
        send(&app, again).await,
        StatusCode::BAD_REQUEST,
        "MMC.111070005",
    )
    .await;
}

#[tokio::test]
async fn list_pages_and_caps_the_limit() {
    let app = app();
    let mut ids = Vec::new();
    for _ in 0..3 {
        let created = json_of(send(&app, post(EXAMPLE)).await).await;
        ids.push(created[0]["conferenceID"].clone());
    }
    let page = json_of(send(&app, get(&format!("{LIST}?offset=1&limit=1"))).await).await;
    assert_eq!(page["count"], 3);
    assert_eq!(page["data"].as_array().unwrap().len(), 1);
    assert_eq!(page["data"][0]["conferenceID"], ids[1]);
    let capped = json_of(send(&app, get(&format!("{LIST}?limit=100000"))).await).await;
    assert_eq!(capped["limit"], 500);
    assert_eq!(capped["data"].as_array().unwrap().len(), 3);
    let bad = send(&app, get(&format!("{LIST}?limit=-1"))).await;
    assert_error(bad, StatusCode::BAD_REQUEST, "MMC.111070001").await;
}

fn preflight(origin: &str) -> Request<Body> {
    Request::builder()
        .method(Method::OPTIONS)
        .uri(CYCLE)
        .header(header::ORIGIN, origin)
        .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .header(
            header::ACCESS_CONTROL_REQUEST_HEADERS,
            "content-type,x-access-token",
        )
        .body(Body::empty())
        .unwrap()
}

#[tokio::test]
async fn cors_allows_the_dev_origins_only() {
    let app = app();
    for origin in ["http://127.0.0.1:8080", "http://localhost:8080"] {
        let response = send(&app, preflight(origin)).await;
        assert!(response.status().is_success());
        let h = response.headers();
        assert_eq!(h[header::ACCESS_CONTROL_ALLOW_ORIGIN], origin);
        let allowed = h[header::ACCESS_CONTROL_ALLOW_HEADERS].to_str().unwrap();
        assert!(allowed.contains("x-access-token"), "{allowed}");
        assert!(allowed.contains("content-type"), "{allowed}");
        let methods = h[header::ACCESS_CONTROL_ALLOW_METHODS].to_str().unwrap();
        assert!(methods.contains("POST"), "{methods}");
    }
    for origin in ["http://evil.example", "http://127.0.0.1:9999"] {
        let response = send(&app, preflight(origin)).await;
        assert!(
            !response
                .headers()
                .contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN),
            "{origin} must not be allowed"
        );
    }
    // Actual (non-preflight) answers carry the header too, errors included.
    let request = Request::post(CYCLE)
        .header(header::ORIGIN, "http://localhost:8080")
        .body(Body::from(EXAMPLE))
        .unwrap();
    let response = send(&app, request).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        response.headers()[header::ACCESS_CONTROL_ALLOW_ORIGIN],
        "http://localhost:8080"
    );
}

#[tokio::test]
async fn fail_every_answers_500() {
    let mut config = config();
    config.fail_every = Some(1);
    let app = app_with(config);
    assert_error(
        send(&app, post(EXAMPLE)).await,
        StatusCode::INTERNAL_SERVER_ERROR,
        "MMC.111070003",
    )
    .await;

    let mut config = self::config();
    config.fail_every = Some(2);
    let app = app_with(config);
    let statuses = [
        send(&app, post(EXAMPLE)).await.status(),
        send(&app, post(EXAMPLE)).await.status(),
        send(&app, post(EXAMPLE)).await.status(),
        send(&app, post(EXAMPLE)).await.status(),
    ];
    assert_eq!(
        statuses,
        [
            StatusCode::OK,
            StatusCode::INTERNAL_SERVER_ERROR,
            StatusCode::OK,
            StatusCode::INTERNAL_SERVER_ERROR
        ]
    );
}

#[tokio::test]
async fn latency_delays_api_answers() {
    let mut config = config();
    config.latency = std::time::Duration::from_millis(250);
    let app = app_with(config);
    let started = std::time::Instant::now();
    let response = send(&app, get(LIST)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(started.elapsed() >= std::time::Duration::from_millis(250));
}

#[tokio::test]
async fn unknown_api_paths_and_methods_are_huawei_shaped() {
    let app = app();
    assert_error(
        send(&app, get("/v1/mmc/management/nope")).await,
        StatusCode::NOT_FOUND,
        "APIGW.0101",
    )
    .await;
    assert_error(
        send(&app, get(CYCLE)).await,
        StatusCode::METHOD_NOT_ALLOWED,
        "MMC.111070001",
    )
    .await;
    // A query the call cannot read is a Huawei-shaped 400 too (not axum's plain text).
    let msg = assert_error(
        send(&app, get(&format!("{LIST}?limit=1&limit=2"))).await,
        StatusCode::BAD_REQUEST,
        "MMC.111070001",
    )
    .await;
    assert!(msg.contains("duplicate field `limit`"), "{msg}");
    let cancel_twice = Request::delete(format!("{CYCLE}?conferenceID=a&conferenceID=b"))
        .header("x-access-token", TOKEN)
        .body(Body::empty())
        .unwrap();
    assert_error(
        send(&app, cancel_twice).await,
        StatusCode::BAD_REQUEST,
        "MMC.111070001",
    )
    .await;
}

#[tokio::test]
async fn a_request_over_the_timeout_is_a_huawei_shaped_408() {
    let mut config = config();
    config.latency = std::time::Duration::from_millis(400);
    config.request_timeout = std::time::Duration::from_millis(50);
    let app = app_with(config);
    let msg = assert_error(
        send(&app, get(LIST)).await,
        StatusCode::REQUEST_TIMEOUT,
        "MMC.111070001",
    )
    .await;
    assert!(msg.contains("50 ms"), "{msg}");
}

#[tokio::test]
async fn static_dir_serves_the_app_with_spa_fallback() {
    let dir = std::env::temp_dir().join(format!("cycleconf-static-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), "<!doctype html><title>app</title>").unwrap();
    std::fs::write(dir.join("app.js"), "console.log(1)").unwrap();
    let mut config = config();
    config.static_dir = Some(dir.clone());
    let app = app_with(config);

    let text = |r: Response| async move {
        String::from_utf8(r.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap()
    };
    let root = send(&app, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(root.status(), StatusCode::OK);
    assert!(text(root).await.contains("<title>app</title>"));
    let js = send(&app, Request::get("/app.js").body(Body::empty()).unwrap()).await;
    assert_eq!(text(js).await, "console.log(1)");
    let deep = send(
        &app,
        Request::get("/some/route").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(deep.status(), StatusCode::OK);
    assert!(text(deep).await.contains("<title>app</title>"));
    // API routes take precedence over the app, and `/v1` itself is not the app.
    let api = send(&app, Request::get(LIST).body(Body::empty()).unwrap()).await;
    assert_eq!(api.status(), StatusCode::UNAUTHORIZED);
    for path in ["/v1", "/v1/"] {
        assert_error(
            send(&app, get(path)).await,
            StatusCode::NOT_FOUND,
            "APIGW.0101",
        )
        .await;
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
