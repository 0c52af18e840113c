//! wasm-bindgen bindings of `cycleconf-core`, published as the npm package `cycleconf`
//! (contract: `shared/design.md`, "npm package contract").
//!
//! Four exports, each a thin wrapper over one core call:
//!
//! | JavaScript | core |
//! |---|---|
//! | `validate(request, { now?, lang? })` | [`cycleconf_core::check`] |
//! | `expand(request, { now?, lang? })` | [`cycleconf_core::expand`] |
//! | `toIcs(request, { now?, lang? })` | [`cycleconf_core::to_ics`] |
//! | `timeZones()` | [`cycleconf_core::zones::zones`] |
//!
//! `request` may be any JavaScript value: a string is read as the JSON text of the
//! request body; anything else is turned into JSON text with `JSON.stringify`. Whatever
//! it is, the answer is a report (never an exception): text that is not JSON, a cyclic
//! object, a `BigInt`, an object nested too deeply give an `invalid_json` error; `null`,
//! `undefined`, a number give a `wrong_type` error. Only a malformed *option* (a `now`
//! that is not `"YYYY-MM-DD HH:mm"` or a `Date`, an unknown `lang`) throws a `TypeError`:
//! that is a bug in the calling code, not bad input.
//!
//! `now` defaults to the current time (`Date.now()`, read here: the core never reads a
//! clock). Results are plain JSON-compatible objects, byte for byte the objects the CLI
//! prints (`cycleconf check --json`, `cycleconf expand --json`); their TypeScript
//! declarations are generated from the mirrors in [`types`].

#![warn(missing_docs)]

mod input;
pub mod types;

use cycleconf_core::{Lang, Options, Report};
use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Validates a request body and, when it validates, the series it makes (the 50-meeting
/// cap, a first meeting in the past, no meetings at all, UTC-offset changes, the reminder
/// cap). The `cycleconf check --json` object: `{ valid, issues }`.
#[wasm_bindgen(js_name = validate, unchecked_return_type = "ValidationReport")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "unknown")] request: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<js_sys::Object>,
) -> Result<JsValue, JsValue> {
    let opts = options_from_js(options)?;
    let report = match request_value(&request, &opts) {
        Ok(value) => cycleconf_core::check(&value, &opts),
        Err(report) => report,
    };
    to_js(&report)
}

/// The meetings the server will create for a request body, with the zone, a summary and
/// every issue: the `cycleconf expand --json` object. When the request has errors,
/// `occurrences` is empty and `issues` says why.
#[wasm_bindgen(js_name = expand, unchecked_return_type = "Expansion")]
pub fn expand(
    #[wasm_bindgen(unchecked_param_type = "unknown")] request: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<js_sys::Object>,
) -> Result<JsValue, JsValue> {
    let opts = options_from_js(options)?;
    let expansion = match request_value(&request, &opts) {
        Ok(value) => cycleconf_core::expand(&value, &opts),
        Err(report) => cycleconf_core::Expansion::from_report(&report, opts.now, opts.lang),
    };
    to_js(&expansion)
}

/// The series as an iCalendar (RFC 5545) file (`DTSTAMP` = `now`). When the request has
/// an error, the validation report instead of the text (tell them apart with
/// `typeof result === "string"`).
#[wasm_bindgen(js_name = toIcs, unchecked_return_type = "string | ValidationReport")]
pub fn to_ics(
    #[wasm_bindgen(unchecked_param_type = "unknown")] request: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: Option<js_sys::Object>,
) -> Result<JsValue, JsValue> {
    let opts = options_from_js(options)?;
    let result =
        request_value(&request, &opts).and_then(|value| cycleconf_core::to_ics(&value, &opts));
    match result {
        Ok(ics) => Ok(JsValue::from_str(&ics)),
        Err(report) => to_js(&report),
    }
}

/// The 77 rows of the Huawei time zone table, in `timeZoneID` order:
/// `[{ id, iana, label }]`.
#[wasm_bindgen(js_name = timeZones, unchecked_return_type = "TimeZone[]")]
pub fn time_zones() -> Result<JsValue, JsValue> {
    to_js(&zone_rows())
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

/// Turns a result into the plain JavaScript object of its JSON: the core's own JSON text
/// (the very bytes the CLI prints, so npm and CLI agree by construction), read back by
/// one `JSON.parse`, which is also faster than building the object field by field.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value).map_err(|e| type_error(&e.to_string()))?;
    js_sys::JSON::parse(&text)
}

/// The request as a JSON value, or the report that says why it is not one.
fn request_value(request: &JsValue, opts: &Options) -> Result<Value, Report> {
    if let Some(text) = request.as_string() {
        return input::parse_request(Some(&text), opts);
    }
    // `JSON.stringify` is exact for every JSON value and catches what is not one (cycles,
    // BigInt, too deep): its exception comes back here as a value.
    match js_sys::JSON::stringify(request) {
        Ok(text) => input::parse_request(JsValue::from(text).as_string().as_deref(), opts),
        Err(error) => Err(input::unserializable(&error_message(&error), opts)),
    }
}

/// The message of a thrown JavaScript value.
fn error_message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the value cannot be converted to JSON".to_owned())
}

/// Reads `{ now?, lang? }`; a missing option takes its default, a malformed one is a
/// `TypeError`.
fn options_from_js(options: Option<js_sys::Object>) -> Result<Options, JsValue> {
    let mut lang = Lang::EnUs;
    let mut now = None;
    if let Some(options) = options {
        let now_value = js_sys::Reflect::get(&options, &JsValue::from_str("now"))?;
        if !now_value.is_undefined() && !now_value.is_null() {
            let parsed = if let Some(text) = now_value.as_string() {
                input::parse_now(&text)
            } else if let Some(date) = now_value.dyn_ref::<js_sys::Date>() {
                input::from_millis(date.get_time())
            } else {
                None
            };
            now = Some(parsed.ok_or_else(|| {
                type_error("cycleconf: options.now must be a UTC \"YYYY-MM-DD HH:mm\" string or a valid Date")
            })?);
        }
        let lang_value = js_sys::Reflect::get(&options, &JsValue::from_str("lang"))?;
        if !lang_value.is_undefined() && !lang_value.is_null() {
            lang = lang_value
                .as_string()
                .as_deref()
                .and_then(input::parse_lang)
                .ok_or_else(|| {
                    type_error("cycleconf: options.lang must be \"en-US\" or \"zh-CN\"")
                })?;
        }
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
