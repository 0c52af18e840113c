// Playwright drives Debian's Chromium (no browser download): /usr/bin/chromium.
// The app is served by the API emulator itself (`cycleconf serve --static ../dist`), so
// the app and the API share an origin; a second emulator answers every API call with
// 500 (`--fail-every 1`) for the failure spec.
import { defineConfig } from "@playwright/test";
import os from "node:os";
import path from "node:path";

const port = Number(process.env.E2E_PORT || 4173);
const failPort = Number(process.env.E2E_FAIL_PORT || 4174);
const targetDir =
  process.env.CARGO_TARGET_DIR || path.join(os.homedir(), ".cache/cycleconf/target");
const bin = process.env.CYCLECONF_BIN || path.join(targetDir, "release/cycleconf");
export const TOKEN = "e2e-token";
export const NOW = "2027-01-04 00:00";

const serve = (p, extra = "") =>
  `"${bin}" serve --addr 127.0.0.1:${p} --static ../dist --token ${TOKEN} --now "${NOW}" ${extra}`.trim();

export default defineConfig({
  testDir: "./tests",
  outputDir: "./output/test-results",
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "en-US",
    timezoneId: "Asia/Shanghai",
    launchOptions: {
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      command: serve(port),
      url: `http://127.0.0.1:${port}/index.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: serve(failPort, "--fail-every 1"),
      url: `http://127.0.0.1:${failPort}/index.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
