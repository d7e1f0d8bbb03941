/**
 * Public-space bookings (issue 19), end to end in the built renderer by keyboard: a supervisor
 * sets up a space with its hours and charges; a clerk books it for a unit (Alt+N, Ctrl+S); a
 * second booking of an overlapping slot and one past the opening hours are refused at the field
 * as she types; the booking is approved, its fee and deposit taken as a receipt of the ledger
 * (shown on the booking), the 场地使用申请表 printed to PDF; it stands on the week calendar and
 * on the today board with the day's booking, in the header search and the monthly review; after
 * the use the deposit comes back by a refund voucher with a deduction.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closePreview, completeFirstRun, E2E_TODAY, screenshot, typeDate } from '../harness';
import { withApp } from '../lifecycle';
import { openFromSearch, openScreen } from '../desk';
import { printsOneA4 } from '../pdfChecks';
import { showCard } from '../review/seedMonth';

const session = withApp();

/** Alt+N on the bookings screen, then the slot typed field by field. */
async function startBooking(page: Page, from: string, to: string) {
  await page.keyboard.press('Alt+n');
  await page.getByTestId('venue-form').waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('spaceId');
  // The one space: ArrowDown opens the list on it, Enter takes it.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('venue-space').textContent()).toContain('多功能厅');
  await typeDate(page, 'venue-date', E2E_TODAY);
  await page.getByTestId('venue-from').fill(from);
  await page.getByTestId('venue-to').fill(to);
}

