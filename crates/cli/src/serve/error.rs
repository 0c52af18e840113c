//! Huawei-shaped error answers: `{"error_code", "error_msg", "request_id"}`
//! (huawei-meeting-api.md §5.1).

use axum::Json;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::ids;

/// Token missing or wrong (HTTP 401).
pub const TOKEN_INVALID: &str = "USG.000000004";
/// Bad request (generic).
pub const BAD_REQUEST: &str = "MMC.111070001";
/// System processing failure (HTTP 500).
pub const SYSTEM_FAILURE: &str = "MMC.111070003";
/// The meeting does not exist.
pub const CONF_NOT_FOUND: &str = "MMC.111070005";
/// Parameter validation failed (generic validation code).
pub const VALIDATION_FAILED: &str = "MMC.111071061";
/// JSON conversion failed (the body is not JSON).
pub const JSON_CONVERSION_FAILED: &str = "MMC.111071062";

/// The header carrying the request id on every API answer (as Huawei's gateway does).
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// The JSON body of an error answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorBody {
    /// `MMC.…` / `USG.…`.
    pub error_code: String,
    /// What went wrong.
    pub error_msg: String,
    /// 32 hex characters, unique per answer.
    pub request_id: String,
}

/// An error answer of the emulator: HTTP status plus Huawei-shaped body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The Huawei error code.
    pub code: &'static str,
    /// The message.
    pub msg: String,
}

impl ApiError {
    /// An error with `status`, `code` and `msg`.
    pub fn new(status: StatusCode, code: &'static str, msg: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            msg: msg.into(),
        }
    }

    /// 401 `USG.000000004`.
    pub fn unauthorized() -> ApiError {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            TOKEN_INVALID,
            "Authentication failed: missing or invalid X-Access-Token",
        )
    }

    /// 500 `MMC.111070003` (injected by `--fail-every`).
    pub fn injected_failure() -> ApiError {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            SYSTEM_FAILURE,
            "System processing failure (injected by --fail-every)",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let request_id = ids::request_id();
        let header = HeaderValue::from_str(&request_id).ok();
        let body = ErrorBody {
            error_code: self.code.to_owned(),
            error_msg: self.msg,
            request_id,
        };
        let mut response = (self.status, Json(body)).into_response();
        if let Some(value) = header {
            response.headers_mut().insert(REQUEST_ID_HEADER, value);
        }
        response
    }
}
