// Trunk post-build hook (Trunk.toml): minifies the web app's JavaScript — the glue
// wasm-bindgen writes — in a release build, and rewrites its subresource-integrity
// hash in index.html to match. Trunk's own minifier cannot parse that glue (it stops
// at `export { … as default }`), so this uses terser. About 2 KB less gzip in the first
// load (the size budget of shared/design.md; scripts/size-report.sh prints it).
//
// Reads TRUNK_STAGING_DIR and TRUNK_PROFILE (set by Trunk for hooks). A debug build is
// left as it is.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

// terser is installed in tools/ (scripts/install.sh).
const { minify } = createRequire(new URL("../tools/package.json", import.meta.url))("terser");

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("minify-js: TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)");
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== "release") process.exit(0);

const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");
for (const name of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
  const path = join(dir, name);
  const source = readFileSync(path, "utf8");
  const result = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
  if (typeof result.code !== "string" || result.code.length === 0) {
    throw new Error(`minify-js: terser gave no output for ${name}`);
  }
  writeFileSync(path, result.code);
  const oldHash = `sha384-${createHash("sha384").update(source).digest("base64")}`;
  const newHash = `sha384-${createHash("sha384").update(result.code).digest("base64")}`;
  // Trunk writes the hash of exactly these bytes; if it is not there, the page would
  // refuse the new file, so stop instead of shipping a broken build.
  if (html.includes(`href="/${name}"`) && !html.includes(oldHash)) {
    throw new Error(`minify-js: index.html has no integrity ${oldHash} for ${name}`);
  }
  html = html.split(oldHash).join(newHash);
  console.log(`minify-js: ${name} ${source.length} -> ${result.code.length} bytes`);
}
writeFileSync(htmlPath, html);