describe('public-space bookings, end to end', () => {
  it('sets up a space, books it, refuses a clash, approves, takes the deposit, prints', async () => {
    const { page, errors } = session.app;
    const base = session.env.baseUrl;
    await completeFirstRun(page);
    await page.goto(base + '/#/venues?tab=spaces');
    await page.getByTestId('venues-page').waitFor();

    // The space: open every day 08:00–21:00 (the form's default), 50 元 an hour, 200 元 deposit.
    await page.getByTestId('space-add').click();
    await page.getByTestId('space-form').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('name');
    await page.keyboard.type('多功能厅');
    await page.getByTestId('space-place').fill('会所二楼');
    await page.getByTestId('space-capacity').fill('60');
    await page.getByTestId('space-fee').fill('50');
    await page.getByTestId('space-fee-unit').getByText('每小时').click();
    await page.getByTestId('space-deposit').fill('200');
    await page.keyboard.press('Control+s');
    await page.getByTestId('space-form').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('space-table').textContent()).toContain('会所二楼');

    // A booking for 3-1-1201, 14:00–16:00: two hours, 100 元 fee and the deposit.
    await startBooking(page, '14:00', '16:00');
    await expect.poll(() => page.getByTestId('venue-hours').textContent()).toContain('08:00–21:00');
    await page.getByTestId('venue-unit').fill('3-1-1201');
    await page.getByTestId('venue-contact').fill('张三');
    await page.getByTestId('venue-phone').fill('13800138000');
    await page.getByTestId('venue-purpose').fill('业主生日会');
    await page.getByTestId('venue-attendees').fill('30');
    await expect
      .poll(() => page.getByTestId('venue-charges').textContent())
      .toBe('应收：使用费 100.00 元，押金 200.00 元');
    await page.keyboard.press('Control+s');
    await page.getByTestId('venue-form').waitFor({ state: 'detached' });
    await page.getByTestId('venue-drawer').waitFor();
    await expect.poll(() => page.getByTestId('venue-status').textContent()).toBe('待审批');
    await page.keyboard.press('Escape');
    await page.getByTestId('venue-drawer').waitFor({ state: 'hidden' });

    // The same space at 15:00–17:00 is refused at 开始时间 as she types; so is 20:00–22:00.
    await startBooking(page, '15:00', '17:00');
    const form = page.getByTestId('venue-form');
    await expect
      .poll(() => form.textContent())
      .toContain('该时段已被预约：14:00–16:00（CD-202611-0001），请另选时间');
    // Let the message finish fading in before the picture.
    await page.waitForTimeout(500);
    await screenshot(page, 'venue-clash');
    await page.getByTestId('venue-from').fill('20:00');
    await page.getByTestId('venue-to').fill('22:00');
    await expect
      .poll(() => form.textContent())
      .toContain('超出开放时间：多功能厅当日开放 08:00–21:00');
    // Saving anyway writes nothing: the refusal stays at the field.
    await page.keyboard.press('Control+s');
    await expect.poll(() => form.textContent()).toContain('超出开放时间');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });

    // The week calendar shows it; Tab reaches it and Enter opens it.
    await page.getByRole('tab', { name: '日历' }).click();
    const onCalendar = page.getByTestId('venue-cal-booking');
    await expect.poll(() => onCalendar.count()).toBe(1);
    expect(await onCalendar.textContent()).toContain('14:00–16:00 3-1-1201');
    await screenshot(page, 'venue-calendar');
    await onCalendar.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('venue-drawer').waitFor();

    // The manager approves it, then takes the fee and deposit: one receipt of the ledger.
    await page.getByTestId('venue-approve').click();
    await page.getByTestId('venue-approve-prompt').waitFor();
    await page.keyboard.type('同意');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('venue-status').textContent()).toBe('已批准');
    await page.getByTestId('venue-pay').click();
    await page.getByTestId('venue-pay-form').waitFor();
    await page.getByTestId('venue-pay-method').getByText('微信').click();
    await page.keyboard.press('Control+s');
    await page.getByText('已开收据 SJ2026-000001').waitFor();
    await expect
      .poll(() => page.getByTestId('venue-money').textContent())
      .toContain('已收 300.00 元（收据 SJ2026-000001）');
    await screenshot(page, 'venue-drawer-paid');

    // 场地使用申请表 on A4, with the slot, the unit, the charges and the receipt.
    await printsOneA4(page, session.env.browser, 'venue-print', 'venue-application', [
      '场地使用申请表',
      'CD-202611-0001',
      '多功能厅',
      '会所二楼',
      '14:00–16:00',
      '3-1-1201',
      '业主生日会',
      '100.00元',
      '200.00元',
      'SJ2026-000001',
      '张经理',
    ]);
    await closePreview(page);

    // The ledger has it, from the booking.
    await page.goto(base + '/#/money');
    await expect
      .poll(() => page.getByTestId('ledger-table').textContent())
      .toContain('SJ2026-000001');

    // The today board: the day's booking (due at its start); its approval is done.
    await page.goto(base + '/#/');
    const today = page.locator('[data-testid="today-item"][data-kind="venueBooking"]');
    await expect.poll(() => today.count()).toBe(1);
    expect(await today.textContent()).toContain('多功能厅 11-17 14:00–16:00');
    expect(await page.locator('[data-kind="venueApproval"]').count()).toBe(0);

    // The header search finds it by its number.
    await openFromSearch(page, 'CD-2026', 'venue-drawer', 1);
    await page.keyboard.press('Escape');

    // The monthly review: one booking, its fee and the deposit still held.
    await openScreen(page, 'review', 'review-section-venues');
    const review = page.getByTestId('review-section-venues');
    // The review's sections are rendered when they come into view (issue 21).
    await showCard(page, 'review-section-venues');
    await expect.poll(() => review.textContent()).toContain('押金未退（元）200.00');
    await review.scrollIntoViewIfNeeded();
    await screenshot(page, 'venue-review');

    // After the use (the page clock moved on to 16:30) the deposit comes back, 50 元 kept.
    await page.clock.setSystemTime(Date.parse(`${E2E_TODAY}T16:30:00+08:00`));
    await page.goto(base + '/#/venues?tab=list');
    await page.getByTestId('venue-table').getByText('CD-202611-0001').click();
    await page.getByTestId('venue-refund').click();
    await page.getByTestId('venue-refund-form').waitFor();
    await page.keyboard.type('50');
    await page.getByTestId('venue-refund-reason').fill('椅子损坏一把');
    await page.keyboard.press('Control+s');
    await page.getByText('已开退款凭证 TK2026-000001').waitFor();
    await expect
      .poll(() => page.getByTestId('venue-money').textContent())
      .toContain('已退押金 150.00 元（凭证 TK2026-000001） · 扣 50.00 元：椅子损坏一把');
    await expect.poll(() => page.getByTestId('venue-status').textContent()).toBe('已使用');
    expect(errors).toEqual([]);
  });
});
