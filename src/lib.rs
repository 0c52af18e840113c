//! The cycleconf web app (Leptos, client-side rendered, built by Trunk).
//!
//! `main.rs` only mounts [`App`]; each component lives in its own module under
//! `components/`. Data flows one way: [`state::FormState`] → request JSON → the core's
//! `expand` (validation + expansion) → the view. Only [`api`] does network I/O and only
//! [`storage`] touches browser storage.

pub mod api;
mod app;
pub mod browser;
pub mod components;
pub mod ctx;
pub mod form;
pub mod i18n;
pub mod json_text;
pub mod lazy;
pub mod state;
pub mod storage;

pub use app::App;
