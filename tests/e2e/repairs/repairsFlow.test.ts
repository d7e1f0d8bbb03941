/**
 * Repairs and paid services in the built renderer (browser host): take down an emergency
 * repair and print its work order, find it, record the result, revisit "not satisfied" (it
 * reopens), fix and revisit again (it closes); then a paid cleaning: result with a charge, the
 * charge notice, the receipt through the ledger, close. Printed pages are checked as PDFs.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, fillIn, firstRunAt, openScreen, showsText, startEmergencyRepair } from '../desk';
import { closePreview, E2E_MONTH, E2E_YEAR, screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { readPreviewPdf, squash } from '../pdf';
import { expectAll } from '../pdfChecks';

const session = withApp();

async function previewPdf(page: Page, name: string): Promise<string> {
  const pdf = await readPreviewPdf(page, session.env.browser, name);
  return squash(pdf.text + pdf.raw);
}

const statuses = (page: Page) => page.getByTestId('wo-row-status').allTextContents();

describe('repairs and paid services, end to end', () => {
  it('an emergency repair: print, find, result, revisit not satisfied, again, closed', async () => {
    const { page, errors } = session.app;
    await firstRunAt(page, 'repairs', 'repair-page');
    const no = `WX-${E2E_MONTH.replace('-', '')}-0001`;

    await startEmergencyRepair(page);
    await screenshot(page, 'repairs-form');
    await page.getByTestId('wo-problem').press('Control+s');
    const order = await previewPdf(page, 'flow-work-order');
    expectAll(order, ['维修派工单', no, '卫生间水管爆裂', '紧急抢修', '工程部', '客户签字']);
    await closePreview(page);

    await page.getByTestId('wo-search').fill('8000');
    await expect.poll(() => page.getByTestId('wo-row-no').allTextContents()).toEqual([no]);
    await page.getByTestId('wo-result').click();
    await fillIn(page, { 'wo-result-done': '更换三通，试水无渗漏', 'wo-result-worker': '李师傅' });
    await page.getByTestId('wo-result-save').click();
    await expect.poll(() => statuses(page)).toEqual(['已完工']);
    await screenshot(page, 'repairs-done');

    await page.getByTestId('wo-revisit').click();
    await choose(page, 'wo-revisit-result', '不满意');
    await page.getByTestId('wo-revisit-save').click();
    await showsText(page, 'wo-revisit-form', '不满意请填写原因');
    await page.getByTestId('wo-revisit-note').fill('仍有滴水');
    await page.getByTestId('wo-revisit-save').click();
    await expect.poll(() => statuses(page)).toEqual(['处理中']);

    await page.getByTestId('wo-result').click();
    await page.getByTestId('wo-result-save').click();
    await expect.poll(() => statuses(page)).toEqual(['已完工']);
    await page.getByTestId('wo-revisit').click();
    await page.getByTestId('wo-revisit-save').click();
    await expect.poll(() => statuses(page)).toEqual(['已关闭']);
    await screenshot(page, 'repairs-closed');
    expect(errors).toEqual([]);
  });

  it('a paid cleaning: charge notice, receipt through the ledger, closed', async () => {
    const { page, errors } = session.app;
    await openScreen(page, 'services', 'paidService-page');
    await page.getByTestId('wo-new').click();
    await fillIn(page, {
      'wo-unit': '5-301',
      'wo-contact': '李四',
      'wo-phone': '13900139000',
      'wo-problem': '新房开荒保洁',
    });
    await page.getByTestId('work-order-form-save').click();
    await previewPdf(page, 'flow-service-order');
    await closePreview(page);

    await page.getByTestId('wo-result').click();
    await fillIn(page, {
      'wo-result-done': '全屋保洁完成',
      'wo-result-worker': '陈阿姨',
      'wo-result-charge': '0',
    });
    await page.getByTestId('wo-result-save').click();
    await showsText(page, 'wo-result-form', '金额必须大于 0');
    await page.getByTestId('wo-result-charge').fill('280');
    await page.getByTestId('wo-result-save').click();
    await expect.poll(() => page.getByTestId('wo-row-charge').textContent()).toBe('280.00');

    await page.getByTestId('wo-notice').click();
    const notice = await previewPdf(page, 'flow-charge-notice');
    expectAll(notice, ['缴费通知单', '尊敬的李四', '全屋保洁完成', '贰佰捌拾元整', '¥280.00']);
    await closePreview(page);

    await page.getByTestId('wo-charge').click();
    await choose(page, 'wo-charge-method', '微信');
    await page.getByTestId('wo-charge-save').click();
    const receipt = await previewPdf(page, 'flow-service-receipt');
    const year = E2E_YEAR;
    expectAll(receipt, [`SJ${year}-000001`, '李四', '有偿服务费', '贰佰捌拾元整']);
    await closePreview(page);
    await expect.poll(() => page.getByTestId('wo-row-charge').textContent()).toBe('280.00 ✓');

    // Closing asks first (issue 14).
    await page.getByTestId('wo-close').click();
    await page.getByTestId('wo-close-confirm').click();
    await expect.poll(() => statuses(page)).toEqual(['已关闭']);
    await screenshot(page, 'services-closed');
    expect(errors).toEqual([]);
  });
});
