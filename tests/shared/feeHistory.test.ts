import { describe, expect, it } from 'vitest';
import {
  checkFeeHistory,
  feeHistoryMapping,
  feeHistoryTotals,
  historyDate,
  historyItemCode,
  historyPeriod,
  yuanToFen,
  type FeeHistoryContext,
} from '@shared/domain/feeHistory';
import { DEFAULT_BILLING } from '@shared/domain/billing';
import { FEE_HISTORY_HEADERS, historyRow } from '../fixtures/movingIn';

const HEADERS = FEE_HISTORY_HEADERS;
const MAPPING = feeHistoryMapping(HEADERS);
const ctx = (over: Partial<FeeHistoryContext> = {}): FeeHistoryContext => ({
  units: new Map([
    ['1-1-101', { id: 'u101', code: '1-1-101', building: '1' }],
    ['1-1-102', { id: 'u102', code: '1-1-102', building: '1' }],
  ]),
  items: DEFAULT_BILLING.standards[0]!.monthlyItems,
  existingKeys: new Set(),
  today: '2026-11-17',
  ...over,
});
const row = historyRow;

describe('fee-history cells', () => {
  it('maps the sheet’s headers and the other names systems give them', () => {
    expect(MAPPING).toEqual(
      Object.fromEntries(
        ['unit', 'item', 'cycle', 'start', 'end', 'paidAt', 'due', 'paid', 'cashier', 'notes'].map(
          (f, i) => [f, HEADERS[i]],
        ),
      ),
    );
    expect(feeHistoryMapping(['房号', '费用名称', '应收金额（元）', '实收金额'])).toEqual({
      unit: '房号',
      item: '费用名称',
      due: '应收金额（元）',
      paid: '实收金额',
    });
  });

  it('reads yuan as integer fen, half up, from numbers and text', () => {
    expect(yuanToFen(268.5)).toBe(26_850);
    expect(yuanToFen(12.345)).toBe(1_235);
    expect(yuanToFen(12.344)).toBe(1_234);
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen('¥1,268.50')).toBe(126_850);
    expect(yuanToFen(' 99元 ')).toBe(9_900);
    expect(yuanToFen('0.005')).toBe(1);
    expect(yuanToFen(-1)).toBeNull();
    expect(yuanToFen('abc')).toBeNull();
    expect(yuanToFen('1.2.3')).toBeNull();
  });

  it('reads serial numbers, date cells and text dates as ISO dates', () => {
    expect(historyDate(46023)).toEqual({ ok: true, date: '2026-01-01' });
    expect(historyDate(46086.4375)).toEqual({ ok: true, date: '2026-03-05' });
    expect(historyDate(new Date(Date.UTC(2026, 2, 5)))).toEqual({ ok: true, date: '2026-03-05' });
    expect(historyDate('2026/3/5')).toEqual({ ok: true, date: '2026-03-05' });
    expect(historyDate('2026-03-05 10:22:13')).toEqual({ ok: true, date: '2026-03-05' });
    expect(historyDate('2026-02-30')).toEqual({ ok: false });
    expect(historyDate('下周')).toEqual({ ok: false });
  });

  it('keys whole months, quarters and years as the desk’s own periods', () => {
    expect(historyPeriod('2026-02-01', '2026-02-28')).toEqual({ period: '2026-02', aligned: true });
    expect(historyPeriod('2026-04-01', '2026-06-30')).toEqual({ period: '2026-Q2', aligned: true });
    expect(historyPeriod('2025-01-01', '2025-12-31')).toEqual({ period: '2025', aligned: true });
    expect(historyPeriod('2026-02-01', '2026-04-30')).toEqual({
      period: '2026-04',
      aligned: false,
    });
    expect(historyPeriod('2026-01-15', '2026-02-14')).toEqual({
      period: '2026-02',
      aligned: false,
    });
  });

  it('finds the item by its name', () => {
    const items = DEFAULT_BILLING.standards[0]!.monthlyItems;
    expect(historyItemCode('物业管理费', items)).toBe('property_fee');
    expect(historyItemCode('水费', items)).toBe('water_fee');
    expect(historyItemCode('垃圾清运费', items)).toBe('rubbish_fee');
    expect(historyItemCode('停车费', items)).toBe('history:停车费');
  });
});

