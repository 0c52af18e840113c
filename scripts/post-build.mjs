// Trunk post-build hook (Trunk.toml) of the web app.
//
// 1. Ships the parts of a split build (src/lazy.rs): tools/split/wasm-bindgen leaves them
//    and their loader `__wasm_split.js` in ${CARGO_TARGET_DIR:-target}/web-split-parts/.
//    Each file gets a content hash in its name, as Trunk's own files do, so that a
//    browser never pairs a cached part with a newer main module. The loader's import
//    of the main module and its URLs of the parts are rewritten to the shipped names,
//    and so is the main module's import of the loader. Release builds also shrink the
//    parts with binaryen's wasm-opt -Oz (tools/).
// 2. Release builds: minifies the JavaScript with terser (Trunk's own minifier cannot
//    parse wasm-bindgen's glue, it stops at `export { … as default }`): about 2 KB less
//    gzip in the first load (the size budget of shared/design.md; scripts/size-report.sh
//    prints it).
// 3. Rewrites the subresource-integrity hashes in index.html of the files changed here.
//
// Reads TRUNK_STAGING_DIR and TRUNK_PROFILE (set by Trunk for hooks).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

// terser and binaryen are installed in tools/ (scripts/install.sh).
const tools = new URL("../tools/", import.meta.url);
const { minify } = createRequire(new URL("package.json", tools))("terser");
const wasmOpt = new URL("node_modules/.bin/wasm-opt", tools).pathname;

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)");
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === "release";
const LOADER = "__wasm_split.js";

const sha384 = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const shortHash = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
const fail = (message) => {
  throw new Error(`post-build: ${message}`);
};

const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");
// The JavaScript Trunk wrote, and the text each file will have.
const scripts = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .map((name) => [name, readFileSync(join(dir, name), "utf8")]),
);
const original = new Map(scripts);
// Files this hook adds (the loader of the parts).
const added = new Set();

// --- 1. The parts of a split build ------------------------------------------------------
// The import statement only: the same string is also the key of the wasm module's
// imports in the glue, which must stay the module name written in the wasm.
const importOfLoader = `from "./${LOADER}"`;
const importer = [...scripts.keys()].find((name) => scripts.get(name).includes(importOfLoader));
if (importer) {
  const parts = join(process.env.CARGO_TARGET_DIR || "target", "web-split-parts");
  const loaderPath = join(parts, LOADER);
  if (!existsSync(loaderPath)) fail(`${importer} imports ${LOADER}, but ${loaderPath} is missing`);
  let loader = readFileSync(loaderPath, "utf8");
  // The loader imports `initSync` from the main module under wasm-bindgen's name for it.
  const mainImport = /from "\.\/([^"]+\.js)"/.exec(loader);
  if (!mainImport) fail(`${LOADER} does not import the main module`);
  loader = loader.split(`"./${mainImport[1]}"`).join(`"./${importer}"`);
  for (const part of readdirSync(parts).filter((f) => f.endsWith(".wasm"))) {
    if (!loader.includes(`"./${part}"`)) fail(`${LOADER} does not load ${part}`);
    const from = join(parts, part);
    const to = join(dir, part);
    if (release) {
      // wasm-opt warns that it does not know wasm-split-cli's name subsection (which
      // --strip-debug drops anyway); anything else it says is shown.
      const run = spawnSync(wasmOpt, ["-Oz", "--strip-debug", from, "-o", to], { encoding: "utf8" });
      const said = (run.stderr || "").split("\n").filter((l) => l && !/unknown name subsection/.test(l));
      if (said.length > 0) console.error(said.join("\n"));
      if (run.status !== 0) fail(`wasm-opt failed on ${part}`);
    } else {
      writeFileSync(to, readFileSync(from));
    }
    const bytes = readFileSync(to);
    const shipped = part.replace(/\.wasm$/, `-${shortHash(bytes)}.wasm`);
    renameSync(to, join(dir, shipped));
    loader = loader.split(`"./${part}"`).join(`"./${shipped}"`);
    console.log(`post-build: part ${shipped} ${bytes.length} bytes`);
  }
  const loaderName = `__wasm_split-${shortHash(loader)}.js`;
  scripts.set(loaderName, loader);
  original.set(loaderName, loader);
  added.add(loaderName);
  scripts.set(importer, scripts.get(importer).split(importOfLoader).join(`from "./${loaderName}"`));
}

// --- 2. Minified (release) and written ---------------------------------------------------
for (const [name, source] of scripts) {
  let code = source;
  if (release) {
    const result = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
    if (typeof result.code !== "string" || result.code.length === 0) {
      fail(`terser gave no output for ${name}`);
    }
    code = result.code;
  }
  if (code === original.get(name) && !added.has(name)) continue;
  writeFileSync(join(dir, name), code);
  // --- 3. Trunk wrote the integrity hash of exactly its bytes; if it is not there, the
  // page would refuse the new file, so stop instead of shipping a broken build.
  const oldHash = sha384(original.get(name));
  if (html.includes(`href="/${name}"`) && !html.includes(oldHash)) {
    fail(`index.html has no integrity ${oldHash} for ${name}`);
  }
  html = html.split(oldHash).join(sha384(code));
  console.log(`post-build: ${name} ${original.get(name).length} -> ${code.length} bytes`);
}
writeFileSync(htmlPath, html);
