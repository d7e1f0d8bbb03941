/**
 * Property fees in the built renderer: bill the demo estate for two months, pay part of a unit's
 * bills by keyboard (one SJ receipt of the ledger), void that receipt (the bills reopen), chase
 * a unit with a promise that then passes (the today board shows it), and batch-print 催缴通知书
 * as a real PDF. The clock is E2E_NOW (2026-11-17) until the promise is made to pass.
 */
import { describe, expect, it } from 'vitest';
import { E2E_YEAR, screenshot, typeDate } from '../harness';
import { choose, demoAt, generateBills, openUnitBills, showsText } from '../desk';
import { withApp } from '../lifecycle';
import { readPreviewPdf, squash } from '../pdf';

const session = withApp();

describe('property fees, end to end', () => {
  it('bills, part-pays, voids, chases and prints notices', async () => {
    const { page, errors } = session.app;
    await demoAt(page, 'fees', 'fees-page');
    await generateBills(page, '2026-09');
    await generateBills(page, `${E2E_YEAR}-11`);
    const first = await page.getByTestId('generate-result').textContent();
    await screenshot(page, 'fees-generate');
    // Again for November: nothing is billed twice.
    await page.getByTestId('generate-run').click();
    await expect
      .poll(() => page.getByTestId('generate-result').textContent())
      .toMatch(/已生成 0 条账单.*已有 \d+ 条未重复生成/);
    expect(first).toMatch(/已生成 \d+ 条账单/);

    // Arrears: every demo unit owes September (3 months old) and November.
    await page.getByRole('tab', { name: '欠费催缴' }).click();
    await expect
      .poll(() => page.getByTestId('arrears-summary').textContent())
      .toMatch(/欠费 \d+ 户/);
    const row = page.getByTestId('arrears-table').locator('tr', { hasText: '1-1-101' });
    // 89.56 ㎡ × 1.50 元 = 134.34 元 a month, two months.
    await expect.poll(() => row.textContent()).toContain('268.68');
    await screenshot(page, 'fees-arrears');

    // Pay 150 元 by keyboard: September settles, November is part-paid.
    await page.getByTestId('arrears-pay-1-1-101').click();
    await page.getByTestId('pay-form').waitFor();
    await page.getByTestId('pay-amount').fill('150');
    await showsText(page, 'pay-plan', '本次结清 2 笔 150.00 元');
    await screenshot(page, 'fees-pay');
    await page.getByTestId('pay-amount').press('Control+s');
    const receipt = await readPreviewPdf(page, session.env.browser, 'fees-receipt');
    const receiptText = squash(receipt.text + receipt.raw);
    expect(receiptText).toContain(`SJ${E2E_YEAR}-000001`);
    expect(receiptText).toContain('物业管理费（2026年9月）');
    expect(receiptText).toContain('壹佰伍拾元整');
    await page.keyboard.press('Escape');
    await expect.poll(() => row.textContent()).toContain('118.68');

    // The unit's page: its bills and the payment.
    await openUnitBills(page, '1-1-101');
    await showsText(page, 'unit-owed', '118.68');
    await showsText(page, 'unit-payments', `SJ${E2E_YEAR}-000001`);
    await screenshot(page, 'fees-unit');

    // Voided in the ledger: the bills are open again.
    await page.goto(session.env.baseUrl + '/#/money');
    await page.getByTestId('ledger-void').first().click();
    await page.getByTestId('void-reason').fill('收错户');
    await page.getByTestId('void-submit').click();
    await expect.poll(() => page.getByTestId('ledger-void-tag').count()).toBe(1);
    await page.goto(session.env.baseUrl + '/#/fees');
    const again = page.getByTestId('arrears-table').locator('tr', { hasText: '1-1-101' });
    await expect.poll(() => again.textContent()).toContain('268.68');

    // Chase 1-1-102: the owner promises to pay tomorrow.
    await page.getByTestId('arrears-chase-1-1-102').click();
    await choose(page, 'chase-kind', '承诺缴费');
    await typeDate(page, 'chase-promise-date', '2026-11-18');
    await page.getByTestId('chase-note').fill('业主电话承诺明天来交');
    await page.getByTestId('chase-note').press('Enter');
    await page.getByTestId('chase-form').waitFor({ state: 'detached' });
    await expect
      .poll(() =>
        page.getByTestId('arrears-table').locator('tr', { hasText: '1-1-102' }).textContent(),
      )
      .toContain('承诺缴费');

    // Batch print 催缴通知书 for two units on A4, two a sheet.
    const table = page.getByTestId('arrears-table');
    await table.locator('tr', { hasText: '1-1-101' }).locator('.ant-checkbox-input').check();
    await table.locator('tr', { hasText: '1-1-102' }).locator('.ant-checkbox-input').check();
    await page.getByTestId('print-dunning-notices').click();
    const notices = await readPreviewPdf(page, session.env.browser, 'fees-dunning-a4');
    const noticeText = squash(notices.text + notices.raw);
    expect(notices.pages).toBe(1);
    expect(Math.round(notices.widthPt)).toBe(595);
    expect(noticeText).toContain('催缴通知书');
    expect(noticeText).toContain('1-1-101');
    expect(noticeText).toContain('1-1-102');
    expect(noticeText).toContain('贰佰陆拾捌元陆角捌分');
    await page.keyboard.press('Escape');

    // Three days on, the promise has passed and 1-1-102 still owes: on the today board.
    await page.clock.setSystemTime(Date.parse('2026-11-20T09:00:00+08:00'));
    await page.goto(session.env.baseUrl + '/#/');
    await expect.poll(() => page.locator('body').textContent()).toContain('承诺缴费已过期');
    await screenshot(page, 'fees-today');
    expect(errors).toEqual([]);
  });
});
