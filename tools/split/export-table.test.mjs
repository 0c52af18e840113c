// Tests of export-table.mjs on small hand-made modules (node --test, a step of make test).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const script = new URL("export-table.mjs", import.meta.url).pathname;
const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const section = (id, body) => [id, body.length, ...body];
const name = (s) => [s.length, ...Buffer.from(s)];

// A table section of `count` funcref tables (no maximum, minimum 1).
const tables = (count) => section(4, [count, ...Array(count).fill([0x70, 0x00, 0x01]).flat()]);
const memory = section(5, [0x01, 0x00, 0x01]);
const exportMemory = section(7, [0x01, ...name("memory"), 0x02, 0x00]);
const importTable = section(2, [0x01, ...name("env"), ...name("t"), 0x01, 0x70, 0x00, 0x01]);

function run(bytes) {
  const path = join(mkdtempSync(join(tmpdir(), "export-table-")), "m.wasm");
  writeFileSync(path, Buffer.from(bytes));
  const result = spawnSync("node", [script, path], { encoding: "utf8" });
  return { status: result.status, stderr: result.stderr, path, bytes: readFileSync(path) };
}
const exportsOf = (bytes) => WebAssembly.Module.exports(new WebAssembly.Module(bytes));

test("exports the function table next to the module's other exports", () => {
  const { status, bytes } = run([...HEADER, ...tables(1), ...memory, ...exportMemory]);
  assert.equal(status, 0);
  assert.deepEqual(exportsOf(bytes), [
    { name: "memory", kind: "memory" },
    { name: "__indirect_function_table", kind: "table" },
  ]);
});

test("a second run leaves the module as it is", () => {
  const first = run([...HEADER, ...tables(1), ...memory, ...exportMemory]);
  execFileSync("node", [script, first.path]);
  assert.deepEqual(readFileSync(first.path), first.bytes);
});

test("counts imported tables: the module's own table is the one exported", () => {
  const { status, bytes } = run([...HEADER, ...importTable, ...tables(1), ...memory, ...exportMemory]);
  assert.equal(status, 0);
  const module = new WebAssembly.Module(bytes);
  const table = new WebAssembly.Table({ element: "anyfunc", initial: 1 });
  const instance = new WebAssembly.Instance(module, { env: { t: table } });
  // Index 1, not the imported table 0.
  assert.notEqual(instance.exports.__indirect_function_table, table);
  assert.ok(instance.exports.__indirect_function_table instanceof WebAssembly.Table);
});

test("a module without an export section or a table is refused, unchanged", () => {
  const noExports = [...HEADER, ...tables(1), ...memory];
  const refused = run(noExports);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /no export section/);
  assert.deepEqual([...refused.bytes], noExports);
  const noTable = run([...HEADER, ...memory, ...exportMemory]);
  assert.equal(noTable.status, 1);
  assert.match(noTable.stderr, /no table section/);
});
