/**
 * Patrols and inspections (issue 19), end to end in the built renderer, by keyboard where a
 * clerk would: a patrol with a finding (Alt+N, Enter through the fields, Ctrl+S), its finding
 * sent on as a work order (linked both ways), a cleaning inspection whose failed item must say
 * why, the patrol slots on the today board (Enter opens a new patrol), a patrol of yesterday
 * unsigned on the manager's board until she signs it, the daily report printed to PDF, the
 * record found from the header search, and the month in the monthly review.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closePreview, completeFirstRun, E2E_TODAY, screenshot, typeDate } from '../harness';
import { withApp } from '../lifecycle';
import { readPreviewPdf, squash } from '../pdf';
import { openFromSearch, openScreen, showsText } from '../desk';
import { showCard } from '../review/seedMonth';

const session = withApp();

const yesterday = (() => {
  const d = new Date(`${E2E_TODAY}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
})();

async function newPatrol(page: Page, route: string, finding?: string, at?: string) {
  await page.keyboard.press('Alt+n');
  await page.getByTestId('site-form').waitFor();
  // The form puts the cursor in 巡查路线 once it has opened; type after that, as a clerk sees it.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('route');
  if (at) await typeDate(page, 'site-at', at);
  await page.getByTestId('site-route').click();
  await page.keyboard.type(route);
  await page.keyboard.press('Enter');
  // Enter moves on to 巡查点.
  await page.keyboard.type('1 号楼大堂、地库 B1');
  if (finding) {
    await page.getByTestId('site-add-finding').click();
    await page.getByTestId('site-finding-0').fill(finding);
  }
  await page.keyboard.press('Control+s');
  await page.getByTestId('site-form').waitFor({ state: 'detached' });
}

describe('patrols and inspections, end to end', () => {
  it('records a patrol, sends its finding on, scores an inspection, signs, prints, finds', async () => {
    const { page, errors } = session.app;
    const base = session.env.baseUrl;
    await completeFirstRun(page);
    // A fresh desk that keeps no site ledgers is not asked for patrols.
    await page.getByTestId('today-empty').waitFor();

    await openScreen(page, 'patrols', 'patrols-page');
    await newPatrol(page, '1 号楼 → 2 号楼 → 地库', '地库 B1 消防栓玻璃破损');
    await showsText(page, 'site-table', '消防栓玻璃破损');
    await newPatrol(page, '3 号楼 → 会所', undefined, `${yesterday} 09:00`);

    // The finding becomes a work order; the patrol shows its number and links to it.
    await page.getByTestId('site-table').getByText('1 号楼 → 2 号楼 → 地库').click();
    await page.getByTestId('site-drawer').waitFor();
    await page.getByTestId('site-finding-order-0').click();
    await page.getByTestId('site-order-form').waitFor();
    await page.getByTestId('site-order-phone').fill('13800001111');
    await page.keyboard.press('Control+s');
    await page.getByTestId('site-order-form').waitFor({ state: 'detached' });
    const woLink = page.getByTestId('site-finding-wo-0');
    await expect.poll(() => woLink.textContent()).toMatch(/已转工单 WX-\d{6}-0001/);
    await screenshot(page, 'patrols-01-drawer');
    await woLink.click();
    await page.waitForURL(/#\/repairs/);
    await expect.poll(() => page.locator('body').textContent()).toContain('地库 B1 消防栓玻璃破损');

    // A cleaning inspection: an item unticked must say what was wrong; the score follows.
    await page.keyboard.press('Escape');
    await page.locator('.ant-drawer-content').waitFor({ state: 'detached' });
    await page.goto(base + '/#/patrols');
    await page.getByTestId('site-new').hover();
    await page.getByRole('menuitem', { name: '清洁检查' }).click();
    await page.getByTestId('site-form').waitFor();
    await page.getByTestId('site-check-0').click();
    await expect.poll(() => page.getByTestId('site-score').getAttribute('data-score')).toBe('83');
    await page.keyboard.press('Control+s');
    await showsText(page, 'site-form', '不合格项请写明问题');
    await page.getByTestId('site-check-note-0').fill('大堂地面有污渍');
    await page.keyboard.press('Control+s');
    await page.getByTestId('site-form').waitFor({ state: 'detached' });
    await showsText(page, 'site-table', '83');

    // The board: the two later patrol slots of today, and yesterday's patrol awaiting 签阅.
    await openScreen(page, '', 'today-group-sitePatrol');
    const slots = page.locator('[data-testid="today-item"][data-kind="sitePatrol"]');
    await expect
      .poll(() => slots.allTextContents())
      .toEqual([expect.stringContaining('第 2/3 次'), expect.stringContaining('第 3/3 次')]);
    const signoff = page.locator('[data-testid="today-item"][data-kind="signoff"]');
    await expect.poll(() => signoff.count()).toBe(1);
    expect(await signoff.textContent()).toContain('巡楼报告');
    await screenshot(page, 'patrols-02-board');
    await signoff.click();
    await page.getByTestId('site-drawer').waitFor();
    await page.getByTestId('site-sign').click();
    await showsText(page, 'site-signed', '张经理');
    await page.keyboard.press('Escape');
    await openScreen(page, '', 'today-group-sitePatrol');
    expect(await signoff.count()).toBe(0);
    // Enter on a patrol slot opens a new patrol form.
    await slots.first().hover();
    await page.keyboard.press('Enter');
    await page.getByTestId('site-form').waitFor();
    expect(await page.getByTestId('site-form').textContent()).toContain('巡查路线');
    await page.keyboard.press('Escape');

    // The day's report: every patrol, its finding and the work order it went to.
    await page.getByTestId('site-print-report').click();
    const pdf = await readPreviewPdf(page, session.env.browser, 'patrols-daily-report');
    const text = squash(pdf.text);
    expect(text).toContain('巡楼日报');
    expect(text).toContain('1号楼→2号楼→地库');
    expect(text).toContain('地库B1消防栓玻璃破损');
    expect(text).toMatch(/WX-\d{6}-0001/);
    expect(text).toContain('清洁检查');
    expect(text).toContain('得分83');
    await closePreview(page);

    // The header search finds a record by its number and opens it.
    await openFromSearch(page, 'XC-', 'site-drawer', 3);
    await page.keyboard.press('Escape');

    // The monthly review counts the month's patrols and findings.
    await openScreen(page, 'review', 'review-section-site');
    const site = page.getByTestId('review-section-site');
    // The review's sections are rendered when they come into view (issue 21).
    await showCard(page, 'review-section-site');
    await expect.poll(() => site.textContent()).toContain('巡楼次数');
    expect(squash((await site.textContent()) ?? '')).toContain('其中转派工单1');
    await screenshot(page, 'patrols-03-review');
    expect(errors).toEqual([]);
  });
});
