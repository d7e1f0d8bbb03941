/**
 * The desk's money flow in the built renderer (browser host): take a payment, print it, void a
 * wrong receipt as supervisor, refund a deposit with a deduction, close the shift with a
 * difference that must be explained. Each printed document is taken from the preview (the
 * exact HTML the host would print) and checked as a PDF.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, DEPOSIT_RECEIPT, firstRunAt, showsText, startReceipt } from '../desk';
import { E2E_YEAR, pick } from '../harness';
import { withApp } from '../lifecycle';
import { readPreviewPdf, squash } from '../pdf';
import { expectAll } from '../pdfChecks';

const session = withApp();

/** The previewed document as a PDF, read back as text (no spaces). */
async function previewPdf(page: Page, name: string): Promise<{ text: string; pages: number }> {
  const pdf = await readPreviewPdf(page, session.env.browser, name);
  return { text: squash(pdf.text + pdf.raw), pages: pdf.pages };
}

describe('money at the desk, end to end', () => {
  it('takes, prints, voids, refunds and closes the shift', async () => {
    const { page, errors } = session.app;
    await firstRunAt(page, 'money', 'money-page');

    // 收款: the owner's deposit and permit fee, double-clicked.
    await startReceipt(page, DEPOSIT_RECEIPT.payer, [...DEPOSIT_RECEIPT.items]);
    await page.getByTestId('receipt-submit').dblclick();
    const receipt = await previewPdf(page, 'flow-receipt');
    const year = E2E_YEAR;
    expect(receipt.pages).toBe(1);
    expectAll(receipt.text, [
      `SJ${year}-000001`,
      '李四',
      '¥1,020.00',
      '壹仟零贰拾元整',
      '第一联存根',
    ]);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByTestId('ledger-no').allTextContents())
      .toEqual([`SJ${year}-000001`]);

    // A wrong receipt, voided by the supervisor with a reason.
    await page.getByTestId('money-issue').click();
    await page.getByTestId('receipt-payer').fill('王五');
    await pick(page, 'receipt-line-0-item', '有偿服务费');
    await page.getByTestId('receipt-line-0-price').fill('35.555');
    await showsText(page, 'receipt-form', '金额最多两位小数（到分）');
    await page.getByTestId('receipt-line-0-price').fill('35.5');
    await choose(page, 'receipt-method', '微信');
    await page.keyboard.press('Control+s');
    await page.getByTestId('print-preview').waitFor();
    await page.keyboard.press('Escape');
    // The list refreshes live; void only once the new receipt heads it, not the deposit.
    await expect
      .poll(() => page.getByTestId('ledger-no').allTextContents())
      .toEqual([`SJ${year}-000002`, `SJ${year}-000001`]);
    await page.getByTestId('ledger-void').first().click();
    await page.getByTestId('void-reason').fill('金额录错');
    await page.getByTestId('void-submit').click();
    await expect.poll(() => page.getByTestId('ledger-void-tag').count()).toBe(1);

    // Refund the deposit, less 100 for the lost permit.
    await page.getByTestId('ledger-refund').first().click();
    await page.getByTestId('refund-add-deduction').click();
    await pick(page, 'refund-deduction-0-fee', '遗失施工许可证');
    await showsText(page, 'refund-total', '¥900.00');
    await page.getByTestId('refund-submit').click();
    const voucher = await previewPdf(page, 'flow-refund');
    expectAll(voucher.text, [
      `TK${year}-000001`,
      `SJ${year}-000001`,
      '玖佰元整',
      '遗失施工许可证100.00',
    ]);
    await page.keyboard.press('Escape');
    await showsText(page, 'ledger-totals', '净收 ¥120.00；作废 1 笔');

    // Close the shift: 20 short, refused until explained.
    await page.goto(session.env.baseUrl + '/#/cashup');
    await page.getByTestId('cashup-float').fill('500');
    await expect.poll(() => page.getByTestId('cashup-expected').textContent()).toBe('620.00');
    await page.getByTestId('cashup-counted').fill('600');
    await page.getByTestId('cashup-close').click();
    await showsText(page, 'cashup-shift', '账款不相符（短款 20.00 元），请说明原因后再交班');
    await page.getByTestId('cashup-explanation').fill('多收五元未找零，已联系业主');
    await page.getByTestId('cashup-close').click();
    const sheet = await previewPdf(page, 'flow-cashup');
    expectAll(sheet.text, [
      '交班对账单',
      '应有现金620.00',
      '实点现金600.00',
      '短款20.00',
      '陆佰元整',
      '多收五元未找零',
    ]);
    expect(errors).toEqual([]);
  });
});
