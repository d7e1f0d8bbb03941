/**
 * The month's enquiry figures and the complaint summary's 原因分析: two calls (one settled at
 * first contact) reach the monthly review (by topic, by channel, 首次解决率 50 %) and the monthly
 * report; the supervisor's cause and measures for 一类 print on the 投诉情况月度汇总单 and the
 * report (PDFs read back with pdftotext).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closePreview, screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { squash } from '../pdf';
import { classifyValidComplaint, fillIn, firstRunAt } from '../desk';
import { expectAll, previewChecked } from '../pdfChecks';
import { showCard } from '../review/seedMonth';

const session = withApp();

async function enquiry(page: Page, v: { caller: string; topic: string; settled: boolean }) {
  await page.getByTestId('enquiries-add').click();
  await page.getByTestId('enquiry-form').waitFor();
  await fillIn(page, {
    'enquiry-caller': v.caller,
    'enquiry-topic': v.topic,
    'enquiry-question': `${v.topic}的问题`,
  });
  if (v.settled) {
    await page.getByTestId('enquiry-answer').fill('当场答复');
    await page.getByTestId('enquiry-settled').click();
  }
  await page.getByTestId('enquiry-form-save').click();
  await page.getByTestId('enquiry-drawer').waitFor();
  await page.keyboard.press('Escape');
  await page.getByTestId('enquiry-drawer').waitFor({ state: 'detached' });
}

async function tableOf(page: Page, id: string): Promise<string[]> {
  // A card is rendered when it comes into view (issue 21).
  await showCard(page, `review-card-${id}`);
  await page.getByTestId(`review-view-${id}`).getByText('表格').click();
  const rows = page.getByTestId(`review-table-${id}`).locator('tbody tr.ant-table-row');
  await rows.first().waitFor();
  const out: string[] = [];
  for (const row of await rows.all())
    out.push((await row.locator('td').allTextContents()).map((s) => s.trim()).join('|'));
  return out;
}

describe('enquiries in the month, and the complaint summary says why', () => {
  it('shows the enquiry figures in the review and report; prints 原因分析 on the 汇总单', async () => {
    const { page, errors } = session.app;
    await firstRunAt(page, 'enquiries', 'enquiries-page');
    await enquiry(page, { caller: '王先生', topic: '停车', settled: true });
    await enquiry(page, { caller: '李女士', topic: '装修', settled: false });

    // A complaint of 一类, so the summary asks for its cause.
    await page.goto(session.env.baseUrl + '/#/complaints');
    await page.getByTestId('complaints-intake').click();
    await fillIn(page, { 'intake-customer': '赵六', 'intake-content': '保洁不及时' });
    await page.getByTestId('intake-form-save').click();
    await page.getByTestId('case-drawer').waitFor();
    await classifyValidComplaint(page);

    await page.getByRole('tab', { name: '月度报表' }).click();
    await page.getByTestId('analysis-editor').waitFor();
    await fillIn(page, {
      'analysis-cause-class1': '保洁排班不足，午间无人',
      'analysis-measures-class1': '增加午间保洁一人，主管每日抽查',
    });
    await page.getByTestId('analysis-save').click();
    await page.getByText('已保存原因分析').waitFor();
    await screenshot(page, 'complaint-analysis');
    await page.getByTestId('monthly-print').click();
    const form = await previewChecked(page, session.env.browser, 'complaint-monthly-analysis');
    expectAll(
      form.flat,
      [
        '投诉情况月度汇总单',
        '原因分析',
        '纠正/预防措施',
        '一类',
        '保洁排班不足，午间无人',
        '增加午间保洁一人',
      ].map(squash),
    );
    await closePreview(page);

    // The monthly review: the enquiry section's three charts.
    await page.goto(session.env.baseUrl + '/#/review');
    await page.getByTestId('review-section-enquiries').scrollIntoViewIfNeeded();
    expect(await tableOf(page, 'enquiries-topic')).toEqual(['停车|1|0|0', '装修|1|0|0']);
    expect(await tableOf(page, 'enquiries-channel')).toEqual(['来电|2|0|0']);
    expect((await tableOf(page, 'enquiries-first'))[0]).toMatch(/^首次解决率\|50(\.0)?%/);
    await screenshot(page, 'review-enquiries');

    await page.getByTestId('review-print').click();
    const report = await previewChecked(page, session.env.browser, 'review-report-enquiries');
    expectAll(
      report.flat,
      ['咨询来电', '主题：停车', '首次解决率', '50%', '保洁排班不足，午间无人'].map(squash),
    );
    await closePreview(page);

    expect(errors).toEqual([]);
  });
});
