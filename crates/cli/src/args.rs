//! Command-line arguments (clap derive): the CLI contract of `shared/design.md`.

use std::net::SocketAddr;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use clap::{Args, Parser, Subcommand};
use cycleconf_core::Lang;

use crate::input;

/// `cycleconf`: check, preview and emulate Huawei Cloud Meeting's
/// `POST /v1/mmc/management/cycleconferences` (create a recurring meeting series).
#[derive(Debug, Parser)]
#[command(name = "cycleconf", version, about, long_about = None)]
#[command(after_help = "Examples:
  cycleconf check request.json
  cycleconf expand --now \"2021-08-30 12:00\" request.json
  cat request.json | cycleconf ics - > series.ics
  cycleconf serve --token dev-token --static dist

Exit codes:
  0  no errors (warnings allowed)
  1  the request has errors (check, expand, ics)
  2  the input is unreadable or not JSON, or a flag is invalid
  3  the output could not be written (a closed pipe, as with | head, is not an error)")]
pub struct Cli {
    /// The subcommand to run.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a request body: every issue, with its path, code and message.
    #[command(after_help = "Examples:
  cycleconf check request.json
  cycleconf check --json --now \"2021-08-30 12:00\" request.json
  curl -s https://example.invalid/body.json | cycleconf check --lang zh-CN -

Output (one line per issue, then a verdict):
  error    cycleParams.interval  interval_out_of_range  <message> [MMC.111071044]

Exit codes:
  0  no errors (warnings allowed)
  1  the request has errors
  2  the input is unreadable or not JSON, or a flag is invalid
  3  the output could not be written (a closed pipe, as with | head, is not an error)")]
    Check(CheckArgs),
    /// List the meetings the server will create for a request body.
    #[command(after_help = "Examples:
  cycleconf expand request.json
  cycleconf expand --json --now \"2021-08-30 12:00\" request.json | jq '.occurrences[].start'

Exit codes:
  0  no errors (warnings allowed)
  1  the request has errors
  2  the input is unreadable or not JSON, or a flag is invalid
  3  the output could not be written (a closed pipe, as with | head, is not an error)")]
    Expand(ExpandArgs),
    /// Write the series as an iCalendar (RFC 5545) file to stdout.
    #[command(after_help = "Examples:
  cycleconf ics request.json > series.ics
  cycleconf ics --now \"2021-08-30 12:00\" - < request.json

Issues go to stderr: the warnings next to the file, or every issue and no file.

Exit codes:
  0  no errors (warnings allowed)
  1  the request has errors
  2  the input is unreadable or not JSON, or a flag is invalid
  3  the output could not be written (a closed pipe, as with | head, is not an error)")]
    Ics(IcsArgs),
    /// Run the local API emulator (a stand-in for api.meeting.huaweicloud.com).
    #[command(after_help = "Examples:
  cycleconf serve
  cycleconf serve --addr 127.0.0.1:8787 --token dev-token --static dist
  cycleconf serve --now \"2021-08-30 12:00\" --latency-ms 300 --fail-every 5

  curl -s -X POST http://127.0.0.1:8787/v1/mmc/management/cycleconferences \\
       -H 'X-Access-Token: dev-token' -H 'Content-Type: application/json' \\
       --data @request.json")]
    Serve(ServeArgs),
}

/// Flags every request-reading subcommand takes.
#[derive(Debug, Clone, Args)]
pub struct RequestArgs {
    /// The request body (JSON) to read; `-` (the default) reads stdin.
    #[arg(value_name = "FILE|-", default_value = "-")]
    pub file: PathBuf,
    /// "Now" as UTC `YYYY-MM-DD HH:mm` (default: the system clock).
    #[arg(long, value_name = "YYYY-MM-DD HH:mm", value_parser = input::parse_now)]
    pub now: Option<DateTime<Utc>>,
    /// The language of the messages: `en-US` or `zh-CN`.
    #[arg(long, value_name = "en-US|zh-CN", default_value = "en-US", value_parser = input::parse_lang)]
    pub lang: Lang,
}

/// `cycleconf check`.
#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// Input, `--now`, `--lang`.
    #[command(flatten)]
    pub request: RequestArgs,
    /// Print `{"valid", "issues"}` as JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// `cycleconf expand`.
#[derive(Debug, Clone, Args)]
pub struct ExpandArgs {
    /// Input, `--now`, `--lang`.
    #[command(flatten)]
    pub request: RequestArgs,
    /// Print the `expand --json` object of the contract instead of text.
    #[arg(long)]
    pub json: bool,
}

/// `cycleconf ics`.
#[derive(Debug, Clone, Args)]
pub struct IcsArgs {
    /// Input, `--now`, `--lang`.
    #[command(flatten)]
    pub request: RequestArgs,
}

/// `cycleconf serve`.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// The address to listen on (loopback by default).
    #[arg(long, default_value = "127.0.0.1:8787")]
    pub addr: SocketAddr,
    /// The access token clients must send in `X-Access-Token` (default: a random
    /// 32-character token, printed at startup).
    #[arg(long, value_name = "TOKEN")]
    pub token: Option<String>,
    /// Serve the built web app from DIR at `/` (SPA fallback to `index.html`).
    #[arg(long = "static", value_name = "DIR")]
    pub static_dir: Option<PathBuf>,
    /// A fixed "now" (UTC `YYYY-MM-DD HH:mm`) for validation (default: the system clock
    /// at each request).
    #[arg(long, value_name = "YYYY-MM-DD HH:mm", value_parser = input::parse_now)]
    pub now: Option<DateTime<Utc>>,
    /// Delay every API response by N milliseconds.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub latency_ms: u64,
    /// Answer every Nth API request with 500 (`MMC.111070003`).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub fail_every: Option<u64>,
}
