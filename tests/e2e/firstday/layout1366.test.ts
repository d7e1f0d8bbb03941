/**
 * The desk PC's screen, 1366×768 (issue 14): the header stays one line however long the
 * property's and the operator's names, the side menu stays in view down a long page, and no
 * register shows a table column cut off (a wide table scrolls sideways instead).
 */
import { describe, expect, it } from 'vitest';
import { completeFirstRun, screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { seedMonth } from '../review/seedMonth';
import { cutColumnsOnScreen } from './layoutProbe';
import { openScreen } from '../desk';

const session = withApp();

const REGISTERS = [
  '/',
  '/archive',
  '/archive?view=people',
  '/money',
  '/cashup',
  '/renovation',
  '/complaints',
  '/repairs',
  '/services',
  '/mail',
  '/visitors',
  '/movein',
  '/release',
  '/keys',
  '/handover',
  '/review',
  '/settings',
  '/operators',
  '/audit',
];

describe('1366×768', () => {
  it('one-line header, sider in view, no cut table column on any register', async () => {
    const { page, errors } = session.app;
    // No pinned clock here: nothing below depends on the day, and the receipts' print preview
    // did not open under Playwright's fake clock.
    await page.setViewportSize({ width: 1366, height: 768 });
    await completeFirstRun(page, {
      property: '阳光花园小区二期东区商住综合楼物业服务中心',
      manager: '欧阳明月霞光',
    });
    await page.goto(session.env.baseUrl + '/#/settings?tab=demo');
    await page.getByTestId('demo-load').click();
    await page.getByText('加载演示小区：').waitFor();
    // Rows in the ledger, complaints, repairs and mail: columns sized by real content.
    await seedMonth(page);

    // The header: one line, every item inside its 56 px; long names end in "…".
    const header = page.getByTestId('app-header');
    const box = await header.boundingBox();
    expect(box?.height).toBe(56);
    for (const id of ['property-name', 'operator', 'last-backup-note']) {
      const item = await page.getByTestId(id).boundingBox();
      expect(item, id).not.toBeNull();
      // One line of text: never two lines' height, and inside the header.
      expect(item!.height, id).toBeLessThan(30);
      expect(item!.y, id).toBeGreaterThanOrEqual(box!.y);
      expect(item!.y + item!.height, id).toBeLessThanOrEqual(box!.y + box!.height);
    }
    const overflow = await header.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(overflow[0]).toBeLessThanOrEqual(overflow[1]!);
    await screenshot(page, 'layout1366-header');

    // Down a long page (the review's charts) the menu stays where it was.
    await openScreen(page, 'review', 'review-page');
    await page.mouse.move(800, 500);
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
    const sider = await page.getByTestId('app-sider').boundingBox();
    expect(sider?.y).toBe(0);
    expect(sider!.height).toBeLessThanOrEqual(768);
    await expect(page.getByRole('menuitem', { name: '首页' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'layout1366-review-scrolled');
    // The menu scrolls on its own to its last entry.
    await page.getByRole('menuitem', { name: '审计日志' }).scrollIntoViewIfNeeded();
    const last = await page.getByRole('menuitem', { name: '审计日志' }).boundingBox();
    expect(last!.y + last!.height).toBeLessThanOrEqual(768);

    const cut: string[] = [];
    for (const path of REGISTERS) {
      await page.goto(`${session.env.baseUrl}/#${path}`);
      cut.push(...(await cutColumnsOnScreen(page, path)));
      await screenshot(page, `layout1366${path.replace(/[/?=]/g, '-')}`);
    }
    expect(cut).toEqual([]);
    expect(errors).toEqual([]);
  });
});
