//! The only module of the app that does network I/O: `POST
//! /v1/mmc/management/cycleconferences` with `X-Access-Token`, a 30 s timeout
//! (AbortController) and no automatic retry.

use std::cell::Cell;
use std::rc::Rc;

use cycleconf_core::CREATE_PATH;
use serde_json::Value;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::json_text;

/// How long a request may take before it is aborted.
pub const TIMEOUT_MS: i32 = 30_000;

/// Why a create call did not give a conference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// The server answered with a non-2xx status; `code`/`message` come from a
    /// Huawei-shaped body (`error_code`, `error_msg`) when there is one.
    Http {
        /// HTTP status.
        status: u16,
        /// `error_code`, e.g. `MMC.111071044`.
        code: Option<String>,
        /// `error_msg`.
        message: Option<String>,
    },
    /// 2xx, but the body is not a JSON array holding a conference.
    BadAnswer,
    /// No answer: network failure (CORS, refused, offline).
    Network,
    /// No answer within [`TIMEOUT_MS`].
    Timeout,
}

/// What the app shows of a created series (the `ConferenceInfo` of the answer, §4.1).
/// Read field by field from the JSON, which keeps a large derived deserializer out of
/// the wasm.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Conference {
    /// `conferenceID`.
    pub conference_id: Option<String>,
    /// `vmrConferenceID` (shown instead when `vmrFlag` = 1).
    pub vmr_conference_id: Option<String>,
    /// `vmrFlag`.
    pub vmr_flag: Option<i64>,
    /// `subject`.
    pub subject: Option<String>,
    /// `chairJoinUri`.
    pub chair_join_uri: Option<String>,
    /// `guestJoinUri`.
    pub guest_join_uri: Option<String>,
    /// `audienceJoinUri`.
    pub audience_join_uri: Option<String>,
    /// `passwordEntry`: (conferenceRole, password).
    pub passwords: Vec<(String, String)>,
    /// `subConfs`: (startTime, endTime), UTC.
    pub sub_confs: Vec<(String, String)>,
}

