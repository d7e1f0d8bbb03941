/**
 * A whole renovation job in the built renderer: application with the checklist (the fire
 * approval left to the reviewer, who marks it not applicable), review, fees (one receipt per
 * payer, both previewed from one click), permit and four passes printed, agreement, hot-work
 * permit, permit extended, a fifth pass added and charged, a violation with its rectification
 * notice, cards handed back (each deposit paid back then, on its voucher), one pass lost (its
 * 20 kept and 100 off the deposit), acceptance form, refund with the deductions and a damage,
 * closed — then the month's statistics show it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDemo, showsText, startDemoRenovation } from '../desk';
import { closePreview, completeFirstRun, E2E_YEAR, screenshot, typeDate } from '../harness';
import { withApp } from '../lifecycle';
import { readPreviewPdf, squash } from '../pdf';
import { expectAll } from '../pdfChecks';

const session = withApp();

/** Leaves the document shown and waits for the next one of the same click (n of total). */
async function nextPreview(page: Page, n: number, total: number): Promise<void> {
  await page.keyboard.press('Escape');
  await expect
    .poll(() => page.locator('.ant-modal-title').last().textContent())
    .toContain(`（第 ${n} 份，共 ${total} 份）`);
}

async function previewPdf(page: Page, name: string): Promise<string> {
  const pdf = await readPreviewPdf(page, session.env.browser, name);
  return squash(pdf.text + pdf.raw);
}

