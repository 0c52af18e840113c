//! `cycleconf serve`: a local stand-in for `https://api.meeting.huaweicloud.com`
//! (development, demos, tests — like stripe-mock; not a production server).
//!
//! [`router`] builds the whole app (tests drive it without a socket); [`run`] binds it
//! and serves until Ctrl-C. Endpoints (design.md, "API emulator"):
//!
//! - `POST /v1/mmc/management/cycleconferences`: create a series (validated and
//!   expanded by the core's facade, the code path of `cycleconf expand`).
//! - `GET /v1/mmc/management/conferences?offset&limit`: the series created so far.
//! - `DELETE /v1/mmc/management/cycleconferences?conferenceID=…`: cancel a series.
//!
//! Every API call needs `X-Access-Token`; errors are Huawei-shaped
//! (`{"error_code", "error_msg", "request_id"}`).

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};
use chrono::{DateTime, SecondsFormat, Utc};
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::services::{ServeDir, ServeFile};

use crate::args::ServeArgs;

pub mod api;
pub mod conference;
pub mod error;
pub mod ids;
pub mod store;

use store::Store;

/// The create / cancel path.
pub const CYCLE_PATH: &str = cycleconf_core::CREATE_PATH;
/// The list path.
pub const LIST_PATH: &str = "/v1/mmc/management/conferences";
/// The largest request body accepted (1 MiB); larger ones get 413.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
/// How long one request may take before it is answered 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// The browser origins allowed by CORS (the dev server of `make dev`).
pub const ALLOWED_ORIGINS: [&str; 2] = ["http://127.0.0.1:8080", "http://localhost:8080"];

/// How the emulator behaves.
#[derive(Debug, Clone)]
pub struct Config {
    /// The token `X-Access-Token` must equal.
    pub token: String,
    /// A fixed "now" for validation; `None` = the system clock at each request.
    pub now: Option<DateTime<Utc>>,
    /// Delay before every API answer.
    pub latency: Duration,
    /// Answer every Nth API request with 500.
    pub fail_every: Option<u64>,
    /// Serve this directory at `/` with SPA fallback to `index.html`.
    pub static_dir: Option<PathBuf>,
    /// Where the emulator is reachable, for join URIs (`http://127.0.0.1:8787`).
    pub base_url: String,
    /// Write one line per request to stderr.
    pub log_requests: bool,
    /// How long one request may take before it is answered 408 ([`REQUEST_TIMEOUT`]).
    pub request_timeout: Duration,
}

impl Config {
    /// A configuration with `token` and defaults otherwise: system clock, no latency,
    /// no faults, no static files, base URL `http://127.0.0.1:8787`, logging on, the
    /// 30 s request timeout.
    pub fn new(token: impl Into<String>) -> Config {
        Config {
            token: token.into(),
            now: None,
            latency: Duration::ZERO,
            fail_every: None,
            static_dir: None,
            base_url: "http://127.0.0.1:8787".to_owned(),
            log_requests: true,
            request_timeout: REQUEST_TIMEOUT,
        }
    }
}

/// The shared state of the emulator: configuration, request counter and store.
#[derive(Debug, Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    config: Config,
    api_requests: AtomicU64,
    store: Store,
}

impl AppState {
    /// A fresh emulator with an empty store.
    pub fn new(config: Config) -> AppState {
        AppState {
            inner: Arc::new(Inner {
                config,
                api_requests: AtomicU64::new(0),
                store: Store::default(),
            }),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The store of created series.
    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    /// "Now" for validation: `--now`, else the system clock (semantics S1: the core
    /// gets it as an argument).
    pub fn now(&self) -> DateTime<Utc> {
        self.inner.config.now.unwrap_or_else(Utc::now)
    }

    /// Counts an API request; the count including this one (1, 2, …).
    fn next_api_request(&self) -> u64 {
        self.inner.api_requests.fetch_add(1, Ordering::Relaxed) + 1
    }
}

/// CORS for the dev origins only, with the headers the app sends.
fn cors() -> CorsLayer {
    let origins = ALLOWED_ORIGINS.map(HeaderValue::from_static);
    CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([Method::GET, Method::POST, Method::DELETE])
        .allow_headers([
            HeaderName::from_static("content-type"),
            HeaderName::from_static(api::TOKEN_HEADER),
        ])
        .expose_headers([HeaderName::from_static(error::REQUEST_ID_HEADER)])
        .max_age(Duration::from_secs(600))
}

/// The whole emulator as an axum [`Router`]: API routes (CORS, faults, auth, 1 MiB
/// body limit), the static app or a 404 fallback, a request timeout and the request log.
pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route(
            CYCLE_PATH,
            post(api::create)
                .delete(api::cancel)
                .fallback(api::method_not_allowed),
        )
        .route(LIST_PATH, get(api::list).fallback(api::method_not_allowed))
        .route("/v1", any(api::not_found))
        .route("/v1/", any(api::not_found))
        .route("/v1/{*rest}", any(api::not_found))
        .route_layer(middleware::from_fn_with_state(state.clone(), api::auth))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn_with_state(state.clone(), api::faults))
        .layer(cors());

