/**
 * A month's records for the review flow, made through each register's own screen as a clerk
 * would: two receipts (one cash, one WeChat), a complaint, an emergency repair, a delivery of
 * two letters.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { closePreview, pick } from '../harness';

/**
 * Picks a radio by its label until it shows as checked: on a loaded machine a click that lands
 * while the dialog is still opening is lost.
 */
async function choose(page: Page, testId: string, text: string): Promise<void> {
  const input = page.getByTestId(testId).locator('label', { hasText: text }).locator('input');
  await expect
    .poll(async () => {
      if (!(await input.isChecked())) await input.locator('..').click();
      return input.isChecked();
    })
    .toBe(true);
}

/** Seeds the current office month; `baseUrl` is the app's server. */
export async function seedMonth(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl + '/#/money');
  await page.getByTestId('money-page').waitFor();
  await page.keyboard.press('Alt+n');
  await page.getByTestId('receipt-payer').fill('李四');
  await pick(page, 'receipt-line-0-item', '装修保证金（业主）');
  await page.getByTestId('receipt-add-line').click();
  await pick(page, 'receipt-line-1-item', '施工许可证工本费');
  await page.getByTestId('receipt-submit').click();
  await page.getByTestId('print-preview').waitFor();
  await page.keyboard.press('Escape');
  await page.getByTestId('money-issue').click();
  await page.getByTestId('receipt-payer').fill('王五');
  await pick(page, 'receipt-line-0-item', '有偿服务费');
  await page.getByTestId('receipt-line-0-price').fill('35.5');
  await page.getByTestId('receipt-method').getByText('微信').click();
  await page.keyboard.press('Control+s');
  await page.getByTestId('print-preview').waitFor();
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByTestId('ledger-no').count()).toBe(2);

  // A complaint, classified 一类 and valid (not yet dispatched: no department).
  await page.goto(baseUrl + '/#/complaints');
  await page.getByTestId('complaints-page').waitFor();
  await page.keyboard.press('Alt+n');
  await page.getByTestId('intake-customer').fill('赵六');
  await page.getByTestId('intake-phone').fill('13912345678');
  await page.getByTestId('intake-content').fill('地下车库入口的灯坏了');
  await page.keyboard.press('Control+s');
  await page.getByTestId('case-drawer').waitFor();
  await page.getByTestId('case-action-classify').click();
  await page.getByTestId('case-action-form').waitFor();
  await choose(page, 'case-category', '一类');
  await choose(page, 'case-severity', '一般');
  await choose(page, 'case-valid', '有效投诉');
  await page.keyboard.press('Control+s');
  await page.getByTestId('case-action-form').waitFor({ state: 'detached' });
  await page.keyboard.press('Escape');
  await page.getByTestId('case-drawer').waitFor({ state: 'hidden' });

  // An emergency repair, taken down and completed (its revisit is due at once).
  await page.goto(baseUrl + '/#/repairs');
  await page.getByTestId('repair-page').waitFor();
  await page.keyboard.press('Alt+n');
  await page.getByTestId('wo-unit').fill('3-1-1201');
  await page.getByTestId('wo-contact').fill('张三');
  await page.getByTestId('wo-phone').fill('13800138000');
  await page.getByTestId('wo-problem').fill('卫生间水管爆裂');
  await page.getByTestId('wo-urgency').getByText('紧急抢修').click();
  await page.getByTestId('wo-problem').press('Control+s');
  await page.getByTestId('print-preview').waitFor();
  await closePreview(page);
  await page.getByTestId('wo-search').fill('8000');
  await expect.poll(() => page.getByTestId('wo-row-no').count()).toBe(1);
  await page.getByTestId('wo-result').click();
  await page.getByTestId('wo-result-done').fill('更换三通，试水无渗漏');
  await page.getByTestId('wo-result-worker').fill('李师傅');
  await page.getByTestId('wo-result-save').click();
  await expect.poll(() => page.getByTestId('wo-row-status').allTextContents()).toEqual(['已完工']);

  await page.goto(baseUrl + '/#/mail');
  await page.getByTestId('mail-page').waitFor();
  await page.keyboard.press('Alt+n');
  await page.getByTestId('mail-carrier').fill('邮政');
  await page.getByTestId('mail-row-0-unit').fill('3-1-1201');
  await page.getByTestId('mail-row-0-tracking').fill('EMS1234567');
  await page.getByTestId('mail-row-0-tracking').press('Enter');
  await page.getByTestId('mail-row-1-unit').waitFor();
  await page.getByTestId('mail-row-1-unit').fill('5-301');
  await page.getByTestId('mail-row-1-unit').press('Control+s');
  await expect.poll(() => page.getByTestId('mail-row-unit').count()).toBe(2);
}
