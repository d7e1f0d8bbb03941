/**
 * A survey opinion turned into a complaint from the survey drawer (意见转投诉), with the links
 * both ways: opinion → enquiry → complaint, and the enquiry back to its survey round.
 */
import { describe, expect, it } from 'vitest';
import { enterSurveyForm, firstRunAt, newSurveyRound, showsText } from '../desk';
import { E2E_YEAR, screenshot, settle } from '../harness';
import { withApp } from '../lifecycle';

const session = withApp();

describe('survey opinion to complaint', () => {
  it('raises an opinion as a complaint by keyboard and links round, enquiry and complaint', async () => {
    const { page, errors } = session.app;
    await firstRunAt(page, 'surveys', 'surveys-page');
    await newSurveyRound(page, '四季度安全服务调查');
    await page.getByTestId('survey-enter').click();
    await page.getByTestId('survey-entry').waitFor();
    await enterSurveyForm(page, '1-101', ['4', '4', '3', '4', '3', '3'], '夜间保安不巡逻');
    await page.keyboard.press('Escape');
    await page.getByTestId('survey-entry').waitFor({ state: 'detached' });

    const opinion = page.getByTestId('survey-opinion-1-7');
    await showsText(page, 'survey-opinion-1-7', '夜间保安不巡逻');
    await opinion.getByTestId('opinion-to-complaint').click();
    await page.getByTestId('intake-form').waitFor();
    await expect
      .poll(() => page.getByTestId('intake-content').inputValue())
      .toContain('夜间保安不巡逻');
    // Ctrl+S goes to the form once it has opened and taken the focus.
    await settle(page);
    await page.keyboard.press('Control+s');
    await page.getByTestId('intake-form').waitFor({ state: 'detached' });
    const month = `${E2E_YEAR}11`;
    await showsText(page, 'survey-opinion-1-7', `投诉 TS-${month}-0001`);
    await expect(opinion.getByTestId('opinion-to-complaint').count()).resolves.toBe(0);
    await screenshot(page, 'survey-issue-linked');

    // The enquiry names its round and form, and opens it again.
    await opinion.getByTestId('opinion-enquiry').click();
    await page.getByTestId('enquiry-drawer').waitFor();
    await showsText(page, 'enquiry-source', `来自满意度调查 DC${E2E_YEAR}-001 #1`);
    await showsText(page, 'enquiry-drawer', `TS-${month}-0001`);
    await page.getByTestId('enquiry-source').click();
    await page.getByTestId('survey-drawer').waitFor();
    await showsText(page, 'survey-opinion-1-7', '咨询 ZX');
    expect(errors).toEqual([]);
  });
});
