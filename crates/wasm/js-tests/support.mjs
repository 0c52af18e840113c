// Shared by the tests and the benchmark: finds the packed tarball, installs it into a
// fresh temporary project as a consumer would, and runs the CLI for parity checks.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, "../../..");
export const fixtures = join(repoRoot, "crates/core/tests/fixtures");

/** The workspace version (`[workspace.package] version` in Cargo.toml). */
export function workspaceVersion() {
  const toml = readFileSync(join(repoRoot, "Cargo.toml"), "utf8");
  const section = toml.split("[workspace.package]")[1] ?? "";
  const match = section.match(/^version\s*=\s*"([^"]+)"/m);
  if (!match) throw new Error("no [workspace.package] version in Cargo.toml");
  return match[1];
}

/** The tarball `make npm` wrote. */
export function tarballPath() {
  const tgz = join(repoRoot, "npm-dist", `cycleconf-${workspaceVersion()}.tgz`);
  if (!existsSync(tgz)) {
    throw new Error(`${tgz} is missing: run \`make npm\` (scripts/npm.sh) first`);
  }
  return tgz;
}

/**
 * Creates a temporary project, `npm install`s the tarball into it (offline: the package
 * has no dependencies) and imports `cycleconf` from a module of that project, so the
 * bare specifier resolves through the package's `exports` map exactly as for a user.
 * Returns the module, the project directory and a cleanup function.
 */
export async function installConsumer() {
  const dir = mkdtempSync(join(tmpdir(), "cycleconf-consumer-"));
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2),
  );
  execFileSync(
    "npm",
    ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", tarballPath()],
    { cwd: dir, stdio: ["ignore", "ignore", "inherit"] },
  );
  const entry = join(dir, "consumer.mjs");
  writeFileSync(entry, 'export * from "cycleconf";\n');
  const mod = await import(pathToFileURL(entry).href);
  return { mod, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The `cycleconf` CLI binary, built (release) when missing or stale. */
export function cliBinary() {
  if (process.env.CYCLECONF_BIN) return process.env.CYCLECONF_BIN;
  const target = process.env.CARGO_TARGET_DIR || join(process.env.HOME ?? "", ".cache/cycleconf/target");
  // A no-op when the binary is up to date; rebuilds it when the core changed.
  const build = spawnSync("cargo", ["build", "--locked", "--release", "-p", "cycleconf-cli"], {
    cwd: repoRoot,
    env: { ...process.env, CARGO_TARGET_DIR: target },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  const bin = join(target, "release", "cycleconf");
  if (build.status !== 0) {
    throw new Error(`cargo build -p cycleconf-cli failed:\n${build.stderr}`);
  }
  return bin;
}

/** Runs the CLI on `request` (written to a file): `{ status, stdout, stderr }`. */
export function runCli(bin, args, request, dir) {
  const file = join(dir, "request.json");
  writeFileSync(file, typeof request === "string" ? request : JSON.stringify(request));
  const out = spawnSync(bin, [...args, file], { encoding: "utf8" });
  if (out.error) throw out.error;
  return out;
}

/** The seed's example request (Huawei's documentation example). */
export function exampleRequest() {
  return JSON.parse(readFileSync(join(fixtures, "example_request.json"), "utf8"));
}

/** A small deterministic PRNG (mulberry32), so the generated requests are stable. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (items) => items[int(0, items.length - 1)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}
