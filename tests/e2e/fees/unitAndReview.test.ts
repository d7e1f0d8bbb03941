/**
 * A unit's bills and payments on its archive page, and the month's fees in the monthly review,
 * its report PDF and its charts, end to end at E2E_NOW (Tue 2026-11-17). The demo estate is
 * billed for October and November, building 3 also for May (7 months old in November, so its
 * units are 重大欠费 by the 6-month default); nothing is imported. At 1-1-101 a supervisor
 * lowers November to 120.00 (已调整), and the clerk goes from the unit's page to the receipt
 * screen and pays 150.00: October settles, 15.66 goes on November, 104.34 stays open.
 * The figures expected are worked out here from the demo estate's file, not read off a screen.
 */
import { describe, expect, it } from 'vitest';
import { formatFen } from '@shared/domain/money';
import { formatRate, rate } from '@shared/domain/rates';
import estate from '../../../resources/demo/estate.json';
import { demoAt, generateBills, openScreen, openUnitPage, showsText } from '../desk';
import { closePreview, E2E_YEAR, screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { expectAll, pageWith, previewChecked, PAPER } from '../pdfChecks';
import { showCard, tableOf } from '../review/seedMonth';

const session = withApp();

/** 物业管理费 a month of a demo unit: its plan's area × 1.50 元, 70 % in custody, half up. */
function monthFen(u: (typeof estate.units)[number]): number {
  // demoEstate.ts: by the room's last digit; a room ending in a letter has the middle plan.
  const areas = [7520, 8956, 12035];
  const area = areas[Number(u.room.slice(-1)) % 3] ?? 8956;
  const percent = u.status === 'custody' ? 70 : 100;
  return Math.floor((area * 150 * percent + 5000) / 10_000);
}
const byBuilding = (b: string) =>
  estate.units.filter((u) => u.building === b).reduce((s, u) => s + monthFen(u), 0);
const ALL = byBuilding('1') + byBuilding('2') + byBuilding('3');
const OLD = byBuilding('3'); // May, building 3 only
const CUT = 13_434 - 12_000; // 1-1-101's November lowered to 120.00
const NOV = ALL - CUT;
const PAID_OCT = 13_434;
const PAID_NOV = 15_000 - PAID_OCT;

describe('a unit’s bills on its page, and the month’s fees in the review', () => {
  it('bills, part-pays from the unit page, and reports the right figures', async () => {
    const { page, errors } = session.app;
    await demoAt(page, 'fees', 'fees-page');
    await generateBills(page, '2026-10');
    await generateBills(page, '2026-11');
    // The last: the buildings picked stay picked.
    await generateBills(page, '2026-05', ['3']);
    await expect
      .poll(() => page.getByTestId('generate-result').textContent())
      .toContain(`（${estate.units.filter((u) => u.building === '3').length} 户）`);

    // The unit's page: two open bills of 134.34, no payment yet.
    await openUnitPage(page, '1-1-101');
    const fees = page.getByTestId('unit-fees');
    await showsText(page, 'unit-owed', '268.68');
    expect(await fees.textContent()).toContain('账单/缴费');

    // A supervisor lowers November, with a reason: shown as 已调整.
    await page.getByTestId(`bill-adjust-property_fee-${E2E_YEAR}-11`).click();
    await page.getByTestId('bill-adjust-amount').fill('120');
    await page.getByTestId('bill-adjust-amount').press('Enter');
    await page.getByTestId('bill-adjust-reason').fill('面积复核');
    await page.getByTestId('bill-adjust-reason').press('Enter');
    await page.getByTestId('bill-adjust-reason').waitFor({ state: 'detached' });
    await showsText(page, 'unit-owed', '254.34');
    await page.getByTestId('bill-adjusted').waitFor();
    const unitUrl = page.url();

    // To the receipt screen for this unit: its open bills, oldest first; 150 by keyboard.
    await page.getByTestId('unit-pay').click();
    await page.getByTestId('money-page').waitFor();
    await page.getByTestId('pay-form').waitFor();
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('收物业费 1-1-101');
    await page.getByTestId('pay-amount').fill('150');
    await showsText(page, 'pay-plan', '本次结清 2 笔 150.00 元');
    await page.getByTestId('pay-amount').press('Control+s');
    const receipt = await previewChecked(page, session.env.browser, 'unit-page-receipt');
    expectAll(receipt.flat + receipt.flatRaw, [`SJ${E2E_YEAR}-000001`, '壹佰伍拾元整']);
    await closePreview(page);

    // Back on the unit's page: October settled, November part-paid, 104.34 open.
    await page.goto(unitUrl);
    // The archive opens the unit again and reads its bills: on a loaded PC that takes a while.
    await expect
      .poll(() => page.getByTestId('unit-owed').textContent(), { timeout: 15_000 })
      .toContain('104.34');
    const bills = page.getByTestId('unit-bills-table').locator('tbody tr.ant-table-row');
    await expect.poll(() => bills.count()).toBe(2);
    const rowTexts = async () =>
      Promise.all(
        (await bills.all()).map(async (r) => (await r.locator('td').allTextContents()).join('|')),
      );
    const rows = await rowTexts();
    expect(rows[0]).toMatch(/^2026年10月\|物业管理费.*\|134\.34\|134\.34\|0\.00\|已结清/);
    expect(rows[1]).toMatch(/^2026年11月\|物业管理费.*\|120\.00\|15\.66\|104\.34\|未结清已调整/);
    const payments = page.getByTestId('unit-payments');
    await expect.poll(() => payments.locator('tbody tr.ant-table-row').count()).toBe(2);
    const paidText = (await payments.textContent()) ?? '';
    expectAll(paidText, ['134.34', '15.66', '2026年10月 物业管理费', '2026年11月 物业管理费']);
    expect(paidText).not.toContain('原系统');
    await page.getByTestId('unit-fees').scrollIntoViewIfNeeded();
    await screenshot(page, 'fees-unit-page');
    // The receipt number opens that receipt in the ledger.
    await page.getByTestId('unit-payment-receipt').first().click();
    await page.getByTestId('money-page').waitFor();
    expect(page.url()).toContain(`/money?no=SJ${E2E_YEAR}-000001`);

    // The monthly review of November.
    await openScreen(page, 'review', 'review-page');
    await page.locator('[data-testid=review-page][data-month="2026-11"]').waitFor();
    const pct = (part: number, whole: number) => formatRate(rate(part, whole));
    const feeRate = pct(PAID_NOV, NOV);
    const pastRate = pct(PAID_OCT, ALL + OLD);
    const rates = await tableOf(page, 'fees-rates');
    expect(rates[0]).toContain(`|${feeRate}|`);
    expect(rates[1]).toContain(`|${pastRate}|`);
    const ages = await tableOf(page, 'fees-age');
    expect(ages.map((r) => r.split('|').slice(0, 2).join('|'))).toEqual([
      `1 个月|¥${formatFen(NOV - PAID_NOV)}`,
      `2–3 个月|¥${formatFen(ALL - PAID_OCT)}`,
      '4–6 个月|¥0.00',
      `7–12 个月|¥${formatFen(OLD)}`,
      '12 个月以上|¥0.00',
    ]);
    const buildings = await tableOf(page, 'fees-building');
    // Most owed first.
    expect(buildings.map((r) => r.split('|').slice(0, 2).join('|'))).toEqual([
      `3 栋|¥${formatFen(3 * byBuilding('3'))}`,
      `1 栋|¥${formatFen(2 * byBuilding('1') - CUT - 15_000)}`,
      `2 栋|¥${formatFen(2 * byBuilding('2'))}`,
    ]);
    const building3 = estate.units.filter((u) => u.building === '3').length;
    const major = page.getByTestId('review-major-arrears');
    // A card is rendered when it comes into view (issue 21).
    await showCard(page, 'review-major-arrears');
    await expect
      .poll(() => major.textContent())
      .toContain(`重大欠费（${building3} 户，合计 ${formatFen(3 * OLD)} 元）`);
    await page.getByTestId('review-section-fees').scrollIntoViewIfNeeded();
    await screenshot(page, 'fees-review-section');

    // The report PDF: its fee pages say the same.
    await page.getByTestId('review-print').click();
    const report = await previewChecked(page, session.env.browser, 'fees-review-report', PAPER.A4);
    const feePage = pageWith(report, '往期欠费收缴率');
    expectAll(feePage.flat, [
      `本月应收（元）${formatFen(NOV)}`,
      `其中月末已收（元）${formatFen(PAID_NOV)}`,
      `本月收费率${feeRate}`,
      `月初往期欠费（元）${formatFen(ALL + OLD)}`,
      `往期欠费收缴率${pastRate}`,
      `月末欠费（元）${formatFen(NOV - PAID_NOV + ALL - PAID_OCT + OLD)}`,
    ]);
    const majorPage = pageWith(report, '重大欠费（');
    expectAll(majorPage.flat, [`重大欠费（${building3}户，合计${formatFen(3 * OLD)}元）`, '3-1-']);
    console.info('fee pages', feePage.page, feePage.png, majorPage.page, majorPage.png);
    await closePreview(page);
    expect(errors).toEqual([]);
  });
});
