/**
 * The desk's side of issue 14: a period wholly past refused at the completion date; an
 * application that waits says why and for whom; one withdrawn (撤回) with its reason; a deposit
 * taken in 收费收据 for the unit offered to the unit's renovation, linked, not charged again,
 * and the fee click previewing both receipts; then a penalty beyond every deposit of the job:
 * nothing paid back, the rest owed on the vouchers, 欠款待缴 until it is paid.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closePreview, completeFirstRun, pick, screenshot, typeDate } from '../harness';
import { withApp } from '../lifecycle';
import { fillIn, loadDemo, openScreen, showsText } from '../desk';
import { readPreviewPdf, squash } from '../pdf';
import { expectAll } from '../pdfChecks';

const session = withApp();

async function pickUnit(page: Page, testId: string, code: string): Promise<void> {
  await page.getByTestId(testId).fill(code);
  await page.getByRole('option', { name: code }).first().waitFor({ state: 'attached' });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** Fills a new application of 1-1-101 (demo estate) with every document ticked. */
async function fillApplication(page: Page, start: string, end: string): Promise<void> {
  await page.keyboard.press('Alt+n');
  await page.getByTestId('reno-form').waitFor();
  await pickUnit(page, 'reno-unit', '1-1-101');
  await expect.poll(() => page.getByTestId('reno-ownerName').inputValue()).toBe('唐晓东');
  await fillIn(page, {
    'reno-contractorName': '美家装饰工程有限公司',
    'reno-contractorLeader': '王工',
    'reno-contractorPhone': '13900001111',
  });
  await typeDate(page, 'reno-start', start);
  await typeDate(page, 'reno-end', end);
  await fillIn(page, { 'reno-workItems': '铺地砖', 'reno-worker-0-name': '赵一' });
  const boxes = page.getByTestId('reno-checklist').locator('input[type=checkbox]');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
}