describe('checkFeeHistory', () => {
  it('turns rows into past bills, payments and opening arrears', () => {
    const result = checkFeeHistory(
      [
        row(),
        row({ 房屋: '1-1-102', 缴费时间: undefined, 实缴金额: undefined, 应缴金额: '403.02' }),
        {},
        row({
          房屋: '1-1-102',
          开始时间: '2026-04-01',
          结束时间: '2026/6/30',
          实缴金额: 100,
          缴费时间: '2026-04-10',
        }),
      ],
      MAPPING,
      ctx(),
    );
    expect(result.errors).toEqual([]);
    expect(result.skipped).toBe(1);
    expect(
      result.valid.map((r) => [r.row, r.key, r.period, r.dueMonth, r.dueFen, r.paidFen, r.paidOn]),
    ).toEqual([
      [2, 'u101|property_fee|2026-Q1', '2026-Q1', '2026-03', 40_302, 40_302, '2026-03-05'],
      [3, 'u102|property_fee|2026-Q1', '2026-Q1', '2026-03', 40_302, 0, undefined],
      [5, 'u102|property_fee|2026-Q2', '2026-Q2', '2026-06', 40_302, 10_000, '2026-04-10'],
    ]);
    expect(result.valid[0]!.cashier).toBe('王丽');
    expect(result.valid[0]!.basis).toBe('历史导入：2026年第1季度（缴费周期 3个月）');
    expect(feeHistoryTotals(result.valid)).toEqual({
      bills: 3,
      payments: 2,
      dueFen: 120_906,
      paidFen: 50_302,
      openingArrearsFen: 70_604,
      unitsOwing: 1,
    });
  });

  it('lists every problem of a row: unknown unit, bad amounts, bad dates', () => {
    const result = checkFeeHistory(
      [
        row({ 房屋: '9-9-909' }),
        row({ 房屋: '一号楼' }),
        row({ 应缴金额: 'abc', 实缴金额: -5 }),
        row({ 开始时间: '2026-13-01', 结束时间: 'x' }),
        row({ 开始时间: 46112, 结束时间: 46023 }),
        row({ 实缴金额: 500 }),
        row({ 缴费时间: undefined }),
        row({ 缴费时间: '2026-12-01' }),
        row({ 应缴金额: 0 }),
      ],
      MAPPING,
      ctx(),
    );
    const byRow = (r: number) => result.errors.filter((e) => e.row === r).map((e) => e.message);
    expect(result.valid).toEqual([]);
    expect(byRow(2)).toEqual(['档案中没有房号 9-9-909，请先导入业户名册']);
    expect(byRow(3)[0]).toContain('无法识别的房屋');
    expect(byRow(4)).toEqual([
      '应缴金额应为不小于 0 的金额，如 268.50',
      '实缴金额应为不小于 0 的金额，如 268.50',
    ]);
    expect(byRow(5)).toEqual([
      '开始时间无法识别，应为日期，如 2026-03-01',
      '结束时间无法识别，应为日期，如 2026-03-01',
    ]);
    expect(byRow(6)).toEqual(['结束时间早于开始时间']);
    expect(byRow(7)).toEqual(['实缴金额大于应缴金额']);
    expect(byRow(8)).toEqual(['有实缴金额但缺少缴费时间']);
    expect(byRow(9)).toEqual(['缴费时间晚于今天']);
    expect(byRow(10)).toEqual(['应缴金额应大于 0']);
    expect(result.errors.find((e) => e.row === 2)?.column).toBe('房屋');
  });

  it('never doubles: a bill already stored is counted, the same bill twice in a file refused', () => {
    const result = checkFeeHistory(
      [row(), row({ 房屋: '1-1-102' }), row({ 房屋: '1-1-102', 备注: '重复' })],
      MAPPING,
      ctx({ existingKeys: new Set(['u101|property_fee|2026-Q1']) }),
    );
    expect(result.already).toBe(1);
    expect(result.valid.map((r) => r.row)).toEqual([3]);
    expect(result.errors).toEqual([
      { row: 4, column: '房屋', message: '与第 3 行重复（同房屋、收费项目和周期）' },
    ]);
  });

  it('refuses a file without the required columns', () => {
    const result = checkFeeHistory([row()], feeHistoryMapping(['房屋', '收费项目']), ctx());
    expect(result.errors).toEqual([
      {
        row: 0,
        message:
          '缺少必需的列：开始时间、结束时间、应缴金额（第 1 行应为表头：房屋、收费项目、缴费周期、开始时间、结束时间、缴费时间、应缴金额、实缴金额、收银员、备注）',
      },
    ]);
  });
});
