/**
 * Mail in the built renderer: a morning's delivery typed as a batch (Enter starts the next
 * row), found by unit, the addressee notified, one item handed over against a signature.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { firstRunAt, loadDemo, openScreen, receiveMail, showsText } from '../desk';

const session = withApp();

/** Filters the register by the unit `code` until it lists that unit's mail only. */
async function findUnitMail(page: Page, code: string): Promise<void> {
  await page.getByTestId('mail-search').fill(code);
  await expect.poll(() => page.getByTestId('mail-row-unit').allTextContents()).toEqual([code]);
}

/** Ticks the first listed item and opens its 通知 (`notify`) or 领取 (`pickup`) dialog. */
async function openForFirst(page: Page, action: 'notify' | 'pickup'): Promise<void> {
  await page.getByTestId('mail-table').locator('tbody .ant-checkbox-input').first().check();
  await page.getByTestId(`mail-${action}-open`).click();
}

describe('mail, end to end', () => {
  it('receives a batch, finds, notifies and hands over', async () => {
    const { page, errors } = session.app;
    await firstRunAt(page, 'mail', 'mail-page');

    await receiveMail(
      page,
      '邮政',
      [
        { unit: '3-1-1201', addressee: '张三', tracking: 'EMS1234567' },
        { unit: '5-301', addressee: '李四' },
      ],
      () => screenshot(page, 'mail-batch'),
    );
    await expect.poll(() => page.getByTestId('mail-row-unit').allTextContents()).toHaveLength(2);
    await screenshot(page, 'mail-waiting');

    await findUnitMail(page, '3-1-1201');
    await openForFirst(page, 'notify');
    await page.getByTestId('mail-notify-who').fill('张三');
    await page.getByTestId('mail-notify-who').press('Enter');
    await showsText(page, 'mail-table', '电话 张三');

    await openForFirst(page, 'pickup');
    await page.getByTestId('mail-collector').fill('张三家属');
    await page.getByTestId('mail-collector').press('Enter');
    await page.getByTestId('mail-pickup-open').waitFor();
    await page.getByTestId('mail-search').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.getByTestId('mail-row-unit').allTextContents()).toEqual(['5-301']);
    expect(await page.getByTestId('mail-age').allTextContents()).toEqual(['今天']);

    await page.getByText('全部记录').click();
    await showsText(page, 'mail-table', '已领取 张三家属');
    await screenshot(page, 'mail-all');
    expect(errors).toEqual([]);
  });

  it('keeps typing on Enter, marks a row it cannot sign for, and shows whom to ring', async () => {
    const { page, errors } = session.app;
    await loadDemo(page);
    await openScreen(page, 'mail', 'mail-page');

    await page.getByTestId('mail-receive').click();
    await page.getByTestId('mail-carrier').fill('顺丰');
    await page.keyboard.press('Enter');
    // The unit picker: the first unit found is highlighted, Enter takes it.
    await page.keyboard.type('1-1-10');
    await page
      .locator(
        '.ant-select-dropdown:visible [data-typeahead-q="1-1-10"] .ant-select-item-option-active',
      )
      .filter({ hasText: '1-1-101' })
      .waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('mail-row-0-unit').inputValue()).toBe('1-1-101');
    await page.getByTestId('mail-row-0-kind').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '快递' }).click();
    await page.getByTestId('mail-row-0-tracking').fill('SF1001');
    await page.keyboard.press('Enter');
    // Enter made row 2 and the cursor is in it: the clerk types on without the mouse.
    await page.getByTestId('mail-row-1-unit').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('mail-row-1-unit');
    await page.keyboard.type('1-1-102');
    await expect.poll(() => page.getByTestId('mail-row-1-unit').inputValue()).toBe('1-1-102');
    await page.getByTestId('mail-row-1-tracking').click();
    await page.keyboard.press('Enter');
    await page.getByTestId('mail-row-2-unit').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('mail-row-2-unit');
    // Row 3 has an addressee but no unit: it cannot be signed for.
    await page.getByTestId('mail-row-2-addressee').fill('王五');
    await page.getByTestId('mail-row-2-tracking').click();
    await page.keyboard.press('Enter');
    await page.getByTestId('mail-row-3-unit').waitFor();
    await page.keyboard.press('Control+s');
    const problem = page.getByTestId('mail-row-2-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toBe('第 3 行未能登记：请填写收件房号');
    expect(await page.getByTestId('mail-batch').textContent()).toContain('有 1 行未能登记');
    // Nothing typed was lost, and the blank last row is no problem.
    expect(await page.getByTestId('mail-row-0-tracking').inputValue()).toBe('SF1001');
    expect(await page.getByTestId('mail-row-2-addressee').inputValue()).toBe('王五');
    expect(await page.getByTestId('mail-row-3-problem').count()).toBe(0);
    await screenshot(page, 'mail-batch-row-problem');

    await page.getByTestId('mail-row-2-unit').fill('1-1-103');
    await expect.poll(() => problem.count()).toBe(0);
    await page.keyboard.press('Control+s');
    await page.getByTestId('mail-batch').waitFor({ state: 'detached' });
    await page.getByTestId('mail-search').fill('1-1-10');
    await expect
      .poll(async () => (await page.getByTestId('mail-row-unit').allTextContents()).sort())
      .toEqual(['1-1-101', '1-1-102', '1-1-103']);
    expect(await page.getByTestId('mail-table').textContent()).toContain('快递');
    await findUnitMail(page, '1-1-101');

    await openForFirst(page, 'notify');
    const contacts = page.getByTestId('mail-notify-contacts');
    await expect.poll(() => contacts.textContent()).toContain('19912594974');
    expect(await contacts.textContent()).toContain('唐晓东');
    await screenshot(page, 'mail-notify-contacts');
    await contacts.getByText('唐晓东').click();
    expect(await page.getByTestId('mail-notify-who').inputValue()).toBe('唐晓东');
    await page.getByTestId('mail-notify-who').press('Enter');
    await showsText(page, 'mail-table', '电话 唐晓东');
    expect(errors).toEqual([]);
  });
});
