/**
 * 拜访计划 in the built renderer: an area visit to a household recorded by keyboard with an
 * issue, the issue raised as an enquiry and its link followed, a residents' meeting recorded and
 * its minutes printed (PDF text checked), and the year plan's done count moving with both.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closePreview, E2E_TODAY, screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { demoAt, openScreen, showsText } from '../desk';
import { printsOneA4 } from '../pdfChecks';
import { planTotal } from './planTotal';

const session = withApp();

const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

/** The plan's "已完成 N" on the 年度计划 tab. */
const planDone = async (page: Page) => (await planTotal(page)).done;

describe('planned visits and meetings, end to end', () => {
  it('records a visit with an issue, raises it as an enquiry, records and prints a meeting, moves the plan', async () => {
    const { page, errors } = session.app;
    await demoAt(page, 'visits', 'visits-page');
    const before = await planDone(page);
    expect(before).toBeGreaterThanOrEqual(0);
    await screenshot(page, 'visits-plan-before');
    await page.getByRole('tab', { name: '拜访记录' }).click();

    // 物管员走访 (the default kind): the unit first, its resident comes as the household.
    await page.keyboard.press('Alt+n');
    await page.getByTestId('visit-form').waitFor();
    await expect.poll(() => focused(page)).toBe('visit-unit');
    await page.keyboard.type('1-1-101');
    await page.locator('.ant-select-item-option', { hasText: '1-1-101' }).first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('visit-household').inputValue()).not.toBe('');
    // Saving without notes: the Chinese message at the field, nothing lost.
    await page.keyboard.press('Control+Enter');
    await showsText(page, 'visit-form', '请填写拜访情况或会议纪要');
    await page.getByTestId('visit-notes').click();
    await page.keyboard.type('住户反映整体满意');
    await page.getByTestId('visit-issues').click();
    await page.keyboard.type('楼道灯不亮');
    await screenshot(page, 'visits-form');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('visit-drawer').waitFor();
    await expect.poll(() => page.locator('.ant-drawer-title').textContent()).toMatch(/BF/);

    // 转咨询: the issue becomes an enquiry; the drawer shows its link, which opens it.
    await page.getByTestId('visit-issue-raise').click();
    const link = page.getByTestId('visit-issue-enquiry');
    await expect.poll(() => link.textContent()).toMatch(/^咨询 ZXD\d{4}-\d{6}$/);
    await link.click();
    await page.getByTestId('enquiry-drawer').waitFor();
    await showsText(page, 'enquiry-drawer', '楼道灯不亮');

    // 住户座谈会: place, attendees, minutes; then its 纪要 printed.
    await openScreen(page, 'visits', 'visits-page');
    await page.getByTestId('visits-add-meeting').click();
    await page.getByTestId('visit-form').waitFor();
    await expect.poll(() => focused(page)).toBe('visit-place');
    await page.keyboard.type('会所二楼');
    await page.getByTestId('visit-attendees').click();
    await page.keyboard.type('18');
    await page.getByTestId('visit-notes').click();
    await page.keyboard.type('讨论停车位与绿化改造');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('visit-drawer').waitFor();
    await printsOneA4(page, session.env.browser, 'visit-print', 'visit-minutes', [
      '住户座谈会纪要',
      '会所二楼',
      '18',
      '讨论停车位与绿化改造',
      E2E_TODAY,
    ]);
    await closePreview(page);
    await page.keyboard.press('Escape');
    await page.getByTestId('visit-drawer').waitFor({ state: 'detached' });

    await expect.poll(() => page.getByTestId('visit-no').count()).toBe(2);
    await screenshot(page, 'visits-list');
    // One household of its area and the half year's meeting: two more done.
    await expect.poll(() => planDone(page)).toBe(before + 2);
    await screenshot(page, 'visits-plan');
    expect(errors).toEqual([]);
  });
});
