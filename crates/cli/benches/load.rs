//! Load test of the API emulator (design.md budget: ≥ 5,000 creates/s with 50
//! concurrent clients on loopback, p99 ≤ 20 ms, 0 errors).
//!
//! Starts the emulator's router on 127.0.0.1:0 inside this process (loopback only), runs
//! 50 keep-alive HTTP/1.1 clients that create the seed's example series until 10,000
//! requests were sent or 10 s passed, prints creates/s, p50, p99 and errors, then checks
//! that the list count equals the number of 200 answers (nothing lost).
//!
//! `cargo bench -p cycleconf-cli --bench load [-- --clients N --requests N --seconds S --log]`
//! (`--log` keeps the per-request log lines on stderr, as `cycleconf serve` does).
//! Exit code 1 when a request failed or a series was lost.

use std::error::Error;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use cycleconf_cli::serve::{AppState, Config, router};
use http_body_util::{BodyExt, Empty, Full};
use hyper::body::Bytes;
use hyper::{Request, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

type BoxError = Box<dyn Error + Send + Sync>;

const TOKEN: &str = "load-test-token-0123456789abcdef";
const CREATE: &str = "/v1/mmc/management/cycleconferences";
/// The seed's example request (masked values replaced).
const BODY: &str = include_str!("../../core/tests/fixtures/example_request.json");
/// A "now" before the example's dates, so every request is valid.
const NOW: &str = "2021-08-30 12:00";

/// Budget from design.md.
const BUDGET_CREATES_PER_S: f64 = 5_000.0;
const BUDGET_P99_MS: f64 = 20.0;

struct Settings {
    clients: usize,
    requests: usize,
    seconds: u64,
    log: bool,
}

fn settings() -> Settings {
    let mut s = Settings {
        clients: 50,
        requests: 10_000,
        seconds: 10,
        log: false,
    };
    let args: Vec<String> = std::env::args().collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
    };
    if let Some(v) = value("--clients") {
        s.clients = v;
    }
    if let Some(v) = value("--requests") {
        s.requests = v;
    }
    if let Some(v) = value("--seconds") {
        s.seconds = v as u64;
    }
    s.log = args.iter().any(|a| a == "--log");
    s
}

/// What one client saw.
#[derive(Default)]
struct ClientResult {
    latencies_us: Vec<u64>,
    ok: usize,
    errors: usize,
}

async fn connect(
    addr: SocketAddr,
) -> Result<hyper::client::conn::http1::SendRequest<Full<Bytes>>, BoxError> {
    let stream = TcpStream::connect(addr).await?;
    stream.set_nodelay(true)?;
    let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
    tokio::spawn(conn);
    Ok(sender)
}

async fn client(
    addr: SocketAddr,
    issued: Arc<AtomicUsize>,
    max_requests: usize,
    deadline: Instant,
) -> Result<ClientResult, BoxError> {
    let mut sender = connect(addr).await?;
    let mut result = ClientResult::default();
    while Instant::now() < deadline && issued.fetch_add(1, Ordering::Relaxed) < max_requests {
        let request = Request::post(CREATE)
            .header("host", addr.to_string())
            .header("content-type", "application/json")
            .header("x-access-token", TOKEN)
            .body(Full::new(Bytes::from_static(BODY.as_bytes())))?;
        let started = Instant::now();
        let outcome = async {
            sender.ready().await?;
            let response = sender.send_request(request).await?;
            let status = response.status();
            response.into_body().collect().await?;
            Ok::<StatusCode, BoxError>(status)
        }
        .await;
        let elapsed = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
        result.latencies_us.push(elapsed);
        match outcome {
            Ok(StatusCode::OK) => result.ok += 1,
            Ok(_) => result.errors += 1,
            Err(_) => {
                result.errors += 1;
                // The connection is unusable after a transport error: open a new one.
                sender = connect(addr).await?;
            }
        }
    }
    Ok(result)
}

/// The list count (`GET …/conferences?limit=1` → `count`).
async fn list_count(addr: SocketAddr) -> Result<u64, BoxError> {
    let stream = TcpStream::connect(addr).await?;
    let (mut sender, conn) =
        hyper::client::conn::http1::handshake::<_, Empty<Bytes>>(TokioIo::new(stream)).await?;
    tokio::spawn(conn);
    let request = Request::get("/v1/mmc/management/conferences?offset=0&limit=1")
        .header("host", addr.to_string())
        .header("x-access-token", TOKEN)
        .body(Empty::new())?;
    let response = sender.send_request(request).await?;
    let bytes = response.into_body().collect().await?.to_bytes();
    let body: serde_json::Value = serde_json::from_slice(&bytes)?;
    body["count"]
        .as_u64()
        .ok_or_else(|| format!("no count in the list answer: {body}").into())
}

fn percentile(sorted_us: &[u64], p: f64) -> f64 {
    if sorted_us.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted_us.len() as f64).ceil() as usize;
    let idx = rank.clamp(1, sorted_us.len()) - 1;
    sorted_us.get(idx).copied().unwrap_or(0) as f64 / 1000.0
}

async fn run(s: Settings) -> Result<bool, BoxError> {
    let mut config = Config::new(TOKEN);
    config.now = Some(cycleconf_cli::input::parse_now(NOW)?);
    config.log_requests = s.log;
    let state = AppState::new(config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let app = router(state.clone());
    let server = tokio::spawn(async move { axum::serve(listener, app).await });

    let issued = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let deadline = started + Duration::from_secs(s.seconds);
    let tasks: Vec<_> = (0..s.clients)
        .map(|_| tokio::spawn(client(addr, Arc::clone(&issued), s.requests, deadline)))
        .collect();
    let mut latencies = Vec::with_capacity(s.requests);
    let (mut ok, mut errors) = (0usize, 0usize);
    for task in tasks {
        let r = task.await??;
        latencies.extend(r.latencies_us);
        ok += r.ok;
        errors += r.errors;
    }
    let elapsed = started.elapsed().as_secs_f64();
    latencies.sort_unstable();
    let count = list_count(addr).await?;
    server.abort();

    let rate = ok as f64 / elapsed;
    let p50 = percentile(&latencies, 50.0);
    let p99 = percentile(&latencies, 99.0);
    println!(
        "emulator load: {} clients, {} requests in {elapsed:.2} s (loopback, in-process)",
        s.clients,
        latencies.len()
    );
    println!("creates/s: {rate:.0}");
    println!("p50: {p50:.2} ms");
    println!("p99: {p99:.2} ms");
    println!("errors: {errors}");
    println!("list count: {count} (200 answers: {ok})");
    let lost = count != ok as u64;
    let within = rate >= BUDGET_CREATES_PER_S && p99 <= BUDGET_P99_MS && errors == 0;
    println!(
        "budget (>= {BUDGET_CREATES_PER_S:.0} creates/s, p99 <= {BUDGET_P99_MS} ms, 0 errors): {}",
        if within { "met" } else { "MISSED" }
    );
    if lost {
        println!("FAIL: the list holds {count} series but {ok} creates were answered 200");
    }
    Ok(!lost && errors == 0)
}

fn main() -> Result<(), BoxError> {
    let s = settings();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let passed = runtime.block_on(run(s))?;
    if !passed {
        std::process::exit(1);
    }
    Ok(())
}
