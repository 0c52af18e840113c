//! wasm-bindgen bindings of `cycleconf-core`, published as the npm package `cycleconf`
//! (contract: `shared/design.md`, "npm package contract").
//!
//! The public functions are written in JavaScript (`npm/api.js`) over the raw exports
//! here, each a thin wrapper over one core call:
//!
//! | JavaScript (`api.js`) | raw export | core |
//! |---|---|---|
//! | `validate(request, { now?, lang? })` | [`raw_validate`] | [`cycleconf_core::check_json`] |
//! | `expand(request, { now?, lang? })` | [`raw_expand`] | [`cycleconf_core::expand_json`] |
//! | `toIcs(request, { now?, lang? })` | [`raw_to_ics`] | [`cycleconf_core::to_ics_json`] |
//! | `timeZones()` | [`raw_time_zones`] | [`cycleconf_core::zones::zones`] |
//!
//! Why the split: crossing the boundary is what costs. `api.js` walks the request object
//! once into a tape of numbers and one string of all its texts ([`tape`]): two copies
//! into wasm memory, where `JSON.stringify` plus a JSON parse took several times longer.
//! The answers come back as the core's own JSON text (the very bytes the CLI prints,
//! read by one `JSON.parse`), except the occurrences of `expand`, which come as fixed
//! width text (times, offset, flags), from which `api.js` builds the objects
//! ([`cycleconf_core::recurrence::OccurrenceForm::Compact`]).
//!
//! `request` may be any JavaScript value: a string is read as the JSON text of the
//! request body; anything else is read as `JSON.stringify` would see it. Whatever it is,
//! the answer is a report (never an exception): text that is not JSON, a cyclic object,
//! a `BigInt`, an object nested too deeply give an `invalid_json` error; `null`,
//! `undefined`, a number give a `wrong_type` error. Only a malformed *option* (a `now`
//! that is not `"YYYY-MM-DD HH:mm"` or a `Date`, an unknown `lang`) throws a `TypeError`:
//! that is a bug in the calling code, not bad input.
//!
//! `now` defaults to the current time (`Date.now()`, read here: the core never reads a
//! clock). Results are plain JSON-compatible objects, equal to the objects the CLI
//! prints (`cycleconf check --json`, `cycleconf expand --json`); their TypeScript
//! declarations are generated from the mirrors in [`types`].

#![warn(missing_docs)]

mod input;
pub mod tape;
pub mod types;

use cycleconf_core::json::Json;
use cycleconf_core::{Lang, Options, Report};
use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// The allocator: Talc instead of dlmalloc (faster allocation and release of the
/// request tree, and a smaller module). Single-threaded wasm only, as this package is.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// How the request reached the raw exports (`kind`).
mod kind {
    /// `tape` and `text` hold the request object ([`crate::tape`]).
    pub const TAPE: u8 = 0;
    /// `text` is the request's JSON text.
    pub const JSON_TEXT: u8 = 1;
    /// The request could not be read (`JSON.stringify` would throw); `text` says why.
    #[cfg(test)]
    pub const UNREADABLE: u8 = 2;
}

/// `validate`: the `cycleconf check --json` object `{ valid, issues }` as JSON text.
#[wasm_bindgen(js_name = rawValidate)]
pub fn raw_validate(
    kind: u8,
    tape: &[f64],
    text: &[u8],
    now: JsValue,
    lang: JsValue,
) -> Result<String, JsValue> {
    let opts = options(&now, &lang)?;
    let report = with_request(kind, tape, text, &opts, |json| {
        cycleconf_core::check_json(json, &opts)
    })
    .unwrap_or_else(|report| report);
    to_json(&report)
}

/// `expand`, as UTF-8 bytes: the `cycleconf expand --json` object as JSON text with
/// `occurrences` in the compact form (their count), followed by a newline and the
/// meetings as ASCII text (`write_compact_occurrences`); or, when they do not fit that
/// form, the whole object as JSON text (no newline). Bytes, not a string, so that
/// `api.js` decodes the ASCII part with the fastest decoder the platform has.
#[wasm_bindgen(js_name = rawExpand)]
pub fn raw_expand(
    kind: u8,
    tape: &[f64],
    text: &[u8],
    now: JsValue,
    lang: JsValue,
) -> Result<Vec<u8>, JsValue> {
    let opts = options(&now, &lang)?;
    let expansion = with_request(kind, tape, text, &opts, |json| {
        cycleconf_core::expand_json(json, &opts)
    })
    .unwrap_or_else(|report| {
        cycleconf_core::Expansion::from_owned_report(report, opts.now, opts.lang)
    });
    match expansion.compact_output() {
        Some((output, meetings)) => {
            let mut out = to_json(&output)?;
            out.push('\n');
            out.push_str(&meetings);
            Ok(out.into_bytes())
        }
        None => Ok(to_json(&expansion.output())?.into_bytes()),
    }
}

/// `toIcs`: the iCalendar text, or the validation report as JSON text (it starts with
/// `{`, the calendar with `BEGIN:VCALENDAR`).
#[wasm_bindgen(js_name = rawToIcs)]
pub fn raw_to_ics(
    kind: u8,
    tape: &[f64],
    text: &[u8],
    now: JsValue,
    lang: JsValue,
) -> Result<String, JsValue> {
    let opts = options(&now, &lang)?;
    let result = with_request(kind, tape, text, &opts, |json| {
        cycleconf_core::to_ics_json(json, &opts)
    })
    .and_then(|result| result);
    match result {
        Ok(ics) => Ok(ics),
        Err(report) => to_json(&report),
    }
}

