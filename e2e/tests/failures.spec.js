// Failure answers the emulator cannot produce on demand, simulated with page.route:
// a 400 MMC code is explained and its field highlighted; 403; a network error says the
// series may or may not exist and is not retried; a 200 that is not a conference list
// says the series was probably created. After a failure the keyboard focus is on the
// alert (the Send button was disabled while the request was in flight).
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly, TOKEN } from "./helpers.js";

const CREATE = "**/v1/mmc/management/cycleconferences";

async function sendWith(page, fulfil) {
  let calls = 0;
  await page.route(CREATE, (route) => {
    calls += 1;
    return fulfil(route);
  });
  await openApp(page);
  await fillWeekly(page, "Failure path");
  await page.getByLabel("Access token").fill(TOKEN);
  await page.getByRole("button", { name: "Schedule series" }).click();
  return () => calls;
}

test("400 with an MMC code: explained in words, field highlighted", async ({ page }) => {
  await sendWith(page, (route) =>
    route.fulfill({
      status: 400,
      contentType: "application/json",
      body: JSON.stringify({ error_code: "MMC.111071044", error_msg: "interval invalid", request_id: "x" }),
    }),
  );
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("The server rejected the request");
  await expect(alert).toContainText("MMC.111071044: The interval is out of range for the repeat type.");
  await expect(page.getByLabel("Every")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#f-cycleParams-interval-msg")).toContainText("MMC.111071044");
  // Editing the field clears the server's highlight.
  await page.getByLabel("Every").fill("1");
  await expect(page.getByLabel("Every")).not.toHaveAttribute("aria-invalid", "true");
});

test("403: forbidden message", async ({ page }) => {
  await sendWith(page, (route) =>
    route.fulfill({ status: 403, contentType: "application/json", body: JSON.stringify({ error_code: "MMC.111070002", error_msg: "no" }) }),
  );
  await expect(page.getByRole("alert")).toContainText("Forbidden");
  await expect(page.getByRole("alert").getByRole("heading")).toHaveText("Not scheduled");
  await expect(page.getByRole("alert")).toBeFocused();
  await expect(page.getByRole("alert")).toContainText("Insufficient permission");
});

test("network error: may or may not exist, no automatic retry", async ({ page }) => {
  const calls = await sendWith(page, (route) => route.abort("connectionreset"));
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("may or may not exist");
  await expect(alert.getByRole("heading")).toHaveText("Not confirmed");
  await expect(alert).toBeFocused();
  await page.waitForTimeout(1000);
  expect(calls()).toBe(1);
  await expect(page.getByLabel("Subject")).toHaveValue("Failure path");
  await expect(page.getByRole("button", { name: "Schedule series" })).toBeEnabled();
});

test("200 whose body is not a conference list: probably created, check before resending", async ({ page }) => {
  const calls = await sendWith(page, (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ ok: true }) }),
  );
  const alert = page.getByRole("alert");
  await expect(alert.getByRole("heading")).toHaveText("Not confirmed");
  await expect(alert).not.toContainText("Not scheduled");
  await expect(alert).toContainText("the series was probably created");
  await expect(alert).toContainText("check the meeting list before sending again");
  await expect(alert).toBeFocused();
  expect(calls()).toBe(1);
  await page.getByLabel("Language", { exact: true }).selectOption("zh-CN");
  await expect(alert.getByRole("heading")).toHaveText("未能确认");
  await expect(alert).toContainText("周期会议很可能已创建");
  await expect(alert).toContainText("再次发送前请先查看会议列表");
});

test("network error with an API base URL on another site: the CORS reason is said", async ({ page, baseURL }) => {
  // Another origin (a port nothing listens on): the browser's fetch fails as it does
  // when a server allows no CORS, which is what Huawei's API does.
  await openApp(page);
  await fillWeekly(page, "Other site");
  await page.getByLabel("Access token").fill(TOKEN);
  await page.getByLabel("API base URL").fill("http://127.0.0.1:9");
  await page.getByRole("button", { name: "Schedule series" }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("may or may not exist");
  await expect(alert).toContainText("The API base URL is another site");
  await expect(alert).toContainText("CORS");

  // The same failure on this site's own origin: no CORS reason.
  await page.route(CREATE, (route) => route.abort("connectionreset"));
  await page.getByLabel("API base URL").fill(baseURL);
  await page.getByRole("button", { name: "Schedule series" }).click();
  await expect(alert).toContainText("may or may not exist");
  await expect(alert).not.toContainText("another site");
});
