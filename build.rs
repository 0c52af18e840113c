//! Build script of the web app: a split build (feature `split`, src/lazy.rs) links with
//! `--emit-relocs`, which `wasm-split-cli` needs to cut the module at its split points
//! (tools/split/wasm-bindgen runs it before wasm-bindgen).

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    let wasm = std::env::var("CARGO_CFG_TARGET_FAMILY").is_ok_and(|f| f == "wasm");
    if split && wasm {
        println!("cargo::rustc-link-arg-bin=cycleconf-web=--emit-relocs");
    }
}
