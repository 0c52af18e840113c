//! The request-reading subcommands: `check`, `expand`, `ics`.
//!
//! Each has a pure `render` function (request value in, [`Outcome`] out) used by the
//! tests, and a `run` function that reads the input and writes the outcome.

use std::io::Write;
use std::process::ExitCode;

use cycleconf_core::Lang;
use cycleconf_core::json::Json;
use cycleconf_core::validate::{Issue, Options, Severity};

use crate::args::RequestArgs;
use crate::input;

pub mod check;
pub mod expand;
pub mod ics;

/// Exit code: no errors (warnings allowed).
pub const EXIT_OK: u8 = 0;
/// Exit code: the request has errors.
pub const EXIT_INVALID: u8 = 1;
/// Exit code: the input is unreadable or not JSON.
pub const EXIT_INPUT: u8 = 2;

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
    /// Writes stdout and stderr and returns the exit code.
    pub fn emit(self) -> ExitCode {
        // A closed stdout (e.g. `| head`) is not worth a panic; the exit code still tells.
        let _ = std::io::stdout().lock().write_all(self.stdout.as_bytes());
        let _ = std::io::stderr().lock().write_all(self.stderr.as_bytes());
        ExitCode::from(self.code)
    }
}

/// Reads the request of `args` and runs `render` on it with the options of `args`;
/// unreadable or non-JSON input gives exit code 2 and a message naming the problem.
pub fn run_with(
    args: &RequestArgs,
    render: impl FnOnce(&Json<'_>, &Options) -> Outcome,
) -> ExitCode {
    let request = input::read_text(&args.file).and_then(|text| {
        let json = input::parse_json(&text, &input::source_name(&args.file))?;
        let opts = Options {
            now: input::now_or_clock(args.now),
            lang: args.lang,
        };
        Ok(render(&json, &opts))
    });
    match request {
        Ok(outcome) => outcome.emit(),
        Err(e) => Outcome {
            stdout: String::new(),
            stderr: format!("cycleconf: error: {e}\n"),
            code: EXIT_INPUT,
        }
        .emit(),
    }
}

/// The issues as aligned text lines:
/// `error    cycleParams.interval  interval_out_of_range  <message> [MMC.111071044]`.
pub fn issue_lines(issues: &[Issue]) -> String {
    let path_of = |i: &Issue| {
        if i.path.is_empty() {
            "(body)".to_owned()
        } else {
            i.path.clone()
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
            i.message,
        ));
        if let Some(code) = i.huawei_code {
            out.push_str(&format!(" [{code}]"));
        }
        out.push('\n');
    }
    out
}

/// The final verdict line of `check`, e.g. `invalid: 1 error, 2 warnings`.
pub fn verdict(issues: &[Issue], lang: Lang) -> String {
    let errors = issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
        .count();
    let warnings = issues.len() - errors;
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
                "{}, {}",
                plural(errors, "error", "errors"),
                plural(warnings, "warning", "warnings")
            );
            if errors == 0 {
                format!("valid: {counts}; the API would accept this request\n")
            } else {
                format!("invalid: {counts}; the API would reject this request\n")
            }
        }
        Lang::ZhCn => {
            if errors == 0 {
                format!("有效：{errors} 个错误，{warnings} 个警告；API 会接受此请求\n")
            } else {
                format!("无效：{errors} 个错误，{warnings} 个警告；API 会拒绝此请求\n")
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
