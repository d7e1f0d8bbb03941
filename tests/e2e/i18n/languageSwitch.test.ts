/**
 * The desk's language (issue 16): switched in 系统设置 → 语言, the whole screen follows at once
 * — menu, header, a form, antd's own words, <html lang> — with no restart, and stays after a
 * reload. Each language's home, receipts and complaints screens are photographed at 1366 wide
 * and checked for table headings the longer English words would cut.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { completeFirstRun, screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { cutColumnsOnScreen } from '../firstday/layoutProbe';
import { seedMonth } from '../review/seedMonth';

const session = withApp();

async function switchTo(page: Page, language: 'zh-CN' | 'zh-TW' | 'en'): Promise<void> {
  await page.goto(session.env.baseUrl + '/#/settings?tab=language');
  await page.getByTestId(`language-${language}`).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
}

/**
 * Table headings of one word that the browser broke over two lines ("Custome/r"): the column
 * is too narrow for the longer English word.
 */
function brokenHeadings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const th of document.querySelectorAll<HTMLElement>('.ant-table-wrapper thead th')) {
      const text = (th.textContent ?? '').trim();
      if (!text || /\s/.test(text) || th.offsetParent === null) continue;
      const range = document.createRange();
      range.selectNodeContents(th);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (tops.size > 1) out.push(`${text}: broken over ${tops.size} lines`);
    }
    return out;
  });
}

/** The three registers of the screenshots: no cut heading, nothing spilling, in view. */
async function photograph(page: Page, language: string): Promise<string[]> {
  const cut: string[] = [];
  for (const [path, testId] of [
    ['/', 'home-page'],
    ['/money', 'money-page'],
    ['/complaints', 'complaints-page'],
  ] as const) {
    await page.goto(`${session.env.baseUrl}/#${path}`);
    await page.getByTestId(testId).waitFor();
    cut.push(...(await cutColumnsOnScreen(page, path)));
    for (const b of await brokenHeadings(page)) cut.push(`${path} ${b}`);
    await screenshot(page, `i18n-${language}${path === '/' ? '-home' : path.replace('/', '-')}`);
  }
  // The header stays one line in every language.
  const header = await page.getByTestId('app-header').boundingBox();
  expect(header?.height).toBe(56);
  return cut;
}

describe('UI language', () => {
  it('switches between 简体中文, 繁體中文 and English without a restart and keeps it', async () => {
    const { page, errors } = session.app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await completeFirstRun(page);
    await page.goto(session.env.baseUrl + '/#/settings?tab=demo');
    await page.getByTestId('demo-load').click();
    await page.getByText('加载演示小区：').waitFor();
    await seedMonth(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    const zhCut = await photograph(page, 'zh-CN');

    await switchTo(page, 'zh-TW');
    const menu = page.getByRole('menu');
    await menu.getByText('收費收據').waitFor();
    await expect(menu.getByText('系統設定').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('operator').textContent()).resolves.toContain('經理');
    const twCut = await photograph(page, 'zh-TW');
    await page.goto(session.env.baseUrl + '/#/money');
    await page.keyboard.press('Alt+n');
    const twForm = page.getByTestId('receipt-form');
    await twForm.getByText('繳款人').first().waitFor();
    await expect(twForm.getByText('收費項目').first().isVisible()).resolves.toBe(true);
    await page.waitForTimeout(400); // the dialog's opening animation
    await screenshot(page, 'i18n-zh-TW-receipt-form');
    await page.keyboard.press('Escape');

    await switchTo(page, 'en');
    await menu.getByText('Receipts').waitFor();
    await expect(menu.getByText('Settings').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('operator').textContent()).resolves.toContain('Manager');
    // antd's own words follow too (the language tab's radio group is antd; the tab bar below).
    await expect(page.getByRole('tab', { name: 'Language' }).isVisible()).resolves.toBe(true);
    const enCut = await photograph(page, 'en');
    await page.goto(session.env.baseUrl + '/#/complaints');
    await page.getByTestId('complaints-intake').click();
    await page.getByText('Reception record').waitFor();
    await expect(page.getByText('Tell the customer').isVisible()).resolves.toBe(true);
    await page.waitForTimeout(400); // the dialog's opening animation
    // The domain's own zod message, shown at the field in English.
    await page.getByTestId('intake-customer').click();
    await page.keyboard.press('Control+s');
    await page.getByText("Enter the customer's name").waitFor();
    await screenshot(page, 'i18n-en-complaint-form');
    await page.keyboard.press('Escape');

    // The choice is the desk's: a reload comes back in English.
    await page.reload();
    await page.getByRole('menu').getByText('Receipts').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await switchTo(page, 'zh-CN');
    await page.getByRole('menu').getByText('收费收据').waitFor();

    expect({ zhCut, twCut, enCut }).toEqual({ zhCut: [], twCut: [], enCut: [] });
    expect(errors).toEqual([]);
  });
});
