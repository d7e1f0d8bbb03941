/**
 * A price below the standard at the desk (issue 15): the receipt form asks for the
 * supervisor's authorisation (who, her PIN, why); a wrong PIN is refused, the right one
 * issues the receipt, and the cash-up lists it with who authorised it.
 */
import { describe, expect, it } from 'vitest';
import { DEPOSIT_RECEIPT, fillIn, firstRunAt, showsText, startReceipt } from '../desk';
import { pick, screenshot } from '../harness';
import { withApp } from '../lifecycle';

const session = withApp();

describe('price below the standard, end to end', () => {
  it('needs a supervisor PIN and a reason, and shows on the cash-up', async () => {
    const { page, errors } = session.app;
    await page.clock.setFixedTime(new Date('2026-11-17T02:30:00Z'));
    await firstRunAt(page, 'money', 'money-page');

    await startReceipt(page, DEPOSIT_RECEIPT.payer, [DEPOSIT_RECEIPT.items[0]]);
    await expect.poll(() => page.getByTestId('price-approval').count()).toBe(0);
    await page.getByTestId('receipt-line-0-price').fill('500');
    await page.getByTestId('price-approval').waitFor();

    // Without an approver and a reason the form says so at the fields.
    await page.getByTestId('receipt-submit').click();
    await showsText(page, 'receipt-form', '请选择授权主管');
    await pick(page, 'price-approver', '张经理');
    await fillIn(page, { 'price-reason': '老业主减半', 'price-pin': '000000' });
    await screenshot(page, 'receipt-price-override');
    await page.getByTestId('receipt-submit').click();
    await showsText(page, 'receipt-error', 'PIN');

    // The right PIN: the receipt is issued at 500 元 and previewed.
    await page.getByTestId('price-pin').fill('135790');
    await page.getByTestId('receipt-submit').click();
    await page.getByTestId('print-preview').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('ledger-no').count()).toBe(1);

    await page.goto(session.env.baseUrl + '/#/cashup');
    await expect
      .poll(() => page.getByTestId('doc-below-standard').first().textContent())
      .toContain('张经理授权（老业主减半）');
    await screenshot(page, 'cashup-price-override');
    // The print preview's sandboxed frame refusing scripts is the preview working as meant.
    expect(errors.filter((e) => !e.includes('about:srcdoc'))).toEqual([]);
  });
});
