/**
 * A month's records for the review flow, made through each register's own screen as a clerk
 * would: two receipts (one cash, one WeChat), a complaint, an emergency repair, a delivery of
 * two letters; and a chart card read back as its table.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  choose,
  classifyValidComplaint,
  DEPOSIT_RECEIPT,
  fillIn,
  receiveMail,
  intakeComplaint,
  openScreen,
  startEmergencyRepair,
  startReceipt,
} from '../desk';
import { closePreview, pick } from '../harness';

/** Seeds the current office month, from the app page it is on. */
export async function seedMonth(page: Page): Promise<void> {
  await openScreen(page, 'money', 'money-page');
  await startReceipt(page, DEPOSIT_RECEIPT.payer, [...DEPOSIT_RECEIPT.items]);
  await page.getByTestId('receipt-submit').click();
  await page.getByTestId('print-preview').waitFor();
  await page.keyboard.press('Escape');
  await page.getByTestId('money-issue').click();
  await page.getByTestId('receipt-payer').fill('王五');
  await pick(page, 'receipt-line-0-item', '有偿服务费');
  await page.getByTestId('receipt-line-0-price').fill('35.5');
  await choose(page, 'receipt-method', '微信');
  await page.keyboard.press('Control+s');
  await page.getByTestId('print-preview').waitFor();
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByTestId('ledger-no').count()).toBe(2);

  // A complaint, classified 一类 and valid (not yet dispatched: no department).
  await intakeComplaint(page);
  await classifyValidComplaint(page);

  // An emergency repair, taken down and completed (its revisit is due at once).
  await openScreen(page, 'repairs', 'repair-page');
  await startEmergencyRepair(page);
  await page.getByTestId('wo-problem').press('Control+s');
  await page.getByTestId('print-preview').waitFor();
  await closePreview(page);
  await page.getByTestId('wo-search').fill('8000');
  await expect.poll(() => page.getByTestId('wo-row-no').count()).toBe(1);
  await page.getByTestId('wo-result').click();
  await fillIn(page, { 'wo-result-done': '更换三通，试水无渗漏', 'wo-result-worker': '李师傅' });
  await page.getByTestId('wo-result-save').click();
  await expect.poll(() => page.getByTestId('wo-row-status').allTextContents()).toEqual(['已完工']);

  await openScreen(page, 'mail', 'mail-page');
  await receiveMail(page, '邮政', [
    { unit: '3-1-1201', tracking: 'EMS1234567' },
    { unit: '5-301' },
  ]);
  await expect.poll(() => page.getByTestId('mail-row-unit').count()).toBe(2);
}

/**
 * Scrolls a review card (by its test id) to the middle of the screen. A card is rendered when it
 * comes into view (issue 21): its held place is replaced by the card as it scrolls in, which
 * `scrollIntoViewIfNeeded` reports as "not attached", so the scroll is one step in the page.
 */
export async function showCard(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

/**
 * Switches a chart card to its table and returns the rows as `label|current|previous|lastYear`.
 * A card is rendered when it comes into view (issue 21): it is scrolled there first.
 */
export async function tableOf(page: Page, id: string): Promise<string[]> {
  await showCard(page, `review-card-${id}`);
  await page.getByTestId(`review-view-${id}`).getByText('表格').click();
  const rows = page.getByTestId(`review-table-${id}`).locator('tbody tr.ant-table-row');
  await rows.first().waitFor();
  const out: string[] = [];
  for (const row of await rows.all())
    out.push((await row.locator('td').allTextContents()).join('|'));
  return out;
}
