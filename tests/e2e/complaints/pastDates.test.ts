/**
 * A date agreed with the customer (约定日期) that already lies in the past is refused at the
 * field in Chinese; with a 补录原因 it is kept, and the complaint then counts late (超时), never
 * on time, even closed before any deadline.
 */
import { describe, expect, it } from 'vitest';
import { intakeComplaint } from '../desk';
import { completeFirstRun, screenshot, typeDate } from '../harness';
import { withApp } from '../lifecycle';

const session = withApp();

// Tuesday 17 November 2026, 10:30 office time.
const NOW = new Date('2026-11-17T02:30:00Z');

describe('past complaint dates, end to end', () => {
  it('refuses a past 约定日期 at the field, keeps it with a reason and counts the case late', async () => {
    const { page, errors } = session.app;
    await page.clock.setFixedTime(NOW);
    await completeFirstRun(page);
    await intakeComplaint(page);

    await page.getByTestId('case-action-agreeDate').click();
    const form = page.getByTestId('case-action-form');
    await form.waitFor();
    await typeDate(page, 'case-dueAt', '2026-11-16');
    await page.getByTestId('case-note').fill('客户电话中同意');
    const message =
      '约定日期早于当前时间，请选择今后的时间；确需补录请填写补录原因（该投诉将计为未按时）';
    await expect.poll(() => form.textContent()).toContain(message);
    await screenshot(page, 'complaints-past-date');
    // Saving is refused: the form stays open with the message at the field.
    await page.keyboard.press('Control+s');
    await page.waitForTimeout(300);
    await expect(form.count()).resolves.toBe(1);

    // With a reason the date is accepted; the message goes as she types.
    await page.getByTestId('case-pastReason').fill('昨日系统停电，今日补录');
    await expect.poll(() => form.textContent()).not.toContain(message);
    await page.keyboard.press('Control+s');
    await form.waitFor({ state: 'detached' });

    // Closed at once — well within 3 working days — and still 超时, not 按时.
    await page.getByTestId('case-action-close').click();
    await form.waitFor();
    await page.getByTestId('case-result').fill('已更换灯管');
    await page.keyboard.press('Control+s');
    await form.waitFor({ state: 'detached' });
    const drawer = page.getByTestId('case-drawer');
    await expect.poll(() => drawer.textContent()).toContain('超时');
    expect(await drawer.textContent()).not.toContain('按时');
    expect(await drawer.textContent()).toContain('补录：昨日系统停电，今日补录');
    await screenshot(page, 'complaints-past-date-late');
    expect(errors).toEqual([]);
  });
});
