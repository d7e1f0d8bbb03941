/**
 * Enquiries at the desk in the built renderer: a call recorded by keyboard (Enter through the
 * fields, the topic from the type-ahead, Ctrl+Enter), handed over with a reason, turned into a
 * complaint and another into a work order (each record links the other), found by the header
 * search, and an unsettled one on its owner's today board a working day later.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addOperator, completeFirstRun, E2E_NOW, E2E_YEAR, pick, screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { openScreen, showsText } from '../desk';

const session = withApp();

const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

/** Records one enquiry through the form, by keyboard only; returns with its drawer open. */
async function record(page: Page, caller: string, topic: string, question: string) {
  await page.keyboard.press('Alt+n');
  await page.getByTestId('enquiry-form').waitFor();
  await expect.poll(() => focused(page)).toBe('enquiry-caller');
  await page.keyboard.type(caller);
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('enquiry-unit');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('enquiry-phone');
  await page.keyboard.type('13812345678');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('enquiry-topic');
  await page.keyboard.type(topic.slice(0, 1));
  // The type-ahead highlights the first topic.
  await page.locator(`[data-typeahead-q="${topic.slice(0, 1)}"]`).waitFor();
  // Enter takes it and a second Enter at once moves on. A busy PC is made here: the pick's
  // keydown keeps the page busy for 150 ms, so the second Enter waits in the browser's input
  // queue, which runs ahead of rc-select's own close of the list (a macrotask after the pick).
  await page.evaluate(() => {
    const busy = (e: KeyboardEvent) => {
      if (e.key !== 'Enter') return;
      window.removeEventListener('keydown', busy, true);
      const until = performance.now() + 150;
      while (performance.now() < until);
    };
    window.addEventListener('keydown', busy, true);
  });
  await Promise.all([page.keyboard.press('Enter'), page.keyboard.press('Enter')]);
  await expect.poll(() => page.getByTestId('enquiry-topic').inputValue()).toBe(topic);
  await expect.poll(() => focused(page)).toBe('enquiry-question');
  await page.keyboard.type(question);
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('enquiry-answer');
  await page.keyboard.type('已记录，稍后回复');
  await page.keyboard.press('Control+Enter');
  await page.getByTestId('enquiry-drawer').waitFor();
}

async function closeDrawer(page: Page) {
  await page.keyboard.press('Escape');
  await page.getByTestId('enquiry-drawer').waitFor({ state: 'detached' });
}

describe('enquiries and calls, end to end', () => {
  it('records by keyboard, hands over, becomes a complaint and a work order, shows on search and the board', async () => {
    const { page, errors } = session.app;
    await completeFirstRun(page);
    await addOperator(page, '李前台', '2468');
    await openScreen(page, 'enquiries', 'enquiries-page');

    const no = (n: number) => `ZXD${E2E_YEAR}-${String(n).padStart(6, '0')}`;
    await record(page, '王先生', '停车', '月卡怎么办理');
    await expect.poll(() => page.locator('.ant-drawer-title').textContent()).toContain(no(1));
    await expect.poll(() => page.getByTestId('enquiry-drawer-owner').textContent()).toBe('张经理');
    await screenshot(page, 'enquiry-drawer');

    // 转交 to 李前台 with the reason; the hand-over stays on the record.
    await page.getByTestId('enquiry-action-handOver').click();
    await pick(page, 'enquiry-handover-to', '李前台');
    await page.getByTestId('enquiry-handover-reason').fill('需物业费系统核实');
    await page.getByTestId('enquiry-handover-ok').click();
    await expect.poll(() => page.getByTestId('enquiry-drawer-owner').textContent()).toBe('李前台');
    await showsText(page, 'enquiry-handovers', '张经理 → 李前台（张经理 转交）：需物业费系统核实');

    // 转投诉: the intake opens prefilled from the enquiry; the link shows both ways.
    await page.getByTestId('enquiry-action-complaint').click();
    await page.getByTestId('intake-form').waitFor();
    expect(await page.getByTestId('intake-customer').inputValue()).toBe('王先生');
    expect(await page.getByTestId('intake-content').inputValue()).toBe('停车：月卡怎么办理');
    await expect.poll(() => focused(page)).toBe('intake-customer');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('intake-form').waitFor({ state: 'detached' });
    const caseLink = page.getByTestId('enquiry-link');
    await expect.poll(() => caseLink.textContent()).toMatch(/^投诉 TS-\d{6}-0001$/);
    await expect.poll(() => page.getByTestId('enquiry-drawer-status').textContent()).toBe('已转办');
    await caseLink.click();
    await page.getByTestId('case-drawer').waitFor();
    await expect
      .poll(() => page.getByTestId('case-enquiry').textContent())
      .toBe(`来自咨询 ${no(1)}`);
    await screenshot(page, 'enquiry-case-link');

    // A second call becomes a work order.
    await openScreen(page, 'enquiries', 'enquiries-page');
    await record(page, '李女士', '维修', '车库道闸不抬杆');
    await page.getByTestId('enquiry-action-workOrder').click();
    await page.getByTestId('work-order-form').waitFor();
    expect(await page.getByTestId('wo-contact').inputValue()).toBe('李女士');
    expect(await page.getByTestId('wo-problem').inputValue()).toBe('维修：车库道闸不抬杆');
    await page.getByTestId('wo-problem').click();
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('work-order-form').waitFor({ state: 'detached' });
    const orderLink = page.getByTestId('enquiry-link');
    await expect.poll(() => orderLink.textContent()).toMatch(/^派工单 WX-\d{6}-0001$/);
    await orderLink.click();
    await page.getByTestId('wo-drawer').waitFor();
    await expect
      .poll(() => page.getByTestId('wo-drawer-enquiry').textContent())
      .toBe(`来自咨询 ${no(2)}`);

    // A third stays open with me; the header search finds it by number and by caller.
    await openScreen(page, 'enquiries', 'enquiries-page');
    await record(page, '赵阿姨', '物业费', '本月物业费多少');
    await closeDrawer(page);
    await expect.poll(() => page.getByTestId('enquiry-no').count()).toBe(3);
    await screenshot(page, 'enquiry-list');
    const search = page.getByRole('combobox', { name: '全局搜索' });
    await search.fill(no(3));
    await page
      .getByTestId('search-hit')
      .filter({ hasText: no(3) })
      .first()
      .waitFor();
    await search.press('Enter');
    await page.getByTestId('enquiry-drawer').waitFor();
    await expect.poll(() => page.locator('.ant-drawer-title').textContent()).toContain(no(3));
    await closeDrawer(page);

    // Not yet a working day old: not on the board. A day later it is, on mine.
    await openScreen(page, '', 'home-page');
    expect(await page.locator('[data-kind="enquiryUnsettled"]').count()).toBe(0);
    // Wednesday 12:30, a working day and two hours after the enquiry fell due.
    await page.clock.setSystemTime(new Date(E2E_NOW + 26 * 3_600_000));
    await page.reload();
    await page.getByTestId('home-page').waitFor();
    const item = page.locator('[data-kind="enquiryUnsettled"]');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain(no(3));
    await screenshot(page, 'enquiry-today-board');
    await item.click();
    await page.getByTestId('enquiry-drawer').waitFor();

    expect(errors).toEqual([]);
  });
});
