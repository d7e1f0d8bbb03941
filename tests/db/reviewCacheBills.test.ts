import { describe, expect, it } from 'vitest';
import type { BillPaymentRecord, BillRecord } from '../../renderer/src/db/feeRecords';
import { createReviewRepository } from '../../renderer/src/db/repositories/reviewRepository';
import { makeTestRepos } from './makeTestDb';

const NOW = '2026-11-20T00:00:00.000Z';
const base = {
  createdAt: '2026-06-01T00:00:00.000Z',
  updatedAt: '2026-06-01T00:00:00.000Z',
  createdBy: 'x',
  updatedBy: 'x',
};

const bill = (id: string, dueMonth: string): BillRecord => ({
  ...base,
  id,
  key: `u1|property_fee|${dueMonth}`,
  unitId: 'u1',
  unitCode: '1-1-101',
  building: '1',
  period: dueMonth,
  dueMonth,
  itemCode: 'property_fee',
  itemName: '物业费',
  amountFen: 10_000,
  baseFen: 10_000,
  paidFen: 0,
  status: 'open',
  basis: '',
  source: 'generated',
  adjustments: [],
});

const payment = (billId: string, at: string): BillPaymentRecord => ({
  ...base,
  id: `p-${at}`,
  kind: 'bill',
  unitId: 'u1',
  billId,
  amountFen: 4_000,
  at,
});

function setup() {
  const repos = makeTestRepos();
  return { repos, review: createReviewRepository(repos.db, repos.settings, () => NOW) };
}

/** Pays 40 元 on the August bill at `at`, as billPayment does: the settlement and the bill. */
async function pay(repos: ReturnType<typeof makeTestRepos>, at: string) {
  await repos.db.transaction('rw', repos.db.bills, repos.db.billPayments, async () => {
    await repos.db.billPayments.add(payment('aug', at));
    await repos.db.bills.update('aug', { paidFen: 4_000 });
  });
}

describe('review cache and bill payments (issue 18)', () => {
  it('a payment drops only the months from its own on', async () => {
    const { repos, review } = setup();
    await repos.db.bills.bulkAdd([bill('aug', '2026-08'), bill('sep', '2026-09')]);
    const september = await review.monthly('2026-09');
    expect(september.current.fees?.owedFen).toBe(20_000);
    const kept = review.generation();

    // Paid in November: September (and its window) read the bills as they stood then.
    await pay(repos, NOW);
    expect(review.generation()).toBe(kept);
    expect(await review.monthly('2026-09')).toEqual(september);
    const november = await review.monthly('2026-11');
    expect(november.current.fees?.pastCollectedFen).toBe(4_000);
  });

  it('a payment dated inside a cached month drops it; an adjustment drops every month', async () => {
    const { repos, review } = setup();
    await repos.db.bills.bulkAdd([bill('aug', '2026-08'), bill('sep', '2026-09')]);
    await review.monthly('2026-09');
    const kept = review.generation();
    await pay(repos, '2026-09-15T02:00:00.000Z');
    expect(review.generation()).toBe(kept + 1);
    expect((await review.monthly('2026-09')).current.fees?.owedFen).toBe(16_000);

    await repos.db.bills.update('sep', { amountFen: 8_000 });
    expect(review.generation()).toBe(kept + 2);
    expect((await review.monthly('2026-09')).current.fees?.owedFen).toBe(14_000);
  });
});
