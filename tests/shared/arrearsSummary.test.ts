import { describe, expect, it } from 'vitest';
import {
  applyBillChanges,
  openShare,
  summaryArrears,
  summaryEntries,
  unitArrears,
  type ArrearsSummary,
  type SummaryBill,
} from '@shared/domain/arrears';

const bill = (over: Partial<SummaryBill> = {}): SummaryBill => ({
  unitId: 'u-8',
  unitCode: '8-1-602',
  building: '8',
  dueMonth: '2026-06',
  amountFen: 18000,
  paidFen: 0,
  status: 'open',
  ...over,
});

const thresholds = { majorArrearsFen: 30000, majorArrearsMonths: 6 };

describe('the per-unit arrears summary', () => {
  it('counts what an open bill still owes, and nothing for a paid, waived or deleted one', () => {
    expect(openShare(bill({ paidFen: 5000 }))).toBe(13000);
    expect(openShare(bill({ status: 'paid', paidFen: 18000 }))).toBe(0);
    expect(openShare(bill({ status: 'waived' }))).toBe(0);
    expect(openShare(bill({ deletedAt: '2026-07-01T00:00:00.000Z' }))).toBe(0);
    expect(openShare(undefined)).toBe(0);
  });

  it('adds, part-pays and settles by due month; nothing left open is no row', () => {
    const june = bill();
    const july = bill({ dueMonth: '2026-07', amountFen: 2000 });
    const row = applyBillChanges(undefined, 'u-8', [{ after: june }, { after: july }]);
    expect(row).toEqual({
      unitId: 'u-8',
      unitCode: '8-1-602',
      building: '8',
      due: { '2026-06': { fen: 18000, bills: 1 }, '2026-07': { fen: 2000, bills: 1 } },
    });
    const part = applyBillChanges(row, 'u-8', [
      { before: june, after: { ...june, paidFen: 8000 } },
    ]);
    expect(part?.due['2026-06']).toEqual({ fen: 10000, bills: 1 });
    // The row it was given is not changed (the stored row is replaced, never edited in place).
    expect(row?.due['2026-06']).toEqual({ fen: 18000, bills: 1 });
    const paid = applyBillChanges(part, 'u-8', [
      { before: { ...june, paidFen: 8000 }, after: { ...june, paidFen: 18000, status: 'paid' } },
    ]);
    expect(Object.keys(paid!.due)).toEqual(['2026-07']);
    expect(applyBillChanges(paid, 'u-8', [{ before: july }])).toBeUndefined();
  });

  it('ages the same as the open bills it stands for', () => {
    const bills = [
      bill({ dueMonth: '2026-03' }),
      bill({ dueMonth: '2026-03', amountFen: 3000 }),
      bill({ dueMonth: '2026-10', amountFen: 2500, paidFen: 500 }),
      bill({ dueMonth: '2026-12' }), // due after the month asked: not arrears yet
    ];
    const row = applyBillChanges(
      undefined,
      'u-8',
      bills.map((after) => ({ after })),
    )!;
    const fromBills = unitArrears(
      bills.map((b) => ({ ...b, openFen: openShare(b) })),
      '2026-11',
      thresholds,
    );
    expect(unitArrears(summaryEntries(row), '2026-11', thresholds)).toEqual(fromBills);
    expect(fromBills[0]).toMatchObject({
      owedFen: 23000,
      openBills: 3,
      openMonths: 2,
      major: true,
    });
  });

  it('ages summaries read straight as their entries are aged, in the same order', () => {
    const row = (
      unitId: string,
      unitCode: string,
      building: string,
      due: ArrearsSummary['due'],
    ) => ({
      unitId,
      unitCode,
      building,
      due,
    });
    const summaries: ArrearsSummary[] = [
      row('u1', '10-1-101', '10', {
        '2026-03': { fen: 9000, bills: 2 },
        '2026-11': { fen: 100, bills: 1 },
      }),
      row('u2', '2-1-101', '2', { '2025-09': { fen: 40000, bills: 3 } }),
      row('u3', '2-1-1001', '2', { '2026-10': { fen: 2500, bills: 1 } }),
      // Only due after the month asked: not owing yet, no row.
      row('u4', '2-1-102', '2', { '2026-12': { fen: 5000, bills: 1 } }),
      // Buildings the collator finds equal sort as one.
      row('u5', '01-1-301', '01', { '2026-06': { fen: 1200, bills: 1 } }),
      row('u6', '1-1-201', '1', { '2026-06': { fen: 1200, bills: 1 } }),
      row('u7', '2-1-103', '2', {
        '2026-11': { fen: 800, bills: 1 },
        '2026-05': { fen: 800, bills: 1 },
      }),
    ];
    const fromEntries = unitArrears(summaries.flatMap(summaryEntries), '2026-11', thresholds);
    expect(summaryArrears(summaries, '2026-11', thresholds)).toEqual(fromEntries);
    expect(fromEntries.map((u) => u.unitId)).toEqual(['u6', 'u5', 'u2', 'u7', 'u3', 'u1']);
    expect(fromEntries.find((u) => u.unitId === 'u2')).toMatchObject({
      oldestMonths: 15,
      openBills: 3,
      major: true,
    });
  });
});
