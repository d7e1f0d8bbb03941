import { describe, expect, it } from 'vitest';
import {
  billingSettingsSchema,
  divRoundHalfUp,
  parseHundredths,
  percentOfFen,
  periodMonths,
  periodOf,
  planBills,
  standardFor,
  unitBills,
  checkAdjustment,
  occupantOf,
  type BillableUnit,
  type BillingSettings,
} from '@shared/domain/billing';
import { checkReading, isUnusualConsumption } from '@shared/domain/meters';
import {
  ageBucket,
  ageMonths,
  brokenPromises,
  checkAllocations,
  checkChase,
  collectionRate,
  settleOldestFirst,
  unitArrears,
} from '@shared/domain/arrears';
import { billingWith, ratesWith, RUBBISH_FEE } from '../fixtures/billing';

const settings = (over: Partial<BillingSettings> = {}): BillingSettings =>
  billingWith(
    {
      from: '2026-01',
      propertyRates: ratesWith({ residential: 185 }),
      monthlyItems: [RUBBISH_FEE],
      waterUnitFen: 345,
      powerUnitFen: 52,
    },
    over,
  );

const unit = (over: Partial<BillableUnit> = {}): BillableUnit => ({
  id: 'u1',
  code: '3-1-1201',
  building: '3',
  status: 'occupied',
  unitType: 'residential',
  builtAreaHundredths: 8956,
  ...over,
});

describe('rounding to the fen, half up', () => {
  it('rounds .5 up and below .5 down', () => {
    expect(divRoundHalfUp(15n, 10n)).toBe(2);
    expect(divRoundHalfUp(14n, 10n)).toBe(1);
    expect(divRoundHalfUp(25n, 10n)).toBe(3); // not banker's rounding
  });
  it('takes 70 % of 12,345 fen as 8,642 (8,641.5 up)', () => {
    expect(percentOfFen(12_345, 70)).toBe(8642);
    expect(percentOfFen(12_344, 70)).toBe(8641); // 8,640.8
  });
  it('prices 89.56 ㎡ × 1.85 元 = 165.686 → 165.69 元', () => {
    const [bill] = unitBills(unit(), '2026-11', settings(), 70);
    expect(bill?.itemCode).toBe('property_fee');
    expect(bill?.amountFen).toBe(16569);
  });
  it('rounds once for a quarter, not per month (3 × 165.686 = 497.058 → 497.06)', () => {
    const s = settings({ cycle: 'quarterly' });
    const [bill] = unitBills(unit(), periodOf('quarterly', '2026-11'), s, 70);
    expect(bill?.period).toBe('2026-Q4');
    expect(bill?.dueMonth).toBe('2026-12');
    expect(bill?.amountFen).toBe(49706);
  });
  it('reads areas and readings as hundredths without floats', () => {
    expect(parseHundredths('89.56')).toBe(8956);
    expect(parseHundredths(0.1 + 0.2)).toBe(30);
    expect(parseHundredths('１２０')).toBe(12000);
    expect(parseHundredths('1.234')).toBeNull();
    expect(parseHundredths('-3')).toBeNull();
  });
});

describe('custody and vacant units', () => {
  it('charges a unit in custody its percentage of the property fee only', () => {
    const bills = unitBills(unit({ status: 'custody' }), '2026-11', settings(), 70);
    const property = bills.find((b) => b.itemCode === 'property_fee');
    // 165.686 × 70 % = 115.9802 → 115.98 (one rounding of the exact product)
    expect(property?.amountFen).toBe(11598);
    expect(property?.basis).toContain('70%（托管）');
    expect(bills.find((b) => b.itemCode === 'rubbish_fee')?.amountFen).toBe(1000);
  });
  it('follows the vacant setting: full, a percentage, or nothing', () => {
    const vacant = unit({ status: 'vacant' });
    expect(unitBills(vacant, '2026-11', settings(), 70)[0]?.amountFen).toBe(16569);
    const half = unitBills(
      vacant,
      '2026-11',
      settings({ vacantMode: 'percent', vacantPercent: 50 }),
      70,
    );
    expect(half[0]?.amountFen).toBe(8284); // 82.843 → 82.84
    expect(unitBills(vacant, '2026-11', settings({ vacantMode: 'none' }), 70)).toEqual([]);
  });
});

