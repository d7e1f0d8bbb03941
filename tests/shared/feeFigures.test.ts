import { NO_FACTS } from '@shared/domain/review/branchReview';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINES } from '../../shared/domain/deadlines';
import { feeFigures } from '../../shared/domain/review/feeFigures';
import { monthlyFigures } from '../../shared/domain/review/monthly';
import { bill, inMonth } from '../fixtures/feeReview';

const makeBill = bill;

const NONE = { majorArrearsFen: 0, majorArrearsMonths: 0 };

describe('feeFigures: 收费率 of the month and of past arrears', () => {
  const bills = [
    // Due in November: one paid in full in November, one half, one paid only in December.
    makeBill({ id: 'a', dueMonth: '2026-11', payments: [{ at: inMonth('2026-11'), fen: 10_000 }] }),
    makeBill({
      id: 'b',
      unitId: 'u2',
      unitCode: '1-1-102',
      dueMonth: '2026-11',
      payments: [{ at: inMonth('2026-11'), fen: 5_000 }],
    }),
    makeBill({
      id: 'c',
      unitId: 'u3',
      unitCode: '2-1-101',
      building: '2',
      dueMonth: '2026-11',
      payments: [{ at: inMonth('2026-12'), fen: 10_000 }],
    }),
    // Past arrears: due in September, 4,000 paid in October, 3,000 paid in November.
    makeBill({
      id: 'd',
      unitId: 'u3',
      unitCode: '2-1-101',
      building: '2',
      dueMonth: '2026-09',
      payments: [
        { at: inMonth('2026-10'), fen: 4_000 },
        { at: inMonth('2026-11'), fen: 3_000 },
      ],
    }),
    // A waived bill asks nothing and is no arrears.
    makeBill({ id: 'w', dueMonth: '2026-08', waived: true }),
    // Due after the month: neither billed in it nor owed.
    makeBill({ id: 'f', dueMonth: '2026-12' }),
  ];

  it('divides what the month collected by what it billed, payments after its end left out', () => {
    const f = feeFigures(bills, '2026-11', NONE);
    expect(f.billedFen).toBe(30_000);
    expect(f.collectedFen).toBe(15_000);
    expect(f.rate).toEqual({ numerator: 15_000, denominator: 30_000, value: 0.5 });
  });

  it('counts past arrears as they stood at the month start, and what the month collected', () => {
    const f = feeFigures(bills, '2026-11', NONE);
    expect(f.pastArrearsFen).toBe(6_000);
    expect(f.pastCollectedFen).toBe(3_000);
    expect(f.pastRate.value).toBe(0.5);
  });

  it('ages the arrears at the month end and sums them per building', () => {
    const f = feeFigures(bills, '2026-11', NONE);
    // b: 5,000 and c: 10,000 due this month (1 month); d: 3,000 due in September (3 months).
    expect(f.owedFen).toBe(18_000);
    expect(f.owingUnits).toBe(2);
    expect(f.byAgeFen).toEqual({ m1: 15_000, m2_3: 3_000, m4_6: 0, m7_12: 0, m12plus: 0 });
    expect(f.byBuilding.map((b) => [b.building, b.units, b.owedFen])).toEqual([
      ['1', 1, 5_000],
      ['2', 1, 13_000],
    ]);
  });

  it('reads a past month as it stood then: a later payment does not rewrite it', () => {
    const october = feeFigures(bills, '2026-10', NONE);
    // September's bill stood at 6,000 at the end of October, though paid down later.
    expect(october.owedFen).toBe(6_000);
    expect(october.byAgeFen['m2_3']).toBe(6_000);
  });

  it('lists 重大欠费 by the thresholds, most owed first', () => {
    const byMonths = feeFigures(bills, '2026-11', { majorArrearsFen: 0, majorArrearsMonths: 3 });
    expect(byMonths.major.map((m) => [m.unitCode, m.owedFen, m.oldestMonths])).toEqual([
      ['2-1-101', 13_000, 3],
    ]);
    expect(byMonths.majorFen).toBe(13_000);
    const byAmount = feeFigures(bills, '2026-11', {
      majorArrearsFen: 5_000,
      majorArrearsMonths: 0,
    });
    expect(byAmount.major.map((m) => m.unitCode)).toEqual(['2-1-101', '1-1-102']);
    expect(feeFigures(bills, '2026-11', NONE).major).toEqual([]);
  });

  it('has no rate when nothing was billed or owed', () => {
    const f = feeFigures([], '2026-11', NONE);
    expect(f.rate.value).toBeNull();
    expect(f.pastRate.value).toBeNull();
    expect(f.owedFen).toBe(0);
  });
});

describe('monthlyFigures: the fees section', () => {
  const empty = NO_FACTS;
  const ctx = {
    now: '2026-11-17T02:30:00.000Z',
    deadlines: { ...DEFAULT_DEADLINES },
    majorArrears: { majorArrearsFen: 1, majorArrearsMonths: 0 },
  };

  it('is there when bills were read, with the thresholds of the context', () => {
    const f = monthlyFigures(
      { ...empty, bills: [makeBill({ id: 'x', dueMonth: '2026-11' })] },
      '2026-11',
      ctx,
    );
    expect(f.fees?.billedFen).toBe(10_000);
    expect(f.fees?.major.map((m) => m.unitCode)).toEqual(['1-1-101']);
  });

  it('is absent when no bills were read (figures of before issue 18)', () => {
    expect(monthlyFigures(empty, '2026-11', ctx).fees).toBeUndefined();
  });
});