    let app = match &state.config().static_dir {
        Some(dir) => api
            .fallback_service(ServeDir::new(dir).fallback(ServeFile::new(dir.join("index.html")))),
        None => api.fallback(api::not_found),
    };
    app.layer(middleware::from_fn_with_state(state.clone(), timeout))
        .layer(middleware::from_fn_with_state(state.clone(), log_request))
        .with_state(state)
}

/// Answers 408 (Huawei-shaped, with a request id) when a request takes longer than
/// the configured timeout.
async fn timeout(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let limit = state.config().request_timeout;
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => error::ApiError::new(
            StatusCode::REQUEST_TIMEOUT,
            error::BAD_REQUEST,
            format!(
                "Request timeout: not answered within {} ms",
                limit.as_millis()
            ),
        )
        .into_response(),
    }
}

/// One line per request on stderr: time, method, path (never the query string, never
/// the token), status, duration.
async fn log_request(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if !state.config().log_requests {
        return next.run(request).await;
    }
    let started = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    let line = format!(
        "{} {method} {path} {} {:.1}ms\n",
        Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true),
        response.status().as_u16(),
        started.elapsed().as_secs_f64() * 1000.0,
    );
    let _ = std::io::stderr().lock().write_all(line.as_bytes());
    response
}

/// The configuration `cycleconf serve` runs with: `args`, the address actually bound
/// and the token (given or random).
pub fn config_from_args(args: &ServeArgs, bound: SocketAddr, token: String) -> Config {
    Config {
        token,
        now: args.now,
        latency: Duration::from_millis(args.latency_ms),
        fail_every: args.fail_every,
        static_dir: args.static_dir.clone(),
        base_url: format!("http://{bound}"),
        log_requests: true,
        request_timeout: REQUEST_TIMEOUT,
    }
}

/// Binds `args.addr`, prints the URL and the token, and serves until Ctrl-C (or
/// SIGTERM), finishing the requests in flight.
pub async fn run(args: ServeArgs) -> std::io::Result<()> {
    let token = match &args.token {
        Some(t) if t.is_empty() => {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "--token must not be empty",
            ));
        }
        Some(t) => t.clone(),
        None => ids::token(),
    };
    if let Some(dir) = &args.static_dir
        && !dir.join("index.html").is_file()
    {
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!(
                "--static {}: no index.html in that directory",
                dir.display()
            ),
        ));
    }
    let listener = tokio::net::TcpListener::bind(args.addr).await?;
    let bound = listener.local_addr()?;
    let config = config_from_args(&args, bound, token);
    {
        let mut out = std::io::stdout().lock();
        writeln!(out, "cycleconf emulator listening on http://{bound}")?;
        writeln!(out, "  POST   http://{bound}{CYCLE_PATH}")?;
        writeln!(out, "  GET    http://{bound}{LIST_PATH}?offset=0&limit=20")?;
        writeln!(out, "  DELETE http://{bound}{CYCLE_PATH}?conferenceID=…")?;
        if let Some(dir) = &config.static_dir {
            writeln!(out, "  app    http://{bound}/ (from {})", dir.display())?;
        }
        if let Some(now) = config.now {
            writeln!(out, "  now    {} (fixed)", now.format("%Y-%m-%d %H:%M"))?;
        }
        writeln!(out, "access token (X-Access-Token): {}", config.token)?;
        writeln!(out, "Press Ctrl-C to stop.")?;
        out.flush()?;
    }
    if !bound.ip().is_loopback() {
        eprintln!(
            "warning: listening on {bound}, not loopback; the emulator is for local use only"
        );
    }
    let app = router(AppState::new(config));
    // Graceful, within limits: on the signal no new connection is taken and those open
    // may finish for SHUTDOWN_GRACE; a client that keeps a connection open (say, one
    // that never finishes its headers) does not keep the emulator from stopping.
    let (stopping, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = axum::serve(listener, app).with_graceful_shutdown(async move {
        shutdown_signal().await;
        let _ = stopping.send(());
    });
    tokio::select! {
        result = server.into_future() => result,
        () = async {
            if stopped.await.is_err() {
                std::future::pending::<()>().await;
            }
            tokio::time::sleep(SHUTDOWN_GRACE).await;
        } => {
            eprintln!(
                "stopped with connections still open after {} s",
                SHUTDOWN_GRACE.as_secs()
            );
            Ok(())
        }
    }
}

/// How long open connections may finish after Ctrl-C or SIGTERM.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// Resolves on Ctrl-C or (Unix) SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            // Without a Ctrl-C handler, wait forever (SIGTERM may still stop us).
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut sig) => {
                sig.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    eprintln!("shutting down");
}
