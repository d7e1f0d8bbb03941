/**
 * The daily suggestion digest (建议每日汇总) at the desk: two suggestions taken down by keyboard,
 * passed to the supervisor from the complaints screen, and the 建议每日汇总表 that goes with them
 * printed on A4 (the PDF read back and its page left as a PNG to look at).
 */
import { describe, expect, it } from 'vitest';
import { choose, firstRunAt, showsText } from '../desk';
import { closePreview, E2E_MONTH, screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { mmToPt, readPreviewPdf, squash } from '../pdf';
import { expectAll, PAPER } from '../pdfChecks';

const session = withApp();

describe('suggestion digest printout (建议每日汇总表)', () => {
  it('passes the day’s suggestions to the supervisor and prints their summary with reply deadlines', async () => {
    const { page, errors } = session.app;
    await firstRunAt(page, 'complaints', 'complaints-page');
    const suggestions = [
      ['钱女士', '建议小区门口增设快递柜'],
      ['孙先生', '建议儿童游乐区加装遮阳棚'],
    ] as const;
    for (const [customer, content] of suggestions) {
      await page.keyboard.press('Alt+n');
      await page.getByTestId('intake-form').waitFor();
      await choose(page, 'intake-kind', '建议');
      await page.getByTestId('intake-customer').fill(customer);
      await page.getByTestId('intake-content').fill(content);
      await page.keyboard.press('Control+s');
      await page.getByTestId('case-drawer').waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId('case-drawer').waitFor({ state: 'hidden' });
    }

    await page.getByTestId('complaints-digest').click();
    await showsText(page, 'digest-table', '快递柜');
    await page.getByTestId('digest-submit').click();
    const pdf = await readPreviewPdf(page, session.env.browser, 'suggestion-digest');
    // One A4 portrait page (the PNG beside the PDF in tests/e2e/output is the page to look at).
    expect([pdf.pages, pdf.widthPt, pdf.heightPt].map(Math.round)).toEqual(
      [1, mmToPt(PAPER.A4.widthMm), mmToPt(PAPER.A4.heightMm)].map(Math.round),
    );
    const no = `JY-${E2E_MONTH.replace('-', '')}`;
    expectAll(squash(pdf.text), [
      '阳光花园',
      '建议每日汇总表',
      '共2条',
      '张经理于',
      `${no}-0001`,
      `${no}-0002`,
      '钱女士',
      '建议小区门口增设快递柜',
      '建议儿童游乐区加装遮阳棚',
      '答复期限',
      '汇总人',
      '客服主管签收',
    ]);
    await closePreview(page);

    // Passed: the list stays on the dialog, printable again; nothing waits any more.
    await showsText(page, 'digest-table', '遮阳棚');
    await page.getByTestId('digest-print').waitFor();
    await screenshot(page, 'suggestion-digest');
    await page.getByTestId('digest-close').click();
    await page.getByTestId('complaints-digest').click();
    await showsText(page, 'digest-table', '没有待提交主管的建议');
    expect(errors).toEqual([]);
  });
});
