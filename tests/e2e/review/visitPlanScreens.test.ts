/**
 * The visit plan's settings and figures in the built renderer: the manager names the head and a
 * building's 物管员 (系统设置 → 拜访计划), looks at the site-check schedule tab, and the monthly
 * review and its printed report show the 拜访计划 section (plan against done, 完成率).
 */
import { describe, expect, it } from 'vitest';
import { fillIn, firstRunAt, openScreen, showsText } from '../desk';
import { showCard } from './seedMonth';
import { closePreview, pick, screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { readPreviewPdf, squash } from '../pdf';
import { expectAll } from '../pdfChecks';

const session = withApp();

describe('visit plan settings and review', () => {
  it('saves the plan’s people and shows the plan in the monthly review', async () => {
    const { page, errors } = session.app;
    await firstRunAt(page, 'settings?tab=visitPlan', 'visit-plan-headName');
    await page.getByTestId('visit-plan-add-area').click();
    await fillIn(page, { 'visit-plan-headName': '赵主任', 'visit-plan-area-0-building': '3' });
    await pick(page, 'visit-plan-area-0-staff', '张经理');
    await page.getByTestId('visit-plan-save').click();
    await page.locator('.ant-message-success').first().waitFor();
    await screenshot(page, 'settings-visit-plan');

    await openScreen(page, 'settings?tab=siteSchedule', 'site-schedule-patrolTimes');
    await expect
      .poll(() => page.getByTestId('site-schedule-patrolTimes').inputValue())
      .toBe('10:00 15:00 20:00');
    await screenshot(page, 'settings-site-schedule');

    await openScreen(page, 'review', 'review-section-visits');
    await showCard(page, 'review-section-visits');
    await showsText(page, 'review-section-visits', '计划拜访（户次）');
    await showsText(page, 'review-section-visits', '0%（0/1）');
    await screenshot(page, 'review-visits');

    // The monthly report carries the same lines (PDF read back).
    await page.getByTestId('review-print').click();
    const report = (await readPreviewPdf(page, session.env.browser, 'review-report-visits')).text;
    expectAll(squash(report), [
      '拜访计划',
      '计划拜访（户次）11',
      '完成率0%（0/1）0%（0/1）',
      '已转咨询00',
    ]);
    await closePreview(page);
    expect(errors).toEqual([]);
  });
});