describe('renovation at the desk', () => {
  it('refuses a past period, says why a job waits, withdraws, and links a desk deposit', async () => {
    const { page, errors } = session.app;
    // Dates relative to the running year, so the test reads the same on any day.
    const year = new Date().getFullYear();
    await completeFirstRun(page);
    await loadDemo(page);

    // A deposit taken in 收费收据 for the unit before the renovation was registered.
    await openScreen(page, 'money', 'money-page');
    await page.keyboard.press('Alt+n');
    await page.getByTestId('receipt-payer').fill('唐晓东');
    await pickUnit(page, 'receipt-unit', '1-1-101');
    await pick(page, 'receipt-line-0-item', '装修保证金（业主）');
    await page.getByTestId('receipt-submit').click();
    await page.getByTestId('print-preview').waitFor();
    await closePreview(page);
    await screenshot(page, 'renovation-desk-00-ledger');

    await openScreen(page, 'renovation', 'renovation-page');
    await fillApplication(page, `${year - 1}-03-01`, `${year - 1}-04-30`);
    await showsText(
      page,
      'reno-end-error',
      `施工期已全部过去（完工日期 ${year - 1}-04-30 早于今天`,
    );
    await screenshot(page, 'renovation-desk-01-past-period');
    // Nothing lost: corrected dates, and it saves.
    await typeDate(page, 'reno-start', `${year}-11-23`);
    await typeDate(page, 'reno-end', `${year + 1}-01-20`);
    await expect.poll(() => page.getByTestId('reno-end-error').count()).toBe(0);
    await page.getByTestId('reno-form-save').click();
    await page.getByTestId('reno-drawer').waitFor();
    await expect.poll(() => page.getByTestId('reno-state').textContent()).toBe('待审批');
    expect(await page.getByTestId('reno-waiting').textContent()).toContain(
      '等待审批：需主管或经理审批',
    );

    // Withdrawn before approval: the reason is asked at the field and kept.
    await page.getByTestId('reno-withdraw').click();
    await page.getByTestId('reno-withdraw-submit').click();
    await page.getByText('请填写撤回原因（至少 2 个字）').waitFor();
    await page.getByTestId('reno-withdraw-reason').fill('业主暂缓装修');
    await page.getByTestId('reno-withdraw-submit').click();
    await expect.poll(() => page.getByTestId('reno-state').textContent()).toBe('已撤回');
    expect(await page.getByTestId('reno-withdrawal').textContent()).toContain('业主暂缓装修');
    expect(await page.getByTestId('reno-waiting').count()).toBe(0);
    await screenshot(page, 'renovation-desk-02-withdrawn');
    await page.keyboard.press('Escape');

    // A second application of the unit: approved, the desk deposit is offered to be linked.
    await fillApplication(page, `${year}-11-23`, `${year + 1}-01-20`);
    await page.getByTestId('reno-form-save').click();
    await page.getByTestId('reno-drawer').waitFor();
    await expect.poll(() => page.getByTestId('reno-state').textContent()).toBe('待审批');
    await page.getByTestId('reno-review').click();
    await page.getByTestId('reno-review-submit').click();
    await expect.poll(() => page.getByTestId('reno-state').textContent()).toBe('已批准');
    await page.getByTestId('reno-linkable').waitFor();
    await screenshot(page, 'renovation-desk-03-link-offer');
    await page.getByTestId('reno-collect').click();
    await page
      .locator('.ant-message-error')
      .filter({ hasText: `SJ${year}-000001，请先关联` })
      .waitFor();
    await page.getByTestId(`reno-link-SJ${year}-000001`).click();
    await page.getByTestId('reno-linkable').waitFor({ state: 'detached' });

    // One click, two receipts: both previewed, one after the other.
    await page.getByTestId('reno-collect').click();
    const title = page.locator('.ant-modal-title').last();
    await expect.poll(() => title.textContent()).toContain('（第 1 份，共 2 份）');
    expect(await page.getByTestId('print-preview-frame').getAttribute('srcdoc')).toContain(
      `SJ${year}-000002`,
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => title.textContent()).toContain('（第 2 份，共 2 份）');
    const owner = (await page.getByTestId('print-preview-frame').getAttribute('srcdoc')) ?? '';
    expect(owner).toContain(`SJ${year}-000003`);
    // The owner pays only the permit fee: the deposit is the one taken at the desk.
    expect(owner).toContain('施工许可证工本费');
    expect(owner).not.toContain('装修保证金');
    await closePreview(page);
    await showsText(page, 'reno-waiting', '费用已收齐，待发证开工');
    await screenshot(page, 'renovation-desk-04-fees');

    // A penalty beyond every deposit of the job: the card handed back gets nothing back yet.
    await page.getByTestId('reno-start-work').click();
    await expect.poll(() => page.getByTestId('reno-state').textContent()).toBe('施工中');

    // The week's notice to 工程部 and 安护部 lists the job under way, printed as a real PDF.
    await page.keyboard.press('Escape');
    await page.getByTestId('reno-week').click();
    const week = page.getByTestId('reno-week-table').locator('tr', { hasText: '1-1-101' });
    await expect.poll(() => week.textContent()).toContain('施工中');
    expect(await week.textContent()).toContain('美家装饰');
    await screenshot(page, 'renovation-desk-week');
    await page.getByTestId('reno-week-print').click();
    const notice = squash(
      (await readPreviewPdf(page, session.env.browser, 'renovation-week-notice')).text,
    );
    expectAll(notice, [
      '本周装修单元通知',
      '送：工程部、安护部',
      '1-1-101',
      '施工中',
      '安护部（签收）',
    ]);
    await closePreview(page);
    await page.keyboard.press('Escape');
    await page.getByTestId('reno-week-modal').waitFor({ state: 'hidden' });
    await page.getByTestId('renovation-page').locator('tr', { hasText: '施工中' }).click();
    await expect.poll(() => page.getByTestId('reno-state').textContent()).toBe('施工中');
    await page.getByTestId('reno-patrol-findings').fill('擅自拆改承重墙');
    await page.getByTestId('reno-patrol-violation').click();
    await page.getByTestId('reno-patrol-rectification').fill('恢复原状');
    await page
      .locator(
        'input[data-testid="reno-patrol-penalty"], [data-testid="reno-patrol-penalty"] input',
      )
      .fill('2500');
    await page.getByTestId('reno-patrol-add').click();
    await page.getByText('擅自拆改承重墙').first().waitFor();
    await page.getByTestId(`reno-pass-return-CR${year}-00001`).click();
    await page.getByText('押金待结算').waitFor();
    expect(await page.getByTestId('print-preview').count()).toBe(0);
    await page.getByTestId('reno-request-acceptance').click();
    await page.getByTestId('reno-inspector').fill('工程部 刘工');
    await page.getByTestId('reno-accept-pass').click();
    await expect.poll(() => page.getByTestId('reno-state').textContent()).toBe('待退款');
    // 1,000 + 20 of the contractor and the owner's 1,000 against 2,500: 480 owed, nothing back.
    await showsText(page, 'reno-refund-plan', '施工单位欠：违章施工：擅自拆改承重墙 ¥480.00');
    expect(await page.getByTestId('reno-refund-plan').textContent()).toContain(
      '业主：退 ¥0.00，扣 ¥1,000.00',
    );
    await page.getByTestId('reno-refund').click();
    await page.getByTestId('print-preview').waitFor();
    expect(await page.getByTestId('print-preview-frame').getAttribute('srcdoc')).toContain(
      '尚欠 480.00 元',
    );
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator('.ant-modal-title').last().textContent())
      .toContain('（第 2 份，共 2 份）');
    await closePreview(page);
    await expect.poll(() => page.getByTestId('reno-state').textContent()).toBe('欠款待缴');
    expect(await page.getByTestId('reno-owed').textContent()).toContain('尚欠 ¥480.00');
    expect(await page.getByTestId('reno-waiting').textContent()).toContain('尚欠 480.00 元');
    await screenshot(page, 'renovation-desk-05-owing');
    await page.getByTestId('reno-collect-arrears').click();
    await page.getByTestId('print-preview').waitFor();
    const arrears = (await page.getByTestId('print-preview-frame').getAttribute('srcdoc')) ?? '';
    expectAll(arrears, [`SJ${year}-000004`, '违章施工扣款', '480.00']);
    await closePreview(page);
    await expect.poll(() => page.getByTestId('reno-state').textContent()).toBe('已结案');
    expect(errors).toEqual([]);
  });
});
