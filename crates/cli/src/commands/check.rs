//! `cycleconf check [FILE|-] [--json]`: validate a request body.

use std::process::ExitCode;

use cycleconf_core::json::Json;
use cycleconf_core::validate::Options;

use super::{EXIT_INVALID, EXIT_OK, Outcome, issue_lines, run_with, to_json_text, verdict};
use crate::args::CheckArgs;

/// Runs `check` (reads the input, prints, returns the exit code).
pub fn run(args: &CheckArgs) -> ExitCode {
    run_with(
        &args.request,
        |value, opts| render(value, opts, args.json),
        |report, _| {
            if args.json {
                to_json_text(&report)
            } else {
                String::new()
            }
        },
    )
}

/// The output of `check` for `value`: `{"valid", "issues"}` with `json`, else one line
/// per issue and a verdict. Exit 0 without errors, 1 with errors.
pub fn render(value: &Json<'_>, opts: &Options, json: bool) -> Outcome {
    let report = cycleconf_core::check_json(value, opts);
    let stdout = if json {
        to_json_text(&report)
    } else {
        let mut s = issue_lines(&report.issues);
        s.push_str(&verdict(&report.issues, opts.lang));
        s
    };
    Outcome {
        stdout,
        stderr: String::new(),
        code: if report.is_valid() {
            EXIT_OK
        } else {
            EXIT_INVALID
        },
    }
}
