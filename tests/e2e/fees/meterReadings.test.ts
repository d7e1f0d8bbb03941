/**
 * 抄表 by keyboard in the built renderer: a building's units in order, Enter saves and moves to
 * the next unit; a reading below the last is refused with the reason until 换表 is ticked with
 * the old meter's final and the new meter's start reading; an unusual consumption is flagged;
 * the water bill of the month is priced from the readings. The manager sets the water price in
 * 系统设置 → 物业费标准 first.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, typeDate } from '../harness';
import { demoAt, fillIn, openUnitBills, showsText } from '../desk';
import { withApp } from '../lifecycle';

const session = withApp();

async function read(page: Page, unit: string, value: string) {
  const box = page.getByTestId(`meter-value-${unit}`);
  await box.click();
  await box.fill(value);
  await box.press('Enter');
}

describe('meter readings, end to end', () => {
  it('takes a month of readings by keyboard, refuses a lower one, takes a replaced meter', async () => {
    const { page, errors } = session.app;
    // The manager's water price: 4.20 元/m³.
    await demoAt(page, 'settings?tab=billing', 'billing-water-0');
    const water = page.getByTestId('billing-water-0');
    await water.click();
    await water.press('Control+a');
    await page.keyboard.type('4.2');
    await page.getByTestId('billing-save').click();
    await page.locator('.ant-message-success').first().waitFor();

    await page.goto(session.env.baseUrl + '/#/fees');
    await page.getByRole('tab', { name: '抄表' }).click();
    await page.getByTestId('meters-table').waitFor();
    // October: the first readings only set where each meter starts.
    await typeDate(page, 'meters-month', '2026-10');
    await read(page, '1-1-101', '100');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('meter-value-1-1-102');
    await page.keyboard.type('200');
    await page.keyboard.press('Enter');
    await read(page, '1-1-201', '50');
    await showsText(page, 'meter-use-1-1-201', '0');

    // November: 1-1-101 used 12.5 m³; 1-1-102 reads lower — refused until marked 换表.
    await typeDate(page, 'meters-month', '2026-11');
    await showsText(page, 'meters-table', '200');
    await read(page, '1-1-101', '112.5');
    await showsText(page, 'meter-use-1-1-101', '12.5');
    await read(page, '1-1-102', '8');
    await showsText(page, 'meter-error-1-1-102', '小于上次读数 200m³');
    await screenshot(page, 'meters-refused');
    await page.getByTestId('meter-replace-1-1-102').check();
    await fillIn(page, { 'meter-old-1-1-102': '205', 'meter-new-1-1-102': '0' });
    await page.getByTestId('meter-new-1-1-102').press('Enter');
    // 5 m³ on the old meter and 8 on the new.
    await showsText(page, 'meter-use-1-1-102', '13');
    await showsText(page, 'meter-use-1-1-102', '换表');
    await screenshot(page, 'meters-november');

    // The November bills carry the water: 12.5 m³ × 4.20 = 52.50 元.
    await page.getByRole('tab', { name: '生成账单' }).click();
    await typeDate(page, 'generate-month', '2026-11');
    await page.getByTestId('generate-run').click();
    await page.getByTestId('generate-result').waitFor();
    await openUnitBills(page, '1-1-101');
    await showsText(page, 'unit-bills-table', '水费');
    await showsText(page, 'unit-bills-table', '52.50');
    expect(errors).toEqual([]);
  });
});
