/**
 * A new clerk's first day (issue 14): the first-run wizard ends on its own 完成 step and
 * offers the demo estate, a new install is not warned about backups, and the monthly review
 * opens on this month and keeps the month she picked when she comes back to it.
 * The page clock is pinned: Tuesday 2026-11-17 10:30 office time.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { fillIn } from '../desk';

const session = withApp();
const NOW = new Date('2026-11-17T02:30:00Z');

describe('first day at the desk', () => {
  it('wizard ends on 完成 with the demo offer; no backup nag; the review keeps its month', async () => {
    const { page, errors } = session.app;
    await page.clock.install({ time: NOW });
    await page.reload();

    await fillIn(page, { 'wizard-name': '阳光花园', 'wizard-stamp': '阳光花园物业服务中心' });
    await page.getByTestId('wizard-next').click();
    await fillIn(page, {
      'wizard-manager-name': '张经理',
      'wizard-pin': '135790',
      'wizard-pin-confirm': '135790',
    });
    await page.getByTestId('wizard-finish').click();

    // Its own last step, the third of the steps bar, with the demo estate on offer.
    const done = page.getByTestId('wizard-done');
    await done.waitFor();
    expect(await done.textContent()).toContain('设置完成');
    expect(await page.locator('.ant-steps-item-active').textContent()).toContain('完成');
    expect(await page.getByTestId('wizard-demo').textContent()).toContain('加载演示小区');
    await screenshot(page, 'firstday-wizard-done');
    await page.getByTestId('wizard-demo').click();
    await page.getByTestId('wizard-demo-loaded').waitFor();
    await screenshot(page, 'firstday-wizard-demo-loaded');
    await page.getByTestId('wizard-start').click();
    await page.getByTestId('operator').waitFor();

    // The demo estate is in the archive.
    await page.getByRole('menuitem', { name: '业户档案' }).click();
    await page.getByTestId('archive-page').waitFor();
    await expect.poll(() => page.getByTestId('building-list').textContent()).toMatch(/\d/);

    // A new install has no backup yet and is not told off for it.
    await page.getByTestId('last-backup-note').waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByTestId('backup-stale-banner').count()).toBe(0);
    await screenshot(page, 'firstday-archive-demo');

    // The review opens on the current month (the pinned clock's) …
    await page.getByRole('menuitem', { name: '月度统计' }).click();
    await page.locator('[data-testid=review-page][data-month="2026-11"]').waitFor();
    // … the clerk picks September, goes to the home board and comes back through the menu.
    await page.getByTestId('review-month').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('2026-09');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=review-page][data-month="2026-09"]').waitFor();
    expect(page.url()).toContain('month=2026-09');
    await page.getByRole('menuitem', { name: '首页' }).click();
    await expect.poll(() => page.locator('[data-testid=review-page]').count()).toBe(0);
    await page.getByRole('menuitem', { name: '月度统计' }).click();
    await page.locator('[data-testid=review-page][data-month="2026-09"]').waitFor();
    // The browser's back button returns to it too.
    await page.getByRole('menuitem', { name: '首页' }).click();
    await page.goBack();
    await page.locator('[data-testid=review-page][data-month="2026-09"]').waitFor();
    expect(errors).toEqual([]);
  });
});
