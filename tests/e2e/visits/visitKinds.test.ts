/**
 * 拜访计划 beyond the first flow, in the built renderer: a community event's feedback (社区活动
 * 反馈) reached from its today-board item (`?plan=`, the plan item marked in its quarter) and a
 * move-in's visit (入住后拜访), both entered by keyboard and counted as planned and done; a visit
 * found by its BF number in the header search (`?open=`); its 拜访记录 printed (PDF text read
 * back); the register's Excel export read back with exceljs; the screen in 繁體中文 and English.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { completeMoveIn, focused, loadDemo, openScreen, routeUrl, showsText } from '../desk';
import {
  closePreview,
  completeFirstRun,
  E2E_TODAY,
  OUTPUT_DIR,
  screenshot,
  typeDate,
} from '../harness';
import { withApp } from '../lifecycle';
import { printsOneA4 } from '../pdfChecks';
import { planTotal } from './planTotal';

const session = withApp();

/** A community event held five days ago (its feedback due today) with two participants. */
async function holdTeaParty(page: Page): Promise<void> {
  await openScreen(page, 'revisits', 'revisits-page');
  await page.getByTestId('event-new').click();
  await page.getByTestId('event-title').fill('重阳敬老茶话会');
  await typeDate(page, 'event-heldAt', '2026-11-12 15:00');
  await page.getByTestId('event-people').fill('1-1-101 住户甲\n1-1-103 住户乙');
  await page.getByTestId('event-save').click();
  await page.getByTestId('event-save').waitFor({ state: 'detached' });
}

/**
 * 登记拜访 by keyboard: Alt+N, the kind by arrow keys from the default 物管员走访 (→ 入住后拜访,
 * → 社区活动反馈), then the kind's own box, the notes, Ctrl+Enter. Returns the saved BF number.
 */
async function recordVisit(
  page: Page,
  v: { steps: number; unit?: string; event?: string; notes: string },
): Promise<string> {
  await page.keyboard.press('Alt+n');
  await page.getByTestId('visit-form').waitFor();
  await expect.poll(() => focused(page)).toBe('visit-unit');
  await page.getByTestId('visit-kind').locator('input:checked').focus();
  for (let i = 0; i < v.steps; i++) await page.keyboard.press('ArrowRight');
  if (v.unit) {
    await page.getByTestId('visit-unit').focus();
    await page.keyboard.type(v.unit);
    await page.locator('.ant-select-item-option', { hasText: v.unit }).first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('visit-household').inputValue()).not.toBe('');
  }
  if (v.event) {
    await page.getByTestId('visit-event').locator('input').focus();
    await page.keyboard.type(v.event);
    await page.locator('.ant-select-item-option', { hasText: v.event }).first().waitFor();
    await page.keyboard.press('Enter');
  }
  await page.getByTestId('visit-notes').focus();
  await page.keyboard.type(v.notes);
  await page.keyboard.press('Control+Enter');
  await page.getByTestId('visit-drawer').waitFor();
  const title = page.locator('.ant-drawer-title');
  await expect.poll(() => title.textContent()).toMatch(/BF\d/);
  const no = /BF[\d-]+/.exec((await title.textContent()) ?? '')![0];
  await page.keyboard.press('Escape');
  await page.getByTestId('visit-drawer').waitFor({ state: 'detached' });
  return no;
}

