/**
 * The desk's other registers of issue 6 part B, end to end in the built renderer: a shift
 * handover that refuses to close with an open item (交接班不到位不走), a release pass issued,
 * found, printed and let out, a key lent and returned, and a move-in checked and completed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addOperator, completeFirstRun, E2E_YEAR, screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { readPreviewPdf, squash } from '../pdf';
import {
  fillIn,
  loadDemo,
  moveInDocuments,
  openScreen,
  showsText,
  startMoveIn,
  startReleasePass,
  tickMoveInChecklist,
} from '../desk';
import { expectAll } from '../pdfChecks';

const session = withApp();

async function previewText(page: Page, name: string): Promise<{ text: string; pages: number }> {
  const pdf = await readPreviewPdf(page, session.env.browser, name);
  return { text: squash(pdf.text), pages: pdf.pages };
}

describe('move-in, release passes, keys and handover, end to end', () => {
  it('handover shows the cash-up, is taken over by an operator with her own PIN, refuses an open item', async () => {
    const { page, errors } = session.app;
    await completeFirstRun(page);
    await addOperator(page, '李前台', '2468');

    // The leaving clerk (张经理) cashes up first and names whom the cash goes to.
    await page.goto(session.env.baseUrl + '/#/handover');
    await page.getByTestId('handover-start').click();
    await page.getByTestId('handover-open').waitFor();
    await showsText(page, 'handover-cash', '尚未交班对账');
    await page.goto(session.env.baseUrl + '/#/cashup');
    await page.getByTestId('cashup-float').fill('200');
    await expect.poll(() => page.getByTestId('cashup-expected').textContent()).toBe('200.00');
    await fillIn(page, { 'cashup-counted': '200', 'cashup-handed-to': '李前台' });
    await page.getByTestId('cashup-close').click();
    await page.locator('.ant-message-success').first().waitFor();

    await openScreen(page, 'handover', 'handover-open');
    // The cash handed over comes from the cash-up record, with its figures.
    await showsText(page, 'handover-cash', '点钞 200.00 元，交给 李前台');
    expect(await page.getByTestId('handover-cash-difference').textContent()).toBe('账款相符');
    // 接班人 is picked from the operators; the cash-up named 李前台, so she is picked already,
    // and the leaving clerk is not offered.
    await showsText(page, 'handover-to', '李前台');
    await page.getByTestId('handover-to').click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect.poll(() => options.allTextContents()).toEqual(['李前台（前台）']);
    await page.keyboard.press('Escape');

    await page.getByTestId('handover-item-input').fill('3-1-1201 漏水，工程部明早回复');
    await page.keyboard.press('Enter');
    await page.getByTestId('handover-item-0').waitFor();
    await fillIn(page, { 'handover-log': '上午巡查正常', 'handover-pin': '2468' });
    await page.getByTestId('handover-close').click();
    await showsText(page, 'handover-error', '未经接班人确认');
    expect(await page.getByTestId('handover-open').count()).toBe(1);
    await screenshot(page, 'handover-01-refused');

    await page.getByTestId('handover-ack-0').click();
    // The leaving clerk's own PIN does not confirm for the taker.
    await page.getByTestId('handover-pin').fill('135790');
    await page.getByTestId('handover-pin').press('Enter');
    await showsText(page, 'handover-open', 'PIN 码错误，还可以再试 4 次');
    expect(await page.getByTestId('handover-open').count()).toBe(1);
    await screenshot(page, 'handover-02-wrong-pin');
    await page.getByTestId('handover-pin').fill('2468');
    await page.getByTestId('handover-pin').press('Enter');
    await page.getByTestId('handover-start').waitFor();
    const history = page.getByTestId('handover-history');
    await expect.poll(() => history.textContent()).toContain('李前台');
    expect(await history.textContent()).toContain('上午巡查正常');
    expect(await history.textContent()).toContain('200.00');

    // The item was acknowledged, not closed: it comes over to the next shift.
    await page.getByTestId('handover-start').click();
    await showsText(page, 'handover-item-0', '漏水');
    await page.getByTestId('handover-close-item-0').click();
    await page.getByTestId('handover-close-note').fill('已修好');
    await page.getByTestId('handover-close-note-ok').click();
    await showsText(page, 'handover-item-0', '已办结');
    await screenshot(page, 'handover-03-carried');
    expect(errors).toEqual([]);
  });

  it('issues a release pass, finds it, prints both parts and lets the guard check it out', async () => {
    const { page, errors } = session.app;
    await openScreen(page, 'release', 'release-page');
    const company = { company: '顺达科技有限公司', approved: '王经理' };
    await startReleasePass(page, { ...company, carrier: '李四' });
    await page.getByTestId('release-item-0').fill('打印机');
    await page.locator('#release-qty-0').fill('2');
    await page.getByTestId('release-add-item').click();
    await page.getByTestId('release-item-1').fill('显示器');
    await screenshot(page, 'release-01-form');
    await page.keyboard.press('Control+s');
    const printed = await previewText(page, 'flow-release-pass');
    expect(printed.pages).toBe(1);
    expectAll(printed.text, ['顺达科技有限公司', '打印机', '显示器', '存根联', '出门联']);
    await page.keyboard.press('Escape');

    // A pass with dangerous goods is kept as refused.
    await page.getByTestId('release-new').click();
    await fillIn(page, {
      'release-company': company.company,
      'release-carrier': '赵六',
      'release-approved': company.approved,
      'release-item-0': '液化气罐',
    });
    await page.keyboard.press('Control+s');
    await showsText(page, 'release-table', '拒绝放行');

    await page.getByTestId('release-search').locator('input').fill('李四');
    await expect.poll(() => page.getByTestId('release-table').locator('tbody tr').count()).toBe(1);
    const no = `FX-${E2E_YEAR}`;
    const checkout = page.locator(`[data-testid^="release-checkout-${no}"]`);
    await checkout.click();
    await page.getByTestId('release-guard').fill('门岗 陈');
    await page.keyboard.press('Enter');
    await showsText(page, 'release-table', '已放行');
    await page.getByTestId('release-search').locator('input').fill('');
    await screenshot(page, 'release-02-register');
    expect(errors).toEqual([]);
  });

  it('lends a key and takes it back', async () => {
    const { page, errors } = session.app;
    await openScreen(page, 'keys', 'keys-page');
    await page.getByTestId('key-new').click();
    await fillIn(page, { 'key-label': 'K-01', 'key-name': '配电房' });
    await page.keyboard.press('Control+s');
    await page.getByTestId('key-lend-K-01').click();
    await fillIn(page, { 'lend-borrower': '工程部 刘师傅', 'lend-reason': '检修配电柜' });
    await page.keyboard.press('Control+s');
    await showsText(page, 'keys-table', '借出');
    await screenshot(page, 'keys-01-lent');
    await page.getByText('借还记录').click();
    await page.getByTestId('key-return-K-01').click();
    await page.getByText('钥匙柜').click();
    await showsText(page, 'keys-table', '在柜');
    expect(errors).toEqual([]);
  });

  it('checks in a move-in by the agent checklist and completes it with the property fee', async () => {
    const { page, errors } = session.app;
    await loadDemo(page);
    const applicant = {
      'movein-name': '唐晓东',
      'movein-phone': '13812345678',
      'movein-agent': '唐小北',
    };
    await startMoveIn(page, '1-1-101', applicant, '委托代办');
    const docs = moveInDocuments(page);
    expect(await docs.count()).toBe(5);
    await tickMoveInChecklist(page, 4, { water: '12', power: '345' });
    await showsText(page, 'movein-checklist', '受托人身份证');
    expect(await page.getByTestId('movein-complete').isDisabled()).toBe(true);
    await docs.nth(4).check();
    await page.getByTestId('movein-defect-text').fill('主卧窗框渗水');
    await page.getByTestId('movein-defect-add').click();
    await showsText(page, 'movein-defects', '工作单 WX-');
    await page.getByTestId('movein-fee').fill('864');
    await screenshot(page, 'movein-01-checklist');
    await page.getByTestId('movein-complete').click();
    await expect.poll(() => page.getByTestId('movein-status').textContent()).toBe('已交房');
    expect(await page.getByTestId('movein-completed').textContent()).toContain('SJ');
    await page.keyboard.press('Escape');
    await showsText(page, 'movein-table', '已交房');
    await screenshot(page, 'movein-02-register');
    expect(errors).toEqual([]);
  });
});