describe('renovation, end to end', () => {
  it('runs a job from application to closed and shows it in the monthly statistics', async () => {
    const { page, errors } = session.app;
    const year = E2E_YEAR;
    await completeFirstRun(page);
    await loadDemo(page);

    await startDemoRenovation(page, year, '水电改造、铺地砖');
    await page.getByTestId('reno-flag-changesPower').click();
    const names = ['赵一', '钱二', '孙三', '李四'];
    for (const [i, name] of names.entries()) {
      if (i > 0) await page.getByTestId('reno-add-worker').click();
      await page.getByTestId(`reno-worker-${i}-name`).fill(name);
    }
    await page.getByTestId(`reno-worker-0-id`).fill('11010519491231002X');
    const boxes = page.getByTestId('reno-checklist').locator('input[type=checkbox]');
    // The nine basic documents and the fire approval, asked of every application.
    expect(await boxes.count()).toBe(10);
    for (let i = 0; i < 9; i++) await boxes.nth(i).check();
    await screenshot(page, 'renovation-01-application');
    await page.keyboard.press('Control+s');

    await page.getByTestId('reno-drawer').waitFor();
    await expect.poll(() => page.getByTestId('reno-state').textContent()).toBe('待审批');
    expect(await page.getByTestId('reno-waiting').textContent()).toContain(
      '等待审批：需主管或经理审批',
    );
    await page.getByTestId('reno-review').click();
    await page.getByTestId('reno-review-power').fill('按图施工');
    // Without the fire approval the reviewer must say why it does not apply.
    await page.getByTestId('reno-review-submit').click();
    await page
      .locator('.ant-message-error')
      .filter({ hasText: '消防审批意见书及消防平面图未提供' })
      .waitFor();
    await page.getByTestId('reno-review-fire-na').click();
    await page.getByTestId('reno-review-fire-reason').fill('普通住宅室内装修，不改动消防设施');
    await screenshot(page, 'renovation-02a-review-fire');
    await page.getByTestId('reno-review-submit').click();
    await expect.poll(() => page.getByTestId('reno-state').textContent()).toBe('已批准');
    await showsText(page, 'reno-fees-contractor', '¥1,400.00');
    await showsText(page, 'reno-fees-owner', '¥1,020.00');
    await screenshot(page, 'renovation-02-fees');

    await page.getByTestId('reno-collect').click();
    const contractorReceipt = await previewPdf(page, 'reno-flow-receipt-contractor');
    expectAll(contractorReceipt, [
      `SJ${year}-000001`,
      '美家装饰工程有限公司',
      '¥1,400.00',
      '壹仟肆佰元整',
    ]);
    // The same click previews the owner's receipt next.
    await nextPreview(page, 2, 2);
    const ownerReceipt = await previewPdf(page, 'reno-flow-receipt-owner');
    expectAll(ownerReceipt, [`SJ${year}-000002`, '唐晓东', '¥1,020.00']);
    await closePreview(page);

    await page.getByTestId('reno-start-work').click();
    await expect.poll(() => page.getByTestId('reno-state').textContent()).toBe('施工中');
    await page.getByTestId('reno-print-permit').click();
    const permit = await previewPdf(page, 'reno-flow-permit');
    expectAll(permit, [`XK${year}-0001`, '1-1-101', '唐晓东', '美家装饰工程有限公司']);
    await closePreview(page);
    await page.getByTestId('reno-print-passes').click();
    const passes = await previewPdf(page, 'reno-flow-passes');
    for (const n of [1, 2, 3, 4]) expect(passes).toContain(`CR${year}-0000${n}`);
    for (const name of names) expect(passes).toContain(name);
    expect(passes).toContain('110***********002X');
    await closePreview(page);

    await page.getByTestId('reno-print-agreement').click();
    const agreement = await previewPdf(page, 'reno-flow-agreement');
    expectAll(agreement, ['装修管理协议', `ZX${year}-0001`, '就1-1-101室内装修事宜', '丙方']);
    await closePreview(page);

    await page.getByTestId('reno-hot-issue').click();
    await page.getByTestId('reno-hot-form').waitFor();
    await page.getByTestId('reno-hot-place').fill('厨房阳台');
    await typeDate(page, 'reno-hot-from', `${year}-11-24 09:00`);
    await typeDate(page, 'reno-hot-until', `${year}-11-24 11:30`);
    await page.getByTestId('reno-hot-person').fill('赵焊工');
    await screenshot(page, 'renovation-03a-hotwork');
    await page.keyboard.press('Control+s');
    const hot = await previewPdf(page, 'reno-flow-hotwork');
    expectAll(hot, ['动火许可证', `XK${year}-0001-DH1`, '厨房阳台', '赵焊工', '11:30']);
    await closePreview(page);

    await typeDate(page, 'reno-extend-date', `${year + 1}-02-28`);
    await page.getByTestId('reno-extend').click();
    await showsText(page, 'reno-permit-valid', `${year + 1}-02-28`);

    await page.getByTestId('reno-addpass-name').fill('周五');
    await page.getByTestId('reno-addpass').click();
    const added = await previewPdf(page, 'reno-flow-addpass-receipt');
    expectAll(added, [`SJ${year}-000003`, '¥25.00', '出入证押金']);
    await closePreview(page);

    await page.getByTestId('reno-patrol-findings').fill('楼道堆放装修垃圾');
    await page.getByTestId('reno-patrol-violation').click();
    await page.getByTestId('reno-patrol-rectification').fill('当日清运');
    await page.getByTestId('reno-patrol-add').click();
    await page.locator('[data-testid^="reno-print-notice-"]').first().click();
    const notice = await previewPdf(page, 'reno-flow-notice');
    expectAll(notice, ['整改通知书', `ZX${year}-0001-ZG1`, '楼道堆放装修垃圾', '当日清运']);
    await closePreview(page);
    await screenshot(page, 'renovation-03-working');

    // Each card handed back gets its deposit back at once, on a voucher of its own.
    for (const [i, n] of [1, 2, 3, 5].entries()) {
      await page.getByTestId(`reno-pass-return-CR${year}-0000${n}`).click();
      const handBack = await previewPdf(page, `reno-flow-handback-${n}`);
      expectAll(handBack, [`TK${year}-00000${i + 1}`, `CR${year}-0000${n}`, '¥20.00']);
      await closePreview(page);
    }
    expect(await page.getByTestId(`reno-pass-refund-CR${year}-00001`).textContent()).toContain(
      `TK${year}-000001`,
    );
    await page.getByTestId(`reno-pass-lost-CR${year}-00004`).click();
    await page.getByTestId('reno-request-acceptance').click();
    await page.getByTestId('reno-print-acceptance-0').click();
    const form = await previewPdf(page, 'reno-flow-acceptance');
    expectAll(form, ['装修验收单', `ZX${year}-0001`, '主体结构、承重墙未拆改']);
    await closePreview(page);
    await page.getByTestId('reno-inspector').fill('工程部 刘工');
    await page.getByTestId('reno-accept-pass').click();
    await expect.poll(() => page.getByTestId('reno-state').textContent()).toBe('待退款');
    await showsText(page, 'reno-refund-plan', '施工单位：退 ¥900.00，扣 ¥120.00');
    await page.getByTestId('reno-damage-reason').fill('电梯轿厢划伤');
    await page
      .locator('input[data-testid="reno-damage-amount"], [data-testid="reno-damage-amount"] input')
      .fill('300');
    await page.getByTestId('reno-damage-add').click();
    await showsText(page, 'reno-refund-plan', '业主：退 ¥700.00，扣 ¥300.00');
    // The added card's deposit went back at hand-back: nothing left on its receipt.
    expect(await page.getByTestId('reno-refund-plan').textContent()).not.toContain(
      'SJ' + year + '-000003',
    );
    await screenshot(page, 'renovation-04-refund');
    await page.getByTestId('reno-refund').click();
    await page.getByTestId('print-preview').waitFor();
    await nextPreview(page, 2, 2);
    await closePreview(page);
    await expect.poll(() => page.getByTestId('reno-state').textContent()).toBe('已结案');
    await page.getByTestId('reno-voucher-contractor-5').click();
    const voucher = await previewPdf(page, 'reno-flow-refund');
    expectAll(voucher, [`TK${year}-000005`, `SJ${year}-000001`, '玖佰元整', '遗失出入证']);
    await closePreview(page);
    await page.keyboard.press('Escape');

    await page.getByTestId('reno-agreement-open').click();
    await expect
      .poll(() => page.getByTestId('reno-agreement-text').inputValue())
      .toContain('甲方（物业服务中心）');
    await screenshot(page, 'renovation-06-agreement-text');
    await page.keyboard.press('Escape');
    await page.getByTestId('reno-agreement-form').waitFor({ state: 'detached' });

    await page.getByTestId('reno-stats').click();
    await showsText(page, 'reno-stats-summary', '本月申请 1 户，开工 1 户，验收 1 户，结案 1 户');
    await page.getByTestId('reno-stats-summary').waitFor();
    await screenshot(page, 'renovation-05-stats');
    await page.getByTestId('reno-stats-print').click();
    const stats = await previewPdf(page, 'reno-flow-stats');
    expect(stats).toContain(`ZX${year}-0001`);
    expect(stats).toContain('已结案');
    expect(errors).toEqual([]);
  });
});
