//! The `cycleconf` command line and local API emulator (library part).
//!
//! The binary (`src/main.rs`) only parses arguments and dispatches; everything else
//! lives here so that integration tests and the load benchmark can reach it:
//!
//! - [`args`]: the clap definitions of every subcommand and flag (the CLI contract of
//!   `shared/design.md`).
//! - [`input`]: reading a request body from a file or stdin, `--now`, `--lang`.
//! - [`commands`]: `check`, `expand` and `ics`.
//! - [`serve`]: the API emulator, with [`serve::router`] to test it without a socket.
//!
//! Validation and expansion are never implemented here: the subcommands call the core's
//! facade (`check`, `expand`, `to_ics`); the emulator calls the two steps of
//! `cycleconf_core::expand` itself (`validate`, then `Expansion::from_report`) because it
//! also needs the validated request, so `serve` and `expand` share one code path.

#![warn(missing_docs)]

pub mod args;
pub mod commands;
pub mod input;
pub mod serve;
