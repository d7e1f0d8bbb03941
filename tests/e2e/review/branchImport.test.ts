/**
 * Branch comparison in the built renderer: two estates' summary files, one written by an older
 * program (version 1, without households) and one from a newer program version are imported
 * together; the three are compared side by side (the old one's 有效投诉率 "—"), the newer one
 * is refused with its reason and nothing of it appears. Then this desk's own month goes the whole
 * way: 导出分公司汇总 from the review, printed as the report, imported into the comparison.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  branchSummaryText,
  buildBranchSummary,
  parseBranchSummary,
} from '../../../shared/domain/review/branchSummary';
import { makeMonthlyReview } from '../../fixtures/monthlyReview';
import { closePreview, screenshot } from '../harness';
import { readPreviewPdf, squash } from '../pdf';
import { withApp } from '../lifecycle';
import { firstRunAt, openScreen, showsText } from '../desk';

const session = withApp();
const META = { exportedAt: '2026-11-02T01:30:00.000Z', appVersion: '1.4.0' };

function file(name: string, text: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
}

describe('branch comparison, end to end', () => {
  it('compares valid summary files and refuses a wrong schema version with its message', async () => {
    const { page, errors } = session.app;
    await firstRunAt(page, 'review/branches', 'branch-page');
    await showsText(page, 'branch-memory-note', '只保存在本次打开的窗口内存中');

    const sunny = branchSummaryText(buildBranchSummary(makeMonthlyReview(), META));
    const other = makeMonthlyReview({ estateName: '翠湖大厦' });
    const lake = branchSummaryText(
      buildBranchSummary(
        {
          ...other,
          current: {
            ...other.current,
            complaints: { ...other.current.complaints, received: 4 },
            money: { ...other.current.money, receivedFen: 1_234_500 },
          },
        },
        META,
      ),
    );
    const newer = sunny
      .replace(/"schemaVersion": \d+/, '"schemaVersion": 99')
      .replace('阳光花园', '新版花园');
    // As an older program wrote it: version 1, no 有效投诉率 anywhere.
    const oldFile = JSON.parse(sunny.replace('阳光花园', '旧版花园')) as {
      schemaVersion: number;
      figures: { complaints: { rates: Record<string, unknown> } };
      trend: { rates: Record<string, unknown> }[];
    };
    oldFile.schemaVersion = 1;
    delete oldFile.figures.complaints.rates['perHousehold'];
    for (const p of oldFile.trend) delete p.rates['perHousehold'];
    const older = JSON.stringify(oldFile, null, 2);

    await page
      .getByTestId('branch-file-input')
      .setInputFiles([
        file('阳光花园-2026-10.json', sunny),
        file('新版花园-2026-10.json', newer),
        file('翠湖大厦-2026-10.json', lake),
        file('旧版花园-2026-10.json', older),
      ]);

    await expect
      .poll(() => page.getByTestId('branch-row-estate').allTextContents())
      .toEqual(['阳光花园', '翠湖大厦', '旧版花园']);
    expect(await page.getByTestId('branch-row-complaints').allTextContents()).toEqual([
      '17',
      '4',
      '17',
    ]);
    expect(await page.getByTestId('branch-row-received').allTextContents()).toEqual([
      '45,678.90',
      '12,345.00',
      '45,678.90',
    ]);
    // 有效投诉率: 12 valid ÷ 1,600 households; the old file has no households.
    expect(await page.getByTestId('branch-row-perHousehold').allTextContents()).toEqual([
      '0.75%',
      '0.75%',
      '—',
    ]);
    expect(await page.getByTestId('branch-refused-item').allTextContents()).toEqual([
      '新版花园-2026-10.json：文件版本为 99，本程序支持版本 1、2、3、4、5，请用相同版本的软件重新导出。',
    ]);
    expect(await page.getByTestId('branch-table').textContent()).not.toContain('新版花园');
    for (const chart of ['complaints', 'rates', 'perHousehold', 'repairs', 'money'])
      await page.getByTestId(`branch-chart-${chart}`).locator('svg').first().waitFor();
    // Bars carry their values: the complaints chart shows 17 and 4.
    await expect
      .poll(() =>
        page.getByTestId('branch-chart-complaints').locator('.recharts-label').allTextContents(),
      )
      .toEqual(['17', '4', '17']);
    await screenshot(page, 'review-branches');
    await page.getByTestId('branch-chart-money').scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await screenshot(page, 'review-branches-charts');

    // The same file again is refused as a duplicate, and the comparison is unchanged.
    await page.getByTestId('branch-file-input').setInputFiles([file('again.json', sunny)]);
    await expect
      .poll(() => page.getByTestId('branch-refused-item').allTextContents())
      .toContain(
        'again.json：与已导入的「阳光花园-2026-10.json」重复：阳光花园 2026-10 只能导入一次。',
      );
    expect(await page.getByTestId('branch-row-estate').allTextContents()).toEqual([
      '阳光花园',
      '翠湖大厦',
      '旧版花园',
    ]);
    expect(errors).toEqual([]);
  });

  it('exports the desk month as a summary file that the comparison accepts, and prints the report', async () => {
    const { page, errors } = session.app;
    await openScreen(page, 'review', 'review-report-actions');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('review-summary').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^分公司汇总 阳光花园 \d{4}-\d{2}\.json$/);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    const parsed = parseBranchSummary(text);
    expect(parsed.ok && parsed.summary.estateName).toBe('阳光花园');

    await page.getByTestId('review-print').click();
    const pdf = await readPreviewPdf(page, session.env.browser, 'flow-monthly-report');
    const month = parsed.ok ? parsed.summary.month : '';
    const [y, m] = month.split('-');
    expect(squash(pdf.text)).toContain(`阳光花园${y}年${Number(m)}月月度报告`);
    await screenshot(page, 'review-report-preview');
    await closePreview(page);

    // Back on the comparison, the files imported before are still there (memory of the window).
    await page.goto(session.env.baseUrl + '/#/review/branches');
    await expect
      .poll(() => page.getByTestId('branch-row-estate').allTextContents())
      .toEqual(['阳光花园', '翠湖大厦', '旧版花园']);
    await page.getByTestId('branch-clear').click();
    await page.getByTestId('branch-file-input').setInputFiles([
      {
        name: download.suggestedFilename(),
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      },
    ]);
    await expect
      .poll(() => page.getByTestId('branch-row-estate').allTextContents())
      .toEqual(['阳光花园']);
    expect(errors).toEqual([]);
  });
});
