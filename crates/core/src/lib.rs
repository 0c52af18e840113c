//! cycleconf-core: the one core behind the web app, the npm package and the CLI.
//!
//! Pure Rust: no wasm, no DOM, no clock, no I/O (semantics S1). Every function that
//! needs "now" takes it as an argument.

#![warn(missing_docs)]

mod facade;
pub mod json;
pub mod messages;
pub mod model;
pub mod recurrence;
pub mod series;
pub mod validate;
pub mod zones;

pub use facade::{
    Calendar, check, check_json, expand, expand_json, preview_json, to_ics, to_ics_json,
};
pub use recurrence::Expansion;
pub use validate::{
    Issue, IssueCode, Options, Report, Severity, ValidSeries, ValidatedRequest, invalid_json,
    validate, validate_json, validate_str,
};

/// The product name, as shown by every face.
pub const PRODUCT_NAME: &str = "cycleconf";

/// The API path of the call this crate models.
pub const CREATE_PATH: &str = "/v1/mmc/management/cycleconferences";

/// A language every message of cycleconf exists in.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    /// English (United States): `en-US`.
    #[default]
    #[serde(rename = "en-US")]
    EnUs,
    /// Simplified Chinese: `zh-CN`.
    #[serde(rename = "zh-CN")]
    ZhCn,
}

impl Lang {
    /// The BCP 47 tag (`en-US`, `zh-CN`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::EnUs => "en-US",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// Parses `en-US` / `zh-CN` (also `en`, `zh`, any case, `_` or `-`).
    pub fn parse(tag: &str) -> Option<Lang> {
        let t = tag.trim().to_ascii_lowercase().replace('_', "-");
        if t == "en" || t.starts_with("en-") {
            Some(Lang::EnUs)
        } else if t == "zh" || t.starts_with("zh-") {
            Some(Lang::ZhCn)
        } else {
            None
        }
    }
}
