/**
 * Moving in from another system (issue 18): the open-source suite's room template goes into the
 * archive once its codes are translated (the translations remembered for the next file), then
 * that system's fee history goes in as past bills, its payments and the opening arrears — each
 * previewed with its row errors, nothing written until confirmed, by keyboard.
 */
import { describe, expect, it } from 'vitest';
import { completeFirstRun, pick, screenshot } from '../harness';
import { openRosterFile, openScreen, showsText, XLSX_TYPE } from '../desk';
import {
  FEE_HISTORY_HEADERS,
  SUITE_ROOM_HEADERS,
  sheetXlsx,
  suiteRooms,
} from '../../fixtures/movingIn';
import { withApp } from '../lifecycle';

const session = withApp();
/** The suite's own name of its room template. */
const ROOM_TEMPLATE = '房屋导入模板.xlsx';

describe('moving in from another system', () => {
  it('imports the suite’s room template once its codes are translated', async () => {
    const { page, errors } = session.app;
    await completeFirstRun(page);
    await openScreen(page, 'archive', 'archive-page');
    const file = await sheetXlsx(SUITE_ROOM_HEADERS, suiteRooms());
    await openRosterFile(page, file, ROOM_TEMPLATE);
    // 业主类型 is not guessed as 身份; the columns the archive has no field for are listed.
    expect(await page.getByTestId('roster-map-kind').textContent()).not.toContain('业主类型');
    await showsText(page, 'roster-unmapped', '业主类型');
    await showsText(page, 'roster-unmapped', '总层数');
    // 是否有电梯 goes to the unit and 性别 to the person (codes translated below).
    await showsText(page, 'roster-map-hasElevator', '是否有电梯');
    await showsText(page, 'roster-map-gender', '性别');
    // The clerk maps it herself, by typing and Enter.
    await pick(page, 'roster-map-kind', '业主类型');
    await expect
      .poll(() => page.getByTestId('roster-map-kind').textContent())
      .toContain('业主类型');
    // Samples of personal data show masked.
    expect(await page.getByTestId('roster-mapping').textContent()).not.toContain('13900000001');
    await screenshot(page, 'moving-in-columns');
    await page.getByTestId('roster-validate').click();

    await page.getByTestId('roster-codes').waitFor();
    await showsText(page, 'roster-codes-left', '10');
    for (const [id, value] of [
      ['unitType-1', '住宅'],
      ['unitType-2', '商铺'],
      ['unitStatus-2001', '已入住'],
      ['unitStatus-2002', '空置'],
      ['kind-1001', '业主'],
      ['kind-1003', '租户'],
      ['hasElevator-1010', '有'],
      ['hasElevator-2020', '无'],
      ['gender-1', '女'],
      ['gender-2', '男'],
    ] as const) {
      await pick(page, `roster-code-${id}`, value);
    }
    await expect.poll(() => page.getByTestId('roster-codes-left').count()).toBe(0);
    await page.keyboard.press('Escape');
    await screenshot(page, 'moving-in-codes');
    // Back to the columns and on again: what she translated is still there.
    await page.getByTestId('roster-codes-back').click();
    await page.getByTestId('roster-validate').click();
    await showsText(page, 'roster-code-kind-1003', '租户');
    expect(await page.getByTestId('roster-codes-left').count()).toBe(0);
    await page.getByTestId('roster-codes-validate').click();

    await page.getByTestId('roster-preview').waitFor();
    expect(await page.getByTestId('roster-errors').count()).toBe(0);
    await showsText(page, 'roster-warnings', '110***********0330');
    await page.getByTestId('roster-confirm').click();
    await showsText(page, 'roster-done', '新增住户 6 人');
    await page.getByTestId('roster-close').click();

    // The next file from the same system: its codes are already translated.
    await openRosterFile(page, file, ROOM_TEMPLATE);
    await pick(page, 'roster-map-kind', '业主类型');
    await page.getByTestId('roster-validate').click();
    await page.getByTestId('roster-codes').waitFor();
    expect(await page.getByTestId('roster-codes-left').count()).toBe(0);
    await showsText(page, 'roster-code-unitStatus-2002', '空置');
    await page.locator('.ant-modal-close').click();
    await page.getByTestId('roster-codes').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('imports the fee history as past bills, payments and opening arrears, once', async () => {
    const { page, errors } = session.app;
    await openScreen(page, 'fees', 'fees-page');
    await page.getByRole('tab', { name: '历史导入' }).click();
    await page.getByTestId('history-panel').waitFor();
    // Serials: 46023 = 2026-01-01, 46112 = 2026-03-31, 46086 = 2026-03-05.
    const file = await sheetXlsx(FEE_HISTORY_HEADERS, [
      ['1-1-101', '物业费', '3个月', 46023, 46112, 46086, 403.02, 403.02, '王丽', ''],
      ['1-1-102', '物业费', '3个月', '2026-01-01', '2026-03-31', null, 325.35, null, null, '未缴'],
      ['1-1-103', '物业费', '3个月', 46023, 46112, '2026/3/20', 325.35, 100, '王丽', '部分缴纳'],
      ['9-9-909', '物业费', '3个月', 46023, 46112, null, 100, null, null, ''],
      ['1-2-201', '物业费', '3个月', 46023, 46112, null, '三百', null, null, ''],
    ]);
    const choose = async () => {
      // Listen first: Playwright starts catching file choosers a round trip after a listener is
      // added, and an Enter pressed before that opens the browser's own (invisible) dialog.
      const waiting = page.waitForEvent('filechooser');
      // The tab's pane shows before its button can take the focus (a hidden pane cannot).
      const button = page.getByTestId('history-choose');
      await button.waitFor({ state: 'visible' });
      await button.focus();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('history-choose');
      await page.keyboard.press('Enter');
      const chooser = await waiting;
      await chooser.setFiles({ name: '收费记录.xlsx', mimeType: XLSX_TYPE, buffer: file });
      // The columns first: the sheet's own headers are all recognised; the clerk checks on.
      await page.getByTestId('history-mapping').waitFor();
      await page.getByTestId('history-validate').click();
      await page.getByTestId('history-preview').waitFor();
    };
    await choose();
    await showsText(page, 'history-summary', '历史账单 3 条');
    await showsText(page, 'history-summary', '期初欠费 550.70 元（2 户）');
    await showsText(page, 'history-errors', '档案中没有房号 9-9-909');
    await showsText(page, 'history-errors', '应缴金额应为不小于 0 的金额');
    expect(await page.getByTestId('history-confirm').isDisabled()).toBe(true);
    await screenshot(page, 'moving-in-fee-history');

    // Skip the two bad rows (Space) and confirm (Enter).
    await page.getByTestId('history-skip-bad').focus();
    await page.keyboard.press('Space');
    await page.getByTestId('history-confirm').focus();
    await page.keyboard.press('Enter');
    await showsText(page, 'history-done', '原系统收款 2 笔 503.02 元');
    await showsText(page, 'history-done', '跳过有误的行 2 行');

    // Opening arrears in the arrears list, aged from March.
    await page.getByRole('tab', { name: '欠费催缴' }).click();
    await showsText(page, 'arrears-summary', '欠费 2 户');
    const row = page.getByTestId('arrears-table').locator('tr', { hasText: '1-1-102' });
    await expect.poll(() => row.textContent()).toContain('325.35');
    await screenshot(page, 'moving-in-arrears');

    // The same file again writes nothing.
    await page.getByRole('tab', { name: '历史导入' }).click();
    await choose();
    await showsText(page, 'history-summary', '已导入过 3 条');
    await showsText(page, 'history-summary', '历史账单 0 条');
    expect(await page.getByTestId('history-confirm').isDisabled()).toBe(true);

    // A sheet with other headers: nothing guessed from words that name no column; she maps them.
    await page.getByTestId('history-back').click();
    const other = await sheetXlsx(
      ['房产', '项目', '起', '止', '本期应收'],
      [['1-1-101', '物业费', 46113, 46203, 403.02]],
    );
    await page
      .getByTestId('history-file')
      .setInputFiles({ name: '其他系统.xlsx', mimeType: XLSX_TYPE, buffer: other });
    await showsText(page, 'history-unmapped', '房产');
    for (const [field, header] of [
      ['unit', '房产'],
      ['item', '项目'],
      ['start', '起'],
      ['end', '止'],
      ['due', '本期应收'],
    ] as const) {
      await pick(page, `history-map-${field}`, header);
    }
    await expect.poll(() => page.getByTestId('history-unmapped').count()).toBe(0);
    await screenshot(page, 'moving-in-fee-columns');
    await page.getByTestId('history-validate').click();
    await page.getByTestId('history-preview').waitFor();
    await showsText(page, 'history-summary', '历史账单 1 条');
    expect(errors).toEqual([]);
  });
});