/// `timeZones`: the 77 rows of the Huawei time zone table, in `timeZoneID` order, as the
/// JSON text of `[{ id, iana, label }]`.
#[wasm_bindgen(js_name = rawTimeZones)]
pub fn raw_time_zones() -> Result<String, JsValue> {
    to_json(&zone_rows())
}

/// The object keys the request tape may give by number ([`tape::known_keys`]), as the
/// JSON text of an array of strings.
#[wasm_bindgen(js_name = rawKnownKeys)]
pub fn raw_known_keys() -> Result<String, JsValue> {
    to_json(tape::known_keys())
}

/// The version of the package (the workspace version).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The rows `timeZones()` returns.
fn zone_rows() -> Vec<types::TimeZone> {
    cycleconf_core::zones::zones()
        .iter()
        .map(|z| types::TimeZone {
            id: z.id,
            iana: z.iana.to_owned(),
            label: z.label.to_owned(),
        })
        .collect()
}

/// The core's JSON text of a result.
fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String, JsValue> {
    serde_json::to_string(value).map_err(|e| type_error(&e.to_string()))
}

/// Runs `f` on the request, or gives the report that says why there is none.
fn with_request<T>(
    kind: u8,
    tape: &[f64],
    text: &[u8],
    opts: &Options,
    f: impl FnOnce(&Json<'_>) -> T,
) -> Result<T, Report> {
    // The JavaScript side writes `text` with a TextEncoder: always UTF-8.
    let text = std::str::from_utf8(text)
        .map_err(|e| cycleconf_core::invalid_json(&e.to_string(), opts.lang))?;
    match kind {
        kind::TAPE => match tape::decode(tape, text) {
            Ok(json) => Ok(f(&json)),
            Err(e) => Err(cycleconf_core::invalid_json(e.0, opts.lang)),
        },
        kind::JSON_TEXT => match Json::parse(text) {
            Ok(json) => Ok(f(&json)),
            // The core words the parser's error (same report as `validate_str`).
            Err(_) => Err(cycleconf_core::validate_str(text, opts)),
        },
        // kind::UNREADABLE, or anything else.
        _ => Err(cycleconf_core::invalid_json(text, opts.lang)),
    }
}

/// Reads `now` and `lang` (`undefined` or `null`: the default; malformed: a
/// `TypeError`).
fn options(now_value: &JsValue, lang_value: &JsValue) -> Result<Options, JsValue> {
    let mut lang = Lang::EnUs;
    let mut now = None;
    if !now_value.is_undefined() && !now_value.is_null() {
        let parsed = if let Some(text) = now_value.as_string() {
            input::parse_now(&text)
        } else if let Some(date) = now_value.dyn_ref::<js_sys::Date>() {
            input::from_millis(date.get_time())
        } else {
            None
        };
        now = Some(parsed.ok_or_else(|| {
            type_error(
                "cycleconf: options.now must be a UTC \"YYYY-MM-DD HH:mm\" string or a valid Date",
            )
        })?);
    }
    if !lang_value.is_undefined() && !lang_value.is_null() {
        lang = lang_value
            .as_string()
            .as_deref()
            .and_then(input::parse_lang)
            .ok_or_else(|| type_error("cycleconf: options.lang must be \"en-US\" or \"zh-CN\""))?;
    }
    let now = match now {
        Some(now) => now,
        None => input::from_millis(js_sys::Date::now())
            .ok_or_else(|| type_error("cycleconf: the clock is out of range"))?,
    };
    Ok(Options { now, lang })
}

fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use cycleconf_core::IssueCode;

    use super::input::tests::opts;
    use super::*;

    fn read(kind: u8, tape: &[f64], text: &str) -> Result<String, Report> {
        with_request(kind, tape, text.as_bytes(), &opts(), |json| {
            format!("{json:?}")
        })
    }

    #[test]
    fn request_text_parses_or_reports() {
        let parsed = read(kind::JSON_TEXT, &[], r#"{"a": [1]}"#).unwrap();
        assert_eq!(
            parsed,
            format!("{:?}", Json::parse(r#"{"a": [1]}"#).unwrap())
        );
        // Nesting deeper than the parser's limit is reported, not a crash.
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        for text in ["", "{", "not json", "{\"a\": 1} x", &deep] {
            let report = read(kind::JSON_TEXT, &[], text).unwrap_err();
            assert!(!report.is_valid());
            assert_eq!(report.issues.len(), 1, "{text}");
            assert_eq!(report.issues[0].code, IssueCode::InvalidJson);
        }
    }

    #[test]
    fn tapes_and_unreadable_values() {
        // {"a": [true]}
        let parsed = read(kind::TAPE, &[6.0, 1.0, 1.0, 5.0, 1.0, 2.0], "a").unwrap();
        assert_eq!(
            parsed,
            format!("{:?}", Json::parse(r#"{"a": [true]}"#).unwrap())
        );
        let broken = read(kind::TAPE, &[6.0, 1.0], "").unwrap_err();
        assert_eq!(broken.issues[0].code, IssueCode::InvalidJson);
        let unreadable = read(
            kind::UNREADABLE,
            &[],
            "Do not know how to serialize a BigInt",
        );
        let issue = &unreadable.unwrap_err().issues[0];
        assert_eq!(issue.code, IssueCode::InvalidJson);
        assert!(issue.message.contains("BigInt"), "{}", issue.message);
        assert_eq!(issue.path, "");
        assert_eq!(issue.huawei_code, Some("MMC.111071062"));
        let zh = with_request(
            kind::UNREADABLE,
            &[],
            b"x",
            &Options {
                lang: Lang::ZhCn,
                ..opts()
            },
            |_| (),
        );
        let zh = &zh.unwrap_err().issues[0];
        assert!(zh.message.contains("JSON"));
        assert_ne!(zh.message, issue.message);
    }
}