describe('planned visits: the other kinds, board, search, print, export, languages', () => {
  it('counts event feedback and a move-in visit as planned and done, from the board and the search', async () => {
    const { page, errors } = session.app;
    await completeFirstRun(page);
    await loadDemo(page);
    await openScreen(page, 'visits', 'visits-page');
    const start = await planTotal(page);

    // Two new plan items: the event's feedback and the move-in's visit.
    await holdTeaParty(page);
    await completeMoveIn(page, '1-1-102', '钱多多');
    await openScreen(page, 'visits', 'visits-page');
    expect(await planTotal(page)).toEqual({ planned: start.planned + 2, done: start.done });

    // The board's item for the feedback due today opens the plan with it marked.
    await openScreen(page, '', 'home-page');
    const item = page.getByTestId('today-item').filter({ hasText: '社区活动反馈' });
    await expect.poll(() => item.count()).toBe(1);
    await expect.poll(() => item.textContent()).toContain('重阳敬老茶话会');
    await item.click();
    await page.getByTestId('visit-plan').waitFor();
    const marked = page.locator('[data-testid="visit-plan-due"] tr.ant-table-row-selected');
    await expect.poll(() => marked.count()).toBe(1);
    expect(await marked.getAttribute('data-plan-key')).toMatch(/^event:/);
    await showsText(page, 'visit-plan-due', '重阳敬老茶话会');
    await screenshot(page, 'visits-plan-from-board');

    await page.getByRole('tab', { name: '拜访记录' }).click();
    const feedback = await recordVisit(page, {
      steps: 2,
      event: '重阳敬老茶话会',
      notes: '参加的住户反映茶点不够',
    });
    const moveIn = await recordVisit(page, {
      steps: 1,
      unit: '1-1-102',
      notes: '新入住住户对交房满意，询问装修申请',
    });
    expect(await planTotal(page)).toEqual({ planned: start.planned + 2, done: start.done + 2 });
    await page.getByRole('tab', { name: '拜访记录' }).click();
    await showsText(page, 'visit-table', '社区活动反馈');
    await showsText(page, 'visit-table', '入住后拜访');
    // Fulfilled: off the board.
    await openScreen(page, '', 'home-page');
    await expect
      .poll(() => page.getByTestId('today-item').filter({ hasText: '社区活动反馈' }).count())
      .toBe(0);

    // The header search finds the move-in visit by its number and opens it.
    const search = page.getByRole('combobox', { name: '全局搜索' });
    await search.fill(moveIn);
    const hit = page.getByTestId('search-hit').filter({ hasText: moveIn });
    await expect.poll(() => hit.count()).toBeGreaterThan(0);
    await hit.first().click();
    await page.getByTestId('visit-drawer').waitFor();
    await expect.poll(() => page.locator('.ant-drawer-title').textContent()).toContain(moveIn);
    await showsText(page, 'visit-drawer', '1-1-102');

    // Its 拜访记录, printed and read back.
    await printsOneA4(page, session.env.browser, 'visit-print', 'visit-record', [
      '拜访记录',
      moveIn,
      '入住后拜访',
      '1-1-102',
      '新入住住户对交房满意，询问装修申请',
      E2E_TODAY,
      '住户签字',
    ]);
    await closePreview(page);
    await page.keyboard.press('Escape');
    await page.getByTestId('visit-drawer').waitFor({ state: 'detached' });

    // The register's Excel file: both visits, in the columns of the screen.
    await page.getByTestId('visits-export').click();
    const download = await page.waitForEvent('download');
    expect(download.suggestedFilename()).toBe('拜访记录-全部.xlsx');
    const file = join(OUTPUT_DIR, 'visits-export.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet('拜访记录')!;
    const rows = sheet.getSheetValues().flatMap((r) => (Array.isArray(r) ? [r.slice(1)] : []));
    const head = rows.findIndex((r) => r[0] === '编号');
    expect(rows[head]).toEqual(expect.arrayContaining(['编号', '类型', '日期', '房号/地点/活动']));
    const body = rows.slice(head + 1);
    expect(body.find((r) => r[0] === moveIn)).toEqual(
      expect.arrayContaining([moveIn, '入住后拜访', E2E_TODAY, '1-1-102']),
    );
    expect(body.find((r) => r[0] === feedback)).toEqual(
      expect.arrayContaining([feedback, '社区活动反馈', '重阳敬老茶话会']),
    );
    expect(errors).toEqual([]);
  });

  it('shows the visits screen in 繁體中文 and English', async () => {
    const { page, errors } = session.app;
    await page.setViewportSize({ width: 1366, height: 768 });
    const shots: Record<string, string> = {};
    for (const [language, title, planTab, total] of [
      ['zh-TW', '拜訪計劃', '年度計劃', '年計劃'],
      ['en', 'Planned visits', 'Year plan', 'plan'],
    ] as const) {
      await page.goto(routeUrl(page, 'settings?tab=language'));
      await page.getByTestId(`language-${language}`).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
      await openScreen(page, 'visits', 'visits-page');
      await showsText(page, 'visits-page', title);
      await expect.poll(() => page.getByTestId('visit-no').count()).toBeGreaterThan(0);
      shots[`${language}-records`] = await screenshot(page, `visits-${language}-records`);
      await page.getByRole('tab', { name: planTab }).click();
      await showsText(page, 'visit-plan-total', total);
      shots[`${language}-plan`] = await screenshot(page, `visits-${language}-plan`);
    }
    await page.goto(routeUrl(page, 'settings?tab=language'));
    await page.getByTestId('language-zh-CN').click();
    expect(Object.keys(shots)).toHaveLength(4);
    expect(errors).toEqual([]);
  });
});