describe('dated standards', () => {
  it('applies a new standard from its month on, month by month inside a quarter', () => {
    const s = settings({ cycle: 'quarterly' });
    const first = s.standards[0]!;
    s.standards.push({
      ...first,
      from: '2026-12',
      propertyRates: { ...first.propertyRates, residential: 200 },
    });
    expect(standardFor(s.standards, '2026-11')?.from).toBe('2026-01');
    expect(standardFor(s.standards, '2027-03')?.from).toBe('2026-12');
    const [bill] = unitBills(unit({ builtAreaHundredths: 10000 }), '2026-Q4', s, 70);
    expect(bill?.amountFen).toBe(185 * 100 * 2 + 200 * 100);
  });
  it('refuses two standards from the same month', () => {
    const s = settings();
    s.standards.push({ ...s.standards[0]! });
    expect(billingSettingsSchema.safeParse(s).success).toBe(false);
  });
  it('knows the months of each period', () => {
    expect(periodMonths('2026-Q1')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(periodMonths('2026')).toHaveLength(12);
    expect(periodOf('yearly', '2026-05')).toBe('2026');
  });
});

describe('generating a period again', () => {
  it('never plans a bill whose key is already billed', () => {
    const s = settings();
    const units = [unit(), unit({ id: 'u2', code: '3-1-1202' })];
    const first = planBills(units, '2026-11', s, 70, new Set());
    expect(first.drafts).toHaveLength(4);
    const again = planBills(units, '2026-11', s, 70, new Set(first.drafts.map((d) => d.key)));
    expect(again.drafts).toEqual([]);
    expect(again.skipped).toBe(4);
  });
  it('bills water and power from the usage of the period', () => {
    const bills = unitBills(unit(), '2026-11', settings(), 70, [
      { meter: 'water', byMonth: [{ month: '2026-11', consumption: 1250 }] },
      {
        meter: 'power',
        byMonth: [
          { month: '2026-10', consumption: 99999 },
          { month: '2026-11', consumption: 10150 },
        ],
      },
    ]);
    expect(bills.find((b) => b.itemCode === 'water_fee')?.amountFen).toBe(4313); // 12.5 × 3.45 = 43.125
    expect(bills.find((b) => b.itemCode === 'power_fee')?.amountFen).toBe(5278); // 101.5 × 0.52
  });
});

describe('adjusting a bill', () => {
  it('needs a reason and never goes below what was paid', () => {
    const bill = { amountFen: 10000, paidFen: 3000, status: 'open' };
    expect(checkAdjustment(bill, 5000, '')).toContain('请填写调整原因');
    expect(checkAdjustment(bill, 2000, '面积有误')[0]).toContain('不能低于已收金额');
    expect(checkAdjustment(bill, 3000, '经理批准减免')).toEqual([]);
  });
});

describe('meter readings', () => {
  it('refuses a reading below the last with a clear message', () => {
    const r = checkReading('water', { value: 10000, previous: 12000 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/小于上次读数 120m³.*换表/);
  });
  it('takes a replaced meter: old meter to its final reading plus the new one from its start', () => {
    const r = checkReading('power', {
      value: 3500,
      previous: 987600,
      replacement: { oldFinal: 990000, newStart: 0 },
    });
    expect(r).toEqual({ ok: true, consumption: 2400 + 3500 });
  });
  it('refuses a replacement whose old final is below the last reading', () => {
    const r = checkReading('power', {
      value: 3500,
      previous: 987600,
      replacement: { oldFinal: 900000, newStart: 0 },
    });
    expect(r.ok).toBe(false);
  });
  it('starts a first meter at zero consumption', () => {
    expect(checkReading('water', { value: 5000 })).toEqual({ ok: true, consumption: 0 });
  });
  it('flags consumption far above the recent average', () => {
    expect(isUnusualConsumption(9000, [1000, 1200, 1100], 3)).toBe(true);
    expect(isUnusualConsumption(2000, [1000, 1200, 1100], 3)).toBe(false);
    expect(isUnusualConsumption(400, [100, 100], 3)).toBe(false); // tiny in absolute terms
  });
});

describe('settling oldest first', () => {
  const bills = [
    { id: 'b3', dueMonth: '2026-11', itemCode: 'property_fee', openFen: 10000 },
    { id: 'b1', dueMonth: '2026-09', itemCode: 'water_fee', openFen: 3000 },
    { id: 'b2', dueMonth: '2026-09', itemCode: 'property_fee', openFen: 10000 },
  ];
  it('settles the oldest month first, property fee before water', () => {
    const r = settleOldestFirst(bills, 15000);
    expect(r.allocations).toEqual([
      { billId: 'b2', fen: 10000 },
      { billId: 'b1', fen: 3000 },
      { billId: 'b3', fen: 2000 },
    ]);
    expect(r.leftoverFen).toBe(0);
  });
  it('keeps what is left over as a prepayment', () => {
    expect(settleOldestFirst(bills, 30000).leftoverFen).toBe(7000);
  });
  it('refuses an amount above what a picked bill owes', () => {
    expect(checkAllocations(bills, [{ billId: 'b1', fen: 3001 }])[0]).toContain('不能超过欠费');
  });
});

describe('arrears by age', () => {
  it('ages a bill due this month as 1 month, and buckets 1 / 2–3 / 4–6 / 7–12 / >12', () => {
    expect(ageMonths('2026-11', '2026-11')).toBe(1);
    expect(ageMonths('2026-09', '2026-11')).toBe(3);
    expect([1, 2, 3, 4, 6, 7, 12, 13].map(ageBucket)).toEqual([
      'm1',
      'm2_3',
      'm2_3',
      'm4_6',
      'm4_6',
      'm7_12',
      'm7_12',
      'm12plus',
    ]);
  });
  it('sums a unit by bucket and marks major arrears by months or amount', () => {
    const rows = unitArrears(
      [
        {
          id: 'a',
          unitId: 'u1',
          unitCode: '1-101',
          building: '1',
          dueMonth: '2026-11',
          itemCode: 'property_fee',
          openFen: 100,
        },
        {
          id: 'b',
          unitId: 'u1',
          unitCode: '1-101',
          building: '1',
          dueMonth: '2026-04',
          itemCode: 'property_fee',
          openFen: 200,
        },
        {
          id: 'c',
          unitId: 'u2',
          unitCode: '1-102',
          building: '1',
          dueMonth: '2026-12',
          itemCode: 'property_fee',
          openFen: 999,
        },
      ],
      '2026-11',
      { majorArrearsFen: 0, majorArrearsMonths: 6 },
    );
    expect(rows).toHaveLength(1); // u2's bill falls due next month: not arrears yet
    expect(rows[0]).toMatchObject({ owedFen: 300, oldestMonths: 8, openMonths: 2, major: true });
    expect(rows[0]?.buckets).toMatchObject({ m1: 100, m7_12: 200 });
  });
});

describe('collection rate', () => {
  it('divides what the month collected by what it billed, and past arrears apart', () => {
    const r = collectionRate(
      [
        {
          dueMonth: '2026-11',
          amountFen: 10000,
          payments: [
            { month: '2026-11', fen: 6000 },
            { month: '2026-12', fen: 4000 },
          ],
        },
        { dueMonth: '2026-11', amountFen: 10000, payments: [] },
        {
          dueMonth: '2026-10',
          amountFen: 5000,
          payments: [
            { month: '2026-10', fen: 1000 },
            { month: '2026-11', fen: 2000 },
          ],
        },
      ],
      '2026-11',
    );
    expect(r).toMatchObject({ billedFen: 20000, collectedFen: 6000, rate: 0.3 });
    expect(r).toMatchObject({ pastArrearsFen: 4000, pastCollectedFen: 2000, pastRate: 0.5 });
  });
});

describe('chasing', () => {
  it('needs a promise date not in the past', () => {
    expect(checkChase({ kind: 'promise', note: '' }, '2026-11-17')).toContain('请填写承诺缴费日期');
    expect(
      checkChase({ kind: 'promise', note: '', promiseDate: '2026-11-16' }, '2026-11-17'),
    ).toHaveLength(1);
    expect(checkChase({ kind: 'phone', note: '无人接听' }, '2026-11-17')).toEqual([]);
  });
  it('shows only the latest promise of a unit that still owes once its date passed', () => {
    const chases = [
      { unitId: 'u1', at: '2026-11-01T00:00:00Z', promiseDate: '2026-11-10' },
      { unitId: 'u1', at: '2026-11-12T00:00:00Z', promiseDate: '2026-11-30' },
      { unitId: 'u2', at: '2026-11-01T00:00:00Z', promiseDate: '2026-11-10' },
      { unitId: 'u3', at: '2026-11-01T00:00:00Z', promiseDate: '2026-11-10' },
    ];
    const broken = brokenPromises(chases, new Set(['u1', 'u2']), '2026-11-17');
    expect(broken.map((c) => c.unitId)).toEqual(['u2']);
  });
});

describe('occupantOf: who a notice is addressed to', () => {
  const person = (name: string, kind: string, extra: Record<string, string> = {}) => ({
    name,
    kind,
    ...extra,
  });

  it('prefers an owner or company over a tenant, a tenant over family', () => {
    expect(occupantOf([person('家属', 'family'), person('租户', 'tenant')])?.name).toBe('租户');
    expect(
      occupantOf([person('租户', 'tenant'), person('单位', 'company'), person('业主', 'owner')])
        ?.name,
    ).toBe('单位');
  });

  it('leaves out people who moved out or were deleted', () => {
    expect(
      occupantOf([
        person('旧业主', 'owner', { moveOutDate: '2026-01-01' }),
        person('删掉', 'owner', { deletedAt: '2026-02-01T00:00:00.000Z' }),
        person('家属', 'family'),
      ])?.name,
    ).toBe('家属');
    expect(occupantOf([person('旧业主', 'owner', { moveOutDate: '2026-01-01' })])).toBeUndefined();
  });
});
