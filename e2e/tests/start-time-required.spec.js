// The start time is a visible field: an empty or unfinished one is an error at the field
// (and in the summary, linking to it) that disables sending — never a silent "start now"
// (S12 allows an empty startTime, which would start the series at a random time of day).
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly } from "./helpers.js";

test("empty start time: error at the field and in the summary, send disabled", async ({ page }) => {
  await openApp(page);
  await fillWeekly(page);
  await page.getByLabel("Access token").fill("e2e-token");
  const time = page.getByLabel("Start time");
  const send = page.getByRole("button", { name: "Schedule series" });
  await expect(send).toBeEnabled();

  await time.fill("");
  await expect(time).toHaveValue("");
  await expect(time).toHaveAttribute("aria-invalid", "true");
  expect(await time.getAttribute("aria-describedby")).toContain("f-startTime-msg");
  await expect(page.locator("#f-startTime-msg .msg-error")).toHaveText(
    "Enter the start time (hh:mm) of the meetings.",
  );
  const link = page.locator('.issue-list .issue-error a[href="#f-startTime"]');
  await expect(link).toContainText("Enter the start time (hh:mm) of the meetings.");
  await expect(page.locator(".issues .ok")).toHaveCount(0);
  await expect(send).toBeDisabled();
  await expect(page.getByRole("button", { name: "Download .ics" })).toBeDisabled();
  await link.click();
  await expect(time).toBeFocused();

  // The same in Chinese.
  await page.getByLabel("Language", { exact: true }).selectOption("zh-CN");
  await expect(page.locator("#f-startTime-msg .msg-error")).toHaveText("请填写会议的开始时间（hh:mm）。");
  await expect(page.getByRole("button", { name: "预约周期会议" })).toBeDisabled();
  await page.getByLabel("语言", { exact: true }).selectOption("en-US");

  // A time again: the error goes, sending is possible.
  await time.fill("09:30");
  await expect(time).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#f-startTime-msg .msg")).toHaveCount(0);
  await expect(send).toBeEnabled();
});

test("a start time typed without AM/PM stays an error (the input's value is empty)", async ({ page }) => {
  let posts = 0;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().includes("/cycleconferences")) posts += 1;
  });
  await openApp(page);
  await fillWeekly(page);
  await page.getByLabel("Access token").fill("e2e-token");
  const time = page.getByLabel("Start time");
  await time.fill("");
  await time.focus();
  await page.keyboard.type("930"); // hours 9, minutes 30, no AM/PM
  await expect(time).toHaveValue("");
  await expect(time).toHaveAttribute("aria-invalid", "true");
  const send = page.getByRole("button", { name: "Schedule series" });
  await expect(send).toBeDisabled();
  await send.click({ force: true });
  await page.waitForTimeout(300);
  expect(posts).toBe(0);
});
