//! The `cycleconf` command line: argument parsing and dispatch only (the work is in the
//! `cycleconf_cli` library).

use std::process::ExitCode;

use clap::Parser;
use cycleconf_cli::args::{Cli, Command};
use cycleconf_cli::commands::{self, EXIT_INPUT};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => commands::check::run(&args),
        Command::Expand(args) => commands::expand::run(&args),
        Command::Ics(args) => commands::ics::run(&args),
        Command::Serve(args) => serve(args),
    }
}

fn serve(args: cycleconf_cli::args::ServeArgs) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("cycleconf: error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(cycleconf_cli::serve::run(args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cycleconf serve: error: {e}");
            ExitCode::from(EXIT_INPUT)
        }
    }
}
