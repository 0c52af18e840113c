//! `cycleconf ics [FILE|-]`: the series as an iCalendar (RFC 5545) file on stdout.

use std::process::ExitCode;

use cycleconf_core::json::Json;
use cycleconf_core::validate::Options;

use super::{EXIT_INVALID, EXIT_OK, Outcome, issue_lines, run_with, verdict};
use crate::args::IcsArgs;

/// Runs `ics` (reads the input, prints, returns the exit code).
pub fn run(args: &IcsArgs) -> ExitCode {
    run_with(&args.request, render, |_, _| String::new())
}

/// The calendar for `value` on stdout and its warnings (say, the S11 cap) on stderr
/// (exit 0), or the issues on stderr (exit 1) when the request has errors.
pub fn render(value: &Json<'_>, opts: &Options) -> Outcome {
    match cycleconf_core::to_ics_json(value, opts) {
        Ok(calendar) => Outcome {
            stdout: calendar.ics,
            stderr: issue_lines(&calendar.report.issues),
            code: EXIT_OK,
        },
        Err(report) => {
            let mut stderr = issue_lines(&report.issues);
            stderr.push_str(&verdict(&report.issues, opts.lang));
            Outcome {
                stdout: String::new(),
                stderr,
                code: EXIT_INVALID,
            }
        }
    }
}
