/**
 * 有效投诉率 as 002 means it — valid complaints ÷ the estate's households — on the review screen
 * against its 1 % ceiling: the demo estate (54 households: occupied, renovating, in custody) and
 * one valid complaint make 1.85 %, 未达标. The desk's 投诉有效率 stays, with no target. The
 * monthly report prints the same.
 */
import { describe, expect, it } from 'vitest';
import { classifyValidComplaint, intakeComplaint, loadDemo } from '../desk';
import { closePreview, completeFirstRun, screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { readPreviewPdf, squash } from '../pdf';
import { showCard, tableOf } from './seedMonth';

const session = withApp();

// Tuesday 17 November 2026, 10:30 office time.
const NOW = new Date('2026-11-17T02:30:00Z');

describe('有效投诉率 on the monthly review, end to end', () => {
  it('shows valid complaints ÷ households against the 1 % target', async () => {
    const { page, errors } = session.app;
    // The clock starts at NOW and runs on (messages and animations still finish).
    await page.clock.install({ time: NOW });
    await page.reload();
    await completeFirstRun(page);
    await loadDemo(page);

    // One complaint, found valid.
    await intakeComplaint(page);
    await classifyValidComplaint(page);

    // The desk's own 投诉情况月度汇总单 lists it too, above its four rates.
    await page.getByRole('tab', { name: '月度报表' }).click();
    await expect.poll(() => page.getByTestId('rate-perHousehold').textContent()).toBe('1.85%');
    await expect.poll(() => page.getByTestId('rate-valid').textContent()).toBe('100%');

    await page.goto(session.env.baseUrl + '/#/review');
    // The review opens on the current month (the pinned clock's November).
    await page.locator('[data-testid=review-page][data-month="2026-11"]').waitFor();

    const stat = page.getByTestId('review-stat-perHousehold');
    await expect.poll(() => stat.textContent()).toContain('1.85%');
    const statText = await stat.textContent();
    expect(statText).toContain('有效投诉率');
    expect(statText).toContain('目标 < 1%');
    expect(statText).toContain('有效投诉 1 件 ÷ 入住 54 户');
    await expect
      .poll(() => page.getByTestId('review-perHousehold-met').textContent())
      .toBe('未达标');

    // A chart is drawn once it comes into view (issue 21).
    await showCard(page, 'review-card-complaints-household');
    const chart = page.getByTestId('review-chart-complaints-household');
    await chart.locator('svg.recharts-surface').waitFor();
    await expect.poll(() => chart.textContent()).toContain('目标 < 1%');
    expect(await chart.textContent()).toContain('1.85%');
    await screenshot(page, 'review-per-household');
    await showCard(page, 'review-card-complaints-household');
    await screenshot(page, 'review-per-household-chart');

    expect(await tableOf(page, 'complaints-household')).toEqual(['有效投诉率|1.85%|0%|0%|< 1%']);
    expect(await tableOf(page, 'complaints-rates')).toEqual([
      '投诉有效率|100%|—|—|—',
      '及时率|—|—|—|95%',
      '回访率|—|—|—|100%',
      '满意率|—|—|—|90%',
    ]);

    await page.getByTestId('review-print').click();
    const report = squash(
      (await readPreviewPdf(page, session.env.browser, 'flow-per-household')).text,
    );
    expect(report).toContain('有效投诉率1.85%1/54<1%0%0%');
    expect(report).toContain('入住户数545454');
    expect(report).toContain('投诉有效率100%1/1不设目标—');
    await closePreview(page);
    // The installed clock's own script is refused by the print preview's sandboxed frame, as it
    // should be; any other error counts.
    expect(errors.filter((e) => !e.includes("'about:srcdoc'"))).toEqual([]);
  });
});
