import { describe, expect, it } from 'vitest';
import { planBills, type BillableUnit } from '@shared/domain/billing';
import { billCover, coveredMonths, periodsDeciding } from '@shared/domain/billOverlap';
import {
  checkFeeHistory,
  feeHistoryMapping,
  feeHistoryMappingSchema,
} from '@shared/domain/feeHistory';
import { FEE_HISTORY_HEADERS, historyRow } from '../fixtures/movingIn';
import { billingWith, RUBBISH_FEE } from '../fixtures/billing';

const unit: BillableUnit = {
  id: 'u1',
  code: '1-1-101',
  building: '1',
  status: 'occupied',
  unitType: 'residential',
  builtAreaHundredths: 8956,
};
const other: BillableUnit = { ...unit, id: 'u2', code: '1-1-102' };
const settings = billingWith({ monthlyItems: [RUBBISH_FEE] });
const plan = (period: string, keys: string[]) =>
  planBills([unit, other], period, settings, 70, new Set(keys));
const items = (r: ReturnType<typeof plan>, unitId = 'u1') =>
  r.drafts.filter((d) => d.unitId === unitId).map((d) => d.itemCode);

describe('months already billed under another period', () => {
  it('reads the months of a month, a quarter, a year and an imported span', () => {
    expect(coveredMonths('2026-03')).toEqual(['2026-03']);
    expect(coveredMonths('2026-Q1')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(coveredMonths('2026')).toHaveLength(12);
    expect(coveredMonths('2025-12-15~2026-02-14')).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('does not bill a quarter one of whose months was imported by month', () => {
    const r = plan('2026-Q1', ['u1|property_fee|2026-02']);
    // The property fee of u1 is skipped; its rubbish fee and the other unit are billed.
    expect(items(r)).toEqual(['rubbish_fee']);
    expect(items(r, 'u2')).toEqual(['property_fee', 'rubbish_fee']);
    expect(r.overlapping).toBe(1);
    expect(r.skipped).toBe(1);
  });

  it('does not bill a month a quarter or year already covers (the reverse)', () => {
    expect(items(plan('2026-02', ['u1|property_fee|2026-Q1']))).toEqual(['rubbish_fee']);
    expect(items(plan('2026-11', ['u1|rubbish_fee|2026']))).toEqual(['property_fee']);
    // A month of another quarter is billed.
    expect(items(plan('2026-04', ['u1|property_fee|2026-Q1']))).toEqual([
      'property_fee',
      'rubbish_fee',
    ]);
  });

  it('counts a span imported across months as covering each month it touches', () => {
    const keys = ['u1|property_fee|2026-01-15~2026-02-14'];
    expect(items(plan('2026-02', keys))).toEqual(['rubbish_fee']);
    expect(items(plan('2026-Q1', keys))).toEqual(['rubbish_fee']);
    expect(items(plan('2026-03', keys))).toEqual(['property_fee', 'rubbish_fee']);
  });

  it('names the stored periods that can decide a run: from its first month on, and its years', () => {
    expect(periodsDeciding(['2026-10'])).toEqual({ from: '2026-10', also: ['2026'] });
    expect(periodsDeciding(['2026-12', '2027-01'])).toEqual({
      from: '2026-12',
      also: ['2026'],
    });
    // Every key that can equal a draft or cover its months is in a period named.
    const { from, also } = periodsDeciding(['2026-07', '2026-08', '2026-09']);
    const named = (p: string) => p >= from || also.includes(p);
    for (const p of ['2026-07', '2026-09', '2026-Q3', '2026', '2026-10', '2027'])
      expect(named(p), p).toBe(true);
    // A span is stored under its last month: one covering July ends in July or later.
    expect(named('2026-06')).toBe(false);
  });

  it('sees keys added after it was built', () => {
    const cover = billCover(new Set());
    expect(cover.overlapping('u1', 'property_fee', ['2026-02'])).toBeUndefined();
    cover.add('u1|property_fee|2026-Q1');
    expect(cover.overlapping('u1', 'property_fee', ['2026-02'])).toBe('2026-Q1');
    cover.add('u1|water_fee|2026-03-10~2026-04-09');
    expect(cover.overlapping('u1', 'water_fee', ['2026-04'])).toBe('2026-03-10~2026-04-09');
    expect(cover.overlapping('u1', 'power_fee', ['2026-04'])).toBeUndefined();
  });
});

describe('fee history against months already billed', () => {
  const MAPPING = feeHistoryMapping(FEE_HISTORY_HEADERS);
  const ctx = (existing: string[] = []) => ({
    units: new Map([['1-1-101', { id: 'u101', code: '1-1-101', building: '1' }]]),
    items: settings.standards[0]!.monthlyItems,
    existingKeys: new Set(existing),
    today: '2026-11-17',
  });
  // 46023 = 2026-01-01, 46053 = 2026-01-31, 46054 = 2026-02-01, 46081 = 2026-02-28.
  const january = historyRow({
    开始时间: 46023,
    结束时间: 46053,
    应缴金额: 134.34,
    实缴金额: 134.34,
  });
  const february = historyRow({
    开始时间: 46054,
    结束时间: 46081,
    应缴金额: 134.34,
    实缴金额: 134.34,
  });

  it('refuses a month the desk already billed as its quarter, naming that bill', () => {
    const r = checkFeeHistory([january], MAPPING, ctx(['u101|property_fee|2026-Q1']));
    expect(r.valid).toEqual([]);
    expect(r.errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: '开始时间',
        message: expect.stringContaining('2026年第1季度'),
      }),
    ]);
  });

  it('refuses a quarter and its months in one file', () => {
    const r = checkFeeHistory([historyRow(), february], MAPPING, ctx());
    expect(r.valid.map((v) => v.period)).toEqual(['2026-Q1']);
    expect(r.errors).toEqual([
      expect.objectContaining({ row: 3, message: '与第 2 行的月份重叠（同房屋、收费项目）' }),
    ]);
  });

  it('still counts the same bill imported again as already there, not as an error', () => {
    const r = checkFeeHistory([january], MAPPING, ctx(['u101|property_fee|2026-01']));
    expect(r).toMatchObject({ valid: [], errors: [], already: 1 });
  });

  it('takes months of other items and of the next quarter', () => {
    const r = checkFeeHistory(
      [
        historyRow({ 收费项目: '水费', 开始时间: 46023, 结束时间: 46053, 实缴金额: 0 }),
        // 46113 = 2026-04-01, 46142 = 2026-04-30.
        historyRow({ 开始时间: 46113, 结束时间: 46142, 应缴金额: 134.34, 实缴金额: 134.34 }),
      ],
      MAPPING,
      ctx(['u101|property_fee|2026-Q1']),
    );
    expect(r.errors).toEqual([]);
    expect(r.valid.map((v) => `${v.itemCode} ${v.period}`)).toEqual([
      'water_fee 2026-01',
      'property_fee 2026-04',
    ]);
  });
});

describe('fee-history column mapping', () => {
  it('guesses only headers that name a column, and none of another system’s other columns', () => {
    expect(
      feeHistoryMapping(['房屋类型', '收费项目编码', '费用名称', '应收金额（元）', '起始日期']),
    ).toEqual({ item: '费用名称', due: '应收金额（元）', start: '起始日期' });
  });

  it('takes what the clerk mapped last time first, where this file has the header', () => {
    const remembered = { unit: '房产', due: '本期应收', start: '计费起' };
    expect(feeHistoryMapping(['房产', '应收', '本期应收', '开始时间'], remembered)).toEqual({
      unit: '房产',
      due: '本期应收',
      start: '开始时间',
    });
  });

  it('keeps only known fields in the setting', () => {
    expect(feeHistoryMappingSchema.safeParse({ unit: '房产' }).success).toBe(true);
    expect(feeHistoryMappingSchema.safeParse({ owner: '业主' }).success).toBe(false);
    expect(feeHistoryMappingSchema.safeParse({ unit: '' }).success).toBe(false);
  });
});
