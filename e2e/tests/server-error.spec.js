// An emulator started with --fail-every 1 answers 500: the app says so and keeps the form.
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly, meetings, TOKEN } from "./helpers.js";

const failURL = `http://127.0.0.1:${process.env.E2E_FAIL_PORT || 4174}/`;

test("5xx → server error message, form intact, no retry", async ({ page }) => {
  let posts = 0;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().includes("/cycleconferences")) posts += 1;
  });
  await openApp(page, failURL);
  await fillWeekly(page, "Survives 500");
  await page.getByLabel("Access token").fill(TOKEN);
  await page.getByRole("button", { name: "Schedule series" }).click();

  const alert = page.getByRole("alert");
  await expect(alert).toContainText("The server failed");
  await expect(alert).toContainText("HTTP status 500");
  await expect(alert).toContainText("MMC.111070003");
  await expect(alert.getByRole("heading")).toHaveText("Not confirmed");
  // The keyboard focus is on the alert, not lost to the page.
  await expect(alert).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByLabel("API base URL")).toBeFocused();
  await expect(page.getByLabel("Subject")).toHaveValue("Survives 500");
  await expect(page.getByLabel("Start date")).toHaveValue("2027-01-11");
  await expect(meetings(page)).toHaveCount(8);
  await expect(page.getByRole("button", { name: "Schedule series" })).toBeEnabled();
  await page.waitForTimeout(500);
  expect(posts).toBe(1);
});
