/**
 * Visitors in the built renderer: sign in with a checked ID, see who is still inside, sign out,
 * come back through quick re-entry, and a refusal recorded with its reason. IDs show masked.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { checkInVisitor, fillIn, firstRunAt, OVERNIGHT_VISITOR, showsText } from '../desk';

const session = withApp();

describe('visitors, end to end', () => {
  it('in, inside list, out, quick re-entry, refusal', async () => {
    const { page, errors } = session.app;
    await firstRunAt(page, 'visitors', 'visitors-page');

    // A wrong check digit is refused at the field.
    await checkInVisitor(page, {
      name: '李四',
      id: '110105194912310021',
      unit: '3-1-1201',
      reason: '探亲',
    });
    await showsText(page, 'visitor-form', '校验');
    await page.getByTestId('visitor-id').fill('11010519491231002X');
    await page.getByTestId('visitor-check-in').click();
    await expect.poll(() => page.getByTestId('inside-name').allTextContents()).toEqual(['李四']);
    // Two live lists: the register catches up on its own query.
    await showsText(page, 'visitors-table', '110***********002X');
    expect(await page.getByTestId('visitors-table').textContent()).not.toContain(
      '11010519491231002X',
    );
    await screenshot(page, 'visitors-inside');

    await page.getByTestId('visitor-check-out').click();
    await expect.poll(() => page.getByTestId('inside-name').count()).toBe(0);

    await page.getByTestId('visitor-quick').fill('李');
    await page.getByText('李四 110***********002X → 3-1-1201').click();
    await expect.poll(() => page.getByTestId('visitor-reason').inputValue()).toBe('探亲');
    await page.getByTestId('visitor-reason').fill('送文件');
    await page.getByTestId('visitor-check-in').click();
    await expect.poll(() => page.getByTestId('inside-name').allTextContents()).toEqual(['李四']);

    await fillIn(page, {
      'visitor-name': '王五',
      'visitor-id': '11010519491231002X',
      'visitor-unit': '5-301',
      'visitor-reason': '找人',
    });
    await page.getByTestId('visitor-refuse').click();
    await page.getByTestId('visitor-refuse-reason').fill('证件与本人不符');
    await page.getByTestId('visitor-refuse').click();
    await expect
      .poll(() => page.getByTestId('visit-name').allTextContents())
      .toEqual(['王五', '李四', '李四']);
    expect(await page.getByTestId('inside-name').allTextContents()).toEqual(['李四']);
    await showsText(page, 'visitors-table', '拒绝进入');
    await screenshot(page, 'visitors-history');
    expect(errors).toEqual([]);
  });

  it('calls out a visitor still inside after 24 hours, with a filter for them', async () => {
    const { page, errors } = session.app;
    // 赵六 signs in "yesterday": the page's clock is set back 25 hours for the check-in, and
    // the register opened afresh at that time (a screen's clock only ever moves forward).
    const pageNow = await page.evaluate(() => Date.now());
    await page.clock.setFixedTime(new Date(pageNow - 25 * 3_600_000));
    await page.goto(session.env.baseUrl + '/#/');
    await page.goto(session.env.baseUrl + '/#/visitors');
    await checkInVisitor(page, OVERNIGHT_VISITOR);
    await expect.poll(() => page.getByTestId('inside-name').count()).toBe(2);
    expect(await page.getByTestId('visitors-overstay').count()).toBe(0);

    await page.clock.setFixedTime(new Date(pageNow));
    await page.goto(session.env.baseUrl + '/#/');
    await page.goto(session.env.baseUrl + '/#/visitors');
    const alert = page.getByTestId('visitors-overstay');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('1 位访客超过24小时未离开');
    await page.getByTestId('visitors-overstay-filter').click();
    await expect.poll(() => page.getByTestId('inside-name').allTextContents()).toEqual(['赵六']);
    // antd puts the test id on the <input> itself.
    await expect.poll(() => page.getByTestId('visitors-overstay-filter').isChecked()).toBe(true);
    await screenshot(page, 'visitors-overstay');

    await page.getByTestId('visitor-check-out').click();
    await alert.waitFor({ state: 'detached' });
    await page.getByTestId('visitors-overstay-filter').click();
    await expect.poll(() => page.getByTestId('inside-name').allTextContents()).toEqual(['李四']);
    expect(errors).toEqual([]);
  });
});
