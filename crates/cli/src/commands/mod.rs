//! The request-reading subcommands: `check`, `expand`, `ics`.
//!
//! Each has a pure `render` function (request value in, [`Outcome`] out) used by the
//! tests, and a `run` function that reads the input and writes the outcome.

use std::io::Write;
use std::process::ExitCode;

use cycleconf_core::Lang;
use cycleconf_core::json::Json;
use cycleconf_core::validate::{Issue, IssueCode, Options, Report, Severity};

use crate::args::RequestArgs;
use crate::input::{self, InputError};

pub mod check;
pub mod expand;
pub mod ics;

/// Exit code: no errors (warnings allowed).
pub const EXIT_OK: u8 = 0;
/// Exit code: the request has errors.
pub const EXIT_INVALID: u8 = 1;
/// Exit code: the input is unreadable or not JSON.
pub const EXIT_INPUT: u8 = 2;
/// Exit code: the output could not be written (e.g. a full disk); the message is on
/// stderr. A closed pipe (`| head`) is not an error: the reader wanted no more.
pub const EXIT_OUTPUT: u8 = 3;

/// What a subcommand prints and how it exits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Text for stdout.
    pub stdout: String,
    /// Text for stderr.
    pub stderr: String,
    /// The process exit code.
    pub code: u8,
}

impl Outcome {
    /// Writes stdout and stderr and returns the exit code ([`EXIT_OUTPUT`] when stdout
    /// could not be written).
    pub fn emit(self) -> ExitCode {
        let mut stdout = std::io::stdout().lock();
        let written = stdout
            .write_all(self.stdout.as_bytes())
            .and_then(|()| stdout.flush());
        let mut stderr = std::io::stderr().lock();
        let _ = stderr.write_all(self.stderr.as_bytes());
        match written {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                let _ = writeln!(stderr, "cycleconf: error: cannot write the output: {e}");
                ExitCode::from(EXIT_OUTPUT)
            }
            _ => ExitCode::from(self.code),
        }
    }
}

/// Reads the request of `args` and runs `render` on it with the options of `args`.
/// Unreadable or non-JSON input gives exit code 2 and a message naming the problem on
/// stderr; input that is not JSON also gets `not_json` of the core's `invalid_json`
/// report on stdout (what `--json` prints, so that a script reading stdout gets an
/// answer; empty for the text forms).
pub fn run_with(
    args: &RequestArgs,
    render: impl FnOnce(&Json<'_>, &Options) -> Outcome,
    not_json: impl FnOnce(Report, &Options) -> String,
) -> ExitCode {
    let opts = Options {
        now: input::now_or_clock(args.now),
        lang: args.lang,
    };
    let request = input::read_text(&args.file).and_then(|text| {
        let json = input::parse_json(&text, &input::source_name(&args.file))?;
        Ok(render(&json, &opts))
    });
    match request {
        Ok(outcome) => outcome.emit(),
        Err(e) => Outcome {
            stdout: match &e {
                InputError::NotJson { .. } => {
                    not_json(cycleconf_core::invalid_json(&e.detail(), opts.lang), &opts)
                }
                InputError::Unreadable { .. } => String::new(),
            },
            stderr: format!("{}\n", e.line(opts.lang)),
            code: EXIT_INPUT,
        }
        .emit(),
    }
}

/// The issues as aligned text lines:
/// `error    cycleParams.interval  interval_out_of_range  <message> [MMC.111071044]`.
/// Paths and messages quote the request's keys and values: their control chars are
/// escaped (`\n`, `\u{0}`), so that a key cannot add a line of its own.
pub fn issue_lines(issues: &[Issue]) -> String {
    let path_of = |i: &Issue| {
        if i.path.is_empty() {
            "(body)".to_owned()
        } else {
            printable(&i.path)
        }
    };
    let path_w = issues
        .iter()
        .map(|i| path_of(i).chars().count())
        .max()
        .unwrap_or(0);
    let code_w = issues
        .iter()
        .map(|i| i.code.as_str().len())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for i in issues {
        let path = path_of(i);
        let pad = path_w.saturating_sub(path.chars().count());
        out.push_str(&format!(
            "{:<8} {path}{:pad$}  {:<code_w$}  {}",
            i.severity.as_str(),
            "",
            i.code.as_str(),
            printable(&i.message),
        ));
        if let Some(code) = i.huawei_code {
            out.push_str(&format!(" [{code}]"));
        }
        out.push('\n');
    }
    out
}

/// `s` with its control chars escaped as Rust writes them (`\n`, `\t`, `\u{1b}`).
fn printable(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// The final verdict line of `check`, e.g. `invalid: 1 error, 2 warnings`.
pub fn verdict(issues: &[Issue], lang: Lang) -> String {
    // The issues that count those a report does not list (over 1000) are not counted
    // themselves; the line says that there are more.
    let not_listed = |i: &Issue| {
        matches!(
            i.code,
            IssueCode::ErrorsNotListed | IssueCode::WarningsNotListed
        )
    };
    let invalid = issues.iter().any(|i| i.severity == Severity::Error);
    let more = issues.iter().any(not_listed);
    let listed = issues.iter().filter(|i| !not_listed(i));
    let errors = listed
        .clone()
        .filter(|i| i.severity == Severity::Error)
        .count();
    let warnings = listed.count() - errors;
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    };
    match lang {
        Lang::EnUs => {
            let counts = format!(
                "{}, {}{}",
                plural(errors, "error", "errors"),
                plural(warnings, "warning", "warnings"),
                if more { " and more not listed" } else { "" }
            );
            if !invalid {
                format!("valid: {counts}; the API would accept this request\n")
            } else {
                format!("invalid: {counts}; the API would reject this request\n")
            }
        }
        Lang::ZhCn => {
            let more = if more {
                "，另有未列出的问题"
            } else {
                ""
            };
            if !invalid {
                format!("有效：{errors} 个错误，{warnings} 个警告{more}；API 会接受此请求\n")
            } else {
                format!("无效：{errors} 个错误，{warnings} 个警告{more}；API 会拒绝此请求\n")
            }
        }
    }
}

/// `value` as pretty JSON plus a newline.
pub fn to_json_text<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_string_pretty(value) {
        Ok(mut s) => {
            s.push('\n');
            s
        }
        // Serializing these types cannot fail (string keys only); say so if it ever does.
        Err(e) => format!("{{\"error\": {:?}}}\n", e.to_string()),
    }
}
