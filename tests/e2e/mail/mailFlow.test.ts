/**
 * Mail in the built renderer: a morning's delivery typed as a batch (Enter starts the next
 * row), found by unit, the addressee notified, one item handed over against a signature.
 */
import { describe, expect, it } from 'vitest';
import { completeFirstRun, screenshot } from '../harness';
import { withApp } from '../lifecycle';

const session = withApp();

describe('mail, end to end', () => {
  it('receives a batch, finds, notifies and hands over', async () => {
    const { page, errors } = session.app;
    await completeFirstRun(page);
    await page.goto(session.env.baseUrl + '/#/mail');
    await page.getByTestId('mail-page').waitFor();

    await page.keyboard.press('Alt+n');
    await page.getByTestId('mail-carrier').fill('邮政');
    await page.getByTestId('mail-row-0-unit').fill('3-1-1201');
    await page.getByTestId('mail-row-0-addressee').fill('张三');
    await page.getByTestId('mail-row-0-tracking').fill('EMS1234567');
    await page.getByTestId('mail-row-0-tracking').press('Enter');
    await page.getByTestId('mail-row-1-unit').waitFor();
    await page.getByTestId('mail-row-1-unit').fill('5-301');
    await page.getByTestId('mail-row-1-addressee').fill('李四');
    await screenshot(page, 'mail-batch');
    await page.getByTestId('mail-row-1-addressee').press('Control+s');
    await expect.poll(() => page.getByTestId('mail-row-unit').allTextContents()).toHaveLength(2);
    await screenshot(page, 'mail-waiting');

    await page.getByTestId('mail-search').fill('3-1-1201');
    await expect
      .poll(() => page.getByTestId('mail-row-unit').allTextContents())
      .toEqual(['3-1-1201']);
    await page.getByTestId('mail-table').locator('tbody .ant-checkbox-input').first().check();
    await page.getByTestId('mail-notify-open').click();
    await page.getByTestId('mail-notify-who').fill('张三');
    await page.getByTestId('mail-notify-who').press('Enter');
    await expect.poll(() => page.getByTestId('mail-table').textContent()).toContain('电话 张三');

    await page.getByTestId('mail-table').locator('tbody .ant-checkbox-input').first().check();
    await page.getByTestId('mail-pickup-open').click();
    await page.getByTestId('mail-collector').fill('张三家属');
    await page.getByTestId('mail-collector').press('Enter');
    await page.getByTestId('mail-pickup-open').waitFor();
    await page.getByTestId('mail-search').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.getByTestId('mail-row-unit').allTextContents()).toEqual(['5-301']);
    expect(await page.getByTestId('mail-age').allTextContents()).toEqual(['今天']);

    await page.getByText('全部记录').click();
    await expect
      .poll(() => page.getByTestId('mail-table').textContent())
      .toContain('已领取 张三家属');
    await screenshot(page, 'mail-all');
    expect(errors).toEqual([]);
  });
});
