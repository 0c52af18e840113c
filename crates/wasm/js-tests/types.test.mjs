// The shipped TypeScript declarations, as a TypeScript consumer sees them: `tsc --noEmit
// --strict` accepts consumer.ts and rejects each misuse in consumer-errors.ts.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { installConsumer } from "./support.mjs";

const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");

let consumer;

before(async () => {
  consumer = await installConsumer();
  writeFileSync(
    join(consumer.dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: "es2022",
        module: "nodenext",
        moduleResolution: "nodenext",
        // A Node-only project: no DOM library (a browser project has more types, not
        // fewer), and the package's own declarations checked too.
        lib: ["es2022"],
        types: [],
        skipLibCheck: false,
        noUnusedLocals: true,
      },
    }),
  );
});
after(() => consumer?.cleanup());

function typecheck(file) {
  copyFileSync(new URL(file, import.meta.url), join(consumer.dir, file));
  return spawnSync(process.execPath, [tsc, "--noEmit", "-p", "tsconfig.json"], {
    cwd: consumer.dir,
    encoding: "utf8",
  });
}

test("tsc --noEmit accepts a consumer of the shipped types", () => {
  const out = typecheck("consumer.ts");
  assert.equal(out.status, 0, out.stdout + out.stderr);
});

test("tsc rejects every misuse (the types are precise, not any)", () => {
  const file = "consumer-errors.ts";
  const source = readFileSync(new URL(file, import.meta.url), "utf8").split("\n");
  const expected = source.flatMap((line, i) => (line.includes("// error:") ? [i + 1] : []));
  const out = typecheck(file);
  assert.notEqual(out.status, 0);
  const lines = [...out.stdout.matchAll(/consumer-errors\.ts\((\d+),\d+\): error TS\d+/g)].map((m) =>
    Number(m[1]),
  );
  assert.deepEqual([...new Set(lines)].sort((a, b) => a - b), expected, out.stdout);
});
