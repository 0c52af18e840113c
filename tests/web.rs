//! Browser (wasm-bindgen-test) DOM tests of the web app.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use cycleconf_web::App;
use leptos::mount::mount_to;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh App (no draft) into its own wrapper and returns the wrapper.
fn mount_app() -> (Element, impl Drop) {
    let window = web_sys::window().unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    let document = window.document().unwrap();
    let wrapper = document.create_element("section").unwrap();
    document.body().unwrap().append_child(&wrapper).unwrap();
    let handle = mount_to(wrapper.clone().unchecked_into(), App);
    (wrapper, handle)
}

/// Lets the reactive system run its effects (they run in microtasks and timers).
async fn settle() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
}

fn find(wrapper: &Element, selector: &str) -> Element {
    wrapper
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn type_into(wrapper: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = find(wrapper, selector).unchecked_into();
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

fn meeting_count(wrapper: &Element) -> u32 {
    wrapper
        .query_selector_all("ul.meetings > li")
        .unwrap()
        .length()
}

#[wasm_bindgen_test]
async fn shell_shows_the_product_name_and_the_form_area() {
    let (wrapper, _handle) = mount_app();
    settle().await;
    let h1 = find(&wrapper, "h1");
    assert_eq!(h1.text_content().as_deref(), Some("cycleconf"));
    let form = find(&wrapper, "form");
    assert_eq!(
        form.get_attribute("aria-label").as_deref(),
        Some("Recurring series")
    );
    assert_eq!(wrapper.query_selector_all("main").unwrap().length(), 1);
    // Every control named by design.md has a visible <label for>.
    for name in [
        "Subject",
        "Media type",
        "Start date",
        "Start time",
        "Duration (minutes)",
        "Time zone",
        "Repeat",
        "Every",
        "End date",
        "Remind attendees (days before)",
        "Access token",
    ] {
        let labels = wrapper.query_selector_all("label").unwrap();
        let found = (0..labels.length()).any(|i| {
            let l: Element = labels.item(i).unwrap().unchecked_into();
            l.text_content().as_deref() == Some(name)
                && l.get_attribute("for")
                    .and_then(|id| wrapper.query_selector(&format!("#{id}")).ok().flatten())
                    .is_some()
        });
        assert!(found, "no label for {name}");
    }
    let zone: HtmlSelectElement = find(&wrapper, "#f-timeZoneID").unchecked_into();
    assert_eq!(zone.length(), 77);
}

#[wasm_bindgen_test]
async fn typing_an_invalid_interval_shows_the_message_at_the_field() {
    let (wrapper, _handle) = mount_app();
    settle().await;
    let interval = find(&wrapper, "#f-cycleParams-interval");
    assert_eq!(interval.get_attribute("aria-invalid"), None);
    // The send button is not a submit button: Enter in a field must not send.
    assert!(matches!(
        wrapper.query_selector("button[type=submit]"),
        Ok(None)
    ));
    let button: HtmlElement =
        find(&wrapper, "button[aria-describedby=send-state]").unchecked_into();
    assert!(
        !button
            .unchecked_ref::<web_sys::HtmlButtonElement>()
            .disabled()
    );

    type_into(&wrapper, "#f-cycleParams-interval", "9");
    settle().await;

    assert_eq!(
        interval.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    let described = interval.get_attribute("aria-describedby").unwrap();
    assert!(
        described.contains("f-cycleParams-interval-msg"),
        "{described}"
    );
    let message = find(&wrapper, "#f-cycleParams-interval-msg")
        .text_content()
        .unwrap();
    assert!(message.contains("interval"), "{message}");
    assert!(message.contains("1 to 5"), "{message}");
    assert!(
        button
            .unchecked_ref::<web_sys::HtmlButtonElement>()
            .disabled()
    );
    // The summary links to the field.
    find(&wrapper, ".issue-list a[href='#f-cycleParams-interval']");

    type_into(&wrapper, "#f-cycleParams-interval", "1");
    settle().await;
    assert_eq!(interval.get_attribute("aria-invalid"), None);
    assert_eq!(
        find(&wrapper, "#f-cycleParams-interval-msg")
            .text_content()
            .as_deref(),
        Some("")
    );
}

/// An empty start time (cleared, or a time typed without AM/PM, which leaves the
/// input's value empty) is an error at the field that disables sending, not a silent
/// "start now".
#[wasm_bindgen_test]
async fn an_empty_start_time_is_an_error_at_the_field() {
    let (wrapper, _handle) = mount_app();
    settle().await;
    let time = find(&wrapper, "#f-startTime");
    let button: web_sys::HtmlButtonElement =
        find(&wrapper, "button[aria-describedby=send-state]").unchecked_into();
    assert_eq!(time.get_attribute("aria-invalid"), None);
    assert!(!button.disabled());

    type_into(&wrapper, "#f-startTime", "");
    settle().await;
    assert_eq!(time.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        find(&wrapper, "#f-startTime-msg .msg-error")
            .text_content()
            .as_deref(),
        Some("Enter the start time (hh:mm) of the meetings.")
    );
    let link = find(&wrapper, ".issue-list .issue-error a[href='#f-startTime']");
    assert!(
        link.text_content()
            .unwrap()
            .contains("Enter the start time (hh:mm) of the meetings."),
    );
    assert!(button.disabled());

    type_into(&wrapper, "#f-startTime", "10:15");
    settle().await;
    assert_eq!(time.get_attribute("aria-invalid"), None);
    assert!(!button.disabled());
}

#[wasm_bindgen_test]
async fn weekday_toggles_change_the_preview() {
    let (wrapper, _handle) = mount_app();
    settle().await;
    // The default form: weekly on tomorrow's weekday for four weeks.
    let before = meeting_count(&wrapper);
    assert_eq!(before, 4);

    let toggles = wrapper
        .query_selector_all("fieldset.points button")
        .unwrap();
    assert_eq!(toggles.length(), 7);
    // Short visible text, the full weekday as the accessible name.
    let monday: Element = toggles.item(1).unwrap().unchecked_into();
    assert_eq!(monday.text_content().as_deref(), Some("Mon"));
    assert_eq!(
        monday.get_attribute("aria-label").as_deref(),
        Some("Monday")
    );
    let pressed: Vec<u32> = (0..7)
        .filter(|&i| {
            let b: Element = toggles.item(i).unwrap().unchecked_into();
            b.get_attribute("aria-pressed").as_deref() == Some("true")
        })
        .collect();
    assert_eq!(pressed.len(), 1);
    // Press the weekday after the pressed one: one more meeting per week (the first
    // week may or may not have it, depending on the start weekday).
    let other = (pressed[0] + 1) % 7;
    let button: HtmlElement = toggles.item(other).unwrap().unchecked_into();
    button.click();
    settle().await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let after = meeting_count(&wrapper);
    assert!((7..=8).contains(&after), "{before} → {after}");

    // And off again.
    button.click();
    settle().await;
    assert_eq!(meeting_count(&wrapper), before);
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
}

/// `json_text::parse` (`JSON.parse` and a walk) reads what serde_json reads: the
/// seed's response and request, an error body, a saved draft; not JSON is `None`, and
/// so is nesting deeper than serde_json's limit.
#[wasm_bindgen_test]
fn parse_json_reads_what_serde_json_reads() {
    use cycleconf_web::json_text::{number as json_number, parse as parse_json};
    use serde_json::Value;

    let mut state = cycleconf_web::state::FormState::initial(
        chrono::NaiveDate::from_ymd_opt(2026, 11, 26)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap(),
        cycleconf_core::zones::by_id(56).unwrap(),
    );
    state.add_attendee();
    let draft = state.draft_json(&state.attendees);
    let texts = [
        include_str!("../crates/core/tests/fixtures/example_response.json"),
        include_str!("../crates/core/tests/fixtures/example_request.json"),
        include_str!("../crates/core/tests/fixtures/valid_weekly.json"),
        r#"{"error_code":"MMC.111071044","error_msg":"invalid interval","request_id":"a1"}"#,
        r#"[1, -2, 2.5, -0.125, 1e300, 9007199254740992, "é😀\n\"", true, false, null, {}, []]"#,
        &draft,
    ];
    for text in texts {
        let ours = parse_json(text).unwrap_or_else(|| panic!("not read: {text}"));
        let theirs: Value = serde_json::from_str(text).unwrap();
        assert_eq!(ours, theirs, "{text}");
    }
    // Whole floats read as integers (documented); beyond 2^53, as floats.
    assert_eq!(
        parse_json("[60.0, 1e3]").unwrap(),
        serde_json::json!([60, 1000])
    );
    assert_eq!(json_number(1e20), serde_json::json!(1e20));
    for bad in ["", "{", "[1,]", "{'a': 1}", "NaN", "undefined"] {
        assert_eq!(parse_json(bad), None, "{bad}");
    }
    let arrays = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    let objects = |n: usize| format!("{}1{}", r#"{"a":"#.repeat(n), "}".repeat(n));
    for deep in [arrays, objects] {
        for (levels, read) in [(127, true), (128, false)] {
            let text = deep(levels);
            assert_eq!(parse_json(&text).is_some(), read, "{levels}");
            assert_eq!(
                serde_json::from_str::<Value>(&text).is_ok(),
                read,
                "{levels}"
            );
        }
    }
}
