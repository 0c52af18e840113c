//! Small browser helpers that are neither storage nor network: the clock (S1: the
//! browser passes `Date.now()`), the browser's zone and language, JSON text through
//! `JSON.parse`, clipboard, file download, focus and confirmation.

use chrono::{DateTime, NaiveDateTime, Utc};
use cycleconf_core::Lang;
use cycleconf_core::zones::{self, Zone};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};

/// The current instant, truncated to the second, from `Date.now()`.
pub fn now() -> DateTime<Utc> {
    let millis = js_sys::Date::now();
    // f64 milliseconds since the epoch always fit i64 seconds.
    let secs = (millis / 1000.0).floor() as i64;
    DateTime::from_timestamp(secs, 0).unwrap_or_default()
}

/// [`now`] as a naive UTC date-time.
pub fn now_naive() -> NaiveDateTime {
    now().naive_utc()
}

/// The Huawei zone row for this browser: `Intl.DateTimeFormat().resolvedOptions()
/// .timeZone` and the current UTC offset through `zones::default_for_browser`.
pub fn browser_zone() -> &'static Zone {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    let iana = js_sys::Reflect::get(&options, &JsValue::from_str("timeZone"))
        .ok()
        .and_then(|v| v.as_string());
    let offset = -(js_sys::Date::new_0().get_timezone_offset() as i32);
    zones::default_for_browser(iana.as_deref(), offset)
}

/// The UI language from `navigator.language` (zh-* → zh-CN, else en-US).
pub fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .and_then(|tag| Lang::parse(&tag))
        .unwrap_or_default()
}

/// How many levels of arrays and objects [`parse_json`] reads: 127, as serde_json does.
#[cfg(target_family = "wasm")]
const JSON_DEPTH: usize = 127;

/// Reads JSON text (a server answer, the saved draft) into a `Value`; `None` when it is
/// not JSON or nests deeper than serde_json would read.
///
/// In the browser this is `JSON.parse` and a walk of what it gives: serde_json's parser
/// cost 6.5 KB of the app's first load (gzip; design.md budget). Its serializer stays,
/// for the request. Numbers come out as serde_json reads integer
/// text when they are whole and exact in an `f64` (within 2^53), else as floats: so
/// `60.0` reads as `60`, and whole numbers beyond 2^53 lose precision, which none of the
/// values read here can have. Natively (unit tests) it is serde_json itself; a browser
/// test (`tests/web.rs`) checks that both read the same values.
pub fn parse_json(text: &str) -> Option<Value> {
    #[cfg(target_family = "wasm")]
    {
        let parsed = js_sys::JSON::parse(text).ok()?;
        js_to_json(&parsed, 0)
    }
    #[cfg(not(target_family = "wasm"))]
    {
        serde_json::from_str(text).ok()
    }
}

/// The `Value` of what `JSON.parse` gave (strings, numbers, booleans, null, arrays and
/// plain objects only).
#[cfg(target_family = "wasm")]
fn js_to_json(value: &JsValue, depth: usize) -> Option<Value> {
    if let Some(s) = value.as_string() {
        return Some(Value::String(s));
    }
    if let Some(n) = value.as_f64() {
        return Some(json_number(n));
    }
    if let Some(b) = value.as_bool() {
        return Some(Value::Bool(b));
    }
    if value.is_null() {
        return Some(Value::Null);
    }
    if depth >= JSON_DEPTH {
        return None;
    }
    if js_sys::Array::is_array(value) {
        let items: &js_sys::Array = value.unchecked_ref();
        return items
            .iter()
            .map(|item| js_to_json(&item, depth + 1))
            .collect::<Option<Vec<_>>>()
            .map(Value::Array);
    }
    let mut map = serde_json::Map::new();
    for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
        let entry: js_sys::Array = entry.unchecked_into();
        let key = entry.get(0).as_string()?;
        map.insert(key, js_to_json(&entry.get(1), depth + 1)?);
    }
    Some(Value::Object(map))
}

/// A number `JSON.parse` gave, as serde_json would read its text (see [`parse_json`]).
pub fn json_number(n: f64) -> Value {
    // 2^53: every whole f64 up to it is exact.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if n.fract() == 0.0 && n.abs() <= EXACT {
        // Whole and within ±2^53: `as` is exact.
        return Value::from(n as i64);
    }
    serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
}

/// Sets `<html lang>`.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// Copies `text` to the clipboard (best effort: the promise is not awaited).
pub fn copy_text(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

/// Offers `content` as a file download named `name`.
pub fn download(name: &str, mime: &str, content: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // Revoke later: the download may still be reading the object URL.
    if let Some(w) = web_sys::window() {
        let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
}

/// Moves focus to the element with DOM id `id`.
pub fn focus(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        el.scroll_into_view();
        let _ = el.focus();
    }
}

/// `window.confirm(message)`; `false` when there is no window.
pub fn confirm(message: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(message).ok())
        .unwrap_or(false)
}

thread_local! {
    static DEFERRED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` from a zero-delay timer; while one is pending, further calls are dropped
/// (the pending one reads the latest state when it runs).
pub fn defer_once(f: impl FnOnce() + 'static) {
    if DEFERRED.with(|d| d.replace(true)) {
        return;
    }
    let Some(w) = web_sys::window() else {
        DEFERRED.with(|d| d.set(false));
        f();
        return;
    };
    let run = wasm_bindgen::closure::Closure::once_into_js(move || {
        DEFERRED.with(|d| d.set(false));
        f();
    });
    if w.set_timeout_with_callback_and_timeout_and_arguments_0(run.unchecked_ref(), 0)
        .is_err()
    {
        DEFERRED.with(|d| d.set(false));
    }
}
