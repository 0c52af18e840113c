//! Small browser helpers that are neither storage nor network: the clock (S1: the
//! browser passes `Date.now()`), the browser's zone and language, clipboard, file
//! download, focus and confirmation.

use chrono::{DateTime, NaiveDateTime, Utc};
use cycleconf_core::Lang;
use cycleconf_core::zones::{self, Zone};
use wasm_bindgen::{JsCast, JsValue};

/// The current instant, truncated to the second, from `Date.now()`.
pub fn now() -> DateTime<Utc> {
    let millis = js_sys::Date::now();
    // f64 milliseconds since the epoch always fit i64 seconds.
    let secs = (millis / 1000.0).floor() as i64;
    DateTime::from_timestamp(secs, 0).unwrap_or_default()
}

/// Whether `url` (an API base URL; empty means this site) is on another origin than
/// this page: the browser then sends to it only if it allows this page (CORS).
pub fn is_other_origin(url: &str) -> bool {
    let url = url.trim();
    if url.is_empty() {
        return false;
    }
    let origin = web_sys::window().and_then(|w| w.location().origin().ok());
    origin.is_none_or(|origin| {
        // The origin itself, or the origin followed by a path.
        !(url == origin
            || url
                .strip_prefix(&origin)
                .is_some_and(|rest| rest.starts_with('/')))
    })
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

/// Sets `<html lang>` and the document's title (in that language).
pub fn set_document_lang(lang: Lang, title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
        document.set_title(title);
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

/// Moves focus to the element with DOM id `id`: a field in a closed section opens the
/// section first, and a group (`<fieldset>`, say the weekday toggles) gives the focus to
/// its first control.
pub fn focus(id: &str) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let mut parent = el.parent_element();
    while let Some(p) = parent {
        if let Some(details) = p.dyn_ref::<web_sys::HtmlDetailsElement>()
            && !details.open()
        {
            details.set_open(true);
        }
        parent = p.parent_element();
    }
    let target = if el.tag_name().eq_ignore_ascii_case("fieldset") {
        el.query_selector("input, select, button, textarea")
            .ok()
            .flatten()
            .unwrap_or(el)
    } else {
        el
    };
    // The field's box comes into view with its label (at 375 px the input alone, at the
    // top of the screen, left its label above the fold).
    let shown = target
        .closest(".field, fieldset")
        .ok()
        .flatten()
        .unwrap_or_else(|| target.clone());
    shown.scroll_into_view();
    if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
        let _ = target.focus();
    }
}

/// [`focus`] from a zero-delay timer: for an element the current update is about to
/// render (a new attendee row, the success view). An element whose code is still on its
/// way (`crate::lazy`) is waited for: up to 50 more tries, 40 ms apart, and only while
/// the focus stays where it was (a user who has moved on to another field keeps it).
pub fn focus_soon(id: String) {
    focus_soon_from(id, active_element());
}

/// [`focus_soon`] for an update that began earlier, when `was` had the focus (what
/// [`active_element`] said then): the focus moves only if it is still there.
pub fn focus_soon_from(id: String, was: Option<web_sys::Element>) {
    focus_when_there(id, was, 0, 50);
}

/// The focused element, if any (`None` for the page's body).
pub fn active_element() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let active = document.active_element()?;
    let body = document.body().map(web_sys::Element::from);
    (Some(&active) != body.as_ref()).then_some(active)
}

fn focus_when_there(id: String, was: Option<web_sys::Element>, delay_ms: i32, tries_left: u32) {
    let Some(w) = web_sys::window() else {
        return;
    };
    let run = wasm_bindgen::closure::Closure::once_into_js(move || {
        let now = active_element();
        if now.is_some() && now != was {
            return;
        }
        let there = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .is_some();
        if there {
            focus(&id);
        } else if tries_left > 0 {
            focus_when_there(id, was, 40, tries_left - 1);
        }
    });
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(run.unchecked_ref(), delay_ms);
}

/// `window.alert(message)`.
pub fn alert(message: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.alert_with_message(message);
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
