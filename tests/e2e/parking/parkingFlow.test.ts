/**
 * Parking paperwork (车位手续, issue 19) in the built renderer by keyboard: the manager adds a
 * space; a let of it to 1-1-101 is typed with the holder filled from the archive, a mistyped
 * plate refused at the field as she types; a second let overlapping it is refused at 起始日期;
 * the 车位使用登记表 prints to a real PDF; the let ends within 30 days of E2E_NOW so it stands on
 * the today board, and renewing it takes it off; the unit's November bill carries its
 * 车位管理费 line; the header search finds it by plate and the monthly review counts it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAt, fillIn, openFromSearch, openScreen, openUnitBills, showsText } from '../desk';
import { showCard } from '../review/seedMonth';
import { closePreview, E2E_YEAR, screenshot, typeDate } from '../harness';
import { withApp } from '../lifecycle';
import { printsOneA4 } from '../pdfChecks';

const session = withApp();

/** Alt+N on the parking screen; the one space taken with ↓ Enter, the unit picked. */
async function startLet(page: Page) {
  await page.keyboard.press('Alt+n');
  await page.getByTestId('lease-form').waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('spaceId');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await showsText(page, 'lease-space', 'B2-015');
  await page.getByTestId('lease-unit').fill('1-1-101');
  await page.locator('.ant-select-item-option', { hasText: '1-1-101' }).first().click();
}

describe('parking paperwork, end to end', () => {
  it('adds a space, lets it, refuses a clash and a bad plate, prints, renews', async () => {
    const { page, errors } = session.app;
    await demoAt(page, 'parking?tab=spaces', 'parking-page');

    // The manager adds B2-015, an owned space (it may be let or sold).
    await page.getByTestId('parking-space-add').click();
    await page.getByTestId('parking-space-form').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('no');
    await page.keyboard.type('b2-015');
    await page.getByTestId('parking-space-zone').fill('地下二层 B区');
    await page.keyboard.press('Control+s');
    await page.getByTestId('parking-space-form').waitFor({ state: 'detached' });
    await showsText(page, 'parking-space-table', 'B2-015');
    await showsText(page, 'parking-space-table', '空闲');

    // A let to 1-1-101 from 11 Dec last year to 10 Dec: its holder comes from the archive.
    await page.getByRole('tab', { name: '租售登记' }).click();
    await startLet(page);
    await expect.poll(() => page.getByTestId('lease-holder').inputValue()).toBe('唐晓东');
    await typeDate(page, 'lease-start', `${E2E_YEAR - 1}-12-11`);
    await typeDate(page, 'lease-end', `${E2E_YEAR}-12-10`);
    // An I is never issued on a plate: refused at the field as she types.
    await page.getByTestId('lease-plates').fill('粤BI2345');
    const form = page.getByTestId('lease-form');
    await expect.poll(() => form.textContent()).toContain('车牌号格式不正确');
    await page.getByTestId('lease-plates').fill('粤B12345，粤B·D12345');
    await page.getByTestId('lease-fee').fill('150');
    await expect.poll(() => form.textContent()).not.toContain('车牌号格式不正确');
    await screenshot(page, 'parking-lease-form');
    await page.keyboard.press('Control+s');
    await form.waitFor({ state: 'detached' });
    await page.getByTestId('lease-drawer').waitFor();
    await expect.poll(() => page.getByTestId('lease-state').textContent()).toBe('即将到期');
    await showsText(page, 'lease-plates', '粤B·12345 粤B·D12345');
    await screenshot(page, 'parking-lease-drawer');

    // 车位使用登记表 on A4.
    await printsOneA4(page, session.env.browser, 'lease-print', 'parking-registration', [
      '车位使用登记表',
      `CW${E2E_YEAR}-0001`,
      'B2-015',
      '地下二层B区',
      '产权车位',
      '1-1-101',
      '唐晓东',
      `${E2E_YEAR - 1}-12-11~${E2E_YEAR}-12-10`,
      '粤B·D12345',
      '150.00元',
    ]);
    await closePreview(page);
    await page.keyboard.press('Escape');
    await page.getByTestId('lease-drawer').waitFor({ state: 'hidden' });

    // A second let of B2-015 over the same months is refused at 起始日期 as she types.
    await startLet(page);
    await typeDate(page, 'lease-start', `${E2E_YEAR}-06-01`);
    await typeDate(page, 'lease-end', `${E2E_YEAR + 1}-05-31`);
    await fillIn(page, { 'lease-plates': '粤B54321', 'lease-fee': '150' });
    const again = page.getByTestId('lease-form');
    await expect.poll(() => again.textContent()).toContain('日期不能重叠');
    await page.keyboard.press('Control+s');
    await expect.poll(() => again.textContent()).toContain('日期不能重叠');
    await page.waitForTimeout(300);
    await screenshot(page, 'parking-clash');
    await page.keyboard.press('Escape');
    await again.waitFor({ state: 'detached' });
    await screenshot(page, 'parking-list');

    // The today board: the let runs out within 30 days.
    await page.goto(session.env.baseUrl + '/#/');
    const due = page.locator('[data-testid="today-item"][data-kind="parkingExpiry"]');
    await expect.poll(() => due.count()).toBe(1);
    expect(await due.textContent()).toContain('B2-015');

    // The header search finds it by a plate typed loosely; Enter opens it. Renew for a year.
    await openFromSearch(page, '粤bd12345', 'lease-drawer');
    await page.getByTestId('lease-renew-open').click();
    await page.getByTestId('lease-renew-form').waitFor();
    await showsText(page, 'lease-renew-term', `${E2E_YEAR}-12-11 至 ${E2E_YEAR + 1}-12-10`);
    await page.keyboard.press('Control+s');
    await page.getByText(`已续租 CW${E2E_YEAR}-0002`).waitFor();
    await page.goto(session.env.baseUrl + '/#/');
    await page
      .locator('[data-testid="today-summary"], [data-testid="today-empty"]')
      .first()
      .waitFor();
    await expect.poll(() => due.count()).toBe(0);

    // The unit's November bill carries the space: 150 元 车位管理费.
    await openScreen(page, 'fees', 'fees-page');
    await page.getByRole('tab', { name: '生成账单' }).click();
    await typeDate(page, 'generate-month', `${E2E_YEAR}-11`);
    await page.getByTestId('generate-run').click();
    await showsText(page, 'generate-result', '已生成');
    await openUnitBills(page, '1-1-101');
    await expect.poll(() => page.getByTestId('fees-page').textContent()).toContain('车位管理费');

    // The monthly review: one space, taken at the month's end.
    await page.goto(session.env.baseUrl + '/#/review');
    const review = page.getByTestId('review-section-parking');
    await review.waitFor();
    // The review's sections are rendered when they come into view (issue 21).
    await showCard(page, 'review-section-parking');
    await expect.poll(() => review.textContent()).toContain('月末在用1');
    await review.scrollIntoViewIfNeeded();
    await screenshot(page, 'parking-review');
    expect(errors).toEqual([]);
  });
});
