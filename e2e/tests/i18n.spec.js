// The zh-CN switch translates the page, the issue messages and the preview summary.
import { test, expect } from "@playwright/test";
import { openApp, fillWeekly } from "./helpers.js";

test("zh-CN switch translates the page", async ({ page }) => {
  await openApp(page);
  await fillWeekly(page);
  await page.getByLabel("Every").fill("9");
  await expect(page.locator("#f-cycleParams-interval-msg")).toContainText("interval");

  await page.getByLabel("Language", { exact: true }).selectOption("zh-CN");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page).toHaveTitle("cycleconf — 华为云会议周期会议");
  await expect(page.getByRole("heading", { name: "新建周期会议" })).toBeVisible();
  await expect(page.getByLabel("主题")).toHaveValue("Weekly sync");
  await expect(page.getByLabel("开始日期")).toHaveValue("2027-01-11");
  await expect(page.getByRole("button", { name: "预约周期会议" })).toBeDisabled();
  await expect(page.getByRole("region", { name: "预览" })).toBeVisible();
  // The core's message, now in Chinese.
  await expect(page.locator("#f-cycleParams-interval-msg")).toContainText(/[\u4e00-\u9fff]/);
  await expect(page.locator("#f-cycleParams-interval-msg")).not.toContainText("out of range");
  await page.getByLabel("每").fill("1");
  await expect(page.getByRole("region", { name: "预览" })).toContainText("每周");
  // No English UI text left in the form's labels.
  const labels = await page.locator("form label, form legend, form summary").allTextContents();
  for (const l of labels) expect(l).not.toMatch(/^(Subject|Start date|Repeat|Every|Access token)$/);
  // The weekday toggles show one character but are named by the full weekday.
  const monday = page.getByRole("group", { name: "于" }).getByRole("button", { name: "星期一", exact: true });
  await expect(monday).toHaveAttribute("aria-pressed", "true");
  await expect(monday).toHaveText("一");
  await expect(page.getByRole("group", { name: "于" }).getByRole("button", { name: "星期日", exact: true })).toHaveText("日");
  // The request's language follows the UI.
  await page.locator("details.code > summary", { hasText: "请求 JSON" }).click();
  await expect(page.locator("details.code pre").first()).toContainText('"language": "zh-CN"');
});
