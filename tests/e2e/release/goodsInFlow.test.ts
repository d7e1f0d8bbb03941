/**
 * Goods coming in and moving appointments (issue 19), end to end by keyboard: dangerous goods
 * are refused at entry with the reason recorded; a move-in booked for a window and a lift prints
 * as 搬家预约单（搬入）; a second move on the same lift in an overlapping window is refused; the
 * day's move shows on the today board.
 */
import { describe, expect, it } from 'vitest';
import { closePreview, E2E_TODAY, screenshot, typeDate } from '../harness';
import { withApp } from '../lifecycle';
import { readPreviewPdf, squash } from '../pdf';
import { choose, fillIn, firstRunAt, showsText, startReleasePass } from '../desk';

const session = withApp();

describe('goods in and moving appointments, end to end', () => {
  it('refuses dangerous goods at entry, books a lift once, prints which way', async () => {
    const { page, errors } = session.app;
    const base = session.env.baseUrl;
    await firstRunAt(page, 'release', 'release-page');

    await startReleasePass(page, {
      carrier: '赵六',
      company: '顺达科技有限公司',
      approved: '王经理',
    });
    await choose(page, 'release-direction', '进门');
    await page.getByTestId('release-item-0').fill('烟花');
    await page.getByTestId('release-item-0').press('Control+s');
    await page.getByTestId('release-form').waitFor({ state: 'detached' });
    const refused = page.getByTestId('release-table').locator('.ant-tag[title]').first();
    await expect.poll(() => refused.getAttribute('title')).toBe('危险品不得进入：烟花');
    expect(await page.getByTestId('release-table').textContent()).toContain('进门');

    // A move-in: date, window and lift; saving prints the appointment.
    const book = async (from: string, to: string) => {
      await startReleasePass(page, { carrier: '顺达搬家 李四', company: '张三', approved: '张三' });
      await choose(page, 'release-direction', '进门');
      await page.getByTestId('release-moving').check();
      await typeDate(page, 'release-moving-date', E2E_TODAY);
      await expect.poll(() => page.getByTestId('release-moving-date').inputValue()).toBe(E2E_TODAY);
      await fillIn(page, {
        'release-windowFrom': from,
        'release-windowTo': to,
        'release-lift': '1 号梯',
        'release-item-0': '家具',
      });
      await page.getByTestId('release-item-0').press('Control+s');
    };
    await book('13:00', '15:00');
    const pdf = await readPreviewPdf(page, session.env.browser, 'release-moving-in');
    const text = squash(pdf.text);
    expect(text).toContain('搬家预约单（搬入）');
    expect(text).toContain('进门联（门岗留存）');
    expect(text).toContain('1号梯');
    expect(text).toContain('13:00–15:00');
    expect(text).not.toContain('出门联');
    await closePreview(page);
    await showsText(page, 'release-table', `搬家 ${E2E_TODAY} 13:00–15:00 1 号梯`);

    await book('14:00', '16:00');
    await showsText(page, 'release-form', '已有搬家预约');
    await screenshot(page, 'release-moving-clash');
    await page.keyboard.press('Escape');

    // The day's move is on the board, due by the end of its window.
    await page.goto(base + '/#/');
    const move = page.locator('[data-testid="today-item"][data-kind="movingAppointment"]');
    await expect.poll(() => move.count()).toBe(1);
    expect(await move.textContent()).toContain('今日 15:00 到期');
    expect(await move.textContent()).toContain('13:00–15:00 1 号梯');
    expect(errors).toEqual([]);
  });
});
