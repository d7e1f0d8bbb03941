/**
 * A complaint through the desk in the built renderer: intake by keyboard → classify → dispatch
 * (print the form) → department reply → result → revisit 不满意 reopens → result again →
 * revisit 满意; then the monthly form shows the counts and rates.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closePreview, E2E_MONTH, pick, screenshot, typeDate } from '../harness';
import { withApp } from '../lifecycle';
import { choose, firstRunAt, showsText } from '../desk';
import { expectAll, previewChecked } from '../pdfChecks';

const session = withApp();

async function step(page: Page, action: string, fill: () => Promise<void>) {
  await page.getByTestId(`case-action-${action}`).click();
  await page.getByTestId('case-action-form').waitFor();
  await fill();
  await page.keyboard.press('Control+s');
  await page.getByTestId('case-action-form').waitFor({ state: 'detached' });
}

const status = (page: Page) => page.getByTestId('case-drawer-status').textContent();

describe('complaints at the desk, end to end', () => {
  it('takes a complaint through dispatch, a 不满意 revisit and back to 满意', async () => {
    const { page, errors } = session.app;
    await firstRunAt(page, 'complaints', 'complaints-page');

    // Intake by keyboard: Alt+N, the customer first, Enter through the fields, Ctrl+S.
    await page.keyboard.press('Alt+n');
    await page.getByTestId('intake-form').waitFor();
    await showsText(page, 'intake-say', '非常抱歉');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    await expect.poll(focused).toBe('intake-customer');
    await page.keyboard.type('赵六');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('intake-unit');
    await page.keyboard.press('Enter');
    await page.keyboard.type('13912345678');
    await page.getByTestId('intake-content').fill('地下车库入口的灯坏了');
    await screenshot(page, 'complaints-intake');
    await page.keyboard.press('Control+s');
    await page.getByTestId('case-drawer').waitFor();
    const no = `TS-${E2E_MONTH.replace('-', '')}-0001`;
    await expect.poll(() => page.locator('.ant-drawer-title').textContent()).toContain(no);
    await expect.poll(() => status(page)).toBe('待处理');

    await step(page, 'classify', async () => {
      await choose(page, 'case-category', '一类');
      await choose(page, 'case-severity', '重大');
      await choose(page, 'case-valid', '有效投诉');
    });
    await step(page, 'dispatch', async () => {
      await pick(page, 'case-department', '工程部');
    });
    await expect.poll(() => status(page)).toBe('已派单');

    await page.getByTestId('case-print').click();
    const pdf = await previewChecked(page, session.env.browser, 'flow-complaint-dispatch');
    expectAll(pdf.flat + pdf.flatRaw, [
      no,
      '赵六',
      '地下车库入口的灯坏了',
      '一类',
      '重大',
      '工程部',
    ]);
    await closePreview(page);

    await step(page, 'departmentReply', async () => {
      // A day alone: the office day's end, 17:30. Typed first: Tab leaves the form's last box.
      await typeDate(page, 'case-dueBy', '2030-01-02');
      await expect.poll(() => page.getByTestId('case-dueBy').inputValue()).toBe('2030-01-02 17:30');
      await page.getByTestId('case-action').fill('更换灯具');
    });
    await step(page, 'close', async () => {
      await page.getByTestId('case-result').fill('已更换灯具');
    });
    await expect.poll(() => status(page)).toBe('已处理待回访');
    await screenshot(page, 'complaints-drawer');

    // 不满意 needs the reason; then the case is open again.
    await page.getByTestId('case-action-revisit').click();
    await choose(page, 'case-satisfaction', '不满意');
    await page.keyboard.press('Control+s');
    await showsText(page, 'case-action-form', '客户不满意时请填写原因');
    await page.getByTestId('case-comment').fill('灯还是闪');
    await page.keyboard.press('Control+s');
    await page.getByTestId('case-action-form').waitFor({ state: 'detached' });
    await expect.poll(() => status(page)).toBe('待处理');
    await showsText(page, 'case-history', '灯还是闪');

    await step(page, 'close', async () => {
      await page.getByTestId('case-result').fill('更换镇流器');
    });
    await step(page, 'revisit', async () => {
      await page.getByTestId('case-satisfaction').getByText('满意', { exact: true }).click();
      await page.getByTestId('case-signed').check();
    });
    await expect.poll(() => status(page)).toBe('已回访');
    await showsText(page, 'case-revisits', '签字：赵六');
    await page.keyboard.press('Escape');

    // The monthly form: one complaint, valid; closed on time; two revisits, one satisfied.
    await page.getByRole('tab', { name: '月度报表' }).click();
    await expect.poll(() => page.getByTestId('monthly-received').textContent()).toBe('1');
    await expect.poll(() => page.getByTestId('rate-valid').textContent()).toBe('100%');
    await expect.poll(() => page.getByTestId('rate-onTime').textContent()).toBe('100%');
    await expect.poll(() => page.getByTestId('rate-satisfaction').textContent()).toBe('50%');
    // The revisit falls due 3 days after the close (004), still in this month (E2E_NOW is
    // the 17th), so it counts towards the revisit rate.
    await expect.poll(() => page.getByTestId('rate-revisit').textContent()).toBe('100%');
    await screenshot(page, 'complaints-monthly');
    await page.getByTestId('monthly-print').click();
    const mpdf = await previewChecked(page, session.env.browser, 'flow-complaint-monthly');
    expectAll(mpdf.flat + mpdf.flatRaw, [
      '投诉情况月度汇总单',
      '受理总数：1',
      '投诉有效率100%1/1',
      '满意率50%1/2',
      no,
    ]);
    await page.keyboard.press('Escape');

    // The queue is empty now.
    await page.getByRole('tab', { name: '工作队列' }).click();
    await showsText(page, 'queue-counts', '待回访 0');
    expect(errors).toEqual([]);
  });
});
