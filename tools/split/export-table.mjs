// Exports the function table of a wasm module as `__indirect_function_table`, in place.
//
// The parts cut off by wasm-split-cli call back into the main module through its function
// table, which their loader (`__wasm_split.js`) takes from the main module's exports.
// wasm-split-cli exports it; wasm-bindgen 0.2.130 drops that export from its output, so
// tools/split/wasm-bindgen puts it back with this script. A module that already exports
// the name is left as it is.
//
// Usage: node export-table.mjs module.wasm
import { readFileSync, writeFileSync } from "node:fs";

const NAME = "__indirect_function_table";
const path = process.argv[2];
if (!path) {
  console.error("usage: node export-table.mjs module.wasm");
  process.exit(2);
}
const bytes = readFileSync(path);
const fail = (message) => {
  console.error(`export-table: ${path}: ${message}`);
  process.exit(1);
};
if (bytes.readUInt32LE(0) !== 0x6d736100) fail("not a wasm module");

function uleb(at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}
function encodeUleb(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return Buffer.from(out);
}
function skipLimits(at) {
  const flags = bytes[at++];
  [, at] = uleb(at);
  if (flags & 1) [, at] = uleb(at);
  return at;
}
function readName(at) {
  const [len, start] = uleb(at);
  return [bytes.toString("utf8", start, start + len), start + len];
}

// Sections: [id, start of contents, end].
const sections = [];
for (let at = 8; at < bytes.length; ) {
  const id = bytes[at];
  const [size, start] = uleb(at + 1);
  sections.push([id, at, start, start + size]);
  at = start + size;
}

// The index of the first funcref table: imported tables come first in the index space.
let importedTables = 0;
const imports = sections.find(([id]) => id === 2);
if (imports) {
  let [count, at] = uleb(imports[2]);
  for (; count > 0; count--) {
    [, at] = readName(at);
    [, at] = readName(at);
    const kind = bytes[at++];
    if (kind === 0) [, at] = uleb(at);
    else if (kind === 1) {
      importedTables++;
      at = skipLimits(at + 1);
    } else if (kind === 2) at = skipLimits(at);
    else if (kind === 3) at += 2;
    else if (kind === 4) [, at] = uleb(at + 1);
    else fail(`unknown import kind ${kind}`);
  }
}
const tables = sections.find(([id]) => id === 4);
if (!tables) fail("no table section");
let table = -1;
{
  let [count, at] = uleb(tables[2]);
  for (let i = 0; i < count; i++) {
    if (bytes[at] === 0x40) fail("table with an initializer is not supported");
    if (bytes[at] === 0x70 && table < 0) table = importedTables + i;
    at = skipLimits(at + 1);
  }
}
if (table < 0) fail("no funcref table");

const exportsAt = sections.findIndex(([id]) => id === 7);
if (exportsAt < 0) fail("no export section");
const [, sectionStart, contents, end] = sections[exportsAt];
let [count, at] = uleb(contents);
for (let i = 0; i < count; i++) {
  let name;
  [name, at] = readName(at);
  if (name === NAME) process.exit(0);
  [, at] = uleb(at + 1);
}
const entry = Buffer.concat([
  encodeUleb(Buffer.byteLength(NAME)),
  Buffer.from(NAME),
  Buffer.from([1]),
  encodeUleb(table),
]);
const body = Buffer.concat([encodeUleb(count + 1), bytes.subarray(uleb(contents)[1], end), entry]);
const out = Buffer.concat([
  bytes.subarray(0, sectionStart),
  Buffer.from([7]),
  encodeUleb(body.length),
  body,
  bytes.subarray(end),
]);
writeFileSync(path, out);
console.error(`export-table: ${path}: table ${table} exported as ${NAME}`);
