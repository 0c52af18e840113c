//! The emulated endpoints and the API middleware (faults, auth).

use std::time::Duration;

use axum::Json;
use axum::body::{Body, Bytes};
use axum::extract::rejection::BytesRejection;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use cycleconf_core::{Expansion, Lang, Options};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use subtle::ConstantTimeEq;

use super::AppState;
use super::conference;
use super::error::{
    ApiError, BAD_REQUEST, CONF_NOT_FOUND, JSON_CONVERSION_FAILED, REQUEST_ID_HEADER,
    SYSTEM_FAILURE, VALIDATION_FAILED,
};
use super::ids;

/// The header carrying the access token.
pub const TOKEN_HEADER: &str = "x-access-token";
/// Default page size of the list (as Huawei's).
pub const DEFAULT_LIMIT: usize = 20;
/// Largest page size of the list (as Huawei's).
pub const MAX_LIMIT: usize = 500;

/// API middleware, outermost after CORS: `--latency-ms` delay, `--fail-every` faults,
/// and an `X-Request-Id` header on every API answer.
pub async fn faults(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let n = state.next_api_request();
    let latency = state.config().latency;
    if latency > Duration::ZERO {
        tokio::time::sleep(latency).await;
    }
    let mut response = match state.config().fail_every {
        Some(every) if every > 0 && n % every == 0 => ApiError::injected_failure().into_response(),
        _ => next.run(request).await,
    };
    if !response.headers().contains_key(REQUEST_ID_HEADER)
        && let Ok(value) = HeaderValue::from_str(&ids::request_id())
    {
        response.headers_mut().insert(REQUEST_ID_HEADER, value);
    }
    response
}

/// API middleware: `X-Access-Token` must equal the configured token (compared in
/// constant time); otherwise 401 `USG.000000004` before the body is read.
pub async fn auth(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if token_matches(request.headers(), &state.config().token) {
        next.run(request).await
    } else {
        ApiError::unauthorized().into_response()
    }
}

/// Whether `headers` carry `X-Access-Token: <expected>`. The comparison takes the same
/// time whatever the bytes (only the length may show).
fn token_matches(headers: &HeaderMap, expected: &str) -> bool {
    match headers.get(TOKEN_HEADER) {
        Some(given) => bool::from(given.as_bytes().ct_eq(expected.as_bytes())),
        None => false,
    }
}

/// `POST /v1/mmc/management/cycleconferences`: validate and expand with the core's
/// facade (the code path of `cycleconf expand`), store and answer the series.
pub async fn create(
    State(state): State<AppState>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let body = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                BAD_REQUEST,
                format!("Request body larger than {} bytes", super::MAX_BODY_BYTES),
            )
        } else {
            ApiError::new(rejection.status(), BAD_REQUEST, rejection.body_text())
        }
    })?;
    let value: Value = serde_json::from_slice(&body).map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            JSON_CONVERSION_FAILED,
            format!("JSON conversion failed: {e}"),
        )
    })?;
    let opts = Options {
        now: state.now(),
        lang: Lang::EnUs,
    };
    // Exactly `cycleconf_core::expand` (validate, then expand the validated request and
    // merge its findings), keeping the report for the validated request's settings.
    let report = cycleconf_core::validate(&value, &opts);
    let expansion = Expansion::from_report(&report, opts.now, opts.lang);
    if !expansion.is_valid() {
        // What the server would answer (design.md, "serve"): the first error, with its
        // Huawei code, or the generic validation code when it has none. (Not the first
        // error that has a code: the answer names the first problem of the request, as
        // `cycleconf check` lists it.)
        let first = expansion.issues.iter().find(|i| i.is_error());
        let code = first.and_then(|i| i.huawei_code);
        let msg = first.map_or_else(
            || "Parameter validation failed".to_owned(),
            |i| i.message.clone(),
        );
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            code.unwrap_or(VALIDATION_FAILED),
            msg,
        ));
    }
    let (Some(validated), Some(schedule)) = (report.validated(), expansion.schedule.as_ref())
    else {
        return Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            SYSTEM_FAILURE,
            "The core reported a valid request without an expansion",
        ));
    };
    let base_url = &state.config().base_url;
    let conf = state.store().create(|id| {
        conference::build(
            id,
            validated.request(),
            validated.zone().id,
            schedule,
            base_url,
        )
    });
    Ok(Json([conf]).into_response())
}

/// Query of the list.
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    /// Index of the first series (default 0).
    pub offset: Option<String>,
    /// Page size (default 20, at most 500).
    pub limit: Option<String>,
}

/// Body of the list (Huawei's `SearchMeetings` shape).
#[derive(Debug, Serialize)]
pub struct ListBody {
    /// Index of the first series answered.
    pub offset: usize,
    /// Page size used.
    pub limit: usize,
    /// How many series exist in total.
    pub count: usize,
    /// The series of the page.
    pub data: Vec<std::sync::Arc<cycleconf_core::model::ConferenceInfo>>,
}

fn parse_index(name: &str, value: Option<&str>, default: usize) -> Result<usize, ApiError> {
    match value.map(str::trim) {
        None | Some("") => Ok(default),
        Some(text) => text.parse().map_err(|_| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                BAD_REQUEST,
                format!("{name} must be a non-negative integer"),
            )
        }),
    }
}

/// `GET /v1/mmc/management/conferences?offset&limit`: the series created so far.
pub async fn list(
    State(state): State<AppState>,
    query: Result<Query<ListQuery>, QueryRejection>,
) -> Result<Json<ListBody>, ApiError> {
    let Query(query) = query.map_err(bad_query)?;
    let offset = parse_index("offset", query.offset.as_deref(), 0)?;
    let limit = parse_index("limit", query.limit.as_deref(), DEFAULT_LIMIT)?.min(MAX_LIMIT);
    let page = state.store().page(offset, limit);
    Ok(Json(ListBody {
        offset,
        limit,
        count: page.count,
        data: page.data,
    }))
}

/// Query of the cancel call.
#[derive(Debug, Default, Deserialize)]
pub struct CancelQuery {
    /// The series to cancel.
    #[serde(rename = "conferenceID")]
    pub conference_id: Option<String>,
}

/// `DELETE /v1/mmc/management/cycleconferences?conferenceID=…`: cancel a series (200
/// with an empty body, 400 `MMC.111070005` when unknown).
pub async fn cancel(
    State(state): State<AppState>,
    query: Result<Query<CancelQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(query) = query.map_err(bad_query)?;
    let id = query.conference_id.unwrap_or_default();
    if id.trim().is_empty() {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            BAD_REQUEST,
            "conferenceID is required",
        ));
    }
    if state.store().cancel(id.trim()) {
        Ok((StatusCode::OK, Body::empty()).into_response())
    } else {
        Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            CONF_NOT_FOUND,
            "CONF_DATA_NOT_FOUND",
        ))
    }
}

/// A query string the call cannot read (say, `limit` given twice): 400, Huawei-shaped
/// like every API error.
fn bad_query(rejection: QueryRejection) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, BAD_REQUEST, rejection.body_text())
}

/// Any other path under `/v1/`: 404, as Huawei's API gateway answers.
pub async fn not_found() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "APIGW.0101",
        "The API does not exist or has not been published in the environment",
    )
}

/// A known API path with another method: 405.
pub async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        BAD_REQUEST,
        "Method not allowed",
    )
}
