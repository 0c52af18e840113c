//! Entry point of the web app: mounts [`cycleconf_web::App`] and nothing else.

/// The allocator: Talc instead of Rust's default dlmalloc, about 6 KB less code in the
/// first load (the size budget of design.md). Single-threaded wasm only, as this app is.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    log_panics();
    leptos::mount::mount_to_body(cycleconf_web::App);
}

/// A panic (a bug) is written to the browser console: its message and where it happened.
/// (`console_error_panic_hook` also adds a JavaScript stack trace, which in a release
/// build names no Rust function, for about 1 KB gzip more of the first load.)
fn log_panics() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.payload_as_str().unwrap_or("explicit panic");
        let place = info
            .location()
            .map(|l| format!(" at {}:{}:{}", l.file(), l.line(), l.column()))
            .unwrap_or_default();
        web_sys::console::error_1(&format!("cycleconf panicked: {message}{place}").into());
    }));
}
