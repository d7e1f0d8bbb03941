/**
 * A satisfaction survey through the desk in the built renderer: a new round by keyboard, the
 * questionnaire printed (PDF read back), returned forms entered with the number keys, the
 * follow-up (summary to a department, its written measures, the signed revisit), then the
 * round's 满意率 in the monthly review.
 */
import { describe, expect, it } from 'vitest';
import { closePreview, E2E_YEAR, pick, screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { renderPdf, renderPng, squash } from '../pdf';
import {
  enterSurveyForm,
  fillIn,
  firstRunAt,
  newSurveyRound,
  openScreen,
  showsText,
} from '../desk';
import { expectAll } from '../pdfChecks';
import { showCard } from '../review/seedMonth';

const session = withApp();

describe('satisfaction surveys at the desk, end to end', () => {
  it('creates a round, prints it, takes forms by keyboard, follows up and shows 满意率', async () => {
    const { page, errors } = session.app;
    await firstRunAt(page, 'surveys', 'surveys-page');

    // Alt+N: the office's usual questionnaire is there; Ctrl+S saves the round.
    await newSurveyRound(page, '四季度业主满意度调查', () => screenshot(page, 'surveys-new-round'));
    const no = `DC${E2E_YEAR}-001`;
    await expect.poll(() => page.locator('.ant-drawer-title').textContent()).toContain(no);
    await expect.poll(() => page.getByTestId('survey-drawer-status').textContent()).toBe('收集中');

    // The printed questionnaire (《业主意见调查表》, A4).
    await page.getByTestId('survey-print').click();
    await page.getByTestId('print-preview').waitFor();
    const html = await page.getByTestId('print-preview-frame').getAttribute('srcdoc');
    const pdf = await renderPdf(session.env.browser, html ?? '', 'flow-survey-form');
    renderPng(pdf.path);
    expect(pdf.pages).toBe(1);
    const text = squash(pdf.text + pdf.raw);
    expectAll(text, [
      '业主意见调查表',
      no,
      '四季度业主满意度调查',
      '很满意',
      '不满意',
      '保安服务',
      '7.您对我们的其他意见和建议',
      '阳光花园',
    ]);
    await closePreview(page);

    // Returned forms by keyboard: 1–4 per rating question, 0 skips one.
    await page.getByTestId('survey-enter').click();
    await page.getByTestId('survey-entry').waitFor();
    await enterSurveyForm(page, '1-101', ['1', '2', '3', '4', '1', '2'], '电梯经常坏');
    await expect
      .poll(() => page.getByTestId('survey-entry').textContent())
      .not.toContain('电梯经常坏');
    await enterSurveyForm(page, '1-102', ['2', '2', '2', '2', '0', '2']);
    await expect
      .poll(() => page.locator('.ant-modal-footer').last().textContent())
      .toContain('本次已录入 2 份');
    await screenshot(page, 'surveys-entry');
    await page.keyboard.press('Escape');
    await page.getByTestId('survey-entry').waitFor({ state: 'detached' });

    // 很满意 + 满意: 4 of 6 answers on the first form, 5 of 5 on the second.
    await expect.poll(() => page.getByTestId('survey-rate').textContent()).toBe('81.8%');
    await showsText(page, 'survey-forms', '1-102');

    // The follow-up: close, summary to 保洁, its written measures, the signed revisit.
    await page.getByTestId('survey-close').click();
    await expect.poll(() => page.getByTestId('survey-drawer-status').textContent()).toBe('待汇总');
    await page.getByTestId('survey-summarise').click();
    await page
      .getByTestId('summary-text')
      .fill('保洁服务一般 1 份、不满意 1 份；电梯故障意见 1 份');
    await pick(page, 'summary-dept-0', '保洁');
    await page.getByTestId('summary-opinions-0').fill('楼道清洁不及时');
    await page.getByTestId('summary-ok').click();
    await expect.poll(() => page.getByTestId('survey-drawer-status').textContent()).toBe('跟进中');
    await page.getByTestId('followup-measures-0').click();
    await page.keyboard.type('每日清扫两次，主管每周检查');
    await page.getByTestId('measures-ok').click();
    await page.getByTestId('followup-revisit-0').click();
    await fillIn(page, { 'revisit-result': '业主对整改满意', 'revisit-signed': '李业主' });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('survey-drawer-status').textContent()).toBe('已完成');
    await showsText(page, 'survey-followups', '客户签名：李业主');
    await screenshot(page, 'surveys-drawer');
    await page.keyboard.press('Escape');

    // The monthly review: the round's 满意率 and its questions.
    await openScreen(page, 'review', 'review-section-surveys');
    await showCard(page, 'review-card-surveys-rates');
    await page.getByTestId('review-view-surveys-rates').getByText('表格').click();
    await showsText(page, 'review-table-surveys-rates', '81.8%');
    // A card is rendered when it comes into view (issue 21).
    await showCard(page, 'review-card-surveys-questions');
    await page.getByTestId('review-view-surveys-questions').getByText('表格').click();
    await showsText(page, 'review-table-surveys-questions', '1. 客服前台服务');
    await screenshot(page, 'surveys-review');
    expect(errors).toEqual([]);
  });
});
