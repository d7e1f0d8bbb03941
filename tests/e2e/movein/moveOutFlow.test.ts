/**
 * Move-in paper, custody end and move-out in the built renderer: a completed move-in prints
 * its 住户登记表 and 验收登记表, custody ends with its fee receipt, the owner moves out with a
 * key missing (charged as a receipt) and the key list prints the count back; a closed
 * handover prints its 交接班记录.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addOperator, closePreview, completeFirstRun, pick, screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { readPreviewPdf, squash } from '../pdf';
import { completeMoveIn, fillIn, loadDemo, showsText } from '../desk';

const session = withApp();

/** The document in the open preview, printed to PDF and read back; the preview is closed. */
async function previewText(page: Page, name: string): Promise<string> {
  const pdf = await readPreviewPdf(page, session.env.browser, name);
  expect(pdf.pages).toBe(1);
  await closePreview(page);
  return squash(pdf.text);
}

describe('move-in paper, custody end and move-out, end to end', () => {
  it('prints the move-in forms, ends custody, moves out with a key charged', async () => {
    const { page, errors } = session.app;
    await completeFirstRun(page);
    await loadDemo(page);
    await completeMoveIn(page);

    await page.getByTestId('movein-print-registration').click();
    const registration = await previewText(page, 'flow-movein-registration');
    expect(registration).toContain('住户登记表');
    expect(registration).toContain('1-1-102');
    expect(registration).toContain('钱多多');
    await page.getByTestId('movein-print-inspection').click();
    const inspection = await previewText(page, 'flow-movein-inspection');
    expect(inspection).toContain('房屋质量验收登记表');
    expect(inspection).toContain('水表20');
    expect(inspection).toContain('3把');

    await fillIn(page, { 'custody-fee': '250', 'custody-water': '20', 'custody-power': '500' });
    await page.getByTestId('custody-start').click();
    await showsText(page, 'custody-summary', '175.00');
    await fillIn(page, { 'custody-water': '22', 'custody-power': '510' });
    await page.getByTestId('custody-end').click();
    await expect
      .poll(() => page.getByTestId('custody-ended').textContent())
      .toMatch(/1 个月，收据 SJ\d{4}-\d{6}/);
    await screenshot(page, 'movein-03-custody-ended');

    await fillIn(page, { 'moveout-keys': '2', 'moveout-address': '南京市鼓楼区中山路 1 号' });
    await page.getByTestId('moveout-submit').click();
    await showsText(page, 'moveout-error', '缺少 1 把钥匙');
    await page.getByTestId('moveout-fee').fill('50');
    await page.getByTestId('moveout-submit').click();
    await expect
      .poll(() => page.getByTestId('moveout-summary').textContent())
      .toMatch(/缺 1 把，赔偿 50\.00 元（收据 SJ\d{4}-\d{6}）；联系地址：南京市鼓楼区中山路 1 号/);
    await screenshot(page, 'movein-04-moved-out');
    await page.getByTestId('movein-print-keys').click();
    const keys = await previewText(page, 'flow-movein-keys');
    expect(keys).toContain('客户领用钥匙及配制情况表');
    expect(keys).toMatch(/入户门钥匙32/);

    // The archive keeps the applicant, marked as moved out.
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: '全局搜索' }).fill('钱多多');
    await expect
      .poll(() => page.getByTestId('search-hit').first().textContent())
      .toContain('钱多多');
    await page.getByTestId('search-hit').first().click();
    await page.getByTestId('person-detail').waitFor();
    await showsText(page, 'person-detail', '迁出日期');
    await page.keyboard.press('Escape');
    await page.getByTestId('person-moved-out').first().waitFor();
    await screenshot(page, 'movein-05-archive-moved-out');
    expect(errors).toEqual([]);
  });

  it('prints a closed handover from the book', async () => {
    const { page, errors } = session.app;
    // 接班人 is an operator, who confirms with her own PIN (issue 14).
    await addOperator(page, '李前台', '2468');
    await page.goto(session.env.baseUrl + '/#/handover');
    await page.getByTestId('handover-start').click();
    await pick(page, 'handover-to', '李前台');
    await fillIn(page, { 'handover-log': '交房一户，迁出一户', 'handover-pin': '2468' });
    await page.getByTestId('handover-close').click();
    await page.getByTestId('handover-start').waitFor();
    const button = page.locator('[data-testid^="handover-print-JB-"]').first();
    await button.click();
    const sheet = await previewText(page, 'flow-handover-sheet');
    expect(sheet).toContain('交接班记录');
    expect(sheet).toMatch(/JB-\d{6}-0001/);
    expect(sheet).toContain('交房一户，迁出一户');
    await screenshot(page, 'handover-03-book');
    expect(errors).toEqual([]);
  });
});
