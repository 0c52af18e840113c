//! Browser (wasm-bindgen-test) DOM tests of the web app.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use cycleconf_web::App;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn shell_shows_the_product_name_and_the_form_area() {
    let document = document();
    let wrapper = document.create_element("section").unwrap();
    document.body().unwrap().append_child(&wrapper).unwrap();
    let _handle = mount_to(wrapper.clone().unchecked_into(), App);

    let h1 = wrapper.query_selector("h1").unwrap().unwrap();
    assert_eq!(h1.text_content().as_deref(), Some("cycleconf"));
    let form = wrapper.query_selector("form").unwrap().unwrap();
    assert_eq!(
        form.get_attribute("aria-label").as_deref(),
        Some("Recurring series")
    );
    assert_eq!(wrapper.query_selector_all("main").unwrap().length(), 1);
}
