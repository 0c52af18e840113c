//! Entry point of the web app: mounts [`cycleconf_web::App`] and nothing else.

/// The allocator: Talc instead of Rust's default dlmalloc, about 6 KB less code in the
/// first load (the size budget of design.md). Single-threaded wasm only, as this app is.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(cycleconf_web::App);
}
