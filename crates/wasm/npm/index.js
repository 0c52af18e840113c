// Entry for browsers and bundlers (Vite, webpack 5, Rollup, esbuild): fetches and
// instantiates the WebAssembly module next to this file (bundlers emit it as an asset
// through `new URL(..., import.meta.url)`) before the exports are used; this needs
// top-level await, which every current browser and bundler supports.
import init from "./cycleconf.js";

await init({ module_or_path: new URL("./cycleconf_bg.wasm", import.meta.url) });

export { validate, expand, toIcs, timeZones, version } from "./api.js";
