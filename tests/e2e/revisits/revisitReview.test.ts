/**
 * 回访管理 in the built renderer: a community event's 30 % revisit list and one revisit; the
 * week's revisit review signed by the signed-in manager with her own PIN (a wrong PIN refused),
 * with a follow-up that is then marked done.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { fillIn, firstRunAt, showsText } from '../desk';

const session = withApp();

describe('revisits of events and the weekly review, end to end', () => {
  it('draws an event’s revisit list, and signs the week’s review with the PIN', async () => {
    const { page, errors } = session.app;
    await firstRunAt(page, 'revisits', 'revisits-page');

    // A community event with ten participants: three are drawn for the revisit.
    await page.keyboard.press('Alt+n');
    await page.getByTestId('event-title').fill('重阳敬老茶话会');
    const people = Array.from({ length: 10 }, (_, i) => `1-${101 + i} 住户${i + 1}`).join('\n');
    await page.getByTestId('event-people').fill(people);
    await page.getByTestId('event-save').click();
    await page.getByTestId('event-drawer').waitFor();
    await expect
      .poll(() => page.getByTestId('event-sample').locator('.ant-list-item').count())
      .toBe(3);
    await page.locator('[data-testid^="event-revisit-"]').first().click();
    await page.getByTestId('person-revisit-ok').click();
    await showsText(page, 'event-sample', '满意（');
    await screenshot(page, 'revisits-event');
    await page.keyboard.press('Escape');
    await page.getByTestId('event-drawer').waitFor({ state: 'detached' });

    // This week waits for its review; the manager signs it with her PIN.
    await page.getByRole('tab', { name: '回访记录检查' }).click();
    const sign = page.getByTestId('review-sign-weekly-2026-11-16');
    await sign.click();
    await page.getByTestId('sign-review').waitFor();
    await expect
      .poll(() => page.getByTestId('sign-counts').textContent())
      .toBe('本期回访记录 1 条，其中不满意 0 条');
    await fillIn(page, {
      'sign-findings': '回访记录完整，签名齐全',
      'sign-followups': '下周抽查茶话会其余回访',
      'sign-pin': '000000',
    });
    await page.keyboard.press('Enter');
    await page.getByTestId('sign-error').waitFor();
    await page.getByTestId('sign-pin').fill('135790');
    await screenshot(page, 'revisits-sign');
    await page.keyboard.press('Enter');
    await page.getByTestId('sign-review').waitFor({ state: 'detached' });
    await showsText(page, 'reviews-signed', '回访记录完整，签名齐全');
    await expect
      .poll(() => page.getByTestId('reviews-pending').textContent())
      .not.toContain('2026-11-16 至 2026-11-22');
    await page.getByTestId('review-followup-done-0').click();
    await showsText(page, 'reviews-signed', '下周抽查茶话会其余回访（张经理 完成）');
    await screenshot(page, 'revisits-reviews');
    expect(errors).toEqual([]);
  });
});
