// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BillPaymentRecord, BillRecord } from '../../../renderer/src/db/feeRecords';
import { UnitBillsPanel } from '../../../renderer/src/features/fees/UnitBillsPanel';
import { clerk } from '../../fixtures/moneyActors';
import { makeTestRepos } from '../../db/makeTestDb';
import { renderWithRepos } from '../operators/renderWithRepos';

const AT = '2026-03-01T02:00:00.000Z';
const base = { createdAt: AT, updatedAt: AT, createdBy: 'import', updatedBy: 'import' };

function bill(id: string, period: string, over: Partial<BillRecord> = {}): BillRecord {
  return {
    ...base,
    id,
    key: `u1|property_fee|${period}`,
    unitId: 'u1',
    unitCode: '1-1-101',
    building: '1',
    period,
    dueMonth: period,
    itemCode: 'property_fee',
    itemName: '物业管理费',
    amountFen: 13_434,
    baseFen: 13_434,
    paidFen: 0,
    status: 'open',
    basis: '89.56㎡ × 1.50元 × 1月',
    source: 'imported',
    adjustments: [],
    ...over,
  };
}

describe('a unit’s bills and payments (UnitBillsPanel)', () => {
  it('shows what each bill still asks, its state, and who took each payment', async () => {
    const repos = makeTestRepos();
    await repos.db.bills.bulkAdd([
      bill('b1', '2026-01', { paidFen: 13_434, status: 'paid' }),
      bill('b2', '2026-02', {
        amountFen: 10_000,
        paidFen: 4_000,
        adjustments: [
          {
            at: AT,
            byId: 's1',
            byName: '王主管',
            fromFen: 13_434,
            toFen: 10_000,
            reason: '面积复核',
            waive: false,
          },
        ],
      }),
      bill('b3', '2026-03', { amountFen: 0, status: 'waived' }),
    ]);
    const payments: BillPaymentRecord[] = [
      {
        ...base,
        id: 'p1',
        kind: 'bill',
        unitId: 'u1',
        billId: 'b1',
        amountFen: 13_434,
        at: '2026-01-20T04:00:00.000Z',
        history: { cashier: '李收银', paidOn: '2026-01-20', file: '缴费历史.xlsx' },
      },
      {
        ...base,
        id: 'p2',
        kind: 'bill',
        unitId: 'u1',
        billId: 'b2',
        receiptId: 'r1',
        receiptNo: 'SJ2026-000007',
        amountFen: 4_000,
        at: '2026-11-17T02:30:00.000Z',
      },
    ];
    await repos.db.billPayments.bulkAdd(payments);
    renderWithRepos(<UnitBillsPanel unitId="u1" />, repos, clerk);

    await waitFor(() => expect(screen.getByTestId('unit-owed').textContent).toContain('60.00'));
    const rows = [...screen.getByTestId('unit-bills-table').querySelectorAll('tr.ant-table-row')];
    const cells = rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));
    // Period, item, basis, asked, paid, still open, state.
    expect(cells.map((c) => c.slice(0, 7))).toEqual([
      ['2026年1月', '物业管理费', '89.56㎡ × 1.50元 × 1月', '134.34', '134.34', '0.00', '已结清'],
      [
        '2026年2月',
        '物业管理费',
        '89.56㎡ × 1.50元 × 1月',
        '100.00',
        '40.00',
        '60.00',
        '未结清已调整',
      ],
      ['2026年3月', '物业管理费', '89.56㎡ × 1.50元 × 1月', '0.00', '0.00', '0.00', '已减免'],
    ]);
    // A clerk may not adjust or waive.
    expect(screen.queryByText('调整')).toBeNull();

    const paid = [...screen.getByTestId('unit-payments').querySelectorAll('tr.ant-table-row')].map(
      (r) => [...r.querySelectorAll('td')].map((c) => c.textContent),
    );
    // Newest first: this desk's receipt by its number; the former system's by its cashier and
    // its own day, with no SJ number.
    expect(paid[0]?.slice(0, 5)).toEqual([
      '2026-11-17 10:30',
      '缴费',
      'SJ2026-000007',
      '2026年2月 物业管理费',
      '40.00',
    ]);
    expect(paid[1]?.slice(0, 5)).toEqual([
      '2026-01-20',
      '缴费',
      '原系统 · 李收银',
      '2026年1月 物业管理费',
      '134.34',
    ]);
    expect(screen.getAllByTestId('unit-payment-receipt')).toHaveLength(1);
  });
});
