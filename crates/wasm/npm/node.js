// Entry for Node (>= 20, ESM): compiles the WebAssembly module next to this file
// synchronously, so the exports are usable as soon as the import resolves.
import { readFileSync } from "node:fs";
import { initSync } from "./cycleconf.js";

initSync({ module: readFileSync(new URL("./cycleconf_bg.wasm", import.meta.url)) });

export { validate, expand, toIcs, timeZones, version } from "./api.js";