impl Conference {
    /// Reads a `ConferenceInfo` object; `None` when `v` is not an object.
    pub fn from_json(v: &Value) -> Option<Conference> {
        let obj = v.as_object()?;
        let text = |k: &str| obj.get(k).and_then(Value::as_str).map(str::to_string);
        let pairs = |k: &str, a: &str, b: &str| -> Vec<(String, String)> {
            obj.get(k)
                .and_then(Value::as_array)
                .map(|items| {
                    items
                        .iter()
                        .map(|i| {
                            let f = |n: &str| {
                                i.get(n)
                                    .and_then(Value::as_str)
                                    .unwrap_or_default()
                                    .to_string()
                            };
                            (f(a), f(b))
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        Some(Conference {
            conference_id: text("conferenceID"),
            vmr_conference_id: text("vmrConferenceID"),
            vmr_flag: obj.get("vmrFlag").and_then(Value::as_i64),
            subject: text("subject"),
            chair_join_uri: text("chairJoinUri"),
            guest_join_uri: text("guestJoinUri"),
            audience_join_uri: text("audienceJoinUri"),
            passwords: pairs("passwordEntry", "conferenceRole", "password"),
            sub_confs: pairs("subConfs", "startTime", "endTime"),
        })
    }

    /// The ID to show: `vmrConferenceID` when `vmrFlag` = 1, else `conferenceID`.
    pub fn shown_id(&self) -> String {
        let vmr = if self.vmr_flag == Some(1) {
            self.vmr_conference_id.clone()
        } else {
            None
        };
        vmr.or_else(|| self.conference_id.clone())
            .unwrap_or_default()
    }
}

/// Whether `base` can be the API base URL: empty (this site) or `http://` / `https://`
/// and a host. Anything else would be fetched as a path of this site (`127.0.0.1:8787`
/// → `/127.0.0.1:8787/v1/…`) and fail with a confusing answer.
pub fn base_is_valid(base: &str) -> bool {
    let base = base.trim();
    base.is_empty()
        || ["http://", "https://"].iter().any(|scheme| {
            base.strip_prefix(scheme).is_some_and(|rest| {
                !rest.is_empty() && !rest.starts_with('/') && !rest.bytes().any(|b| b <= b' ')
            })
        })
}

/// The full URL of the create call under `base` ("" = same origin).
pub fn create_url(base: &str) -> String {
    format!("{}{}", base.trim().trim_end_matches('/'), CREATE_PATH)
}

/// Sends `body` (the request JSON text) once. Never retries.
pub async fn create_series(base: &str, token: &str, body: &str) -> Result<Conference, ApiError> {
    let window = web_sys::window().ok_or(ApiError::Network)?;
    let controller = web_sys::AbortController::new().map_err(|_| ApiError::Network)?;
    let timed_out = Rc::new(Cell::new(false));
    let on_timeout = {
        let controller = controller.clone();
        let timed_out = Rc::clone(&timed_out);
        Closure::once_into_js(move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            on_timeout.unchecked_ref(),
            TIMEOUT_MS,
        )
        .ok();

    let result = send(&window, &controller, base, token, body).await;
    if let Some(id) = timer {
        window.clear_timeout_with_handle(id);
    }
    match result {
        Err(ApiError::Network) if timed_out.get() => Err(ApiError::Timeout),
        other => other,
    }
}

async fn send(
    window: &web_sys::Window,
    controller: &web_sys::AbortController,
    base: &str,
    token: &str,
    body: &str,
) -> Result<Conference, ApiError> {
    let headers = web_sys::Headers::new().map_err(|_| ApiError::Network)?;
    headers
        .set("Content-Type", "application/json")
        .map_err(|_| ApiError::Network)?;
    // A token with characters a header cannot hold is sent as-is and fails as 401.
    let _ = headers.set("X-Access-Token", token);
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    init.set_body(&JsValue::from_str(body));
    init.set_signal(Some(&controller.signal()));
    let request = web_sys::Request::new_with_str_and_init(&create_url(base), &init)
        .map_err(|_| ApiError::Network)?;

    let response: web_sys::Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| ApiError::Network)?
        .dyn_into()
        .map_err(|_| ApiError::Network)?;
    let status = response.status();
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .map_err(|_| ApiError::Network)?
            .as_string()
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    interpret(status, &text)
}

/// Turns a status and body into the result (pure; tested natively).
pub fn interpret(status: u16, text: &str) -> Result<Conference, ApiError> {
    if (200..300).contains(&status) {
        let list = json_text::parse(text).ok_or(ApiError::BadAnswer)?;
        return list
            .as_array()
            .and_then(|l| l.first())
            .and_then(Conference::from_json)
            .ok_or(ApiError::BadAnswer);
    }
    let body = json_text::parse(text).unwrap_or_default();
    let field = |name: &str| body.get(name).and_then(|v| v.as_str()).map(str::to_string);
    Err(ApiError::Http {
        status,
        code: field("error_code"),
        message: field("error_msg"),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn base_urls() {
        for ok in [
            "",
            "  ",
            "http://127.0.0.1:8787",
            "https://api.meeting.huaweicloud.com/",
        ] {
            assert!(super::base_is_valid(ok), "{ok:?}");
        }
        for bad in [
            "127.0.0.1:8787",
            "not a url",
            "https://",
            "http:///x",
            "ftp://h",
            "https://a b",
        ] {
            assert!(!super::base_is_valid(bad), "{bad:?}");
        }
    }

    use super::*;

    #[test]
    fn errors_and_answers_are_interpreted() {
        assert_eq!(
            interpret(
                401,
                r#"{"error_code":"USG.000000004","error_msg":"x","request_id":"1"}"#
            ),
            Err(ApiError::Http {
                status: 401,
                code: Some("USG.000000004".into()),
                message: Some("x".into())
            })
        );
        assert_eq!(interpret(200, "{}"), Err(ApiError::BadAnswer));
        let ok = interpret(
            200,
            r#"[{"conferenceID":"123456789","vmrFlag":1,"vmrConferenceID":"987",
                "passwordEntry":[{"conferenceRole":"chair","password":"111111"}],
                "subConfs":[{"startTime":"2027-01-11 01:30","endTime":"2027-01-11 02:15"}]}]"#,
        )
        .expect("a conference");
        assert_eq!(ok.conference_id.as_deref(), Some("123456789"));
        assert_eq!(ok.shown_id(), "987");
        assert_eq!(
            ok.passwords,
            vec![("chair".to_string(), "111111".to_string())]
        );
        assert_eq!(ok.sub_confs.len(), 1);
        assert_eq!(create_url("http://x/"), format!("http://x{CREATE_PATH}"));
    }
}
