/**
 * The today board (首页) in the built renderer: empty on a fresh desk; mail signed for four days
 * ago and a visitor signed in 25 hours ago (the page clock set back for each) show as overdue;
 * arrows and Enter open the mail item on the mail register, a click opens the visitor. Left
 * open over office midnight, the board and the header move to the new day by themselves.
 */
import { describe, expect, it } from 'vitest';
import { completeFirstRun, openApp, screenshot, typeDate } from '../harness';
import { withApp } from '../lifecycle';
import {
  checkInVisitor,
  fillIn,
  firstRunAt,
  openScreen,
  OVERNIGHT_VISITOR,
  receiveMail,
  showsText,
} from '../desk';

const session = withApp();
const HOUR = 3_600_000;

describe('today board, end to end', () => {
  it('shows overdue items from the registers and opens each record', async () => {
    const { page, errors } = session.app;
    const base = session.env.baseUrl;
    await firstRunAt(page, '', 'today-empty');
    expect(await page.getByTestId('today-empty').textContent()).toContain('今日无待办');
    await screenshot(page, 'home-empty');

    // The page's clock (started at E2E_NOW by the harness) is the test's "now".
    const pageNow = await page.evaluate(() => Date.now());
    // A minute more than four days, so the few milliseconds the test takes never round it down.
    await page.clock.setFixedTime(new Date(pageNow - 4 * 24 * HOUR - 60_000));
    await openScreen(page, 'mail', 'mail-page');
    await receiveMail(page, '邮政', [{ unit: '3-1-1201', addressee: '张三' }]);
    await expect.poll(() => page.getByTestId('mail-row-unit').allTextContents()).toHaveLength(1);

    await page.clock.setFixedTime(new Date(pageNow - 25 * HOUR));
    await page.goto(base + '/#/visitors');
    await checkInVisitor(page, OVERNIGHT_VISITOR);
    await expect.poll(() => page.getByTestId('inside-name').count()).toBe(1);

    // Mail received today is not due yet and stays off the board.
    await page.clock.setFixedTime(new Date(pageNow));
    await page.goto(base + '/#/mail');
    await receiveMail(page, '顺丰', [{ unit: '5-301' }]);
    await expect.poll(() => page.getByTestId('mail-row-unit').allTextContents()).toHaveLength(2);

    // The clerk goes back to 首页 from the navigation.
    await page.getByRole('menuitem', { name: '首页' }).click();
    await page.getByTestId('home-page').waitFor();
    await expect.poll(() => page.getByTestId('today-item').count()).toBe(2);
    const mail = page.locator('[data-testid="today-item"][data-kind="mailUncollected"]');
    expect(await mail.getAttribute('data-state')).toBe('overdue');
    expect(await mail.textContent()).toContain('逾期 1 天');
    expect(await mail.textContent()).toContain('3-1-1201');
    const visitor = page.locator('[data-testid="today-item"][data-kind="visitorOverstay"]');
    expect(await visitor.textContent()).toContain('逾期 1 小时');
    expect(await visitor.textContent()).toContain('赵六');
    expect(await page.getByTestId('today-count-mailUncollected').textContent()).toBe('1');
    expect(await page.getByTestId('today-summary').textContent()).toBe('逾期 2 项，今日到期 0 项');
    await screenshot(page, 'home-board');

    // Keyboard: down to the visitor, back up to the mail, Enter opens it on the mail register.
    await page.keyboard.press('ArrowDown');
    expect(await visitor.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    expect(await mail.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.getByTestId('mail-page').waitFor();
    await expect
      .poll(() => page.getByTestId('mail-row-unit').allTextContents())
      .toEqual(['3-1-1201']);
    expect(await page.getByTestId('mail-search').inputValue()).toBe('3-1-1201');
    await expect
      .poll(() =>
        page.getByTestId('mail-table').locator('tbody .ant-checkbox-input').first().isChecked(),
      )
      .toBe(true);
    expect(page.url()).not.toContain('open=');
    await screenshot(page, 'home-opened-mail');

    await page.goto(base + '/#/');
    await visitor.click();
    await page.getByTestId('visitors-inside').waitFor();
    await expect.poll(() => page.getByTestId('visitors-overstay-filter').isChecked()).toBe(true);
    await expect.poll(() => page.getByTestId('inside-name').allTextContents()).toEqual(['赵六']);
    await screenshot(page, 'home-opened-visitor');
    expect(errors).toEqual([]);
  });

  it('moves to the new day at office midnight while the app stays open', async () => {
    // A late shift on Tuesday 17 November: the clock starts at 23:50 office time.
    const app = await openApp(session.env, Date.parse('2026-11-17T23:50:00+08:00'));
    const { page, errors } = app;
    try {
      const base = session.env.baseUrl;
      await completeFirstRun(page);
      // A key lent until 09:00 tomorrow: not due today, so not on tonight's board.
      await page.goto(base + '/#/keys');
      await page.getByTestId('key-new').click();
      await fillIn(page, { 'key-label': 'K-09', 'key-name': '水泵房' });
      await page.keyboard.press('Control+s');
      await showsText(page, 'keys-table', 'K-09');
      await page.getByTestId('key-lend-K-09').click();
      await fillIn(page, { 'lend-borrower': '工程部 周师傅', 'lend-reason': '夜间巡检' });
      await typeDate(page, 'lend-due', '2026-11-18 09:00');
      await page.keyboard.press('Control+s');
      await showsText(page, 'keys-table', '借出');

      await openScreen(page, '', 'today-empty');
      expect(await page.getByTestId('shell-today').textContent()).toContain('11月17日 星期二');

      // Half a minute before midnight the clock stops; then half a minute and a moment pass,
      // firing the page's timers in order, and time flows on. The minute tick is not what
      // moves the board (it comes at most once a minute; these polls wait a second): the
      // clock hook's own timer at midnight is.
      await page.clock.pauseAt(Date.parse('2026-11-17T23:59:30+08:00'));
      await page.clock.runFor(30_500);
      await page.clock.resume();
      await showsText(page, 'shell-today', '11月18日 星期三');
      const key = page.locator('[data-testid="today-item"][data-kind="keyOverdue"]');
      await expect.poll(() => key.getAttribute('data-state')).toBe('today');
      expect(await key.textContent()).toContain('09:00');
      await screenshot(page, 'home-after-midnight');
      expect(errors).toEqual([]);
    } finally {
      await app.context.close();
    }
  });
});
